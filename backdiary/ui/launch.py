"""Starting the window: QApplication, one instance per diary, the diary, the main window.

Order: QApplication → the data folder exists and is writable → the single-instance
lock in that folder (a second launch hands over to the running window and exits)
→ the passphrase of an encrypted diary → :func:`~backdiary.storage.diary.check_diary`
without ``quick_check`` (which runs on a thread: :class:`~backdiary.deferred.IntegrityCheck`)
and the first screen read with sqlite3 → when the diary cannot be opened, the
recovery dialog instead of a traceback → the main window over a
:class:`~backdiary.deferred.DeferredService` → first paint → SQLAlchemy imported on
a thread; once it and the check are done, the service is loaded (damage found
now: the window closes and the diary is opened again with the full check, which
leads to the recovery dialog) → stored warnings, tray, reminders, welcome screen,
a warning when the folder is on a network drive or in a cloud-sync folder → the
event loop → an automatic backup when the diary changed → unlock.

A migration due, or a diary just restored or rescued, is checked in full before
the window is built (the plain :class:`~backdiary.services.DiaryService`).

A restore from the Backups window ends the event loop with
:data:`~backdiary.ui.backups.RESTART_EXIT_CODE`; the diary is then opened again
in a fresh main window, still holding the lock.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backdiary.deferred import DeferredService, IntegrityCheck
from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.privacy import location_warning
from backdiary.storage import crypto
from backdiary.storage.crypto import sql_errors
from backdiary.ui.entry_model import FIRST_ROWS
from backdiary.ui.instance import Claim, SingleInstance
from backdiary.ui.settings import RESTART_EXIT_CODE, SWITCH_PROPERTY, Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from backdiary.services import DiaryService

log = logging.getLogger("backdiary.ui")


class _FirstPaint(QObject):
    """Call ``then`` on the event-loop turn after ``window``'s first paint.

    It belongs to the window, and ``then`` runs only while :attr:`active` (the
    window's event loop has not ended): nothing it starts outlives that window.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self.painted = False
        self.active = True
        window.installEventFilter(self)

    def later(self, msec: int, then: Callable[[], None]) -> None:
        """Run ``then`` after ``msec`` ms, unless the window's loop has ended by then."""
        QTimer.singleShot(msec, self, lambda: then() if self.active else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            if os.environ.get(TIMING_ENV):  # python -m backdiary.bench reads it
                sys.stderr.write(f"backdiary: first paint at {time.time():.6f}\n")
            self.later(0, self._then)
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


# Set (to anything) to have the window write the wall-clock time of its first paint
# to stderr, for the benchmark.
TIMING_ENV = "BACKDIARY_TIMING"

# ``_show`` returns this when the integrity check found damage after the first
# paint: the diary is opened again with the full check, which leads to the
# recovery dialog.
RECHECK_EXIT_CODE = 0x5EC


@dataclass
class Opened:
    """A diary ready for the window: its service, folders, lock and running check."""

    service: DiaryService
    paths: AppPaths
    instance: SingleInstance | None
    check: IntegrityCheck | None = None

    def engine(self) -> Engine | None:
        """The engine, once the service is loaded."""
        service: object = self.service
        if isinstance(service, DeferredService):
            return service.engine
        return self.service.repo.engine

    def load(self) -> Engine:
        """The engine, loading the service now if needed (after the integrity check)."""
        service: object = self.service
        if isinstance(service, DeferredService):
            return service.load().repo.engine
        return self.service.repo.engine

    def close(self, *, backup: bool = False) -> None:
        """Wait for the check and the open-time backup, then close the engine (after
        the automatic backup when ``backup`` and the diary changed)."""
        if self.check is not None:
            self.check.join()
        engine = self.engine()
        if engine is not None:
            if backup:
                _backup_if_changed(engine, self.paths)
            engine.dispose()


def _ready(
    paths: AppPaths, deep: bool, early: IntegrityCheck | None = None
) -> tuple[DiaryService, IntegrityCheck | None]:
    """The service for a locked, unlocked diary: deferred (first screen now, SQLAlchemy
    after the first paint, integrity check beside start-up) unless a migration is due
    or ``deep`` asks for the full check first.

    Args:
        early: the integrity check the app's start began before loading Qt, used
            when it is of this diary.
    """
    from backdiary.storage.backup import connect_readonly  # noqa: PLC0415
    from backdiary.storage.diary import check_diary, engine_for  # noqa: PLC0415
    from backdiary.storage.listing import first_screen  # noqa: PLC0415
    from backdiary.storage.recovery import problem_from_error  # noqa: PLC0415

    checked = check_diary(paths, deep=deep)
    if checked.deep:  # checked and backed up already (asked for, or a migration due)
        from backdiary.services import DiaryService  # noqa: PLC0415
        from backdiary.storage.repository import Repository  # noqa: PLC0415

        return DiaryService(Repository(engine_for(paths, checked))), None
    try:
        conn = connect_readonly(paths.db, immutable=False)
        try:
            screen = first_screen(conn, FIRST_ROWS)
        finally:
            conn.close()
    except sql_errors() as exc:
        raise problem_from_error(exc, paths) from None
    except (ValueError, KeyError, TypeError) as exc:
        # A row that does not read back (JSON, an unknown value): the file was not
        # checked yet, so check it in full first, and use the full service.
        log.warning("first screen unreadable (%s): checking the diary first", type(exc).__name__)
        if early is not None:
            early.decide_backup(False)
        return _ready(paths, True)
    check = early if early is not None and early.paths.db == paths.db else IntegrityCheck(paths)
    check.decide_backup(not checked.created)
    service = DeferredService(paths, checked, screen, before_load=check.ready)
    return cast("DiaryService", service), check


def _open(
    paths: AppPaths,
    instance: SingleInstance | None,
    smoke: bool,
    deep: bool = False,
    early: IntegrityCheck | None = None,
) -> Opened | int:
    """Lock and open the diary, going through the recovery dialog while it cannot be opened.

    Args:
        deep: run the integrity check before the window instead of beside it
            (after it found damage in the background).
        early: an integrity check started before Qt was loaded.

    Returns:
        The opened diary (the folder finally opened, the instance holding its lock),
        or an exit status when there is nothing to show.
    """
    from backdiary.storage.diary import prepare_folder  # noqa: PLC0415
    from backdiary.storage.recovery import DiaryProblem  # noqa: PLC0415

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
            if crypto.looks_encrypted(paths.db):  # passphrase first (#9)
                from backdiary.ui.unlock import ensure_unlocked  # noqa: PLC0415

                if not ensure_unlocked(paths, smoke=smoke):
                    instance.release()
                    return 1
            service, check = _ready(paths, deep, None if deep else early)
            return Opened(service, paths, instance, check)
        except DiaryProblem as problem:
            chosen = None
            if smoke:
                _say(problem.full_message())
            else:
                from backdiary.ui.recovery import resolve_problem  # noqa: PLC0415

                chosen = resolve_problem(problem)
            if chosen is None:
                if instance is not None:
                    instance.release()
                return 1
            paths = chosen
            deep = True  # a restored or salvaged diary is checked before it is shown
        except KnownError as exc:
            log.warning("cannot open the diary: %s", type(exc).__name__)
            if instance is not None:
                instance.release()
            if smoke:
                _say(exc.full_message())
                return 1
            QMessageBox.critical(None, "backdiary", exc.full_message())
            return 1
        except BaseException:  # a bug: give the lock back before the traceback
            if instance is not None:
                instance.release()
            raise


# While the window stays open (it may live in the tray for weeks), a changed diary
# is backed up this often, not only when it is opened and closed.
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


def _show(app: QApplication, opened: Opened, smoke: bool) -> int:
    """Run the main window on the open diary; returns the event loop's status.

    The window paints from the first screen; right after the first paint the
    integrity check is awaited (a status-bar note while it runs) and the full
    service is loaded, then the warnings, tray, reminders and welcome screen start.
    ``--smoke-test`` ends at the first paint, once the check has passed.
    """
    from backdiary.ui.mainwindow import MainWindow  # noqa: PLC0415

    paths, instance, check = opened.paths, opened.instance, opened.check
    window = MainWindow(opened.service, paths, deferred=check is not None)
    geometry = window.settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if instance is not None:
        instance.activated.connect(lambda: bring_to_front(window))
    warning = location_warning(paths.data)
    if smoke:
        if warning:
            _say(f"warning: {warning}")
        watcher = _FirstPaint(window, lambda: _end_smoke(app, check))
        watcher.later(15000, lambda: app.exit(1))
    else:
        watcher = _FirstPaint(
            window, lambda: _after_first_paint(app, window, opened, warning, watcher)
        )
    previous_hook = sys.excepthook
    service: object = opened.service
    if isinstance(service, DeferredService):
        # An action taken before the check was over hit its problem: the window is
        # closed and the diary opened again with the full check (no traceback).
        deferred = service
        deferred.on_problem = lambda _exc: watcher.later(0, lambda: app.exit(RECHECK_EXIT_CODE))

        def quiet(
            kind: type[BaseException], value: BaseException, tb: TracebackType | None
        ) -> None:
            if value is deferred.failed:
                log.warning("an action needed the diary before its check failed: reopening")
            else:
                previous_hook(kind, value, tb)

        sys.excepthook = quiet
    try:
        window.show()
        status = app.exec()
        if smoke:
            return 0 if watcher.painted and status == 0 else 1
        return status
    finally:
        watcher.active = False
        sys.excepthook = previous_hook
        if instance is not None:
            instance.activated.disconnect()
        if window.isVisible():
            window.close()
        window.deleteLater()
        opened.close(backup=True)


def _end_smoke(app: QApplication, check: IntegrityCheck | None) -> None:
    """``--smoke-test`` after the first paint: quit once the integrity check passed."""
    try:
        if check is not None:
            check.wait()
    except KnownError as problem:
        _say(problem.full_message())
        app.exit(1)
        return
    app.quit()


def _after_first_paint(
    app: QApplication, window: QWidget, opened: Opened, warning: str | None, watcher: _FirstPaint
) -> None:
    """Wait for the service's imports and the integrity check without blocking the
    window (both run on threads), then load the service and start what needs it."""
    from backdiary.ui.mainwindow import MainWindow  # noqa: PLC0415
    from backdiary.ui.startup import after_window_shown  # noqa: PLC0415

    assert isinstance(window, MainWindow)
    check = opened.check
    service: object = opened.service
    if isinstance(service, DeferredService) and not service.loaded:
        service.prepare()  # SQLAlchemy imported on a thread, beside the integrity check
        if not service.prepared:
            watcher.later(20, lambda: _after_first_paint(app, window, opened, warning, watcher))
            return
    if check is not None and not check.finished:
        note = (
            QCoreApplication.translate("Launch", "Backing up the diary…")
            if check.done and check.problem is None
            else QCoreApplication.translate("Launch", "Checking the diary…")
        )
        window.statusBar().showMessage(note)
        if not check.done or check.problem is None:
            watcher.later(20, lambda: _after_first_paint(app, window, opened, warning, watcher))
            return
    window.statusBar().clearMessage()
    try:
        if isinstance(service, DeferredService):
            service.load()
    except KnownError as problem:  # damage found by the check: the recovery dialog
        log.warning("the integrity check found a problem: %s", type(problem).__name__)
        app.exit(RECHECK_EXIT_CODE)
        return
    except Exception as exc:  # a bug: say so instead of a half-started window
        log.exception("the diary's service could not be loaded")
        QMessageBox.critical(
            window,
            "backdiary",
            QCoreApplication.translate(
                "Launch",
                "backdiary could not finish opening the diary ({error}). Nothing was "
                "changed; please start it again.",
            ).format(error=type(exc).__name__),
        )
        app.exit(1)
        return
    engine = opened.engine()
    if engine is not None:
        start_backup_timer(window, engine, opened.paths)
    window.start_services()  # stored warnings brought up to date, unread ones shown again
    after_window_shown(window)  # tray, reminders, the welcome screen once
    if warning:
        QMessageBox.warning(window, "backdiary", warning)


def run_gui(args: object, early: IntegrityCheck | None = None) -> int:
    """Open the diary in the main window; returns the exit status.

    Args:
        args: ``data_dir`` and ``smoke_test``.
        early: the integrity check of the diary, started before Qt was loaded
            (:func:`backdiary.deferred.start_check`).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("backdiary")
    app.setApplicationDisplayName("backdiary")
    app.setDesktopFileName("backdiary")
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    smoke = bool(getattr(args, "smoke_test", False))
    from backdiary.ui.startup import prepare_app  # noqa: PLC0415

    prepare_app(app, Settings(paths.settings_file))  # language, theme, text size, icon
    instance: SingleInstance | None = None
    deep = False
    try:
        while True:
            opened = _open(paths, instance, smoke, deep, early)
            if early is not None and (isinstance(opened, int) or opened.check is not early):
                early.decide_backup(False)  # not used: it ends without a backup
            early = None
            if isinstance(opened, int):
                return opened
            paths, instance = opened.paths, opened.instance
            status = _show(app, opened, smoke)
            deep = status == RECHECK_EXIT_CODE
            if deep:
                log.info("opening the diary again with the full check")
                continue
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
