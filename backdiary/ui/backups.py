"""The Backups window: the list of backups, Back up now, Restore selected, Check diary.

Restoring replaces the file under the open diary, so the dialog closes the
diary's connections first and afterwards asks the application to reopen the
diary (``QApplication.exit(RESTART_EXIT_CODE)``; :func:`backdiary.ui.launch.run_gui`
then builds a fresh main window on the restored file).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage import recovery
from backdiary.storage.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    BackupInfo,
    Kind,
    backup_engine,
    list_backups,
)
from backdiary.ui.problem_texts import count_text, describe_backup
from backdiary.ui.recovery import confirm_restore
from backdiary.ui.settings import RESTART_EXIT_CODE as RESTART_EXIT_CODE  # re-exported
from backdiary.ui.texts import QT_TRANSLATE_NOOP

log = logging.getLogger("backdiary.ui")

#: Why each backup exists, as the list says it (translated in the dialog's context).
KIND_TEXT = {
    Kind.AUTO: QT_TRANSLATE_NOOP("BackupsDialog", "automatic"),
    Kind.MANUAL: QT_TRANSLATE_NOOP("BackupsDialog", "made by you"),
    Kind.PRE_MIGRATION: QT_TRANSLATE_NOOP("BackupsDialog", "before an update"),
    Kind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupsDialog", "diary replaced by a restore"),
    Kind.DAMAGED: QT_TRANSLATE_NOOP("BackupsDialog", "damaged diary, kept for rescue"),
}


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n //= 1024
    return str(n)


class BackupsDialog(QDialog):
    """The backups of one diary, and what can be done with them.

    Args:
        service: the open diary.
        paths: its folders.
        parent: the main window.
    """

    def __init__(
        self, service: DiaryService, paths: AppPaths, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.paths = paths
        self.backups: list[BackupInfo] = []
        self.restarting = False
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "backdiary backs up your diary when you open it after a change, and keeps the "
                "newest backup of each of the last {d} days, {w} weeks and {m} months. Backups "
                "you make, and those made before an update or a restore, are never deleted. "
                "They are kept in {folder}."
            ).format(d=KEEP_DAILY, w=KEEP_WEEKLY, m=KEEP_MONTHLY, folder=paths.backups)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Entries"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        box = QDialogButtonBox()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.check_button = QPushButton(self.tr("&Check diary"))
        for button in (self.backup_button, self.restore_button, self.check_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button.clicked.connect(self.check_diary)
        layout.addWidget(box)
        self.resize(720, 460)
        self.refresh()

    # ------------------------------------------------------------------ list
    def refresh(self) -> None:
        """Read the backups folder again."""
        self.backups = list_backups(self.paths.backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            made = QTableWidgetItem(f"{info.made_at.astimezone():%Y-%m-%d %H:%M}")
            kind = QTableWidgetItem(self.tr(KIND_TEXT[info.kind]))
            entries = QTableWidgetItem(
                count_text(info.entries) if info.entries is not None else self.tr("unreadable")
            )
            entries.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            size = QTableWidgetItem(_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((made, kind, entries, size)):
                item.setToolTip(str(info.path))
                if not info.restorable:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not self.backups:
            self.status.setText(self.tr("There are no backups yet. Press Back up now to make one."))
        self._on_table_item_selection_changed()

    def selected(self) -> BackupInfo | None:
        """The selected backup, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.restorable)

    # ------------------------------------------------------------------ actions
    def back_up_now(self) -> None:
        """Make a backup of the open diary."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = backup_engine(self.service.repo.engine, self.paths.backups, Kind.MANUAL)
        except KnownError as exc:
            self.status.setText(exc.full_message())
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        self.table.selectRow(self.backups.index(info) if info in self.backups else 0)
        self.status.setText(self.tr("Backup made: {what}.").format(what=describe_backup(info)))

    def restore_selected(self) -> None:
        """Replace the diary with the selected backup (after confirmation), then reopen it."""
        info = self.selected()
        if info is None or not info.restorable:
            return
        if not confirm_restore(
            self,
            describe_backup(info),
            self.tr(
                "The diary as it is now is kept in the backups folder, so nothing is lost. "
                "Entries made after this backup are not in it. backdiary will reopen the "
                "diary afterwards."
            ),
        ):
            return
        self.service.repo.engine.dispose()
        try:
            result = recovery.restore(self.paths, info.path)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), exc.full_message())
            return
        kept = (
            self.tr(" The diary as it was is kept as {path}.").format(path=result.kept_as)
            if result.kept_as
            else ""
        )
        QMessageBox.information(
            self,
            self.tr("Restore backup"),
            self.tr("The diary was restored from the backup of {what}.").format(
                what=describe_backup(info)
            )
            + kept,
        )
        self._restart()

    def check_diary(self) -> None:
        """Run the full check (integrity and links) and say what it found."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = recovery.check(self.paths)
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Check diary"), exc.full_message())
            return
        QApplication.restoreOverrideCursor()
        if report.ok:
            text = self.tr(
                "The diary is healthy: the check found no problems ({n:,} entries)."
            ).format(n=report.entries or 0)
            self.status.setText(text)
            QMessageBox.information(self, self.tr("Check diary"), text)
            return
        first = report.problems[0]
        self.status.setText(self.tr("Problem: {first}").format(first=first))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Check diary"),
            self.tr(
                "The check found a problem: {first}.\n\nYour entries are probably still "
                "readable. You can restore a backup from the list, or rescue the readable "
                "entries into a new diary (the current file is kept in the backups folder)."
            ).format(first=first),
            QMessageBox.StandardButton.Close,
            self,
        )
        rescue = box.addButton(
            self.tr("Rescue entries into a new diary"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()
        if box.clickedButton() is rescue:
            self.rescue()

    def rescue(self) -> None:
        """Copy the readable rows into a fresh diary that replaces this one, then reopen."""
        self.service.repo.engine.dispose()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = recovery.salvage(self.paths)
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Rescue entries"), exc.full_message())
            return
        QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Rescue entries"),
            self.tr(
                "{n:,} entries were rescued into a new diary. The previous file is kept as "
                "{path}. backdiary will reopen the diary now."
            ).format(n=result.entries, path=result.kept_as),
        )
        self._restart()

    def _restart(self) -> None:
        self.restarting = True
        self.accept()
        QTimer.singleShot(0, lambda: QApplication.exit(RESTART_EXIT_CODE))


def show_backups(parent: QWidget, service: DiaryService, paths: AppPaths) -> None:
    """Show the Backups window for the open diary (modal)."""
    BackupsDialog(service, paths, parent).exec()
