"""Start-up steps the composition root (:mod:`backdiary.ui.launch`) calls around the window.

``prepare_app(app, settings)`` after the QApplication exists and before the main
window is built: language (translators and default locale), theme, text size and
the app icon.

``after_window_shown(window, interactive=...)`` after ``window.show()``: the tray
icon, the reminders and, once, the welcome screen. ``--smoke-test`` passes
``interactive=False`` so nothing can block or pop up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backdiary.ui.i18n import install_translators
from backdiary.ui.settings import Settings
from backdiary.ui.theme import app_icon, apply_text_scale, apply_theme

if TYPE_CHECKING:
    from backdiary.ui.mainwindow import MainWindow


def prepare_app(app: QApplication, settings: Settings) -> str:
    """Language, theme, text size and icon for the whole application.

    Args:
        app: the application (already created).
        settings: the user's settings.

    Returns:
        The language now in use (``"en"``, ``"de"``…).
    """
    language = install_translators(app, settings.language())
    apply_theme(app, settings.theme())
    if settings.text_scale() != 100:
        apply_text_scale(app, settings.text_scale())
    app.setWindowIcon(app_icon())
    return language


def after_window_shown(window: MainWindow, *, interactive: bool = True) -> None:
    """Tray icon, reminders and the one-time welcome screen for a shown main window.

    Args:
        window: the main window, already shown.
        interactive: False for ``--smoke-test``: no tray, no reminders, no dialogs.
    """
    if not interactive:
        return
    from backdiary.ui.reminders import ReminderScheduler  # noqa: PLC0415 (after the first paint)

    settings = window.settings
    app = QApplication.instance()
    if window.quick.show_icon():
        if settings.close_to_tray() and isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        if settings.start_in_tray() and settings.first_run_done():
            window.hide()
    window.reminders = ReminderScheduler(window, settings, window.clock)
    window.reminders.start()
    window.settings_changed.connect(lambda: _on_settings_changed(window))
    if not settings.first_run_done():
        QTimer.singleShot(0, lambda: _first_run(window))


def _on_settings_changed(window: MainWindow) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and window.quick.icon_visible:
        app.setQuitOnLastWindowClosed(not window.settings.close_to_tray())


def _first_run(window: MainWindow) -> None:
    if window.settings.first_run_done():
        return
    from backdiary.ui.firstrun import FirstRunDialog  # noqa: PLC0415

    if FirstRunDialog.ask(window, window.service, window.settings):
        window.entries_changed.emit()
