"""The welcome screen shown once: a few facts for better advice, and the reminder.

Everything is optional; "Skip" and "Start" both mark the screen as seen
(``first_run_done``), so it never comes back on its own.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain.model import Pregnancy
from backdiary.services import DiaryService
from backdiary.ui import texts
from backdiary.ui.profile_dialog import ProfileDialog
from backdiary.ui.settings import Settings
from backdiary.ui.widgets import describe_inputs, fit_to_screen


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FirstRunDialog(QDialog):
    """Welcome: birth date, earlier back pain, a due date, and the daily reminder."""

    def __init__(
        self, service: DiaryService, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to backdiary"))
        self.setObjectName("FirstRunDialog")
        self._service = service
        self._settings = settings
        profile = service.profile()
        intro = QLabel(
            self.tr(
                "backdiary is a private diary for back cramps. It stays on this computer. "
                "A few facts make its warnings more precise; all of them are optional and "
                "can be changed later in Settings."
            )
        )
        intro.setWordWrap(True)

        about = QGroupBox(self.tr("About you"))
        aform = QFormLayout(about)
        self.birth_known = QCheckBox(self.tr("I want to give my date of birth"))
        self.birth_known.setChecked(profile.birth_date is not None)
        birth = profile.birth_date or date(1990, 1, 1)
        self.birth = QDateEdit(QDate(birth.year, birth.month, birth.day))
        self.birth.setDisplayFormat(texts.localized_date_format())
        self.birth.setCalendarPopup(True)
        self.birth.setAccessibleName(self.tr("Date of birth"))
        self.birth.setEnabled(self.birth_known.isChecked())
        self.birth_known.toggled.connect(self.birth.setEnabled)
        aform.addRow(self.birth_known, self.birth)
        self.prior = QCheckBox(self.tr("I had back pain before starting this diary"))
        self.prior.setChecked(profile.prior_back_pain)
        aform.addRow(self.prior)
        self.more_profile = QPushButton(self.tr("More about my health…"))
        self.more_profile.setAutoDefault(False)
        self.more_profile.clicked.connect(self._on_more_profile_clicked)
        aform.addRow(self.more_profile)

        preg = QGroupBox(self.tr("Pregnancy"))
        pform = QFormLayout(preg)
        self.pregnant = QCheckBox(self.tr("I am pregnant"))
        current = service.pregnancies()[-1] if service.pregnancies() else None
        self.pregnant.setChecked(current is not None and current.ended_on is None)
        ongoing_due = current.due_date if current and current.ended_on is None else None
        due = ongoing_due or date.today() + timedelta(weeks=20)  # never an old pregnancy's
        self.due_date = QDateEdit(QDate(due.year, due.month, due.day))
        self.due_date.setDisplayFormat(texts.localized_date_format())
        self.due_date.setCalendarPopup(True)
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.due_date.setEnabled(self.pregnant.isChecked())
        self.pregnant.toggled.connect(self.due_date.setEnabled)
        pform.addRow(self.pregnant)
        due_label = QLabel(self.tr("&Due date"))
        due_label.setBuddy(self.due_date)
        pform.addRow(due_label, self.due_date)

        reminder = QGroupBox(self.tr("Reminder"))
        rform = QFormLayout(reminder)
        self.reminder_on = QCheckBox(self.tr("Remind me each day if I have not logged anything"))
        self.reminder_on.setChecked(settings.reminder_enabled())
        at = settings.reminder_time()
        self.reminder_time = QTimeEdit(QTime(at.hour, at.minute))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Daily reminder time"))
        rform.addRow(self.reminder_on)
        time_label = QLabel(self.tr("Remind me &at"))
        time_label.setBuddy(self.reminder_time)
        rform.addRow(time_label, self.reminder_time)
        self.reminder_time.setEnabled(self.reminder_on.isChecked())
        self.reminder_on.toggled.connect(self.reminder_time.setEnabled)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        disclaimer = QLabel(texts.disclaimer())
        disclaimer.setWordWrap(True)
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        for part in (intro, about, preg, reminder, disclaimer):
            content.addWidget(part)
        content.addStretch(1)
        scroll = QScrollArea()  # large text on a small screen scrolls instead of squashing
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        describe_inputs(self)
        fit_to_screen(self, body.sizeHint() + QSize(40, self.buttons.sizeHint().height() + 40))

    def _on_more_profile_clicked(self) -> None:
        answer = ProfileDialog.ask(self, self._service.profile(), self._service.pregnancies())
        if answer is None:
            return
        profile, pregnancies = answer
        self._service.set_profile(profile)
        self._service.set_pregnancies(pregnancies)
        self.birth_known.setChecked(profile.birth_date is not None)
        if profile.birth_date is not None:
            b = profile.birth_date
            self.birth.setDate(QDate(b.year, b.month, b.day))
        self.prior.setChecked(profile.prior_back_pain)
        current = pregnancies[-1] if pregnancies else None
        self.pregnant.setChecked(current is not None and current.ended_on is None)
        if current is not None and current.due_date is not None:
            d = current.due_date
            self.due_date.setDate(QDate(d.year, d.month, d.day))

    def save(self) -> None:
        """Store the profile, the pregnancy and the reminder choice."""
        profile = dataclasses.replace(
            self._service.profile(),
            birth_date=_pydate(self.birth.date()) if self.birth_known.isChecked() else None,
            prior_back_pain=self.prior.isChecked(),
        )
        self._service.set_profile(profile)
        pregnancies = self._service.pregnancies()
        current = pregnancies[-1] if pregnancies else None
        ongoing = current is not None and current.ended_on is None
        if self.pregnant.isChecked():
            due = _pydate(self.due_date.date())
            if ongoing and current is not None:
                pregnancies[-1] = dataclasses.replace(current, due_date=due)
            else:
                pregnancies.append(Pregnancy(due_date=due))
            self._service.set_pregnancies(pregnancies)
        elif ongoing:
            self._service.set_pregnancies(pregnancies[:-1])
        self._settings.set_reminder_enabled(self.reminder_on.isChecked())
        t = self.reminder_time.time()
        self._settings.set_reminder_time(time(t.hour(), t.minute()))

    def done(self, result: int) -> None:
        """Accepted: save. Either way the welcome screen has now been seen."""
        if result == QDialog.DialogCode.Accepted:
            self.save()
        self._settings.set_first_run_done(True)
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, service: DiaryService, settings: Settings) -> bool:
        """Show the welcome screen; True when the user chose Start (and it was saved)."""
        dialog = cls(service, settings, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
