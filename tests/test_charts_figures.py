"""Structural tests of the chart figures (``backdiary/charts``), rendered with Agg.

They assert on what a reader sees — titles, subtitles, axis labels and limits,
series data, the daily → weekly switch, empty states — not on pixels.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import io
import math
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from backdiary.charts import style
from backdiary.charts.data import (
    Bucket,
    CategoryStat,
    FlagDay,
    FrequencyData,
    FrequencyWeek,
    GestationWeek,
    HeatmapData,
    LocationData,
    Match,
    Period,
    PickTarget,
    PregnancyData,
    PregnancySeries,
    ReliefData,
    ReliefStat,
    TrendData,
    TrendPoint,
    TriggerData,
    TrimesterSpan,
    choose_bucket,
    describe,
)
from backdiary.charts.figures import (
    _BODY_REGIONS,
    NO_ENTRIES,
    NRS_LABEL,
    build_figure,
    frequency_figure,
    heatmap_figure,
    locations_figure,
    pick_target,
    pregnancy_figure,
    relief_figure,
    trend_figure,
    triggers_figure,
)
from backdiary.charts.save import export_chart, save_figure
from backdiary.domain.model import Location, Quality

D0 = date(2026, 9, 1)
OKABE_ITO = {
    style.BLACK,
    style.ORANGE,
    style.SKY_BLUE,
    style.BLUISH_GREEN,
    style.YELLOW,
    style.BLUE,
    style.VERMILLION,
    style.REDDISH_PURPLE,
}


# ---------------------------------------------------------------------- helpers
def _render(fig: Figure) -> Figure:
    """Draw with Agg (runs the layout) and return the figure."""
    FigureCanvasAgg(fig).draw()
    return fig


def _texts(fig: Figure) -> dict[str, str]:
    return {str(t.get_gid()): t.get_text() for t in fig.texts if t.get_gid()}


def _empty_text(fig: Figure) -> str:
    for ax in fig.axes:
        for t in ax.texts:
            if t.get_gid() == "empty":
                return str(t.get_text())
    return ""


def _by_gid(fig: Figure, gid: str) -> Any:
    for ax in fig.axes:
        for artist in [*ax.containers, *ax.lines, *ax.patches, *ax.images, *ax.collections]:
            if getattr(artist, "get_gid", lambda: None)() == gid:
                return artist
    raise AssertionError(f"no artist with gid {gid!r}")


def _bars(fig: Figure, gid: str) -> list[Any]:
    """Every patch with ``gid`` (bars carry their series' gid), in drawing order."""
    return [p for ax in fig.axes for p in ax.patches if p.get_gid() == gid]


def _values(ys: Any) -> list[float]:
    return [float(y) for y in ys if not math.isnan(float(y))]


def _period(days: int = 10, entries: int = 12, episodes: int = 9) -> Period:
    return Period(D0, D0 + timedelta(days=days - 1), entries, episodes)


def _daily_trend() -> TrendData:
    points = (
        TrendPoint(D0, 6, 4.5, 2),
        TrendPoint(D0 + timedelta(days=1), 3, 3.0, 1),
        TrendPoint(D0 + timedelta(days=2), 0, 0.0, 1),
        # a gap of two days without entries
        TrendPoint(D0 + timedelta(days=5), 8, 5.0, 3),
    )
    return TrendData(
        _period(),
        Bucket.DAY,
        points,
        pain_free_days=(D0 + timedelta(days=2),),
        flags=(FlagDay(D0, "gp"), FlagDay(D0 + timedelta(days=5), "urgent")),
        trimesters=(TrimesterSpan(D0, D0 + timedelta(days=9), 2),),
    )


def _weekly_trend(weeks: int = 60) -> TrendData:
    monday = date(2025, 1, 6)
    points = tuple(
        TrendPoint(monday + timedelta(weeks=i), 5 + i % 3, 2.0 + (i % 4) / 2, 4)
        for i in range(weeks)
    )
    period = Period(monday, monday + timedelta(weeks=weeks, days=-1), 4 * weeks, 3 * weeks)
    return TrendData(period, Bucket.WEEK, points)


# ---------------------------------------------------------------------- frame
def test_every_chart_has_title_and_subtitle_with_range_and_count() -> None:
    for data in _all_samples():
        fig = _render(build_figure(data))
        texts = _texts(fig)
        assert texts["title"], type(data).__name__
        assert texts["subtitle"] == data.period.label()
        assert "1 Sep 2026" in texts["subtitle"] or "Jan 2025" in texts["subtitle"]
        assert "entries" in texts["subtitle"]


def test_period_label_reads_like_the_issue() -> None:
    period = Period(date(2026, 9, 1), date(2026, 11, 30), 214, 180)
    assert period.label() == (
        "1 Sep 2026 – 30 Nov 2026 · 214 entries (180 episodes, 34 pain-free check-ins)"
    )
    assert Period(None, None, 0, 0).label() == "all dates · 0 entries"
    assert Period(D0, D0, 1, 1).label().startswith("1 Sep 2026 · 1 entry")


@pytest.mark.parametrize(
    "data",
    [
        TrendData(Period(D0, D0, 0, 0), Bucket.DAY, ()),
        FrequencyData(Period(D0, D0, 0, 0), ()),
        HeatmapData(Period(D0, D0, 0, 0), tuple(tuple([0] * 24) for _ in range(7))),
        TriggerData(Period(D0, D0, 0, 0), (), ()),
        LocationData(Period(D0, D0, 0, 0), (), ()),
        ReliefData(Period(D0, D0, 0, 0), ()),
    ],
    ids=lambda d: type(d).__name__,
)
def test_empty_period_says_so_on_the_figure(data: Any) -> None:
    fig = _render(build_figure(data))
    assert _empty_text(fig) == NO_ENTRIES == "No entries in this period"
    assert _texts(fig)["subtitle"].endswith("0 entries")


def test_only_check_ins_gives_a_clear_empty_state_for_episode_charts() -> None:
    period = Period(D0, D0 + timedelta(days=6), 3, 0)
    heat = HeatmapData(period, tuple(tuple([0] * 24) for _ in range(7)))
    assert "only pain-free check-ins" in _empty_text(_render(heatmap_figure(heat)))
    weeks = (FrequencyWeek(D0 - timedelta(days=1), 0, None, True),)
    assert "only pain-free check-ins" in _empty_text(
        _render(frequency_figure(FrequencyData(period, weeks)))
    )


def test_drawing_into_an_existing_figure_replaces_its_content() -> None:
    fig = Figure(figsize=(8, 5))
    trend_figure(_daily_trend(), fig)
    first_axes = list(fig.axes)
    relief_figure(_relief(), fig)
    assert not set(map(id, first_axes)) & set(map(id, fig.axes))
    assert len([t for t in fig.texts if t.get_gid() == "title"]) == 1
    assert _texts(fig)["title"] == "Relief tried and whether it helped"


# ---------------------------------------------------------------------- trend
def test_daily_trend_series_labels_and_limits() -> None:
    data = _daily_trend()
    fig = _render(trend_figure(data))
    assert "daily" in _texts(fig)["title"]
    ax = fig.axes[0]
    assert ax.get_ylim() == (0.0, 10.0)
    assert ax.get_ylabel() == NRS_LABEL == "NRS (0–10)"
    worst = _by_gid(fig, "worst")
    mean = _by_gid(fig, "mean")
    assert _values(worst.get_ydata()) == [6, 3, 0, 8]
    assert _values(mean.get_ydata()) == [4.5, 3.0, 0.0, 5.0]
    # The two-day gap breaks the lines instead of drawing through it.
    assert sum(math.isnan(float(y)) for y in worst.get_ydata()) == 1
    rolling = _by_gid(fig, "rolling")
    assert _values(rolling.get_ydata()) == pytest.approx(data.rolling_mean())
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[:3] == ["worst NRS of the day", "mean NRS of the day", "7-day rolling mean"]
    assert "pregnancy: 2nd trimester" in labels


def test_trend_series_differ_by_more_than_colour() -> None:
    fig = _render(trend_figure(_daily_trend()))
    styles = {
        gid: (_by_gid(fig, gid).get_linestyle(), _by_gid(fig, gid).get_marker(),
              _by_gid(fig, gid).get_linewidth())
        for gid in ("worst", "mean", "rolling")
    }  # fmt: skip
    assert len(set(styles.values())) == 3
    assert all(len({s[i] for s in styles.values()}) >= 2 for i in (0, 1))
    for gid in ("worst", "mean", "rolling"):
        assert _by_gid(fig, gid).get_color().upper() in OKABE_ITO


def test_trend_marks_pain_free_check_ins_and_flags_by_urgency() -> None:
    fig = _render(trend_figure(_daily_trend()))
    strip = fig.axes[1]
    assert [t.get_text() for t in strip.get_yticklabels()] == [
        "pain-free check-in",
        "warning: for information",
        "warning: see a GP",
        "warning: urgent",
        "warning: emergency",
    ]
    assert list(_by_gid(fig, "pain_free").get_ydata()) == [0]
    assert list(_by_gid(fig, "flag_gp").get_ydata()) == [2]
    assert list(_by_gid(fig, "flag_urgent").get_ydata()) == [3]
    assert len(_by_gid(fig, "flag_emergency").get_xdata()) == 0
    markers = {
        _by_gid(fig, f"flag_{u}").get_marker() for u in ("info", "gp", "urgent", "emergency")
    }
    assert len(markers) == 4  # shape, not only colour, tells the urgencies apart


def test_long_range_switches_from_daily_to_weekly() -> None:
    assert choose_bucket(D0, D0 + timedelta(days=179)) is Bucket.DAY
    assert choose_bucket(D0, D0 + timedelta(days=180)) is Bucket.WEEK
    data = _weekly_trend(60)
    fig = _render(trend_figure(data))
    assert "weekly" in _texts(fig)["title"]
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["worst NRS of the week", "mean NRS of the week", "4-week rolling mean"]
    worst = _by_gid(fig, "worst")
    assert len(_values(worst.get_ydata())) == 60
    # Points sit in the middle of their week.
    x0 = worst.get_xdata()[0]
    assert x0 - math.floor(x0) == pytest.approx(0.5)
    assert "one week" in _texts(fig)["footnote"]


def test_rolling_mean_is_entry_weighted_over_the_trailing_window() -> None:
    data = _daily_trend()
    rolled = data.rolling_mean()
    assert rolled[0] == 4.5
    assert rolled[1] == pytest.approx((4.5 * 2 + 3.0) / 3)
    assert rolled[3] == pytest.approx((4.5 * 2 + 3.0 + 0.0 + 5.0 * 3) / 7)
    weekly = _weekly_trend(6)
    means = [p.mean for p in weekly.points]
    assert weekly.rolling_mean()[5] == pytest.approx(sum(means[2:6]) / 4)


# ---------------------------------------------------------------------- frequency
def _frequency(weeks: int = 5) -> FrequencyData:
    monday = date(2026, 8, 31)
    rows = tuple(
        FrequencyWeek(
            monday + timedelta(weeks=i),
            i + 1,
            None if i == 2 else 10.0 * (i + 1),
            partial=i in (0, weeks - 1),
        )
        for i in range(weeks)
    )
    return FrequencyData(_period(days=7 * weeks - 3, entries=20, episodes=15), rows)


def test_frequency_bars_medians_and_labels() -> None:
    fig = _render(frequency_figure(_frequency()))
    bars = _bars(fig, "bars")
    partial = _bars(fig, "partial_bars")
    assert [b.get_height() for b in bars] == [2, 3, 4]
    assert [b.get_height() for b in partial] == [1, 5]
    assert all(b.get_hatch() for b in partial) and not any(b.get_hatch() for b in bars)
    median = _by_gid(fig, "median")
    assert _values(median.get_ydata()) == [10.0, 20.0, 40.0, 50.0]
    assert fig.axes[0].get_ylabel() == "episodes per week"
    assert "minutes" in fig.axes[1].get_ylabel()
    assert fig.axes[0].get_ylim()[0] == 0


def test_frequency_over_years_uses_one_artist_and_a_moving_average() -> None:
    fig = _render(frequency_figure(_frequency(200)))
    steps = _by_gid(fig, "bars")
    assert list(steps.get_data().values) == [i + 1 for i in range(200)]
    assert _by_gid(fig, "episodes_average") is not None
    target = pick_target(steps, None, steps.get_data().edges[3] + 2, 1)
    assert target is not None and target.first == date(2026, 8, 31) + timedelta(weeks=3)


# ---------------------------------------------------------------------- heatmap
def _heatmap() -> HeatmapData:
    counts = [[0] * 24 for _ in range(7)]
    counts[0][8] = 5  # Monday 08:00
    counts[6][21] = 2  # Sunday 21:00
    return HeatmapData(_period(entries=9, episodes=7), tuple(tuple(r) for r in counts))


def test_heatmap_cells_axes_and_totals() -> None:
    data = _heatmap()
    fig = _render(heatmap_figure(data))
    image = _by_gid(fig, "heatmap")
    assert image.get_array().tolist() == [list(r) for r in data.counts]
    ax = image.axes
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ]  # fmt: skip
    assert "hour of the day" in ax.get_xlabel()
    hours = [b.get_height() for b in _bars(fig, "hour_totals")]
    assert hours[8] == 5 and hours[21] == 2 and sum(hours) == 7
    assert {"5", "2"} <= {t.get_text() for t in ax.texts}
    totals = [t for t in ax.texts if t.get_position()[0] == 24.0 and t.get_position()[1] >= 0]
    assert [t.get_text() for t in totals] == ["5", "0", "0", "0", "0", "0", "2"]
    target = pick_target(image, None, 8.2, 0.1)
    assert target == PickTarget(
        data.period.first, data.period.last, "Episodes on Mon 08:00–08:59", Match.SLOT, "0:8"
    )


