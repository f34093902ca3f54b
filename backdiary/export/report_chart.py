"""The report's chart page: daily worst and mean NRS, episodes per week, NRS and time of day.

Draws into a given :class:`matplotlib.figure.Figure` region with the object API only
(no pyplot, no Qt), so the PDF stays vector and the code runs headless. Colours are the
Okabe–Ito palette and every series also differs by marker or line style, so the page
reads when printed in grey.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from backdiary.domain.model import Entry, Pregnancy
from backdiary.domain.pregnancy import state_on
from backdiary.export.summary import FlagRecord

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

VERMILLION = "#D55E00"
BLUE = "#0072B2"
BLACK = "#000000"
GREEN = "#009E73"
ORANGE = "#E69F00"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"
LIGHT = "#EFEFEF"
TEXT = "#1A1A1A"
GRID = "#E3E3E3"
ROLLING_DAYS = 7
URGENCY_COLORS = {"emergency": VERMILLION, "urgent": ORANGE, "gp": BLUE}


def _integer_y(ax: Axes) -> None:
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _style(ax: Axes, title: str) -> None:
    ax.set_title(title, loc="left", fontsize=9.5, fontweight="bold", color=TEXT, pad=6)
    ax.tick_params(labelsize=7, colors=TEXT, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GREY)
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)


def _no_data(ax: Axes, text: str) -> None:
    """Say why a chart is empty instead of showing bare axes."""
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=8,
            color=GREY, parse_math=False)  # fmt: skip


def _day_label(d: date, with_year: bool) -> str:
    text = f"{d.day} {_MONTHS[d.month - 1]}"
    return f"{text}\n{d.year}" if with_year else text


def _date_ticks(ax: Axes, start: date, end: date) -> None:
    days = (end - start).days + 1
    if days <= 31:
        step = 1 if days <= 10 else 2 if days <= 16 else 7
        ticks = [start + timedelta(days=i) for i in range(0, days, step)]
    else:
        ticks = []
        day = date(start.year, start.month, 1)
        months = max(1, round(days / 30 / 8))
        while day <= end:
            if day >= start:
                ticks.append(day)
            month = day.month - 1 + months
            day = date(day.year + month // 12, month % 12 + 1, 1)
    ax.set_xticks([(d - start).days for d in ticks])
    ax.set_xticklabels(
        [_day_label(d, i == 0 or d.year != ticks[i - 1].year) for i, d in enumerate(ticks)]
    )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _daily(
    ax: Axes,
    entries: Sequence[Entry],
    start: date,
    end: date,
    pregnancies: Sequence[Pregnancy],
    flags: Sequence[FlagRecord],
) -> None:
    days = (end - start).days + 1
    by_day: dict[int, list[int]] = defaultdict(list)
    check_ins: set[int] = set()
    for e in entries:
        i = (e.local_date - start).days
        if 0 <= i < days:
            if e.nrs >= 1:
                by_day[i].append(e.nrs)
            else:
                check_ins.add(i)
    xs = sorted(by_day)
    worst = [max(by_day[i]) for i in xs]
    means = [statistics.fmean(by_day[i]) for i in xs]
    width = 0.8 if days <= 120 else 1.0
    ax.bar(xs, worst, width=width, color=VERMILLION, alpha=0.35, linewidth=0, label="worst NRS")
    ax.plot(xs, means, linestyle="", marker="o", markersize=2.6 if days > 120 else 3.5,
            color=BLUE, label="mean NRS of the day")  # fmt: skip
    rolling_x: list[int] = []
    rolling_y: list[float] = []
    for i in range(days):
        window = [n for d in range(i - ROLLING_DAYS + 1, i + 1) for n in by_day.get(d, ())]
        if window:
            rolling_x.append(i)
            rolling_y.append(statistics.fmean(window))
    if rolling_x:
        xs_line: list[float] = []
        ys_line: list[float] = []
        for i, (x, y) in enumerate(zip(rolling_x, rolling_y, strict=True)):
            if i and x - rolling_x[i - 1] > 1:  # no episode for a week: break the line
                xs_line.append(float("nan"))
                ys_line.append(float("nan"))
            xs_line.append(x)
            ys_line.append(y)
        ax.plot(xs_line, ys_line, color=BLACK, linewidth=1.6,
                label=f"{ROLLING_DAYS}-day mean of episodes")  # fmt: skip
    free = sorted(check_ins - set(by_day))
    if free:
        ax.plot(free, [0.15] * len(free), linestyle="", marker="s", markersize=2.8,
                color=GREEN, label="pain-free day")  # fmt: skip
    span: list[int] = [
        i for i in range(days) if state_on(start + timedelta(days=i), pregnancies).pregnant
    ]
    if span:
        ax.axvspan(span[0] - 0.5, span[-1] + 0.5, color=PURPLE, alpha=0.16, linewidth=0,
                   label="pregnant")  # fmt: skip
        ax.text((span[0] + span[-1]) / 2, 9.9, "pregnant", ha="center", va="center",
                fontsize=6.5, color="#7A3E62", parse_math=False)  # fmt: skip
    marks: dict[str, list[int]] = defaultdict(list)
    for f in flags:
        if f.urgency in URGENCY_COLORS:
            marks[f.urgency].append((f.when.date() - start).days)
    shapes = {"gp": ("v", 4.0), "urgent": ("v", 5.0), "emergency": ("X", 6.5)}
    for urgency in ("gp", "urgent", "emergency"):
        positions = sorted(set(marks.get(urgency, ())))
        if positions:
            marker, size = shapes[urgency]
            ax.plot(positions, [10.6] * len(positions), linestyle="", marker=marker,
                    markersize=size, color=URGENCY_COLORS[urgency],
                    markeredgecolor=BLACK if urgency == "emergency" else "none",
                    markeredgewidth=0.5, label=f"red flag ({urgency})")  # fmt: skip
    ax.set_xlim(-0.5, days - 0.5)
    ax.set_ylim(0, 11.2)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel("NRS (0–10)", fontsize=7.5, color=TEXT)
    if not by_day and not free:
        _no_data(ax, "No entries in this period.")
    elif not by_day:
        _no_data(ax, "No pain episodes in this period (only pain-free check-ins).")
    _date_ticks(ax, start, end)
    _style(ax, "Pain per day")
    ax.legend(fontsize=6.5, ncol=4, loc="upper left", bbox_to_anchor=(0, -0.16), frameon=False,
              handlelength=1.6, columnspacing=1.2)  # fmt: skip


def _weekly(ax: Axes, entries: Sequence[Entry], start: date, end: date) -> None:
    first_monday = start - timedelta(days=start.weekday())
    weeks = (end - first_monday).days // 7 + 1
    episodes: Counter[int] = Counter()
    free_days: dict[int, set[date]] = defaultdict(set)
    pain_days: set[date] = {e.local_date for e in entries if e.nrs >= 1}
    for e in entries:
        if not start <= e.local_date <= end:
            continue
        w = (e.local_date - first_monday).days // 7
        if e.nrs >= 1:
            episodes[w] += 1
        elif e.local_date not in pain_days:
            free_days[w].add(e.local_date)
    xs = list(range(weeks))
    ax.bar([x - 0.2 for x in xs], [episodes[x] for x in xs], width=0.4, color=BLUE,
           label="episodes")  # fmt: skip
    ax.bar([x + 0.2 for x in xs], [len(free_days[x]) for x in xs], width=0.4, color="white",
           edgecolor=GREEN, hatch="////", linewidth=0.6, label="pain-free days")  # fmt: skip
    step = max(1, weeks // 10)
    ticks = xs[::step]
    ax.set_xticks(ticks)
    mondays = [first_monday + timedelta(weeks=x) for x in ticks]
    ax.set_xticklabels(
        [_day_label(d, i == 0 or d.year != mondays[i - 1].year) for i, d in enumerate(mondays)]
    )
    ax.set_xlim(-0.7, weeks - 0.3)
    top = max([*episodes.values(), *(len(v) for v in free_days.values()), 0])
    ax.set_ylim(0, max(top, 1) * 1.08)
    ax.set_ylabel("per week", fontsize=7.5, color=TEXT)
    _integer_y(ax)
    _style(ax, "Episodes and pain-free days per week (weeks start on Monday)")
    if not top:
        _no_data(ax, "No entries in this period.")
    # Above the plot, right-aligned: never over the bars.
    ax.legend(fontsize=6.5, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2,
              frameon=False, borderaxespad=0.2)  # fmt: skip


def _nrs_histogram(ax: Axes, entries: Sequence[Entry]) -> None:
    counts = Counter(e.nrs for e in entries if e.nrs >= 1)
    xs = list(range(1, 11))
    ax.bar(xs, [counts[x] for x in xs], width=0.75, color=VERMILLION, alpha=0.8)
    ax.set_xticks(xs)
    ax.set_xlabel("NRS", fontsize=7.5, color=TEXT)
    ax.set_ylabel("episodes", fontsize=7.5, color=TEXT)
    ax.set_ylim(0, max(max(counts.values(), default=0), 1) * 1.08)
    _integer_y(ax)
    _style(ax, "Episodes by intensity")
    if not counts:
        _no_data(ax, "No pain episodes in this period.")


def _time_of_day(ax: Axes, entries: Sequence[Entry]) -> None:
    counts = Counter(e.local_time.hour for e in entries if e.nrs >= 1)
    xs = list(range(24))
    ax.bar(xs, [counts[x] for x in xs], width=0.8, color=SKY, edgecolor=BLUE, linewidth=0.4)
    ax.set_xticks(range(0, 24, 3))
    ax.set_xticklabels([f"{h:02d}:00" for h in range(0, 24, 3)])
    ax.set_xlabel("hour the episode began", fontsize=7.5, color=TEXT)
    ax.set_ylim(0, max(max(counts.values(), default=0), 1) * 1.08)
    _integer_y(ax)
    _style(ax, "Episodes by time of day")
    if not counts:
        _no_data(ax, "No pain episodes in this period.")


def draw_charts(
    fig: Figure,
    rect: tuple[float, float, float, float],
    entries: Sequence[Entry],
    start: date,
    end: date,
    pregnancies: Sequence[Pregnancy] = (),
    flags: Sequence[FlagRecord] = (),
) -> None:
    """Draw the report's charts into ``rect`` (left, bottom, right, top in figure fractions)."""
    left, bottom, right, top = rect
    grid = fig.add_gridspec(
        3, 2, left=left, right=right, bottom=bottom, top=top,
        height_ratios=(1.3, 0.9, 0.9), hspace=0.5, wspace=0.25,
    )  # fmt: skip
    _daily(fig.add_subplot(grid[0, :]), entries, start, end, pregnancies, flags)
    _weekly(fig.add_subplot(grid[1, :]), entries, start, end)
    _nrs_histogram(fig.add_subplot(grid[2, 0]), entries)
    _time_of_day(fig.add_subplot(grid[2, 1]), entries)
