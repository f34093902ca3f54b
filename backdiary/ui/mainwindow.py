"""The main window: the diary table with its warnings panel, Charts and Flags.

Receives the :class:`~backdiary.services.DiaryService` and paths from the
composition root; every data access goes through the service. The Charts view
(and with it matplotlib) is created only when its tab is first shown.

Quick logging (the cramp timer, "No pain today") lives in
:class:`~backdiary.ui.tray.QuickLog`, whose actions appear in the Entry menu and,
when the desktop has one, in the tray icon's menu.
"""

from __future__ import annotations

import importlib
import itertools
import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backdiary import __version__
from backdiary.domain.model import Entry
from backdiary.paths import AppPaths
from backdiary.storage.listing import EntryQuery
from backdiary.ui import texts
from backdiary.ui.entry_model import Column, EntryTableModel
from backdiary.ui.redflag_views import (
    FindingsPanel,
    FlagDialog,
    FlagsView,
    findings_for_dialog,
    unread_serious,
)
from backdiary.ui.settings import RegionDialog, Settings
from backdiary.ui.texts import localized_date_format, when_text
from backdiary.ui.theme import app_icon
from backdiary.ui.tray import Clock, QuickLog, local_now
from backdiary.ui.widgets import ElidedLabel, describe_inputs

if TYPE_CHECKING:
    from backdiary.services import DiaryService, SaveResult

log = logging.getLogger("backdiary.ui")


class DeleteEntryCommand(QUndoCommand):
    """Delete an entry; undo stores it again with the same id and findings recomputed."""

    def __init__(self, window: MainWindow, entry: Entry) -> None:
        super().__init__(
            QCoreApplication.translate("MainWindow", "Delete entry of {when}").format(
                when=when_text(entry.local_time)
            )
        )
        self._window = window
        self._entry = entry

    def redo(self) -> None:
        from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

        from backdiary.storage.database import truncate_wal  # noqa: PLC0415
        from backdiary.ui.save_failure import delete_failure  # noqa: PLC0415

        try:
            self._window.service.delete_entry(self._entry.id)
        except (DBAPIError, OSError) as exc:  # disk full, read-only, locked, damaged
            log.warning("deleting failed: %s", type(getattr(exc, "orig", exc)).__name__)
            self.setObsolete(True)  # nothing happened: nothing to undo
            QMessageBox.warning(
                self._window, "backdiary", delete_failure(exc, self._window.paths.data)
            )
            return
        # The deleted text must not linger in the -wal while the window stays open.
        truncate_wal(self._window.service.repo.engine)
        self._window.entries_changed.emit()

    def undo(self) -> None:
        self._window.service.restore_entry(self._entry)
        self._window.entries_changed.emit()
        self._window.select_entry(self._entry.id)


