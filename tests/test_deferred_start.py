"""The window paints from the first screen; the integrity check and the full service follow.

The check (``quick_check``) runs on a thread beside start-up, the service (SQLAlchemy)
is loaded after the first paint, and nothing is written before the check has passed.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backdiary.deferred import DeferredService, IntegrityCheck
from backdiary.demo import generate
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.backup import list_backups
from backdiary.storage.diary import check_diary, open_diary
from backdiary.storage.listing import ALL, SortKey
from backdiary.storage.recovery import DiaryProblem, ProblemKind
from backdiary.storage.repository import Repository
from backdiary.ui import launch
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.settings import Settings


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary of 300 demo days (about 260 entries: more than the first screen)."""
    folder = tmp_path_factory.mktemp("template") / "data"
    paths = AppPaths.resolve(folder)
    engine = open_diary(paths)
    DiaryService(Repository(engine)).add_many(generate(days=300, seed=5).entries)
    engine.dispose()
    Settings(paths.settings_file).set_first_run_done()
    return folder


@pytest.fixture
def paths(template: Path, tmp_path: Path) -> AppPaths:
    target = tmp_path / "diary"
    shutil.copytree(template, target)
    return AppPaths.resolve(target)


def damage_the_middle(paths: AppPaths) -> None:
    """64 bytes of an old data page: the first screen reads fine, ``quick_check`` fails."""
    size = paths.db.stat().st_size
    with paths.db.open("r+b") as fh:
        fh.seek((size // 4096 // 2) * 4096 + 200)
        fh.write(b"\xff" * 64)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def deferred(paths: AppPaths) -> Iterator[tuple[DeferredService, IntegrityCheck]]:
    service, check = launch._ready(paths, deep=False)
    assert isinstance(service, DeferredService) and check is not None
    yield service, check
    check.join()
    if service.engine is not None:
        service.engine.dispose()


def test_the_first_screen_answers_without_loading_the_service(
    deferred: tuple[DeferredService, IntegrityCheck], paths: AppPaths
) -> None:
    service, _check = deferred
    total = service.count(ALL)
    first = service.page(ALL, SortKey.TIME, True, 0, 200)
    assert not service.loaded and service.engine is None
    assert total > launch.FIRST_SCREEN_ROWS == len(first)
    assert service.findings(first[0].entry.id) is not None and not service.loaded
    # Anything else loads the real service, which then answers the same.
    assert service.page(ALL, SortKey.TIME, True, 0, len(first)) == first  # still the snapshot
    assert service.count(ALL) == total
    assert service.page(ALL, SortKey.NRS, True, 0, 5)  # another order: loads
    assert service.loaded
    assert service.page(ALL, SortKey.TIME, True, 0, len(first)) == first
    assert service.count(ALL) == total


def test_the_window_paints_from_the_first_screen_and_fetches_the_rest_later(
    deferred: tuple[DeferredService, IntegrityCheck], paths: AppPaths, qtbot: QtBot
) -> None:
    service, _check = deferred
    total = service.count(ALL)
    window = MainWindow(service, paths, deferred=True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not service.loaded, "painted without SQLAlchemy"
    assert window.model.rowCount() == launch.FIRST_SCREEN_ROWS
    assert window.count_label.text() == f"{total:,} entries"
    assert window.findings_panel.heading.text()  # the newest entry's warnings are shown
    window.table.scrollToBottom()  # the view asks for more rows: the service loads
    qtbot.waitUntil(lambda: window.model.rowCount() > launch.FIRST_SCREEN_ROWS)
    assert service.loaded
    window.start_services()
    window.close()


def test_a_damaged_page_is_found_beside_start_up_and_nothing_is_written(
    paths: AppPaths,
) -> None:
    damage_the_middle(paths)
    before = digest(paths.db)
    backups_before = len(list_backups(paths.backups))
    service, check = launch._ready(paths, deep=False)
    assert isinstance(service, DeferredService) and check is not None
    with pytest.raises(DiaryProblem) as found:
        service.load()  # waits for the check
    assert found.value.kind is ProblemKind.DAMAGED
    check.join()
    assert service.engine is None
    assert digest(paths.db) == before
    assert len(list_backups(paths.backups)) == backups_before, "no backup of a damaged diary"


def test_the_open_time_backup_is_taken_after_the_check_passed(paths: AppPaths) -> None:
    engine = open_diary(paths, backup=False)
    DiaryService(Repository(engine)).add_many(generate(days=3, seed=9).entries)
    engine.dispose()
    before = len(list_backups(paths.backups))
    checked = check_diary(paths, deep=False)
    assert not checked.deep
    assert len(list_backups(paths.backups)) == before, "not before the check"
    check = IntegrityCheck(paths)
    check.decide_backup(True)
    check.wait()
    check.join()
    assert len(list_backups(paths.backups)) == before + 1


def test_smoke_test_waits_for_the_check_and_reports_damage(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    assert launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=True)) == 0
    damage_the_middle(paths)
    before = digest(paths.db)
    capsys.readouterr()
    status = launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=True))
    assert status == 1
    assert "damaged" in capsys.readouterr().err.lower()
    assert digest(paths.db) == before


def test_damage_found_after_the_first_paint_leads_to_the_recovery_dialog(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    damage_the_middle(paths)
    before = digest(paths.db)
    offered: list[ProblemKind] = []

    def resolve(problem: DiaryProblem) -> None:
        offered.append(problem.kind)
        return None  # the user closes the dialog

    from backdiary.ui import recovery as recovery_ui

    monkeypatch.setattr(recovery_ui, "resolve_problem", resolve)
    status = launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=False))
    assert status == 1
    assert offered == [ProblemKind.DAMAGED]
    assert digest(paths.db) == before
    assert not (paths.data / ".backdiary.lock").exists()


def test_the_check_started_before_qt_reports_damage_too(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    from backdiary.app import main

    damage_the_middle(paths)
    before = digest(paths.db)
    assert main(["--data-dir", str(paths.data), "--smoke-test"]) == 1
    assert "damaged" in capsys.readouterr().err.lower()
    assert digest(paths.db) == before


def test_no_early_check_for_a_new_or_encrypted_diary(tmp_path: Path) -> None:
    from backdiary.deferred import start_check

    fresh = AppPaths.resolve(tmp_path / "new")
    assert start_check(fresh) is None
    fresh.ensure_data_dir()
    fresh.db.write_bytes(bytes(range(256)) * 64)  # random-looking whole pages: SQLCipher-like
    assert start_check(fresh) is None


def test_no_early_check_while_another_backdiary_holds_the_diary(
    paths: AppPaths, tmp_path: Path
) -> None:
    """A second launch hands over without opening the file (no -wal, no -shm)."""
    import os
    import subprocess
    import sys

    from backdiary.deferred import start_check
    from backdiary.paths import LOCK_NAME

    lock = paths.data / LOCK_NAME
    lock.write_text(f"{os.getpid()}\npython\nhost\n")  # a running owner: this process
    assert start_check(paths) is None
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    lock.write_text(f"{int(gone)}\npython\nhost\n")  # stale: that process has ended
    check = start_check(paths)
    assert check is not None
    check.join()
    lock.write_text("not a lock file")
    assert start_check(paths) is None  # unreadable: assumed held