def test_on_screen_heatmap_leaves_cell_numbers_to_the_mouse() -> None:
    fig = _render(build_figure(_heatmap(), interactive=True))
    ax = _by_gid(fig, "heatmap").axes
    assert [t.get_text() for t in ax.texts if t.get_position()[0] < 24] == []
    assert "total" in {t.get_text() for t in ax.texts}  # the weekday totals stay


# ---------------------------------------------------------------------- triggers
def _triggers() -> TriggerData:
    return TriggerData(
        _period(entries=30, episodes=25),
        (CategoryStat("lifting", 6, 5.5), CategoryStat("sport", 2, 3.0)),
        (CategoryStat("stress", 9, 4.25), CategoryStat("poor_sleep", 4, None)),
        no_trigger=17,
    )


def test_triggers_counts_and_mean_severity() -> None:
    fig = _render(triggers_figure(_triggers()))
    counts, means = fig.axes
    bars = _bars(fig, "counts")
    assert [b.get_width() for b in bars] == [6, 2, 9, 4]
    labels = [t.get_text() for t in counts.get_yticklabels()]
    assert labels == [
        "Triggers",
        "Lifting",
        "Sport",
        "",
        "Aggravating factors",
        "Stress",
        "Poor sleep",
    ]
    assert "17 with no clear cause" in counts.get_title(loc="left")
    dots = _by_gid(fig, "means")
    assert _values(dots.get_xdata()) == [5.5, 3.0, 4.25]
    assert means.get_xlim() == (0.0, 10.0)
    assert means.get_xlabel() == "mean NRS (0–10)"
    assert "6 (24%)" in {t.get_text() for t in counts.texts}
    target = pick_target(bars[2])
    assert target is not None and (target.match, target.value) == (Match.FACTOR, "stress")


