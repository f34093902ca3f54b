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
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from backdiary.domain.model import Entry
from backdiary.domain.region import Region
from backdiary.storage.listing import StoredFinding
from backdiary.ui import texts
from backdiary.ui.entry_model import urgency_icon
from backdiary.ui.texts import redflag_text, when_text

if TYPE_CHECKING:
    from backdiary.domain.redflags import Finding
    from backdiary.services import DiaryService

#: Urgencies that open the must-acknowledge dialog.
DIALOG_URGENCIES = ("emergency", "urgent")

#: Profile-based findings whose dialog opens once per pain episode (spec §1.3.4): a
#: cancer survivor logging daily is not asked to confirm the same warning every day.
#: They stay in the panel, the table and the Warnings view on every entry.
ONCE_PER_EPISODE = frozenset({("CANCER_HISTORY", "urgent")})


def findings_for_dialog(
    service: DiaryService, entry: Entry, findings: Sequence[StoredFinding]
) -> list[StoredFinding]:
    """The findings of a saved entry that open the must-acknowledge dialog.

    Every emergency and urgent finding, except a :data:`ONCE_PER_EPISODE` one already
    acknowledged on an earlier entry of the same pain episode.
    """
    serious = [f for f in findings if f.urgency in DIALOG_URGENCIES]
    once = {(f.rule, f.urgency) for f in serious} & ONCE_PER_EPISODE
    if not once:
        return serious
    from backdiary.domain.redflags.history import current_episode  # noqa: PLC0415

    history = [e for e in service.history_for(entry) if e.id != entry.id]
    episode = current_episode([*history, entry])
    seen: set[tuple[str, str]] = set()
    for earlier in reversed(episode.entries[:-1] if episode is not None else ()):
        seen |= {(f.rule, f.urgency) for f in service.findings(earlier.id) if f.acknowledged} & once
        if seen == once:
            break
    return [f for f in serious if (f.rule, f.urgency) not in seen]


#: The preset regions' service names (their numbers need no translation), for lupdate.
REGION_TEXTS = (
    QT_TRANSLATE_NOOP("RegionText", "NHS 111"),
    QT_TRANSLATE_NOOP("RegionText", "A&E"),
    QT_TRANSLATE_NOOP("RegionText", "your GP or local out-of-hours service"),
    QT_TRANSLATE_NOOP("RegionText", "the emergency department"),
    QT_TRANSLATE_NOOP("RegionText", "your doctor or an urgent care clinic"),
    QT_TRANSLATE_NOOP("RegionText", "the emergency room"),
)


def region_placeholders(region: Region) -> dict[str, str]:
    """The region's numbers and service names for the advice templates, translated.

    A preset region's service names read in the user's language ("die Notaufnahme");
    the user's own (custom) texts are used as typed.
    """
    values = region.placeholders()
    if region.code == "custom":
        return values
    return {
        key: value if key == "emergency" else QCoreApplication.translate("RegionText", value)
        for key, value in values.items()
    }


def to_finding(stored: StoredFinding) -> Finding:
    """The engine's finding for a stored one (to render its title and advice)."""
    from backdiary.domain import redflags  # noqa: PLC0415 (imported when a finding is shown)

    return redflags.Finding(stored.rule, redflags.Urgency(stored.urgency), stored.evidence)


def title_of(stored: StoredFinding, region: Region) -> str:
    """The finding's title for display, translated, with the region's numbers."""
    from backdiary.domain import redflags  # noqa: PLC0415 (imported when a finding is shown)

    rule = redflags.rule(stored.rule)
    return redflag_text(rule.title).format_map(region_placeholders(region))


def advice_of(stored: StoredFinding, region: Region) -> str:
    """The finding's advice (ending with the safety net), translated, with the region's numbers.

    Mirrors :func:`backdiary.domain.redflags.render_advice`, translating each
    template first.
    """
    from backdiary.domain import redflags  # noqa: PLC0415 (imported when a finding is shown)

    rule = redflags.rule(stored.rule)
    template = rule.advice_for(redflags.Urgency(stored.urgency))
    text = f"{redflag_text(template)} {redflag_text(redflags.SAFETY_NET)}"
    return text.format_map(region_placeholders(region))


