"""The window side of issue #4: the Backups dialog, and start-up through the recovery dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.backup import Kind, list_backups
from backdiary.storage.diary import open_diary
from backdiary.storage.recovery import Action
from backdiary.storage.repository import Repository
from backdiary.ui import backups as ui_backups
from backdiary.ui import launch
from backdiary.ui import recovery as ui_recovery
from backdiary.ui.backups import RESTART_EXIT_CODE, BackupsDialog
from backdiary.ui.recovery import RecoveryDialog
from tests.factories import make_entry


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text, *a: said.append(text))
        )
    return said


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    return codes


def test_back_up_now_then_restore_selected(
    qtbot: QtBot,
    service: DiaryService,
    app_paths: AppPaths,
    messages: list[str],
    exits: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.add_entry(make_entry(notes="one"))
    dialog = BackupsDialog(service, app_paths)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.back_up_now()
    assert dialog.table.rowCount() == 1
    assert "Backup made" in dialog.status.text() and "1 entry" in dialog.status.text()
    item = dialog.table.item(0, 2)
    assert item is not None and item.text() == "1"

    service.add_entry(make_entry(notes="two"))
    dialog.table.selectRow(0)
    monkeypatch.setattr(ui_backups, "confirm_restore", lambda *a: True)
    dialog.restore_selected()
    assert messages and "restored" in messages[-1]
    qtbot.waitUntil(lambda: exits == [RESTART_EXIT_CODE])
    assert dialog.restarting
    engine = open_diary(app_paths)
    assert DiaryService(Repository(engine)).count() == 1
    engine.dispose()
    assert any(
        b.kind is Kind.BEFORE_RESTORE and b.entries == 2 for b in list_backups(app_paths.backups)
    )


def test_restore_is_not_done_without_confirmation(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_entry(make_entry())
    dialog = BackupsDialog(service, app_paths)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    service.add_entry(make_entry(notes="kept"))
    dialog.table.selectRow(0)
    monkeypatch.setattr(ui_backups, "confirm_restore", lambda *a: False)
    dialog.restore_selected()
    assert service.count() == 2 and not dialog.restarting


def test_check_diary_reports_health(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, messages: list[str]
) -> None:
    service.add_entry(make_entry())
    dialog = BackupsDialog(service, app_paths)
    qtbot.addWidget(dialog)
    dialog.check_diary()
    assert "healthy" in messages[-1] and "1 entries" in messages[-1]


def test_start_up_with_a_damaged_diary_shows_the_recovery_dialog(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    open_diary(app_paths).dispose()
    app_paths.db.write_bytes(b"")
    shown: list[RecoveryDialog] = []

    def ask(cls: type[RecoveryDialog], problem: object, parent: object = None) -> None:
        shown.append(cls(problem))  # type: ignore[arg-type]
        return None  # the user chose Quit

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(ask))
    status = launch.run_gui(argparse.Namespace(data_dir=str(app_paths.data), smoke_test=False))
    assert status == 1
    assert shown and "is empty (0 bytes)" in shown[0].text()
    assert app_paths.db.read_bytes() == b""
    assert not (app_paths.data / ".backdiary.lock").exists(), "the lock is given back"


def test_start_up_recovers_by_starting_a_new_diary(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    open_diary(app_paths).dispose()
    app_paths.db.write_text("not a diary")
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, problem, parent=None: Action.START_NEW)
    )
    opened = launch._open(app_paths, None, smoke=False)
    assert not isinstance(opened, int)
    paths, instance = opened.paths, opened.instance
    assert paths == app_paths and instance is not None
    assert DiaryService(Repository(opened.load())).count() == 0
    opened.close()
    instance.release()
    assert "new, empty diary" in messages[-1]
    kept = next(app_paths.backups.glob("diary-*-damaged-replaced.sqlite3"))
    assert kept.read_text() == "not a diary"


def test_smoke_test_prints_the_problem_instead_of_a_dialog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.resolve(tmp_path / "d")
    open_diary(paths).dispose()
    paths.db.write_bytes(b"")
    status = launch.run_gui(argparse.Namespace(data_dir=str(paths.data), smoke_test=True))
    assert status == 1
    assert "is empty (0 bytes)" in capsys.readouterr().err


def test_choose_another_folder(
    app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from backdiary.storage.recovery import ProblemKind, problem

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(other))
    )
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, p, parent=None: Action.CHOOSE_FOLDER)
    )
    chosen = ui_recovery.resolve_problem(problem(ProblemKind.LOCKED, app_paths))
    assert chosen is not None and chosen.data == other


def test_the_window_warns_about_a_cloud_sync_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "Nextcloud" / "backdiary"
    folder.parent.mkdir()
    # In a child process: a finished event loop would stop later tests' waits here.
    result = subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(folder), "--smoke-test"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "cloud-sync folder (Nextcloud)" in result.stderr and "can damage it" in result.stderr


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    from backdiary.ui import i18n

    i18n.install_translators(qapp, "de")
    yield
    i18n.install_translators(qapp, "en")


def test_the_recovery_window_speaks_the_users_language(
    app_paths: AppPaths, german: None, qtbot: QtBot
) -> None:
    from backdiary.storage.recovery import DiaryProblem

    engine = open_diary(app_paths)
    DiaryService(Repository(engine)).add_entry(make_entry())
    engine.dispose()
    open_diary(app_paths).dispose()  # changed: one automatic backup
    app_paths.db.write_bytes(b"")
    with pytest.raises(DiaryProblem) as caught:
        open_diary(app_paths)
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Tagebuch-Datei ist leer" in text and "hat sie nicht verändert" in text
    assert "Neueste Sicherung wiederherstellen" in dialog.buttons[Action.RESTORE].text()
    assert "1 Eintrag" in dialog.buttons[Action.RESTORE].text()
    assert "empty" not in text


def test_a_failed_save_is_explained_in_the_users_language(german: None, tmp_path: Path) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from backdiary.ui.save_failure import save_failure

    error = OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))
    explained = save_failure(error, tmp_path)
    assert str(explained) == "Die Festplatte ist voll."
    assert str(tmp_path) in explained.hint and "steht noch im Formular" in explained.hint


def test_a_diary_left_open_is_backed_up_while_it_changes(app_paths: AppPaths, qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    owner = QObject()
    timer = launch.start_backup_timer(owner, engine, app_paths)
    assert timer.isActive() and timer.interval() == launch.BACKUP_EVERY_MS <= 6 * 3600_000
    service.add_entry(make_entry(notes="written while the window stayed open"))
    timer.timeout.emit()
    [made] = list_backups(app_paths.backups)
    assert made.kind is Kind.AUTO and made.entries == 1
    timer.timeout.emit()
    assert list_backups(app_paths.backups) == [made], "unchanged since: no second backup"
    service.add_entry(make_entry(notes="and another one"))
    timer.timeout.emit()
    assert [b.entries for b in list_backups(app_paths.backups)] == [2]  # newest of the day
    timer.stop()
    engine.dispose()
