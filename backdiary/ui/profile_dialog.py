"""Profile and pregnancy: the facts red-flag rules depend on.

Saving recomputes every entry's pregnancy week and red-flag findings.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain.model import Pregnancy, Profile, ValidationError
from backdiary.domain.pregnancy import completed_weeks
from backdiary.ui import texts
from backdiary.ui.widgets import describe_inputs


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _OptionalDate(QWidget):
    """A date edit with a "known" check box in front of it."""

    def __init__(self, label: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit(_qdate(default))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(texts.localized_date_format())
        self.edit.setAccessibleName(label)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        return _pydate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


class ProfileDialog(QDialog):
    """Edit the profile and the current (or most recent) pregnancy."""

    def __init__(
        self, profile: Profile, pregnancies: list[Pregnancy], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile and pregnancy"))
        self._earlier = pregnancies[:-1]
        today = date.today()
        form = QFormLayout()
        self.name = QLineEdit(profile.name)
        self.name.setAccessibleName(self.tr("Name (optional, shown on reports)"))
        form.addRow(self.tr("&Name (optional)"), self.name)
        self.birth = _OptionalDate(self.tr("Known"), date(1990, 1, 1))
        self.birth.set_value(profile.birth_date)
        self.birth.edit.setAccessibleName(self.tr("Date of birth"))
        form.addRow(self.tr("Date of &birth"), self.birth)
        self.prior = QCheckBox(self.tr("I had back pain before starting this diary"))
        self.prior.setChecked(profile.prior_back_pain)
        self.cancer = QCheckBox(self.tr("I have had cancer"))
        self.cancer.setChecked(profile.history_of_cancer)
        self.osteo = QCheckBox(self.tr("I have osteoporosis (thin bones)"))
        self.osteo.setChecked(profile.osteoporosis)
        self.steroids = QCheckBox(self.tr("I take steroid tablets long-term"))
        self.steroids.setChecked(profile.long_term_steroids)
        for box in (self.prior, self.cancer, self.osteo, self.steroids):
            form.addRow(box)

        preg = QGroupBox(self.tr("Pregnancy"))
        preg_form = QFormLayout(preg)
        current = pregnancies[-1] if pregnancies else None
        self.state = QComboBox()
        self.state.addItem(self.tr("Not pregnant"), "none")
        self.state.addItem(self.tr("Pregnant now"), "current")
        self.state.addItem(self.tr("Pregnancy has ended"), "ended")
        self.state.setAccessibleName(self.tr("Pregnancy"))
        preg_form.addRow(self.tr("&Status"), self.state)
        self.due = _OptionalDate(self.tr("Due date known"), today)
        self.lmp = _OptionalDate(self.tr("First day of last period known"), today)
        self.ended = QDateEdit(_qdate(today))
        self.ended.setCalendarPopup(True)
        self.ended.setDisplayFormat(texts.localized_date_format())
        self.ended.setAccessibleName(self.tr("Pregnancy ended on"))
        preg_form.addRow(self.tr("Due date"), self.due)
        preg_form.addRow(self.tr("Last period"), self.lmp)
        preg_form.addRow(self.tr("Ended on"), self.ended)
        self.week_label = QLabel()
        preg_form.addRow(self.week_label)
        if current is not None:
            self.state.setCurrentIndex(2 if current.ended_on else 1)
            self.due.set_value(current.due_date)
            self.lmp.set_value(current.lmp)
            if current.ended_on:
                self.ended.setDate(_qdate(current.ended_on))
        for signal in (
            self.state.currentIndexChanged,
            self.due.known.toggled,
            self.due.edit.dateChanged,
            self.lmp.known.toggled,
            self.lmp.edit.dateChanged,
        ):
            signal.connect(self._update)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preg)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        describe_inputs(self)
        self._update()

    def _current(self) -> Pregnancy | None:
        state = self.state.currentData()
        if state == "none":
            return None
        ended = _pydate(self.ended.date()) if state == "ended" else None
        return Pregnancy(due_date=self.due.value(), lmp=self.lmp.value(), ended_on=ended)

    def _update(self) -> None:
        state = self.state.currentData()
        for w in (self.due, self.lmp):
            w.setEnabled(state != "none")
        self.ended.setEnabled(state == "ended")
        try:
            current = self._current()
        except ValidationError as exc:
            self.week_label.setText(exc.message)
            return
        if current is None or state != "current":
            self.week_label.setText("")
            return
        weeks = completed_weeks(date.today(), current)
        self.week_label.setText(
            self.tr("Week unknown: a due date makes the pregnancy advice more precise.")
            if weeks is None
            else self.tr("Today: week {weeks}").format(weeks=weeks)
        )

    def values(self) -> tuple[Profile, list[Pregnancy]]:
        """The edited profile and pregnancies.

        Raises:
            ValidationError: when a value does not fit.
        """
        profile = Profile(
            birth_date=self.birth.value(),
            prior_back_pain=self.prior.isChecked(),
            history_of_cancer=self.cancer.isChecked(),
            osteoporosis=self.osteo.isChecked(),
            long_term_steroids=self.steroids.isChecked(),
            name=self.name.text().strip(),
        )
        current = self._current()
        pregnancies = list(self._earlier) + ([current] if current else [])
        return profile, pregnancies

    def accept(self) -> None:
        try:
            self.result_values = self.values()
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, profile: Profile, pregnancies: list[Pregnancy]
    ) -> tuple[Profile, list[Pregnancy]] | None:
        """Show the dialog; the edited values, or None when cancelled."""
        dialog = cls(profile, pregnancies, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_values
        return None
