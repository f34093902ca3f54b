"""Starting the window: QApplication, one instance per diary, the diary, the main window.

Order: QApplication → the data folder exists and is writable → the single-instance
lock in that folder (a second launch hands over to the running window and exits)
→ :func:`~backdiary.storage.diary.open_diary` (checks, backup, migration) → when
the diary cannot be opened, the recovery dialog instead of a traceback → a warning
when the folder is on a network drive or in a cloud-sync folder → the main window
→ the event loop → an automatic backup when the diary changed → unlock.

A restore from the Backups window ends the event loop with
:data:`~backdiary.ui.backups.RESTART_EXIT_CODE`; the diary is then opened again
in a fresh main window, still holding the lock.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import Engine

from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.privacy import location_warning
from backdiary.ui.backups import RESTART_EXIT_CODE
from backdiary.ui.instance import Claim, SingleInstance

log = logging.getLogger("backdiary.ui")


class _FirstPaint(QObject):
    """Quit the application once the watched window has been painted (``--smoke-test``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._app.quit)
        return False


def _say(text: str) -> None:
    """One message on stderr (``--smoke-test`` runs have no one to show a dialog to)."""
    sys.stderr.write(f"backdiary: {text}\n")


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others (a second launch asked for it)."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def _ask_busy(instance: SingleInstance) -> bool:
    """The lock is held by a process that does not answer; True to try again."""
    pid = instance.holder_pid()
    who = QCoreApplication.translate("Launch", " (process {pid})").format(pid=pid) if pid else ""
    answer = QMessageBox.question(
        None,
        "backdiary",
        QCoreApplication.translate(
            "Launch",
            "backdiary is already open on this diary{who}, or a backdiary command is still "
            "working on it, but it does not answer.\n\nIf a backdiary window is open, use that "
            "one. If it is frozen, close it (or end it in your task manager) and try again. "
            "Your diary has not been changed.",
        ).format(who=who),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Retry,
    )
    return answer == QMessageBox.StandardButton.Retry


def _open(
    paths: AppPaths, instance: SingleInstance | None, smoke: bool
) -> tuple[Engine, AppPaths, SingleInstance | None] | int:
    """Lock and open the diary, going through the recovery dialog while it cannot be opened.

    Returns:
        (engine, the folder finally opened, the instance holding its lock), or an
        exit status when there is nothing to show.
    """
    from backdiary.storage.diary import open_diary, prepare_folder  # noqa: PLC0415
    from backdiary.storage.recovery import DiaryProblem  # noqa: PLC0415
    from backdiary.ui.recovery import resolve_problem  # noqa: PLC0415

    while True:
        try:
            prepare_folder(paths)
            if instance is None or instance.folder != paths.data:
                if instance is not None:
                    instance.release()
                instance = SingleInstance(paths.data)
                claim = instance.claim()
                if claim is Claim.HANDED_OVER:
                    log.info("the diary is open in another window: brought it to the front")
                    return 0
                if claim is Claim.BUSY:
                    if smoke or not _ask_busy(instance):
                        _say("the diary is open in another backdiary")
                        instance.release()
                        return 1
                    instance.release()
                    instance = None
                    continue
            from backdiary.ui.unlock import ensure_unlocked  # noqa: PLC0415

            if not ensure_unlocked(paths, smoke=smoke):  # encrypted: passphrase first (#9)
                instance.release()
                return 1
            return open_diary(paths), paths, instance
        except DiaryProblem as problem:
            chosen = None
            if smoke:
                _say(problem.full_message())
            else:
                chosen = resolve_problem(problem)
            if chosen is None:
                if instance is not None:
                    instance.release()
                return 1
            paths = chosen
        except KnownError as exc:
            log.warning("cannot open the diary: %s", type(exc).__name__)
            if instance is not None:
                instance.release()
            if smoke:
                _say(exc.full_message())
                return 1
            QMessageBox.critical(None, "backdiary", exc.full_message())
            return 1


