"""Chart builders: plain chart data in, a standalone :class:`~matplotlib.figure.Figure` out.

One public function per chart (``trend_figure`` … ``pregnancy_figure``) and
:func:`build_figure` to dispatch on the data's type. Each takes an optional
existing figure to draw into (the Qt view reuses its canvas's figure) and
otherwise makes a new one at :data:`~backdiary.charts.style.EXPORT_SIZE`.

Every figure has the same frame: a bold title and a subtitle with the date range
and entry counts in a fixed-height header, an optional footnote, and a
centred message instead of axes when there is nothing to show. The header is
laid out by :class:`HeaderLayout`, a constrained layout that keeps a fixed
number of inches free at the top and bottom whatever the canvas size.

Chart elements that stand for entries (points, bars, cells) are pickable and
carry a :class:`~backdiary.domain.chartdata.PickTarget`; :func:`pick_target`
reads it back for a pick event. No pyplot, no backend: the caller decides
where the figure is shown or saved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, overload

from matplotlib import colormaps
from matplotlib import dates as mdates
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Circle, FancyBboxPatch, Patch, Rectangle
from matplotlib.ticker import FixedLocator, MaxNLocator
from matplotlib.transforms import ScaledTranslation

from backdiary.charts import style
from backdiary.domain.chartdata import (
    MONTHS,
    N_,
    ROLLING_DAYS,
    URGENCIES,
    Bucket,
    CategoryStat,
    ChartData,
    FrequencyData,
    FrequencyWeek,
    HeatmapData,
    LocationData,
    Match,
    PickTarget,
    PregnancyData,
    ReliefData,
    Translate,
    TrendData,
    TriggerData,
    current_translator,
    format_day,
    location_label,
    plural,
    quality_label,
    tag_label,
    tr,
    translating,
    trigger_label,
    urgency_label,
    weekday_label,
)
from backdiary.domain.model import Location

#: Attribute holding an artist's pick targets (a target, a list by index, or a callable).
PICK_ATTR = "backdiary_pick"
#: Attribute holding the translation function in effect when an artist was made pickable.
TRANSLATE_ATTR = "backdiary_translate"
#: Messages and labels shared by several charts (English; translated with ``tr`` on use).
NO_ENTRIES = N_("No entries in this period")
NO_EPISODES = N_("No cramp episodes in this period (only pain-free check-ins)")
NRS_LABEL = N_("NRS (0–10)")
NRS_NOTE = N_("NRS: numeric rating scale, 0 = no pain, 10 = worst pain imaginable.")

#: matplotlib's date epoch (date numbers count days from it).
_EPOCH = datetime.fromisoformat(mdates.get_epoch()).date()  # type: ignore[no-untyped-call]


class LazyTargets(Sequence[PickTarget | None]):
    """Pick targets of a line's points, made only when one is picked (index → target)."""

    def __init__(self, make: Callable[[int], PickTarget | None], size: int) -> None:
        self._make = make
        self._size = size

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> PickTarget | None: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[PickTarget | None]: ...
    def __getitem__(self, index: int | slice) -> PickTarget | Sequence[PickTarget | None] | None:
        if isinstance(index, slice):
            return [self._make(i) for i in range(self._size)[index]]
        if not -self._size <= index < self._size:
            raise IndexError(index)
        return self._make(index % self._size)


PickSpec = PickTarget | Sequence[PickTarget | None] | Callable[[float, float], PickTarget | None]


class HeaderLayout(ConstrainedLayoutEngine):
    """Constrained layout that leaves a fixed header (and footer) height free, in inches."""

    def __init__(self, header_in: float, footer_in: float) -> None:
        super().__init__(h_pad=0.06, w_pad=0.08)
        self.header_in = header_in
        self.footer_in = footer_in

    def execute(self, fig: Figure) -> Any:
        """Fit the axes between header and footer, then run the constrained layout."""
        height = max(float(fig.get_size_inches()[1]), 1.5)
        top = 1.0 - min(self.header_in / height, 0.4)
        bottom = min(self.footer_in / height, 0.2)
        self.set(rect=(0.0, bottom, 1.0, top - bottom))
        free = height - self.header_in - self.footer_in - DECORATION_IN
        for grid in {id(g): g for g in (ax.get_gridspec() for ax in fig.axes) if g}.values():
            _fix_rows(grid, free)
        return super().execute(fig)


#: Inches of a figure's height taken by tick labels, axis labels and titles (estimate).
DECORATION_IN = 1.4
#: Attribute of a GridSpec: {row: inches} rows that keep their height whatever the size.
FIXED_ROWS_ATTR = "backdiary_fixed_rows"


def _fix_rows(grid: Any, free_in: float) -> None:
    """Give the rows named in ``grid.backdiary_fixed_rows`` their height in inches.

    The other rows share what is left in their original proportions, so a strip of
    five labelled rows stays readable on a small canvas instead of shrinking with it.
    """
    fixed: dict[int, float] | None = getattr(grid, FIXED_ROWS_ATTR, None)
    if not fixed:
        return
    base: list[float] = list(
        getattr(grid, "backdiary_base_ratios", None) or grid.get_height_ratios()
    )
    setattr(grid, "backdiary_base_ratios", base)  # noqa: B010
    # On a small canvas the fixed rows give way too, keeping at least 60 % for the rest.
    scale = min(1.0, 0.4 * max(free_in, 1.0) / sum(fixed.values()))
    kept = {i: inches * scale for i, inches in fixed.items()}
    rest = max(free_in - sum(kept.values()), 0.6)
    flexible = sum(r for i, r in enumerate(base) if i not in kept) or 1.0
    grid.set_height_ratios(
        [kept[i] if i in kept else rest * r / flexible for i, r in enumerate(base)]
    )


# ---------------------------------------------------------------------- frame
def _reset(fig: Figure) -> None:
    """Remove everything drawn on ``fig``.

    Cheaper than ``Figure.clear()``, which first clears every axes it is about to
    delete; the figure keeps its canvas and event connections either way.
    """
    for ax in list(fig.axes):
        fig.delaxes(ax)
    for artist in [*fig.texts, *fig.artists, *fig.lines, *fig.patches, *fig.images, *fig.legends]:
        artist.remove()


