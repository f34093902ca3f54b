"""The history algorithms of the red-flag spec (§4), exactly as specified.

Standard library only. Every function takes a *timeline*: the entries in time order
(by :attr:`Entry.instant`) ending with the latest entry, the one being evaluated.
Dates are the calendar dates of the entries' local timestamps (:attr:`Entry.local_date`)
and L is the latest entry's date. Regular contractions use the timestamps themselves.
Means are exact :class:`~fractions.Fraction` values, so "≥ 2.0" is never lost to
floating-point rounding.

* Episode segmentation: a maximal run of entries with nrs ≥ 1 whose consecutive entries
  are ≤ 7 days apart; an entry with nrs = 0, or a gap > 7 days, ends the episode.
* Current episode: the one containing the latest entry (none if its nrs = 0).
* Episode length = L − date(first entry); baseline = mean nrs of the entries dated
  ≤ start + 2 days; current = mean nrs of the entries dated ≥ L − 2 days.
* Worsening trend: all entries (nrs = 0 too); mean over days L−6..L minus mean over days
  L−13..L−7, both windows needing ≥ 2 entries.
* Recurrent cramps: episodes containing an entry with trigger ∈ {none, unknown},
  nrs ≥ 1 and date ≥ L − 29.
* Regular contractions: entries with nrs ≥ 1 timed within [t − 20 min, t] (≥ 4) or
  [t − 60 min, t] (≥ 8), t being the latest timestamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from backdiary.domain.model import Entry, Trigger
from backdiary.domain.redflags.rules import (
    CONTRACTION_WINDOWS,
    EPISODE_EDGE_DAYS,
    EPISODE_MAX_GAP_DAYS,
    RECURRENT_WINDOW_DAYS,
    TREND_MIN_ENTRIES,
    TREND_WINDOW_DAYS,
)

#: Triggers that make a pain entry a "non-injury" entry (RECURRENT_CRAMPS).
NON_INJURY_TRIGGERS: frozenset[Trigger] = frozenset({Trigger.NONE, Trigger.UNKNOWN})


@dataclass(frozen=True, slots=True)
class Episode:
    """A run of pain entries (nrs ≥ 1) no more than 7 days apart.

    Attributes:
        entries: the episode's entries in time order (never empty).
    """

    entries: tuple[Entry, ...]

    @property
    def start_date(self) -> date:
        """The date of the episode's first entry."""
        return self.entries[0].local_date

    @property
    def end_date(self) -> date:
        """The date of the episode's last entry."""
        return self.entries[-1].local_date


@dataclass(frozen=True, slots=True)
class EpisodeProgress:
    """How the current episode is going (§4).

    Attributes:
        length_days: L − date(first entry of the episode).
        baseline: mean nrs of the episode's entries dated ≤ start + 2 days.
        current: mean nrs of the episode's entries dated ≥ L − 2 days.
    """

    length_days: int
    baseline: Fraction
    current: Fraction

    @property
    def improvement(self) -> Fraction:
        """baseline − current (positive when the pain has eased)."""
        return self.baseline - self.current


@dataclass(frozen=True, slots=True)
class Trend:
    """Mean nrs of the last 7 days against the 7 days before (§4, WORSENING_TREND).

    Attributes:
        current_count: entries dated L−6..L.
        previous_count: entries dated L−13..L−7.
        current_mean: their mean nrs, or None without entries.
        previous_mean: their mean nrs, or None without entries.
    """

    current_count: int
    previous_count: int
    current_mean: Fraction | None
    previous_mean: Fraction | None

    @property
    def enough_entries(self) -> bool:
        """Both windows hold at least two entries."""
        return min(self.current_count, self.previous_count) >= TREND_MIN_ENTRIES

    @property
    def delta(self) -> Fraction | None:
        """current_mean − previous_mean, or None when a window has too few entries."""
        if not self.enough_entries or self.current_mean is None or self.previous_mean is None:
            return None
        return self.current_mean - self.previous_mean


@dataclass(frozen=True, slots=True)
class ContractionCounts:
    """Pain entries (nrs ≥ 1) in the windows ending at the latest timestamp.

    Attributes:
        counts: ``(window_minutes, entries_in_window, threshold)`` for each window of
            :data:`~backdiary.domain.redflags.rules.CONTRACTION_WINDOWS`.
    """

    counts: tuple[tuple[int, int, int], ...]

    @property
    def regular(self) -> bool:
        """True when any window reaches its threshold (4 in 20 min or 8 in 60 min)."""
        return any(found >= threshold for _, found, threshold in self.counts)


