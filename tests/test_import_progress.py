"""Long imports report their progress: the service calls back, the window shows a dialog."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from backdiary.domain.exchange import Document
from backdiary.domain.model import Profile
from backdiary.services import PROGRESS_EVERY, DiaryService
from backdiary.ui import dataio
from tests.factories import make_entry


def _entries(n: int, start: datetime) -> list[Any]:
    return [make_entry(nrs=i % 8, timestamp=start + timedelta(hours=3 * i)) for i in range(n)]


def test_storing_entries_reports_progress(service: DiaryService) -> None:
    start = datetime(2024, 1, 1, 8, 0).astimezone()
    calls: list[tuple[int, int]] = []
    n = 2 * PROGRESS_EVERY + 500
    result = service.import_document(
        Document(Profile(), (), tuple(_entries(n, start))),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert result.added == n
    assert calls == [(PROGRESS_EVERY, n), (2 * PROGRESS_EVERY, n), (n, n)]
    # Into a diary with entries, the warnings of all are checked again: reported too.
    later = start + timedelta(days=400)
    calls.clear()
    service.import_document(
        Document(Profile(), (), tuple(_entries(10, later))),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[0] == (10, 10)
    assert calls[-1] == (n + 10, n + 10)
    assert [d for d, _ in calls[1:]] == sorted(d for d, _ in calls[1:])


def test_the_progress_dialog_follows_the_import(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with dataio.import_progress(parent, 3000) as progress:
        progress(1000, 3000)
        dialog = parent.findChild(QProgressDialog, "import-progress")
        assert dialog is not None
        assert (dialog.value(), dialog.maximum()) == (1000, 3000)
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert "3,000 entries" in dialog.labelText()
        progress(3200, 3200)  # the warnings of all entries: a new range
        assert (dialog.value(), dialog.maximum()) == (3200, 3200)
    assert not dialog.isVisible()


def test_importing_through_the_window_shows_the_progress(
    qtbot: Any, service: DiaryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from backdiary.app import main

    source = tmp_path / "source"
    n = PROGRESS_EVERY + 10
    assert main(["--data-dir", str(source), "demo", "--entries", str(n), "--days", "30"]) == 0
    exported = tmp_path / "e.json"
    assert main(["--data-dir", str(source), "export", "-o", str(exported)]) == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    shown: list[tuple[int, int]] = []
    real_set_value = QProgressDialog.setValue

    def set_value(dialog: QProgressDialog, value: int) -> None:
        if dialog.objectName() == "import-progress":
            shown.append((value, dialog.maximum()))
        real_set_value(dialog, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert dataio.import_data(parent, service) is True
    assert service.count() == n
    assert shown == [(PROGRESS_EVERY, n), (n, n)]
