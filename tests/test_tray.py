"""Quick logging: tray actions, the cramp timer, "no pain today", "same as last time"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from backdiary.domain.model import Trigger
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.entry_dialog import EntryDialog, ordered_tags
from backdiary.ui.mainwindow import MainWindow
from tests.factories import make_entry
from tests.test_gui_main import _when_dialog_opens

TZ = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 10, 9, 0).astimezone())


@pytest.fixture
def window(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, clock: FakeClock
) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths, clock=clock)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_tray_menu_offers_the_quick_actions(window: MainWindow) -> None:
    texts = [a.text() for a in window.quick.menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Log a cramp now…", "Cramp started", "No pain today"]
    assert "Quit backdiary" in texts
    assert window.quick.show_icon() is False  # offscreen has no tray; nothing breaks


def test_no_pain_today_stores_a_pain_free_check_in(
    window: MainWindow, service: DiaryService, clock: FakeClock
) -> None:
    window.quick.act_no_pain.trigger()
    [entry] = service.entries()
    assert entry.nrs == 0
    assert entry.pain_locations == frozenset()
    assert entry.timestamp == clock.now
    assert window.model.rowCount() == 1
    window.quick.act_no_pain.trigger()  # a second click the same day adds nothing
    assert service.count() == 1
    assert window.logged_today()


def test_cramp_timer_fills_start_and_duration(
    qtbot: QtBot, window: MainWindow, service: DiaryService, clock: FakeClock
) -> None:
    quick = window.quick
    with qtbot.waitSignal(quick.timer_changed):
        quick.act_cramp.trigger()
    assert quick.running
    start = clock.now
    clock.now = start + timedelta(minutes=12, seconds=40)
    quick._update_cramp_text()
    assert "12 min" in quick.act_cramp.text()
    seen: dict[str, object] = {}

    def check(dialog: EntryDialog) -> None:
        seen["duration"] = dialog.duration.value()
        seen["start"] = dialog.when.dateTime().toString("HH:mm")
        dialog.severity.set_value(5)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _when_dialog_opens(EntryDialog, check)
    quick.act_cramp.trigger()
    assert not quick.running
    assert seen == {"duration": 13, "start": "09:00"}
    [entry] = service.entries()
    assert entry.episode_duration_min == 13
    assert entry.local_time.hour == 9 and entry.local_time.minute == 0
    assert quick.act_cramp.text() == "Cramp started"


def test_log_now_opens_the_form(window: MainWindow, qtbot: QtBot) -> None:
    opened: list[EntryDialog] = []
    _when_dialog_opens(EntryDialog, lambda d: (opened.append(d), d.reject()))
    window.quick.act_log.trigger()
    assert len(opened) == 1


def test_keyboard_only_logging(qtbot: QtBot, window: MainWindow, service: DiaryService) -> None:
    def type_score(dialog: EntryDialog) -> None:
        assert dialog.focusWidget() is dialog.severity.slider
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_7)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _when_dialog_opens(EntryDialog, type_score)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [entry] = service.entries()
    assert entry.nrs == 7


def test_same_as_last_time_copies_the_previous_episode(qtbot: QtBot, service: DiaryService) -> None:
    from backdiary.domain.model import Location, Quality

    service.add_entry(
        make_entry(
            timestamp=datetime(2025, 3, 1, 8, tzinfo=TZ),
            trigger=Trigger.LIFTING,
            factors=("stress", "garden work"),
            pain_locations=frozenset({Location.BUTTOCK, Location.LEFT_LEG}),
            pain_qualities=frozenset({Quality.SHARP}),
        )
    )
    service.add_entry(
        make_entry(timestamp=datetime(2025, 3, 2, 8, tzinfo=TZ), nrs=0, pain_locations=frozenset())
    )
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.same_button.isEnabled()
    assert "Lifting" in dialog.same_summary.text()
    dialog.severity.set_value(4)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog.copy_previous()
    entry = dialog.entry()
    assert entry.trigger is Trigger.LIFTING
    assert set(entry.factors) == {"stress", "garden work"}
    assert entry.pain_locations == {Location.BUTTOCK, Location.LEFT_LEG}
    assert entry.pain_qualities == {Quality.SHARP}
    assert entry.nrs == 4


def test_same_as_last_time_disabled_on_an_empty_diary(qtbot: QtBot, service: DiaryService) -> None:
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    assert not dialog.same_button.isEnabled()


def test_most_used_tags_come_first(qtbot: QtBot, service: DiaryService) -> None:
    for _ in range(3):
        service.add_entry(make_entry(factors=("cold",), relief=("massage", "yoga")))
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.factors.choices.buttons()[0].text() == "Cold"
    relief = [b.text() for b in dialog.relief.choices.buttons()]
    assert relief[:2] == ["Massage", "yoga"]


def test_ordered_tags_limits_own_tags() -> None:
    used = [(f"own{i}", 10 - i) for i in range(12)] + [("stress", 1)]
    result = ordered_tags(("posture", "stress"), used)
    assert result[:8] == [f"own{i}" for i in range(8)]
    assert result[8:] == ["stress", "posture"]


def test_close_keeps_running_only_with_a_tray(window: MainWindow) -> None:
    window.settings.set_close_to_tray(True)
    assert not window.keeps_running_in_tray  # no tray offscreen: closing closes
    window.close()
    assert not window.isVisible()


def test_most_used_causes_places_and_kinds_come_first(qtbot: QtBot, service: DiaryService) -> None:
    from backdiary.domain.model import Location, Quality

    for _ in range(3):
        service.add_entry(
            make_entry(
                trigger=Trigger.LIFTING,
                pain_locations=frozenset({Location.BUTTOCK}),
                pain_qualities=frozenset({Quality.STIFF}),
            )
        )
    service.add_entry(
        make_entry(trigger=Trigger.SPORT, pain_locations=frozenset({Location.LEFT_LEG}))
    )
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    causes = [b.text() for b in dialog.trigger.buttons()]
    assert causes[:2] == ["Lifting", "Sport"]
    places = [b.text() for b in dialog.locations.buttons()]
    assert places[0] == "Buttock" and places.index("Left leg") < places.index("Lower back")
    assert dialog.qualities.buttons()[0].text() == "Stiff"
    assert len(causes) == len(Trigger)  # nothing hidden, only reordered


class _Keys:
    """Presses keys on the focused widget of a dialog, counting them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self,
        target: object,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.count += 1
        self.qtbot.keyClick(target, key, modifier)  # type: ignore[arg-type]