def _start(title: str, subtitle: str, fig: Figure | None, footnote: str = "") -> Figure:
    """A cleared figure with header (and footnote) text and the header layout."""
    if fig is None:
        fig = Figure(figsize=style.EXPORT_SIZE, dpi=100)
    else:
        _reset(fig)
    fig.set_facecolor("white")
    fig.set_layout_engine(HeaderLayout(style.HEADER_IN, style.FOOTER_IN if footnote else 0.05))
    trans = fig.transFigure
    fig.text(
        0,
        1,
        title,
        transform=trans + ScaledTranslation(0.15, -0.1, fig.dpi_scale_trans),
        ha="left",
        va="top",
        fontsize=style.TITLE_SIZE,
        fontweight="bold",
        color=style.TEXT,
        gid="title",
    )
    fig.text(
        0,
        1,
        subtitle,
        transform=trans + ScaledTranslation(0.15, -0.42, fig.dpi_scale_trans),
        ha="left",
        va="top",
        fontsize=style.SUBTITLE_SIZE,
        color=style.MUTED_TEXT,
        gid="subtitle",
    )
    if footnote:
        fig.text(
            0,
            0,
            footnote,
            transform=trans + ScaledTranslation(0.15, 0.08, fig.dpi_scale_trans),
            ha="left",
            va="bottom",
            fontsize=style.NOTE_SIZE,
            color=style.MUTED_TEXT,
            gid="footnote",
        )
    return fig