#: While the window stays open (it may live in the tray for weeks), a changed diary
#: is backed up this often, not only when it is opened and closed.
BACKUP_EVERY_MS = 4 * 60 * 60 * 1000


def start_backup_timer(parent: QObject, engine: Engine, paths: AppPaths) -> QTimer:
    """Back the diary up every :data:`BACKUP_EVERY_MS` while it is open, if it changed."""
    timer = QTimer(parent)
    timer.setObjectName("backup-timer")
    timer.setInterval(BACKUP_EVERY_MS)
    timer.timeout.connect(lambda: _backup_if_changed(engine, paths))
    timer.start()
    return timer


def _backup_if_changed(engine: Engine, paths: AppPaths) -> None:
    """The automatic backup (at close and every few hours): only when the diary changed."""
    from backdiary.storage.backup import auto_backup_engine  # noqa: PLC0415

    try:
        auto_backup_engine(engine, paths.backups)
    except Exception as exc:  # an automatic backup must never turn into a crash
        log.warning("automatic backup skipped: %s", type(exc).__name__)


def _show(
    app: QApplication,
    engine: Engine,
    paths: AppPaths,
    instance: SingleInstance | None,
    smoke: bool,
) -> int:
    """Run the main window on the open diary; returns the event loop's status."""
    from backdiary.services import DiaryService  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415
    from backdiary.ui.mainwindow import MainWindow  # noqa: PLC0415
    from backdiary.ui.startup import after_window_shown  # noqa: PLC0415

    window = MainWindow(DiaryService(Repository(engine)), paths)
    geometry = window.settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if instance is not None:
        instance.activated.connect(lambda: bring_to_front(window))
    warning = location_warning(paths.data)
    start_backup_timer(window, engine, paths)
    try:
        if smoke:
            if warning:
                _say(f"warning: {warning}")
            watcher = _FirstPaint(app)
            window.installEventFilter(watcher)
            QTimer.singleShot(15000, lambda: app.exit(1))
            window.show()
            status = app.exec()
            return 0 if watcher.painted and status == 0 else 1
        window.show()
        after_window_shown(window)  # tray, reminders, the welcome screen once
        if warning:
            QTimer.singleShot(0, lambda: QMessageBox.warning(window, "backdiary", warning))
        return app.exec()
    finally:
        if instance is not None:
            instance.activated.disconnect()
        if window.isVisible():
            window.close()
        window.deleteLater()
        _backup_if_changed(engine, paths)
        engine.dispose()


def run_gui(args: argparse.Namespace) -> int:
    """Open the diary in the main window; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("backdiary")
    app.setApplicationDisplayName("backdiary")
    app.setDesktopFileName("backdiary")
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    smoke = bool(getattr(args, "smoke_test", False))
    from backdiary.ui.settings import SWITCH_PROPERTY, Settings  # noqa: PLC0415
    from backdiary.ui.startup import prepare_app  # noqa: PLC0415

    prepare_app(app, Settings(paths.settings_file))  # language, theme, text size, icon
    instance: SingleInstance | None = None
    try:
        while True:
            opened = _open(paths, instance, smoke)
            if isinstance(opened, int):
                return opened
            engine, paths, instance = opened
            status = _show(app, engine, paths, instance, smoke)
            if status != RESTART_EXIT_CODE:
                return status
            switch_to = app.property(SWITCH_PROPERTY)
            if switch_to:  # the diary was moved (Settings): go on in the new folder
                app.setProperty(SWITCH_PROPERTY, None)
                moved = Path(str(switch_to)).absolute()
                if paths.config.is_relative_to(paths.data):
                    paths = AppPaths.resolve(moved)  # its settings moved with it (--data-dir)
                else:
                    paths = AppPaths(data=moved, config=paths.config)
            log.info("reopening the diary after a restore")
    finally:
        if instance is not None:
            instance.release()
