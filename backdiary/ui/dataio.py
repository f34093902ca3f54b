"""The window's data in and out: the report, exports, imports and deleting the diary.

Four entry points for the main window's menu actions:

* :func:`export_report`: period and sections, a preview (summary text and page images),
  *Save PDF…* and *Print…* (the system print dialog; pages are rendered by matplotlib's
  Agg at the printer's resolution and drawn with QPainter, so no QtPdf is needed);
* :func:`export_data`: JSON (complete) or CSV (entries), with a note that exports are
  plain, unencrypted files;
* :func:`import_data`: JSON, or CSV with a column-mapping step; nothing is stored while a
  row is invalid unless the user ticks "Skip invalid rows";
* :func:`delete_all_data`: type-to-confirm, then the diary, backups, logs and settings go.

Everything heavy (matplotlib, the export package) is imported inside functions, so the
window starts without it. Errors are shown in calm message boxes that say what happened
and what to do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui.texts import QT_TRANSLATE_NOOP, count_text

if TYPE_CHECKING:
    from backdiary.export.csvio import CsvImport, CsvMapping, CsvTable
    from backdiary.export.report import Report

#: Report period presets: label → days (None = the whole diary).
PERIOD_PRESETS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 6 months"), 182),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("ReportDialog", "Whole diary"), None),
    (QT_TRANSLATE_NOOP("ReportDialog", "Chosen dates"), -1),
)
#: Keys the CSV mapping step offers, with their labels (timestamp first: it is required).
MAPPABLE_KEYS: tuple[tuple[str, str], ...] = (
    ("timestamp", QT_TRANSLATE_NOOP("CsvImportDialog", "When it began (date/time) *")),
    ("nrs", QT_TRANSLATE_NOOP("CsvImportDialog", "Pain 0–10 (severity)")),
    ("episode_duration_min", QT_TRANSLATE_NOOP("CsvImportDialog", "Duration")),
    ("notes", QT_TRANSLATE_NOOP("CsvImportDialog", "Notes")),
    ("trigger", QT_TRANSLATE_NOOP("CsvImportDialog", "Trigger")),
    ("onset", QT_TRANSLATE_NOOP("CsvImportDialog", "Onset")),
    ("factors", QT_TRANSLATE_NOOP("CsvImportDialog", "Aggravating factors")),
    ("relief", QT_TRANSLATE_NOOP("CsvImportDialog", "Relief tried")),
    ("relief_helped", QT_TRANSLATE_NOOP("CsvImportDialog", "Relief helped")),
    ("pain_locations", QT_TRANSLATE_NOOP("CsvImportDialog", "Where it hurts")),
    ("pain_qualities", QT_TRANSLATE_NOOP("CsvImportDialog", "What it felt like")),
    ("medications", QT_TRANSLATE_NOOP("CsvImportDialog", "Medicines")),
    ("id", QT_TRANSLATE_NOOP("CsvImportDialog", "Identifier")),
)
DATE_FORMATS: tuple[tuple[str, str], ...] = (
    ("iso", QT_TRANSLATE_NOOP("CsvImportDialog", "ISO 8601 (2026-11-24 08:30, offsets kept)")),
    ("%d.%m.%Y", "24.11.2026"),
    ("%d.%m.%Y %H:%M", "24.11.2026 08:30"),
    ("%d/%m/%Y", "24/11/2026"),
    ("%d/%m/%Y %H:%M", "24/11/2026 08:30"),
    ("%m/%d/%Y", "11/24/2026"),
    ("%m/%d/%Y %I:%M %p", "11/24/2026 08:30 AM"),
    ("%d.%m.%y", "24.11.26"),
    ("%d %b %Y", "24 Nov 2026, 24th Nov 2026"),
    ("epoch_ms", QT_TRANSLATE_NOOP("CsvImportDialog", "Unix time in milliseconds")),
    ("epoch_s", QT_TRANSLATE_NOOP("CsvImportDialog", "Unix time in seconds")),
)
DURATION_UNIT_LABELS: tuple[tuple[str, str], ...] = (
    ("min", QT_TRANSLATE_NOOP("CsvImportDialog", "minutes")),
    ("s", QT_TRANSLATE_NOOP("CsvImportDialog", "seconds")),
    ("ms", QT_TRANSLATE_NOOP("CsvImportDialog", "milliseconds")),
    ("h", QT_TRANSLATE_NOOP("CsvImportDialog", "hours")),
)
NOT_IMPORTED = QT_TRANSLATE_NOOP("CsvImportDialog", "(not imported)")
ALL_ROWS = QT_TRANSLATE_NOOP("CsvImportDialog", "(all rows)")
#: Files with up to this many rows are checked again after every change in the mapping.
AUTO_CHECK_ROWS = 5000
PREVIEW_DPI = 56
PRINT_DPI_MAX = 300
CONFIRM_WORD = "DELETE"


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """Show the wait cursor while the block runs."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@contextlib.contextmanager
def import_progress(parent: QWidget | None, total: int) -> Iterator[Callable[[int, int], None]]:
    """A progress dialog for storing ``total`` entries (a 100,000-row file takes ≈ 10 s).

    Yields the ``progress(done, total)`` callback for
    :meth:`~backdiary.services.DiaryService.import_document`. The import is one
    transaction, so there is no Cancel: stopping half-way would store nothing anyway.
    The dialog appears only when the import lasts longer than half a second.
    """
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "DataIO", "Importing {n} entries and checking their warnings…"
        ).format(n=count_text(total)),
        "",
        0,
        max(total, 1),
        parent,
    )
    dialog.setObjectName("import-progress")
    dialog.setWindowTitle(QCoreApplication.translate("DataIO", "Import"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, of: int) -> None:
        dialog.setMaximum(max(of, 1))
        dialog.setValue(min(done, max(of, 1)))  # a modal dialog handles events here

    try:
        with busy():
            yield progress
    finally:
        dialog.close()
        dialog.deleteLater()


def _problem(parent: QWidget | None, title: str, problem: str, what_to_do: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(problem)
    box.setInformativeText(what_to_do)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _image(rgba: bytes, width: int, height: int) -> QImage:
    image = QImage(rgba, width, height, width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: ``rgba`` may go away


# --------------------------------------------------------------------------- report
class ReportDialog(QDialog):
    """Choose the period and sections, preview, save as PDF or print.

    Args:
        service: the open diary.
        parent: the window.
    """

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.report: Report | None = None
        self.page = 0
        self.setWindowTitle(self.tr("Report for your physiotherapist"))
        self.resize(980, 720)

        self.preset = QComboBox()
        for label, _ in PERIOD_PRESETS:
            self.preset.addItem(self.tr(label))
        self.preset.setCurrentIndex(1)
        self.preset.setAccessibleName(self.tr("Report period"))
        today = date.today()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=89)))
        self.date_to = QDateEdit(_qdate(today))
        for edit, name in (
            (self.date_from, self.tr("First day")),
            (self.date_to, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.sections: dict[str, QCheckBox] = {}
        for key, label in (
            ("summary", self.tr("Summary (page 1)")),
            ("charts", self.tr("Charts")),
            ("entries", self.tr("Table of entries")),
        ):
            box = QCheckBox(label)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Include: {0}").format(label))
            self.sections[key] = box

        settings = QFormLayout()
        settings.addRow(self.tr("Period"), self.preset)
        settings.addRow(self.tr("From"), self.date_from)
        settings.addRow(self.tr("To"), self.date_to)
        section_box = QVBoxLayout()
        for box in self.sections.values():
            section_box.addWidget(box)
        settings.addRow(self.tr("Sections"), section_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(settings)
        self.summary_view = QTextBrowser()
        self.summary_view.setOpenLinks(False)
        self.summary_view.setOpenExternalLinks(False)
        self.summary_view.setAccessibleName(self.tr("Summary preview"))
        left_layout.addWidget(QLabel(self.tr("Summary")))
        left_layout.addWidget(self.summary_view, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        left_layout.addWidget(self.status)

        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setAccessibleName(self.tr("Page preview"))
        scroll = QScrollArea()
        scroll.setWidget(self.page_label)
        scroll.setWidgetResizable(True)
        self.prev_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_number = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.page_number)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(nav)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        for box in self.sections.values():
            box.toggled.connect(self._timer.start)
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self._updating = False
        self._preset_changed(self.preset.currentIndex())
        self.refresh()

    # ------------------------------------------------------------------ choices
    def period(self) -> tuple[date, date]:
        """The chosen first and last day."""
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return (start, end) if start <= end else (end, start)

    def chosen_sections(self) -> tuple[str, ...]:
        """The ticked sections in report order."""
        return tuple(key for key, box in self.sections.items() if box.isChecked())

    def set_period(self, start: date, end: date) -> None:
        """Choose dates (switches the preset to "Chosen dates")."""
        self.preset.setCurrentIndex(len(PERIOD_PRESETS) - 1)
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))
        self.refresh()

    def _preset_changed(self, index: int) -> None:
        days = PERIOD_PRESETS[index][1]
        if days == -1:
            return
        today = date.today()
        if days is None:
            from backdiary.cli.dataio import diary_start  # noqa: PLC0415

            first = diary_start(self.service) or today
            start = min(first, today)
        else:
            start = today - timedelta(days=days - 1)
        self._updating = True
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(today))
        self._updating = False
        self._timer.start()

    def _dates_edited(self) -> None:
        if self._updating:
            return
        if self.preset.currentIndex() != len(PERIOD_PRESETS) - 1:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(len(PERIOD_PRESETS) - 1)
            self.preset.blockSignals(False)
        self._timer.start()

    # ------------------------------------------------------------------ preview
    def build(self) -> Report | None:
        """Lay out the report for the current choices (None when no section is ticked)."""
        from backdiary.cli.dataio import report_input  # noqa: PLC0415
        from backdiary.export.report import Report

        sections = self.chosen_sections()
        if not sections:
            return None
        start, end = self.period()
        with busy():
            return Report(report_input(self.service, start, end, sections))

    def refresh(self) -> None:
        """Rebuild the report and its preview."""
        self._timer.stop()
        self.report = self.build()
        has = self.report is not None
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        if self.report is None:
            self.summary_view.setPlainText(self.tr("Tick at least one section."))
            self.page_label.clear()
            self.page_number.clear()
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.summary_view.setPlainText(self.report.summary_text())
        self.show_page(0)

    def show_page(self, index: int) -> None:
        """Show page ``index`` of the report as an image."""
        if self.report is None:
            return
        count = self.report.page_count
        self.page = max(0, min(index, count - 1))
        with busy():
            rgba, width, height = self.report.page_rgba(self.page, dpi=PREVIEW_DPI)
        self.page_label.setPixmap(QPixmap.fromImage(_image(rgba, width, height)))
        self.page_number.setText(self.tr("Page {0} of {1}").format(self.page + 1, count))
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)

    # ------------------------------------------------------------------ output
    def save_pdf(self) -> Path | None:
        """Ask for a file name and write the PDF there (0600); return the path."""
        from backdiary.export.files import ExportFileError, private_file

        if self.report is None:
            return None
        start, end = self.period()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            str(Path.home() / f"backdiary-report-{start}-to-{end}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with busy(), private_file(path) as fh:
                self.report.write_pdf(fh)
        except ExportFileError as exc:
            _problem(
                self,
                self.tr("The report was not saved"),
                str(exc),
                self.tr("Choose another folder, or free some disk space, and try again."),
            )
            return None
        self.status.setText(
            self.tr("Saved {0} ({1} pages). The file is not encrypted: keep it safe.").format(
                path, self.report.page_count
            )
        )
        return path

    def print_report(self) -> bool:
        """Open the system print dialog and print every page; True when printed."""
        if self.report is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Draw every page of the report on ``printer``; True when done."""
        if self.report is None:
            return False
        count = self.report.page_count
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(count))
        if first > 0:
            pages = [p for p in pages if first - 1 <= p <= (last - 1 if last > 0 else count)]
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        progress = QProgressDialog(
            self.tr("Printing the report…"), self.tr("Cancel"), 0, len(pages), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        if not painter.begin(printer):
            _problem(
                self,
                self.tr("The report was not printed"),
                self.tr("The printer could not be started."),
                self.tr("Check that the printer is switched on and connected, then try again."),
            )
            return False
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    return False
                if n:
                    printer.newPage()
                rgba, width, height = self.report.page_rgba(index, dpi=dpi)
                image = _image(rgba, width, height)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                progress.setValue(n + 1)
        finally:
            painter.end()
            progress.close()
        self.status.setText(self.tr("Sent {0} pages to the printer.").format(len(pages)))
        return True


def export_report(parent: QWidget, service: DiaryService) -> None:
    """The report dialog: period, sections, preview, Save PDF…, Print…."""
    dialog = ReportDialog(service, parent)
    dialog.exec()


# --------------------------------------------------------------------------- export
class ExportDialog(QDialog):
    """Choose JSON or CSV and the period of a data export."""

    def __init__(self, parent: QWidget | None = None, *, encrypted: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export your data"))
        self.json_button = QRadioButton(
            self.tr("JSON: the complete diary (entries, profile, pregnancies), for backups "
                    "and moving to another computer")
        )  # fmt: skip
        self.csv_button = QRadioButton(self.tr("CSV: one row per entry, for spreadsheets"))
        self.json_button.setChecked(True)
        self.json_button.setAccessibleName(self.tr("Export format JSON"))
        self.csv_button.setAccessibleName(self.tr("Export format CSV"))
        group = QButtonGroup(self)
        group.addButton(self.json_button)
        group.addButton(self.csv_button)
        self.whole = QCheckBox(self.tr("The whole diary"))
        self.whole.setChecked(True)
        self.whole.setAccessibleName(self.tr("Export the whole diary"))
        today = date.today()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=89)))
        self.date_to = QDateEdit(_qdate(today))
        for edit, name in (
            (self.date_from, self.tr("First day")),
            (self.date_to, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.whole.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.whole.toggled.connect(lambda on: self.date_to.setEnabled(not on))
        note = QLabel(
            self.tr(
                "Exports are plain files, not encrypted: anyone who gets the file can read "
                "your health data. Keep it somewhere safe and delete it when you no longer "
                "need it."
            )
        )
        if encrypted:  # issue #9: the diary's encryption does not carry over to exports
            note.setText(
                self.tr(
                    "Your diary is encrypted, but exports are not: the exported file is a "
                    "plain file that anyone who gets it can read without your passphrase. "
                    "Keep it somewhere safe and delete it when you no longer need it."
                )
            )
        self.plain_note = note
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Choose where to save the export"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.json_button)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.whole)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        """``json`` or ``csv``."""
        return "csv" if self.csv_button.isChecked() else "json"

    def period(self) -> tuple[date | None, date | None]:
        """(None, None) for the whole diary, else the chosen days."""
        if self.whole.isChecked():
            return None, None
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return (start, end) if start <= end else (end, start)


def write_export(service: DiaryService, fmt: str, path: Path, start: date | None,
                 end: date | None) -> int:  # fmt: skip
    """Write a JSON or CSV export (0600, atomic); return the number of entries."""
    from backdiary.cli.dataio import export_json_text  # noqa: PLC0415
    from backdiary.export.csvio import write_csv
    from backdiary.export.files import private_file, write_private

    if fmt == "json":
        text, count = export_json_text(service, start, end)
        write_private(path, text)
        return count
    with private_file(path) as fh:
        return write_csv(service.entries(start, end), fh)


def export_data(parent: QWidget, service: DiaryService) -> None:
    """Export the diary as JSON or CSV to a file the user picks."""
    from backdiary.export.files import ExportFileError
    from backdiary.storage.crypto import engine_is_encrypted  # noqa: PLC0415

    dialog = ExportDialog(parent, encrypted=engine_is_encrypted(service.repo.engine))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt = dialog.chosen_format()
    start, end = dialog.period()
    suggested = str(Path.home() / f"backdiary-{date.today()}.{fmt}")
    filters = (
        QCoreApplication.translate("DataIO", "JSON files (*.json)")
        if fmt == "json"
        else QCoreApplication.translate("DataIO", "CSV files (*.csv)")
    )
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("DataIO", "Save the export"), suggested, filters
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(f"{path.name}.{fmt}")
    try:
        with busy():
            count = write_export(service, fmt, path, start, end)
    except ExportFileError as exc:
        _problem(
            parent,
            QCoreApplication.translate("DataIO", "The export was not saved"),
            str(exc),
            QCoreApplication.translate(
                "DataIO", "Choose another folder, or free some disk space, and try again."
            ),
        )
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DataIO", "Export saved"),
        QCoreApplication.translate(
            "DataIO", "Saved {0} entries to {1}.\n\nThe file is not encrypted: keep it safe."
        ).format(count, path),
    )


# --------------------------------------------------------------------------- import
class CsvImportDialog(QDialog):
    """The CSV import step: which column is what, a preview, and the rows' problems.

    Args:
        table: the decoded file.
        source: the file name (for messages).
        parent: the window.
    """

    def __init__(self, table: CsvTable, source: str, parent: QWidget | None = None) -> None:
        from backdiary.export import csvio

        super().__init__(parent)
        self.table = table
        self.source = source
        self.parsed: CsvImport | None = None
        self._checked_key: object = None
        self.own_format = csvio.is_own_format(table.headers)
        self.setWindowTitle(self.tr("Import a CSV file"))
        self.resize(900, 720)

        intro = QLabel(
            self.tr("{0}: {1} rows, {2} columns, read as {3}.").format(
                Path(source).name, len(table.rows), len(table.headers), table.encoding
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.preview = QTableWidget(min(len(table.rows), 20), len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        for r, (_, row) in enumerate(table.rows[:20]):
            for c, cell in enumerate(row[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell[:200]))

        mapping_box = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(mapping_box)
        self.columns: dict[str, QComboBox] = {}
        guess = csvio.guess_mapping(table.headers)
        choices = [self.tr(NOT_IMPORTED), *[h for h in table.headers if h]]
        for i, (key, label) in enumerate(MAPPABLE_KEYS):
            combo = QComboBox()
            combo.addItems(choices)
            combo.setAccessibleName(self.tr("Column for {0}").format(self.tr(label)))
            if key in guess:
                combo.setCurrentText(guess[key])
            self.columns[key] = combo
            grid.addWidget(QLabel(self.tr(label)), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)

        options = QFormLayout()
        self.date_format = QComboBox()
        self.date_format.setEditable(True)
        for fmt, example in DATE_FORMATS:
            self.date_format.addItem(f"{fmt}  —  {self.tr(example)}", fmt)
        self.date_format.setAccessibleName(self.tr("Date format"))
        self.date_format.setToolTip(
            self.tr(
                "iso: ISO 8601 such as 2026-11-24T08:30 (an offset such as +01:00 is kept). "
                "epoch_s / epoch_ms: Unix time in seconds or milliseconds, shown in local "
                "time. Or a pattern such as %d.%m.%Y, %d/%m/%y %H:%M or %d %b %Y (also reads "
                "'22nd Sep 2020'). A date without a time is placed at 12:00."
            )
        )
        self.scale = QSpinBox()
        self.scale.setRange(1, 1000)
        self.scale.setValue(10)
        self.scale.setPrefix(self.tr("0 to "))
        self.scale.setAccessibleName(self.tr("Severity scale maximum"))
        self.unit = QComboBox()
        for code, label in DURATION_UNIT_LABELS:
            self.unit.addItem(self.tr(label), code)
        self.unit.setAccessibleName(self.tr("Unit of the duration column"))
        self.where_column = QComboBox()
        self.where_column.addItems([self.tr(ALL_ROWS), *[h for h in table.headers if h]])
        self.where_column.setAccessibleName(self.tr("Only rows where this column"))
        self.where_value = QLineEdit()
        self.where_value.setPlaceholderText(self.tr("equals this (* matches any text)"))
        self.where_value.setAccessibleName(self.tr("Only rows with this value"))
        where = QHBoxLayout()
        where.addWidget(self.where_column)
        where.addWidget(self.where_value)
        options.addRow(self.tr("Dates are written as"), self.date_format)
        options.addRow(self.tr("Severity scale"), self.scale)
        options.addRow(self.tr("Durations are in"), self.unit)
        options.addRow(self.tr("Only rows where"), where)
        mapping_layout = QVBoxLayout()
        mapping_layout.addWidget(mapping_box)
        mapping_layout.addLayout(options)
        self.mapping_widget = QWidget()
        self.mapping_widget.setLayout(mapping_layout)
        own_note = QLabel(self.tr("This is backdiary's own CSV: no mapping is needed."))
        own_note.setVisible(self.own_format)
        self.mapping_widget.setVisible(not self.own_format)

        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows (import only the valid ones)"))
        self.skip_invalid.setAccessibleName(self.tr("Skip invalid rows"))
        self.check_button = QPushButton(self.tr("Check the file"))
        self.check_button.setAccessibleName(self.tr("Check every row of the file"))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Result of the check"))
        self.report_view.setMaximumBlockCount(500)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the valid rows"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the import"))
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import_clicked)
        self.check_button.clicked.connect(self.check)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(own_note)
        layout.addWidget(self.mapping_widget)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.skip_invalid)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check)
        for combo in [*self.columns.values(), self.unit, self.where_column, self.date_format]:
            combo.currentIndexChanged.connect(self._changed)
        self.date_format.editTextChanged.connect(self._changed)
        self.scale.valueChanged.connect(self._changed)
        self.where_value.textChanged.connect(self._changed)
        self.skip_invalid.toggled.connect(self._update_button)
        self._guess_date_format()
        self.check()

    def _guess_date_format(self) -> None:
        """Pre-select the date format that reads the first cells of the time column, and
        the duration unit that makes the durations fit."""
        from backdiary.export import csvio

        if self.own_format or "timestamp" not in self.columns:
            return
        column = self.columns["timestamp"].currentText()
        if column not in self.table.headers:
            return
        i = self.table.headers.index(column)
        guess = csvio.guess_date_format(row[i] for _, row in self.table.rows[:50] if i < len(row))
        if guess is not None and guess != "iso":
            index = self.date_format.findData(guess)
            if index >= 0:
                self.date_format.setCurrentIndex(index)
            else:
                self.date_format.setEditText(guess)
        duration = self.columns["episode_duration_min"].currentText()
        if duration in self.table.headers:
            j = self.table.headers.index(duration)
            unit = csvio.guess_duration_unit(
                row[j] for _, row in self.table.rows[:200] if j < len(row)
            )
            self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))

    # ------------------------------------------------------------------ mapping
    def mapping(self) -> CsvMapping | None:
        """The mapping the widgets describe (None for backdiary's own CSV)."""
        from backdiary.export.csvio import CsvMapping

        if self.own_format:
            return None
        columns = {
            key: combo.currentText()
            for key, combo in self.columns.items()
            if combo.currentText() != self.tr(NOT_IMPORTED)
        }
        data = self.date_format.currentData()
        text = self.date_format.currentText()
        fmt = data if data is not None and text.startswith(str(data)) else text.strip()
        where: tuple[tuple[str, str], ...] = ()
        if self.where_column.currentText() != self.tr(ALL_ROWS) and self.where_value.text().strip():
            where = ((self.where_column.currentText(), self.where_value.text().strip()),)
        scale = self.scale.value()
        return CsvMapping(
            columns=columns,
            date_format=fmt or "iso",
            scale_max=None if scale == 10 else float(scale),
            duration_unit=str(self.unit.currentData()),
            where=where,
        )

    def set_column(self, key: str, column: str) -> None:
        """Choose the column of ``key`` (for tests and keyboard users alike)."""
        self.columns[key].setCurrentText(column)

    def _changed(self) -> None:
        self.parsed = None
        self._update_button()
        if len(self.table.rows) <= AUTO_CHECK_ROWS:
            self._timer.start()
        else:
            self.report_view.setPlainText(
                self.tr("Press “Check the file” to check every row with these choices.")
            )

    # ------------------------------------------------------------------ checking
    def check(self) -> CsvImport | None:
        """Read every row with the current mapping; show how many are valid and why not."""
        from backdiary.export.csvio import CsvFileError, parse_table, summarise_errors

        self._timer.stop()
        mapping = self.mapping()
        self.parsed = None
        progress: QProgressDialog | None = None
        if len(self.table.rows) > AUTO_CHECK_ROWS:
            progress = QProgressDialog(
                self.tr("Checking the rows…"), "", 0, len(self.table.rows), self
            )
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)
        try:
            with busy():
                result = parse_table(
                    self.table,
                    mapping,
                    progress=(lambda done, _t: progress.setValue(done)) if progress else None,
                )
        except CsvFileError as exc:
            self.report_view.setPlainText(str(exc))
            self._update_button()
            return None
        finally:
            if progress is not None:
                progress.close()
        self.parsed = result
        lines = [
            self.tr("{0} rows can be imported.").format(len(result.entries)),
        ]
        if result.filtered_out:
            lines.append(
                self.tr("{0} rows do not match the filter and are left out.").format(
                    result.filtered_out
                )
            )
        if result.errors:
            lines.append(
                self.tr(
                    "{0} rows are invalid. Nothing is imported until they are corrected, "
                    "unless you tick “Skip invalid rows”:"
                ).format(len(result.errors))
            )
            lines.extend("  " + line for line in summarise_errors(result.errors, limit=200))
        self.report_view.setPlainText("\n".join(lines))
        self._update_button()
        return result

    def _update_button(self) -> None:
        ok = (
            self.parsed is not None
            and bool(self.parsed.entries)
            and (not self.parsed.errors or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(ok or self.parsed is None)

    def _import_clicked(self) -> None:
        if self.parsed is None:
            self.check()
        if self.parsed is None or not self.parsed.entries:
            return
        if self.parsed.errors and not self.skip_invalid.isChecked():
            return
        self.accept()


def _read_table(parent: QWidget, data: bytes, source: str) -> CsvTable | None:
    from backdiary.export.csvio import CsvFileError, read_table

    try:
        return read_table(data, source)
    except CsvFileError as exc:
        if "not UTF-8" not in str(exc):
            _problem(
                parent,
                QCoreApplication.translate("DataIO", "This file cannot be imported"),
                str(exc),
                QCoreApplication.translate(
                    "DataIO",
                    "Check that it is a CSV file, or save it again from the app that made it.",
                ),
            )
            return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DataIO", "Text encoding"),
        QCoreApplication.translate(
            "DataIO",
            "{0} is not UTF-8 text. Older Windows programs save Western European text as "
            "Windows-1252. Read it that way? (Check the preview: letters like ä, é or ß must "
            "look right.)",
        ).format(Path(source).name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return read_table(data, source, encoding="cp1252")
    except CsvFileError as exc:
        _problem(
            parent,
            QCoreApplication.translate("DataIO", "This file cannot be imported"),
            str(exc),
            "",
        )
        return None


def import_csv(parent: QWidget, service: DiaryService, data: bytes, source: str) -> bool:
    """The CSV path of :func:`import_data`: mapping step, then one transaction."""
    from backdiary.cli.dataio import import_csv_entries  # noqa: PLC0415

    table = _read_table(parent, data, source)
    if table is None:
        return False
    dialog = CsvImportDialog(table, source, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.parsed is None:
        return False
    with import_progress(parent, len(dialog.parsed.entries)) as progress:
        outcome = import_csv_entries(service, dialog.parsed, progress)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DataIO", "Import finished"),
        outcome.message().capitalize() + ".",
    )
    return outcome.added > 0


def import_json(parent: QWidget, service: DiaryService, data: bytes, source: str) -> bool:
    """The JSON path of :func:`import_data`: validate everything, confirm, merge by id."""
    from backdiary.cli.common import UsageError  # noqa: PLC0415
    from backdiary.cli.dataio import import_json as merge  # noqa: PLC0415
    from backdiary.cli.dataio import read_json_document  # noqa: PLC0415

    try:
        with busy():
            document = read_json_document(data, Path(source).name)
    except UsageError as exc:
        _problem(
            parent,
            QCoreApplication.translate("DataIO", "This file cannot be imported"),
            str(exc),
            QCoreApplication.translate(
"DataIO", "Nothing was imported. Use a file exported by backdiary, or correct the "
                "problem named above."),
        )  # fmt: skip
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DataIO", "Import"),
        QCoreApplication.translate(
            "DataIO", "Import {0} entries from {1}? Entries already in the diary are skipped."
        ).format(len(document.entries), Path(source).name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    with import_progress(parent, len(document.entries)) as progress:
        outcome = merge(service, document, progress)
    text = outcome.message().capitalize() + "."
    if outcome.profile_kept:
        text += "\n\n" + QCoreApplication.translate(
            "DataIO", "Your own profile was kept; the file's profile was not imported."
        )
    QMessageBox.information(parent, QCoreApplication.translate("DataIO", "Import finished"), text)
    return outcome.added > 0


def import_data(parent: QWidget, service: DiaryService) -> bool:
    """Import a JSON export or a CSV file; True when entries were added."""
    from backdiary.export.files import MAX_IMPORT_TEXT, ExportFileError, read_limited

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DataIO", "Import entries"),
        str(Path.home()),
        QCoreApplication.translate(
            "DataIO",
            "Diary files (*.json *.csv *.txt);;JSON (*.json);;CSV (*.csv *.txt);;All files (*)",
        ),
    )
    if not name:
        return False
    try:
        with busy():
            data = read_limited(name)
    except ExportFileError as exc:
        _problem(
            parent,
            QCoreApplication.translate("DataIO", "This file cannot be imported"),
            str(exc),
            QCoreApplication.translate("DataIO", "backdiary imports files up to {0}.").format(
                MAX_IMPORT_TEXT
            ),
        )
        return False
    lower = name.lower()
    is_json = lower.endswith(".json") or (
        not lower.endswith((".csv", ".txt", ".tsv"))
        and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
    )
    if is_json:
        return import_json(parent, service, data, name)
    return import_csv(parent, service, data, name)


# --------------------------------------------------------------------------- delete
class DeleteDialog(QDialog):
    """Type DELETE to confirm deleting the whole diary.

    Args:
        targets: the existing files and folders that will be deleted.
        parent: the window.
    """

    def __init__(self, targets: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all my data"))
        listing = "\n".join(f"• {p}" for p in targets) or self.tr("(nothing found)")
        text = QLabel(
            self.tr(
                "This deletes your diary for good: every entry, the profile and pregnancies, "
                "all automatic backups, the logs and your settings:\n\n{0}\n\n"
                "It cannot be undone. Exports you saved elsewhere (PDF reports, JSON or CSV "
                "files) are not deleted; remove them yourself if you no longer want them."
            ).format(listing)
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(CONFIRM_WORD)
        self.confirm.setAccessibleName(self.tr("Type DELETE to confirm"))
        buttons = QDialogButtonBox()
        self.delete_button = buttons.addButton(
            self.tr("Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete everything for good"))
        self.delete_button.setEnabled(False)
        self.delete_button.setStyleSheet(
            "QPushButton:enabled { color: white; background: #b00020; }"
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Keep my data"))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.accept)
        self.confirm.textChanged.connect(
            lambda t: self.delete_button.setEnabled(t.strip().upper() == CONFIRM_WORD)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Type {0} to confirm:").format(CONFIRM_WORD)))
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)


def _close_diary(service: DiaryService) -> None:
    repo = service.repo
    for engine in (getattr(repo, "_writer", None), repo.engine):
        if engine is not None:
            with contextlib.suppress(Exception):
                engine.dispose()


def delete_all_data(parent: QWidget, service: DiaryService, paths: AppPaths) -> bool:
    """Confirm, then delete the diary, backups, logs and settings; True when deleted."""
    from backdiary.cli.dataio import delete_all, deletion_targets  # noqa: PLC0415

    dialog = DeleteDialog(deletion_targets(paths), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _close_diary(service)
    with busy():
        removed, failed = delete_all(paths)
    if failed:
        _problem(
            parent,
            QCoreApplication.translate("DataIO", "Some files were not deleted"),
            "\n".join(f"{path}: {reason}" for path, reason in failed),
            QCoreApplication.translate(
                "DataIO", "Close backdiary and delete them yourself, or try again."
            ),
        )
        return not paths.db.exists()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DataIO", "Your data was deleted"),
        QCoreApplication.translate(
            "DataIO", "The diary, its backups and settings were deleted ({0} items)."
        ).format(len(removed))
        + "\n\n"
        + QCoreApplication.translate(
            "DataIO",
            "Exports you saved elsewhere (PDF reports, JSON or CSV files) are not deleted; "
            "remove them yourself if you no longer want them.",
        ),
    )
    return True