def test_triggers_without_any_say_so() -> None:
    data = TriggerData(_period(entries=5, episodes=5), (), (), no_trigger=5)
    assert (
        _empty_text(_render(triggers_figure(data))) == "No triggers or aggravating factors recorded"
    )


# ---------------------------------------------------------------------- locations
def test_locations_diagram_and_bars() -> None:
    stats = tuple(
        CategoryStat(loc.value, {Location.LOWER_BACK: 10, Location.LEFT_LEG: 3}.get(loc, 0), 4.0)
        for loc in Location
    )
    qualities = tuple(
        CategoryStat(q.value, 2 if q is Quality.CRAMPING else 0, 5.0) for q in Quality
    )
    data = LocationData(_period(entries=12, episodes=10), stats, qualities)
    fig = _render(locations_figure(data))
    bars = _bars(fig, "qualities")
    assert [b.get_width() for b in bars] == [2] + [0] * (len(Quality) - 1)
    assert fig.axes[1].get_yticklabels()[0].get_text() == "Cramping"
    region = _by_gid(fig, "region_lower_back")
    leg = _by_gid(fig, "region_left_leg")
    # Darker = more: the lower back (100 %) is darker than the left leg (30 %).
    assert sum(region.get_facecolor()[:3]) < sum(leg.get_facecolor()[:3])
    diagram_texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"Lower back\n100% (10)", "Left leg\n30% (3)", "Left flank\n0% (0)"} <= diagram_texts
    assert len(_BODY_REGIONS) == len(Location)  # every location has a place on the body
    assert pick_target(region) == PickTarget(
        data.period.first, data.period.last, "Episodes with pain in: Lower back",
        Match.LOCATION, "lower_back",
    )  # fmt: skip


