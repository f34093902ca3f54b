"""Look and feel: light and dark palettes (WCAG AA contrast), text size, the app icon.

``"system"`` keeps the desktop's style and palette (plain Fusion, when the desktop
has no theme, gets the outlines and focus ring described below); ``"light"`` and ``"dark"`` use
the Fusion style with the palettes below, whose text/background pairs all reach a
contrast ratio of at least 4.5:1 (checked in ``tests/test_accessibility.py``).
They also draw the outlines of check boxes, radio buttons and text fields in a
colour with at least 3:1 against the background (WCAG 1.4.11, non-text contrast;
Fusion's own outlines are fainter), and a 2-pixel focus ring in the highlight
colour around the control that has the keyboard focus.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from backdiary.paths import bundled

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: WCAG 2.x AA minimum for normal-size text.
AA_TEXT = 4.5
#: WCAG 2.x AA minimum for the outlines of controls and the focus indicator (1.4.11).
AA_NON_TEXT = 3.0

_LIGHT: dict[Role, str] = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1a1a1a",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eef2f7",
    Role.Text: "#1a1a1a",
    Role.Button: "#e4e4e4",
    Role.ButtonText: "#1a1a1a",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1d4f91",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1a1a1a",
    Role.PlaceholderText: "#5f6368",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#6b3fa0",
    Role.Light: "#ffffff",
    Role.Midlight: "#ececec",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#8f8f8f",
    Role.Shadow: "#5a5a5a",
}

_DARK: dict[Role, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#26282b",
    Role.Text: "#e8eaed",
    Role.Button: "#303134",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#17181a",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#a8abb0",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#d7aefb",
    Role.Light: "#4a4c50",
    Role.Midlight: "#3c3e42",
    Role.Mid: "#2b2c2f",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
}

#: Disabled controls are exempt from WCAG contrast, but should still be legible.
_DISABLED: dict[str, dict[Role, str]] = {
    "light": {Role.WindowText: "#767676", Role.Text: "#767676", Role.ButtonText: "#767676"},
    "dark": {Role.WindowText: "#8e9196", Role.Text: "#8e9196", Role.ButtonText: "#8e9196"},
}

#: (foreground, background) roles that carry text; each pair must reach :data:`AA_TEXT`.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
)

#: Outlines of check boxes, radio buttons and text fields (≥ 3:1 on Window and Base).
BORDER: dict[str, str] = {"light": "#767676", "dark": "#9aa0a6"}

#: Error text colours readable on the light and the dark window background.
ERROR_LIGHT = "#a40000"
ERROR_DARK = "#ff9e9e"

_original: dict[str, object] = {}


def palette(theme: str) -> QPalette:
    """The palette of ``"light"`` or ``"dark"``.

    Raises:
        KeyError: for any other name.
    """
    colours = {"light": _LIGHT, "dark": _DARK}[theme]
    result = QPalette()
    for role, value in colours.items():
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            result.setColor(group, role, QColor(value))
    for role, value in _DISABLED[theme].items():
        result.setColor(Group.Disabled, role, QColor(value))
    # A disabled text field looks it: the window's colour instead of the field's.
    result.setColor(Group.Disabled, Role.Base, QColor(colours[Role.Window]))
    return result


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour (0 black … 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether a palette (default: the application's) has a dark window background."""
    if pal is None:
        pal = QGuiApplication.palette()
    return relative_luminance(pal.color(Role.Window)) < 0.2


def error_colour() -> str:
    """The error text colour that is readable on the current window background."""
    return ERROR_DARK if is_dark() else ERROR_LIGHT


def error_style() -> str:
    """A label style sheet for error messages: readable colour, bold (not colour alone)."""
    return f"color: {error_colour()}; font-weight: bold;"


class ContrastStyle(QProxyStyle):
    """Fusion with outlines and a focus ring that can be seen (light and dark themes).

    Args:
        theme: ``"light"`` or ``"dark"`` (picks the outline colour).
    """

    _OUTLINED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )
    #: Sizes of check boxes and radio buttons (asked for in every layout and paint).
    _INDICATORS = frozenset(
        (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        )
    )

    def __init__(self, theme: str) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.theme = theme
        self.border = QColor(BORDER[theme])

    def _ring(self, painter: QPainter, option: QStyleOption) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(option.palette.color(Role.Highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED:
            return
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setPen(QPen(option.palette.color(Role.Highlight) if focused else self.border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Check boxes and radio buttons grow with the text size (easier to hit)."""
        base = super().pixelMetric(metric, option, widget)
        if metric in self._INDICATORS:
            font = widget.font() if widget is not None else QApplication.font()
            return max(base, round(QFontMetrics(font).height() * 0.8))
        return base

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_Slider:
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            painter.save()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.border, 1))
            sub = QStyle.SubControl
            groove = self.subControlRect(control, option, sub.SC_SliderGroove, widget)  # type: ignore[arg-type]
            painter.drawRect(groove.adjusted(0, 0, -1, -1))
            handle = self.subControlRect(control, option, sub.SC_SliderHandle, widget)  # type: ignore[arg-type]
            colour = option.palette.color(Role.Highlight) if focused else self.border
            painter.setPen(QPen(colour, 2 if focused else 1))
            painter.drawRect(handle.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        if control == QStyle.ComplexControl.CC_SpinBox and getattr(option, "frame", True):
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            painter.save()
            painter.setPen(
                QPen(option.palette.color(Role.Highlight) if focused else self.border, 1)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButtonBevel and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            self._ring(painter, option)


def apply_theme(app: QApplication, theme: str) -> None:
    """Use ``"system"``, ``"light"`` or ``"dark"`` for the whole application."""
    if "style" not in _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    if theme in ("light", "dark"):
        if "fusion" in [k.lower() for k in QStyleFactory.keys()]:  # noqa: SIM118 (a list, not a dict)
            app.setStyle(ContrastStyle(theme))
        app.setPalette(palette(theme))
        return
    original = _original["palette"]
    assert isinstance(original, QPalette)
    if str(_original["style"]).lower() == "fusion":
        # No desktop theme (plain Fusion): keep its colours, but with visible outlines.
        app.setStyle(ContrastStyle("dark" if is_dark(original) else "light"))
    else:
        app.setStyle(str(_original["style"]))
    app.setPalette(original)


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale the application's font to ``percent`` of the desktop's size."""
    if "font" not in _original:
        _original["font"] = QFont(app.font())
    base = _original["font"]
    assert isinstance(base, QFont)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * percent / 100)))
    app.setFont(font)


def app_icon() -> QIcon:
    """backdiary's icon (the SVG in ``resources/icons``; PNG sizes when present).

    Built once (the app, the main window and the tray all ask for it); a copy each time.
    """
    return QIcon(_app_icon())


@functools.cache
def _app_icon() -> QIcon:
    folder = bundled("resources") / "icons"
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"backdiary-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "backdiary.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
