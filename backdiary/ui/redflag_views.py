"""Showing red-flag findings: the must-acknowledge dialog, the side panel, the Flags view.

Emergency and urgent findings open :class:`FlagDialog`, which states the action
first and closes only through its acknowledge button (never by a timer, Escape or
the window's close button). ``gp`` and ``info`` findings appear in
:class:`FindingsPanel` beside the diary. Every urgency is shown as an icon *and*
a word, never colour alone.

Titles and advice are the domain's English templates translated in the
``RedFlag`` context (:func:`backdiary.ui.texts.redflag_text`) before the region's
numbers are filled in.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain import redflags
from backdiary.domain.model import Entry
from backdiary.domain.redflags.rules import SAFETY_NET
from backdiary.domain.region import Region
from backdiary.services import DiaryService
from backdiary.storage.repository import StoredFinding
from backdiary.ui import texts
from backdiary.ui.entry_model import urgency_icon
from backdiary.ui.texts import redflag_text, when_text

#: Urgencies that open the must-acknowledge dialog.
DIALOG_URGENCIES = ("emergency", "urgent")


def to_finding(stored: StoredFinding) -> redflags.Finding:
    """The engine's finding for a stored one (to render its title and advice)."""
    return redflags.Finding(stored.rule, redflags.Urgency(stored.urgency), stored.evidence)


def title_of(stored: StoredFinding, region: Region) -> str:
    """The finding's title for display, translated, with the region's numbers."""
    rule = redflags.rule(stored.rule)
    return redflag_text(rule.title).format_map(region.placeholders())


def advice_of(stored: StoredFinding, region: Region) -> str:
    """The finding's advice (ending with the safety net), translated, with the region's numbers.

    Mirrors :func:`backdiary.domain.redflags.render_advice`, translating each
    template first.
    """
    rule = redflags.rule(stored.rule)
    template = rule.advice_for(redflags.Urgency(stored.urgency))
    text = f"{redflag_text(template)} {redflag_text(SAFETY_NET)}"
    return text.format_map(region.placeholders())


def split_action(advice: str) -> tuple[str, str]:
    """(first sentence = the action, the rest) of an advice text."""
    for end in (". ", "! "):
        cut = advice.find(end)
        if cut != -1:
            return advice[: cut + 1], advice[cut + 2 :]
    return advice, ""