# ---------------------------------------------------------------------- relief
def _relief() -> ReliefData:
    return ReliefData(
        _period(entries=20, episodes=18),
        (ReliefStat("heat", 10, 5, 2, 2, 1), ReliefStat("stretching", 4, 1, 1, 1, 1)),
    )


def test_relief_stacks_add_up_and_legend_reads_in_grey() -> None:
    fig = _render(relief_figure(_relief()))
    parts = ("helped", "somewhat", "not_helped", "unrecorded")
    widths = [[b.get_width() for b in _bars(fig, f"relief_{p}")] for p in parts]
    assert [sum(col) for col in zip(*widths, strict=True)] == [10, 4]
    hatches = [_bars(fig, f"relief_{p}")[0].get_hatch() or "" for p in parts]
    assert len(set(hatches)) == 4  # each outcome has its own hatching
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["helped", "helped somewhat", "did not help", "not recorded"]
    assert any("helped 56%" in t.get_text() for t in fig.axes[0].texts)


def test_relief_empty_state() -> None:
    data = ReliefData(_period(entries=3, episodes=3), ())
    assert _empty_text(_render(relief_figure(data))) == "No relief recorded in this period"


# ---------------------------------------------------------------------- pregnancy
def _pregnancy() -> PregnancyData:
    weeks = tuple(GestationWeek(w, 3, 2, 1.5 + w / 10, 4 + w % 3) for w in (5, 6, 20, 30))
    return PregnancyData(
        _period(entries=12, episodes=8),
        1,
        (
            PregnancySeries(
                "Pregnancy due 2 Dec 2024", date(2024, 2, 26), date(2024, 11, 25), weeks
            ),
        ),
    )


