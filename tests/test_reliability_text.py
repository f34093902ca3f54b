"""Text and time: exact round trips, refused characters, bad UTF-8 from other tools, DST days."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from backdiary.app import main
from backdiary.domain.exchange import entry_to_dict
from backdiary.domain.model import MAX_NOTES_CHARS, ValidationError
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.repository import EntryQuery
from backdiary.ui.entry_model import EntryTableModel
from tests.factories import make_entry

TEXTS = {
    "emoji": "Back 😖 then 👩‍👩‍👧‍👦 family walk 🏳️‍🌈 and 🇬🇧",
    "combining": "e\u0301te\u0301 n\u0303 a\u030a Z\u0351\u0335\u0327a\u0336l\u0334g\u0337o",
    "rtl": "\u202eכאב גב\u202c and عربي mixed with English",
    "long": ("Ünïcödé line. " * 800)[:MAX_NOTES_CHARS],
    "controls": "tab\tnewline\ncarriage\r\nend",
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_text_round_trips_exactly(name: str, service: DiaryService) -> None:
    entry = make_entry(notes=TEXTS[name], factors=(TEXTS[name][:40].strip() or "x",))
    service.add_entry(entry)
    stored = service.get_entry(entry.id)
    assert stored is not None
    assert stored.notes == TEXTS[name]
    assert stored.notes.encode("utf-8") == TEXTS[name].encode("utf-8")
    assert stored == service.with_pregnancy(entry)


@pytest.mark.parametrize(
    ("bad", "escaped", "message"),
    [("a\x00b", "a\\u0000b", "NUL"), ("a\ud800b", "a\\ud800b", "lone surrogate")],
)
def test_nul_and_lone_surrogates_are_refused(
    bad: str, escaped: str, message: str, service: DiaryService, app_paths: AppPaths,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with pytest.raises(ValidationError, match=message):
        make_entry(notes=bad)
    # The command line: as an option (surrogates come from undecodable argv bytes) ...
    if "\x00" not in bad:  # the OS cannot pass NUL in an argument
        status = main(["--data-dir", str(app_paths.data), "add", "--nrs", "3", "--note", bad])
        assert status == 2
        assert message in capsys.readouterr().err
    # ... and as JSON on stdin.
    document = entry_to_dict(make_entry(notes="placeholder"))
    payload = json.dumps(document).replace("placeholder", escaped)
    monkeypatch.setattr("sys.stdin", io.StringIO(payload))
    status = main(["--data-dir", str(app_paths.data), "add", "--json", "-"])
    assert status == 2
    assert message in capsys.readouterr().err
    assert service.count() == 0


@pytest.fixture
def bad_utf8(service: DiaryService, app_paths: AppPaths) -> DiaryService:
    """One entry whose notes another tool wrote as invalid UTF-8."""
    good = make_entry(notes="fine")
    bad = make_entry(timestamp=datetime(2025, 3, 4, 9, tzinfo=UTC), notes="to be broken")
    service.add_entry(good)
    service.add_entry(bad)
    with closing(sqlite3.connect(app_paths.db, isolation_level=None)) as conn:
        conn.execute("UPDATE entry SET notes = CAST(x'fffe41' AS TEXT) WHERE uuid = ?", (bad.id,))
    return service


def test_invalid_utf8_does_not_break_the_list(bad_utf8: DiaryService) -> None:
    page = bad_utf8.page(EntryQuery(), descending=False)
    assert [p.entry.notes for p in page] == ["fine", "\ufffd\ufffdA"]
    assert bad_utf8.count() == 2
    assert len(bad_utf8.entries()) == 2
    assert len(bad_utf8.export_document()["entries"]) == 2


def test_invalid_utf8_in_the_cli_list(
    bad_utf8: DiaryService, app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(app_paths.data), "list"]) == 0
    out = capsys.readouterr().out
    assert "\ufffd\ufffdA" in out and "2 entries" in out


def test_invalid_utf8_in_the_table(bad_utf8: DiaryService, qtbot: object) -> None:
    model = EntryTableModel(bad_utf8)
    texts = [
        model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert any("\ufffd" in str(t) for t in texts)


BST, GMT = timezone(timedelta(hours=1)), UTC
#: Europe/London around the end of summer time: 01:30 happens twice on 2025-10-26.
DST_TIMES = [
    datetime(2025, 10, 25, 23, 30, tzinfo=BST),
    datetime(2025, 10, 26, 0, 30, tzinfo=BST),
    datetime(2025, 10, 26, 1, 30, tzinfo=BST),  # first 01:30 (00:30 UTC)
    datetime(2025, 10, 26, 1, 30, tzinfo=GMT),  # second 01:30 (01:30 UTC)
    datetime(2025, 10, 26, 2, 30, tzinfo=GMT),
    datetime(2025, 10, 27, 0, 15, tzinfo=GMT),
]


def test_entries_across_a_dst_change(service: DiaryService, app_paths: AppPaths,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    entries = [make_entry(timestamp=t, nrs=i) for i, t in enumerate(DST_TIMES)]
    for entry in reversed(entries):  # saved out of order
        service.add_entry(entry)
    listed = [p.entry for p in service.page(EntryQuery(), descending=False)]
    assert [e.id for e in listed] == [e.id for e in entries], "ordered by the instant"
    for stored, original in zip(listed, entries, strict=True):
        assert stored.timestamp == original.timestamp
        assert stored.timestamp.utcoffset() == original.timestamp.utcoffset()
        assert stored.timestamp.replace(tzinfo=None) == original.timestamp.replace(tzinfo=None)
    day = service.entries(date(2025, 10, 26), date(2025, 10, 26))
    assert [e.nrs for e in day] == [1, 2, 3, 4], "on the local day they happened"
    assert [e.nrs for e in service.entries(date(2025, 10, 25), date(2025, 10, 25))] == [0]
    assert main(["--data-dir", str(app_paths.data), "list"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("2025-10-26")]
    assert [ln[11:16] for ln in lines] == ["00:30", "01:30", "01:30", "02:30"]
    assert [int(ln.split()[2]) for ln in lines] == [1, 2, 3, 4]