class FlagDialog(QDialog):
    """An emergency or urgent warning that must be acknowledged.

    It states the action first, explains why, names the source, and closes only
    when the user presses the acknowledge button.
    """

    acknowledged = Signal()
    """The user pressed the acknowledge button."""

    def __init__(
        self,
        findings: Sequence[StoredFinding],
        region: Region,
        when: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._acknowledged = False
        top = findings[0]
        emergency = top.urgency == "emergency"
        self.setWindowTitle(self.tr("Get help now") if emergency else self.tr("Get advice today"))
        self.setObjectName("FlagDialog")
        self.setModal(True)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(urgency_icon(top.urgency).pixmap(48, 48))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        action, _rest = split_action(advice_of(top, region))
        self.action_label = QLabel(action)
        self.action_label.setWordWrap(True)
        self.action_label.setObjectName("action")
        font = self.action_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.action_label.setFont(font)
        self.action_label.setAccessibleName(self.tr("What to do now"))
        header.addWidget(self.action_label, 1)
        layout.addLayout(header)
        intro = QLabel(
            self.tr("Your entry of {when} matches these warning signs:").format(when=when)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for finding in findings:
            body_layout.addWidget(FindingCard(finding, region))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        disclaimer = QLabel(texts.disclaimer())
        disclaimer.setWordWrap(True)
        layout.addWidget(disclaimer)
        self.ack_button = QPushButton(self.tr("I have read this"))
        self.ack_button.setDefault(True)
        self.ack_button.setAccessibleName(self.tr("I have read this warning"))
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        layout.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 400)

    @property
    def is_acknowledged(self) -> bool:
        return self._acknowledged

    def _on_ack_button_clicked(self) -> None:
        self._acknowledged = True
        self.acknowledged.emit()
        self.accept()

    def reject(self) -> None:
        """Escape does not dismiss a warning; only the acknowledge button does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._acknowledged:
            event.ignore()
            return
        super().closeEvent(event)


class FindingCard(QFrame):
    """One finding: urgency icon and word, title, advice, source."""

    def __init__(self, finding: StoredFinding, region: Region, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.finding = finding
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(urgency_icon(finding.urgency).pixmap(20, 20))
        head.addWidget(icon)
        title = QLabel(
            f"<b>{html.escape(texts.urgency_word(finding.urgency))}</b> · "
            f"{html.escape(title_of(finding, region))}"
        )
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        advice = QLabel(advice_of(finding, region))
        advice.setWordWrap(True)
        advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(advice)
        rule = redflags.rule(finding.rule)
        source = QLabel(self.tr("Source: {source}").format(source=rule.source))
        source.setWordWrap(True)
        font = source.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        source.setFont(font)
        layout.addWidget(source)
        self.setAccessibleName(
            f"{texts.urgency_word(finding.urgency)}: {title_of(finding, region)}"
        )


class FindingsPanel(QWidget):
    """Findings of the selected entry, shown beside the diary; nothing auto-dismisses."""

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self._cards = QWidget()
        self._cards_layout = QVBoxLayout(self._cards)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(self._cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Warnings and advice"))
        self.scroll_area = scroll
        disclaimer = QLabel(texts.disclaimer())
        disclaimer.setWordWrap(True)
        disclaimer.setObjectName("disclaimer")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(disclaimer)
        self.setAccessibleName(self.tr("Warnings for the selected entry"))
        self.show_findings(None, [])

    def cards(self) -> list[FindingCard]:
        """The finding cards currently shown."""
        return self._cards.findChildren(FindingCard)

    def show_findings(self, entry: Entry | None, findings: Sequence[StoredFinding]) -> None:
        """Show the findings of ``entry`` (most urgent first)."""
        while self._cards_layout.count():
            item = self._cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
                widget.setParent(None)
        if entry is None:
            self.heading.setText(self.tr("Select an entry to see its warnings and advice."))
        elif not findings:
            self.heading.setText(
                self.tr("No warning signs in the entry of {when}.").format(
                    when=when_text(entry.local_time)
                )
            )
        else:
            self.heading.setText(
                self.tr("Entry of {when}:").format(when=when_text(entry.local_time))
            )
        for finding in findings:
            self._cards_layout.addWidget(FindingCard(finding, self.region))
        self._cards_layout.addStretch(1)


class FlagsView(QWidget):
    """Every flagged entry with date, urgency and rule."""

    entry_activated = Signal(str)
    """The user chose an entry (its id) to see it in the diary."""

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Urgency"), self.tr("Warning")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Flagged entries"))
        self.table.verticalHeader().hide()
        self.table.cellActivated.connect(self._on_table_cell_activated)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._ids: list[str] = []
        self._dirty = True

    def refresh(self) -> None:
        """Reload now if visible, else on the next show (start-up never pays for it)."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Reload from the database."""
        self._dirty = False
        pairs = self._service.flagged()
        region = self._service.region
        self.table.setRowCount(len(pairs))
        self._ids = []
        for row, (entry, finding) in enumerate(pairs):
            when = QTableWidgetItem(when_text(entry.local_time))
            urgency = QTableWidgetItem(
                urgency_icon(finding.urgency), texts.urgency_word(finding.urgency)
            )
            title = QTableWidgetItem(title_of(finding, region))
            title.setToolTip(advice_of(finding, region))
            for col, item in enumerate((when, urgency, title)):
                self.table.setItem(row, col, item)
            self._ids.append(entry.id)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        entries = len(set(self._ids))
        self.summary.setText(
            self.tr("{n} warnings in {m} entries. Double-click one to see it in the diary.").format(
                n=len(pairs), m=entries
            )
        )

    def _on_table_cell_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids):
            self.entry_activated.emit(self._ids[row])
