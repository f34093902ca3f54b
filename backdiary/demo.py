"""Realistic synthetic diaries for trying the app, screenshots and benchmarks.

Deterministic for a given seed and end date. A diary has flare-ups and calm
spells, several episodes on some days, pain-free check-ins, injury and
non-injury triggers, a pregnancy span (when the diary is long enough) and a
handful of red-flag cases. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    Pregnancy,
    Profile,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
)
from backdiary.domain.pregnancy import covers

NOTES = (
    "Woke up stiff, eased after a shower.",
    "Long day at the desk.",
    "Carried the shopping upstairs.",
    "Better after a walk.",
    "Couldn't get comfortable in bed.",
    "Physio exercises done twice.",
    "Sat in the car for three hours.",
    "Gardening in the morning.",
)


@dataclass(frozen=True, slots=True)
class DemoDiary:
    """What :func:`generate` produces."""

    profile: Profile | None
    pregnancies: tuple[Pregnancy, ...]
    entries: tuple[Entry, ...]


def _local(day: date, minutes: int) -> datetime:
    """A local wall time with the machine's UTC offset on that day (DST-aware)."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.astimezone().replace(microsecond=0)


def _episode(rng: random.Random, when: datetime, severity: float, pregnant: bool) -> Entry:
    """One ordinary cramp episode around ``severity``."""
    nrs = max(1, min(10, round(rng.gauss(severity, 1.3))))
    injury = rng.random() < 0.12
    trigger = (
        rng.choice([Trigger.LIFTING, Trigger.SPORT, Trigger.EXERCISE, Trigger.ACCIDENT_MINOR])
        if injury and not pregnant
        else rng.choices(
            [Trigger.NONE, Trigger.UNKNOWN, Trigger.OTHER, Trigger.LIFTING], [6, 3, 1, 1]
        )[0]
    )
    locations = {Location.LOWER_BACK}
    if rng.random() < 0.3:
        locations.add(Location.BUTTOCK)
    if rng.random() < 0.15:
        locations.add(rng.choice([Location.LEFT_LEG, Location.RIGHT_LEG]))
    if pregnant and rng.random() < 0.4:
        locations.add(Location.LOWER_ABDOMEN)
    qualities = set(rng.sample(list(Quality), k=rng.choice([1, 1, 2, 2, 3])))
    factors = tuple(
        rng.sample(
            ["prolonged_sitting", "posture", "stress", "poor_sleep", "cold", "dehydration"],
            k=rng.choice([0, 1, 1, 2]),
        )
    )
    relief = tuple(
        rng.sample(
            ["heat", "stretching", "walking", "rest", "physio_exercises", "massage", "pain_relief"],
            k=rng.choice([0, 1, 1, 2]),
        )
    )
    medications: tuple[Medication, ...] = ()
    if nrs >= 6 and rng.random() < 0.35:
        name = "paracetamol" if pregnant or rng.random() < 0.6 else "ibuprofen"
        dose = 1000.0 if name == "paracetamol" else 400.0
        medications = (Medication(name, dose, "mg", when + timedelta(minutes=20)),)
    duration = round(rng.lognormvariate(math.log(25 + 8 * nrs), 0.7))
    if pregnant and rng.random() < 0.3:
        duration = rng.randint(1, 4)
    return Entry(
        timestamp=when,
        nrs=nrs,
        episode_duration_min=float(duration),
        onset=Onset.SUDDEN if injury or rng.random() < 0.35 else Onset.GRADUAL,
        trigger=trigger,
        factors=factors,
        pain_locations=frozenset(locations),
        pain_qualities=frozenset(qualities),
        relief=relief,
        relief_helped=rng.choice(list(ReliefHelped)) if relief else None,
        medications=medications,
        notes=rng.choice(NOTES) if rng.random() < 0.15 else "",
    )


def _red_flag_cases(
    rng: random.Random, days: list[date]
) -> Iterator[tuple[date, dict[str, object]]]:
    """A handful of days with red-flag symptoms, spread over the diary."""
    cases: list[dict[str, object]] = [
        {"nerve_symptoms": frozenset({NerveSymptom.TINGLING}), "leg_symptoms": LegExtent.ONE_LEG},
        {"temperature_c": 38.4, "fever": True},
        {"night_pain": True},
        {"urinary_symptoms": frozenset({UrinarySymptom.DYSURIA})},
        {"saddle_numbness": True, "nrs": 8},
        {"nerve_symptoms": frozenset({NerveSymptom.NUMBNESS})},
    ]
    if len(days) < 30:
        cases = cases[:2]
    picks = sorted(rng.sample(range(len(days)), k=min(len(cases), len(days))))
    for index, case in zip(picks, cases, strict=False):
        yield days[index], case


