"""The welcome screen: saved once, never blocking a smoke test."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.firstrun import FirstRunDialog
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.settings import Settings
from backdiary.ui.startup import after_window_shown, prepare_app


def test_start_saves_profile_pregnancy_and_reminder(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths
) -> None:
    settings = Settings(app_paths.settings_file)
    dialog = FirstRunDialog(service, settings)
    qtbot.addWidget(dialog)
    assert not dialog.reminder_on.isChecked()  # off until chosen
    dialog.birth_known.setChecked(True)
    dialog.birth.setDate(QDate(1992, 5, 17))
    dialog.prior.setChecked(False)
    dialog.pregnant.setChecked(True)
    due = date.today() + timedelta(weeks=10)
    dialog.due_date.setDate(QDate(due.year, due.month, due.day))
    dialog.reminder_on.setChecked(True)
    dialog.reminder_time.setTime(QTime(19, 30))
    dialog.start_button.click()
    profile = service.profile()
    assert profile.birth_date == date(1992, 5, 17) and not profile.prior_back_pain
    [pregnancy] = service.pregnancies()
    assert pregnancy.due_date == due
    assert settings.reminder_enabled() and settings.reminder_time() == time(19, 30)
    assert settings.first_run_done()


def test_skip_marks_it_seen_and_saves_nothing(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths
) -> None:
    settings = Settings(app_paths.settings_file)
    dialog = FirstRunDialog(service, settings)
    qtbot.addWidget(dialog)
    dialog.pregnant.setChecked(True)
    dialog.skip_button.click()
    assert service.pregnancies() == []
    assert settings.first_run_done()
    assert not settings.reminder_enabled()


def test_after_window_shown_offers_first_run_once(
    qtbot: QtBot,
    qapp: QApplication,
    service: DiaryService,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[object] = []

    def fake_ask(cls: object, parent: object, svc: object, settings: Settings) -> bool:
        shown.append(parent)
        settings.set_first_run_done(True)
        return False

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(fake_ask))
    settings = Settings(app_paths.settings_file)
    prepare_app(qapp, settings)
    w = MainWindow(service, app_paths, settings)
    qtbot.addWidget(w)
    w.show()
    after_window_shown(w, interactive=False)
    qtbot.wait(20)
    assert shown == [] and w.reminders is None  # smoke tests: nothing pops up
    after_window_shown(w)
    qtbot.waitUntil(lambda: shown == [w])
    assert w.reminders is not None
    w2 = MainWindow(service, app_paths, settings)
    qtbot.addWidget(w2)
    after_window_shown(w2)
    qtbot.wait(20)
    assert shown == [w]
