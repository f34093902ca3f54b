"""Keyboard order, accessible names, WCAG contrast of the themes, 200 % text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backdiary.domain.model import Profile
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui import theme
from backdiary.ui.entry_dialog import EntryDialog
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.profile_dialog import ProfileDialog
from backdiary.ui.settings import Settings
from backdiary.ui.settings_dialog import SettingsDialog

INPUTS = (
    QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QSlider, QPlainTextEdit,
    QTableView, QDateTimeEdit,
)  # fmt: skip


def _internal(widget: QWidget) -> bool:
    """Qt's own sub-widgets (a spin box's line edit, scroll buttons) are named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QTableView)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith(("qt_", "ScrollLeft", "ScrollRight"))


def unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def focus_order(start: QWidget, limit: int = 400) -> list[QWidget]:
    order = [start]
    widget = start.nextInFocusChain()
    while widget is not start and len(order) < limit:
        order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def tab_stops(root: QWidget) -> list[QWidget]:
    """Widgets Tab visits, in order (focusable, enabled, visible)."""
    from PySide6.QtCore import Qt

    return [
        w
        for w in focus_order(root)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isEnabled()
        and w.isVisibleTo(root)
        and w.window() is root
    ]


@pytest.fixture
def window(qtbot: QtBot, service: DiaryService, app_paths: AppPaths) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_main_window_tab_order(window: MainWindow) -> None:
    stops = tab_stops(window)
    wanted = [
        window.new_button, window.filter_from.enabled, window.filter_to.enabled,
        window.filter_text, window.table,
    ]  # fmt: skip
    positions = [stops.index(w) for w in wanted]
    assert positions == sorted(positions)


def test_main_window_tab_key_walks_the_order(qtbot: QtBot, window: MainWindow) -> None:
    window.new_button.setFocus()
    qtbot.waitUntil(lambda: window.new_button.hasFocus())
    seen = []
    for _ in range(4):
        window.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert seen[0] is window.filter_from.enabled
    assert window.filter_text in seen or window.filter_to.enabled in seen


def test_entry_dialog_tab_order(qtbot: QtBot, service: DiaryService) -> None:
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog)
    save = dialog.buttons.buttons()[0]
    sequence = [
        dialog.when, dialog.severity.slider, dialog.duration, dialog.onset,
        dialog.same_button if dialog.same_button.isEnabled() else dialog.onset,
        dialog.trigger.buttons()[0], dialog.trigger.buttons()[-1], dialog.locations.buttons()[0],
        dialog.more_toggle, dialog.factors.choices.buttons()[0], dialog.notes,
    ]  # fmt: skip
    positions = [stops.index(w) for w in sequence]
    assert positions == sorted(positions)
    assert stops.index(save) > stops.index(dialog.notes)


def test_every_input_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, service: DiaryService, app_paths: AppPaths
) -> None:
    entry = EntryDialog(service)
    entry.more_toggle.setChecked(True)
    profile = ProfileDialog(Profile(), [])
    settings = SettingsDialog(Settings(app_paths.settings_file), app_paths)
    for dialog in (entry, profile, settings):
        qtbot.addWidget(dialog)
    for root in (window, entry, profile, settings):
        assert unnamed_inputs(root) == [], type(root).__name__


