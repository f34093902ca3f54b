"""What each chart shows, as plain aggregated values (no SQL, no Qt, no matplotlib).

:mod:`backdiary.storage.aggregates` fills these dataclasses with ``GROUP BY``
queries; :mod:`backdiary.charts.figures` draws them. Keeping them here, in the
pure domain layer, lets both sides import them without the storage layer
depending on matplotlib or the charts depending on SQLAlchemy.

Conventions shared by every chart:

* an *entry* is any diary row; an *episode* is an entry with ``nrs >= 1``; an
  entry with ``nrs == 0`` is a *pain-free check-in*;
* days are local calendar days (the wall time the user saw); weeks run Monday
  to Sunday and are named by their Monday;
* a :class:`Period` says which days a chart covers and how many entries fell
  in them, and every chart prints it as its subtitle.

Translation: every user-visible chart text is an English template passed
through :func:`tr` (a gettext-like hook; placeholders such as ``{n}`` are filled
after translation) or marked with :func:`N_` in a table. By default :func:`tr`
returns the text unchanged, so charts stay pure and English; the Charts view
runs its loading and drawing inside :func:`translating` with Qt's translation
function (context ``"Chart"``). ``backdiary/ui/chart_texts.py`` lists every
template for ``lupdate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import PurePath
from typing import ClassVar

from backdiary.domain.model import Entry, Location, Quality, Trigger

#: A translation function: English template in, the user's language out.
Translate = Callable[[str], str]

_translator: ContextVar[Translate | None] = ContextVar("backdiary_chart_translator", default=None)


_PLACEHOLDER = re.compile(r"{[^{}]*}")


def tr(text: str) -> str:
    """``text`` in the language of the enclosing :func:`translating` block (else as is).

    A translation whose ``{placeholders}`` differ from the template's is ignored
    (the English template is used), so a slip in a catalogue cannot break a chart.
    """
    translate = _translator.get()
    if translate is None:
        return text
    translated = translate(text)
    fields = sorted(_PLACEHOLDER.findall(text))
    if translated != text and sorted(_PLACEHOLDER.findall(translated)) != fields:
        return text
    return translated


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it (tables translated on use)."""
    return text


def current_translator() -> Translate | None:
    """The translation function in effect (None: English)."""
    return _translator.get()


@contextmanager
def translating(translate: Translate | None) -> Iterator[None]:
    """Run a block with chart texts translated by ``translate`` (None: English)."""
    token = _translator.set(translate)
    try:
        yield
    finally:
        _translator.reset(token)


#: Up to this many days a trend shows one point per day; longer ranges show weeks.
DAILY_MAX_DAYS = 180

#: Trailing window of the rolling mean, in days, for daily and weekly trends.
ROLLING_DAYS = {"day": 7, "week": 28}

#: Urgency words of stored findings, lowest first.
URGENCIES: tuple[str, ...] = ("info", "gp", "urgent", "emergency")


class ChartKind(StrEnum):
    """The charts the app can draw (also the ``backdiary chart KIND`` names)."""

    TREND = "trend"
    FREQUENCY = "frequency"
    HEATMAP = "heatmap"
    TRIGGERS = "triggers"
    LOCATIONS = "locations"
    RELIEF = "relief"
    PREGNANCY = "pregnancy"


#: Short names of the charts (English; translate with :func:`tr` on use).
KIND_TITLES: dict[ChartKind, str] = {
    ChartKind.TREND: N_("Pain over time"),
    ChartKind.FREQUENCY: N_("Episodes per week"),
    ChartKind.HEATMAP: N_("Time of day and weekday"),
    ChartKind.TRIGGERS: N_("Triggers and aggravating factors"),
    ChartKind.LOCATIONS: N_("Where it hurts and how it feels"),
    ChartKind.RELIEF: N_("Relief tried and whether it helped"),
    ChartKind.PREGNANCY: N_("Pain by week of pregnancy"),
}


class Bucket(StrEnum):
    """How many days one trend point summarises."""

    DAY = "day"
    WEEK = "week"


def choose_bucket(first: date, last: date) -> Bucket:
    """Daily points for up to :data:`DAILY_MAX_DAYS` days, weekly points beyond."""
    return Bucket.DAY if (last - first).days + 1 <= DAILY_MAX_DAYS else Bucket.WEEK


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


MONTHS: tuple[str, ...] = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)  # fmt: skip


def format_day(day: date) -> str:
    """A day as people write it: ``1 Sep 2026`` (month name translated)."""
    return f"{day.day} {tr(MONTHS[day.month - 1])} {day.year}"