def why_of(stored: StoredFinding, region: Region) -> str:
    """One or two sentences on why the finding matters, translated, with the region's numbers."""
    from backdiary.domain import redflags  # noqa: PLC0415 (imported when a finding is shown)

    rule = redflags.rule(stored.rule)
    template = rule.why_for(redflags.Urgency(stored.urgency))
    return redflag_text(template).format_map(region_placeholders(region))


def action_of(stored: StoredFinding, region: Region) -> str:
    """What to do: the first sentence of the finding's (translated) advice."""
    return split_action(advice_of(stored, region))[0]


def split_action(advice: str) -> tuple[str, str]:
    """(first sentence = the action, the rest) of an advice text."""
    from backdiary.domain import redflags  # noqa: PLC0415 (imported when a finding is shown)

    return redflags.first_sentence(advice)


#: How long an unacknowledged urgent or emergency warning is shown again at start-up
#: (the app was closed or killed while its dialog was open).
UNREAD_REMINDER_HOURS = 24


def unread_serious(
    service: DiaryService, now: datetime
) -> tuple[Entry, list[StoredFinding]] | None:
    """The latest entry of the last :data:`UNREAD_REMINDER_HOURS` hours with urgent or
    emergency findings the user has not acknowledged, with those findings (or None)."""
    since = now.timestamp() - UNREAD_REMINDER_HOURS * 3600
    latest: Entry | None = None
    found: list[StoredFinding] = []
    # Newest entry first; only the entries of that span are read (instant index).
    for entry, finding in service.repo.unacknowledged_between(since, now.timestamp(), "urgent"):
        if finding.acknowledged or entry.instant < since or entry.instant > now.timestamp():
            continue
        if latest is None:
            latest = entry
        if entry.id == latest.id:
            found.append(finding)
    if latest is None:
        return None
    rank = {"emergency": 0, "urgent": 1}
    return latest, sorted(found, key=lambda f: (rank[f.urgency], f.rule))