def test_common_case_takes_three_keystrokes(
    qtbot: QtBot, window: MainWindow, service: DiaryService
) -> None:
    """Ctrl+N, a digit for the score, Ctrl+Return: logged."""
    keys = _Keys(qtbot)

    def fill(dialog: EntryDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(
            lambda: dialog.isActiveWindow() and dialog.focusWidget() is dialog.severity.slider
        )
        keys.press(dialog.focusWidget() or dialog, Qt.Key.Key_6)
        keys.press(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    _when_dialog_opens(EntryDialog, fill)
    keys.press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [entry] = service.entries()
    assert entry.nrs == 6
    assert keys.count == 3


def test_same_as_last_time_by_keyboard_takes_four_keystrokes(
    qtbot: QtBot, window: MainWindow, service: DiaryService, clock: FakeClock
) -> None:
    """Ctrl+N, Ctrl+L (same as last time), a digit, Ctrl+Return."""
    from backdiary.domain.model import Location, Quality

    service.add_entry(
        make_entry(
            timestamp=clock.now - timedelta(days=1),
            trigger=Trigger.LIFTING,
            pain_locations=frozenset({Location.BUTTOCK}),
            pain_qualities=frozenset({Quality.CRAMPING}),
            factors=("stress",),
        )
    )
    keys = _Keys(qtbot)

    def fill(dialog: EntryDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(
            lambda: dialog.isActiveWindow() and dialog.focusWidget() is dialog.severity.slider
        )
        keys.press(
            dialog.focusWidget() or dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
        keys.press(dialog.focusWidget() or dialog, Qt.Key.Key_7)
        keys.press(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    _when_dialog_opens(EntryDialog, fill)
    keys.press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    newest = max(service.entries(), key=lambda e: e.instant)
    assert newest.nrs == 7
    assert newest.trigger is Trigger.LIFTING
    assert newest.pain_locations == {Location.BUTTOCK}
    assert newest.pain_qualities == {Quality.CRAMPING}
    assert newest.factors == ("stress",)
    assert keys.count == 4


def test_no_pain_today_is_refused_on_a_day_with_a_cramp(
    window: MainWindow, service: DiaryService, clock: FakeClock
) -> None:
    service.add_entry(make_entry(timestamp=clock.now - timedelta(hours=1), nrs=5))
    assert window.log_no_pain() is None
    assert service.count() == 1
    assert "cramp is already logged" in window.statusBar().currentMessage()
    clock.now += timedelta(days=1)
    assert window.log_no_pain() is not None  # the next day can be pain-free


def test_system_language_follows_the_desktop_locale(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from backdiary.ui import i18n, texts\n"
        "from datetime import datetime\n"
        "app = QApplication([])\n"
        "print(i18n.install_translators(app, 'system'))\n"
        "print(QCoreApplication.translate('MainWindow', '&Diary'))\n"
        "print(texts.when_text(datetime(2026, 12, 3, 16, 40)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "de_DE.UTF-8", "LC_ALL": ""}
    env.pop("LANGUAGE", None)
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.split("\n")[:3] == ["de", "&Tagebuch", "03.12.2026 16:40"], out.stderr
    env["LANG"] = "C"
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.split("\n")[:3] == ["en", "&Diary", "03/12/2026 16:40"], out.stderr


def test_a_running_cramp_timer_survives_quitting(
    qtbot: QtBot, window: MainWindow, service: DiaryService, app_paths: AppPaths, clock: FakeClock
) -> None:
    from backdiary.ui.tray import TIMER_KEY

    window.quick.start_cramp()
    start = clock.now
    assert service.repo.meta_value(TIMER_KEY) == start.isoformat()  # in the diary, not settings
    window.close()  # saves the settings (geometry)
    assert "cramp" not in app_paths.settings_file.read_text(encoding="utf-8").lower()
    window.quick._tick.stop()
    clock.now = start + timedelta(minutes=25)
    again = MainWindow(service, app_paths, clock=clock)
    qtbot.addWidget(again)
    again.start_services()
    assert again.quick.running and again.quick.started_at == start
    assert "25 min" in again.quick.act_cramp.text()
    again.quick.cancel_cramp()
    assert service.repo.meta_value(TIMER_KEY) is None


def test_a_timer_left_running_for_a_day_is_forgotten(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, clock: FakeClock
) -> None:
    from backdiary.ui.tray import TIMER_KEPT_HOURS, TIMER_KEY

    stale = clock.now - timedelta(hours=TIMER_KEPT_HOURS, minutes=1)
    service.repo.set_meta_value(TIMER_KEY, stale.isoformat())
    w = MainWindow(service, app_paths, clock=clock)
    qtbot.addWidget(w)
    w.start_services()
    assert not w.quick.running
    assert service.repo.meta_value(TIMER_KEY) is None
    service.repo.set_meta_value(TIMER_KEY, "not a time")
    w.quick.restore()
    assert not w.quick.running and service.repo.meta_value(TIMER_KEY) is None