def plural(count: int, one: str, many: str) -> str:
    """``"1 entry"``, ``"2 entries"``: the translated template with ``{n}`` filled in.

    Args:
        count: the number (written with thousands separators).
        one: the template for exactly one, e.g. ``"{n} entry"``.
        many: the template for any other number, e.g. ``"{n} entries"``.
    """
    return tr(one if count == 1 else many).format(n=f"{count:,}")


@dataclass(frozen=True, slots=True)
class Period:
    """The days a chart covers and what happened in them.

    Attributes:
        first: first day shown (the requested start, else the first entry's day);
            None when neither exists.
        last: last day shown (the requested end, else the last entry's day).
        entries: entries in the period (episodes and check-ins).
        episodes: entries with NRS ≥ 1.
    """

    first: date | None
    last: date | None
    entries: int
    episodes: int

    @property
    def pain_free(self) -> int:
        """Pain-free check-ins (entries with NRS 0)."""
        return self.entries - self.episodes

    @property
    def days(self) -> int:
        """Number of days covered (0 when the period is unknown)."""
        if self.first is None or self.last is None:
            return 0
        return (self.last - self.first).days + 1

    def range_label(self) -> str:
        """``1 Sep 2026 – 30 Nov 2026``, or ``all dates`` when unknown."""
        if self.first is None or self.last is None:
            return tr("all dates")
        if self.first == self.last:
            return format_day(self.first)
        return f"{format_day(self.first)} – {format_day(self.last)}"

    def label(self) -> str:
        """The subtitle every chart carries: range, entries, episodes and check-ins."""
        text = f"{self.range_label()} · {plural(self.entries, N_('{n} entry'), N_('{n} entries'))}"
        if self.entries:
            text += " " + tr("({episodes}, {check_ins})").format(
                episodes=plural(self.episodes, N_("{n} episode"), N_("{n} episodes")),
                check_ins=plural(
                    self.pain_free, N_("{n} pain-free check-in"), N_("{n} pain-free check-ins")
                ),
            )
        return text


# ---------------------------------------------------------------------- trend
@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One day or week of the trend.

    Attributes:
        start: the day (or the Monday of the week).
        worst: highest NRS recorded in it.
        mean: mean NRS of its entries (pain-free check-ins count as 0).
        entries: how many entries it holds.
    """

    start: date
    worst: int
    mean: float
    entries: int


@dataclass(frozen=True, slots=True)
class FlagDay:
    """A day with at least one red-flag finding of ``urgency`` (info, gp, urgent, emergency)."""

    day: date
    urgency: str


@dataclass(frozen=True, slots=True)
class TrimesterSpan:
    """Days of one trimester of a recorded pregnancy, clipped to the period (both inclusive)."""

    first: date
    last: date
    trimester: int


@dataclass(frozen=True, slots=True)
class TrendData:
    """Daily or weekly worst and mean NRS, check-ins, flags and pregnancy spans."""

    kind: ClassVar[ChartKind] = ChartKind.TREND
    period: Period
    bucket: Bucket
    points: tuple[TrendPoint, ...]
    pain_free_days: tuple[date, ...] = ()
    flags: tuple[FlagDay, ...] = ()
    trimesters: tuple[TrimesterSpan, ...] = ()

    def rolling_mean(self) -> list[float]:
        """Trailing rolling mean NRS per point (:data:`ROLLING_DAYS`), entry-weighted.

        Each value is the mean NRS of every entry in the window ending with the
        point's own day or week; buckets without entries are simply absent.
        """
        window = timedelta(days=ROLLING_DAYS[self.bucket.value])
        step = timedelta(days=1 if self.bucket is Bucket.DAY else 7)
        result: list[float] = []
        total = 0.0
        count = 0
        lo = 0
        for point in self.points:
            total += point.mean * point.entries
            count += point.entries
            while self.points[lo].start < point.start + step - window:
                old = self.points[lo]
                total -= old.mean * old.entries
                count -= old.entries
                lo += 1
            result.append(total / count if count else 0.0)
        return result


# ---------------------------------------------------------------------- frequency
@dataclass(frozen=True, slots=True)
class FrequencyWeek:
    """One week of the frequency chart.

    Attributes:
        start: the Monday.
        episodes: entries with NRS ≥ 1 that week.
        median_duration_min: median episode duration in minutes (None: none recorded).
        partial: the period covers only part of this week.
    """

    start: date
    episodes: int
    median_duration_min: float | None
    partial: bool = False


@dataclass(frozen=True, slots=True)
class FrequencyData:
    """Episodes per week with the median episode duration (every week, zeros included)."""

    kind: ClassVar[ChartKind] = ChartKind.FREQUENCY
    period: Period
    weeks: tuple[FrequencyWeek, ...]


# ---------------------------------------------------------------------- heatmap
#: Weekday abbreviations, Monday first (English; translate with :func:`tr` on use).
WEEKDAYS: tuple[str, ...] = (
    N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class HeatmapData:
    """Episodes by weekday (rows, Monday first) and hour of the day (columns 0–23)."""

    kind: ClassVar[ChartKind] = ChartKind.HEATMAP
    period: Period
    counts: tuple[tuple[int, ...], ...]

    @staticmethod
    def empty_counts() -> list[list[int]]:
        """A 7 × 24 grid of zeros to fill."""
        return [[0] * 24 for _ in range(7)]


# ---------------------------------------------------------------------- categories
@dataclass(frozen=True, slots=True)
class CategoryStat:
    """How many episodes had one trigger / factor / location / quality, and their mean NRS."""

    key: str
    count: int
    mean_nrs: float | None


@dataclass(frozen=True, slots=True)
class TriggerData:
    """Triggers (except "none") and aggravating factors of the episodes, most frequent first.

    Attributes:
        no_trigger: episodes recorded with trigger "none".
    """

    kind: ClassVar[ChartKind] = ChartKind.TRIGGERS
    period: Period
    triggers: tuple[CategoryStat, ...]
    factors: tuple[CategoryStat, ...]
    no_trigger: int = 0


@dataclass(frozen=True, slots=True)
class LocationData:
    """Pain locations and qualities of the episodes, in the enumerations' order."""

    kind: ClassVar[ChartKind] = ChartKind.LOCATIONS
    period: Period
    locations: tuple[CategoryStat, ...]
    qualities: tuple[CategoryStat, ...]


