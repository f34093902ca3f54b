"""GUI tests of the Charts view (``backdiary/ui/chart_view.py``), offscreen with pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backdiary.demo import generate
from backdiary.domain.chartdata import ChartKind, FrequencyData, HeatmapData, describe
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from backdiary.ui import chart_view
from backdiary.ui.chart_view import ChartView

TODAY = date(2026, 11, 25)
WAIT_MS = 15_000


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chartdiary")
    engine = open_diary(AppPaths.resolve(folder))
    service = DiaryService(Repository(engine))
    data = generate(days=400, seed=5, end=TODAY)
    service.repo.set_pregnancies(data.pregnancies)
    service.add_many(data.entries)
    engine.dispose()
    return folder


@pytest.fixture
def service(demo_dir: Path) -> Iterator[DiaryService]:
    engine = open_diary(AppPaths.resolve(demo_dir))
    yield DiaryService(Repository(engine))
    engine.dispose()


@pytest.fixture
def view(qtbot: QtBot, service: DiaryService) -> ChartView:
    widget = ChartView(service, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    with qtbot.waitSignal(widget.chart_updated, timeout=WAIT_MS):
        widget.show()
    return widget


def _switch(qtbot: QtBot, view: ChartView, change: Any) -> None:
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        change()


# ---------------------------------------------------------------------- lazy matplotlib
def test_matplotlib_is_imported_only_when_the_view_is_shown(demo_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from backdiary.paths import AppPaths
        from backdiary.services import DiaryService
        from backdiary.storage.diary import open_diary
        from backdiary.storage.repository import Repository
        service = DiaryService(Repository(open_diary(AppPaths.resolve({str(demo_dir)!r}))))
        from backdiary.ui.chart_view import ChartView
        view = ChartView(service)
        view.refresh()
        app.processEvents()
        assert "matplotlib" not in sys.modules, "imported before the view was shown"
        loop = QEventLoop()
        drawn = []
        view.chart_updated.connect(lambda kind: (drawn.append(kind), loop.quit()))
        QTimer.singleShot(20000, loop.quit)
        view.show()
        loop.exec()
        assert drawn == ["trend"], drawn
        assert "matplotlib" in sys.modules
        assert "matplotlib.pyplot" not in sys.modules
        print("ok")
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_main_window_imports_matplotlib_only_when_the_charts_tab_opens(demo_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from backdiary.paths import AppPaths
        from backdiary.services import DiaryService
        from backdiary.storage.diary import open_diary
        from backdiary.storage.repository import Repository
        from backdiary.ui.mainwindow import MainWindow
        paths = AppPaths.resolve({str(demo_dir)!r})
        window = MainWindow(DiaryService(Repository(open_diary(paths))), paths)
        window.resize(1100, 720)
        window.show()
        for _ in range(5):
            app.processEvents()
        assert "matplotlib" not in sys.modules, "imported before the Charts tab was opened"
        assert window.findChild(type(window.charts_host), "chart_view") is None
        window.tabs.setCurrentWidget(window.charts_host)
        from backdiary.ui.chart_view import ChartView
        view = window.findChild(ChartView)
        assert view is not None, "no chart view after opening the tab"
        loop = QEventLoop()
        drawn = []
        view.chart_updated.connect(lambda kind: (drawn.append(kind), loop.quit()))
        QTimer.singleShot(20000, loop.quit)
        if view.canvas is None:
            loop.exec()
        assert view.canvas is not None and view.canvas.isVisible()
        assert "matplotlib" in sys.modules
        assert "matplotlib.pyplot" not in sys.modules
        print("ok")
        sys.stdout.flush()
        os._exit(0)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# ---------------------------------------------------------------------- controls
def test_controls_have_accessible_names_and_mnemonics(view: ChartView) -> None:
    for widget in view.findChildren(QWidget):
        if isinstance(widget, (QComboBox, QDateEdit, QPushButton)):
            assert widget.accessibleName(), widget
    buddies = {label.text(): label.buddy() for label in view.findChildren(QLabel) if label.buddy()}
    assert buddies == {
        "Char&t:": view.kind_combo,
        "&Range:": view.range_combo,
        "Fro&m:": view.from_edit,
        "T&o:": view.to_edit,
    }
    assert "&" in view.export_button.text() and "&" in view.entries_button.text()
    assert view.canvas.accessibleName() == "Chart"
    assert view.canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_shows_the_trend_of_the_last_90_days_first(view: ChartView) -> None:
    assert view.kind() is ChartKind.TREND
    assert view.preset() == "90d"
    assert view.date_range() == (TODAY - timedelta(days=89), TODAY)
    data = view.chart_data()
    assert data is not None and data.kind is ChartKind.TREND
    assert view.canvas.accessibleDescription() == describe(data)
    assert view.from_edit.date() == QDate(2026, 8, 28)
    titles = [t.get_text() for t in view.canvas.figure.texts if t.get_gid() == "title"]
    assert titles == ["Pain intensity over time – daily"]


def test_every_chart_can_be_selected(qtbot: QtBot, view: ChartView) -> None:
    for kind in list(ChartKind)[1:]:
        _switch(qtbot, view, lambda k=kind: view.set_kind(k))
        data = view.chart_data()
        assert data is not None and data.kind is kind
        assert view.kind_combo.currentText() in view.canvas.accessibleDescription()


def test_range_presets_and_custom_dates(
    qtbot: QtBot, view: ChartView, service: DiaryService
) -> None:
    _switch(qtbot, view, lambda: view.set_preset("7d"))
    assert view.date_range() == (TODAY - timedelta(days=6), TODAY)
    assert view.from_edit.date() == QDate(2026, 11, 19)
    _switch(qtbot, view, lambda: view.set_preset("all"))
    data = view.chart_data()
    assert data is not None and data.period.first is not None and data.period.last is not None
    assert data.period.entries == service.count()
    # The date edits show the diary's first and last days.
    assert view.from_edit.date() == QDate(data.period.first)
    assert view.to_edit.date() == QDate(data.period.last)
    # Editing a date switches to custom dates (after a short pause for typing).
    _switch(qtbot, view, lambda: view.from_edit.setDate(QDate(2026, 10, 1)))
    assert view.preset() == "custom"
    assert view.date_range() == (date(2026, 10, 1), data.period.last)
    _switch(qtbot, view, lambda: view.set_custom_range(date(2026, 9, 1), date(2026, 9, 30)))
    data = view.chart_data()
    assert data is not None and (data.period.first, data.period.last) == (
        date(2026, 9, 1),
        date(2026, 9, 30),
    )


def test_from_after_to_is_refused_with_a_message(qtbot: QtBot, view: ChartView) -> None:
    before = view.chart_data()
    view.set_custom_range(date(2026, 9, 30), date(2026, 9, 1))
    qtbot.wait(50)
    assert view.chart_data() is before
    assert "From" in view.status.text()


def test_refresh_while_hidden_is_cheap_and_redraws_on_show(
    qtbot: QtBot, view: ChartView, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[ChartKind] = []
    real = chart_view.load

    def counting(engine: Any, kind: ChartKind, start: Any, end: Any) -> Any:
        calls.append(kind)
        return real(engine, kind, start, end)

    monkeypatch.setattr(chart_view, "load", counting)
    view.hide()
    view.refresh()
    view.refresh()
    qtbot.wait(50)
    assert calls == []
    _switch(qtbot, view, view.show)
    assert calls == [ChartKind.TREND]
    # Visible: several refreshes in a row draw once.
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.refresh()
        view.refresh()
    qtbot.wait(50)
    assert calls == [ChartKind.TREND, ChartKind.TREND]


# ---------------------------------------------------------------------- export
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_to_file(view: ChartView, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"chart{suffix}"
    view.export_to(path)
    assert path.stat().st_size > 1000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_button_uses_the_chosen_format(
    qtbot: QtBot, view: ChartView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "for-my-physio"

    def fake_dialog(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(target), "SVG vector image (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "for-my-physio.svg"
    assert saved.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert str(saved) in view.status.text()


# ---------------------------------------------------------------------- drill-down
def test_clicking_a_bar_lists_its_entries(
    qtbot: QtBot, view: ChartView, service: DiaryService
) -> None:
    _switch(qtbot, view, lambda: view.set_kind(ChartKind.FREQUENCY))
    data = view.chart_data()
    assert isinstance(data, FrequencyData)
    week = max((w for w in data.weeks if not w.partial), key=lambda w: w.episodes)
    from matplotlib.backend_bases import MouseEvent

    bars = [p for ax in view.canvas.figure.axes for p in ax.patches if p.get_gid() == "bars"]
    index = [w for w in data.weeks if not w.partial].index(week)
    box = bars[index].get_window_extent()
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    event = MouseEvent("button_press_event", view.canvas, x, y, button=1)
    with qtbot.waitSignal(view.entries_requested, timeout=WAIT_MS) as blocker:
        view.canvas.callbacks.process("button_press_event", event)
    first, last, label = blocker.args
    assert (first, last) == (week.start, week.start + timedelta(days=6))
    assert label == f"Episodes in the week of {week.start.day} {week.start:%b %Y}"
    dialog = view.entries_dialog
    assert dialog is not None and dialog.isVisible()
    expected = [e for e in service.entries(first, last) if e.nrs >= 1]
    assert dialog.table.rowCount() == len(expected) == week.episodes


def test_hovering_the_heatmap_reads_out_the_cell(qtbot: QtBot, view: ChartView) -> None:
    _switch(qtbot, view, lambda: view.set_kind(ChartKind.HEATMAP))
    data = view.chart_data()
    assert isinstance(data, HeatmapData)
    image = next(
        im for ax in view.canvas.figure.axes for im in ax.get_images() if im.get_gid() == "heatmap"
    )
    x, y = image.axes.transData.transform((8, 0))  # Monday, 08:00
    from matplotlib.backend_bases import MouseEvent

    event = MouseEvent("motion_notify_event", view.canvas, x, y)
    view.canvas.callbacks.process("motion_notify_event", event)
    assert view.status.text().startswith(f"Mon 08:00–08:59: {data.counts[0][8]} episodes")


def test_list_entries_button_shows_the_whole_range(
    qtbot: QtBot, view: ChartView, service: DiaryService
) -> None:
    with qtbot.waitSignal(view.entries_requested, timeout=WAIT_MS):
        qtbot.mouseClick(view.entries_button, Qt.MouseButton.LeftButton)
    dialog = view.entries_dialog
    assert dialog is not None
    first, last = view.date_range()
    assert dialog.table.rowCount() == len(service.entries(first, last))
    assert dialog.table.accessibleName()