def _mean(values: Sequence[int]) -> Fraction | None:
    if not values:
        return None
    return Fraction(sum(values), len(values))


def _aware(entry: Entry) -> datetime:
    """The timestamp as an aware datetime (wall time taken as UTC without an offset).

    The same convention as :attr:`Entry.instant`, but exact (no float rounding).
    """
    ts = entry.timestamp
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def segment_episodes(timeline: Sequence[Entry]) -> list[Episode]:
    """Split a timeline into pain episodes (§4 "Episode segmentation").

    Args:
        timeline: entries in time order.

    Returns:
        The episodes in time order. Entries with nrs = 0 belong to none.
    """
    episodes: list[Episode] = []
    run: list[Entry] = []
    for entry in timeline:
        if entry.nrs < 1:
            if run:
                episodes.append(Episode(tuple(run)))
                run = []
            continue
        if run and (entry.local_date - run[-1].local_date).days > EPISODE_MAX_GAP_DAYS:
            episodes.append(Episode(tuple(run)))
            run = []
        run.append(entry)
    if run:
        episodes.append(Episode(tuple(run)))
    return episodes


def current_episode(timeline: Sequence[Entry]) -> Episode | None:
    """The episode containing the latest entry, or None when its nrs is 0 (or no entries)."""
    if not timeline or timeline[-1].nrs < 1:
        return None
    return segment_episodes(timeline)[-1]


def episode_progress(episode: Episode) -> EpisodeProgress:
    """Length, baseline and current pain of an episode whose last entry is the latest.

    Args:
        episode: the current episode (its last entry is dated L).

    Returns:
        The figures NOT_IMPROVING and PERSISTENT_6W use.
    """
    start, latest = episode.start_date, episode.end_date
    edge = timedelta(days=EPISODE_EDGE_DAYS)
    baseline = _mean([e.nrs for e in episode.entries if e.local_date <= start + edge])
    current = _mean([e.nrs for e in episode.entries if e.local_date >= latest - edge])
    # Both windows contain an entry (the first, and the last), so neither mean is None.
    assert baseline is not None and current is not None
    return EpisodeProgress((latest - start).days, baseline, current)


def worsening_trend(timeline: Sequence[Entry]) -> Trend:
    """Mean nrs over days L−6..L against days L−13..L−7, over all entries (nrs = 0 too).

    Args:
        timeline: entries in time order, ending with the latest (non-empty).
    """
    latest = timeline[-1].local_date
    cur_from = latest - timedelta(days=TREND_WINDOW_DAYS - 1)
    prev_from = latest - timedelta(days=2 * TREND_WINDOW_DAYS - 1)
    current = [e.nrs for e in timeline if cur_from <= e.local_date <= latest]
    previous = [e.nrs for e in timeline if prev_from <= e.local_date < cur_from]
    return Trend(len(current), len(previous), _mean(current), _mean(previous))


def is_non_injury_pain(entry: Entry) -> bool:
    """A pain entry (nrs ≥ 1) whose trigger is ``none`` or ``unknown``."""
    return entry.nrs >= 1 and entry.trigger in NON_INJURY_TRIGGERS


def recurrent_episode_count(timeline: Sequence[Entry]) -> int:
    """Episodes containing a non-injury pain entry dated within L−29..L (RECURRENT_CRAMPS).

    Args:
        timeline: entries in time order, ending with the latest (non-empty).
    """
    latest = timeline[-1].local_date
    window_start = latest - timedelta(days=RECURRENT_WINDOW_DAYS - 1)
    return sum(
        1
        for episode in segment_episodes(timeline)
        if any(is_non_injury_pain(e) and e.local_date >= window_start for e in episode.entries)
    )


def contraction_counts(timeline: Sequence[Entry]) -> ContractionCounts:
    """Count pain entries timed within each contraction window ending at the latest entry.

    Windows are inclusive at both ends: [t − 20 min, t] and [t − 60 min, t].

    Args:
        timeline: entries in time order, ending with the latest (non-empty).
    """
    t = _aware(timeline[-1])
    counts = []
    for minutes, threshold in CONTRACTION_WINDOWS:
        window = timedelta(minutes=minutes)
        found = 0
        # The timeline is in time order: walk back from the latest entry and stop at
        # the first one older than the window (nothing before it can be inside).
        for e in reversed(timeline):
            gap = t - _aware(e)
            if gap > window:
                break
            if e.nrs >= 1 and gap >= timedelta(0):
                found += 1
        counts.append((minutes, found, threshold))
    return ContractionCounts(tuple(counts))
