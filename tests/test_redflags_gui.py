"""The warning dialog, the findings panel and the Warnings view, driven directly.

The dialog states the action first, then why in one or two sentences, lists further
serious findings in short, shows the full advice on request, and closes only through
its acknowledge button: Escape, the close button and ``reject()`` leave it open.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backdiary.domain import redflags
from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    NerveSymptom,
    Onset,
    Profile,
    Trigger,
)
from backdiary.domain.region import UK, US, Region
from backdiary.paths import AppPaths
from backdiary.services import DiaryService, _stored
from backdiary.storage.repository import StoredFinding
from backdiary.ui.entry_model import Column
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.redflag_views import (
    FindingsPanel,
    FlagDialog,
    action_of,
    advice_of,
    why_of,
)

WHEN = "03/03/2025 09:00"


def stored(entry: Entry, profile: Profile | None = None) -> list[StoredFinding]:
    found = redflags.evaluate(profile or Profile(age_years=40), entry, ())
    return [_stored(f) for f in found]


def serious(entry: Entry, profile: Profile | None = None) -> list[StoredFinding]:
    return [f for f in stored(entry, profile) if f.urgency in ("emergency", "urgent")]


def at(**fields: object) -> Entry:
    return Entry(timestamp=datetime(2025, 3, 3, 9, 0), **fields)  # type: ignore[arg-type]


@pytest.fixture
def dialog_for(qtbot: QtBot) -> Iterator[object]:
    made: list[FlagDialog] = []

    def make(findings: list[StoredFinding], region: Region = UK) -> FlagDialog:
        dialog = FlagDialog(findings, region, WHEN)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield make
    for d in made:
        d._acknowledged = True  # let the fixture close it


def test_emergency_dialog_action_first_then_why(dialog_for: object) -> None:
    findings = serious(at(nrs=6, saddle_numbness=True))
    dialog: FlagDialog = dialog_for(findings)  # type: ignore[operator]
    assert dialog.windowTitle() == "Get help now"
    assert dialog.action_label.text() == "Call 999 or go to A&E now."
    assert dialog.action_label.font().bold()
    why = dialog.why_label.text()
    assert "could be signs of cauda equina syndrome" in why
    assert 1 <= len(re.findall(r"[.!?](\s|$)", why)) <= 2
    assert "Possible cauda equina syndrome" in dialog.entry_label.text()
    assert WHEN in dialog.entry_label.text()
    assert dialog.summaries == []
    assert not dialog.details.isVisible()


def test_urgent_dialog_names_whom_to_contact(dialog_for: object) -> None:
    entry = at(nrs=3, pregnant=True, gestational_weeks=22, vaginal_bleeding=Bleeding.SPOTTING)
    dialog: FlagDialog = dialog_for(serious(entry))  # type: ignore[operator]
    assert dialog.windowTitle() == "Get advice today"
    assert dialog.action_label.text().startswith("Get this checked today: contact your midwife")
    assert "NHS 111" in dialog.action_label.text()
    assert "same day" in dialog.why_label.text()


def test_dialog_uses_the_region_numbers(dialog_for: object) -> None:
    dialog: FlagDialog = dialog_for(serious(at(chest_pain=True)), US)  # type: ignore[operator]
    assert dialog.action_label.text() == "Call 911 or go to the emergency room now."
    assert dialog.safety_label.text().endswith("in an emergency call 911.")


def test_dialog_lists_further_findings_in_short(dialog_for: object) -> None:
    entry = at(nrs=7, saddle_numbness=True, night_pain=True, fever=True)
    findings = serious(entry, Profile(age_years=60, history_of_cancer=True))
    assert [f.rule for f in findings] == ["CANCER_HISTORY", "CES", "FEVER", "NIGHT_PAIN"]
    dialog: FlagDialog = dialog_for(findings)  # type: ignore[operator]
    assert dialog.action_label.text() == "Call 999 or go to A&E now."
    assert [s.finding.rule for s in dialog.summaries] == ["CES", "FEVER", "NIGHT_PAIN"]
    texts = [s.text_label.text() for s in dialog.summaries]
    # the emergency action is not repeated under the header that already says it
    assert "Call 999 or go to A&amp;E now." not in texts[0]
    assert "Ask for an urgent GP appointment" in texts[2]


def test_full_advice_on_request(qtbot: QtBot, dialog_for: object) -> None:
    findings = serious(at(nrs=6, bowel_change=True, chest_pain=True))
    dialog: FlagDialog = dialog_for(findings)  # type: ignore[operator]
    assert [c.finding.rule for c in dialog.cards] == ["CES", "CHEST_PAIN"]
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert dialog.details_button.text() == "Hide the full advice"
    card_texts = " ".join(label.text() for c in dialog.cards for label in c.findChildren(QLabel))
    assert advice_of(findings[0], UK) in card_texts and "Source:" in card_texts
    assert dialog.height() >= dialog.minimumSizeHint().height()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert not dialog.details.isVisible()
    assert dialog.isVisible()


def test_escape_close_and_reject_do_not_dismiss(qtbot: QtBot, dialog_for: object) -> None:
    dialog: FlagDialog = dialog_for(serious(at(night_pain=True)))  # type: ignore[operator]
    seen: list[bool] = []
    dialog.acknowledged.connect(lambda: seen.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.reject()
    assert dialog.isVisible()
    dialog.close()
    assert dialog.isVisible() and not dialog.is_acknowledged
    qtbot.wait(50)  # nothing dismisses it on a timer
    assert dialog.isVisible() and seen == []
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    assert dialog.is_acknowledged and seen == [True]
    assert not dialog.isVisible()


def test_acknowledge_button_is_the_default(dialog_for: object) -> None:
    dialog: FlagDialog = dialog_for(serious(at(night_pain=True)))  # type: ignore[operator]
    assert dialog.ack_button.isDefault()
    assert not dialog.details_button.autoDefault()
    assert dialog.ack_button.text() == "I have read this"


def test_every_serious_rule_has_a_short_why_and_an_action() -> None:
    for r in redflags.RULES:
        for urgency in r.urgencies:
            f = StoredFinding(r.id, urgency.value, redflags.RULESET_VERSION)
            why = why_of(f, UK)
            assert why and "you have" not in why.lower()
            assert 1 <= len(re.findall(r"[.!?](\s|$)", why)) <= 2, (r.id, why)
            action = action_of(f, UK)
            assert advice_of(f, UK).startswith(action)
            if urgency is redflags.Urgency.EMERGENCY:
                assert action == "Call 999 or go to A&E now."


# ------------------------------------------------------------- panel
def test_panel_shows_gp_and_info_with_the_disclaimer(qtbot: QtBot) -> None:
    panel = FindingsPanel(UK)
    qtbot.addWidget(panel)
    entry = at(nrs=5, trigger=Trigger.LIFTING, onset=Onset.SUDDEN)
    panel.show_findings(entry, stored(entry))
    [card] = panel.cards()
    assert (card.finding.rule, card.finding.urgency) == ("INJURY_STRAIN", "info")
    labels = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "does not diagnose" in labels and "contact a clinician" in labels
    assert "Information" in labels or "info" in labels.lower()
    panel.show_findings(entry, [])
    assert panel.cards() == []
    assert "No warning signs" in panel.heading.text()


# ------------------------------------------------------------- main window
@pytest.fixture
def window(qtbot: QtBot, service: DiaryService, app_paths: AppPaths) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_editing_an_entry_shows_its_new_findings_at_once(
    window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[FlagDialog] = []
    monkeypatch.setattr(FlagDialog, "exec", lambda self: opened.append(self) or 1)
    result = service.add_entry(at(nrs=4))
    window.after_save(result)
    assert opened == [] and window.findings_panel.cards() == []
    edited = service.update_entry(dataclasses.replace(result.entry, leg_weakness=LegExtent.ONE_LEG))
    window.after_save(edited)
    assert [d.action_label.text() for d in opened] == [
        "Ask for an urgent GP appointment or contact NHS 111 today."
    ]
    assert [c.finding.rule for c in window.findings_panel.cards()] == ["LEG_WEAKNESS"]
    assert window.model.index(0, Column.FLAG).data() == "Urgent: today"
    window.tabs.setCurrentWidget(window.flags_view)
    table = window.flags_view.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Urgent: today"
    assert not table.item(0, 1).icon().isNull()
    assert table.item(0, 2).text() == "New weakness in a leg"


def test_acknowledging_stores_it(
    window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_and_ack(self: FlagDialog) -> int:
        self.ack_button.click()
        return 1

    monkeypatch.setattr(FlagDialog, "exec", exec_and_ack)
    result = service.add_entry(at(nrs=4, chest_pain=True, night_pain=True))
    window.after_save(result)
    assert {f.rule: f.acknowledged for f in service.findings(result.entry.id)} == {
        "CHEST_PAIN": True,
        "NIGHT_PAIN": True,
    }


def test_warnings_view_shows_whether_serious_warnings_were_read(
    window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_and_ack(self: FlagDialog) -> int:
        self.ack_button.click()
        return 1

    unread = service.add_entry(at(nrs=4, night_pain=True))  # e.g. the app was killed
    gp_only = service.add_entry(
        Entry(
            timestamp=datetime(2025, 3, 5, 9, 0),
            nrs=4,
            nerve_symptoms=frozenset({NerveSymptom.TINGLING}),
        )
    )
    window.entries_changed.emit()
    window.tabs.setCurrentWidget(window.flags_view)
    table = window.flags_view.table
    assert table.columnCount() == 4
    rows = {table.item(r, 2).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert rows == {
        "Back pain at night or at rest": "Not yet read",
        "Possible nerve irritation": "\u2013",
    }
    monkeypatch.setattr(FlagDialog, "exec", exec_and_ack)
    window.show_flag_dialog(unread.entry, list(unread.findings))
    rows = {table.item(r, 2).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert rows["Back pain at night or at rest"] == "Read"
    assert gp_only.findings[0].rule == "NERVE_SYMPTOMS"


def test_profile_edit_recomputes_and_the_panel_follows(
    window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backdiary.ui.profile_dialog import ProfileDialog

    result = service.add_entry(at(nrs=4))
    window.entries_changed.emit()
    window.select_entry(result.entry.id)
    assert window.findings_panel.cards() == []
    cancer = Profile(age_years=60, history_of_cancer=True)
    monkeypatch.setattr(ProfileDialog, "ask", classmethod(lambda cls, w, p, g: (cancer, [])))
    window.edit_profile()
    assert [f.rule for f in service.findings(result.entry.id)] == ["CANCER_HISTORY"]
    assert [c.finding.rule for c in window.findings_panel.cards()] == ["CANCER_HISTORY"]
    assert window.model.index(0, Column.FLAG).data() == "Urgent: today"


def test_cancer_history_dialog_once_per_episode(
    window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Profile-based CANCER_HISTORY (urgent) asks once per pain episode; escalations always."""
    opened: list[list[str]] = []

    def exec_and_ack(self: FlagDialog) -> int:
        opened.append([c.finding.rule for c in self.cards])
        self.ack_button.click()
        return 1

    monkeypatch.setattr(FlagDialog, "exec", exec_and_ack)
    service.set_profile(Profile(age_years=60, history_of_cancer=True))

    def save(days: int, **fields: object) -> None:
        entry = Entry(timestamp=datetime(2025, 3, 3, 9, 0) + timedelta(days=days), **fields)  # type: ignore[arg-type]
        window.after_save(service.add_entry(entry))

    save(0, nrs=4)
    save(1, nrs=4)  # same episode, already acknowledged: panel only
    save(2, nrs=4, night_pain=True)  # another urgent rule opens the dialog, without it
    save(3, nrs=4, nerve_symptoms=frozenset({NerveSymptom.NUMBNESS}))  # escalated: always
    save(4, nrs=0)  # pain-free: the episode ends
    save(5, nrs=3)  # a new episode asks again
    assert opened == [
        ["CANCER_HISTORY"],
        ["NIGHT_PAIN"],
        ["CANCER_HISTORY"],
        ["CANCER_HISTORY"],
    ]
    assert [c.finding.rule for c in window.findings_panel.cards()] == ["CANCER_HISTORY"]


