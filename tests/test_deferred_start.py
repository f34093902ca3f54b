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
from PySide6.QtCore import QTimer
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
from backdiary.ui.entry_model import FIRST_ROWS
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
    first = service.page(ALL, SortKey.TIME, True, 0, FIRST_ROWS)
    assert not service.loaded and service.engine is None
    assert total > FIRST_ROWS == len(first)
    assert service.page(ALL, SortKey.TIME, True, 0, 10) == first[:10]
    assert service.findings(first[0].entry.id) is not None and not service.loaded
    # A page the snapshot does not hold (more rows, another order) loads the real
    # service, which then answers exactly.
    longer = service.page(ALL, SortKey.TIME, True, 0, 100)
    assert service.loaded
    assert len(longer) == 100 and longer[:FIRST_ROWS] == first
    assert service.count(ALL) == total
    assert service.page(ALL, SortKey.NRS, True, 0, 5)


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
    assert window.model.rowCount() == FIRST_ROWS
    assert window.count_label.text() == f"{total:,} entries"
    assert window.findings_panel.heading.text()  # the newest entry's warnings are shown
    window.table.scrollToBottom()  # the view asks for more rows: the service loads
    qtbot.waitUntil(lambda: window.model.rowCount() > FIRST_ROWS)
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


def test_an_action_before_the_check_failed_reopens_quietly(
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The user acts before the check is over; the check then finds damage: no
    traceback, the window closes and the recovery dialog is offered."""
    damage_the_middle(paths)
    offered: list[ProblemKind] = []

    def resolve(problem: DiaryProblem) -> None:
        offered.append(problem.kind)
        return None

    from backdiary.ui import recovery as recovery_ui

    monkeypatch.setattr(recovery_ui, "resolve_problem", resolve)
    real_after = launch._after_first_paint

    def act_first(app: QApplication, window: MainWindow, *rest: object) -> None:
        window.service.profile()  # e.g. Profile and pregnancy: needs the full service
        real_after(app, window, *rest)  # type: ignore[arg-type]  # pragma: no cover

    monkeypatch.setattr(launch, "_after_first_paint", act_first)
    capsys.readouterr()
    guard = QTimer()  # a hang fails the test instead of blocking it
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(99))
    guard.start(20_000)
    try:
        status = launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=False))
    finally:
        guard.stop()
    assert status == 1
    assert offered == [ProblemKind.DAMAGED]
    assert "Traceback" not in capsys.readouterr().err
    assert not (paths.data / ".backdiary.lock").exists()


def test_an_unexpected_error_while_opening_gives_the_lock_back(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(launch, "_ready", broken)
    with pytest.raises(RuntimeError):
        launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=True))
    assert not (paths.data / ".backdiary.lock").exists()


def test_an_unreadable_first_screen_falls_back_to_the_full_check(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backdiary.storage import listing

    def unreadable(*args: object) -> None:
        raise ValueError("'sideways' is not a valid Trigger")

    monkeypatch.setattr(listing, "first_screen", unreadable)
    service, check = launch._ready(paths, deep=False)
    assert check is None and isinstance(service, DiaryService)
    assert service.count() > 0
    service.repo.engine.dispose()


def test_the_service_waits_for_the_open_time_backup(paths: AppPaths) -> None:
    engine = open_diary(paths, backup=False)
    DiaryService(Repository(engine)).add_many(generate(days=3, seed=11).entries)
    engine.dispose()
    before = len(list_backups(paths.backups))
    service, check = launch._ready(paths, deep=False)
    assert isinstance(service, DeferredService) and check is not None
    service.load()
    assert check.finished
    assert len(list_backups(paths.backups)) == before + 1, "backed up before any write"
    check.join()
    assert service.engine is not None
    service.engine.dispose()
