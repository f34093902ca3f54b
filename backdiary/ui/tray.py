"""Logging in seconds: the tray menu, the cramp timer and "no pain today".

:class:`QuickLog` is a plain :class:`QObject` that owns the actions ("Log a cramp
now", "Cramp started" / "Cramp ended", "No pain today", "Show backdiary", "Quit")
and the cramp timer, so tests drive it without a system tray (offscreen there is
none). :meth:`QuickLog.show_icon` puts the same menu on a
:class:`QSystemTrayIcon` when the desktop has a tray. A running timer is kept in
the diary, so quitting (or a crash) does not lose it: :meth:`QuickLog.restore`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backdiary.ui.theme import app_icon

if TYPE_CHECKING:
    from backdiary.ui.mainwindow import MainWindow

log = logging.getLogger("backdiary.ui")

#: Returns "now" with the local UTC offset; tests inject a fake clock.
Clock = Callable[[], datetime]
#: The ``diary_meta`` key holding a running cramp timer's start: it is health data,
#: so it lives in the diary (encrypted with it), never in the settings file.
TIMER_KEY = "cramp_timer_started"
#: A timer left running longer than this is forgotten at the next start.
TIMER_KEPT_HOURS = 24


def local_now() -> datetime:
    """The current local time, with its UTC offset."""
    return datetime.now().astimezone()


class QuickLog(QObject):
    """Quick actions for the tray and the Entry menu, and the running cramp timer.

    Args:
        window: the main window (it saves entries and shows the forms).
        clock: returns the current local time; tests pass a fake one.
    """

    timer_changed = Signal(bool)
    """The cramp timer started (True) or stopped (False)."""

    def __init__(self, window: MainWindow, clock: Clock = local_now) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self.started_at: datetime | None = None
        self.icon: QSystemTrayIcon | None = None
        self.act_log = QAction(self.tr("Log a cramp now…"), self)
        self.act_log.triggered.connect(self.log_now)
        self.act_cramp = QAction(self.tr("Cramp started"), self)
        self.act_cramp.setShortcut("Ctrl+T")
        self.act_cramp.setStatusTip(
            self.tr("Start a timer now; choose Cramp ended when it stops to log its duration.")
        )
        self.act_cramp.triggered.connect(self.toggle_cramp)
        self.act_no_pain = QAction(self.tr("No pain today"), self)
        self.act_no_pain.setShortcut("Ctrl+0")
        self.act_no_pain.setStatusTip(
            self.tr("Record a pain-free day in one click (warnings use these to see trends).")
        )
        self.act_no_pain.triggered.connect(self.no_pain_today)
        self.act_show = QAction(self.tr("Show backdiary"), self)
        self.act_show.triggered.connect(self.show_window)
        self.act_quit = QAction(self.tr("Quit backdiary"), self)
        self.act_quit.triggered.connect(window.quit)
        self.menu = QMenu(window)
        self.menu.setTitle("backdiary")
        for action in (self.act_log, self.act_cramp, self.act_no_pain):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.act_show)
        self.menu.addAction(self.act_quit)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_cramp_text)

    # ------------------------------------------------------------------ the tray icon
    @staticmethod
    def tray_available() -> bool:
        """Whether the desktop shows tray icons (never offscreen)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_icon(self) -> bool:
        """Show the tray icon when there is a tray; True if it is shown."""
        if self.icon is None:
            if not self.tray_available():
                return False
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("backdiary")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_icon_activated)
        self.icon.show()
        return True

    @property
    def icon_visible(self) -> bool:
        """Whether the tray icon is on screen."""
        return self.icon is not None and self.icon.isVisible()

    def notify(self, title: str, message: str) -> bool:
        """A tray balloon message; False when there is no tray icon to show it."""
        if not self.icon_visible or self.icon is None:
            return False
        self.icon.showMessage(title, message, app_icon(), 15_000)
        return True

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self._window.isVisible() and self._window.isActiveWindow():
                self._window.hide()
            else:
                self.show_window()

    # ------------------------------------------------------------------ actions
    def show_window(self) -> None:
        """Bring the main window back from the tray."""
        window = self._window
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()

    def log_now(self) -> None:
        """Open the entry form now (from the tray: the window comes up too)."""
        self.show_window()
        self._window.new_entry()

    @property
    def running(self) -> bool:
        """Whether the cramp timer is running."""
        return self.started_at is not None

    def toggle_cramp(self) -> None:
        """First press: the cramp started now. Second press: it ended; log it."""
        if self.started_at is None:
            self.start_cramp()
        else:
            self.end_cramp()

    def start_cramp(self) -> None:
        """Start the cramp timer now (kept in the diary: it survives quitting)."""
        self._run_from(self._clock())
        self._remember(self.started_at)

    def _run_from(self, start: datetime) -> None:
        self.started_at = start
        self._tick.start()
        self._update_cramp_text()
        self.timer_changed.emit(True)

    def restore(self) -> None:
        """Go on with a timer that was running when backdiary was last closed.

        A start older than :data:`TIMER_KEPT_HOURS` is forgotten (nobody times a
        cramp that long: the end was never pressed).
        """
        if self.started_at is not None:
            return
        try:
            value = self._window.service.repo.meta_value(TIMER_KEY)
        except Exception as exc:  # reading a convenience must never stop the window
            log.warning("cramp timer not restored: %s", type(exc).__name__)
            return
        if value is None:
            return
        try:
            start = datetime.fromisoformat(value)
        except ValueError:
            start = None
        now = self._clock()
        if (
            start is None
            or start.tzinfo is None
            or not (timedelta(0) <= now - start <= timedelta(hours=TIMER_KEPT_HOURS))
        ):
            self._remember(None)
            return
        self._run_from(start)

    def _remember(self, start: datetime | None) -> None:
        """Keep the running timer's start in the diary (``diary_meta``), or forget it."""
        try:
            self._window.service.repo.set_meta_value(
                TIMER_KEY, None if start is None else start.isoformat()
            )
        except Exception as exc:  # the timer still runs; only a restart would lose it
            log.warning("cramp timer not kept: %s", type(exc).__name__)

    def elapsed_minutes(self) -> float:
        """Minutes since the cramp started (0 when the timer is not running)."""
        if self.started_at is None:
            return 0.0
        return max(0.0, (self._clock() - self.started_at).total_seconds() / 60)

    def end_cramp(self) -> None:
        """Stop the timer and open the form with the start time and duration filled in."""
        start = self.started_at
        if start is None:
            return
        minutes = self.elapsed_minutes()
        self.started_at = None
        self._tick.stop()
        self._update_cramp_text()
        self.timer_changed.emit(False)
        self._remember(None)
        self.show_window()
        self._window.new_entry(start=start, duration_min=minutes)

    def cancel_cramp(self) -> None:
        """Forget a running timer without logging."""
        self.started_at = None
        self._tick.stop()
        self._update_cramp_text()
        self.timer_changed.emit(False)
        self._remember(None)

    def no_pain_today(self) -> None:
        """Record a pain-free check-in now (nrs 0, no places)."""
        self._window.log_no_pain(self._clock())

    def _update_cramp_text(self) -> None:
        if self.started_at is None:
            self.act_cramp.setText(self.tr("Cramp started"))
            if self.icon is not None:
                self.icon.setToolTip("backdiary")
            return
        minutes = int(self.elapsed_minutes())
        text = self.tr("Cramp ended (running for %n min)", "", minutes)
        self.act_cramp.setText(text)
        if self.icon is not None:
            self.icon.setToolTip(text)
