"""The Charts view: pick a chart and a date range, see it, click into it, export it.

Importing this module does not import matplotlib: the canvas
(``FigureCanvasQTAgg``) and :mod:`backdiary.charts` are imported the first time
the view is shown, so the main window starts without paying for them. Data
comes from :mod:`backdiary.storage.aggregates` (one ``GROUP BY`` per chart); a
change of chart, range or diary reloads it and redraws the one figure the
canvas owns (``draw_idle``). While the view is hidden, :meth:`ChartView.refresh`
only marks it dirty; it redraws when shown again.

Clicking a point, bar or cell emits :attr:`ChartView.entries_requested` and lists
the entries behind it in a small dialog; "List entries…" does the same for the
whole range from the keyboard.

Chart texts are English templates of :mod:`backdiary.domain.chartdata` and
:mod:`backdiary.charts`; the view loads and draws inside
:func:`~backdiary.domain.chartdata.translating` with :func:`chart_tr`, which looks
them up in Qt's ``"Chart"`` context (listed for lupdate in
:mod:`backdiary.ui.chart_texts`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain.chartdata import (
    EXPORT_FORMATS,
    KIND_TITLES,
    ChartData,
    ChartKind,
    HeatmapData,
    Match,
    PickTarget,
    describe,
    export_format,
    format_day,
    location_label,
    translating,
    trigger_label,
    weekday_label,
)
from backdiary.domain.model import Entry
from backdiary.errors import KnownError
from backdiary.services import DiaryService
from backdiary.storage.aggregates import load
from backdiary.ui.texts import QT_TRANSLATE_NOOP

log = logging.getLogger("backdiary.ui")

#: Range presets: key, label, number of days ending today (None: no limit / custom).
PRESETS: tuple[tuple[str, str, int | None], ...] = (
    ("7d", QT_TRANSLATE_NOOP("ChartView", "Last 7 days"), 7),
    ("30d", QT_TRANSLATE_NOOP("ChartView", "Last 30 days"), 30),
    ("90d", QT_TRANSLATE_NOOP("ChartView", "Last 90 days"), 90),
    ("1y", QT_TRANSLATE_NOOP("ChartView", "Last year"), 365),
    ("all", QT_TRANSLATE_NOOP("ChartView", "All entries"), None),
    ("custom", QT_TRANSLATE_NOOP("ChartView", "Custom dates"), None),
)
DEFAULT_PRESET = "90d"
#: Debounce of typed custom dates, in milliseconds.
DATE_EDIT_DELAY_MS = 350
_FILTERS = {
    "png": QT_TRANSLATE_NOOP("ChartView", "PNG image, 300 dpi (*.png)"),
    "svg": QT_TRANSLATE_NOOP("ChartView", "SVG vector image (*.svg)"),
    "pdf": QT_TRANSLATE_NOOP("ChartView", "PDF document (*.pdf)"),
}


def chart_tr(text: str) -> str:
    """A chart text (English template) in the user's language: Qt's ``"Chart"`` context."""
    return QCoreApplication.translate("Chart", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class EntriesDialog(QDialog):
    """A small list of the entries behind a chart element (date, time, NRS, …)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("EntriesDialog", "Date"),
        QT_TRANSLATE_NOOP("EntriesDialog", "Time"),
        QT_TRANSLATE_NOOP("EntriesDialog", "NRS"),
        QT_TRANSLATE_NOOP("EntriesDialog", "Minutes"),
        QT_TRANSLATE_NOOP("EntriesDialog", "Cause"),
        QT_TRANSLATE_NOOP("EntriesDialog", "Where"),
        QT_TRANSLATE_NOOP("EntriesDialog", "Notes"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_entries_dialog")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Entries behind the chart element"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def show_entries(self, title: str, entries: list[Entry]) -> None:
        """Fill the list and show the dialog (non-modal)."""
        self.setWindowTitle(title)
        count = len(entries)
        many = self.tr("{n} entry") if count == 1 else self.tr("{n} entries")
        self.title.setText(f"<b>{title}</b> — {many.format(n=f'{count:,}')}")
        self.table.setRowCount(count)
        pain_free = self.tr("0 (pain-free)")
        for row, e in enumerate(entries):
            t = e.local_time
            minutes = "" if e.episode_duration_min is None else f"{e.episode_duration_min:g}"
            with translating(chart_tr):
                day = f"{weekday_label(t.weekday())} {format_day(t.date())}"
                where = ", ".join(location_label(x.value) for x in sorted(e.pain_locations))
                cause = trigger_label(e.trigger.value) if e.nrs else ""
            values = (
                day,
                f"{t:%H:%M}",
                str(e.nrs) if e.nrs else pain_free,
                minutes,
                cause,
                where,
                " ".join(e.notes.split()),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.show()
        self.raise_()
        self.activateWindow()


class ChartView(QWidget):
    """Charts of the diary with a chart selector, a date range, the canvas and Export….

    Args:
        service: the open diary.
        parent: the Qt parent.
        today: returns today's date (tests pass a fixed day).
    """

    entries_requested = Signal(object, object, str)
    """A chart element was clicked: (first day or None, last day or None, label)."""

    chart_updated = Signal(str)
    """A chart was drawn on the canvas (argument: the chart kind)."""

    def __init__(
        self,
        service: DiaryService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chart_view")
        self.service = service
        self._today = today
        self._canvas: Any = None
        self._data: ChartData | None = None
        self._dirty = True
        self._dialog: EntriesDialog | None = None
        self._last_pick_event: object = None
        self._frozen = False
        self._build()
        self._update_timer = QTimer(self, singleShot=True, interval=0)
        self._update_timer.timeout.connect(self.update_chart)
        self._date_timer = QTimer(self, singleShot=True, interval=DATE_EDIT_DELAY_MS)
        self._date_timer.timeout.connect(self._on_dates_settled)
        self.set_preset(DEFAULT_PRESET)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.kind_combo = QComboBox()
        for kind in ChartKind:
            self.kind_combo.addItem(chart_tr(KIND_TITLES[kind]), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Chart"))
        self.kind_combo.setToolTip(self.tr("Which chart to show"))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)

        self.range_combo = QComboBox()
        for key, name, _days in PRESETS:
            self.range_combo.addItem(self.tr(name), key)
        self.range_combo.setAccessibleName(self.tr("Date range"))
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)

        self.from_edit = self._date_edit(self.tr("From date"))
        self.to_edit = self._date_edit(self.tr("To date"))

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export chart"))
        self.export_button.setToolTip(self.tr("Save this chart as PNG (300 dpi), SVG or PDF"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.entries_button = QPushButton(self.tr("&List entries…"))
        self.entries_button.setAccessibleName(self.tr("List the entries of this range"))
        self.entries_button.clicked.connect(self._on_entries_button_clicked)

        controls = QHBoxLayout()
        for text, widget in (
            (self.tr("Char&t:"), self.kind_combo),
            (self.tr("&Range:"), self.range_combo),
            (self.tr("Fro&m:"), self.from_edit),
            (self.tr("T&o:"), self.to_edit),
        ):
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            controls.addWidget(buddy)
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.entries_button)
        controls.addWidget(self.export_button)

        self.placeholder = QLabel(self.tr("Loading charts…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.status = QLabel(self.tr("Click a point, bar or cell to list the entries behind it."))
        self.status.setAccessibleName(self.tr("Chart status"))
        self.status.setWordWrap(True)

        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.kind_combo, self.range_combo)
        self.setTabOrder(self.range_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.entries_button)
        self.setTabOrder(self.entries_button, self.export_button)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._on_date_edit_changed)
        return edit

    def _create_canvas(self) -> None:
        """Import matplotlib's Qt canvas and put it where the placeholder was."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        canvas = FigureCanvasQTAgg(Figure(dpi=100))  # type: ignore[no-untyped-call]
        canvas.setObjectName("chart_canvas")
        canvas.setAccessibleName(self.tr("Chart"))
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.setMinimumSize(480, 320)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.mpl_connect("pick_event", self._on_canvas_pick)
        canvas.mpl_connect("draw_event", self._on_canvas_drawn)
        canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        self.placeholder.deleteLater()
        self.setTabOrder(self.export_button, canvas)
        self._canvas = canvas

    # ------------------------------------------------------------------ public API
    @property
    def canvas(self) -> Any:
        """The matplotlib canvas widget, or None before the view was first shown."""
        return self._canvas

    def chart_data(self) -> ChartData | None:
        """The data of the chart on screen (None before the first draw)."""
        return self._data

    def kind(self) -> ChartKind:
        """The selected chart."""
        return ChartKind(self.kind_combo.currentData())

    def set_kind(self, kind: ChartKind | str) -> None:
        """Select a chart (redraws when visible)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ChartKind(kind).value))

    def preset(self) -> str:
        """The selected range preset key (``"90d"``, ``"all"``, ``"custom"`` …)."""
        return str(self.range_combo.currentData())

    def set_preset(self, key: str) -> None:
        """Select a range preset by key (see :data:`PRESETS`)."""
        index = self.range_combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown range preset {key!r}")
        if index == self.range_combo.currentIndex():
            self._on_range_combo_changed(index)
        else:
            self.range_combo.setCurrentIndex(index)

    def set_custom_range(self, first: date, last: date) -> None:
        """Show the days from ``first`` to ``last`` (inclusive)."""
        self._set_dates(first, last)
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(self.range_combo.findData("custom"))
        self.range_combo.blockSignals(False)
        self._request_update()

    def date_range(self) -> tuple[date | None, date | None]:
        """The inclusive day range asked for (None, None = all entries)."""
        key = self.preset()
        if key == "custom":
            return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        days = {k: d for k, _, d in PRESETS}[key]
        if days is None:
            return None, None
        today = self._today()
        return today - timedelta(days=days - 1), today

    def refresh(self) -> None:
        """The diary changed: redraw now if visible, else on the next show (cheap)."""
        self._dirty = True
        if self.isVisible():
            self._request_update()

    def update_chart(self) -> None:
        """Reload the chart data for the current chart and range, and redraw it."""
        self._update_timer.stop()
        first, last = self.date_range()
        if first is not None and last is not None and first > last:
            self.status.setText(self.tr("“From” is after “To”: choose an earlier From date."))
            return
        if self._canvas is None:
            self._create_canvas()
        from backdiary.charts.figures import build_figure

        kind = self.kind()
        try:
            with translating(chart_tr):
                data = load(self.service.repo.engine, kind, first, last)
        except KnownError as exc:
            self.status.setText(exc.full_message())
            return
        self._data = data
        self._dirty = False
        with translating(chart_tr):
            build_figure(data, self._canvas.figure, interactive=True)
            summary = describe(data)
        self._canvas.setAccessibleDescription(summary)
        self._canvas.setToolTip(
            self.tr("Click a point, bar or cell to list the entries behind it.")
        )
        if self.preset() == "all" and data.period.first and data.period.last:
            self._set_dates(data.period.first, data.period.last)
        self.status.setText(self.tr("Click a point, bar or cell to list the entries behind it."))
        self._canvas.draw_idle()

    def export_to(self, path: str | Path) -> None:
        """Save the current chart to ``path`` (.png 300 dpi, .svg, .pdf), mode 0600.

        Raises:
            ValueError: unknown extension.
            OSError: the file cannot be written.
        """
        from backdiary.charts.save import export_chart

        data = self._data
        with translating(chart_tr):
            if data is None or self._dirty:
                first, last = self.date_range()
                data = load(self.service.repo.engine, self.kind(), first, last)
            export_chart(data, path)

    def show_entries(self, target: PickTarget) -> None:
        """Emit :attr:`entries_requested` and list the matching entries in a dialog."""
        self.entries_requested.emit(target.first, target.last, target.label)
        entries = target.select(self.service.entries(target.first, target.last))
        if self._dialog is None:
            self._dialog = EntriesDialog(self)
        self._dialog.show_entries(target.label, entries)

    @property
    def entries_dialog(self) -> EntriesDialog | None:
        """The entries dialog, once a chart element was clicked."""
        return self._dialog

    # ------------------------------------------------------------------ internals
    def _request_update(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._update_timer.start()

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    # ------------------------------------------------------------------ Qt events
    def showEvent(self, event: QShowEvent) -> None:
        """Draw the first time, and after changes made while hidden."""
        super().showEvent(event)
        if self._dirty or self._canvas is None:
            self._update_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop pending work while hidden."""
        super().hideEvent(event)
        if self._update_timer.isActive():
            self._update_timer.stop()
            self._dirty = True

    # ------------------------------------------------------------------ slots
    def _on_kind_combo_changed(self, _index: int) -> None:
        self._request_update()

    def _on_range_combo_changed(self, _index: int) -> None:
        key = self.preset()
        if key not in ("custom", "all"):
            first, last = self.date_range()
            if first is not None and last is not None:
                self._set_dates(first, last)
        self._request_update()

    def _on_date_edit_changed(self, _date: QDate) -> None:
        if self.preset() != "custom":
            self.range_combo.blockSignals(True)
            self.range_combo.setCurrentIndex(self.range_combo.findData("custom"))
            self.range_combo.blockSignals(False)
        self._date_timer.start()

    def _on_dates_settled(self) -> None:
        self._request_update()

    def _on_entries_button_clicked(self) -> None:
        period = self._data.period if self._data is not None else None
        first, last = (period.first, period.last) if period else self.date_range()
        label = self.tr("All entries")
        if period is not None:
            with translating(chart_tr):
                span = period.range_label()
            label = self.tr("All entries, {range}").format(range=span)
        self.show_entries(PickTarget(first, last, label, Match.ALL))

    def _on_export_button_clicked(self) -> None:
        first, last = self.date_range()
        if self._data is not None and self._data.period.first and self._data.period.last:
            first, last = self._data.period.first, self._data.period.last
        span = f"{first}_{last}" if first and last else "all"
        suggested = str(Path.home() / f"backdiary-{self.kind().value}-{span}.png")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            suggested,
            ";;".join(self.tr(f) for f in _FILTERS.values()),
        )
        if not path:
            return
        target = Path(path)
        if export_format(target) is None:
            fmt = next((k for k, v in _FILTERS.items() if self.tr(v) == chosen), "png")
            suffix = next(s for s, f in EXPORT_FORMATS.items() if f == fmt)
            target = target.with_name(target.name + suffix)
        try:
            self.export_to(target)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                self.tr("Export chart"),
                self.tr("The chart could not be saved to {path}:\n{reason}").format(
                    path=target, reason=reason
                ),
            )
            return
        self.status.setText(self.tr("Saved the chart to {path}").format(path=target))

    def _on_canvas_pick(self, event: Any) -> None:
        if event.mouseevent is self._last_pick_event:
            return  # several artists under one click: the first one wins
        from backdiary.charts.figures import pick_target

        ind = getattr(event, "ind", None)
        index = int(ind[0]) if ind is not None and len(ind) else None
        mouse = event.mouseevent
        target = pick_target(event.artist, index, mouse.xdata, mouse.ydata)
        if target is None:
            return
        self._last_pick_event = mouse
        self.show_entries(target)

    def _on_canvas_motion(self, event: Any) -> None:
        """Over the heatmap, say how many episodes the cell under the mouse holds."""
        data = self._data
        if not isinstance(data, HeatmapData) or event.inaxes is None:
            return
        if event.xdata is None or event.ydata is None or event.inaxes.get_images() == []:
            return
        hour, weekday = round(event.xdata), round(event.ydata)
        if 0 <= hour <= 23 and 0 <= weekday <= 6:
            n = data.counts[weekday][hour]
            with translating(chart_tr):
                day = weekday_label(weekday)
            self.status.setText(
                self.tr(
                    "{day} {hour:02d}:00–{hour:02d}:59: {n} episodes (click to list them)"
                ).format(day=day, hour=hour, n=n)
            )

    def _on_canvas_drawn(self, _event: Any) -> None:
        if not self._frozen:
            # matplotlib, numpy and the first figure add several hundred thousand
            # long-lived objects; every full collection would walk them all again
            # (110–160 ms, a visible hitch in a later redraw). Park them in the
            # permanent generation once; objects made from now on are collected as usual.
            gc.freeze()
            self._frozen = True
        self.chart_updated.emit(self.kind().value)
