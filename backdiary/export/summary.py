"""The report's summary numbers: a pure function over entries (no Qt, no database).

Definitions (the PDF prints them in its small print, :data:`DEFINITIONS`):

* **Period**: the calendar days from the first to the last day, both included, in the
  entries' local (wall-clock) dates. The **previous period** is the same number of days
  ending the day before the period starts.
* **Entry**: anything logged. An **episode** is an entry with NRS ≥ 1; a **check-in** is
  an entry with NRS 0 ("no pain").
* **Pain-free day**: a day of the period with at least one NRS 0 check-in and no entry
  with NRS ≥ 1. **Day with pain**: a day with at least one episode. **Day without
  records**: a day with no entry at all; it is not counted as pain-free.
* **Mean NRS**: the arithmetic mean of NRS over the period's episodes (check-ins, NRS 0,
  are left out so that logging "no pain" does not dilute the intensity of the episodes).
  **Worst NRS**: the highest NRS of the period.
* **Change**: mean NRS of the period minus mean NRS of the previous period, in points and
  in percent of the previous mean. It is marked **clinically meaningful** when it is at
  least 2 points or at least 30 % in either direction (IMMPACT thresholds for a 0–10
  pain scale). Up means more pain. No change is computed when the previous period has no
  episodes.
* **Episodes per week**: episodes ÷ (observed days ÷ 7), where the observed days run from
  the later of the period start and the diary's first entry to the earlier of the period
  end and today.
* **Median duration**: the median of ``episode_duration_min`` over the episodes that have
  one (how many is shown).
* **Triggers, factors, locations, qualities**: how many episodes name each (an episode
  may name several); the trigger ``none`` is not listed. Percentages are of episodes.
* **Relief that helped**: for each relief the user tried, in how many episodes it was
  tried and in how many of those the relief was rated "helped" or "helped somewhat".
* **Medications**: entries that list each medicine (names compared case-insensitively),
  the doses written, whether it counts as an NSAID, and how many of those entries fell in
  a pregnancy (marked: NSAIDs are not recommended in pregnancy unless prescribed).
* **Pregnancy weeks**: the completed weeks of gestation on the period's days that fall in
  a recorded pregnancy (or that entries mark as pregnant), first to last.
* **Red flags**: every warning stored for an entry of the period, with the entry's date
  and the warning's urgency (info < gp < urgent < emergency).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from backdiary.domain.medications import is_nsaid
from backdiary.domain.model import Entry, Pregnancy, Profile, ReliefHelped, Trigger
from backdiary.domain.pregnancy import state_on

#: A change of at least this many NRS points is clinically meaningful.
MEANINGFUL_POINTS = 2.0
#: A change of at least this percentage of the previous mean is clinically meaningful.
MEANINGFUL_PERCENT = 30.0
URGENCY_ORDER = ("emergency", "urgent", "gp", "info")

#: The definitions, as printed in the report's small print.
DEFINITIONS: tuple[str, ...] = (
    "Episode = an entry with NRS ≥ 1 (0 = no pain, 10 = worst imaginable); check-in = an "
    "entry with NRS 0. Dates are the local dates on which entries were logged.",
    "Pain-free day = a day with at least one NRS 0 check-in and no entry with NRS ≥ 1. "
    "Days without records are not counted as pain-free.",
    "Mean NRS = mean over the period's episodes (NRS ≥ 1; check-ins left out). "
    "Worst NRS = highest NRS in the period.",
    "Change = mean NRS minus the mean of the previous period of the same length; clinically "
    "meaningful when ≥ 2 points or ≥ 30 % of the previous mean (IMMPACT). Up = more pain.",
    "Episodes per week = episodes ÷ (observed days ÷ 7); observed days start at the later of "
    "the period start and the diary's first entry and end at the earlier of the period end "
    "and the report date.",
    "Median duration = median episode duration over episodes with a duration recorded.",
    "Triggers, factors, locations, qualities: number of episodes naming each (several per "
    "episode possible); % of episodes. Relief 'helped' = rated helped or helped somewhat.",
    "Medications: entries listing each medicine. NSAID in pregnancy = an anti-inflammatory "
    "painkiller in an entry made while pregnant (not recommended unless prescribed).",
    "Red flags: warnings stored for the period's entries, with urgency info < gp < urgent < "
    "emergency. They are prompts to check, not diagnoses.",
)


@dataclass(frozen=True, slots=True)
class FlagRecord:
    """One red-flag warning of an entry, as listed in the report."""

    when: datetime
    rule: str
    urgency: str
    title: str


@dataclass(frozen=True, slots=True)
class Count:
    """A label, how many episodes name it, and that as a share of the episodes (0–1)."""

    label: str
    count: int
    share: float


@dataclass(frozen=True, slots=True)
class ReliefStat:
    """How often a relief was tried and how it was rated."""

    label: str
    tried: int
    helped: int
    somewhat: int
    not_helped: int

    @property
    def helped_any(self) -> int:
        """Episodes where it helped or helped somewhat."""
        return self.helped + self.somewhat


@dataclass(frozen=True, slots=True)
class MedicationStat:
    """One medicine over the period."""

    name: str
    entries: int
    doses: tuple[str, ...]
    nsaid: bool
    in_pregnancy: int
    pregnancy_weeks: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PeriodStats:
    """The numbers of one period (see the module docstring for the definitions)."""

    start: date
    end: date
    days: int
    observed_days: int
    entries: int
    episodes: int
    check_ins: int
    pain_days: int
    pain_free_days: int
    unrecorded_days: int
    mean_nrs: float | None
    worst_nrs: int | None
    worst_day: date | None
    episodes_per_week: float | None
    median_duration_min: float | None
    durations: int


@dataclass(frozen=True, slots=True)
class Change:
    """Mean NRS against the previous period."""

    previous_mean: float
    points: float
    percent: float
    meaningful: bool

    @property
    def direction(self) -> str:
        """``worse`` (more pain), ``better`` or ``unchanged``."""
        if self.points > 0:
            return "worse"
        if self.points < 0:
            return "better"
        return "unchanged"


@dataclass(frozen=True, slots=True)
class PregnancySpan:
    """The pregnancy weeks the period covers."""

    days: int
    first_week: int | None
    last_week: int | None
    ended_on: date | None


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """Everything page 1 of the report shows."""

    name: str
    current: PeriodStats
    previous: PeriodStats | None
    change: Change | None
    triggers: tuple[Count, ...]
    factors: tuple[Count, ...]
    locations: tuple[Count, ...]
    qualities: tuple[Count, ...]
    relief: tuple[ReliefStat, ...]
    medications: tuple[MedicationStat, ...]
    nsaid_unnamed_in_pregnancy: int
    pregnancy: PregnancySpan | None
    flags: tuple[FlagRecord, ...]

    @property
    def flag_counts(self) -> dict[str, int]:
        """How many warnings of each urgency (most urgent first)."""
        counts = Counter(f.urgency for f in self.flags)
        return {u: counts[u] for u in URGENCY_ORDER if counts[u]}


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``start``."""
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def in_period(entries: Iterable[Entry], start: date, end: date) -> list[Entry]:
    """The entries whose local date lies in [start, end], in time order."""
    chosen = [e for e in entries if start <= e.local_date <= end]
    chosen.sort(key=lambda e: e.instant)
    return chosen


