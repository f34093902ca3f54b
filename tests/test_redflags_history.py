"""Tests of the §4 history algorithms: episodes, NOT_IMPROVING, PERSISTENT_6W,
WORSENING_TREND, RECURRENT_CRAMPS and regular contractions, with both sides of each
threshold."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from typing import Any

import pytest

from backdiary.domain.model import Entry, Profile, Trigger
from backdiary.domain.redflags import evaluate
from backdiary.domain.redflags.history import (
    contraction_counts,
    current_episode,
    episode_progress,
    recurrent_episode_count,
    segment_episodes,
    worsening_trend,
)

BASE = datetime(2025, 3, 3, 9, 0)
PROFILE = Profile(age_years=35, prior_back_pain=True)


def make_entry(day: float = 0, *, minutes: float = 0, **overrides: Any) -> Entry:
    """An entry at ``BASE + day days + minutes``: NRS 5, lower back, nothing else."""
    fields: dict[str, Any] = {"timestamp": BASE + timedelta(days=day, minutes=minutes), "nrs": 5}
    fields.update(overrides)
    return Entry(**fields)


def series(*pairs: tuple[float, int], **overrides: Any) -> list[Entry]:
    """Entries from ``(day, nrs)`` pairs; several on one day get distinct minutes."""
    return [make_entry(day, minutes=i, nrs=nrs, **overrides) for i, (day, nrs) in enumerate(pairs)]


def fired(timeline: Sequence[Entry], profile: Profile = PROFILE) -> set[str]:
    """Rules fired for the last entry of ``timeline`` against the others."""
    return {f.rule for f in evaluate(profile, timeline[-1], timeline[:-1])}


# ------------------------------------------------------------- segmentation
def test_nrs_zero_ends_an_episode() -> None:
    episodes = segment_episodes(series((0, 5), (1, 0), (2, 5)))
    assert [[e.local_date.day for e in ep.entries] for ep in episodes] == [[3], [5]]


@pytest.mark.parametrize(("gap", "count"), [(7, 1), (8, 2)])
def test_gap_of_seven_days_joins_eight_splits(gap: int, count: int) -> None:
    assert len(segment_episodes(series((0, 5), (gap, 5)))) == count


def test_gap_is_counted_in_calendar_days() -> None:
    late = make_entry(0, minutes=14 * 60 + 59, nrs=5)  # 23:59 on day 0
    early = make_entry(8, minutes=-9 * 60, nrs=5)  # 00:00 on day 8: 7 days 1 minute later
    assert len(segment_episodes([late, early])) == 2
    first = make_entry(0, minutes=-9 * 60, nrs=5)  # 00:00 on day 0
    last = make_entry(7, minutes=14 * 60 + 59, nrs=5)  # 23:59 on day 7
    assert len(segment_episodes([first, last])) == 1


def test_no_pain_no_episode() -> None:
    timeline = series((0, 0), (1, 0))
    assert segment_episodes(timeline) == []
    assert current_episode(timeline) is None
    assert current_episode([]) is None


def test_current_episode_is_empty_when_latest_is_pain_free() -> None:
    assert current_episode(series((0, 5), (1, 0))) is None
    episode = current_episode(series((0, 5), (1, 0), (2, 4), (3, 6)))
    assert episode is not None
    assert [e.nrs for e in episode.entries] == [4, 6]


def test_episode_progress_windows() -> None:
    timeline = series((0, 8), (2, 6), (3, 1), (10, 9), (12, 4), (14, 2))
    episode = current_episode(timeline)
    assert episode is not None
    progress = episode_progress(episode)
    assert progress.length_days == 14
    assert progress.baseline == Fraction(7)  # days 0 and 2 (≤ start + 2)
    assert progress.current == Fraction(3)  # days 12 and 14 (≥ L − 2)
    assert progress.improvement == Fraction(4)


# ------------------------------------------------------------- NOT_IMPROVING / PERSISTENT_6W
def _daily(last_day: int, nrs: int = 5) -> list[Entry]:
    return series(*((d, nrs) for d in range(last_day + 1)))


def test_not_improving_day_13_vs_14() -> None:
    assert fired(_daily(13)) == set()
    assert fired(_daily(14)) == {"NOT_IMPROVING"}


def test_not_improving_day_41_vs_persistent_day_42() -> None:
    weekly_41 = series(*((d, 4) for d in (0, 7, 14, 21, 28, 35, 41)))
    assert fired(weekly_41) == {"NOT_IMPROVING"}
    weekly_42 = series(*((d, 4) for d in (0, 7, 14, 21, 28, 35, 42)))
    assert fired(weekly_42) == {"PERSISTENT_6W"}


def test_persistent_regardless_of_improvement() -> None:
    timeline = series(*((d, 9) for d in (0, 1, 2)), *((d, 2) for d in range(7, 64, 7)))
    assert fired(timeline) == {"PERSISTENT_6W"}


@pytest.mark.parametrize(
    ("baseline", "fires"),
    [
        ([7] * 9 + [6], True),  # mean 6.9 − current 5 = 1.9 < 2.0: not improving
        ([7] * 10, False),  # 7.0 − 5 = 2.0: improved enough
        ([8] * 10, False),  # 3.0
    ],
)
def test_not_improving_improvement_boundary(baseline: list[int], fires: bool) -> None:
    early = [make_entry(i % 3, minutes=i, nrs=n) for i, n in enumerate(baseline)]
    timeline = [*early, make_entry(7, nrs=5), make_entry(14, nrs=5)]
    assert ("NOT_IMPROVING" in fired(timeline)) is fires


def test_pain_free_check_in_restarts_the_episode() -> None:
    without = series(*((d, 5) for d in range(16)))
    assert "NOT_IMPROVING" in fired(without)
    with_check_in = series(*((d, 0 if d == 10 else 5) for d in range(16)))
    assert fired(with_check_in) == set()


def test_latest_pain_free_means_no_episode_rules() -> None:
    timeline = [*_daily(44), make_entry(45, nrs=0)]
    assert fired(timeline) == set()


def test_gap_of_eight_days_restarts_the_episode() -> None:
    joined = series((0, 5), (7, 5), (14, 5), (15, 5))
    assert fired(joined) == {"NOT_IMPROVING"}
    split = series((0, 5), (8, 5), (15, 5))
    assert fired(split) == set()


# ------------------------------------------------------------- WORSENING_TREND
def test_worsening_inclusive_two_points() -> None:
    # L = day 13: previous window days 0..6, current window days 7..13
    timeline = series((0, 3), (3, 3), (6, 3), (7, 5), (10, 5), (13, 5))
    trend = worsening_trend(timeline)
    assert (trend.current_count, trend.previous_count) == (3, 3)
    assert trend.delta == Fraction(2)
    assert fired(timeline) == {"WORSENING_TREND"}


def test_worsening_one_point_nine_does_not_fire() -> None:
    previous = [make_entry(i % 7, minutes=i, nrs=3) for i in range(10)]
    current = [make_entry(7 + i % 7, minutes=i, nrs=5 if i else 4) for i in range(10)]
    timeline = sorted([*previous, *current], key=lambda e: e.instant)
    trend = worsening_trend(timeline)
    assert trend.delta == Fraction(49, 10) - 3
    assert "WORSENING_TREND" not in fired(timeline)


def test_worsening_window_edges() -> None:
    # entries at L−13 and L−7 are in the previous window; L−14 is outside it
    inside = series((0, 2), (6, 2), (7, 6), (13, 6))
    trend = worsening_trend(inside)
    assert (trend.previous_count, trend.current_count) == (2, 2)
    assert "WORSENING_TREND" in fired(inside)
    outside = series((-1, 2), (6, 2), (7, 6), (13, 6))
    assert worsening_trend(outside).previous_count == 1
    assert worsening_trend(outside).delta is None
    assert "WORSENING_TREND" not in fired(outside)


def test_worsening_needs_two_entries_in_the_current_window() -> None:
    timeline = series((0, 1), (3, 1), (13, 9))
    assert worsening_trend(timeline).current_count == 1
    assert "WORSENING_TREND" not in fired(timeline)


def test_worsening_counts_pain_free_entries() -> None:
    timeline = series((0, 0), (4, 0), (8, 2), (13, 2))
    assert worsening_trend(timeline).delta == Fraction(2)
    assert "WORSENING_TREND" in fired(timeline)


def test_improving_trend_does_not_fire() -> None:
    timeline = series((0, 8), (3, 8), (7, 3), (13, 3))
    assert "WORSENING_TREND" not in fired(timeline)


# ------------------------------------------------------------- RECURRENT_CRAMPS
def _recurrent(days: Sequence[int], **latest: Any) -> list[Entry]:
    """Pain on each of ``days`` with a pain-free check-in the day after each but the last."""
    entries: list[Entry] = []
    for d in days[:-1]:
        entries += [make_entry(d, nrs=5), make_entry(d + 1, nrs=0)]
    entries.append(make_entry(days[-1], **{"nrs": 5, **latest}))
    return entries


def test_recurrent_two_vs_three_episodes() -> None:
    assert fired(_recurrent([10, 20])) == set()
    assert fired(_recurrent([0, 10, 20])) == {"RECURRENT_CRAMPS"}
    assert recurrent_episode_count(_recurrent([0, 10, 20])) == 3


def test_recurrent_thirty_day_window_inclusive() -> None:
    assert fired(_recurrent([0, 15, 29])) == {"RECURRENT_CRAMPS"}  # day 0 = L − 29
    assert recurrent_episode_count(_recurrent([0, 15, 30])) == 2  # day 0 = L − 30
    assert fired(_recurrent([0, 15, 30])) == set()


def test_recurrent_episode_counts_if_any_entry_is_in_the_window() -> None:
    # the first episode began on day −5 but still has a pain entry on day 0 = L − 29
    timeline = [make_entry(-5, nrs=5), *_recurrent([0, 15, 29])]
    assert recurrent_episode_count(timeline) == 3


def test_recurrent_ignores_injury_episodes() -> None:
    timeline = _recurrent([0, 10, 20])
    timeline[0] = make_entry(0, nrs=5, trigger=Trigger.LIFTING)
    assert recurrent_episode_count(timeline) == 2
    assert fired(timeline) == set()


def test_recurrent_unknown_trigger_counts() -> None:
    assert fired(_recurrent([0, 10, 20], trigger=Trigger.UNKNOWN)) == {"RECURRENT_CRAMPS"}


@pytest.mark.parametrize(
    "latest",
    [
        {"trigger": Trigger.SPORT},
        {"trigger": Trigger.OTHER},
        {"nrs": 0},
        {"pregnant": True, "gestational_weeks": 20},
    ],
    ids=["injury", "other", "pain-free", "pregnant"],
)
def test_recurrent_latest_entry_conditions(latest: dict[str, Any]) -> None:
    assert "RECURRENT_CRAMPS" not in fired(_recurrent([0, 10, 20], **latest))


# ------------------------------------------------------------- regular contractions
def _preg(minutes: float, nrs: int = 4, **overrides: Any) -> Entry:
    return make_entry(
        0, minutes=minutes, nrs=nrs, pregnant=True, gestational_weeks=32,
        episode_duration_min=1, **overrides,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("offsets", "regular"),
    [
        ((20, 10, 5, 0), True),  # 4 in 20 min, window inclusive at 20 min
        ((20 + 1 / 60, 10, 5, 0), False),  # 20 min 1 s: only 3 in 20 min
        ((10, 5, 0), False),  # 3 in 20 min
    ],
)
def test_four_in_twenty_minutes(offsets: tuple[float, ...], regular: bool) -> None:
    timeline = [_preg(-m) for m in offsets]
    assert contraction_counts(timeline).regular is regular
    expected = {"PREG_PRETERM_SIGNS"} if regular else {"PREG_BRAXTON_HICKS_INFO"}
    assert fired(timeline) == expected


@pytest.mark.parametrize(
    ("oldest", "regular"), [(60, True), (61, False)], ids=["8-in-60", "7-in-60"]
)
def test_eight_in_sixty_minutes(oldest: int, regular: bool) -> None:
    offsets = (oldest, 48, 40, 32, 24, 16, 8, 0)
    timeline = [_preg(-m) for m in offsets]
    counts = {minutes: found for minutes, found, _ in contraction_counts(timeline).counts}
    assert counts[20] == 3
    assert counts[60] == (8 if regular else 7)
    expected = {"PREG_PRETERM_SIGNS"} if regular else {"PREG_BRAXTON_HICKS_INFO"}
    assert fired(timeline) == expected


def test_pain_free_entries_are_not_contractions() -> None:
    timeline = [_preg(-15), _preg(-10), _preg(-5, nrs=0), _preg(0)]
    assert not contraction_counts(timeline).regular


def test_contractions_use_real_time_across_utc_offsets() -> None:
    plus_one = timezone(timedelta(hours=1))
    kw: dict[str, Any] = {"nrs": 4, "pregnant": True, "gestational_weeks": 32}
    timeline = [
        Entry(datetime(2025, 3, 30, 0, 45, tzinfo=UTC), **kw),
        Entry(datetime(2025, 3, 30, 0, 50, tzinfo=UTC), **kw),
        Entry(datetime(2025, 3, 30, 0, 55, tzinfo=UTC), **kw),
        Entry(datetime(2025, 3, 30, 2, 0, tzinfo=plus_one), **kw),  # 01:00 UTC
    ]
    assert contraction_counts(timeline).regular
    assert "PREG_PRETERM_SIGNS" in fired(timeline)