@pytest.mark.parametrize("name", ["light", "dark"])
def test_theme_text_contrast_meets_wcag_aa(name: str) -> None:
    palette = theme.palette(name)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in theme.TEXT_PAIRS:
            ratio = theme.contrast_ratio(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= theme.AA_TEXT, (name, fg, bg, round(ratio, 2))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_error_and_chosen_button_colours_are_readable(name: str) -> None:
    from PySide6.QtGui import QColor

    window = theme.palette(name).color(QPalette.ColorRole.Window)
    error = QColor(theme.ERROR_DARK if name == "dark" else theme.ERROR_LIGHT)
    assert theme.contrast_ratio(error, window) >= theme.AA_TEXT
    assert theme.contrast_ratio(QColor("#ffffff"), QColor("#1d4f91")) >= theme.AA_TEXT


def test_contrast_ratio_extremes() -> None:
    from PySide6.QtGui import QColor

    assert round(theme.contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert theme.contrast_ratio(QColor("#777777"), QColor("#777777")) == 1.0


def test_apply_theme_switches_palette_and_back(qapp: QApplication) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window)
    theme.apply_theme(qapp, "dark")
    assert theme.is_dark()
    theme.apply_theme(qapp, "system")
    assert qapp.palette().color(QPalette.ColorRole.Window) == before


def test_layout_survives_200_percent_text(
    qtbot: QtBot, qapp: QApplication, service: DiaryService, app_paths: AppPaths
) -> None:
    original = QFont(qapp.font())
    try:
        theme.apply_text_scale(qapp, 200)
        assert qapp.font().pointSizeF() == pytest.approx(original.pointSizeF() * 2)
        w = MainWindow(service, app_paths)
        d = EntryDialog(service)
        for widget in (w, d):
            qtbot.addWidget(widget)
            widget.show()
            qtbot.waitExposed(widget)
        for root in (w, d):
            squashed = [
                type(x).__name__
                for x in root.findChildren(QWidget)
                if isinstance(x, INPUTS) and x.isVisible() and not _internal(x)
                and (x.width() <= 1 or x.height() <= 1)
            ]  # fmt: skip
            assert squashed == [], type(root).__name__
        for button in d.trigger.buttons():
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    finally:
        theme.apply_text_scale(qapp, 100)
        qapp.setFont(original)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_control_outlines_and_focus_ring_reach_non_text_contrast(name: str) -> None:
    from PySide6.QtGui import QColor

    pal = theme.palette(name)
    border = QColor(theme.BORDER[name])
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert theme.contrast_ratio(border, pal.color(role)) >= theme.AA_NON_TEXT, role
    ring = pal.color(QPalette.ColorRole.Highlight)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        assert theme.contrast_ratio(ring, pal.color(role)) >= theme.AA_NON_TEXT, role


@pytest.mark.parametrize("name", ["light", "dark"])
def test_focused_controls_show_a_focus_ring(qtbot: QtBot, qapp: QApplication, name: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout

    theme.apply_theme(qapp, name)
    try:
        host = QWidget()
        layout = QVBoxLayout(host)
        button, check, edit = QPushButton("Lifting"), QCheckBox("Diarrhoea"), QLineEdit()
        for w in (button, check, edit):
            layout.addWidget(w)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        ring = theme.palette(name).color(QPalette.ColorRole.Highlight).rgb()
        border = theme.QColor(theme.BORDER[name]).rgb()

        def count(widget: QWidget, colour: int) -> int:
            image = widget.grab().toImage()
            return sum(
                image.pixel(x, y) == colour
                for x in range(image.width())
                for y in range(image.height())
            )

        assert count(check, border) > 10  # the box is outlined when not focused
        for widget in (button, check, edit):
            before = count(widget, ring)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            assert count(widget, ring) > before + 10, type(widget).__name__
    finally:
        theme.apply_theme(qapp, "system")


def undescribed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget) or widget.window() is not root:
            continue
        if not widget.accessibleDescription().strip():
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return missing


def test_every_input_has_an_accessible_description(
    qtbot: QtBot, window: MainWindow, service: DiaryService, app_paths: AppPaths
) -> None:
    from backdiary.ui.firstrun import FirstRunDialog

    settings = Settings(app_paths.settings_file)
    entry = EntryDialog(service)
    entry.more_toggle.setChecked(True)
    dialogs = (
        entry,
        ProfileDialog(Profile(), []),
        SettingsDialog(settings, app_paths),
        FirstRunDialog(service, settings),
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    for root in (window, *dialogs):
        assert undescribed_inputs(root) == [], type(root).__name__


def test_descriptions_say_how_to_use_the_control_and_where_it_is(
    qtbot: QtBot, service: DiaryService
) -> None:
    entry = EntryDialog(service)
    qtbot.addWidget(entry)
    cause = entry.trigger.buttons()[0]
    assert cause.accessibleDescription().startswith("What set it off? — ")
    assert "Space" in cause.accessibleDescription()
    assert "calendar" in entry.when.accessibleDescription()
    assert entry.severity.slider.accessibleDescription()  # its own, not a generic one
    assert "0" in entry.severity.slider.accessibleDescription()


def test_severity_scale_has_word_anchors(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from backdiary.ui.widgets import SeverityScale

    scale = SeverityScale()
    qtbot.addWidget(scale)
    shown = " ".join(label.text() for label in scale.findChildren(QLabel))
    for word in ("No pain", "Moderate", "Worst imaginable"):
        assert word in shown
    scale.set_value(7)
    assert "Severe" in scale.slider.accessibleDescription() + shown + scale.slider.accessibleName()


def test_dialogs_at_200_percent_text_are_not_squashed(
    qtbot: QtBot, qapp: QApplication, service: DiaryService, app_paths: AppPaths
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from backdiary.ui.firstrun import FirstRunDialog

    original = QFont(qapp.font())
    try:
        theme.apply_text_scale(qapp, 200)
        settings = Settings(app_paths.settings_file)
        dialogs = (
            FirstRunDialog(service, settings),
            SettingsDialog(settings, app_paths),
            ProfileDialog(Profile(), []),
        )
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            squashed = [
                w.text()
                for w in dialog.findChildren(QCheckBox)
                if w.isVisible() and w.height() < w.sizeHint().height()
            ]
            assert squashed == [], type(dialog).__name__
    finally:
        qapp.setFont(original)


def test_chart_view_controls_are_named_and_described(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window._charts is not None)
    charts = window._charts
    assert charts is not None
    assert unnamed_inputs(charts) == []
    assert undescribed_inputs(window) == []


def test_status_bar_disclaimer_ends_in_an_ellipsis_instead_of_cutting_words(
    qtbot: QtBot,
) -> None:
    from backdiary.ui.widgets import ElidedLabel

    text = "backdiary stellt keine Diagnosen. Seine Warnungen folgen veröffentlichten Leitlinien."
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.resize(label.fontMetrics().horizontalAdvance(text) // 2, 30)
    label.show()
    assert label.text() == text and label.toolTip() == text
    assert label.minimumSizeHint().width() == 0  # it never pushes the entry count away
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, label.width())
    assert shown.endswith("…")