def period_stats(
    entries: Iterable[Entry],
    start: date,
    end: date,
    diary_start: date | None = None,
    as_of: date | None = None,
) -> PeriodStats:
    """The numbers of one period.

    Args:
        entries: entries (others than the period's are ignored).
        start: first day of the period.
        end: last day of the period.
        diary_start: the date of the diary's first entry (for the observed days).
        as_of: the report date; later days are not observed yet.
    """
    chosen = in_period(entries, start, end)
    days = (end - start).days + 1
    first = max(start, diary_start) if diary_start else start
    last = min(end, as_of) if as_of else end
    observed = max((last - first).days + 1, 0)
    episodes = [e for e in chosen if e.nrs >= 1]
    pain_dates = {e.local_date for e in episodes}
    check_in_dates = {e.local_date for e in chosen if e.nrs == 0}
    recorded = {e.local_date for e in chosen}
    worst = max(episodes, key=lambda e: (e.nrs, -e.instant), default=None)
    durations = [e.episode_duration_min for e in episodes if e.episode_duration_min is not None]
    return PeriodStats(
        start=start,
        end=end,
        days=days,
        observed_days=observed,
        entries=len(chosen),
        episodes=len(episodes),
        check_ins=len(chosen) - len(episodes),
        pain_days=len(pain_dates),
        pain_free_days=len(check_in_dates - pain_dates),
        unrecorded_days=days - len(recorded),
        mean_nrs=statistics.fmean(e.nrs for e in episodes) if episodes else None,
        worst_nrs=worst.nrs if worst else None,
        worst_day=worst.local_date if worst else None,
        episodes_per_week=len(episodes) / (observed / 7) if observed else None,
        median_duration_min=statistics.median(durations) if durations else None,
        durations=len(durations),
    )