def test_unread_serious_warning_opens_again_at_start_up(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths
) -> None:
    """Closed or killed while the dialog was open: the warning is not lost."""
    now = datetime(2025, 3, 4, 8, 0).astimezone()
    recent = service.add_entry(Entry(timestamp=now - timedelta(hours=3), nrs=4, night_pain=True))
    service.add_entry(Entry(timestamp=now - timedelta(days=3), nrs=4, chest_pain=True))
    window = MainWindow(service, app_paths, clock=lambda: now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "last_flag_dialog", None) is not None, timeout=30000)
    dialog = window.last_flag_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=30000)
    assert [c.finding.rule for c in dialog.cards] == ["NIGHT_PAIN"]  # not the old chest pain
    dialog.ack_button.click()
    assert service.findings(recent.entry.id)[0].acknowledged
    again = MainWindow(service, app_paths, clock=lambda: now)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(100)  # the start-up check runs right after the first paint
    assert getattr(again, "last_flag_dialog", None) is None


@pytest.fixture
def german(qapp: object) -> Iterator[str]:
    from backdiary.ui import i18n

    yield i18n.install_translators(qapp, "de")  # type: ignore[arg-type]
    i18n.install_translators(qapp, "en")  # type: ignore[arg-type]


def test_german_advice_names_the_region_services_in_german(german: str) -> None:
    from backdiary.domain.region import EU

    assert german == "de"
    [ces] = serious(at(nrs=3, saddle_numbness=True))
    assert action_of(ces, EU) == "Rufen Sie jetzt 112 an oder gehen Sie in die Notaufnahme."
    advice = advice_of(ces, EU)
    assert advice.endswith(
        "wenden Sie sich an Ihre Hausarztpraxis oder den ärztlichen Bereitschaftsdienst "
        "(116117); im Notfall rufen Sie 112 an."
    )
    assert "your GP" not in advice and "emergency department" not in advice
    custom = Region.custom("000", "healthdirect")
    assert advice_of(ces, custom).endswith(
        "wenden Sie sich an healthdirect; im Notfall rufen Sie 000 an."
    )
    assert "Cauda-equina" in why_of(ces, EU)
