"""The entry form: log a cramp episode in a few seconds, or edit one.

The common case needs only the pain score and Save: Ctrl+N, a digit, Ctrl+Return.
"Same as last time" (Ctrl+L) copies the cause, factors, places and kind of pain
of the previous episode; the user's most used factor and relief tags come first.
Everything else is one click. The rarer red-flag questions sit in a collapsible group, and
the pregnancy questions appear when a pregnancy is recorded for that day.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, QEventLoop, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain.model import (
    COMMON_FACTORS,
    COMMON_RELIEF,
    MAX_NOTES_CHARS,
    Bleeding,
    Entry,
    LegExtent,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
    ValidationError,
)
from backdiary.domain.pregnancy import trimester
from backdiary.errors import KnownError
from backdiary.services import DiaryService
from backdiary.storage.repository import ALL
from backdiary.ui import texts
from backdiary.ui.texts import QT_TRANSLATE_NOOP, localized_datetime_format
from backdiary.ui.theme import error_style
from backdiary.ui.widgets import ChoiceButtons, SeverityScale, TagPicker, describe_inputs

E = TypeVar("E", bound=StrEnum)

#: Red-flag yes/no questions, worded "new, and not normal for you".
_Q = "EntryDialog"
RED_FLAG_QUESTIONS: tuple[tuple[str, str], ...] = (
    #: Clinical text: a clinician must review this translation.
    (
        "saddle_numbness",
        QT_TRANSLATE_NOOP(
            "EntryDialog", "Numbness or tingling around the genitals, bottom or inner thighs"
        ),
    ),
    #: Clinical text: a clinician must review this translation.
    (
        "bladder_change",
        QT_TRANSLATE_NOOP("EntryDialog", "New difficulty peeing, or loss of bladder control"),
    ),
    #: Clinical text: a clinician must review this translation.
    ("bowel_change", QT_TRANSLATE_NOOP("EntryDialog", "New loss of bowel control or feeling")),
    #: Clinical text: a clinician must review this translation.
    (
        "sexual_dysfunction_new",
        QT_TRANSLATE_NOOP(
            "EntryDialog", "New loss of feeling in the genitals, or erection problems"
        ),
    ),
    #: Clinical text: a clinician must review this translation.
    ("weight_loss_unexplained", QT_TRANSLATE_NOOP("EntryDialog", "Weight loss you cannot explain")),
    #: Clinical text: a clinician must review this translation.
    ("chest_pain", QT_TRANSLATE_NOOP("EntryDialog", "Chest pain")),
    #: Clinical text: a clinician must review this translation.
    (
        "back_lump_or_deformity",
        QT_TRANSLATE_NOOP("EntryDialog", "A new lump or change in the shape of the back"),
    ),
)
PREGNANCY_QUESTIONS: tuple[tuple[str, str], ...] = (
    #: Clinical text: a clinician must review this translation.
    ("fluid_leak", QT_TRANSLATE_NOOP("EntryDialog", "A gush or trickle of fluid from the vagina")),
    #: Clinical text: a clinician must review this translation.
    (
        "pelvic_pressure",
        QT_TRANSLATE_NOOP("EntryDialog", "Pressure low in the pelvis, or period-type pain"),
    ),
    #: Clinical text: a clinician must review this translation.
    ("shoulder_tip_pain", QT_TRANSLATE_NOOP("EntryDialog", "Pain in the tip of the shoulder")),
    #: Clinical text: a clinician must review this translation.
    (
        "one_sided_lower_abdominal_pain",
        QT_TRANSLATE_NOOP("EntryDialog", "Pain low down on one side of the tummy"),
    ),
    #: Clinical text: a clinician must review this translation.
    ("dizzy_or_faint", QT_TRANSLATE_NOOP("EntryDialog", "Feeling dizzy or faint")),
    #: Clinical text: a clinician must review this translation.
    ("reduced_fetal_movements", QT_TRANSLATE_NOOP("EntryDialog", "Baby moving less than usual")),
)
#: How many of the user's own tags (beyond the suggestions) get a button.
MAX_OWN_TAGS = 8


def ordered_tags(common: Sequence[str], used: Sequence[tuple[str, int]]) -> list[str]:
    """The user's most used tags first, then the remaining suggestions.

    Args:
        common: the suggested tags in their default order.
        used: ``(tag, count)`` most used first (:meth:`DiaryService.used_tags`).
    """
    own = 0
    result: list[str] = []
    for tag, _count in used:
        if tag not in common:
            if own >= MAX_OWN_TAGS:
                continue
            own += 1
        result.append(tag)
    result.extend(t for t in common if t not in result)
    return result


#: How many recent entries decide which causes, places and kinds of pain come first.
USAGE_WINDOW = 100


def by_use(values: Sequence[E], counts: Counter[str]) -> list[E]:
    """``values`` with the most used first; ties (and unused ones) keep their order."""
    position = {v: i for i, v in enumerate(values)}
    return sorted(values, key=lambda v: (-counts[str(v.value)], position[v]))


def _combo(items: list[tuple[Any, str]], name: str) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    combo.setAccessibleName(name)
    return combo


def _value(combo: QComboBox, cls: type[E]) -> E | None:
    """The combo's current value as ``cls`` (Qt hands item data back as plain str)."""
    data = combo.currentData()
    return None if data is None else cls(data)


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class EntryDialog(QDialog):
    """Create or edit one entry. Use :meth:`ask` from code; tests may monkeypatch it."""

    def __init__(
        self,
        service: DiaryService,
        entry: Entry | None = None,
        parent: QWidget | None = None,
        saver: Callable[[Entry], object] | None = None,
        *,
        start: datetime | None = None,
        duration_min: float | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = entry
        self._saver = saver
        self.result_entry: Entry | None = None
        self.saved: object = None
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New entry"))
        self.setObjectName("EntryDialog")
        self._previous = self._previous_episode() if entry is None else None
        self._build()
        self._load(entry)
        if entry is None:
            self._prefill(start, duration_min)
        self._set_tab_order()
        describe_inputs(self)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """760×820, or less on a small screen (the form scrolls)."""
        width, height = max(760, self._form_host.sizeHint().width() + 60), 820
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, 320), max(height, 300))

    def _previous_episode(self) -> Entry | None:
        """The most recent entry with pain (check-ins have nothing to copy)."""
        latest = self._service.latest_entry()
        if latest is None or latest.nrs > 0:
            return latest
        for listed in self._service.page(ALL, limit=20):
            if listed.entry.nrs > 0:
                return listed.entry
        return None

    def _usage(self) -> dict[str, Counter[str]]:
        """How often the recent episodes used each cause, place and kind of pain."""
        used: dict[str, Counter[str]] = {
            "trigger": Counter(),
            "where": Counter(),
            "quality": Counter(),
        }
        for listed in self._service.page(ALL, limit=USAGE_WINDOW):
            entry = listed.entry
            if entry.nrs == 0:
                continue  # a pain-free check-in says nothing about causes
            if entry.trigger is not Trigger.NONE:
                used["trigger"][str(entry.trigger.value)] += 1
            used["where"].update(str(v.value) for v in entry.pain_locations)
            used["quality"].update(str(v.value) for v in entry.pain_qualities)
        return used

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        form_host = QWidget()
        self._form_host = form_host
        form = QVBoxLayout(form_host)

        basics = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(localized_datetime_format())
        self.when.setAccessibleName(self.tr("When it started"))
        basics.addRow(self.tr("&When it started"), self.when)
        self.severity = SeverityScale()
        pain_label = QLabel(self.tr("&Pain (0–10)"))
        pain_label.setBuddy(self.severity.slider)
        basics.addRow(pain_label, self.severity)
        duration_row = QHBoxLayout()
        self.duration = QSpinBox()
        self.duration.setRange(-1, 60 * 24 * 90)
        self.duration.setSpecialValueText(self.tr("not recorded"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setAccessibleDescription(
            self.tr("Lowest value means not recorded. Cramp started and ended in the tray fill it.")
        )
        self.onset = _combo(
            [(None, self.tr("Onset not recorded"))] + [(o, texts.label(o)) for o in Onset],
            self.tr("How it started"),
        )
        duration_row.addWidget(self.duration)
        duration_row.addWidget(self.onset)
        duration_row.addStretch(1)
        duration_label = QLabel(self.tr("&Duration"))
        duration_label.setBuddy(self.duration)
        basics.addRow(duration_label, duration_row)
        self.pregnancy_label = QLabel()
        self.pregnancy_label.setAccessibleName(self.tr("Pregnancy week"))
        basics.addRow(self.pregnancy_label)
        form.addLayout(basics)

        same_row = QHBoxLayout()
        self.same_button = QPushButton(self.tr("Same as last time"))
        self.same_button.setAutoDefault(False)
        self.same_button.setToolTip(
            self.tr("Copy cause, places, kind of pain and factors of your last episode (Ctrl+L)")
        )
        self.same_button.setAccessibleName(self.tr("Same as last time"))
        self.same_button.setAccessibleDescription(self.same_button.toolTip())
        self.same_button.clicked.connect(self.copy_previous)
        self.same_summary = QLabel()
        self.same_summary.setWordWrap(True)
        same_row.addWidget(self.same_button)
        same_row.addWidget(self.same_summary, 1)
        form.addLayout(same_row)
        if self._previous is None:
            self.same_button.setEnabled(False)
            self.same_summary.setText(self.tr("No earlier episode to copy yet."))
        else:
            self.same_summary.setText(self._summary(self._previous))
        QShortcut(QKeySequence("Ctrl+L"), self, self.copy_previous)

        used = self._usage()
        self.trigger = ChoiceButtons(
            [(t.value, texts.label(t)) for t in by_use(list(Trigger), used["trigger"])],
            exclusive=True,
            name=self.tr("Cause"),
        )
        form.addWidget(self._group(self.tr("What set it off?"), self.trigger))
        self.locations = ChoiceButtons(
            [(v.value, texts.label(v)) for v in by_use(list(Location), used["where"])],
            exclusive=False,
            name=self.tr("Where"),
        )
        form.addWidget(self._group(self.tr("Where did it hurt?"), self.locations))
        self.qualities = ChoiceButtons(
            [(v.value, texts.label(v)) for v in by_use(list(Quality), used["quality"])],
            exclusive=False,
            name=self.tr("What it felt like"),
            columns=5,
        )
        form.addWidget(self._group(self.tr("What did it feel like?"), self.qualities))

        common = QWidget()
        common_layout = QFormLayout(common)
        self.nerve = ChoiceButtons(
            [(v.value, texts.label(v)) for v in NerveSymptom],
            exclusive=False,
            name=self.tr("Nerve symptoms"),
            columns=3,
        )
        common_layout.addRow(self.tr("In back or legs"), self.nerve)
        self.leg_symptoms = _combo(
            [(v, texts.label(v) if v is not LegExtent.NONE else self.tr("No")) for v in LegExtent],
            self.tr("Pain, numbness or tingling spreading into the legs"),
        )
        common_layout.addRow(self.tr("Spreading into the &legs"), self.leg_symptoms)
        temp_row = QHBoxLayout()
        self.fever = QCheckBox(self.tr("Feverish or shivery"))
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(29.9, 45.0)
        self.temperature.setDecimals(1)
        self.temperature.setSingleStep(0.1)
        self.temperature.setSpecialValueText(self.tr("not measured"))
        self.temperature.setSuffix(" °C")
        self.temperature.setAccessibleName(self.tr("Temperature in degrees Celsius"))
        temp_row.addWidget(self.fever)
        temp_row.addWidget(self.temperature)
        temp_row.addStretch(1)
        common_layout.addRow(self.tr("Temperature"), temp_row)
        self.diarrhea = QCheckBox(self.tr("Diarrhoea"))
        self.night_pain = QCheckBox(self.tr("Worse at night, or not eased by rest"))
        common_layout.addRow(self.diarrhea)
        common_layout.addRow(self.night_pain)
        form.addWidget(self._group(self.tr("Other symptoms"), common))

        form.addWidget(self._build_red_flags())

        self.factors = TagPicker(
            ordered_tags(COMMON_FACTORS, self._service.used_tags("factors")),
            self.tr("Made it worse"),
        )
        form.addWidget(self._group(self.tr("What made it worse?"), self.factors))
        relief_host = QWidget()
        relief_layout = QVBoxLayout(relief_host)
        relief_layout.setContentsMargins(0, 0, 0, 0)
        self.relief = TagPicker(
            ordered_tags(COMMON_RELIEF, self._service.used_tags("relief")), self.tr("Relief tried")
        )
        self.relief_helped = _combo(
            [(None, self.tr("Did it help? (not recorded)"))]
            + [(v, texts.label(v)) for v in ReliefHelped],
            self.tr("Did the relief help?"),
        )
        relief_layout.addWidget(self.relief)
        relief_layout.addWidget(self.relief_helped)
        form.addWidget(self._group(self.tr("What did you try?"), relief_host))
        form.addWidget(self._group(self.tr("Medicines taken"), self._build_medications()))

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.notes_count = QLabel()
        self.notes.textChanged.connect(self._on_notes_text_changed)
        notes_host = QWidget()
        notes_layout = QVBoxLayout(notes_host)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.notes_count, 0, Qt.AlignmentFlag.AlignRight)
        form.addWidget(self._group(self.tr("Notes"), notes_host))
        form.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        self._scroll = scroll

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setStyleSheet(f"QLabel#error {{ {error_style()} }}")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Return)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.when.dateTimeChanged.connect(self._update_pregnancy)

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _build_red_flags(self) -> QWidget:
        host = QWidget()
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        self.more_toggle = QToolButton()
        self.more_toggle.setText(self.tr("More questions: warning signs"))
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_toggle.setAccessibleName(self.tr("Show more questions about warning signs"))
        self.more_box = QGroupBox(self.tr("Only tick what is new, and not normal for you"))
        box = QFormLayout(self.more_box)
        self.flag_checks: dict[str, QCheckBox] = {}
        for key, text in RED_FLAG_QUESTIONS:
            check = QCheckBox(QCoreApplication.translate(_Q, text))
            self.flag_checks[key] = check
            box.addRow(check)
        self.leg_weakness = _combo(
            [(v, texts.label(v) if v is not LegExtent.NONE else self.tr("No")) for v in LegExtent],
            self.tr("New weakness in a leg, or foot catching or dragging"),
        )
        box.addRow(self.tr("New leg &weakness or foot dragging"), self.leg_weakness)
        self.urinary = ChoiceButtons(
            [(v.value, texts.label(v)) for v in UrinarySymptom],
            exclusive=False,
            name=self.tr("Urine"),
            columns=3,
        )
        box.addRow(self.tr("Urine"), self.urinary)

        self.pregnancy_box = QGroupBox(self.tr("Pregnancy"))
        preg = QFormLayout(self.pregnancy_box)
        self.bleeding = _combo(
            [(v, texts.label(v) if v is not Bleeding.NONE else self.tr("No bleeding"))
             for v in Bleeding],
            self.tr("Vaginal bleeding"),
        )  # fmt: skip
        preg.addRow(self.tr("&Bleeding"), self.bleeding)
        for key, text in PREGNANCY_QUESTIONS:
            check = QCheckBox(QCoreApplication.translate(_Q, text))
            self.flag_checks[key] = check
            preg.addRow(check)
        self.preeclampsia = ChoiceButtons(
            [(v.value, texts.label(v)) for v in PreeclampsiaSign],
            exclusive=False,
            name=self.tr("Pre-eclampsia signs"),
            columns=2,
        )
        preg.addRow(self.preeclampsia)
        box.addRow(self.pregnancy_box)
        self.more_box.setVisible(False)
        self.more_toggle.toggled.connect(self._on_more_toggle_toggled)
        outer.addWidget(self.more_toggle)
        outer.addWidget(self.more_box)
        return host

    def _build_medications(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meds = QTableWidget(0, 3)
        self.meds.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Dose"), self.tr("Unit")])
        self.meds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.meds.setAccessibleName(self.tr("Medicines taken"))
        self.meds.setTabKeyNavigation(False)
        self.meds.setMaximumHeight(120)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add medicine"))
        add.setAutoDefault(False)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setAccessibleName(self.tr("Remove the selected medicine"))
        remove.setAutoDefault(False)
        self.add_med_button, self.remove_med_button = add, remove
        add.clicked.connect(lambda: self._add_med_row(None))
        remove.clicked.connect(self._remove_med_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addWidget(self.meds)
        layout.addLayout(row)
        return host

    def _add_med_row(self, med: Medication | None) -> None:
        r = self.meds.rowCount()
        self.meds.insertRow(r)
        values = (
            ("", "", "mg")
            if med is None
            else (med.name, "" if med.dose is None else f"{med.dose:g}", med.unit or "")
        )
        for c, v in enumerate(values):
            self.meds.setItem(r, c, QTableWidgetItem(v))
        self.meds.setCurrentCell(r, 0)
        first = self.meds.item(r, 0)
        if med is None and first is not None:
            self.meds.editItem(first)

    def _remove_med_row(self) -> None:
        rows = sorted({i.row() for i in self.meds.selectedIndexes()}, reverse=True)
        for r in rows:
            self.meds.removeRow(r)

    def _set_tab_order(self) -> None:
        """Tab follows the form top to bottom and ends on Save, then Cancel."""
        chain: list[QWidget] = [
            self.when, self.severity.slider, self.duration, self.onset, self.same_button,
            *self.trigger.buttons(), *self.locations.buttons(), *self.qualities.buttons(),
            *self.nerve.buttons(), self.leg_symptoms, self.fever, self.temperature,
            self.diarrhea, self.night_pain, self.more_toggle, *self.flag_checks_in_order(),
            self.leg_weakness, *self.urinary.buttons(), self.bleeding,
            *self.preeclampsia.buttons(), *self.factors.focus_chain(),
            *self.relief.focus_chain(), self.relief_helped, self.meds, self.add_med_button,
            self.remove_med_button, self.notes,
        ]  # fmt: skip
        for button_type in (QDialogButtonBox.StandardButton.Save,
                            QDialogButtonBox.StandardButton.Cancel):  # fmt: skip
            button = self.buttons.button(button_type)
            if button is not None:
                chain.append(button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def flag_checks_in_order(self) -> list[QCheckBox]:
        """The warning-sign check boxes in the order shown."""
        keys = [k for k, _ in RED_FLAG_QUESTIONS] + [k for k, _ in PREGNANCY_QUESTIONS]
        return [self.flag_checks[k] for k in keys]

    def showEvent(self, event: QShowEvent) -> None:
        """Start on the pain scale: a digit sets the score, Ctrl+Return saves."""
        super().showEvent(event)
        self.fit_width()
        if self._original is None:
            self.severity.slider.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Return saves even when the shortcut did not fire (window not yet active)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        if event.key() == Qt.Key.Key_L and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.copy_previous()
            return
        super().keyPressEvent(event)

    def fit_width(self) -> None:
        """Widen the dialog (within the screen) so the form needs no sideways scrolling.

        The polished form (long German words, a bigger text size) can be wider than
        the first estimate; a hidden part shown later (warning signs) as well.
        """
        needed = self._form_host.minimumSizeHint().width()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        overhead = self.width() - self._scroll.viewport().width()
        if not self._scroll.verticalScrollBar().isVisible():
            overhead += bar
        width = needed + overhead
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        if width > self.width():
            self.resize(width, self.height())

    # ------------------------------------------------------------------ same as last time
    def _summary(self, entry: Entry) -> str:
        parts = [texts.label(entry.trigger)] if entry.trigger is not Trigger.NONE else []
        parts += [texts.label(v) for v in sorted(entry.pain_locations)]
        parts += [texts.label(v) for v in sorted(entry.pain_qualities)]
        parts += [texts.label(v) for v in entry.factors]
        return self.tr("Last time: {what}").format(
            what=QLocale().createSeparatedList(parts) if parts else self.tr("nothing recorded")
        )

    def copy_previous(self) -> None:
        """Copy cause, factors, places and kind of pain of the previous episode."""
        previous = self._previous
        if previous is None:
            return
        self.trigger.set_selected([previous.trigger.value])
        self.factors.set_selected(previous.factors)
        self.locations.set_selected(v.value for v in previous.pain_locations)
        self.qualities.set_selected(v.value for v in previous.pain_qualities)

    def _prefill(self, start: datetime | None, duration_min: float | None) -> None:
        """Start time and duration from the cramp timer."""
        if start is not None:
            ts = start.replace(tzinfo=None) if start.tzinfo is None else start.astimezone()
            self.when.setDateTime(
                QDateTime(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second)
            )
        if duration_min is not None:
            self.duration.setValue(max(0, round(duration_min)))

    # ------------------------------------------------------------------ loading
    def _load(self, entry: Entry | None) -> None:
        if entry is None:
            self.when.setDateTime(QDateTime.currentDateTime())
            self.severity.set_value(0)
            self.duration.setValue(-1)
            self.trigger.set_selected([Trigger.NONE.value])
            self.locations.set_selected([Location.LOWER_BACK.value])
            self.temperature.setValue(self.temperature.minimum())
            self._update_pregnancy()
            self._on_notes_text_changed()
            return
        ts = entry.local_time
        self.when.setDateTime(QDateTime(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second))
        self.severity.set_value(entry.nrs)
        self.duration.setValue(
            -1 if entry.episode_duration_min is None else round(entry.episode_duration_min)
        )
        _select(self.onset, entry.onset)
        self.trigger.set_selected([entry.trigger.value])
        self.locations.set_selected(v.value for v in entry.pain_locations)
        self.qualities.set_selected(v.value for v in entry.pain_qualities)
        self.nerve.set_selected(v.value for v in entry.nerve_symptoms)
        _select(self.leg_symptoms, entry.leg_symptoms)
        _select(self.leg_weakness, entry.leg_weakness)
        self.fever.setChecked(entry.fever)
        self.temperature.setValue(
            self.temperature.minimum() if entry.temperature_c is None else entry.temperature_c
        )
        self.diarrhea.setChecked(entry.diarrhea)
        self.night_pain.setChecked(entry.night_pain)
        for key, check in self.flag_checks.items():
            check.setChecked(bool(getattr(entry, key)))
        self.urinary.set_selected(v.value for v in entry.urinary_symptoms)
        _select(self.bleeding, entry.vaginal_bleeding)
        self.preeclampsia.set_selected(v.value for v in entry.preeclampsia_signs)
        self.factors.set_selected(entry.factors)
        self.relief.set_selected(entry.relief)
        _select(self.relief_helped, entry.relief_helped)
        for med in entry.medications:
            self._add_med_row(med)
        self.notes.setPlainText(entry.notes)
        if (
            any(c.isChecked() for c in self.flag_checks.values())
            or entry.urinary_symptoms
            or (
                entry.leg_weakness is not LegExtent.NONE
                or entry.vaginal_bleeding is not Bleeding.NONE
            )
        ):
            self.more_toggle.setChecked(True)
        self._update_pregnancy()

    # ------------------------------------------------------------------ reading
    def _timestamp(self) -> datetime:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
        return naive.astimezone()

    def _pregnancy_state(self) -> tuple[bool, int | None]:
        if self._original is not None and self._original.pregnancy_explicit:
            return self._original.pregnant, self._original.gestational_weeks
        return self._service.current_pregnancy_state(self._timestamp().date())

    def _cell(self, row: int, column: int) -> str:
        item = self.meds.item(row, column)
        return "" if item is None else item.text().strip()

    def _medications(self) -> tuple[Medication, ...]:
        meds = []
        for r in range(self.meds.rowCount()):
            cells = [self._cell(r, c) for c in range(3)]
            name, dose_text, unit = cells
            if not name:
                continue
            try:
                dose = float(dose_text.replace(",", ".")) if dose_text else None
            except ValueError:
                raise ValidationError(
                    "medications", self.tr("the dose of {name} is not a number").format(name=name)
                ) from None
            meds.append(Medication(name=name, dose=dose, unit=unit or None))
        return tuple(meds)

    def entry(self) -> Entry:
        """The entry the form describes.

        Raises:
            ValidationError: naming the field that needs fixing.
        """
        pregnant, weeks = self._pregnancy_state()
        temperature = self.temperature.value()
        values: dict[str, Any] = {
            "timestamp": self._timestamp(),
            "nrs": self.severity.value(),
            "episode_duration_min": None
            if self.duration.value() < 0
            else float(self.duration.value()),
            "onset": _value(self.onset, Onset),
            "trigger": Trigger(self.trigger.selected()[0] if self.trigger.selected() else "none"),
            "pain_locations": frozenset(Location(v) for v in self.locations.selected()),
            "pain_qualities": frozenset(Quality(v) for v in self.qualities.selected()),
            "nerve_symptoms": frozenset(NerveSymptom(v) for v in self.nerve.selected()),
            "leg_symptoms": _value(self.leg_symptoms, LegExtent),
            "leg_weakness": _value(self.leg_weakness, LegExtent),
            "fever": self.fever.isChecked(),
            "temperature_c": None
            if temperature <= self.temperature.minimum()
            else round(temperature, 1),
            "diarrhea": self.diarrhea.isChecked(),
            "night_pain": self.night_pain.isChecked(),
            "urinary_symptoms": frozenset(UrinarySymptom(v) for v in self.urinary.selected()),
            "factors": self.factors.selected(),
            "relief": self.relief.selected(),
            "relief_helped": _value(self.relief_helped, ReliefHelped),
            "medications": self._medications(),
            "notes": self.notes.toPlainText(),
            "pregnant": pregnant,
            "gestational_weeks": weeks if pregnant else None,
        }
        for key, check in self.flag_checks.items():
            values[key] = check.isChecked() if (pregnant or key not in dict(PREGNANCY_QUESTIONS)) \
                else False  # fmt: skip
        if pregnant:
            values["vaginal_bleeding"] = _value(self.bleeding, Bleeding)
            values["preeclampsia_signs"] = frozenset(
                PreeclampsiaSign(v) for v in self.preeclampsia.selected()
            )
        else:
            values["vaginal_bleeding"] = Bleeding.NONE
            values["preeclampsia_signs"] = frozenset()
        if self._original is not None:
            return dataclasses.replace(self._original, **values)
        return Entry(**values)

    # ------------------------------------------------------------------ slots
    def _on_more_toggle_toggled(self, checked: bool) -> None:
        self.more_box.setVisible(checked)
        self.more_toggle.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        if checked and self.isVisible():
            layout = self._form_host.layout()
            if layout is not None:
                layout.activate()
            self.fit_width()

    def _on_notes_text_changed(self) -> None:
        n = len(self.notes.toPlainText())
        self.notes_count.setText(
            self.tr("{n} of {max} characters").format(n=n, max=MAX_NOTES_CHARS)
        )

    def _update_pregnancy(self) -> None:
        pregnant, weeks = self._pregnancy_state()
        self.pregnancy_box.setVisible(pregnant)
        if not pregnant:
            self.pregnancy_label.hide()
            return
        if weeks is None:
            text = self.tr("Pregnant, week unknown: add a due date in Profile for better advice.")
        else:
            text = self.tr("Pregnant: week {weeks} (trimester {t})").format(
                weeks=weeks, t=int(trimester(weeks))
            )
        self.pregnancy_label.setText(text)
        self.pregnancy_label.show()

    def show_error(self, message: str) -> None:
        """Show a problem above the buttons; everything typed stays in the form."""
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        """Validate, then save through the saver (if any); on a problem stay open."""
        try:
            entry = self.entry()
        except ValidationError as exc:
            self.show_error(
                self.tr("Please check {field}: {message}").format(
                    field=exc.field.replace("_", " "), message=exc.message
                )
            )
            return
        if self._saver is not None:
            try:
                self.saved = self._saver(entry)
            except KnownError as exc:
                self.show_error(self.tr("Not saved: {problem}").format(problem=exc.full_message()))
                return
        self.result_entry = entry
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        service: DiaryService,
        entry: Entry | None = None,
        saver: Callable[[Entry], object] | None = None,
        *,
        start: datetime | None = None,
        duration_min: float | None = None,
    ) -> tuple[Entry, object] | None:
        """Show the dialog; return (entry, what the saver returned), or None when cancelled.

        Args:
            parent: the window to centre on.
            service: the open diary.
            entry: the entry to edit, or None for a new one.
            saver: stores the entry (and may raise :class:`KnownError`).
            start: for a new entry, when the cramp started (the tray's cramp timer).
            duration_min: for a new entry, how long it lasted.
        """
        dialog = cls(service, entry, parent, saver, start=start, duration_min=duration_min)
        # Building and polishing the form takes a few tens of milliseconds: do it all
        # before showing, then let timers that fell due meanwhile run, so that showing is
        # quick and the dialog is active (and has the keyboard) before anything else looks
        # at it.
        dialog.ensurePolished()
        layout = dialog.layout()
        if layout is not None:
            layout.activate()
        dialog.winId()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_entry is not None:
                return dialog.result_entry, dialog.saved
            return None
        finally:
            dialog.deleteLater()
