"""Reminders with an injected clock: daily (only when nothing is logged) and medication."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.reminders import ReminderPopup, ReminderScheduler
from tests.factories import make_entry

TZ = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 10, 19, 0).astimezone())


@pytest.fixture
def window(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, clock: FakeClock
) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths, clock=clock)
    qtbot.addWidget(w)
    yield w


@pytest.fixture
def scheduler(window: MainWindow, clock: FakeClock) -> ReminderScheduler:
    window.settings.set_reminder_enabled(True)
    window.settings.set_reminder_time(time(20, 0))
    return ReminderScheduler(window, window.settings, clock)


def test_reminders_are_off_by_default(window: MainWindow, clock: FakeClock) -> None:
    s = ReminderScheduler(window, window.settings, clock)
    clock.now = clock.now.replace(hour=23)
    fired: list[int] = []
    s.daily_due.disconnect()
    s.daily_due.connect(lambda: fired.append(1))
    s.check()
    assert fired == []
    assert not window.settings.reminder_enabled()


def test_daily_reminder_after_the_time_once(
    qtbot: QtBot, scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    with qtbot.assertNotEmitted(scheduler.daily_due):
        scheduler.check()  # 19:00: too early
    clock.now = clock.now.replace(hour=20, minute=1)
    with qtbot.waitSignal(scheduler.daily_due, timeout=100):
        scheduler.check()
    popup = scheduler.popup
    assert isinstance(popup, ReminderPopup) and popup.isVisible()
    assert not popup.isModal()
    with qtbot.assertNotEmitted(scheduler.daily_due):
        scheduler.check()  # once a day
    popup.close()
    clock.now += timedelta(days=1)
    with qtbot.waitSignal(scheduler.daily_due, timeout=100):
        scheduler.check()
    assert scheduler.popup is not None
    scheduler.popup.close()


def test_no_reminder_when_something_is_logged(
    qtbot: QtBot, scheduler: ReminderScheduler, service: DiaryService, clock: FakeClock
) -> None:
    service.add_entry(make_entry(timestamp=clock.now.replace(hour=8)))
    clock.now = clock.now.replace(hour=21)
    with qtbot.assertNotEmitted(scheduler.daily_due):
        scheduler.check()


def test_popup_no_pain_today_records_a_check_in(
    qtbot: QtBot, scheduler: ReminderScheduler, service: DiaryService, clock: FakeClock
) -> None:
    clock.now = clock.now.replace(hour=20, minute=30)
    scheduler.check()
    assert scheduler.popup is not None
    scheduler.popup.no_pain_button.click()
    [entry] = service.entries()
    assert entry.nrs == 0 and entry.timestamp == clock.now
    assert scheduler.popup is None or not scheduler.popup.isVisible()


def test_medication_reminder(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.settings.set_medication_reminder_enabled(True)
    window.settings.set_medication_times([time(19, 30), time(8, 0)])
    clock.now = clock.now.replace(hour=19, minute=0)  # started after 08:00: no late 08:00 nag
    s = ReminderScheduler(window, window.settings, clock)
    seen: list[str] = []
    s.medication_due.connect(seen.append)
    s.check()
    assert seen == []
    clock.now = clock.now.replace(minute=31)
    s.check()
    s.check()
    assert seen == ["19:30"]
    assert s.popup is not None and not s.popup.log_button.isVisible()
    s.popup.close()


def test_scheduler_uses_a_one_minute_timer(scheduler: ReminderScheduler) -> None:
    assert scheduler.timer.interval() == 60_000
    scheduler.start()
    assert scheduler.timer.isActive()
    scheduler.stop()