def _empty(fig: Figure, message: str, hint: str = "") -> Figure:
    """Replace the plot area with a centred message."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.55,
        message,
        ha="center",
        va="center",
        fontsize=style.EMPTY_SIZE,
        color=style.TEXT,
        transform=ax.transAxes,
        gid="empty",
    )
    if hint:
        ax.text(
            0.5,
            0.42,
            hint,
            ha="center",
            va="center",
            fontsize=style.LABEL_SIZE,
            color=style.MUTED_TEXT,
            transform=ax.transAxes,
            wrap=True,
        )
    return fig


def _tidy(ax: Any, grid_axis: str = "y") -> None:
    """Light grid, no top/right spines, readable ticks."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.GREY)
    ax.tick_params(labelsize=style.TICK_SIZE, colors=style.TEXT)
    if grid_axis:
        ax.grid(axis=grid_axis, color=style.GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def _label(ax: Any, x: str = "", y: str = "") -> None:
    if x:
        ax.set_xlabel(x, fontsize=style.LABEL_SIZE, color=style.TEXT)
    if y:
        ax.set_ylabel(y, fontsize=style.LABEL_SIZE, color=style.TEXT)


def _panel_title(ax: Any, text: str, small: bool = False) -> None:
    if small:
        ax.set_title(text, loc="left", fontsize=style.TICK_SIZE, color=style.MUTED_TEXT)
        return
    ax.set_title(text, loc="left", fontsize=style.LABEL_SIZE, fontweight="bold", color=style.TEXT)


def _pickable(artist: Any, spec: PickSpec, tolerance: float | bool = True) -> None:
    artist.set_picker(tolerance)
    setattr(artist, PICK_ATTR, spec)
    # Labels of lazily made targets are written at pick time, in the figure's language.
    setattr(artist, TRANSLATE_ATTR, current_translator())


def pick_target(
    artist: Any, index: int | None = None, x: float | None = None, y: float | None = None
) -> PickTarget | None:
    """The entries behind a picked artist.

    Args:
        artist: the artist of a matplotlib pick event.
        index: the first index of ``event.ind`` for lines and collections.
        x: the mouse position in data coordinates (for images).
        y: likewise.
    """
    spec = getattr(artist, PICK_ATTR, None)
    if spec is None:
        return None
    with translating(getattr(artist, TRANSLATE_ATTR, None)):
        return _target_of(spec, index, x, y)


def _target_of(
    spec: PickSpec, index: int | None, x: float | None, y: float | None
) -> PickTarget | None:
    if isinstance(spec, PickTarget):
        return spec
    if callable(spec):
        if x is None or y is None:
            return None
        return spec(x, y)
    if index is None or not 0 <= index < len(spec):
        return None
    return spec[index]


def _num(day: date) -> float:
    """A day as a matplotlib date number (days since matplotlib's epoch)."""
    return float((day - _EPOCH).days)


#: English month abbreviations as strftime writes them in the C locale.
_MONTH_WORDS = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


class _TranslatedDates(mdates.ConciseDateFormatter):
    """Concise date ticks with the month names in the figure's language."""

    def __init__(self, locator: Any, translate: Translate | None, **kwargs: Any) -> None:
        super().__init__(locator, **kwargs)  # type: ignore[no-untyped-call]
        self._translate = translate

    def format_ticks(self, values: Any) -> list[str]:
        labels: list[str] = super().format_ticks(values)  # type: ignore[no-untyped-call]
        translate = self._translate
        if translate is None:
            return labels
        return [_MONTH_WORDS.sub(lambda m: translate(m.group(0)), label) for label in labels]


def _date_axis(ax: Any) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    formatter = _TranslatedDates(
        locator,
        current_translator(),
        formats=["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M"],
        show_offset=False,
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)


def _line(ax: Any, x: Sequence[float], y: Sequence[float], s: style.SeriesStyle, **kw: Any) -> Any:
    (line,) = ax.plot(
        x,
        y,
        color=s.color,
        linestyle=s.linestyle or "none",
        marker=s.marker or None,
        linewidth=s.linewidth,
        markersize=s.markersize,
        **kw,
    )
    return line


def _broken(
    starts: Sequence[date], values: Sequence[float], max_gap: timedelta
) -> tuple[list[float], list[float], list[int | None]]:
    """x/y with a NaN inserted wherever consecutive points are more than ``max_gap`` apart.

    Returns the x values (date numbers), y values and, per position, the index of
    the original point (None at the inserted gaps).
    """
    xs: list[float] = []
    ys: list[float] = []
    idx: list[int | None] = []
    for i, (day, value) in enumerate(zip(starts, values, strict=True)):
        if i and day - starts[i - 1] > max_gap:
            xs.append(math.nan)
            ys.append(math.nan)
            idx.append(None)
        xs.append(_num(day))
        ys.append(value)
        idx.append(i)
    return xs, ys, idx


def _legend(ax: Any, handles: Sequence[Any], ncols: int | None = None) -> None:
    """A frameless legend in one row just above ``ax`` (never over the data)."""
    ax.legend(
        handles=list(handles),
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        borderaxespad=0.3,
        ncols=ncols or min(len(handles), 5),
        frameon=False,
        fontsize=style.TICK_SIZE,
        handlelength=2.6,
        columnspacing=1.6,
    )


# ---------------------------------------------------------------------- trend
def _trimester_patches(ax: Any, data: TrendData, band: bool = True) -> list[Patch]:
    """Shade the recorded trimesters: a light wash behind the data, and (``band``) a
    hatched strip along the top, so the lines stay readable and grey print still
    tells the trimesters apart by their hatching."""
    seen: dict[int, Patch] = {}
    for span in data.trimesters:
        s = style.TRIMESTER_STYLES[span.trimester]
        lo, hi = _num(span.first), _num(span.last + timedelta(days=1))
        ax.axvspan(lo, hi, facecolor=s.color, alpha=style.TRIMESTER_WASH_ALPHA, linewidth=0,
                   zorder=0, gid=f"trimester_{span.trimester}")  # fmt: skip
        if band:
            ax.axvspan(lo, hi, ymin=1 - style.TRIMESTER_BAND, ymax=1.0, facecolor=s.color,
                       edgecolor=style.TRIMESTER_EDGE, hatch=s.hatch, linewidth=0.6,
                       zorder=0.5, gid=f"trimester_band_{span.trimester}")  # fmt: skip
        seen[span.trimester] = Patch(
            facecolor=s.color,
            edgecolor=style.TRIMESTER_EDGE,
            hatch=s.hatch,
            label=tr("pregnancy: {trimester}").format(
                trimester=tr(style.TRIMESTER_NAMES[span.trimester])
            ),
        )
    return [seen[t] for t in sorted(seen)]


def trend_figure(data: TrendData, fig: Figure | None = None) -> Figure:
    """Worst and mean NRS per day (or week), rolling mean, check-ins, flags, trimesters."""
    weekly = data.bucket is Bucket.WEEK
    window = ROLLING_DAYS[data.bucket.value]
    title = tr(
        "Pain intensity over time – weekly" if weekly else "Pain intensity over time – daily"
    )
    note = " ".join(
        (
            tr(NRS_NOTE),
            tr("Each point is one week (Mon–Sun)." if weekly else "Each point is one day."),
            tr("Pain-free check-ins count as 0 in the mean."),
        )
    )
    fig = _start(title, data.period.label(), fig, note)
    if not data.points:
        return _empty(fig, tr(NO_ENTRIES))
    grid = fig.add_gridspec(2, 1, height_ratios=(4.2, 1.35))
    setattr(grid, FIXED_ROWS_ATTR, {1: 1.1})  # five readable rows
    ax = fig.add_subplot(grid[0])
    strip = fig.add_subplot(grid[1])
    _tidy(ax)
    _tidy(strip, grid_axis="")
    patches = _trimester_patches(ax, data)
    _trimester_patches(strip, data, band=False)

    step = timedelta(days=7 if weekly else 1)
    centre = 3.5 if weekly else 0.5
    starts = [p.start for p in data.points]
    many = len(starts) > 200

    def point_target(i: int | None) -> PickTarget | None:
        if i is None:
            return None
        day = data.points[i].start
        label = tr("Week of {day}").format(day=format_day(day)) if weekly else format_day(day)
        return PickTarget(day, day + step - timedelta(days=1), label)

    def along(idx: list[int | None]) -> LazyTargets:
        return LazyTargets(lambda n: point_target(idx[n]), len(idx))

    def shifted(xs: list[float]) -> list[float]:
        return [x + centre for x in xs]

    fade = 0.75 if many else 1.0
    worst_label = tr("worst NRS of the week") if weekly else tr("worst NRS of the day")
    mean_label = tr("mean NRS of the week") if weekly else tr("mean NRS of the day")
    xs, worst, idx = _broken(starts, [float(p.worst) for p in data.points], step)
    worst_style = style.WORST if not many else style.SeriesStyle(style.VERMILLION, "-", "", 0.8)
    line = _line(
        ax, shifted(xs), worst, worst_style, label=worst_label, gid="worst",
        alpha=fade, zorder=2,
    )  # fmt: skip
    _pickable(line, along(idx), 4)
    xs, mean, idx = _broken(starts, [p.mean for p in data.points], step)
    mean_style = style.MEAN if not many else style.SeriesStyle(style.BLUE, "--", "", 1.0)
    line = _line(
        ax, shifted(xs), mean, mean_style, label=mean_label, gid="mean",
        alpha=fade, zorder=2.1,
    )  # fmt: skip
    _pickable(line, along(idx), 4)
    rolling_label = (
        tr("{n}-week rolling mean").format(n=window // 7)
        if weekly
        else tr("{n}-day rolling mean").format(n=window)
    )
    xs, rolled, _ = _broken(starts, data.rolling_mean(), timedelta(days=window))
    _line(ax, shifted(xs), rolled, style.ROLLING, label=rolling_label, gid="rolling", zorder=2.2)

    ax.set_ylim(0, 10)
    ax.yaxis.set_major_locator(FixedLocator([0, 2, 4, 6, 8, 10]))
    _label(ax, y=tr(NRS_LABEL))
    first = data.period.first or starts[0]
    last = data.period.last or starts[-1]
    for a in (ax, strip):
        a.set_xlim(_num(min(first, starts[0])), _num(max(last, starts[-1]) + step))
    ax.set_xticks([])
    _date_axis(strip)

    # The event strip: one row per kind of day; dense rows become tick marks.
    rows = [tr("pain-free check-in")] + [
        tr("warning: {urgency}").format(urgency=urgency_label(u)) for u in URGENCIES
    ]
    events: list[tuple[str, list[date], style.SeriesStyle, Match, str]] = [
        ("pain_free", list(data.pain_free_days), style.PAIN_FREE, Match.PAIN_FREE, "")
    ]
    for urgency in URGENCIES:
        days = [f.day for f in data.flags if f.urgency == urgency]
        events.append((f"flag_{urgency}", days, style.URGENCY_STYLES[urgency], Match.ALL, urgency))
    for row, (gid, days, s, match, urgency) in enumerate(events):
        dense = len(days) > 120
        line = strip.plot(
            [_num(d) + 0.5 for d in days],
            [row] * len(days),
            linestyle="none",
            marker="|" if dense else s.marker,
            markersize=8 if dense else s.markersize,
            markerfacecolor="white" if match is Match.PAIN_FREE else s.color,
            markeredgecolor=s.color if dense or urgency != "emergency" else "white",
            markeredgewidth=1.0 if dense else 1.2 if match is Match.PAIN_FREE else 0.6,
            gid=gid,
        )[0]

        def event_target(
            n: int, days: list[date] = days, urgency: str = urgency, match: Match = match
        ) -> PickTarget:
            d = days[n]
            if urgency:
                label = tr("Entries on {day} (warning: {urgency})")
                return PickTarget(
                    d, d, label.format(day=format_day(d), urgency=urgency_label(urgency))
                )
            label = tr("Pain-free check-ins, {day}").format(day=format_day(d))
            return PickTarget(d, d, label, match)

        _pickable(line, LazyTargets(event_target, len(days)), 4)
    strip.set_ylim(-0.7, len(rows) - 0.3)
    strip.yaxis.set_major_locator(FixedLocator(list(range(len(rows)))))
    strip.set_yticklabels(rows)
    strip.grid(axis="y", color=style.GRID, linewidth=0.8)
    strip.set_title(
        tr("Days with a pain-free check-in or a red-flag warning"),
        loc="left",
        fontsize=style.TICK_SIZE,
        color=style.MUTED_TEXT,
    )
    _label(strip, x=tr("date"))

    handles = [h for h in ax.get_lines() if not str(h.get_label()).startswith("_")]
    _legend(ax, [*handles, *patches], ncols=3)
    return fig


# ---------------------------------------------------------------------- frequency
#: Long frequency charts add a trailing average over this many weeks.
SMOOTH_WEEKS = 8
#: Up to this many weeks, each bar carries its number.
BAR_NUMBERS_MAX = 26


def _trailing_mean(values: Sequence[float], window: int) -> list[float]:
    """Mean of the last ``window`` values at each position, ignoring NaN (NaN if none)."""
    result: list[float] = []
    for i in range(len(values)):
        chunk = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        result.append(sum(chunk) / len(chunk) if chunk else math.nan)
    return result


def frequency_figure(data: FrequencyData, fig: Figure | None = None) -> Figure:
    """Episodes per week (bars) above the weekly median episode duration (line)."""
    fig = _start(
        tr("Cramp episodes per week"),
        data.period.label(),
        fig,
        tr(
            "Episode: an entry with NRS 1–10. Weeks run Monday–Sunday; the median duration "
            "counts only episodes with a duration recorded."
        ),
    )
    if data.period.entries == 0 or not data.weeks:
        return _empty(fig, tr(NO_ENTRIES))
    if data.period.episodes == 0:
        return _empty(fig, tr(NO_EPISODES))
    grid = fig.add_gridspec(2, 1, height_ratios=(3, 1.6))
    ax = fig.add_subplot(grid[0])
    dur = fig.add_subplot(grid[1])
    _tidy(ax)
    _tidy(dur)
    many = len(data.weeks) > 80
    handles: list[Any] = []

    def week_target(w: FrequencyWeek) -> PickTarget:
        return PickTarget(
            w.start,
            w.start + timedelta(days=6),
            tr("Episodes in the week of {day}").format(day=format_day(w.start)),
            Match.EPISODES,
        )

    if many:
        # Hundreds of weeks: one filled step outline instead of one patch per bar.
        edges = [_num(w.start) for w in data.weeks] + [_num(data.weeks[-1].start) + 7]
        steps = ax.stairs(
            [w.episodes for w in data.weeks],
            edges,
            fill=True,
            color=style.BAR_LIGHT,
            label=tr("episodes in the week"),
            gid="bars",
        )

        def week_at(x: float, _y: float) -> PickTarget | None:
            i = math.floor((x - edges[0]) / 7)
            return week_target(data.weeks[i]) if 0 <= i < len(data.weeks) else None

        _pickable(steps, week_at)
        handles.append(steps)
    for partial, s, label in (
        (False, style.BAR, tr("episodes in the week")),
        (True, style.BAR_PARTIAL, tr("partial week (the range covers only part of it)")),
    ):
        weeks = [w for w in data.weeks if w.partial == partial]
        if many or not weeks:
            continue
        bars = ax.bar(
            [_num(w.start) + 3.5 for w in weeks],
            [w.episodes for w in weeks],
            width=7.0 * 0.82,
            align="center",
            color=s.color,
            edgecolor=style.BAR_EDGE,
            linewidth=0.6,
            hatch=s.hatch,
            label=label,
            gid="partial_bars" if partial else "bars",
        )
        for bar, w in zip(bars, weeks, strict=True):
            _pickable(bar, week_target(w))
        if len(data.weeks) <= BAR_NUMBERS_MAX:
            ax.bar_label(bars, fontsize=style.ANNOTATION_SIZE, padding=2, color=style.TEXT)
        handles.append(bars)
    if many:
        smooth = _trailing_mean([float(w.episodes) for w in data.weeks], SMOOTH_WEEKS)
        line = _line(
            ax, [_num(w.start) + 3.5 for w in data.weeks], smooth, style.ROLLING,
            label=tr("{n}-week average").format(n=SMOOTH_WEEKS), gid="episodes_average",
        )  # fmt: skip
        handles.append(line)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.set_ylim(0, max(1, max(w.episodes for w in data.weeks)) * 1.12)
    _label(ax, y=tr("episodes per week"))
    ax.set_xticks([])

    starts = [w.start for w in data.weeks if w.median_duration_min is not None]
    medians = [w.median_duration_min or 0.0 for w in data.weeks if w.median_duration_min]
    if starts:
        xs, ys, _ = _broken(starts, medians, timedelta(days=7))
        s = style.DURATION if not many else style.SeriesStyle(style.VERMILLION, "-", "", 0.7)
        line = _line(
            dur, [x + 3.5 for x in xs], ys, s, label=tr("median episode duration"), gid="median"
        )
        handles.append(line)
        if many:
            smooth = _trailing_mean(
                [math.nan if w.median_duration_min is None else w.median_duration_min
                 for w in data.weeks],
                SMOOTH_WEEKS,
            )  # fmt: skip
            _line(
                dur, [_num(w.start) + 3.5 for w in data.weeks], smooth, style.ROLLING,
                gid="median_average",
            )  # fmt: skip
        top = _duration_limit(medians)
        dur.set_ylim(0, top * 1.15)
        cut = sum(1 for m in medians if m > top * 1.15)
        if cut:
            # A few very long weeks would flatten the rest: cut them off, and say so.
            dur.text(
                1.0,
                1.0,
                tr("{weeks} above {limit} min not shown in full").format(
                    weeks=plural(cut, N_("{n} week"), N_("{n} weeks")), limit=f"{top * 1.15:.0f}"
                ),
                ha="right",
                va="bottom",
                transform=dur.transAxes,
                fontsize=style.ANNOTATION_SIZE,
                color=style.MUTED_TEXT,
                in_layout=False,
                gid="duration_cut",
            )
    else:
        dur.text(
            0.5,
            0.5,
            tr("No durations recorded"),
            ha="center",
            va="center",
            transform=dur.transAxes,
            color=style.MUTED_TEXT,
        )
        dur.set_ylim(0, 1)
    dur.yaxis.set_major_locator(MaxNLocator(nbins=4))
    first = data.weeks[0].start
    last = data.weeks[-1].start + timedelta(days=7)
    for a in (ax, dur):
        a.set_xlim(_num(first), _num(last))
    if len(data.weeks) <= 10:
        # Few weeks: name each bar by its Monday.
        dur.set_xticks(
            [_num(w.start) + 3.5 for w in data.weeks], [f"{w.start:%d %b}" for w in data.weeks]
        )
        _label(dur, x=tr("week beginning (Monday)"), y=tr("minutes\n(median)"))
    else:
        _date_axis(dur)
        _label(dur, x=tr("week"), y=tr("minutes\n(median)"))
    _panel_title(dur, tr("Median episode duration per week"), small=True)
    _legend(ax, handles)
    return fig


def _duration_limit(medians: Sequence[float]) -> float:
    """The top of the duration axis: the largest median, unless a few outliers dwarf the rest.

    With more than 20 weeks, the axis stops at twice the 95th percentile when the
    largest value is beyond that, so typical weeks do not shrink to a flat line.
    """
    peak = max(medians)
    if len(medians) <= 20:
        return peak
    ordered = sorted(medians)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return min(peak, 2 * p95) if p95 > 0 else peak


# ---------------------------------------------------------------------- heatmap
def heatmap_figure(
    data: HeatmapData, fig: Figure | None = None, *, cell_numbers: bool = True
) -> Figure:
    """Episodes by weekday × hour of the day, with totals per hour (bars) and weekday.

    Args:
        data: the counts.
        fig: a figure to draw into (cleared first), or None for a new one.
        cell_numbers: print each cell's count in it (for paper; on screen, the
            view shows the count of the cell under the mouse instead).
    """
    note = tr(
        "Each cell counts episodes (NRS 1–10) that began in that hour, local time "
        "(column 14 = 14:00–14:59); darker cells had more."
    )
    title = tr("When cramps happen: time of day and weekday")
    fig = _start(title, data.period.label(), fig, note)
    if data.period.entries == 0:
        return _empty(fig, tr(NO_ENTRIES))
    if data.period.episodes == 0:
        return _empty(fig, tr(NO_EPISODES))
    grid = fig.add_gridspec(2, 1, height_ratios=(1, 3.4))
    top = fig.add_subplot(grid[0])
    ax = fig.add_subplot(grid[1])
    counts = [list(row) for row in data.counts]
    peak = max(max(row) for row in counts) or 1
    image = ax.imshow(
        counts,
        aspect="auto",
        cmap=colormaps[style.SEQUENTIAL_CMAP],
        vmin=0,
        vmax=peak,
        extent=(-0.5, 23.5, 6.5, -0.5),
        interpolation="nearest",
        gid="heatmap",
    )
    first, last = data.period.first, data.period.last

    def slot(x: float, y: float) -> PickTarget | None:
        hour, weekday = round(x), round(y)
        if not (0 <= hour <= 23 and 0 <= weekday <= 6):
            return None
        return PickTarget(
            first,
            last,
            tr("Episodes on {day} {hour}").format(
                day=weekday_label(weekday), hour=f"{hour:02d}:00–{hour:02d}:59"
            ),
            Match.SLOT,
            f"{weekday}:{hour}",
        )

    _pickable(image, slot)
    for weekday, row in enumerate(counts):
        for hour, n in enumerate(row):
            if n and cell_numbers:
                ax.text(
                    hour,
                    weekday,
                    str(n),
                    ha="center",
                    va="center",
                    fontsize=style.ANNOTATION_SIZE - (1 if n >= 100 else 0),
                    color="white" if n / peak > 0.5 else style.BLACK,
                    in_layout=False,
                )
        ax.text(
            24.0,
            weekday,
            f"{sum(row):,}",
            ha="left",
            va="center",
            fontsize=style.ANNOTATION_SIZE,
            color=style.TEXT,
        )
    ax.text(24.0, -0.75, tr("total"), ha="left", va="bottom", fontsize=style.ANNOTATION_SIZE,
            color=style.MUTED_TEXT)  # fmt: skip
    ax.set_yticks(range(7), [weekday_label(d) for d in range(7)])
    ax.set_xticks(range(0, 24, 2), [f"{h:02d}:00" for h in range(0, 24, 2)])
    ax.tick_params(labelsize=style.TICK_SIZE, length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _label(ax, x=tr("hour of the day (start of the episode)"), y=tr("weekday"))
    # The colour key sits right of the totals column; an inset keeps the hour columns
    # of both panels aligned.
    bar = fig.colorbar(image, cax=ax.inset_axes((1.075, 0.0, 0.016, 1.0)))
    bar.set_label(tr("episodes in the cell"), fontsize=style.TICK_SIZE, color=style.TEXT)
    bar.ax.tick_params(labelsize=style.TICK_SIZE, colors=style.TEXT)
    bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    bar.outline.set_visible(False)

    hours = [sum(row[h] for row in counts) for h in range(24)]
    top.bar(range(24), hours, width=0.8, color=style.BLUE, gid="hour_totals")
    _tidy(top)
    top.set_xlim(-0.5, 23.5)
    top.set_xticks([])
    top.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
    _panel_title(top, tr("Episodes per hour of the day"))
    _label(top, y=tr("episodes"))
    return fig


# ---------------------------------------------------------------------- triggers
def _count_panel(
    ax: Any,
    rows: Sequence[CategoryStat | str | None],
    label: Callable[[str], str] | Sequence[Callable[[str], str]],
    total: int,
    match: Match | Sequence[Match],
    period: tuple[date | None, date | None],
    gid: str,
) -> None:
    """Horizontal count bars, one row per statistic, with "n (share%)" at the bar ends.

    ``rows`` may mix statistics with headings (str) and spacers (None); ``label``
    and ``match`` are then given per row group, in the order of the headings.
    """
    labels = [label] if callable(label) else list(label)
    matches = [match] if isinstance(match, Match) else list(match)
    group = -1 if any(isinstance(r, str) for r in rows) else 0
    names: list[str] = []
    stats: list[tuple[int, CategoryStat, int]] = []
    headings: list[int] = []
    for y, row in enumerate(rows):
        if isinstance(row, str):
            group += 1
            names.append(row)
            headings.append(y)
        elif row is None:
            names.append("")
        else:
            names.append(labels[group](row.key))
            stats.append((y, row, group))
    counts = [s.count for _, s, _ in stats]
    bars = ax.barh(
        [y for y, _, _ in stats], counts, height=0.65, color=style.COUNT_BAR.color, gid=gid
    )
    for bar, (y, s, g) in zip(bars, stats, strict=True):
        what = tr("Episodes: {name}").format(name=names[y])
        _pickable(bar, PickTarget(period[0], period[1], what, matches[g], s.key))
    peak = max(counts, default=0) or 1
    for (y, _, _), n in zip(stats, counts, strict=True):
        share = f" ({100 * n / total:.0f}%)" if total else ""
        ax.text(
            n + peak * 0.01,
            y,
            f"{n:,}{share}",
            va="center",
            ha="left",
            fontsize=style.ANNOTATION_SIZE,
            color=style.TEXT,
            in_layout=False,
        )
    ax.set_yticks(range(len(rows)), names)
    for y in headings:
        ax.get_yticklabels()[y].set_fontweight("bold")
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.tick_params(axis="y", left=False)
    ax.set_xlim(0, peak * 1.28)
    ax.set_xticks([])  # the bars carry their numbers
    _tidy(ax, grid_axis="")


def _mean_panel(ax: Any, rows: Sequence[CategoryStat | str | None], gid: str) -> None:
    """Mean NRS per row as a dot on a 0–10 scale (headings and spacers stay empty)."""
    ys = [y for y, r in enumerate(rows) if isinstance(r, CategoryStat)]
    means = [
        r.mean_nrs if r.mean_nrs is not None else math.nan
        for r in rows
        if isinstance(r, CategoryStat)
    ]
    ax.hlines(ys, 0, means, color=style.LIGHT_GREY, linewidth=1.5)
    s = style.MEAN_DOT
    ax.plot(means, ys, linestyle="none", marker=s.marker, markersize=s.markersize, color=s.color,
            markeredgecolor=style.BLACK, markeredgewidth=0.5, gid=gid)  # fmt: skip
    for y, m in zip(ys, means, strict=True):
        if not math.isnan(m):
            ax.text(
                m + 0.25,
                y,
                f"{m:.1f}",
                va="center",
                fontsize=style.ANNOTATION_SIZE,
                in_layout=False,
            )
    ax.set_xlim(0, 10)
    ax.xaxis.set_major_locator(FixedLocator([0, 2, 4, 6, 8, 10]))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.tick_params(labelleft=False, left=False)
    _tidy(ax, grid_axis="x")


def triggers_figure(data: TriggerData, fig: Figure | None = None) -> Figure:
    """Triggers and aggravating factors: how many episodes, and how painful on average."""
    fig = _start(
        tr("Triggers and aggravating factors"),
        data.period.label(),
        fig,
        tr("Counts are episodes (NRS 1–10); an episode can have several aggravating factors.")
        + " "
        + tr(NRS_NOTE),
    )
    if data.period.entries == 0:
        return _empty(fig, tr(NO_ENTRIES))
    if data.period.episodes == 0:
        return _empty(fig, tr(NO_EPISODES))
    if not data.triggers and not data.factors:
        return _empty(
            fig,
            tr("No triggers or aggravating factors recorded"),
            tr("All {n} episodes in this period were logged without one.").format(
                n=f"{data.period.episodes:,}"
            ),
        )
    rows: list[CategoryStat | str | None] = [
        tr("Triggers") if data.triggers else tr("Triggers: none recorded"),
        *data.triggers,
        None,
        tr("Aggravating factors") if data.factors else tr("Aggravating factors: none recorded"),
        *data.factors,
    ]
    grid = fig.add_gridspec(1, 2, width_ratios=(3, 2))
    left = fig.add_subplot(grid[0])
    right = fig.add_subplot(grid[1])
    span = (data.period.first, data.period.last)
    groups = [trigger_label, tag_label]
    matches = [Match.TRIGGER, Match.FACTOR]
    _count_panel(left, rows, groups, data.period.episodes, matches, span, "counts")
    _mean_panel(right, rows, "means")
    title = tr("Episodes")
    if data.no_trigger:
        title = tr("Episodes ({n} with no clear cause)").format(n=f"{data.no_trigger:,}")
    _panel_title(left, title)
    _panel_title(right, tr("Mean pain of those episodes"))
    _label(left, x=tr("episodes (share of all episodes)"))
    _label(right, x=tr("mean NRS (0–10)"))
    return fig


# ---------------------------------------------------------------------- locations
#: Body regions seen from behind: (x, y, width, height) in diagram units.
_BODY_REGIONS: dict[Location, tuple[float, float, float, float]] = {
    Location.THORACIC: (-1.8, 6.6, 3.6, 2.5),
    Location.FLANK_LEFT: (-1.8, 4.8, 0.5, 1.8),
    Location.LOWER_BACK: (-1.3, 4.8, 2.6, 1.8),
    Location.FLANK_RIGHT: (1.3, 4.8, 0.5, 1.8),
    Location.BUTTOCK: (-1.8, 3.2, 3.6, 1.6),
    Location.LEFT_LEG: (-1.8, -1.6, 1.65, 4.8),
    Location.RIGHT_LEG: (0.15, -1.6, 1.65, 4.8),
    Location.LOWER_ABDOMEN: (2.8, 0.6, 2.7, 1.7),
}


def _body_diagram(ax: Any, data: LocationData) -> None:
    """A back view whose regions are shaded and labelled by the share of episodes."""
    total = data.period.episodes or 1
    stats = {s.key: s for s in data.locations}
    cmap = colormaps["Blues"]
    neutral: dict[str, Any] = {"facecolor": "#F4F4F4", "edgecolor": style.GREY, "linewidth": 0.8}
    ax.add_patch(Circle((0, 10.0), 0.75, **neutral))
    ax.add_patch(Rectangle((-0.3, 9.1), 0.6, 0.3, **neutral))
    ax.add_patch(Rectangle((-2.55, 4.6), 0.65, 4.4, **neutral))
    ax.add_patch(Rectangle((1.9, 4.6), 0.65, 4.4, **neutral))
    for location, (x, y, w, h) in _BODY_REGIONS.items():
        stat = stats.get(location.value)
        count = stat.count if stat is not None else 0
        value = count / total
        patch = FancyBboxPatch(
            (x, y),
            w,
            h,
            boxstyle="round,pad=0,rounding_size=0.12",
            facecolor=cmap(0.08 + 0.85 * value),
            edgecolor=style.BLACK,
            linewidth=0.9,
            gid=f"region_{location.value}",
        )
        ax.add_patch(patch)
        name = location_label(location.value)
        _pickable(
            patch,
            PickTarget(
                data.period.first,
                data.period.last,
                tr("Episodes with pain in: {name}").format(name=name),
                Match.LOCATION,
                location.value,
            ),
        )
        share = f"{100 * value:.0f}%"
        if location in (Location.FLANK_LEFT, Location.FLANK_RIGHT):
            # Too narrow to write in: label beside the arm, with a leader line.
            side = -1 if location is Location.FLANK_LEFT else 1
            ax.annotate(
                f"{name}\n{share} ({count:,})",
                xy=(x + w / 2, y + h / 2),
                xytext=(side * 3.0, y + h / 2),
                ha="right" if side < 0 else "left",
                va="center",
                fontsize=style.ANNOTATION_SIZE,
                color=style.TEXT,
                arrowprops={"arrowstyle": "-", "color": style.GREY, "linewidth": 0.8},
                in_layout=False,
            )
            continue
        dark = value > 0.55
        if w < 2.0 and len(name) > 9:
            name = name.replace(" ", "\n", 1)  # a narrow leg: one word a line
        ax.text(
            x + w / 2,
            y + h / 2,
            f"{name}\n{share} ({count:,})",
            ha="center",
            va="center",
            fontsize=style.ANNOTATION_SIZE,
            color="white" if dark else style.BLACK,
            linespacing=1.3,
            in_layout=False,
        )
    ax.text(4.15, 2.45, tr("(front)"), ha="center", va="bottom", fontsize=style.ANNOTATION_SIZE,
            color=style.MUTED_TEXT, in_layout=False)  # fmt: skip
    ax.set_xlim(-5.6, 5.6)
    ax.set_ylim(-2.5, 11.0)
    ax.set_aspect("equal")
    ax.set_axis_off()
    _panel_title(ax, tr("Where it hurts, seen from behind (share of episodes)"))


def locations_figure(data: LocationData, fig: Figure | None = None) -> Figure:
    """Where it hurts (a back-view diagram) and how it feels (bars), by share of episodes."""
    fig = _start(
        tr("Where it hurts and how it feels"),
        data.period.label(),
        fig,
        tr(
            "Shares are of all episodes (NRS 1–10); an episode can have several locations "
            "and qualities, so they add up to more than 100%."
        ),
    )
    if data.period.entries == 0:
        return _empty(fig, tr(NO_ENTRIES))
    if data.period.episodes == 0:
        return _empty(fig, tr(NO_EPISODES))
    grid = fig.add_gridspec(1, 2, width_ratios=(1.25, 1.0))
    _body_diagram(fig.add_subplot(grid[0]), data)
    ax = fig.add_subplot(grid[1])
    ordered = sorted(data.qualities, key=lambda s: (-s.count, s.key))
    span = (data.period.first, data.period.last)
    _count_panel(ax, ordered, quality_label, data.period.episodes, Match.QUALITY, span, "qualities")
    _panel_title(ax, tr("How it feels"))
    _label(ax, x=tr("episodes (share of all episodes)"))
    return fig


# ---------------------------------------------------------------------- relief
def relief_figure(data: ReliefData, fig: Figure | None = None) -> Figure:
    """Relief tried, as bars split by whether the entry said it helped."""
    fig = _start(
        tr("Relief tried and whether it helped"),
        data.period.label(),
        fig,
        tr(
            "“Helped” is recorded once per entry: when several kinds of relief were tried "
            "together, each is credited with that answer."
        ),
    )
    if data.period.entries == 0:
        return _empty(fig, tr(NO_ENTRIES))
    if not data.items:
        return _empty(
            fig,
            tr("No relief recorded in this period"),
            tr("Relief is what was tried to ease a cramp."),
        )
    ax = fig.add_subplot()
    _tidy(ax, grid_axis="")
    ys = list(range(len(data.items)))
    left = [0.0] * len(data.items)
    span = (data.period.first, data.period.last)
    for part, s in style.RELIEF_STYLES.items():
        values = [float(getattr(r, part)) for r in data.items]
        bars = ax.barh(
            ys,
            values,
            left=left,
            height=0.65,
            color=s.color,
            hatch=s.hatch,
            edgecolor=style.BLACK,
            linewidth=0.5,
            label=tr(style.RELIEF_NAMES[part]),
            gid=f"relief_{part}",
        )
        for bar, r in zip(bars, data.items, strict=True):
            _pickable(
                bar,
                PickTarget(
                    span[0],
                    span[1],
                    tr("Tried: {relief}").format(relief=tag_label(r.key)),
                    Match.RELIEF,
                    r.key,
                ),
            )
        left = [a + b for a, b in zip(left, values, strict=True)]
    peak = max(r.tried for r in data.items)
    for y, r in zip(ys, data.items, strict=True):
        answered = r.tried - r.unrecorded
        text = f"{r.tried:,}"
        if answered:
            helped, somewhat = 100 * r.helped / answered, 100 * r.somewhat / answered
            text += "  ·  " + tr("helped {helped}%, somewhat {somewhat}%").format(
                helped=f"{helped:.0f}", somewhat=f"{somewhat:.0f}"
            )
        ax.text(
            r.tried + peak * 0.01,
            y,
            text,
            va="center",
            fontsize=style.ANNOTATION_SIZE,
            in_layout=False,
        )
    ax.set_yticks(ys, [tag_label(r.key) for r in data.items])
    ax.set_ylim(len(ys) - 0.5, -0.5)
    ax.set_xlim(0, peak * 1.45)
    ax.set_xticks([])  # the bars carry their numbers
    _label(ax, x=tr("entries where it was tried (percentages: of the answered ones)"))
    _legend(ax, ax.containers, ncols=4)
    return fig


# ---------------------------------------------------------------------- pregnancy
def pregnancy_figure(data: PregnancyData, fig: Figure | None = None) -> Figure:
    """Mean and worst NRS by completed week of gestation, with trimester boundaries."""
    fig = _start(
        tr("Pain by week of pregnancy"),
        data.period.label(),
        fig,
        tr(NRS_NOTE)
        + " "
        + tr("Weeks are completed weeks of gestation; trimesters: 0–13, 14–27, 28+."),
    )
    if not data.series:
        if data.recorded == 0:
            return _empty(
                fig,
                tr("No pregnancy is recorded in this diary"),
                tr(
                    "Record a pregnancy (due date or first day of the last period) "
                    "to see pain by week of pregnancy."
                ),
            )
        if data.period.entries == 0:
            return _empty(fig, tr(NO_ENTRIES))
        return _empty(fig, tr("No entries during a recorded pregnancy in this period"))
    grid = fig.add_gridspec(2, 1, height_ratios=(3.2, 1.2))
    ax = fig.add_subplot(grid[0])
    bars_ax = fig.add_subplot(grid[1])
    _tidy(ax)
    _tidy(bars_ax)
    last_week = max(w.week for s in data.series for w in s.weeks)
    right = max(42, last_week + 1)
    for a in (ax, bars_ax):
        for trimester, lo, hi in ((1, 0, 14), (2, 14, 28), (3, 28, right)):
            s = style.TRIMESTER_STYLES[trimester]
            a.axvspan(lo, hi, facecolor=s.color, linewidth=0, zorder=0, alpha=0.5)
        for boundary in (14, 28):
            a.axvline(boundary, color=style.REDDISH_PURPLE, linestyle=":", linewidth=1.2)
    for trimester, centre in ((1, 7), (2, 21), (3, (28 + right) / 2)):
        ax.text(
            centre,
            9.75,
            tr(style.TRIMESTER_NAMES[trimester]),
            ha="center",
            va="top",
            fontsize=style.TICK_SIZE,
            color=style.TEXT,
            fontweight="bold",
            in_layout=False,
        )
    handles: list[Any] = []
    several = len(data.series) > 1
    width = 0.8 / len(data.series)
    for n, series in enumerate(data.series):
        s = style.PREGNANCY_SERIES[n % len(style.PREGNANCY_SERIES)]
        weeks = list(series.weeks)
        xs = [w.week + 0.5 for w in weeks]
        # One pregnancy: the legend still says which (the subtitle gives the whole range).
        name = (
            series.label if several else tr("mean NRS ({pregnancy})").format(pregnancy=series.label)
        )
        line = _line(ax, xs, [w.mean_nrs for w in weeks], s, label=name, gid=f"mean_{n}")
        targets = [
            PickTarget(
                series.first,
                series.last,
                tr("{pregnancy}: week {week}").format(pregnancy=series.label, week=w.week),
                Match.GESTATION,
                str(w.week),
            )
            for w in weeks
        ]
        _pickable(line, targets, 4)
        handles.append(line)
        worst = ax.plot(
            xs,
            [w.worst for w in weeks],
            linestyle="none",
            marker="^",
            markersize=5,
            markerfacecolor="white",
            markeredgecolor=s.color,
            markeredgewidth=1.2,
            label=tr("worst NRS ({pregnancy})").format(pregnancy=series.label)
            if several
            else tr("worst NRS"),
            gid=f"worst_{n}",
        )[0]
        handles.append(worst)
        bars = bars_ax.bar(
            [w.week + 0.1 + n * width for w in weeks],
            [w.entries for w in weeks],
            width=width,
            align="edge",
            color=s.color,
            edgecolor=style.BLACK,
            linewidth=0.4,
            gid=f"entries_{n}",
        )
        for bar, t in zip(bars, targets, strict=True):
            _pickable(bar, t)
    ax.set_ylim(0, 10)
    ax.yaxis.set_major_locator(FixedLocator([0, 2, 4, 6, 8, 10]))
    ax.set_xlim(0, right)
    bars_ax.set_xlim(0, right)
    ax.set_xticks([])
    _label(ax, y=tr(NRS_LABEL))
    bars_ax.xaxis.set_major_locator(FixedLocator(list(range(0, right + 1, 2))))
    bars_ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
    _label(bars_ax, x=tr("week of pregnancy (completed weeks)"), y=tr("entries"))
    _legend(ax, handles, ncols=min(len(handles), 4))
    return fig


# ---------------------------------------------------------------------- dispatch
def build_figure(
    data: ChartData,
    fig: Figure | None = None,
    *,
    interactive: bool = False,
    translate: Translate | None = None,
) -> Figure:
    """The figure for any chart data (see the ``*_figure`` functions).

    Args:
        data: what to draw; its type selects the chart.
        fig: a figure to draw into (cleared first), or None for a new print-sized one.
        interactive: the figure is for the on-screen view, where hovering and
            clicking reveal details, so per-cell numbers that only paper needs are
            left out (they cost more time than the rest of the heatmap).
        translate: the translation of the chart texts (English template in, text
            out); None keeps the language of the enclosing
            :func:`~backdiary.domain.chartdata.translating` block (English by default).
    """
    if translate is None:
        return _build(data, fig, interactive)
    with translating(translate):
        return _build(data, fig, interactive)


def _build(data: ChartData, fig: Figure | None, interactive: bool) -> Figure:
    if isinstance(data, TrendData):
        return trend_figure(data, fig)
    if isinstance(data, FrequencyData):
        return frequency_figure(data, fig)
    if isinstance(data, HeatmapData):
        return heatmap_figure(data, fig, cell_numbers=not interactive)
    if isinstance(data, TriggerData):
        return triggers_figure(data, fig)
    if isinstance(data, LocationData):
        return locations_figure(data, fig)
    if isinstance(data, ReliefData):
        return relief_figure(data, fig)
    return pregnancy_figure(data, fig)
