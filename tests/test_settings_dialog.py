"""Settings: typed accessors, the dialog, moving the diary safely."""

from __future__ import annotations

import sqlite3
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.settings import Settings
from backdiary.ui.settings_dialog import SettingsDialog, copy_diary
from backdiary.ui.theme import apply_text_scale, apply_theme
from tests.factories import make_entry


def test_settings_defaults_and_round_trip(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    assert (s.reminder_enabled(), s.reminder_time(), s.theme(), s.language()) == (
        False, time(20, 0), "system", "system",
    )  # fmt: skip
    assert (s.close_to_tray(), s.start_in_tray(), s.first_run_done(), s.data_dir()) == (
        False, False, False, None,
    )  # fmt: skip
    s.set_reminder_enabled(True)
    s.set_reminder_time(time(7, 45))
    s.set_medication_times([time(20, 0), time(8, 0)])
    s.set_theme("dark")
    s.set_language("de")
    s.set_text_scale(150)
    s.set_data_dir(tmp_path / "new")
    again = Settings(tmp_path / "s.ini")
    assert again.reminder_enabled() and again.reminder_time() == time(7, 45)
    assert again.medication_times() == [time(8, 0), time(20, 0)]
    assert (again.theme(), again.language(), again.text_scale()) == ("dark", "de", 150)
    assert again.data_dir() == tmp_path / "new"
    assert again.version() == 1
    with pytest.raises(ValueError, match="theme"):
        s.set_theme("neon")


def test_damaged_values_fall_back_to_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[reminder]\ntime=25:99\n[ui]\ntheme=neon\ntext_scale=abc\n")
    s = Settings(ini)
    assert (s.reminder_time(), s.theme(), s.text_scale()) == (time(20, 0), "system", 100)


def test_dialog_saves_everything(qtbot: QtBot, app_paths: AppPaths, qapp: QApplication) -> None:
    settings = Settings(app_paths.settings_file)
    dialog = SettingsDialog(settings, app_paths)
    qtbot.addWidget(dialog)
    dialog.reminder_on.setChecked(True)
    dialog.reminder_time.setTime(dialog.reminder_time.time().fromString("21:15", "HH:mm"))
    dialog.medication_on.setChecked(True)
    dialog.medication_times.setText("08:00; 20:30")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.region.choice.setCurrentIndex(dialog.region.choice.findData("eu"))
    dialog.close_to_tray.setChecked(True)
    try:
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        apply_theme(qapp, "system")
        apply_text_scale(qapp, 100)
    s = Settings(app_paths.settings_file)
    assert s.reminder_enabled() and s.reminder_time() == time(21, 15)
    assert s.medication_times() == [time(8, 0), time(20, 30)]
    assert (s.theme(), s.language(), s.region().code) == ("dark", "de", "eu")
    assert s.close_to_tray() and not s.start_in_tray()


def test_dialog_refuses_a_bad_time(qtbot: QtBot, app_paths: AppPaths) -> None:
    dialog = SettingsDialog(Settings(app_paths.settings_file), app_paths)
    qtbot.addWidget(dialog)
    dialog.medication_on.setChecked(True)
    dialog.medication_times.setText("8 o'clock")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "8 o'clock" in dialog.error.text()
    assert not Settings(app_paths.settings_file).medication_reminder_enabled()


def test_moving_the_diary_copies_verifies_and_switches_on_next_start(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, tmp_path: Path
) -> None:
    service.add_many(make_entry(notes=f"n{i}") for i in range(5))
    settings = Settings(app_paths.settings_file)
    dialog = SettingsDialog(settings, app_paths)
    qtbot.addWidget(dialog)
    target = tmp_path / "moved"
    copied = dialog.move_diary(target)
    assert copied == target / "diary.sqlite3"
    with sqlite3.connect(copied) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert Settings(app_paths.settings_file).data_dir() == target
    assert app_paths.db.exists()  # the old diary stays until the user removes it
    with pytest.raises(KnownError):
        copy_diary(app_paths.db, target)  # never overwrites a diary
    from backdiary.storage.diary import open_diary
    from backdiary.storage.repository import Repository

    engine = open_diary(AppPaths.resolve(target))
    try:
        assert DiaryService(Repository(engine)).count() == 5
    finally:
        engine.dispose()


def test_main_window_settings_action(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backdiary.domain.region import region_by_code
    from backdiary.ui.mainwindow import MainWindow

    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)

    def fake_ask(cls: object, parent: object, settings: Settings, paths: AppPaths) -> bool:
        settings.set_region(region_by_code("us"))
        return True

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(w.settings_changed):
        w.act_settings.trigger()
    assert w.service.region.code == "us"


def test_backups_menu_item_calls_the_backups_module(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib
    import types

    from backdiary.ui.mainwindow import MainWindow

    calls: list[object] = []
    fake = types.SimpleNamespace(show_backups=lambda *a: calls.append(a))
    real = importlib.import_module
    monkeypatch.setattr(
        importlib,
        "import_module",
        lambda name, *a: fake if name == "backdiary.ui.backups" else real(name, *a),
    )
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    w.act_backups.trigger()
    assert calls == [(w, service, app_paths)]


# --------------------------------------------------------------------------- moving the diary
def _rows(db_file: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_file) as db:
        return db.execute("SELECT * FROM entry ORDER BY id").fetchall()


def test_copy_is_private_complete_and_includes_unsaved_wal_pages(
    service: DiaryService, app_paths: AppPaths, tmp_path: Path
) -> None:
    service.add_many(make_entry(notes=f"n{i}") for i in range(30))
    service.add_entry(make_entry(notes="last one, still in the WAL"))
    target = tmp_path / "new place"
    copied = copy_diary(app_paths.db, target)
    assert copied.stat().st_mode & 0o777 == 0o600
    assert target.stat().st_mode & 0o777 == 0o700
    assert _rows(copied) == _rows(app_paths.db)
    assert len(_rows(copied)) == 31


def test_copy_refuses_the_folder_it_is_in(app_paths: AppPaths, service: DiaryService) -> None:
    with pytest.raises(KnownError, match="already"):
        copy_diary(app_paths.db, app_paths.data)


def test_a_copy_that_differs_is_removed_and_nothing_switches(
    qtbot: QtBot,
    service: DiaryService,
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from backdiary.ui import settings_dialog

    service.add_entry(make_entry())
    real = settings_dialog._table_digests
    calls: list[int] = []

    def differing(db: sqlite3.Connection) -> dict[str, tuple[int, str]]:
        calls.append(1)
        result = real(db)
        return result if len(calls) == 1 else {**result, "entries": (0, "changed")}

    monkeypatch.setattr(settings_dialog, "_table_digests", differing)
    settings = Settings(app_paths.settings_file)
    dialog = SettingsDialog(settings, app_paths)
    qtbot.addWidget(dialog)
    target = tmp_path / "moved"
    with pytest.raises(KnownError, match="did not match"):
        dialog.move_diary(target)
    assert not (target / "diary.sqlite3").exists()
    assert settings.data_dir() is None
    assert dialog.moved_to is None


def test_a_failed_copy_changes_nothing(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(KnownError, match="could not be copied"):
        copy_diary(app_paths.db, blocker / "diary")
    assert app_paths.db.exists()
    assert blocker.read_text() == "not a folder"


def test_move_button_copies_then_reopens_from_the_new_folder(
    qtbot: QtBot,
    service: DiaryService,
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from backdiary.ui.backups import RESTART_EXIT_CODE
    from backdiary.ui.settings import SWITCH_PROPERTY

    service.add_entry(make_entry(notes="keep me"))
    target = tmp_path / "moved"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    settings = Settings(app_paths.settings_file)
    dialog = SettingsDialog(settings, app_paths)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.move_button.click()
        qtbot.waitUntil(lambda: codes == [RESTART_EXIT_CODE])
        assert str(target) in asked[0]
        assert "checked" in told[0]
        assert qapp.property(SWITCH_PROPERTY) == str(target)
        assert settings.data_dir() == target
        assert _rows(target / "diary.sqlite3") == _rows(app_paths.db)
    finally:
        qapp.setProperty(SWITCH_PROPERTY, None)


def test_moved_folder_is_opened_by_default_while_it_holds_the_diary(tmp_path: Path) -> None:
    from backdiary.storage.diary import open_diary

    default = AppPaths.resolve()
    moved = tmp_path / "moved"
    settings = Settings(default.settings_file)
    settings.set_data_dir(moved)
    assert AppPaths.resolve().data == default.data  # no diary there (yet): not used
    open_diary(AppPaths(data=moved, config=default.config)).dispose()
    assert AppPaths.resolve().data == moved
    assert AppPaths.resolve().config == default.config
    assert AppPaths.resolve(tmp_path / "explicit").data == tmp_path / "explicit"


def test_run_gui_reopens_in_the_moved_folder(
    app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    import argparse

    from backdiary.storage.diary import open_diary
    from backdiary.ui import launch
    from backdiary.ui.backups import RESTART_EXIT_CODE
    from backdiary.ui.settings import SWITCH_PROPERTY

    open_diary(app_paths).dispose()
    moved = tmp_path / "moved"
    copy_diary(app_paths.db, moved)
    shown: list[AppPaths] = []

    def fake_show(app: QApplication, opened: launch.Opened, smoke: bool) -> int:
        shown.append(opened.paths)
        opened.close()
        if len(shown) == 1:
            app.setProperty(SWITCH_PROPERTY, str(moved))
            return RESTART_EXIT_CODE
        return 0

    monkeypatch.setattr(launch, "_show", fake_show)
    status = launch.run_gui(argparse.Namespace(data_dir=str(app_paths.data), smoke_test=False))
    assert status == 0
    assert [p.data for p in shown] == [app_paths.data, moved]
    assert shown[1].config == moved / "config"  # a --data-dir diary's settings go with it
    assert not qapp.property(SWITCH_PROPERTY)


def test_settings_file_is_private(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "config" / "settings.ini")
    settings.set_theme("dark")
    assert settings.path.stat().st_mode & 0o777 == 0o600
    assert settings.path.parent.stat().st_mode & 0o777 == 0o700
    text = settings.path.read_text(encoding="utf-8")
    assert "nrs" not in text and "notes" not in text  # no health data in the settings


def test_a_data_dir_diary_takes_its_settings_along(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, tmp_path: Path
) -> None:
    settings = Settings(app_paths.settings_file)
    settings.set_theme("dark")
    dialog = SettingsDialog(settings, app_paths)
    qtbot.addWidget(dialog)
    target = tmp_path / "moved"
    dialog.move_diary(target)
    moved = Settings(target / "config" / "settings.ini")
    assert moved.theme() == "dark"
    assert moved.data_dir() is None
    assert moved.path.stat().st_mode & 0o777 == 0o600
    assert "--data-dir" in dialog.data_note.text()
    assert AppPaths.resolve(target).settings_file == moved.path


@pytest.mark.parametrize("name", ["plain", "with space ä", 'comma, semicolon; quote" at@'])
def test_moved_folder_names_of_any_kind_are_read_back(tmp_path: Path, name: str) -> None:
    from backdiary.storage.diary import open_diary

    default = AppPaths.resolve()
    moved = tmp_path / name
    open_diary(AppPaths(data=moved, config=default.config)).dispose()
    Settings(default.settings_file).set_data_dir(moved)
    assert AppPaths.resolve().data == moved


def test_moving_takes_the_backups_along(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, tmp_path: Path
) -> None:
    service.add_entry(make_entry(notes="backed up"))
    app_paths.backups.mkdir(parents=True, exist_ok=True)
    (app_paths.backups / ".in-progress.tmp").write_bytes(b"partial")
    import shutil

    from backdiary.ui.settings_dialog import _copy_backups

    shutil.copyfile(app_paths.db, app_paths.backups / "diary-20260101-120000-manual.sqlite3")
    dialog = SettingsDialog(Settings(app_paths.settings_file), app_paths)
    qtbot.addWidget(dialog)
    target = tmp_path / "moved"
    dialog.move_diary(target)
    old = sorted(p.name for p in app_paths.backups.iterdir())
    new = sorted(p.name for p in (target / "backups").iterdir())
    assert "diary-20260101-120000-manual.sqlite3" in new
    assert ".in-progress.tmp" not in new
    assert set(new) <= set(old)  # the originals stay
    for path in (target / "backups").iterdir():
        assert path.stat().st_mode & 0o777 == 0o600
    assert (target / "backups").stat().st_mode & 0o777 == 0o700
    assert _copy_backups(tmp_path / "none", tmp_path / "x") == 0
