"""The window's report, export, import and delete dialogs (pytest-qt, offscreen).

Static QFileDialog/QMessageBox methods and the dialogs' ``exec`` are replaced so that
nothing blocks.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import stat
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from backdiary.app import main
from backdiary.export.csvio import read_table
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from backdiary.ui import dataio
from backdiary.ui.dataio import CsvImportDialog, DeleteDialog, ExportDialog, ReportDialog

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent / "data"
Accepted = QDialog.DialogCode.Accepted
Rejected = QDialog.DialogCode.Rejected


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[tuple[DiaryService, AppPaths]]:
    folder = tmp_path / "diary"
    assert main(["--data-dir", str(folder), "demo", "--days", "120", "--seed", "4"]) == 0
    paths = AppPaths.resolve(folder)
    engine = open_diary(paths)
    yield DiaryService(Repository(engine)), paths
    engine.dispose()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[DiaryService]:
    engine = open_diary(AppPaths.resolve(tmp_path / "empty"))
    yield DiaryService(Repository(engine))
    engine.dispose()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record every message box instead of showing it; questions are answered Yes."""
    seen: list[tuple[str, str]] = []

    def info(_parent: QWidget, title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: QWidget, title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        seen.append((title, text))
        return QMessageBox.StandardButton.Yes

    def box_exec(self: QMessageBox) -> int:
        seen.append((self.windowTitle(), f"{self.text()}\n{self.informativeText()}"))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "information", info)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return seen


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def save_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def dialog_exec(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], act: Callable[[Any], QDialog.DialogCode]
) -> None:
    monkeypatch.setattr(cls, "exec", lambda self: act(self))


def assert_accessible(widget: QWidget) -> None:
    """Every input the user can reach has an accessible name (Qt's own sub-widgets aside)."""
    kinds = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractButton, QPlainTextEdit,
             QTextBrowser, QTableWidget)  # fmt: skip
    composite = (QAbstractSpinBox, QComboBox, QAbstractItemView)

    def inside_composite(w: QWidget) -> bool:
        parent = w.parentWidget()
        while parent is not None and parent is not widget:
            if isinstance(parent, composite):
                return True
            parent = parent.parentWidget()
        return False

    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds)
        and not inside_composite(w)
        and not w.accessibleName()
        and w.isVisibleTo(widget)
    ]
    assert unnamed == []