@dataclass(frozen=True, slots=True)
class ReliefStat:
    """One relief tag: how often it was tried and what the entry said about helping.

    ``relief_helped`` is recorded per entry, so when several reliefs were tried
    together each of them is credited with the entry's answer.
    """

    key: str
    tried: int
    helped: int
    somewhat: int
    not_helped: int
    unrecorded: int


@dataclass(frozen=True, slots=True)
class ReliefData:
    """Relief tried in the period, most often tried first."""

    kind: ClassVar[ChartKind] = ChartKind.RELIEF
    period: Period
    items: tuple[ReliefStat, ...]


# ---------------------------------------------------------------------- pregnancy
@dataclass(frozen=True, slots=True)
class GestationWeek:
    """Entries in one completed week of gestation.

    Attributes:
        week: completed weeks (0–45).
        entries: entries that week (check-ins included).
        episodes: entries with NRS ≥ 1.
        mean_nrs: mean NRS of the entries (check-ins count as 0).
        worst: highest NRS.
    """

    week: int
    entries: int
    episodes: int
    mean_nrs: float
    worst: int


@dataclass(frozen=True, slots=True)
class PregnancySeries:
    """The gestational weeks of one pregnancy (or of entries marked pregnant by an import)."""

    label: str
    first: date | None
    last: date | None
    weeks: tuple[GestationWeek, ...]


@dataclass(frozen=True, slots=True)
class PregnancyData:
    """NRS by gestational week. ``recorded`` counts the pregnancies in the whole diary."""

    kind: ClassVar[ChartKind] = ChartKind.PREGNANCY
    period: Period
    recorded: int
    series: tuple[PregnancySeries, ...]


ChartData = (
    TrendData
    | FrequencyData
    | HeatmapData
    | TriggerData
    | LocationData
    | ReliefData
    | PregnancyData
)


# ---------------------------------------------------------------------- drill-down
class Match(StrEnum):
    """Which entries of a date range a clicked chart element stands for."""

    ALL = "all"
    EPISODES = "episodes"
    PAIN_FREE = "pain_free"
    TRIGGER = "trigger"
    FACTOR = "factor"
    LOCATION = "location"
    QUALITY = "quality"
    RELIEF = "relief"
    SLOT = "slot"  # value "weekday:hour", weekday 0 = Monday
    GESTATION = "gestation"  # value: completed weeks


