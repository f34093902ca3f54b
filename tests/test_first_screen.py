"""The window's first screen, read without SQLAlchemy, equals the repository's first page."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from backdiary import demo
from backdiary.domain.model import Medication
from backdiary.services import DiaryService
from backdiary.storage.backup import connect_readonly
from backdiary.storage.listing import ALL, SortKey, first_screen


def test_first_screen_matches_the_repository_page(service: DiaryService) -> None:
    entries = list(demo.generate(days=120, seed=3).entries)
    # One entry with medicines (order kept, optional fields empty and set) and an
    # unfinished NSAID answer, so the plain-row reading covers every kind of column.
    # The newest entry has findings of two urgencies (sorted most urgent first).
    entries[-1] = replace(
        entries[-1], saddle_numbness=True, bladder_change=True, fever=True, night_pain=True
    )
    entries[-1] = replace(
        entries[-1],
        medications=(
            Medication("ibuprofen", 400.0, "mg", datetime(2026, 1, 2, 8, 30), True),
            Medication("tea", None, None, None, None),
        ),
        nsaid_taken=None,
    )
    service.add_many(entries)
    conn = connect_readonly(_db_of(service), immutable=False)
    try:
        screen = first_screen(conn, 40)
    finally:
        conn.close()
    expected = service.page(ALL, SortKey.TIME, True, 0, 40)
    assert screen.total == service.count(ALL) == len(entries)
    assert list(screen.rows) == expected
    assert any(row.urgency for row in screen.rows)  # the demo's red-flag cases are recent
    assert list(screen.first_findings) == service.findings(expected[0].entry.id)
    assert any(row.entry.medications for row in screen.rows)
    assert len({f.urgency for f in screen.first_findings}) >= 2


def test_first_screen_of_an_empty_diary(service: DiaryService) -> None:
    conn = connect_readonly(_db_of(service), immutable=False)
    try:
        screen = first_screen(conn, 40)
    finally:
        conn.close()
    assert (screen.total, screen.rows) == (0, ())


def test_the_start_up_modules_do_not_import_sqlalchemy_or_alembic() -> None:
    """What the window needs before its first paint imports neither (about 170 ms)."""
    code = (
        "import sys\n"
        "import backdiary.storage.diary, backdiary.storage.listing, backdiary.storage.recovery\n"
        "import backdiary.ui.launch, backdiary.ui.mainwindow, backdiary.ui.startup\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic',"
        " 'matplotlib'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def _db_of(service: DiaryService) -> Path:
    database = service.repo.engine.url.database
    assert database is not None
    return Path(database)
