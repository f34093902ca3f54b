"""Red-flag findings of a time-ordered stream of entries, with incremental history facts.

Standard library only. Evaluating entry after entry with :func:`~.engine.evaluate`
re-segments the episodes of each entry's whole history window, re-filters and
re-sorts it; over 100,000 entries that is most of an import. :class:`FindingStream`
keeps the §4 facts up to date as the stream advances instead:

* the episode each entry belongs to (§4 segmentation only ever compares an entry with
  the one before it, so the episodes of any suffix of the stream are the stream's
  episodes cut at the suffix's start);
* per-day counts and sums of nrs (the worsening trend) and of the current episode
  (its "current" mean);
* for each episode, the latest date of its non-injury pain entries (recurrent cramps);
* the baseline of the current episode, extended entry by entry.

It gives exactly the findings of :func:`~.engine.evaluate` called for each entry with
the history the caller's window rule selects (``tests/test_redflags_stream.py``
compares both on random diaries). That window is the one of
``DiaryService._findings_in_order``: the earlier entries dated from ``history_days``
days back (a pointer that only moves forward), narrowed to the instants from
``earliest_instant(L − (recent_days − 1))`` on unless the current episode may reach
further back. Should the stream ever go back in time (it must not), every later entry
is evaluated the slow, reference way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from itertools import repeat

from backdiary.domain.model import Entry, Profile
from backdiary.domain.redflags.engine import Finding, _Facts, evaluate, evaluate_facts
from backdiary.domain.redflags.history import (
    ContractionCounts,
    EpisodeProgress,
    Trend,
    is_non_injury_pain,
)
from backdiary.domain.redflags.rules import (
    CONTRACTION_WINDOWS,
    EPISODE_EDGE_DAYS,
    EPISODE_MAX_GAP_DAYS,
    RECURRENT_WINDOW_DAYS,
    TREND_WINDOW_DAYS,
)

#: UTC offsets reach ±18 hours.
_MAX_OFFSET = timedelta(hours=18)
_DAY = timedelta(days=1)
_CONTRACTIONS = tuple(
    (minutes, timedelta(minutes=minutes), n) for minutes, n in CONTRACTION_WINDOWS
)


def _aware(entry: Entry) -> datetime:
    ts = entry.timestamp
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def _mean(count: int, total: int) -> Fraction | None:
    return Fraction(total, count) if count else None


class _Baseline:
    """The baseline of an episode starting at a stream position, built entry by entry."""

    __slots__ = ("closed", "count", "edge", "limit", "next", "start", "total")

    def __init__(self, start: date, position: int) -> None:
        self.start = start
        self.edge = start + timedelta(days=EPISODE_EDGE_DAYS)
        # No entry timed from here on is dated start + 2 days or earlier.
        self.limit = datetime.combine(start + 3 * _DAY, time(), tzinfo=UTC) + _MAX_OFFSET
        self.count = 0
        self.total = 0
        self.next = position
        self.closed = False


class FindingStream:
    """Findings of entries fed in time order (by :attr:`Entry.instant`).

    Args:
        profile: the profile every entry is evaluated with.
        history_days: how many days back the history window reaches.
        recent_days: the days every rule but the episode ones reads.
        earliest_instant: the smallest instant an entry dated a given day can have.
    """

    def __init__(
        self,
        profile: Profile,
        history_days: int,
        recent_days: int,
        earliest_instant: Callable[[date], float],
    ) -> None:
        self.profile = profile
        self.history_days = timedelta(days=history_days)
        self.recent_days = timedelta(days=recent_days - 1)
        self.earliest_instant = earliest_instant
        # The window, as the reference keeps it: window[first:] is the history window;
        # ``base`` is the stream position of window[0].
        self.window: list[Entry] = []
        self.instants: list[float] = []
        self.aware: list[datetime] = []
        self.first = 0
        self.base = 0
        self.ordered = True
        # Episodes: id of the current one, its first stream position, the previous entry.
        self.episode = 0
        self.run_start: int | None = None
        self.prev: Entry | None = None
        # Per-day figures are keyed by date.toordinal().
        self.day_stats: dict[int, list[int]] = {}
        self.run_stats: dict[int, list[int]] = {}
        self.run_max_day = 0
        # Recurrent cramps: per episode the latest date of a non-injury pain entry, and
        # how many episodes have their latest such date on each day.
        self.recurrent_last: dict[int, int] = {}
        self.recurrent_days: dict[int, int] = {}
        self.recurrent_max_day = 0
        # Baselines of the current episode by start position.
        self.baselines: dict[int, _Baseline] = {}
        self.ages: dict[date, int] = {}
        self.pruned_to = date.min

    # ------------------------------------------------------------------ public
    def findings(self, entry: Entry) -> list[Finding]:
        """The findings of ``entry``, the latest so far; it then joins the history."""
        day = entry.local_date
        oldest = day - self.history_days
        window, instants = self.window, self.instants
        while self.first < len(window) and window[self.first].local_date < oldest:
            self.first += 1
        if self.first > 4096 and 2 * self.first > len(window):
            del window[: self.first], instants[: self.first], self.aware[: self.first]
            self.base += self.first
            self.first = 0
        recent_from = day - self.recent_days
        cut = bisect_left(instants, self.earliest_instant(recent_from), self.first)
        if self.ordered and instants and entry.instant < instants[-1]:
            self.ordered = False
        if not self.ordered:
            found = self._reference(entry, cut, recent_from)
        else:
            self._advance(entry)
            found = evaluate_facts(self._facts(entry, cut, recent_from))
        window.append(entry)
        instants.append(entry.instant)
        self.aware.append(_aware(entry))
        return found

    def run(self, entries: Iterable[Entry]) -> Iterator[tuple[Entry, list[Finding]]]:
        """``(entry, findings)`` for each entry of a time-ordered stream."""
        for entry in entries:
            yield entry, self.findings(entry)

    # ------------------------------------------------------------------ reference path
    def _reference(self, entry: Entry, cut: int, recent_from: date) -> list[Finding]:
        history = self.window[cut:]
        if self._reaches_start(entry, history, recent_from):
            history = self.window[self.first :]
        return evaluate(self.profile, entry, history)

    @staticmethod
    def _reaches_start(entry: Entry, history: list[Entry], recent_from: date) -> bool:
        if entry.nrs < 1:
            return False
        later = entry.local_date
        for earlier in reversed(history):
            if earlier.nrs < 1 or (later - earlier.local_date).days > EPISODE_MAX_GAP_DAYS:
                return False
            later = earlier.local_date
        return (later - recent_from).days + 1 <= EPISODE_MAX_GAP_DAYS

    # ------------------------------------------------------------------ incremental path
    def _advance(self, entry: Entry) -> None:
        """Add ``entry`` (at stream position base + len(window)) to the running facts."""
        day, nrs = entry.local_date, entry.nrs
        ordinal = day.toordinal()
        position = self.base + len(self.window)
        stats = self.day_stats.get(ordinal)
        if stats is None:
            self.day_stats[ordinal] = [1, nrs]
        else:
            stats[0] += 1
            stats[1] += nrs
        if day > self.pruned_to + timedelta(days=30):
            self._prune(day)
        prev = self.prev
        self.prev = entry
        if nrs < 1:
            self.run_start = None
            return
        if (
            prev is None
            or self.run_start is None
            or (day - prev.local_date).days > EPISODE_MAX_GAP_DAYS
        ):
            self.episode += 1
            self.run_start = position
            self.run_stats = {}
            self.run_max_day = ordinal
            self.baselines = {}
        stats = self.run_stats.get(ordinal)
        if stats is None:
            self.run_stats[ordinal] = [1, nrs]
        else:
            stats[0] += 1
            stats[1] += nrs
        self.run_max_day = max(self.run_max_day, ordinal)
        if is_non_injury_pain(entry):
            last = self.recurrent_last.get(self.episode)
            if last is None or ordinal > last:
                if last is not None:
                    self.recurrent_days[last] -= 1
                self.recurrent_last[self.episode] = ordinal
                self.recurrent_days[ordinal] = self.recurrent_days.get(ordinal, 0) + 1
                self.recurrent_max_day = max(self.recurrent_max_day, ordinal)

    def _prune(self, day: date) -> None:
        """Forget per-day figures far older than any window can read."""
        horizon = (day - self.history_days - timedelta(days=10)).toordinal()
        self.pruned_to = day
        self.day_stats = {d: s for d, s in self.day_stats.items() if d >= horizon}
        old = [ep for ep, d in self.recurrent_last.items() if d < horizon]
        for ep in old:
            last = self.recurrent_last.pop(ep)
            self.recurrent_days[last] -= 1
        self.recurrent_days = {d: n for d, n in self.recurrent_days.items() if n}

    def _facts(self, entry: Entry, cut: int, recent_from: date) -> _Facts:
        day = entry.local_date
        position = self.base + len(self.window)  # the entry's own position
        # The window the reference would evaluate: window[start:] + [entry].
        start = cut
        progress = None
        if self.run_start is not None:
            run_start = self.run_start
            if run_start <= self.base + cut:
                first_day = self.window[cut].local_date if cut < len(self.window) else day
                if (first_day - recent_from).days + 1 <= EPISODE_MAX_GAP_DAYS:
                    start = self.first
            progress = self._progress(entry, max(run_start, self.base + start), position)
        age = self.ages.get(day)
        if age is None:
            age = self.ages[day] = self.profile.age_on(day)
        return _Facts(
            entry=entry,
            profile=self.profile,
            age=age,
            contractions=self._contractions(entry, start),
            progress=progress,
            trend=self._trend(day),
            recurrent_episodes=self._recurrent(day),
        )

    def _contractions(self, entry: Entry, start: int) -> ContractionCounts:
        t = _aware(entry)
        aware, window = self.aware, self.window
        counts = []
        for minutes, span, threshold in _CONTRACTIONS:
            found = 1 if entry.nrs >= 1 else 0
            for i in range(len(window) - 1, start - 1, -1):
                gap = t - aware[i]
                if gap > span:
                    break
                if window[i].nrs >= 1 and gap >= timedelta(0):
                    found += 1
            counts.append((minutes, found, threshold))
        return ContractionCounts(tuple(counts))

    def _progress(self, entry: Entry, first: int, position: int) -> EpisodeProgress:
        """The current episode, stream positions ``first`` to ``position`` (the entry)."""
        day = entry.local_date
        if first == position:
            start = day
            base_count, base_sum = 1, entry.nrs
        else:
            state = self.baselines.get(first)
            if state is None:
                if len(self.baselines) > 4:
                    self.baselines.clear()
                state = self.baselines[first] = _Baseline(
                    self.window[first - self.base].local_date, first
                )
            start, limit, edge = state.start, state.limit, state.edge
            count, total, nxt, closed = state.count, state.total, state.next, state.closed
            window, aware = self.window, self.aware
            while not closed and nxt < position:
                i = nxt - self.base
                if aware[i] >= limit:
                    closed = True
                    break
                e = window[i]
                if e.local_date <= edge:
                    count += 1
                    total += e.nrs
                nxt += 1
            state.count, state.total, state.next, state.closed = count, total, nxt, closed
            base_count, base_sum = count, total
            if not closed and day <= edge:
                base_count += 1
                base_sum += entry.nrs
        cur_count = cur_sum = 0
        run_stats = self.run_stats
        for d in range(day.toordinal() - EPISODE_EDGE_DAYS, self.run_max_day + 1):
            stats = run_stats.get(d)
            if stats is not None:
                cur_count += stats[0]
                cur_sum += stats[1]
        return EpisodeProgress(
            (day - start).days, Fraction(base_sum, base_count), Fraction(cur_sum, cur_count)
        )

    def _trend(self, day: date) -> Trend:
        stats = self.day_stats
        latest = day.toordinal()
        cur_count = cur_sum = prev_count = prev_sum = 0
        for d in range(latest - TREND_WINDOW_DAYS + 1, latest + 1):
            s = stats.get(d)
            if s is not None:
                cur_count += s[0]
                cur_sum += s[1]
        for d in range(latest - 2 * TREND_WINDOW_DAYS + 1, latest - TREND_WINDOW_DAYS + 1):
            s = stats.get(d)
            if s is not None:
                prev_count += s[0]
                prev_sum += s[1]
        return Trend(cur_count, prev_count, _mean(cur_count, cur_sum), _mean(prev_count, prev_sum))

    def _recurrent(self, day: date) -> int:
        days = self.recurrent_days
        start = day.toordinal() - RECURRENT_WINDOW_DAYS + 1
        return sum(map(days.get, range(start, self.recurrent_max_day + 1), repeat(0)))
