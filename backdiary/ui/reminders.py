"""Reminders: a daily "have you logged today?" and optional medication reminders.

Both are off until the user turns them on (first-run screen or Settings).
:class:`ReminderScheduler` checks once a minute with an injectable clock; the
daily reminder appears once a day, after the chosen time, and only when nothing
(no episode, no check-in) is logged for that day. It is shown as a small
non-modal window with "Log now" and "No pain today" (and, when the desktop has
a tray, also as a tray message).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backdiary.ui.settings import Settings
from backdiary.ui.tray import Clock, local_now

if TYPE_CHECKING:
    from backdiary.ui.mainwindow import MainWindow

#: How often the scheduler looks at the clock.
CHECK_INTERVAL_MS = 60_000


class ReminderPopup(QDialog):
    """A small non-modal reminder with one-click answers.

    Args:
        message: what to remind about.
        offer_logging: True for the daily reminder ("Log now", "No pain today").
        parent: the main window.
    """

    log_requested = Signal()
    """The user chose "Log now"."""

    no_pain_requested = Signal()
    """The user chose "No pain today"."""

    def __init__(self, message: str, offer_logging: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("backdiary reminder"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(280)
        buttons = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log now"))
        self.no_pain_button = QPushButton(self.tr("No pain today"))
        self.later_button = QPushButton(self.tr("Later") if offer_logging else self.tr("OK"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.no_pain_button.clicked.connect(self._on_no_pain_button_clicked)
        self.later_button.clicked.connect(self.close)
        for button in (self.log_button, self.no_pain_button):
            button.setVisible(offer_logging)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        (self.log_button if offer_logging else self.later_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _on_log_button_clicked(self) -> None:
        self.close()
        self.log_requested.emit()

    def _on_no_pain_button_clicked(self) -> None:
        self.close()
        self.no_pain_requested.emit()


class ReminderScheduler(QObject):
    """Decides when a reminder is due and shows it.

    Args:
        window: the main window (to know what is logged and to log).
        settings: where the reminders are switched on and timed.
        clock: returns the current local time; tests pass a fake one.
    """

    daily_due = Signal()
    """Nothing is logged today and the daily reminder time has passed."""

    medication_due = Signal(str)
    """A medication reminder time ("HH:MM") has passed."""

    def __init__(self, window: MainWindow, settings: Settings, clock: Clock = local_now) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._clock = clock
        self._daily_shown: date | None = None
        self._medication_shown: set[tuple[date, time]] = set()
        self._started: datetime = clock()
        self.popup: ReminderPopup | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.daily_due.connect(self._show_daily)
        self.medication_due.connect(self._show_medication)

    def start(self) -> None:
        """Check now and then once a minute."""
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        """Stop checking."""
        self.timer.stop()

    def check(self) -> None:
        """Emit the reminders that are due now (each at most once per day and time)."""
        now = self._clock()
        today = now.date()
        if (
            self._settings.reminder_enabled()
            and self._daily_shown != today
            and now.time() >= self._settings.reminder_time()
            and not self._window.logged_today(today)
        ):
            self._daily_shown = today
            self.daily_due.emit()
        if self._settings.medication_reminder_enabled():
            for at in self._settings.medication_times():
                key = (today, at)
                started_before = self._started.date() < today or self._started.time() <= at
                if key not in self._medication_shown and now.time() >= at and started_before:
                    self._medication_shown.add(key)
                    self.medication_due.emit(at.strftime("%H:%M"))

    # ------------------------------------------------------------------ showing
    def _popup(self, message: str, offer_logging: bool) -> ReminderPopup:
        if self.popup is not None:
            self.popup.close()
        popup = ReminderPopup(message, offer_logging, self._window)
        popup.log_requested.connect(self._on_popup_log_requested)
        popup.no_pain_requested.connect(self._on_popup_no_pain_requested)
        popup.destroyed.connect(self._forget_popup)
        self.popup = popup
        popup.show()
        popup.raise_()
        return popup

    def _forget_popup(self) -> None:
        self.popup = None

    def _show_daily(self) -> None:
        message = self.tr(
            "Nothing is logged for today yet. Had a cramp? Log it now. "
            "No pain? One click records it."
        )
        self._window.quick.notify(self.tr("backdiary reminder"), message)
        self._popup(message, True)

    def _show_medication(self, at: str) -> None:
        message = self.tr("Medication reminder ({time}): take your medicine as prescribed.").format(
            time=at
        )
        self._window.quick.notify(self.tr("backdiary reminder"), message)
        self._popup(message, False)

    def _on_popup_log_requested(self) -> None:
        self._window.quick.log_now()

    def _on_popup_no_pain_requested(self) -> None:
        self._window.log_no_pain(self._clock())