def test_pregnancy_by_gestational_week_with_trimester_boundaries() -> None:
    fig = _render(pregnancy_figure(_pregnancy()))
    ax, bars_ax = fig.axes
    mean = _by_gid(fig, "mean_0")
    assert list(mean.get_xdata()) == [5.5, 6.5, 20.5, 30.5]
    assert _values(mean.get_ydata()) == pytest.approx([2.0, 2.1, 3.5, 4.5])
    assert ax.get_ylim() == (0.0, 10.0) and ax.get_ylabel() == NRS_LABEL
    assert ax.get_xlim() == (0.0, 42.0)
    assert {line.get_xdata()[0] for line in ax.lines if line.get_linestyle() == ":"} == {14, 28}
    assert {"1st trimester", "2nd trimester", "3rd trimester"} <= {t.get_text() for t in ax.texts}
    assert "completed weeks" in bars_ax.get_xlabel()
    target = pick_target(mean, 2)
    assert target is not None and (target.match, target.value) == (Match.GESTATION, "20")


def test_pregnancy_messages_without_data() -> None:
    none_recorded = PregnancyData(_period(), 0, ())
    text = _empty_text(_render(pregnancy_figure(none_recorded)))
    assert text == "No pregnancy is recorded in this diary"
    recorded = PregnancyData(_period(), 1, ())
    assert "No entries during a recorded pregnancy" in _empty_text(
        _render(pregnancy_figure(recorded))
    )