def generate(days: int = 365, seed: int = 7, end: date | None = None) -> DemoDiary:
    """A synthetic diary of ``days`` days ending on ``end`` (default today)."""
    rng = random.Random(seed)
    end = end or date.today()
    all_days = [end - timedelta(days=days - 1 - i) for i in range(days)]
    pregnancy: Pregnancy | None = None
    if days >= 300:
        # A pregnancy that ended about a fifth of the way back from today.
        lmp = end - timedelta(days=int(days * 0.2) + 273)
        pregnancy = Pregnancy(
            due_date=lmp + timedelta(days=280), ended_on=lmp + timedelta(days=273)
        )
    flags = dict(_red_flag_cases(rng, all_days))
    entries: list[Entry] = []
    latest = datetime.now().astimezone() if end >= date.today() else None
    flare_left = 0  # days left in the current flare-up; 0 = a calm spell
    severity = 3.5
    for day in all_days:
        pregnant = pregnancy is not None and covers(pregnancy, day)
        if pregnancy is not None and pregnant and pregnancy.start is not None:
            weeks = (day - pregnancy.start).days // 7
            bleeding_case = weeks == 9 and day.weekday() == 2
        else:
            bleeding_case = False
        # Flare-ups of a few days to three weeks, separated by calmer spells.
        if flare_left == 0 and rng.random() < (0.06 if pregnant else 0.035):
            flare_left = rng.randint(3, 21)
            severity = min(max(rng.gauss(4.5, 1.4), 2.0), 8.0)
        in_flare = flare_left > 0
        flare_left = max(flare_left - 1, 0)
        chance = 0.8 if in_flare else (0.12 if pregnant else 0.06)
        count = 0
        if rng.random() < chance:
            count = rng.choices([1, 2, 3], [6, 3, 1])[0] if in_flare else 1
        if day in flags or bleeding_case:
            count = max(count, 1)
        flare = severity if in_flare else 2.5
        minutes = sorted(rng.sample(range(6 * 60, 23 * 60), k=max(count, 1)))
        for i in range(count):
            entry = _episode(rng, _local(day, minutes[i]), flare, pregnant)
            if i == 0 and day in flags:
                extra = dict(flags[day])
                entry = dataclasses.replace(entry, **extra)  # type: ignore[arg-type]
            if i == 0 and bleeding_case:
                entry = dataclasses.replace(entry, vaginal_bleeding=Bleeding.SPOTTING, nrs=4)
            entries.append(entry)
        if count == 0 and not in_flare and rng.random() < 0.6:
            when = _local(day, rng.randint(19 * 60, 22 * 60))
            entries.append(Entry(timestamp=when, nrs=0, pain_locations=frozenset()))
    if latest is not None:
        entries = [e for e in entries if e.timestamp <= latest]
    profile = Profile(birth_date=date(end.year - 34, 6, 15), prior_back_pain=True)
    return DemoDiary(profile, (pregnancy,) if pregnancy else (), tuple(entries))


def _local_s(day: date, seconds: int) -> datetime:
    """Like :func:`_local`, to the second."""
    naive = datetime.combine(day, time()) + timedelta(seconds=seconds)
    return naive.astimezone()


def _day_weights(rng: random.Random, days: list[date], pregnancy: Pregnancy | None) -> list[float]:
    """How busy each day is: flare-up days weigh more than calm days."""
    weights: list[float] = []
    flare_left = 0
    for day in days:
        pregnant = pregnancy is not None and covers(pregnancy, day)
        if flare_left == 0 and rng.random() < (0.06 if pregnant else 0.035):
            flare_left = rng.randint(3, 21)
        weights.append(3.0 if flare_left > 0 else 1.0)
        flare_left = max(flare_left - 1, 0)
    return weights


def generate_entries(
    entries: int, days: int = 3650, seed: int = 7, end: date | None = None
) -> tuple[Profile, tuple[Pregnancy, ...], Iterator[Entry]]:
    """A large synthetic diary of exactly ``entries`` entries over ``days`` days, streamed.

    For scale tests: several entries per day as needed (more on flare-up days), in
    time order, never held in memory at once. The last day is ``end`` (default
    yesterday, so that every entry is in the past). Calm days are mostly pain-free
    check-ins; a handful of days carry red-flag symptoms.

    Args:
        entries: how many entries to generate (at least 1).
        days: over how many days.
        seed: the random seed (the same seed and end give the same diary).
        end: the last day.

    Returns:
        The profile, the pregnancies and an iterator over the entries, oldest first.
    """
    if entries < 1 or days < 1:
        raise ValueError("entries and days must be at least 1")
    rng = random.Random(seed)
    end = end or date.today() - timedelta(days=1)
    all_days = [end - timedelta(days=days - 1 - i) for i in range(days)]
    pregnancy: Pregnancy | None = None
    if days >= 300:
        lmp = end - timedelta(days=int(days * 0.2) + 273)
        pregnancy = Pregnancy(
            due_date=lmp + timedelta(days=280), ended_on=lmp + timedelta(days=273)
        )
    weights = _day_weights(rng, all_days, pregnancy)
    flags = dict(_red_flag_cases(rng, all_days))
    profile = Profile(birth_date=date(end.year - 34, 6, 15), prior_back_pain=True)

    def stream() -> Iterator[Entry]:
        scale = entries / sum(weights)
        done = 0
        cumulative = 0.0
        seconds_range = range(6 * 3600, 23 * 3600)
        for day, weight in zip(all_days, weights, strict=True):
            cumulative += weight * scale
            count = min(round(cumulative), entries) - done
            if day == all_days[-1]:
                count = entries - done
            if count <= 0:
                continue
            done += count
            pregnant = pregnancy is not None and covers(pregnancy, day)
            in_flare = weight > 1.0
            severity = 5.0 if in_flare else 2.0
            if count <= len(seconds_range):
                seconds = sorted(rng.sample(seconds_range, count))
            else:
                seconds = sorted(rng.choices(seconds_range, k=count))
            for i, second in enumerate(seconds):
                when = _local_s(day, second)
                if not in_flare and rng.random() < 0.7:
                    entry = Entry(timestamp=when, nrs=0, pain_locations=frozenset())
                else:
                    entry = _episode(rng, when, severity, pregnant)
                if i == 0 and day in flags:
                    entry = dataclasses.replace(entry, **{"nrs": max(entry.nrs, 1), **flags[day]})  # type: ignore[arg-type]
                yield entry

    return profile, (pregnancy,) if pregnancy else (), stream()
