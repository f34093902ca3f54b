from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.entry_dialog import EntryDialog
from backdiary.ui.entry_model import FIRST_ROWS, PAGE_SIZE, Column, EntryTableModel
from backdiary.ui.mainwindow import MainWindow
from backdiary.ui.redflag_views import FlagDialog
from tests.factories import make_entry


@pytest.fixture
def window(qtbot: QtBot, service: DiaryService, app_paths: AppPaths) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


_PENDING: list[dict[str, bool]] = []


@pytest.fixture(autouse=True)
def _stop_pending_dialog_helpers() -> Iterator[None]:
    """Disarm the helpers' timers at the end of each test."""
    yield
    for state in _PENDING:
        state["done"] = True
        state["alive"] = False
    _PENDING.clear()


def _when_dialog_opens(cls: type, action: object, timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` on the first visible instance of ``cls`` (modal helpers).

    A dialog that is still open 3 s after the action (or never handled) is closed, so a
    broken test fails instead of blocking forever in ``exec()``.
    """
    state = {"done": False}

    def close_if_open(widget: object) -> None:
        if isinstance(widget, QDialog) and shiboken6.isValid(widget) and widget.isVisible():
            widget.done(0)

    def poll() -> None:
        if state["done"]:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, cls) and widget.isVisible():
                state["done"] = True
                # Tied to the dialog: the timer dies with it and never fires in a later test.
                QTimer.singleShot(3000, widget, lambda w=widget: close_if_open(w))
                action(widget)  # type: ignore[operator]
                return
        QTimer.singleShot(20, poll)

    def give_up() -> None:
        if not state["done"] and state.get("alive", True):
            state["done"] = True
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, cls):
                    close_if_open(widget)

    QTimer.singleShot(20, poll)
    QTimer.singleShot(timeout_ms, give_up)
    _PENDING.append(state)


def test_model_passes_qt_model_tester(qtmodeltester: object, service: DiaryService) -> None:
    service.add_many(
        make_entry(timestamp=datetime(2025, 1, 1 + i % 28, 8, i % 60)) for i in range(30)
    )
    model = EntryTableModel(service)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_loads_pages_on_demand(service: DiaryService) -> None:
    from datetime import timedelta

    start = datetime(2020, 1, 1, 8, 0)
    service.add_many(make_entry(timestamp=start + timedelta(days=i)) for i in range(650))
    model = EntryTableModel(service)
    assert model.total == 650
    assert model.rowCount() == FIRST_ROWS  # what the first screen shows
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == FIRST_ROWS + PAGE_SIZE
    model.reload()  # later reloads (after a save, a filter) fetch a whole page
    assert model.rowCount() == PAGE_SIZE
    newest = model.entry_at(0)
    assert newest.instant == max(e.instant for e in service.entries())


def test_fill_form_with_keys_saves_to_table_and_database(
    qtbot: QtBot, window: MainWindow, service: DiaryService
) -> None:
    def fill(dialog: EntryDialog) -> None:
        dialog.severity.slider.setFocus()
        qtbot.keyClicks(dialog.severity.slider, "6")
        button = next(b for b in dialog.trigger.buttons() if b.text() == "Lifting")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.notes, "Carried a box")
        dialog.notes.insertPlainText(" 😀")  # QTest types ASCII only
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _when_dialog_opens(EntryDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 1
    stored = service.entries()
    assert len(stored) == 1
    assert stored[0].nrs == 6
    assert stored[0].trigger.value == "lifting"
    assert stored[0].notes == "Carried a box 😀"
    assert window.model.index(0, Column.NRS).data() == "6 · Moderate"


def test_edit_entry_updates_row(qtbot: QtBot, window: MainWindow, service: DiaryService) -> None:
    service.add_entry(make_entry(nrs=3, notes="before"))
    window.entries_changed.emit()
    window.table.setCurrentIndex(window.model.index(0, 0))

    def edit(dialog: EntryDialog) -> None:
        dialog.notes.setPlainText("after")
        dialog.severity.set_value(5)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _when_dialog_opens(EntryDialog, edit)
    window.edit_entry()
    [entry] = service.entries()
    assert (entry.nrs, entry.notes) == (5, "after")
    assert window.model.entry_at(0).notes == "after"


def test_delete_then_undo(qtbot: QtBot, window: MainWindow, service: DiaryService) -> None:
    e = make_entry(notes="precious")
    service.add_entry(e)
    window.entries_changed.emit()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert service.count() == 0
    assert window.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get_entry(e.id) == e
    assert window.model.rowCount() == 1


def test_saddle_numbness_opens_emergency_dialog_that_needs_acknowledging(
    qtbot: QtBot, window: MainWindow, service: DiaryService
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: EntryDialog) -> None:
        dialog.severity.set_value(7)
        dialog.more_toggle.click()
        dialog.flag_checks["saddle_numbness"].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def check_flag(dialog: FlagDialog) -> None:
        seen["action"] = dialog.action_label.text()
        dialog.reject()  # Escape must not dismiss it
        dialog.close()
        seen["still_visible"] = dialog.isVisible()
        dialog.ack_button.click()

    _when_dialog_opens(EntryDialog, fill)
    _when_dialog_opens(FlagDialog, check_flag)
    window.new_entry()
    assert str(seen["action"]).startswith("Call 999")
    assert seen["still_visible"] is True
    [entry] = service.entries()
    findings = service.findings(entry.id)
    assert findings[0].rule == "CES" and findings[0].urgency == "emergency"
    assert findings[0].acknowledged
    assert window.model.index(0, Column.FLAG).data() == "Emergency"


def test_lifting_strain_shows_only_the_info_panel(
    qtbot: QtBot, window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(FlagDialog, "exec", lambda self: opened.append(self) or 1)

    def fill(dialog: EntryDialog) -> None:
        dialog.severity.set_value(5)
        next(b for b in dialog.trigger.buttons() if b.text() == "Lifting").click()
        dialog.onset.setCurrentIndex(dialog.onset.findData(dialog.onset.itemData(1)))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _when_dialog_opens(EntryDialog, fill)
    window.new_entry()
    assert opened == []
    cards = window.findings_panel.cards()
    assert [c.finding.rule for c in cards] == ["INJURY_STRAIN"]
    assert cards[0].finding.urgency == "info"


def test_filter_by_text_and_date(qtbot: QtBot, window: MainWindow, service: DiaryService) -> None:
    service.add_many([
        make_entry(timestamp=datetime(2025, 3, 1, 9), notes="garden"),
        make_entry(timestamp=datetime(2025, 3, 5, 9), notes="desk"),
    ])  # fmt: skip
    window.entries_changed.emit()
    assert window.model.rowCount() == 2
    qtbot.keyClicks(window.filter_text, "garden")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.entry_at(0).notes == "garden"


def test_form_shows_pregnancy_week(qtbot: QtBot, service: DiaryService) -> None:
    from datetime import date, timedelta

    from backdiary.domain.model import Pregnancy

    service.set_pregnancies([Pregnancy(due_date=date.today() + timedelta(weeks=20))])
    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "week 20" in dialog.pregnancy_label.text()
    assert dialog.pregnancy_box.isVisibleTo(dialog) or not dialog.more_box.isVisible()


def test_warnings_view_lists_flagged_entries(
    qtbot: QtBot, window: MainWindow, service: DiaryService
) -> None:
    service.add_entry(make_entry(night_pain=True))
    service.add_entry(make_entry(timestamp=datetime(2025, 3, 4, 9), nrs=2))
    window.entries_changed.emit()
    window.tabs.setCurrentWidget(window.flags_view)
    table = window.flags_view.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Urgent: today"
    assert "night" in table.item(0, 2).text().lower()


def test_region_setting_changes_the_numbers_in_advice(
    qtbot: QtBot, window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backdiary.domain.region import region_by_code
    from backdiary.ui.settings import RegionDialog, Settings

    monkeypatch.setattr(RegionDialog, "ask", classmethod(lambda cls, p, r: region_by_code("eu")))
    window.edit_region()
    texts_seen: list[str] = []
    monkeypatch.setattr(
        FlagDialog, "exec", lambda self: texts_seen.append(self.action_label.text()) or 1
    )
    result = window.service.add_entry(make_entry(chest_pain=True))
    window.after_save(result)
    assert texts_seen and "112" in texts_seen[0]
    assert Settings(window.paths.settings_file).region().code == "eu"


def test_the_window_loads_the_first_page_once(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_entry(make_entry(nrs=3))
    calls: list[object] = []
    real_page = service.page

    def counting_page(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real_page(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "page", counting_page)
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    assert len(calls) == 1
    header = w.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.WHEN
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # A click on the header still re-sorts (and loads again).
    w.table.sortByColumn(Column.WHEN, Qt.SortOrder.AscendingOrder)
    assert len(calls) == 2


def test_the_entry_count_reads_naturally(window: MainWindow, service: DiaryService) -> None:
    assert window.count_label.text() == "0 entries"
    service.add_entry(make_entry(nrs=2))
    window.entries_changed.emit()
    assert window.count_label.text() == "1 entry"
    service.add_many(
        make_entry(nrs=1, timestamp=datetime(2025, 1, 1, 8, 0).astimezone().replace(minute=m))
        for m in range(2)
    )
    window.entries_changed.emit()
    assert window.count_label.text() == "3 entries"


def test_a_large_count_has_thousands_separators(qapp: QApplication) -> None:
    from PySide6.QtCore import QLocale

    from backdiary.ui import texts

    assert texts.count_text(1_000_000) == "1,000,000"
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert texts.count_text(1_000_000) == "1.000.000"
    finally:
        QLocale.setDefault(before)