def compare(current: PeriodStats, previous: PeriodStats | None) -> Change | None:
    """The change of mean NRS against the previous period (None when it cannot be computed)."""
    if previous is None or previous.mean_nrs is None or current.mean_nrs is None:
        return None
    points = current.mean_nrs - previous.mean_nrs
    percent = points / previous.mean_nrs * 100
    meaningful = (
        abs(points) >= MEANINGFUL_POINTS - 1e-9 or abs(percent) >= MEANINGFUL_PERCENT - 1e-9
    )
    return Change(previous.mean_nrs, points, percent, meaningful)


def _counts(values: Iterable[str], episodes: int, limit: int | None = None) -> tuple[Count, ...]:
    counter = Counter(values)
    ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        ordered = ordered[:limit]
    return tuple(Count(label, n, n / episodes if episodes else 0.0) for label, n in ordered)


def _relief(episodes: Sequence[Entry]) -> tuple[ReliefStat, ...]:
    tried: Counter[str] = Counter()
    rated: dict[str, Counter[ReliefHelped | None]] = {}
    for e in episodes:
        for tag in e.relief:
            tried[tag] += 1
            rated.setdefault(tag, Counter())[e.relief_helped] += 1
    stats = [
        ReliefStat(
            label=tag,
            tried=n,
            helped=rated[tag][ReliefHelped.YES],
            somewhat=rated[tag][ReliefHelped.SOMEWHAT],
            not_helped=rated[tag][ReliefHelped.NO],
        )
        for tag, n in tried.items()
    ]
    stats.sort(key=lambda r: (-r.helped_any, -r.tried, r.label))
    return tuple(stats)


def _dose_text(dose: float | None, unit: str | None) -> str | None:
    if dose is None:
        return None
    amount = f"{dose:g}"
    return f"{amount} {unit}".strip() if unit else amount


def _pregnancy_of(e: Entry, pregnancies: Sequence[Pregnancy]) -> tuple[bool, int | None]:
    """(pregnant, completed weeks) of an entry: its own values when an import gave them,
    else derived from the recorded pregnancies (the same rule the diary applies on save)."""
    if e.pregnancy_explicit or not pregnancies:
        return e.pregnant, e.gestational_weeks
    state = state_on(e.local_date, pregnancies)
    return state.pregnant, state.weeks