class FindingSummary(QFrame):
    """A further serious finding in the dialog: urgency, title, what to do and why."""

    def __init__(
        self,
        finding: StoredFinding,
        region: Region,
        parent: QWidget | None = None,
        *,
        skip_action: str = "",
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(urgency_icon(finding.urgency).pixmap(20, 20))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        action = action_of(finding, region)
        action = "" if action == skip_action else action + " "
        self.text_label = text = QLabel(
            f"<b>{html.escape(texts.urgency_word(finding.urgency))} · "
            f"{html.escape(title_of(finding, region))}</b><br>"
            f"{html.escape(action)}{html.escape(why_of(finding, region))}"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text, 1)
        self.setAccessibleName(
            f"{texts.urgency_word(finding.urgency)}: {title_of(finding, region)}"
        )


class FlagDialog(QDialog):
    """An emergency or urgent warning that must be acknowledged.

    It states the action first (large), then why in one or two sentences; further
    serious findings of the same entry follow in short, and the full advice with
    its sources is one click away. It closes only when the user presses the
    acknowledge button: never by a timer, Escape or the window's close button.
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
        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(14)
        icon = QLabel()
        icon.setPixmap(urgency_icon(top.urgency).pixmap(48, 48))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        lead = QVBoxLayout()
        lead.setSpacing(6)
        self.action_label = QLabel(action_of(top, region))
        self.action_label.setWordWrap(True)
        self.action_label.setObjectName("action")
        font = self.action_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.action_label.setFont(font)
        self.action_label.setAccessibleName(self.tr("What to do now"))
        lead.addWidget(self.action_label)
        self.why_label = QLabel(why_of(top, region))
        self.why_label.setWordWrap(True)
        self.why_label.setObjectName("why")
        self.why_label.setAccessibleName(self.tr("Why"))
        lead.addWidget(self.why_label)
        self.entry_label = QLabel(
            self.tr("From your entry of {when}: {urgency} \u00b7 {title}").format(
                when=when, urgency=texts.urgency_word(top.urgency), title=title_of(top, region)
            )
        )
        self.entry_label.setWordWrap(True)
        small = self.entry_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.entry_label.setFont(small)
        lead.addWidget(self.entry_label)
        header.addLayout(lead, 1)
        layout.addLayout(header)

        # Further findings in short, then (on request) the full advice, in one scroll area.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.summaries: list[FindingSummary] = []
        if len(findings) > 1:
            also = QLabel(self.tr("The same entry also shows:"))
            also.setWordWrap(True)
            body_layout.addWidget(also)
            for finding in findings[1:]:
                summary = FindingSummary(finding, region, skip_action=action_of(top, region))
                self.summaries.append(summary)
                body_layout.addWidget(summary)
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[FindingCard] = []
        for finding in findings:
            card = FindingCard(finding, region)
            self.cards.append(card)
            details_layout.addWidget(card)
        self.details.setVisible(False)
        body_layout.addWidget(self.details)
        body_layout.addStretch(1)
        self._body_content = body
        self.body = QScrollArea()
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setVisible(bool(self.summaries))
        layout.addWidget(self.body, 1)

        self.details_button = QPushButton(self.tr("Show the full advice"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)

        from backdiary.domain.redflags.rules import SAFETY_NET  # noqa: PLC0415

        self.safety_label = QLabel(redflag_text(SAFETY_NET).format_map(region_placeholders(region)))
        self.safety_label.setWordWrap(True)
        layout.addWidget(self.safety_label)
        disclaimer = QLabel(texts.disclaimer())
        disclaimer.setWordWrap(True)
        disclaimer.setObjectName("disclaimer")
        disclaimer.setFont(small)
        layout.addWidget(disclaimer)

        footer = QHBoxLayout()
        hint = QLabel(self.tr("The advice also stays in the panel beside your entry."))
        hint.setWordWrap(True)
        hint.setFont(small)
        footer.addWidget(hint, 1)
        self.ack_button = QPushButton(self.tr("I have read this"))
        self.ack_button.setDefault(True)
        self.ack_button.setAccessibleName(self.tr("I have read this warning"))
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        footer.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(footer)
        self.setMinimumWidth(560)
        self.resize(600, 10)
        self._fit()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.body.setVisible(shown or bool(self.summaries))
        self.details_button.setText(
            self.tr("Hide the full advice") if shown else self.tr("Show the full advice")
        )
        self._fit()

    def _fit(self) -> None:
        """As tall as the content needs, within the screen (the body scrolls beyond)."""
        width = max(self.width(), 600)
        margins = self._layout.contentsMargins()
        inner = self._body_content
        inner_width = width - margins.left() - margins.right() - 4
        content = inner.heightForWidth(inner_width) if inner.hasHeightForWidth() else -1
        if content < 0:
            content = inner.sizeHint().height()
        self.body.setMaximumHeight(16777215 if self.details.isVisible() else content + 2)
        self._layout.activate()
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height < 0:
            height = self.sizeHint().height()
        screen = self.screen()
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * 0.85))
        self.resize(width, max(height, self.minimumSizeHint().height()))

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
        from backdiary.domain import redflags  # noqa: PLC0415

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
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Urgency"), self.tr("Warning"), self.tr("Read")]
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
            title.setData(Qt.ItemDataRole.UserRole, finding.rule)
            if finding.urgency not in DIALOG_URGENCIES:
                read = QTableWidgetItem("\u2013")
                read.setToolTip(self.tr("Shown in the panel; nothing to confirm"))
            elif finding.acknowledged:
                read = QTableWidgetItem(self.tr("Read"))
            else:
                read = QTableWidgetItem(self.tr("Not yet read"))
                bold = read.font()
                bold.setBold(True)
                read.setFont(bold)
            for col, item in enumerate((when, urgency, title, read)):
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