@dataclass(frozen=True, slots=True)
class PickTarget:
    """The entries behind a chart element: a date range plus an optional filter.

    Attributes:
        first: first day (None: open).
        last: last day (None: open).
        label: what the element is, for the list's title ("Week of 3 Mar 2025").
        match: which entries of the range count.
        value: the filter's value (a trigger, a tag, ``"0:8"`` …).
    """

    first: date | None
    last: date | None
    label: str
    match: Match = Match.ALL
    value: str = ""

    def matches(self, entry: Entry) -> bool:
        """True when ``entry`` (already inside the date range) belongs to this element."""
        m = self.match
        if m is Match.ALL:
            return True
        if m is Match.PAIN_FREE:
            return entry.nrs == 0
        if entry.nrs == 0:
            return False
        if m is Match.EPISODES:
            return True
        if m is Match.TRIGGER:
            return entry.trigger.value == self.value
        if m is Match.FACTOR:
            return self.value in entry.factors
        if m is Match.RELIEF:
            return self.value in entry.relief
        if m is Match.LOCATION:
            return Location(self.value) in entry.pain_locations
        if m is Match.QUALITY:
            return Quality(self.value) in entry.pain_qualities
        if m is Match.SLOT:
            weekday, hour = (int(x) for x in self.value.split(":"))
            t = entry.local_time
            return t.weekday() == weekday and t.hour == hour
        if m is Match.GESTATION:
            return entry.pregnant and entry.gestational_weeks == int(self.value)
        raise AssertionError(m)  # pragma: no cover

    def select(self, entries: Sequence[Entry]) -> list[Entry]:
        """The entries of ``entries`` that match."""
        return [e for e in entries if self.matches(e)]


# ---------------------------------------------------------------------- labels and summaries
# Wording as in the entry form (backdiary/ui/texts.py), shorter where a chart needs it.
_TRIGGER_LABELS = {
    Trigger.NONE: N_("No clear cause"),
    Trigger.UNKNOWN: N_("Don't know"),
    Trigger.SPORT: N_("Sport"),
    Trigger.EXERCISE: N_("Exercise"),
    Trigger.LIFTING: N_("Lifting"),
    Trigger.ACCIDENT_MINOR: N_("Slip, trip or fall"),
    Trigger.ACCIDENT_MAJOR: N_("Serious accident"),
    Trigger.OTHER: N_("Other"),
}
_LOCATION_LABELS = {
    Location.LOWER_BACK: N_("Lower back"),
    Location.THORACIC: N_("Upper back"),
    Location.BUTTOCK: N_("Buttock"),
    Location.LEFT_LEG: N_("Left leg"),
    Location.RIGHT_LEG: N_("Right leg"),
    Location.FLANK_LEFT: N_("Left flank"),
    Location.FLANK_RIGHT: N_("Right flank"),
    Location.LOWER_ABDOMEN: N_("Lower abdomen"),
}
_QUALITY_LABELS = {
    Quality.ACHING: N_("Aching"),
    Quality.CRAMPING: N_("Cramping"),
    Quality.SHARP: N_("Sharp"),
    Quality.STABBING: N_("Stabbing"),
    Quality.SHOOTING: N_("Shooting"),
    Quality.THROBBING: N_("Throbbing"),
    Quality.ELECTRIC: N_("Electric-shock-like"),
    Quality.STIFF: N_("Stiff"),
    Quality.TENDER: N_("Tender"),
}
_TAG_LABELS = {
    "prolonged_sitting": N_("Long sitting"),
    "posture": N_("Posture"),
    "stress": N_("Stress"),
    "dehydration": N_("Not enough to drink"),
    "poor_sleep": N_("Poor sleep"),
    "cold": N_("Cold"),
    "rest": N_("Rest"),
    "heat": N_("Heat"),
    "stretching": N_("Stretching"),
    "physio_exercises": N_("Physio exercises"),
    "walking": N_("Walking"),
    "massage": N_("Massage"),
    "pain_relief": N_("Pain relief (medicine)"),
}
URGENCY_LABELS = {
    "info": N_("for information"),
    "gp": N_("see a GP"),
    "urgent": N_("urgent"),
    "emergency": N_("emergency"),
}


def tag_label(tag: str) -> str:
    """A readable label for a factor or relief tag (``poor_sleep`` → ``Poor sleep``).

    Known tags are translated; a user's own tag is shown as typed (underscores as spaces).
    """
    if tag in _TAG_LABELS:
        return tr(_TAG_LABELS[tag])
    text = tag.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text.islower() else text


def trigger_label(value: str) -> str:
    """A readable trigger name."""
    try:
        return tr(_TRIGGER_LABELS[Trigger(value)])
    except ValueError:
        return tag_label(value)


def location_label(value: str) -> str:
    """A readable location name."""
    try:
        return tr(_LOCATION_LABELS[Location(value)])
    except ValueError:
        return tag_label(value)


