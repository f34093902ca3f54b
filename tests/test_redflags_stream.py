"""The incremental stream gives exactly the findings of per-entry ``redflags.evaluate``.

:class:`~backdiary.domain.redflags.stream.FindingStream` (the bulk path of imports,
recomputes and ``add_many``) is compared on random diaries with the reference: each
entry evaluated by :func:`redflags.evaluate` over the history window of
``DiaryService._findings_in_order_reference``, and, independently, over every
earlier entry of the last 60 days filtered by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backdiary.demo import generate
from backdiary.domain import redflags
from backdiary.domain.model import Entry, LegExtent, Onset, Profile, Trigger
from backdiary.domain.redflags.stream import FindingStream
from backdiary.services import HISTORY_DAYS, RECENT_DAYS, DiaryService, earliest_instant

START = datetime(2026, 1, 1, 8, 0)
#: Offsets as a diary sees them: naive (old entries), UTC, DST in Europe, far zones.
ZONES = [
    None,
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=14)),
    timezone(timedelta(hours=-12)),
]
#: Gaps between consecutive entries: equal timestamps, contraction spacing, hours,
#: days around the 7-day episode gap, weeks.
GAPS = st.one_of(
    st.just(timedelta(0)),
    st.integers(1, 25).map(lambda m: timedelta(minutes=m)),
    st.integers(1, 30).map(lambda h: timedelta(hours=h)),
    st.integers(1, 9).map(lambda d: timedelta(days=d)),
    st.integers(10, 40).map(lambda d: timedelta(days=d)),
)


@st.composite
def diaries(draw: st.DrawFn) -> tuple[Profile, list[Entry]]:
    profile = Profile(
        birth_date=draw(st.sampled_from([None, date(1970, 6, 1), date(1976, 1, 2)])),
        history_of_cancer=draw(st.booleans()),
        prior_back_pain=draw(st.booleans()),
        osteoporosis=draw(st.booleans()),
    )
    zero_weight = draw(st.sampled_from([0, 1, 5]))
    nrs = st.one_of(
        st.integers(1, 10), *([st.just(0)] * zero_weight) if zero_weight else [st.integers(1, 10)]
    )
    pregnant_from = draw(st.sampled_from([None, 0, 20]))
    count = draw(st.integers(1, 160))
    gaps = draw(st.lists(GAPS, min_size=count, max_size=count))
    zone_mode = draw(st.sampled_from(["one", "dst", "mixed"]))
    at = START
    entries: list[Entry] = []
    for i, gap in enumerate(gaps):
        at += gap
        if zone_mode == "one":
            zone = ZONES[2]
        elif zone_mode == "dst":
            zone = ZONES[2] if (at.month, at.day) < (3, 29) else ZONES[3]
        else:
            zone = draw(st.sampled_from(ZONES))
        ts = at if zone is None else at.replace(tzinfo=zone)
        pregnant = pregnant_from is not None and i >= pregnant_from
        weeks = draw(st.sampled_from([None, 8, 16, 30, 38])) if pregnant else None
        entries.append(
            Entry(
                timestamp=ts,
                nrs=draw(nrs),
                trigger=draw(st.sampled_from(list(Trigger))),
                onset=draw(st.sampled_from([None, Onset.SUDDEN, Onset.GRADUAL])),
                episode_duration_min=draw(st.sampled_from([None, 1.0, 4.5, 30.0])),
                diarrhea=draw(st.booleans()),
                pelvic_pressure=draw(st.sampled_from([False, False, True])),
                night_pain=draw(st.sampled_from([False, False, True])),
                leg_weakness=draw(
                    st.sampled_from([LegExtent.NONE, LegExtent.NONE, LegExtent.ONE_LEG])
                ),
                pregnant=pregnant,
                gestational_weeks=weeks,
                pregnancy_explicit=pregnant,
            )
        )
    entries.sort(key=lambda e: e.instant)  # stable: equal instants keep their order
    return profile, entries


Key = list[tuple[str, str, tuple[str, ...]]]


def _stream(profile: Profile, entries: Sequence[Entry]) -> list[Key]:
    stream = FindingStream(profile, HISTORY_DAYS, RECENT_DAYS, earliest_instant)
    return [
        [(f.rule, f.urgency.value, f.evidence) for f in found] for _, found in stream.run(entries)
    ]


def _reference(profile: Profile, entries: Sequence[Entry]) -> list[Key]:
    pairs = DiaryService._findings_in_order_reference(entries, profile)
    return [[(f.rule, f.urgency, f.evidence) for f in found] for _, found in pairs]


def _by_hand(profile: Profile, entries: Sequence[Entry]) -> list[Key]:
    """Each entry against every earlier entry (stream order) dated within 60 days."""
    out = []
    for i, entry in enumerate(entries):
        since = entry.local_date - timedelta(days=HISTORY_DAYS)
        history = [e for e in entries[:i] if e.local_date >= since]
        found = redflags.evaluate(profile, entry, history)
        out.append([(f.rule, f.urgency.value, f.evidence) for f in found])
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries())
def test_stream_matches_the_reference_on_random_diaries(diary: tuple[Profile, list[Entry]]) -> None:
    profile, entries = diary
    assert _stream(profile, entries) == _reference(profile, entries)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries())
def test_stream_matches_per_entry_evaluate_over_the_60_day_window(
    diary: tuple[Profile, list[Entry]],
) -> None:
    profile, entries = diary
    # With one offset (or a DST switch) dates follow instants, and the bulk window is
    # exactly "every earlier entry of the last 60 days".
    if len({e.timestamp.utcoffset() for e in entries}) > 2:
        return
    assert _stream(profile, entries) == _by_hand(profile, entries)


def _pain_run(days: int, every: timedelta, nrs: int, start: datetime = START) -> list[Entry]:
    tz = timezone(timedelta(hours=1))
    steps = int(timedelta(days=days) / every)
    return [
        Entry(timestamp=(start + i * every).replace(tzinfo=tz), nrs=nrs - (i % 3))
        for i in range(steps)
    ]


def test_an_episode_longer_than_the_window_matches() -> None:
    """A 100-day episode crosses the 30- and 60-day window starts (PERSISTENT_6W, NOT_IMPROVING)."""
    entries = _pain_run(100, timedelta(hours=20), 6)
    profile = Profile(prior_back_pain=True)
    got = _stream(profile, entries)
    assert got == _reference(profile, entries) == _by_hand(profile, entries)
    rules = {rule for found in got for rule, _, _ in found}
    assert {"NOT_IMPROVING", "PERSISTENT_6W"} <= rules


def test_regular_contractions_and_equal_timestamps_match() -> None:
    tz = timezone(timedelta(hours=2))
    entries = [
        Entry(
            timestamp=(START + timedelta(minutes=5 * (i // 2))).replace(tzinfo=tz),
            nrs=5,
            pregnant=True,
            gestational_weeks=38 if i < 20 else None,
            pregnancy_explicit=True,
        )
        for i in range(40)
    ]
    profile = Profile()
    got = _stream(profile, entries)
    assert got == _reference(profile, entries) == _by_hand(profile, entries)
    assert any(rule == "PREG_TERM_LABOUR" for found in got for rule, _, _ in found)


def test_a_year_of_demo_data_matches() -> None:
    """The demo generator's diary: pregnancy, recurrent cramps, trends, every day."""
    data = generate(days=365, seed=5, end=date(2026, 3, 31))
    assert data.profile is not None
    entries = sorted(data.entries, key=lambda e: e.instant)
    got = _stream(data.profile, entries)
    assert got == _reference(data.profile, entries)
    assert sum(bool(found) for found in got) > 20


def test_a_stream_going_back_in_time_falls_back_to_the_reference() -> None:
    tz = UTC
    entries = [
        Entry(timestamp=(START + timedelta(days=d)).replace(tzinfo=tz), nrs=n)
        for d, n in [(0, 5), (3, 6), (1, 7), (9, 8), (12, 8), (20, 9)]
    ]
    profile = Profile()
    assert _stream(profile, entries) == _reference(profile, entries)