# ---------------------------------------------------------------------- picks and summaries
def test_line_points_pick_the_day_behind_them() -> None:
    fig = trend_figure(_daily_trend())
    worst = _by_gid(fig, "worst")
    assert pick_target(worst, 0) == PickTarget(D0, D0, "1 Sep 2026")
    assert pick_target(worst, 3) is None  # the gap
    assert pick_target(worst, 4) == PickTarget(
        D0 + timedelta(days=5), D0 + timedelta(days=5), "6 Sep 2026"
    )
    weekly = trend_figure(_weekly_trend(30))
    target = pick_target(_by_gid(weekly, "mean"), 1)
    assert target is not None and target.last == target.first + timedelta(days=6)  # type: ignore[operator]


def test_descriptions_summarise_each_chart() -> None:
    for data in _all_samples():
        text = describe(data)
        assert data.period.range_label() in text
        assert len(text) < 400


# ---------------------------------------------------------------------- saving
@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_export_writes_owner_only_files_by_extension(
    tmp_path: Path, suffix: str, magic: bytes
) -> None:
    path = tmp_path / f"trend{suffix}"
    export_chart(_daily_trend(), path)
    assert path.read_bytes().startswith(magic)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_png_export_is_300_dpi(tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    export_chart(_relief(), path, size=(6, 4))
    width = int.from_bytes(path.read_bytes()[16:20], "big")
    assert width == 6 * 300


def test_export_replaces_a_readable_file_with_an_owner_only_one(tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    path.write_text("old")
    path.chmod(0o644)
    export_chart(_relief(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"\x89PNG")


def test_unknown_extension_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown file type"):
        save_figure(Figure(), tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []


def test_failed_save_leaves_no_file(tmp_path: Path) -> None:
    fig = Figure()

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    fig.savefig = broken  # type: ignore[method-assign]
    with pytest.raises(OSError):
        save_figure(fig, tmp_path / "chart.pdf")
    assert list(tmp_path.iterdir()) == []


def test_charts_never_import_pyplot_or_a_gui_backend() -> None:
    code = """
import io, sys
sys.modules["matplotlib.pyplot"] = None
import tests.test_charts_figures as t
from backdiary.charts.figures import build_figure
for data in t._all_samples():
    fig = build_figure(data)
    for fmt in ("png", "svg", "pdf"):
        fig.savefig(io.BytesIO(), format=fmt)
bad = [m for m in sys.modules if m.startswith(("PySide6", "matplotlib.backends.backend_qt"))]
assert not bad, bad
print("ok")
"""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_figures_render_to_every_format_in_memory() -> None:
    for data in _all_samples():
        fig = build_figure(data)
        for fmt in ("png", "svg", "pdf"):
            buf = io.BytesIO()
            fig.savefig(buf, format=fmt)
            assert buf.getbuffer().nbytes > 1000


def _all_samples() -> list[Any]:
    heat = _heatmap()
    locs = LocationData(
        _period(entries=12, episodes=10),
        tuple(CategoryStat(loc.value, 3, 4.0) for loc in Location),
        tuple(CategoryStat(q.value, 1, 2.0) for q in Quality),
    )
    return [_daily_trend(), _frequency(), heat, _triggers(), locs, _relief(), _pregnancy()]


@pytest.mark.parametrize("size", [(8.0, 4.5), (11.0, 6.5), (14.0, 9.0)])
def test_event_strip_keeps_readable_rows_at_any_size(size: tuple[float, float]) -> None:
    fig = _render(trend_figure(_daily_trend(), Figure(figsize=size)))
    main, strip = fig.axes
    strip_in = strip.get_position().height * size[1]
    main_in = main.get_position().height * size[1]
    assert 0.75 <= strip_in <= 1.25  # five rows of 0.15–0.25 in
    assert main_in > strip_in


# ---------------------------------------------------------------------- readability details
def test_trimesters_are_a_light_wash_with_a_hatched_band_on_top() -> None:
    fig = _render(trend_figure(_daily_trend()))
    ax = fig.axes[0]
    wash = [p for p in ax.patches if p.get_gid() == "trimester_2"]
    band = [p for p in ax.patches if p.get_gid() == "trimester_band_2"]
    assert len(wash) == 1 and len(band) == 1
    assert wash[0].get_alpha() == style.TRIMESTER_WASH_ALPHA and not wash[0].get_hatch()
    assert band[0].get_hatch() == style.TRIMESTER_STYLES[2].hatch
    # the band covers only the top of the plot, so the lines stay on a light background
    assert band[0].get_y() == pytest.approx(1 - style.TRIMESTER_BAND)
    assert band[0].get_y() + band[0].get_height() == pytest.approx(1.0)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "pregnancy: 2nd trimester" in legend
    strip = fig.axes[1]
    assert not [p for p in strip.patches if str(p.get_gid()).startswith("trimester_band")]


def test_heatmap_has_a_colour_key_in_episodes() -> None:
    for interactive in (True, False):
        fig = _render(build_figure(_heatmap(), interactive=interactive))
        every = [*fig.axes, *(c for a in fig.axes for c in a.child_axes)]
        keys = [a for a in every if a.get_ylabel() == "episodes in the cell"]
        assert len(keys) == 1
        assert keys[0].get_ylim() == (0.0, 5.0)  # 0 … the busiest cell


def test_short_frequency_chart_numbers_its_bars() -> None:
    fig = _render(frequency_figure(_frequency()))
    numbers = sorted(int(t.get_text()) for t in fig.axes[0].texts if t.get_text().isdigit())
    assert numbers == [1, 2, 3, 4, 5]
    assert fig.axes[1].get_title(loc="left") == "Median episode duration per week"


def test_one_very_long_week_does_not_flatten_the_duration_panel() -> None:
    monday = date(2025, 1, 6)
    weeks = tuple(
        FrequencyWeek(monday + timedelta(weeks=i), 3, 700.0 if i == 30 else 40.0 + i % 5)
        for i in range(60)
    )
    data = FrequencyData(Period(monday, monday + timedelta(weeks=60, days=-1), 180, 180), weeks)
    fig = _render(frequency_figure(data))
    dur = fig.axes[1]
    assert dur.get_ylim()[1] < 150  # the usual 40–44 min stay readable
    cut = [t.get_text() for t in dur.texts if t.get_gid() == "duration_cut"]
    assert cut and cut[0].startswith("1 week above")
    few = FrequencyData(data.period, weeks[:10])  # nothing to cut: the axis fits all
    assert _render(frequency_figure(few)).axes[1].get_ylim()[1] >= 44


def test_quality_and_trigger_labels_match_the_entry_form() -> None:
    from backdiary.domain.chartdata import quality_label, trigger_label

    assert quality_label("electric") == "Electric-shock-like"
    assert trigger_label("accident_minor") == "Slip, trip or fall"
    assert trigger_label("none") == "No clear cause"
