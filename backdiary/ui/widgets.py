"""Small reusable widgets: the 0–10 pain scale, one-click choice buttons, tag pickers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backdiary.ui import texts

#: A chosen button must be obvious at a glance (and not by colour alone: bold text too).
CHECKED_STYLE = (
    "QPushButton:checked { background-color: #1d4f91; color: #ffffff; font-weight: bold; "
    "border: 1px solid #0b2a55; border-radius: 3px; padding: 4px; }"
    # Keyboard focus on a chosen button stays visible: a thick amber ring.
    "QPushButton:checked:focus { border: 3px solid #f9ab00; padding: 2px; }"
)


class SeverityScale(QWidget):
    """A 0–10 pain scale with word anchors (0 no pain … 10 worst imaginable).

    Keyboard: arrows, Page Up/Down, Home (0) and End (10); a digit key jumps to
    that score.
    """

    value_changed = Signal(int)
    """The score changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("Pain score, 0 to 10"))
        self.slider.setAccessibleDescription(
            self.tr("0 means no pain, 10 the worst pain imaginable. Digit keys set the score.")
        )
        self.value_label = QLabel()
        widest = max(
            self.fontMetrics().horizontalAdvance(f"{n} · {texts.nrs_anchor(n)}  ")
            for n in range(11)
        )
        self.value_label.setMinimumWidth(widest)
        font = self.value_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value_label.setFont(font)
        anchors = QHBoxLayout()
        for score, align in ((0, Qt.AlignmentFlag.AlignLeft), (5, Qt.AlignmentFlag.AlignCenter),
                             (10, Qt.AlignmentFlag.AlignRight)):  # fmt: skip
            anchor = QLabel(f"{score}: {texts.nrs_anchor(score)}")
            anchor.setAlignment(align)
            anchors.addWidget(anchor, 1)
        top = QHBoxLayout()
        top.addWidget(self.slider, 1)
        top.addWidget(self.value_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(anchors)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.setFocusProxy(self.slider)
        self._on_slider_value_changed(0)

    def value(self) -> int:
        """The score, 0–10."""
        return self.slider.value()

    def set_value(self, value: int) -> None:
        """Set the score, 0–10."""
        self.slider.setValue(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit key sets that score (0–9); everything else as usual."""
        text = event.text()
        if text.isdigit():
            self.slider.setValue(int(text))
            return
        super().keyPressEvent(event)

    def _on_slider_value_changed(self, value: int) -> None:
        self.value_label.setText(f"{value} · {texts.nrs_anchor(value)}")
        self.slider.setAccessibleDescription(
            self.tr("Pain score {score}: {word}").format(score=value, word=texts.nrs_anchor(value))
        )
        self.value_changed.emit(value)


class ChoiceButtons(QWidget):
    """One-click choices as a grid of checkable buttons (exclusive or multiple)."""

    changed = Signal()
    """The selection changed."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        exclusive: bool,
        name: str,
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exclusive = exclusive
        self._columns = columns
        self._group = QButtonGroup(self)
        self._group.setExclusive(exclusive)
        self._buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self.setAccessibleName(name)
        self.setStyleSheet(CHECKED_STYLE)
        for value, text in choices:
            self.add_choice(value, text)
        self._group.buttonToggled.connect(self._on_toggled)

    def add_choice(self, value: str, text: str) -> QPushButton:
        """Add a button (or return the existing one for ``value``)."""
        if value in self._buttons:
            return self._buttons[value]
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setAccessibleName(f"{self.accessibleName()}: {text}")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bold = QFont(button.font())
        bold.setBold(True)
        # A chosen button turns bold: keep room for the bold text (long German words).
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 24)
        index = len(self._buttons)
        self._grid.addWidget(button, index // self._columns, index % self._columns)
        self._group.addButton(button)
        self._buttons[value] = button
        return button

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def selected(self) -> list[str]:
        """Checked values in display order."""
        return [v for v, b in self._buttons.items() if b.isChecked()]

    def set_selected(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value in wanted:
            if value not in self._buttons:
                self.add_choice(value, texts.label(value))
        for value, button in self._buttons.items():
            button.setChecked(value in wanted)

    def _on_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self.changed.emit()


class TagPicker(QWidget):
    """Common tags as one-click buttons plus a field to add the user's own."""

    def __init__(self, tags: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ChoiceButtons(
            [(t, texts.label(t)) for t in tags], exclusive=False, name=name
        )
        self.new_tag = QLineEdit()
        self.new_tag.setPlaceholderText(self.tr("Add your own…"))
        self.new_tag.setAccessibleName(self.tr("{name}: add your own").format(name=name))
        self.new_tag.setMaxLength(60)
        add = QToolButton()
        self.add_button = add
        add.setText(self.tr("Add"))
        add.setAccessibleName(self.tr("{name}: add").format(name=name))
        add.clicked.connect(self.add_typed)
        self.new_tag.returnPressed.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        layout.addLayout(row)

    def focus_chain(self) -> list[QWidget]:
        """The picker's controls in tab order: the tag buttons, the field, Add."""
        return [*self.choices.buttons(), self.new_tag, self.add_button]

    def add_typed(self) -> None:
        """Turn the typed text into a checked tag."""
        text = " ".join(self.new_tag.text().split())
        if not text:
            return
        button = self.choices.add_choice(text, texts.label(text))
        button.setChecked(True)
        self.new_tag.clear()

    def selected(self) -> tuple[str, ...]:
        self.add_typed()
        return tuple(self.choices.selected())

    def set_selected(self, tags: Iterable[str]) -> None:
        self.choices.set_selected(tags)


def _input_hint(widget: QWidget) -> str:
    """How to use an input with the keyboard, for screen readers (translated)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import (  # noqa: PLC0415
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QDateTimeEdit,
        QPlainTextEdit,
        QRadioButton,
        QTimeEdit,
    )

    if isinstance(widget, QCheckBox):
        return QCoreApplication.translate("InputHint", "Check box: Space ticks or clears it.")
    if isinstance(widget, QRadioButton):
        return QCoreApplication.translate("InputHint", "Option: Space chooses it.")
    if isinstance(widget, QAbstractButton):
        if widget.isCheckable():
            return QCoreApplication.translate(
                "InputHint", "Choice button: Space chooses it or clears it."
            )
        return QCoreApplication.translate("InputHint", "Button: Space presses it.")
    if isinstance(widget, QComboBox):
        return QCoreApplication.translate(
            "InputHint", "List: the arrow keys choose; Alt+Down opens it."
        )
    if isinstance(widget, QTimeEdit):
        return QCoreApplication.translate(
            "InputHint", "Time as hours:minutes: type it, or change it with the arrow keys."
        )
    if isinstance(widget, QDateTimeEdit):
        if widget.calendarPopup():
            return QCoreApplication.translate(
                "InputHint",
                "Date: type it, change it with the arrow keys, or open a calendar with Alt+Down.",
            )
        return QCoreApplication.translate(
            "InputHint", "Date: type it, or change it with the arrow keys."
        )
    if isinstance(widget, QAbstractSpinBox):
        return QCoreApplication.translate(
            "InputHint", "Number: type it, or change it with the arrow keys."
        )
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return QCoreApplication.translate("InputHint", "Read-only text.")
        hint = widget.placeholderText()
        if hint:
            return QCoreApplication.translate("InputHint", "Text field ({hint}).").format(hint=hint)
        return QCoreApplication.translate("InputHint", "Text field.")
    if isinstance(widget, QPlainTextEdit):
        return QCoreApplication.translate(
            "InputHint", "Text: Tab moves on; Ctrl+Return saves the form."
        )
    if isinstance(widget, QAbstractItemView):
        return QCoreApplication.translate(
            "InputHint", "Table: the arrow keys move between rows; Enter opens the row."
        )
    return ""


def describe_inputs(root: QWidget) -> int:
    """Give every input under ``root`` without one an accessible description.

    The description says how to use the control with the keyboard and, when it
    sits in a titled group, which group (its accessible name says what it is).
    A tool tip, when there is one, is used as it is.

    Returns:
        How many descriptions were set.
    """
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QGroupBox  # noqa: PLC0415

    count = 0
    for widget in root.findChildren(QWidget):
        if widget.accessibleDescription().strip():
            continue
        parent = widget.parentWidget()
        if (
            isinstance(parent, (QAbstractSpinBox, QComboBox))
            or widget.objectName().startswith("qt_")
            or widget.window() is not root.window()
        ):
            continue  # Qt's own parts (a combo box's popup…) are described by their owner
        text = widget.toolTip().strip() or _input_hint(widget)
        if not text:
            continue
        group = parent
        while group is not None and not isinstance(group, QGroupBox):
            group = group.parentWidget()
        if isinstance(group, QGroupBox) and group.title() and not widget.toolTip().strip():
            text = f"{group.title().replace('&', '')} — {text}"
        widget.setAccessibleDescription(text)
        count += 1
    return count


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize ``window`` to ``wanted``, within the screen's free area.

    Qt's own first size of a window is at most two thirds of the screen, which
    squashes a form at a large text size; forms that can get long scroll instead.
    """
    size = QSize(wanted)
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry().size() - QSize(40, 60)
        size = size.boundedTo(free)
    window.resize(size.expandedTo(QSize(320, 240)))


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is too narrow (the full text as tool tip).

    ``text()`` stays the full text (screen readers and tests read it whole).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)
