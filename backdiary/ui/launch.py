"""Starting the window: QApplication, the diary, the main window, the event loop."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backdiary.errors import KnownError
from backdiary.paths import AppPaths

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


def run_gui(args: argparse.Namespace) -> int:
    """Open the diary in the main window; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("backdiary")
    app.setApplicationDisplayName("backdiary")
    app.setDesktopFileName("backdiary")
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    try:
        from backdiary.storage.diary import open_diary  # noqa: PLC0415

        engine = open_diary(paths)
    except KnownError as exc:
        log.warning("cannot open the diary: %s", type(exc).__name__)
        if getattr(args, "smoke_test", False):
            print(f"backdiary: {exc.full_message()}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "backdiary", exc.full_message())
        return 1
    from backdiary.services import DiaryService  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415
    from backdiary.ui.mainwindow import MainWindow  # noqa: PLC0415

    window = MainWindow(DiaryService(Repository(engine)), paths)
    geometry = window.settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if getattr(args, "smoke_test", False):
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        QTimer.singleShot(15000, lambda: app.exit(1))
        window.show()
        status = app.exec()
        engine.dispose()
        return 0 if watcher.painted and status == 0 else 1
    window.show()
    status = app.exec()
    engine.dispose()
    return status