def quality_label(value: str) -> str:
    """A readable pain-quality name."""
    try:
        return tr(_QUALITY_LABELS[Quality(value)])
    except ValueError:
        return tag_label(value)


def urgency_label(urgency: str) -> str:
    """The urgency of a red-flag warning in words (``"see a GP"``)."""
    return tr(URGENCY_LABELS[urgency])


def weekday_label(weekday: int) -> str:
    """A weekday abbreviation, Monday = 0."""
    return tr(WEEKDAYS[weekday])


def _top(stats: Sequence[CategoryStat], label: Callable[[str], str], n: int = 3) -> str:
    names = [
        f"{label(s.key)} {s.count:,}" for s in sorted(stats, key=lambda s: -s.count) if s.count
    ]
    return ", ".join(names[:n]) if names else tr("none")


def describe(data: ChartData) -> str:
    """A one-paragraph text summary of a chart, for screen readers and tooltips."""
    head = f"{tr(KIND_TITLES[data.kind])}, {data.period.label()}."
    if data.period.entries == 0:
        return f"{head} {tr('No entries in this period.')}"
    if isinstance(data, TrendData):
        worst = max(p.worst for p in data.points)
        mean = sum(p.mean * p.entries for p in data.points) / max(
            1, sum(p.entries for p in data.points)
        )
        urgent = sum(1 for f in data.flags if f.urgency in ("urgent", "emergency"))
        per = tr("One point per day.") if data.bucket is Bucket.DAY else tr("One point per week.")
        return f"{head} {per} " + tr(
            "Worst NRS {worst}, mean NRS {mean}. {pain_free}. {urgent} with urgent or "
            "emergency warnings."
        ).format(
            worst=worst,
            mean=f"{mean:.1f}",
            pain_free=plural(
                len(data.pain_free_days), N_("{n} pain-free day"), N_("{n} pain-free days")
            ),
            urgent=plural(urgent, N_("{n} day"), N_("{n} days")),
        )
    if isinstance(data, FrequencyData):
        weeks = [w for w in data.weeks if not w.partial] or list(data.weeks)
        per_week = sum(w.episodes for w in weeks) / max(1, len(weeks))
        busiest = max(data.weeks, key=lambda w: w.episodes)
        return f"{head} " + tr(
            "{per_week} episodes per week on average; most in the week of {day} ({n})."
        ).format(per_week=f"{per_week:.1f}", day=format_day(busiest.start), n=busiest.episodes)
    if isinstance(data, HeatmapData):
        cells = [(n, d, h) for d, row in enumerate(data.counts) for h, n in enumerate(row)]
        n, d, h = max(cells)
        hours = [sum(row[h] for row in data.counts) for h in range(24)]
        peak = max(range(24), key=lambda i: hours[i])
        return f"{head} " + tr(
            "Most episodes start around {peak}; the busiest slot is {day} {hour} with {n}."
        ).format(peak=f"{peak:02d}:00", day=weekday_label(d), hour=f"{h:02d}:00", n=n)
    if isinstance(data, TriggerData):
        return f"{head} " + tr("Triggers: {triggers}. Aggravating factors: {factors}.").format(
            triggers=_top(data.triggers, trigger_label), factors=_top(data.factors, tag_label)
        )
    if isinstance(data, LocationData):
        return f"{head} " + tr("Locations: {locations}. Qualities: {qualities}.").format(
            locations=_top(data.locations, location_label),
            qualities=_top(data.qualities, quality_label),
        )
    if isinstance(data, ReliefData):
        parts = [
            tr("{relief} tried {tried}, helped {helped}").format(
                relief=tag_label(r.key), tried=r.tried, helped=r.helped
            )
            for r in data.items[:3]
        ]
        return f"{head} " + ("; ".join(parts) if parts else tr("No relief recorded")) + "."
    weeks_total = sum(len(s.weeks) for s in data.series)
    if not data.series:
        return f"{head} {tr('No entries during a recorded pregnancy.')}"
    return f"{head} " + tr("{pregnancies}, {weeks}.").format(
        pregnancies=plural(len(data.series), N_("{n} pregnancy"), N_("{n} pregnancies")),
        weeks=plural(weeks_total, N_("{n} week"), N_("{n} weeks")),
    )


#: File types a chart can be exported to, by extension.
EXPORT_FORMATS: dict[str, str] = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def export_format(path: PurePath) -> str | None:
    """``"png"``, ``"svg"`` or ``"pdf"`` from a file name's extension (any case), else None."""
    return EXPORT_FORMATS.get(path.suffix.lower())