class DateFilter(QWidget):
    """An optional date: a check box turns the limit on."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(localized_date_format())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.enabled.setAccessibleName(self.tr("Limit: {label}").format(label=label))
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)

    def value(self) -> date | None:
        """The chosen date, or None when the limit is off."""
        if not self.enabled.isChecked():
            return None
        q = self.edit.date()
        return date(q.year(), q.month(), q.day())


class MainWindow(QMainWindow):
    """backdiary's main window."""

    entries_changed = Signal()
    """Entries were added, edited, deleted or imported."""

    settings_changed = Signal()
    """The settings dialog was accepted (reminders, tray behaviour… may have changed)."""

    def __init__(
        self,
        service: DiaryService,
        paths: AppPaths,
        settings: Settings | None = None,
        clock: Clock = local_now,
        *,
        deferred: bool = False,
    ) -> None:
        """Build the window over ``service``.

        Args:
            deferred: the composition root calls :meth:`start_services` after the
                first paint (the service may be a
                :class:`~backdiary.deferred.DeferredService`); otherwise it runs on
                the first event-loop turn.
        """
        super().__init__()
        self.service = service
        self.paths = paths
        self.settings = settings or Settings(paths.settings_file)
        self.service.region = self.settings.region()
        self.clock = clock
        self._quitting = False
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("backdiary")
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.quick = QuickLog(self, clock)
        #: Set by :func:`backdiary.ui.startup.after_window_shown` (a ReminderScheduler).
        self.reminders: QObject | None = None
        self._charts: QWidget | None = None
        self._refresh_charts: Callable[[], None] = lambda: None
        self._build_diary_tab()
        self.flags_view = FlagsView(service)
        self.flags_view.entry_activated.connect(self._on_flags_view_entry_activated)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.addTab(self.diary_tab, self.tr("&Diary"))
        self.charts_host = QWidget()
        self._charts_layout = QVBoxLayout(self.charts_host)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.charts_host, self.tr("&Charts"))
        self.tabs.addTab(self.flags_view, self.tr("&Warnings"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.count_label = QLabel()
        disclaimer = ElidedLabel(texts.disclaimer())  # ends in … when narrow, never cut
        disclaimer.setObjectName("disclaimer")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(disclaimer, 1)
        self.entries_changed.connect(self._on_entries_changed)
        self._update_count()
        self.resize(1240, 780)
        self._on_model_reset()
        self._set_tab_order()
        describe_inputs(self)
        self.table.setFocus()
        if not deferred:
            QTimer.singleShot(0, self.start_services)

    def start_services(self) -> None:
        """What needs the full service: a cramp timer left running goes on, stored
        warnings are brought up to date, unread urgent ones shown again."""
        self.quick.restore()
        self._refresh_stale_findings()

    def _set_tab_order(self) -> None:
        """New entry → date limits → search → table → warnings panel → view tabs."""
        chain: list[QWidget] = [
            self.new_button,
            self.filter_from.enabled,
            self.filter_from.edit,
            self.filter_to.enabled,
            self.filter_to.edit,
            self.filter_text,
            self.table,
            self.findings_panel.scroll_area,
            self.tabs.tabBar(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _refresh_stale_findings(self) -> None:
        """After an upgrade of the rules, recompute stored warnings (after the first paint).

        The recompute runs a chunk of entries per event-loop turn, with a progress bar
        in the status bar, so the window stays usable; closed midway, it is done again
        at the next start. An urgent or emergency warning of the last day that was
        never acknowledged (the app was closed or killed while it was shown) opens again.
        """
        if not self.service.stale_findings_pending():
            self._reopen_unread_serious()
            return
        self._findings_update = self.service.recompute_in_steps()
        self.findings_progress_label = QLabel(self.tr("Updating warnings for the new rule set…"))
        self.findings_progress = QProgressBar()
        self.findings_progress.setMaximumWidth(200)
        self.findings_progress.setAccessibleName(self.findings_progress_label.text())
        self.statusBar().addPermanentWidget(self.findings_progress_label)
        self.statusBar().addPermanentWidget(self.findings_progress)
        self._findings_timer = QTimer(self)
        self._findings_timer.setInterval(0)
        self._findings_timer.timeout.connect(self._findings_update_step)
        self._findings_timer.start()

    def _findings_update_step(self) -> None:
        """One chunk of the stepwise recompute; at the end, refresh what shows findings."""
        step = next(self._findings_update, None)
        if step is not None:
            done, total = step
            self.findings_progress.setMaximum(max(total, 1))
            self.findings_progress.setValue(done)
            return
        self._findings_timer.stop()
        self.findings_progress_label.hide()
        self.findings_progress.hide()
        self.entries_changed.emit()
        self._reopen_unread_serious()

    def _reopen_unread_serious(self) -> None:
        unread = unread_serious(self.service, self.clock())
        if unread is not None:
            self.show_flag_dialog(*unread, blocking=False)

    # ------------------------------------------------------------------ building
    def _build_diary_tab(self) -> None:
        self.model = EntryTableModel(self.service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # Indicator first: enabling sorting then asks for the order the model already has.
        self.table.horizontalHeader().setSortIndicator(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in self._column_widths().items():
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.modelReset.connect(self._on_model_reset)

        self.filter_from = DateFilter(self.tr("From"))
        self.filter_to = DateFilter(self.tr("To"))
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(self.tr("Search notes, causes, factors…"))
        self.filter_text.setAccessibleName(self.tr("Search the diary"))
        self.filter_text.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_text.textChanged.connect(self._filter_timer.start)
        for f in (self.filter_from, self.filter_to):
            f.enabled.toggled.connect(self.apply_filter)
            f.edit.dateChanged.connect(self.apply_filter)
        new_button = QPushButton(self.tr("New entry"))
        new_button.setToolTip(self.tr("Log a cramp episode (Ctrl+N)"))
        new_button.clicked.connect(lambda: self.new_entry())
        new_button.setAccessibleName(self.tr("New entry"))
        self.new_button = new_button
        bar = QHBoxLayout()
        bar.addWidget(new_button)
        bar.addSpacing(12)
        bar.addWidget(self.filter_from)
        bar.addWidget(self.filter_to)
        bar.addWidget(self.filter_text, 1)

        self.findings_panel = FindingsPanel(self.service.region)
        self.findings_panel.setMinimumWidth(300)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.findings_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([920, 320])
        self.diary_tab = QWidget()
        layout = QVBoxLayout(self.diary_tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _column_widths(self) -> dict[Column, int]:
        """Widths that fit the translated words at the current font size (long German words)."""
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.averageCharWidth() + 8

        def widest(words: list[str]) -> int:
            return max(metrics.horizontalAdvance(w) for w in words) + pad

        now = self.clock().replace(hour=23, minute=59, month=12, day=28, tzinfo=None)
        return {
            Column.WHEN: widest([when_text(now), texts.column_title("when")]),
            Column.NRS: widest([texts.nrs_short(n) for n in range(11)]),
            Column.DURATION: widest([texts.minutes_text(999), texts.column_title("duration")]),
            Column.TRIGGER: widest([texts.label("none"), texts.label("lifting")]),
            Column.WHERE: widest([texts.label("lower_back")]) * 3 // 2,
            Column.FLAG: widest([texts.urgency_word(u) for u in ("emergency", "urgent", "gp")])
            + metrics.height(),
        }

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.act_export_report = self._action(
            self.tr("Export &report…"), self._export_report, "Ctrl+Shift+R"
        )
        self.act_export = self._action(self.tr("&Export data…"), self._export_data)
        self.act_import = self._action(self.tr("&Import data…"), self._import_data)
        self.act_delete_all = self._action(self.tr("Delete all my data…"), self._delete_all)
        self.act_quit = self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        for a in (self.act_export_report, self.act_export, self.act_import):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_delete_all)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        entry_menu = menu.addMenu(self.tr("&Entry"))
        self.act_new = self._action(self.tr("&New entry…"), lambda: self.new_entry(), "Ctrl+N")
        self.act_edit = self._action(self.tr("&Edit entry…"), self.edit_entry, "Ctrl+E")
        self.act_delete = self._action(
            self.tr("&Delete entry"), self.delete_entry, QKeySequence.StandardKey.Delete
        )
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_find = self._action(
            self.tr("&Find…"), self.filter_text.setFocus, QKeySequence.StandardKey.Find
        )
        for a in (self.act_new, self.act_edit, self.act_delete):
            entry_menu.addAction(a)
        entry_menu.addSeparator()
        for a in (self.quick.act_cramp, self.quick.act_no_pain):
            self.addAction(a)
            entry_menu.addAction(a)
        entry_menu.addSeparator()
        entry_menu.addAction(self.act_undo)
        entry_menu.addAction(self.act_redo)
        entry_menu.addSeparator()
        entry_menu.addAction(self.act_find)

        view_menu = menu.addMenu(self.tr("&View"))
        for index, (name, key) in enumerate(
            ((self.tr("Diary"), "Ctrl+1"), (self.tr("Charts"), "Ctrl+2"),
             (self.tr("Warnings"), "Ctrl+3"))
        ):  # fmt: skip
            view_menu.addAction(
                self._action(name, lambda _=False, i=index: self.tabs.setCurrentIndex(i), key)
            )

        settings_menu = menu.addMenu(self.tr("&Settings"))
        self.act_profile = self._action(
            self.tr("&Profile and pregnancy…"), self.edit_profile, "Ctrl+P"
        )
        self.act_region = self._action(self.tr("&Region and emergency numbers…"), self.edit_region)
        self.act_settings = self._action(
            self.tr("&Settings…"), self.edit_settings, QKeySequence.StandardKey.Preferences
        )
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_backups = self._action(self.tr("&Backups…"), self._show_backups)
        settings_menu.addAction(self.act_settings)
        settings_menu.addAction(self.act_profile)
        settings_menu.addAction(self.act_region)
        settings_menu.addAction(self.act_backups)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("About the &warnings"), self.about_warnings))
        help_menu.addAction(self._action(self.tr("&About backdiary"), self.about))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for a in (self.act_new, self.act_edit, self.act_delete, self.act_undo):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.act_profile)
        toolbar.addAction(self.act_export_report)
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More toolbar buttons"))
        self._update_actions()

    # ------------------------------------------------------------------ entries
    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry_at(index.row())

    def select_entry(self, entry_id: str) -> None:
        """Select (and scroll to) an entry, loading pages until it is found."""
        row = self.model.row_of(entry_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _save_new(self, entry: Entry) -> SaveResult:
        return self._guarded_save(self.service.add_entry, entry)

    def _save_edit(self, entry: Entry) -> SaveResult:
        return self._guarded_save(self.service.update_entry, entry)

    def _guarded_save(self, save: object, entry: Entry) -> SaveResult:
        from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

        from backdiary.ui.save_failure import save_failure  # noqa: PLC0415

        try:
            result: SaveResult = save(entry)  # type: ignore[operator]
        except DBAPIError as exc:  # disk full, read-only, locked, I/O error, damaged file
            log.warning("saving failed: %s", type(exc.orig).__name__)
            raise save_failure(exc, self.paths.data) from None
        except OSError as exc:
            log.warning("saving failed: %s", type(exc).__name__)
            raise save_failure(exc, self.paths.data) from None
        return result

    def new_entry(self, start: datetime | None = None, duration_min: float | None = None) -> None:
        """Open the entry form; save, then show any warnings.

        Args:
            start: when the cramp started (the cramp timer), default now.
            duration_min: how long it lasted (the cramp timer), default not recorded.
        """
        from backdiary.ui.entry_dialog import EntryDialog  # noqa: PLC0415 (after the first paint)

        if start is None and duration_min is None:
            answer = EntryDialog.ask(self, self.service, None, self._save_new)
        else:
            answer = EntryDialog.ask(
                self, self.service, None, self._save_new, start=start, duration_min=duration_min
            )
        if answer is not None:
            self.after_save(answer[1])  # type: ignore[arg-type]

    def log_no_pain(self, now: datetime | None = None) -> SaveResult | None:
        """Record a pain-free check-in (nrs 0, no places) for today.

        A second check-in on the same day is not stored, nor one on a day that
        already has a cramp (that day was not pain-free); the status bar (or, with
        the window in the tray, a tray message) says so.

        Args:
            now: when (default: the window's clock).

        Returns:
            What was saved, or None when nothing was stored.
        """
        when = (now or self.clock()).replace(microsecond=0)
        today = when.date()
        logged = self.service.entries(today, today)
        if any(e.nrs == 0 for e in logged):
            self._tell(self.tr("Today is already marked as pain-free."))
            return None
        if any(e.nrs > 0 for e in logged):
            self._tell(
                self.tr("A cramp is already logged for today, so today is not marked as pain-free.")
            )
            return None
        result = self._save_new(Entry(timestamp=when, nrs=0, pain_locations=frozenset()))
        self.entries_changed.emit()
        self.select_entry(result.entry.id)
        self._tell(self.tr("Recorded: no pain today. Thank you."))
        return result

    def _tell(self, text: str) -> None:
        """A short message in the status bar, or as a tray message while the window is hidden."""
        self.statusBar().showMessage(text, 8000)
        if not self.isVisible():
            self.quick.notify("backdiary", text)

    def logged_today(self, today: date | None = None) -> bool:
        """Whether anything (an episode or a check-in) is logged for ``today``."""
        day = today or self.clock().date()
        return bool(self.service.entries(day, day))

    def edit_entry(self) -> None:
        """Edit the selected entry; its warnings are recomputed."""
        entry = self.current_entry()
        if entry is None:
            return
        from backdiary.ui.entry_dialog import EntryDialog  # noqa: PLC0415

        answer = EntryDialog.ask(self, self.service, entry, self._save_edit)
        if answer is not None:
            self.after_save(answer[1])  # type: ignore[arg-type]

    def after_save(self, result: SaveResult) -> None:
        """Refresh the views, select the entry, and show its findings at once."""
        self.entries_changed.emit()
        self.select_entry(result.entry.id)
        self.findings_panel.show_findings(result.entry, result.findings)
        serious = findings_for_dialog(self.service, result.entry, result.findings)
        if serious:
            self.show_flag_dialog(result.entry, serious)
        else:
            self.statusBar().showMessage(self.tr("Saved."), 5000)

    def show_flag_dialog(
        self,
        entry: Entry,
        findings: list,  # type: ignore[type-arg]
        blocking: bool = True,
    ) -> FlagDialog:
        """The must-acknowledge warning for emergency and urgent findings.

        ``blocking`` False opens it window-modal without waiting (at start-up).
        """
        dialog = FlagDialog(findings, self.service.region, when_text(entry.local_time), self)

        def acknowledge() -> None:
            for f in findings:
                self.service.acknowledge(entry.id, f.rule)
            self.flags_view.refresh()

        dialog.acknowledged.connect(acknowledge)
        self.last_flag_dialog = dialog
        if blocking:
            dialog.exec()
        else:
            dialog.open()
        return dialog

    def delete_entry(self) -> None:
        """Delete the selected entry (undo with Ctrl+Z)."""
        entry = self.current_entry()
        if entry is None:
            return
        row = self.table.currentIndex().row()
        self.undo_stack.push(DeleteEntryCommand(self, entry))
        self.statusBar().showMessage(self.tr("Entry deleted. Press Ctrl+Z to undo."), 10000)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def apply_filter(self) -> None:
        """Filter the diary by the date range and search text."""
        start, end = self.filter_from.value(), self.filter_to.value()
        self.model.set_query(EntryQuery(start, end, self.filter_text.text()))
        self._update_count()

    # ------------------------------------------------------------------ profile, settings
    def edit_profile(self) -> None:
        """Edit the profile and pregnancy; findings are recomputed."""
        from backdiary.ui.profile_dialog import ProfileDialog  # noqa: PLC0415

        answer = ProfileDialog.ask(self, self.service.profile(), self.service.pregnancies())
        if answer is None:
            return
        profile, pregnancies = answer
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.service.repo.set_profile(profile)
            self.service.set_pregnancies(pregnancies)
        finally:
            self.unsetCursor()
        self.entries_changed.emit()

    def edit_region(self) -> None:
        """Choose whose emergency numbers the advice names."""
        region = RegionDialog.ask(self, self.settings.region())
        if region is None:
            return
        self.settings.set_region(region)
        self.service.region = region
        self.findings_panel.region = region
        self.entries_changed.emit()

    def edit_settings(self) -> None:
        """Reminders, region, theme, language, data folder and tray behaviour."""
        from backdiary.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 (on demand)

        if not SettingsDialog.ask(self, self.settings, self.paths):
            return
        region = self.settings.region()
        if region != self.service.region:
            self.service.region = region
            self.findings_panel.region = region
            self.entries_changed.emit()
        self.settings_changed.emit()

    def _show_backups(self) -> None:
        try:
            backups = importlib.import_module("backdiary.ui.backups")
        except ImportError:
            QMessageBox.information(self, "backdiary", self.tr("This is not available yet."))
            return
        backups.show_backups(self, self.service, self.paths)

    def about_warnings(self) -> None:
        from backdiary.domain import redflags  # noqa: PLC0415

        QMessageBox.information(
            self,
            self.tr("About the warnings"),
            self.tr(
                "backdiary checks every entry against {n} warning-sign rules taken from its "
                "source article on back cramps and from NICE, NHS, ACOG and MHRA guidance "
                '(rule set {version}). A warning means "get checked", not that something is '
                "wrong.\n\n{disclaimer}"
            ).format(
                n=len(redflags.RULES),
                version=redflags.RULESET_VERSION,
                disclaimer=texts.disclaimer(),
            ),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About backdiary"),
            self.tr(
                "backdiary {version}\nA private diary for back cramps and lower-back pain.\n"
                "Your diary stays on this computer: {path}"
            ).format(version=__version__, path=self.paths.db),
        )

    # ------------------------------------------------------------------ data in and out
    def _dataio(self) -> Any:
        try:
            return importlib.import_module("backdiary.ui.dataio")
        except ImportError:
            QMessageBox.information(self, "backdiary", self.tr("This is not available yet."))
            return None

    def _export_report(self) -> None:
        dataio = self._dataio()
        if dataio is not None:
            dataio.export_report(self, self.service)

    def _export_data(self) -> None:
        dataio = self._dataio()
        if dataio is not None:
            dataio.export_data(self, self.service)

    def _import_data(self) -> None:
        dataio = self._dataio()
        if dataio is not None and dataio.import_data(self, self.service):
            self.entries_changed.emit()

    def _delete_all(self) -> None:
        dataio = self._dataio()
        if dataio is not None and dataio.delete_all_data(self, self.service, self.paths):
            # Nothing may write the deleted settings again (the geometry on close), and
            # the app must not stay in the tray over a diary that no longer exists.
            self._data_deleted = True
            self.quit()

    # ------------------------------------------------------------------ slots
    def _on_entries_changed(self) -> None:
        current = self.current_entry()
        self.model.reload()
        if current is not None:
            self.select_entry(current.id)
        self.flags_view.refresh()
        self._refresh_charts()
        self._update_count()

    def _on_model_reset(self) -> None:
        self._update_actions()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_entry()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if not current.isValid():
            self.findings_panel.show_findings(None, [])
            return
        entry = self.model.entry_at(current.row())
        self.findings_panel.show_findings(entry, self.service.findings(entry.id))

    def _on_flags_view_entry_activated(self, entry_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_entry(entry_id)
        self.table.setFocus()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.charts_host and self._charts is None:
            self._create_charts()

    def _create_charts(self) -> None:
        try:
            from backdiary.ui.chart_view import ChartView  # noqa: PLC0415
        except ImportError:
            label = QLabel(self.tr("Charts are not available in this build."))
            self._charts_layout.addWidget(label)
            self._charts = label
            return
        view = ChartView(self.service, self.charts_host)
        self._charts = view
        self._refresh_charts = view.refresh
        self._charts_layout.addWidget(view)
        describe_inputs(view)  # built on first use: its controls get descriptions now

    def _update_actions(self) -> None:
        has = self.table.currentIndex().isValid() if hasattr(self, "table") else False
        for name in ("act_edit", "act_delete"):
            action = getattr(self, name, None)
            if action is not None:
                action.setEnabled(has)

    def _update_count(self) -> None:
        total = self.model.total
        if total == 1:
            self.count_label.setText(self.tr("1 entry"))
        else:
            self.count_label.setText(self.tr("{n} entries").format(n=texts.count_text(total)))

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent  # noqa: PLC0415

        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.hasFocus()
        ):
            self.edit_entry()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def quit(self) -> None:
        """Really quit (also when closing the window would only hide it in the tray)."""
        self._quitting = True
        self.close()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication) and not app.quitOnLastWindowClosed():
            app.quit()

    @property
    def keeps_running_in_tray(self) -> bool:
        """Whether closing the window only hides it (setting on and a tray icon shown)."""
        return self.settings.close_to_tray() and self.quick.icon_visible

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry; hide to the tray instead of closing when chosen."""
        if not getattr(self, "_data_deleted", False):
            self.settings.save_geometry(bytes(self.saveGeometry().data()))
        if not self._quitting and self.keeps_running_in_tray:
            event.ignore()
            self.hide()
            self.quick.notify(
                "backdiary",
                self.tr("backdiary keeps running in the tray. Choose Quit to close it."),
            )
            return
        super().closeEvent(event)