# --------------------------------------------------------------------------- report
def test_report_dialog_previews_saves_and_prints(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    service, _ = diary
    dialog = ReportDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    assert dialog.report is not None
    assert "Back pain diary report" in dialog.summary_view.toPlainText()
    assert dialog.page_label.pixmap() is not None and not dialog.page_label.pixmap().isNull()
    count = dialog.report.page_count
    assert dialog.page_number.text() == f"Page 1 of {count}"
    dialog.next_button.click()
    assert dialog.page == 1

    today = date.today()
    assert dialog.period() == (today - timedelta(days=89), today)
    dialog.preset.setCurrentIndex(0)  # last 30 days
    dialog.refresh()
    assert dialog.period() == (today - timedelta(days=29), today)
    dialog.set_period(today - timedelta(days=10), today)
    assert "(11 days)" in dialog.summary_view.toPlainText()

    target = tmp_path / "report"
    save_file(monkeypatch, target)
    saved = dialog.save_pdf()
    assert saved == tmp_path / "report.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "not encrypted" in dialog.status.text()

    printed = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> QDialog.DialogCode:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        self.printer().setResolution(72)
        return Accepted

    dialog_exec(monkeypatch, QPrintDialog, accept)
    assert dialog.print_report()
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 10_000

    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.refresh()
    assert not dialog.save_button.isEnabled()
    assert dialog.report is None


def test_export_report_entry_point(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, _ = diary
    shown: list[ReportDialog] = []

    def record(d: ReportDialog) -> QDialog.DialogCode:
        shown.append(d)
        return Rejected

    dialog_exec(monkeypatch, ReportDialog, record)
    parent = QWidget()
    qtbot.addWidget(parent)
    dataio.export_report(parent, service)
    assert len(shown) == 1 and shown[0].report is not None


# --------------------------------------------------------------------------- export
def test_export_data_csv_and_json(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    service, _ = diary
    parent = QWidget()
    qtbot.addWidget(parent)

    def choose_csv(d: ExportDialog) -> QDialog.DialogCode:
        assert_accessible(d)
        d.csv_button.setChecked(True)
        return Accepted

    dialog_exec(monkeypatch, ExportDialog, choose_csv)
    save_file(monkeypatch, tmp_path / "entries")
    dataio.export_data(parent, service)
    out = tmp_path / "entries.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,timestamp,nrs")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert messages[-1][0] == "Export saved" and "not encrypted" in messages[-1][1]

    dialog_exec(monkeypatch, ExportDialog, lambda d: Accepted)
    save_file(monkeypatch, tmp_path / "all.json")
    dataio.export_data(parent, service)
    assert (tmp_path / "all.json").read_text().startswith('{\n  "format": "backdiary"')

    save_file(monkeypatch, tmp_path / "missing-folder" / "x.json")
    dataio.export_data(parent, service)
    assert messages[-1][0] == "The export was not saved" and "cannot write" in messages[-1][1]


# --------------------------------------------------------------------------- import
def test_import_json_adds_then_skips(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], empty: DiaryService, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    service, paths = diary
    exported = tmp_path / "e.json"
    assert main(["--data-dir", str(paths.data), "export", "-o", str(exported)]) == 0
    parent = QWidget()
    qtbot.addWidget(parent)
    open_file(monkeypatch, exported)
    assert dataio.import_data(parent, empty) is True
    n = service.count()
    assert empty.count() == n
    assert messages[-1] == (
        "Import finished",
        f"Added {n} entries, skipped 0 already in the diary.",
    )
    assert dataio.import_data(parent, empty) is False
    assert messages[-1][1] == f"Added 0 entries, skipped {n} already in the diary."


def test_malformed_json_shows_the_problem_and_imports_nothing(
    qtbot: Any, empty: DiaryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text('{"profile": {}, "entries": [{"timestamp": "2026-01-01T08:00", "nrs": 12}]}')
    parent = QWidget()
    qtbot.addWidget(parent)
    open_file(monkeypatch, bad)
    assert dataio.import_data(parent, empty) is False
    title, text = messages[-1]
    assert title == "This file cannot be imported" and "entry 0: 'nrs' 12 is outside" in text
    assert empty.count() == 0


def test_csv_mapping_dialog_for_another_app(qtbot: Any) -> None:
    table = read_table((DATA / "headi_export.csv").read_bytes())
    dialog = CsvImportDialog(table, "headi_export.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    assert dialog.columns["timestamp"].currentText() == "start_date"
    assert dialog.columns["nrs"].currentText() == "strength"
    assert dialog.date_format.currentData() == "epoch_ms"  # guessed from the first cells
    assert dialog.columns["episode_duration_min"].currentText() == "duration"
    assert dialog.unit.currentData() == "ms"  # too large for minutes
    assert dialog.parsed is not None
    assert not [e for e in dialog.parsed.errors if e.field.startswith("timestamp")]
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("iso"))
    result = dialog.check()
    assert result is not None
    assert [e.line for e in result.errors if "ISO 8601" in e.message] == [2, 3, 4, 5, 6]
    assert not dialog.import_button.isEnabled()
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("epoch_ms"))
    dialog.set_column("episode_duration_min", "duration")
    dialog.unit.setCurrentIndex(dialog.unit.findData("ms"))
    dialog.where_column.setCurrentText("pain")
    dialog.where_value.setText("back*")
    result = dialog.check()
    assert result is not None and not result.errors
    assert [e.episode_duration_min for e in result.entries] == [30, 8, 60]
    assert "3 rows can be imported" in dialog.report_view.toPlainText()
    assert dialog.import_button.isEnabled()


def test_invalid_rows_block_the_import_until_skipped(qtbot: Any) -> None:
    table = read_table((DATA / "flaredown_export.csv").read_bytes())
    dialog = CsvImportDialog(table, "flaredown_export.csv")
    qtbot.addWidget(dialog)
    dialog.set_column("nrs", "Lower back pain")
    dialog.set_column("factors", "Tags")
    dialog.scale.setValue(4)
    dialog.check()
    assert "line 3, nrs (column 'Lower back pain'): is empty" in dialog.report_view.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_import_csv_through_the_window(
    qtbot: Any, empty: DiaryService, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    def map_columns(d: CsvImportDialog) -> QDialog.DialogCode:
        d.date_format.setCurrentIndex(d.date_format.findData("%d.%m.%Y"))
        d.check()
        assert d.import_button.isEnabled()
        d.import_button.click()
        return QDialog.DialogCode(d.result())

    dialog_exec(monkeypatch, CsvImportDialog, map_columns)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_file(monkeypatch, DATA / "pfpd_export.csv")
    assert dataio.import_data(parent, empty) is True
    assert empty.count() == 4
    assert messages[-1][1] == "Added 4 entries, skipped 0 already in the diary."


def test_own_csv_needs_no_mapping(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], empty: DiaryService, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    service, _ = diary
    out = tmp_path / "own.csv"
    dataio.write_export(service, "csv", out, None, None)
    seen: list[CsvImportDialog] = []

    def accept(d: CsvImportDialog) -> QDialog.DialogCode:
        seen.append(d)
        return Accepted

    dialog_exec(monkeypatch, CsvImportDialog, accept)
    open_file(monkeypatch, out)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert dataio.import_data(parent, empty) is True
    assert seen[0].own_format and not seen[0].mapping_widget.isVisibleTo(seen[0])
    assert empty.count() == service.count()


def test_cp1252_csv_is_offered_as_windows_text(
    qtbot: Any, empty: DiaryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    f = tmp_path / "old.csv"
    f.write_bytes("timestamp,nrs,notes\n2026-03-01T08:00,4,Rücken\n".encode("cp1252"))
    dialog_exec(monkeypatch, CsvImportDialog, lambda d: Accepted)
    open_file(monkeypatch, f)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert dataio.import_data(parent, empty) is True
    assert messages[0][0] == "Text encoding"
    assert empty.entries()[0].notes == "Rücken"


def test_too_large_file_is_refused(
    qtbot: Any, empty: DiaryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    from backdiary.export import files

    monkeypatch.setattr(files, "MAX_IMPORT_BYTES", 10)
    f = tmp_path / "big.csv"
    f.write_text("timestamp,nrs\n2026-03-01T08:00,4\n")
    open_file(monkeypatch, f)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert dataio.import_data(parent, empty) is False
    assert "imports files up to 10 bytes" in messages[-1][1]


# --------------------------------------------------------------------------- delete
def test_delete_needs_the_word_and_then_deletes(
    qtbot: Any, diary: tuple[DiaryService, AppPaths], monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    service, paths = diary
    paths.backups.mkdir(exist_ok=True)
    (paths.backups / "b.sqlite3").write_bytes(b"x")
    parent = QWidget()
    qtbot.addWidget(parent)

    dialog_exec(monkeypatch, DeleteDialog, lambda d: Rejected)
    assert dataio.delete_all_data(parent, service, paths) is False
    assert paths.db.exists()

    def type_word(d: DeleteDialog) -> QDialog.DialogCode:
        assert_accessible(d)
        assert not d.delete_button.isEnabled()
        d.confirm.setText("delet")
        assert not d.delete_button.isEnabled()
        d.confirm.setText("DELETE")
        assert d.delete_button.isEnabled()
        d.delete_button.click()
        return QDialog.DialogCode(d.result())

    dialog_exec(monkeypatch, DeleteDialog, type_word)
    assert dataio.delete_all_data(parent, service, paths) is True
    assert not paths.db.exists() and not paths.backups.exists()
    title, text = messages[-1]
    assert title == "Your data was deleted" and "Exports you saved elsewhere" in text


def test_deleting_from_the_window_leaves_no_settings_behind(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    from backdiary.ui.mainwindow import MainWindow

    monkeypatch.setenv("BACKDIARY_CONFIG_DIR", str(tmp_path / "config"))
    paths = AppPaths.resolve(tmp_path / "data")
    engine = open_diary(paths)
    service = DiaryService(Repository(engine))
    window = MainWindow(service, paths)
    qtbot.addWidget(window)
    window.settings.set_close_to_tray(True)  # closing would only hide it in the tray
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the start-up timers run first, as they do before anyone opens a menu
    assert paths.settings_file.exists()

    def confirm(d: DeleteDialog) -> QDialog.DialogCode:
        d.confirm.setText("DELETE")
        d.delete_button.click()
        return QDialog.DialogCode(d.result())

    dialog_exec(monkeypatch, DeleteDialog, confirm)
    window._delete_all()
    assert not window.isVisible()
    assert not paths.db.exists()
    assert not paths.settings_file.exists()  # closing the window did not write it again
    engine.dispose()


@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        ("pfpd_export.csv", "Date", "%d.%m.%Y"),
        ("pfpd_export_old.csv", "Date", "%d.%m.%y"),
        ("bearable_export_2021.csv", "date", "%d %b %Y"),
        ("trackandgraph_export.csv", "Timestamp", "iso"),
        ("flaredown_export.csv", "Date", "iso"),
    ],
)
def test_the_date_format_is_guessed_from_the_first_cells(
    qtbot: Any, name: str, column: str, expected: str
) -> None:
    dialog = CsvImportDialog(read_table((DATA / name).read_bytes()), name)
    qtbot.addWidget(dialog)
    dialog.set_column("timestamp", column)
    dialog._guess_date_format()
    mapping = dialog.mapping()
    assert mapping is not None and mapping.date_format == expected