def _medications(
    entries: Sequence[Entry], pregnancies: Sequence[Pregnancy] = ()
) -> tuple[tuple[MedicationStat, ...], int]:
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    doses: dict[str, list[str]] = {}
    nsaid: dict[str, bool] = {}
    preg: Counter[str] = Counter()
    weeks: dict[str, set[int]] = {}
    unnamed = 0
    for e in entries:
        seen: set[str] = set()
        pregnant, gestational_weeks = _pregnancy_of(e, pregnancies)
        for med in e.medications:
            key = " ".join(med.name.lower().split())
            names.setdefault(key, " ".join(med.name.split()))
            is_n = is_nsaid(med)
            nsaid[key] = nsaid.get(key, False) or is_n
            text = _dose_text(med.dose, med.unit)
            if text and text not in doses.setdefault(key, []):
                doses[key].append(text)
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            if pregnant and is_n:
                preg[key] += 1
                if gestational_weeks is not None:
                    weeks.setdefault(key, set()).add(gestational_weeks)
        if pregnant and e.nsaid_taken and not any(is_nsaid(m) for m in e.medications):
            unnamed += 1
    stats = [
        MedicationStat(
            name=names[key],
            entries=n,
            doses=tuple(doses.get(key, ())),
            nsaid=nsaid[key],
            in_pregnancy=preg[key],
            pregnancy_weeks=tuple(sorted(weeks.get(key, ()))),
        )
        for key, n in counts.items()
    ]
    stats.sort(key=lambda m: (-m.in_pregnancy, -m.entries, m.name.lower()))
    return tuple(stats), unnamed


def _pregnancy(
    entries: Sequence[Entry], start: date, end: date, pregnancies: Sequence[Pregnancy]
) -> PregnancySpan | None:
    weeks: list[int] = []
    days = 0
    day = start
    explicit = {e.local_date: e for e in entries if e.pregnant}
    while day <= end:
        state = state_on(day, pregnancies)
        entry = explicit.get(day)
        if state.pregnant or entry is not None:
            days += 1
            week = state.weeks if state.pregnant else entry.gestational_weeks if entry else None
            if week is not None:
                weeks.append(week)
        day += timedelta(days=1)
    if not days:
        return None
    ended = next(
        (p.ended_on for p in pregnancies if p.ended_on is not None and start <= p.ended_on <= end),
        None,
    )
    return PregnancySpan(days, min(weeks, default=None), max(weeks, default=None), ended)


def summarize(
    entries: Iterable[Entry],
    start: date,
    end: date,
    *,
    previous_entries: Iterable[Entry] = (),
    profile: Profile | None = None,
    pregnancies: Sequence[Pregnancy] = (),
    flags: Iterable[FlagRecord] = (),
    diary_start: date | None = None,
    as_of: date | None = None,
) -> ReportSummary:
    """All summary numbers of the report for the period [start, end].

    Args:
        entries: the period's entries (others are ignored).
        start: first day of the period.
        end: last day of the period.
        previous_entries: the previous period's entries (see :func:`previous_period`).
        profile: gives the optional name.
        pregnancies: the recorded pregnancies (for the weeks covered).
        flags: the period's red-flag warnings.
        diary_start: the date of the diary's first entry.
        as_of: the report date.
    """
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    chosen = in_period(entries, start, end)
    current = period_stats(chosen, start, end, diary_start, as_of)
    prev_start, prev_end = previous_period(start, end)
    previous: PeriodStats | None = None
    if diary_start is None or diary_start <= prev_end:
        previous = period_stats(previous_entries, prev_start, prev_end, diary_start, as_of)
    episodes = [e for e in chosen if e.nrs >= 1]
    n = len(episodes)
    meds, unnamed = _medications(chosen, pregnancies)
    flag_list = sorted(
        (f for f in flags if start <= f.when.date() <= end),
        key=lambda f: (f.when.replace(tzinfo=None), URGENCY_ORDER.index(f.urgency)
                       if f.urgency in URGENCY_ORDER else 9, f.rule),
    )  # fmt: skip
    return ReportSummary(
        name=profile.name if profile else "",
        current=current,
        previous=previous,
        change=compare(current, previous),
        triggers=_counts((e.trigger.value for e in episodes if e.trigger != Trigger.NONE), n),
        factors=_counts((f for e in episodes for f in e.factors), n),
        locations=_counts((loc.value for e in episodes for loc in e.pain_locations), n),
        qualities=_counts((q.value for e in episodes for q in e.pain_qualities), n),
        relief=_relief(episodes),
        medications=meds,
        nsaid_unnamed_in_pregnancy=unnamed,
        pregnancy=_pregnancy(chosen, start, end, pregnancies),
        flags=tuple(flag_list),
    )
