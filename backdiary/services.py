"""Use-cases of the diary: the one data API shared by the GUI and the command line.

:class:`DiaryService` derives each entry's pregnancy state, runs the red-flag rules
when an entry is saved or edited, stores the findings with the rule-set version,
and returns domain values. It never imports Qt.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import operator
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from backdiary.domain import redflags
from backdiary.domain.exchange import Document, document_to_dict
from backdiary.domain.model import Entry, Pregnancy, Profile, Trigger
from backdiary.domain.pregnancy import state_on
from backdiary.domain.redflags.rules import (
    EPISODE_MAX_GAP_DAYS,
    RECURRENT_WINDOW_DAYS,
    TREND_WINDOW_DAYS,
)
from backdiary.domain.redflags.stream import FindingStream
from backdiary.domain.region import Region, region_by_code
from backdiary.storage.repository import (
    ALL,
    URGENCY_RANK,
    EntryQuery,
    HistoryEntry,
    ListedEntry,
    Repository,
    SortKey,
    StoredFinding,
)

#: How far back the red-flag history reaches. Every §4 algorithm needs at most
#: 42 days (an older episode start only confirms "persistent"), so 60 is ample.
HISTORY_DAYS = 60
#: The days every rule but the episode ones reads: recurrence (30 days) and the
#: worsening trend (14 days); contractions need the last hour.
RECENT_DAYS = max(RECURRENT_WINDOW_DAYS, 2 * TREND_WINDOW_DAYS)
#: UTC offsets reach ±18 hours.
_MAX_OFFSET_S = 18 * 3600
#: ``diary_meta`` key present while a stepwise recompute of the findings is unfinished.
RECOMPUTE_PENDING_KEY = "findings_recompute_pending"
#: ``diary_meta`` key that triggers replace on every write to the diary tables.
CHANGE_TOKEN_KEY = "change_token"
#: The in-memory history window reaches this many days further back than needed.
_RECENT_MARGIN_DAYS = 7
#: An instant later than any entry's.
_NO_INSTANT = 1e15

#: ``progress(done, total)`` of a long operation.
Progress = Callable[[int, int], None]
#: How often (in entries) a bulk insert reports its progress.
PROGRESS_EVERY = 1000


def earliest_instant(day: date) -> float:
    """The smallest :attr:`Entry.instant` an entry dated ``day`` (or later) can have."""
    return datetime.combine(day, time(), tzinfo=UTC).timestamp() - _MAX_OFFSET_S


def episode_reaches_start(entry: Entry, history: Sequence[HistoryEntry], recent_from: date) -> bool:
    """Whether the current episode may begin before ``history``'s first entry.

    ``history`` holds every earlier entry with an instant from
    :func:`earliest_instant` of ``recent_from`` on, in time order; the entries left
    out are therefore dated before ``recent_from``. The episode containing
    ``entry`` runs back over pain entries no more than 7 days apart (§4); when it
    reaches the first entry of ``history`` and that entry is within 7 days of
    the day before ``recent_from``, an entry left out might continue it.
    """
    if entry.nrs < 1:
        return False
    later = entry.local_date
    for earlier in reversed(history):
        if earlier.nrs < 1 or (later - earlier.local_date).days > EPISODE_MAX_GAP_DAYS:
            return False
        later = earlier.local_date
    return (later - recent_from).days + 1 <= EPISODE_MAX_GAP_DAYS


def _stored(finding: redflags.Finding) -> StoredFinding:
    return StoredFinding(
        rule=finding.rule,
        urgency=finding.urgency.value,
        ruleset_version=redflags.RULESET_VERSION,
        evidence=tuple(finding.evidence),
    )


def _key(finding: StoredFinding) -> tuple[str, str, str, tuple[str, ...]]:
    """A stored finding without its acknowledgement, for comparing two evaluations."""
    return finding.rule, finding.urgency, finding.ruleset_version, finding.evidence


@dataclass(slots=True)
class _RecentHistory:
    """The in-memory history window of :meth:`DiaryService.history_for`."""

    token: str
    since: date
    rows: list[HistoryEntry]
    instants: list[float]
    added: int = 0


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save produced: the stored entry and its red-flag findings, most urgent first."""

    entry: Entry
    findings: tuple[StoredFinding, ...]

    @property
    def highest(self) -> str | None:
        """The highest urgency among the findings, or None."""
        return self.findings[0].urgency if self.findings else None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did."""

    added: int
    skipped: int


class DiaryService:
    """The diary's use-cases over one open database.

    Args:
        repository: the storage of the open diary.
        region: whose emergency numbers the advice names.
    """

    def __init__(self, repository: Repository, region: Region | None = None) -> None:
        self.repo = repository
        self.region = region or region_by_code("uk")
        #: Counts the writes made through this service (a stepwise recompute restarts
        #: when one happens while it runs).
        self.changes = 0
        self._recent: _RecentHistory | None = None

    # ------------------------------------------------------------------ red flags
    def evaluate(self, entry: Entry, history: Sequence[Entry] | None = None) -> list[StoredFinding]:
        """Findings for ``entry`` against its stored history (or ``history`` when given)."""
        if history is None:
            history = self.history_for(entry)
        findings = redflags.evaluate(self.repo.profile(), entry, history)
        return [_stored(f) for f in findings]

    def history_for(self, entry: Entry) -> Sequence[Entry]:
        """The stored history the rules need for ``entry``: the same findings, fewer rows.

        The findings are those of the whole :data:`HISTORY_DAYS` window
        (:meth:`Repository.history_before`), but only the last :data:`RECENT_DAYS`
        days are loaded, as :class:`HistoryEntry` values, unless the current
        episode may have begun earlier (NOT_IMPROVING, PERSISTENT_6W read its
        first entries): then the whole window is.
        """
        day = entry.local_date
        since = day - timedelta(days=HISTORY_DAYS)
        recent_from = day - timedelta(days=RECENT_DAYS - 1)
        cached = self._cached_history(entry, since, earliest_instant(recent_from))
        if cached is not None:
            history, whole = cached
            if episode_reaches_start(entry, history, recent_from):
                history = whole()
            return cast(Sequence[Entry], history)
        history = self.repo.light_history(entry, since, earliest_instant(recent_from))
        if episode_reaches_start(entry, history, recent_from):
            history = self.repo.light_history(entry, since)
        # HistoryEntry carries every attribute the rules read of an earlier entry.
        return cast(Sequence[Entry], history)

    def _cached_history(
        self, entry: Entry, since: date, min_instant: float
    ) -> tuple[list[HistoryEntry], Callable[[], list[HistoryEntry]]] | None:
        """:meth:`Repository.light_history` rows from the in-memory window, or None.

        The window holds every stored entry dated from ``_recent.since`` on, as
        :class:`HistoryEntry` values in the database's (instant, id) order. It is
        valid while the diary's ``change_token`` (replaced by triggers on every write,
        whoever makes it) is the one it was loaded or last extended with, so saves of
        new entries (:meth:`add_entry`) read no history rows from the database.

        Returns:
            The rows of ``light_history(entry, since, min_instant)`` and a function
            giving those of ``light_history(entry, since)``.
        """
        token = self.repo.meta_value(CHANGE_TOKEN_KEY)
        recent = self._recent
        if token is None:
            return None
        if recent is None or recent.token != token:
            start = since - timedelta(days=_RECENT_MARGIN_DAYS)
            bound = HistoryEntry("", datetime.min, _NO_INSTANT, date.max, 0, Trigger.NONE)
            rows = self.repo.light_history(cast(Entry, bound), start)
            recent = self._recent = _RecentHistory(token, start, rows, [h.instant for h in rows])
        elif since < recent.since:
            return None
        rows, instants = recent.rows, recent.instants
        upto = bisect_right(instants, entry.instant)

        def part(lower: float) -> list[HistoryEntry]:
            low = bisect_left(instants, lower, 0, upto)
            return [h for h in rows[low:upto] if h.local_date >= since and h.id != entry.id]

        return part(min_instant), lambda: part(earliest_instant(since))

    def _note_added(self, entry: Entry, token: str | None) -> None:
        """Extend the in-memory window with an entry just stored (see :meth:`history_for`)."""
        recent = self._recent
        if recent is None or token is None or recent.token != token:
            self._recent = None
            return
        if entry.local_date >= recent.since:
            at = bisect_right(recent.instants, entry.instant)
            recent.rows.insert(at, HistoryEntry.of(entry))
            recent.instants.insert(at, entry.instant)
        after = self.repo.meta_value(CHANGE_TOKEN_KEY)
        if after is None:
            self._recent = None
            return
        recent.token = after
        recent.added += 1
        if recent.added % 1000 == 0:  # forget what no window reaches any more
            latest = max(h.local_date for h in recent.rows[-50:])
            start = latest - timedelta(days=HISTORY_DAYS + _RECENT_MARGIN_DAYS)
            if start > recent.since:
                keep = [i for i, h in enumerate(recent.rows) if h.local_date >= start]
                recent.rows = [recent.rows[i] for i in keep]
                recent.instants = [recent.instants[i] for i in keep]
                recent.since = start

    def _findings_in_order(
        self, entries: Iterable[Entry], profile: Profile, limit: int | None = None
    ) -> Iterator[tuple[Entry, list[StoredFinding]]]:
        """Findings of each entry (time order) against the entries before it.

        With ``limit`` None the findings are exactly those of :meth:`evaluate`
        over a :data:`HISTORY_DAYS` window (narrowed the same way). With a
        ``limit``, each entry sees only the last ``limit`` entries of that window:
        an approximation for bulk synthetic data (``demo --entries``).
        """
        if limit is not None:
            yield from self._findings_bounded(entries, profile, limit)
            return
        stream = FindingStream(profile, HISTORY_DAYS, RECENT_DAYS, earliest_instant)
        for entry, found in stream.run(entries):
            yield entry, [_stored(f) for f in found]

    @staticmethod
    def _findings_in_order_reference(
        entries: Iterable[Entry], profile: Profile
    ) -> Iterator[tuple[Entry, list[StoredFinding]]]:
        """:meth:`_findings_in_order` the slow way: :func:`redflags.evaluate` per entry.

        The reference the tests compare :class:`FindingStream` with.
        """
        window: list[HistoryEntry] = []
        instants: list[float] = []
        first = 0  # window[first:] is the HISTORY_DAYS window
        for entry in entries:
            oldest = entry.local_date - timedelta(days=HISTORY_DAYS)
            while first < len(window) and window[first].local_date < oldest:
                first += 1
            if first > 4096 and 2 * first > len(window):
                del window[:first], instants[:first]
                first = 0
            recent_from = entry.local_date - timedelta(days=RECENT_DAYS - 1)
            cut = bisect_left(instants, earliest_instant(recent_from), first)
            history = window[cut:]
            if episode_reaches_start(entry, history, recent_from):
                history = window[first:]
            found = redflags.evaluate(profile, entry, cast(Sequence[Entry], history))
            yield entry, [_stored(f) for f in found]
            window.append(HistoryEntry.of(entry))
            instants.append(entry.instant)

    @staticmethod
    def _findings_bounded(
        entries: Iterable[Entry], profile: Profile, limit: int
    ) -> Iterator[tuple[Entry, list[StoredFinding]]]:
        window: deque[HistoryEntry] = deque(maxlen=limit)
        for entry in entries:
            oldest = entry.local_date - timedelta(days=HISTORY_DAYS)
            while window and window[0].local_date < oldest:
                window.popleft()
            found = redflags.evaluate(profile, entry, cast(Sequence[Entry], list(window)))
            yield entry, [_stored(f) for f in found]
            window.append(HistoryEntry.of(entry))

    def recompute_findings(self, progress: Progress | None = None) -> int:
        """Re-run the rules on every entry (after a profile, pregnancy or rule change).

        Acknowledgements of findings that still hold are kept. Returns how many
        entries have at least one finding.
        """
        profile = self.repo.profile()
        total = self.repo.count()
        results: dict[str, list[StoredFinding]] = {}
        for done, (entry, found) in enumerate(
            self._findings_in_order(self.repo.iter_all(), profile), start=1
        ):
            if found:
                results[entry.id] = found
            if progress is not None and done % 500 == 0:
                progress(done, total)
        self.repo.replace_all_findings(results)
        if self.repo.meta_value(RECOMPUTE_PENDING_KEY) is not None:
            self.repo.set_meta_value(RECOMPUTE_PENDING_KEY, None)
        if progress is not None:
            progress(total, total)
        return len(results)

    def stale_findings_pending(self) -> bool:
        """Whether stored findings are from another rule set (or a recompute was cut short)."""
        return self.repo.meta_value(
            RECOMPUTE_PENDING_KEY
        ) is not None or self.repo.has_stale_findings(redflags.RULESET_VERSION)

    def refresh_stale_findings(self) -> bool:
        """Recompute every finding when the rule set changed since they were stored."""
        if not self.stale_findings_pending():
            return False
        self.recompute_findings()
        return True

    def recompute_in_steps(self, chunk: int = 250) -> Iterator[tuple[int, int]]:
        """:meth:`recompute_findings` a chunk of entries at a time, for an event loop.

        Yields ``(done, total)`` after each chunk, whose findings are written in a
        transaction of their own, so a step never blocks for long. The diary stays
        marked (``diary_meta`` :data:`RECOMPUTE_PENDING_KEY`) until the last chunk is
        written: when the app is closed midway, :meth:`stale_findings_pending` still
        says so and the next start does it again. A write through this service while
        it runs (a save) starts it over, so the findings end up exactly those of
        :meth:`recompute_findings`.
        """
        while True:
            started = self.changes
            self.repo.set_meta_value(RECOMPUTE_PENDING_KEY, redflags.RULESET_VERSION)
            total = self.repo.count()
            # Rows fetched a chunk at a time too, so no step waits for a big batch.
            rows = self.repo.iter_all(batch=chunk)
            pairs = self._findings_in_order(rows, self.repo.profile())
            done = 0
            while True:
                batch = list(itertools.islice(pairs, chunk))
                if self.changes != started or not batch:
                    break
                found = {entry.id: f for entry, f in batch if f}
                self.repo.replace_findings_chunk([entry.id for entry, _ in batch], found)
                done += len(batch)
                yield done, total
            if self.changes == started:
                self.repo.set_meta_value(RECOMPUTE_PENDING_KEY, None)
                return

    def findings(self, entry_id: str) -> list[StoredFinding]:
        """Stored findings of one entry, most urgent first."""
        return self.repo.findings(entry_id)

    def flagged(
        self, start: date | None = None, end: date | None = None, minimum: str = "info"
    ) -> list[tuple[Entry, StoredFinding]]:
        """Every flagged entry with its findings in a date range, newest first."""
        return self.repo.flagged(start, end, minimum)

    def acknowledge(self, entry_id: str, rule: str) -> None:
        """Record that the user has read an urgent or emergency warning."""
        self.repo.acknowledge(entry_id, rule)

    # ------------------------------------------------------------------ entries
    def with_pregnancy(self, entry: Entry) -> Entry:
        """``entry`` with its pregnancy state derived from the recorded pregnancies."""
        if entry.pregnancy_explicit:
            return entry
        state = state_on(entry.local_date, self.repo.pregnancies())
        if (state.pregnant, state.weeks) == (entry.pregnant, entry.gestational_weeks):
            return entry
        return dataclasses.replace(entry, pregnant=state.pregnant, gestational_weeks=state.weeks)

    def add_entry(self, entry: Entry) -> SaveResult:
        """Save a new entry; "saved" means the commit returned.

        Later entries whose history now includes it get their findings recomputed.
        """
        entry = self.with_pregnancy(entry)
        findings = self.evaluate(entry)
        token = None if self._recent is None else self._recent.token
        self.changes += 1
        self.repo.add(entry, findings)
        self.refresh_later_findings(entry)
        self._note_added(entry, token)
        return SaveResult(entry, tuple(findings))

    def update_entry(self, entry: Entry) -> SaveResult:
        """Save an edited entry and recompute its findings (and those of later entries)."""
        before = self.repo.get(entry.id)
        entry = self.with_pregnancy(entry)
        findings = self.evaluate(entry)
        self.changes += 1
        self.repo.update(entry, findings)
        earliest = entry if before is None or entry.instant <= before.instant else before
        self.refresh_later_findings(earliest)
        return SaveResult(entry, tuple(findings))

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete an entry; keep the returned value to undo."""
        self.changes += 1
        entry = self.repo.delete(entry_id)
        self.refresh_later_findings(entry)
        return entry

    def refresh_later_findings(self, changed: Entry) -> int:
        """Recompute the stored findings of entries whose history includes ``changed``.

        The history rules read earlier entries, so an entry added, edited or deleted
        in the past can change the findings of entries after it: those up to 30 days
        later (contractions, the 14-day trend, the 30-day recurrence), and those whose
        pain episode runs back to it (entries with nrs ≥ 1 no more than 7 days apart,
        §4). Only they are loaded and evaluated, in memory over one load of their
        history, and only those whose findings changed are written (in one
        transaction). Acknowledgements of findings that still hold are kept.

        Args:
            changed: the entry as saved, or as it was before an edit moved it later or
                before it was deleted (its id is never re-evaluated here).

        Returns:
            How many entries' findings changed.
        """
        day = changed.local_date
        end = day + timedelta(days=HISTORY_DAYS + 1)
        upper = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC).timestamp()
        bound = cast(
            Entry, HistoryEntry("", datetime.min, upper + _MAX_OFFSET_S, end, 0, Trigger.NONE)
        )
        # The light rows from the change to HISTORY_DAYS after it: usually none (the
        # newest entry), and one small query says so.
        after = [
            h
            for h in self.repo.light_history(bound, day, changed.instant)
            if h.local_date <= end and (h.id != changed.id or h.instant > changed.instant)
        ]
        if not after:
            return 0
        before = self.repo.light_history(
            cast(Entry, after[0]), day - timedelta(days=HISTORY_DAYS + 1)
        )
        ids = {h.id for h in after}
        rows = [h for h in before if h.id not in ids] + after
        # Which later entries can see the change.
        affected: set[str] = set()
        near = day + timedelta(days=RECURRENT_WINDOW_DAYS + 1)
        chain_alive, chain_date = True, day
        for h in rows:
            if h.instant < changed.instant:
                continue
            if h.id == changed.id:  # its new place (an edit): a chain may start here
                chain_alive, chain_date = True, h.local_date
                near = max(near, h.local_date + timedelta(days=RECURRENT_WINDOW_DAYS + 1))
                continue
            if chain_alive and (
                h.nrs < 1 or (h.local_date - chain_date).days > EPISODE_MAX_GAP_DAYS
            ):
                chain_alive = False
            chain_date = h.local_date
            if chain_alive or h.local_date <= near:
                affected.add(h.id)
        if not affected:
            return 0
        last_day = max(h.local_date for h in rows if h.id in affected)
        later = [e for e in self.repo.entries_between(day, last_day) if e.id in affected]
        profile = self.repo.profile()
        instants = [h.instant for h in rows]
        stored = self.repo.findings_of(e.id for e in later)
        replaced: dict[str, list[StoredFinding]] = {}
        for entry in later:
            since = entry.local_date - timedelta(days=HISTORY_DAYS)
            upto = bisect_right(instants, entry.instant)
            history = [h for h in rows[:upto] if h.local_date >= since and h.id != entry.id]
            found = redflags.evaluate(profile, entry, cast(Sequence[Entry], history))
            new = [_stored(f) for f in found]
            old = stored.get(entry.id, [])
            if {_key(f) for f in old} != {_key(f) for f in new}:
                replaced[entry.id] = new
        self.repo.replace_findings_of(replaced)
        return len(replaced)

    def restore_entry(self, entry: Entry) -> SaveResult:
        """Undo a delete: store the entry again under the same id."""
        return self.add_entry(entry)

    def get_entry(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self.repo.get(entry_id)

    def latest_entry(self) -> Entry | None:
        """The most recent entry, or None."""
        return self.repo.latest()

    def count(self, query: EntryQuery = ALL) -> int:
        """How many entries match."""
        return self.repo.count(query)

    def page(
        self,
        query: EntryQuery = ALL,
        sort: SortKey = SortKey.TIME,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[ListedEntry]:
        """One page of the diary list."""
        return self.repo.page(query, sort, descending, offset, limit)

    def entries(self, start: date | None = None, end: date | None = None) -> list[Entry]:
        """Entries in a date range, oldest first."""
        return self.repo.entries_between(start, end)

    def used_tags(self, column: str) -> list[tuple[str, int]]:
        """The user's factor or relief tags, most used first."""
        return self.repo.used_tags(column)

    def add_many(self, entries: Iterable[Entry], progress: Progress | None = None) -> int:
        """Bulk-insert entries (time order) with their findings, in one transaction.

        Args:
            entries: the entries, in any order.
            progress: called with (entries done, all of them) every
                :data:`PROGRESS_EVERY` entries and at the end.
        """
        prepared = list(entries)
        prepared.sort(key=lambda e: e.instant)
        if progress is None:
            return self.add_stream(prepared)
        return self.add_stream(_reporting(prepared, progress))

    def add_stream(self, entries: Iterable[Entry], history_limit: int | None = None) -> int:
        """Bulk-insert entries already in time order, streaming, in one transaction.

        Pregnancy states are derived and findings computed on the way, so a
        generator of a million entries never sits in memory at once.

        Args:
            entries: entries newer than the stored ones, oldest first.
            history_limit: None for exact findings; otherwise each entry is checked
                against only that many earlier entries (fast, approximate: for
                synthetic bulk data).

        Returns:
            How many entries were stored.
        """
        profile = self.repo.profile()
        pregnancies = self.repo.pregnancies()

        def derived() -> Iterator[Entry]:
            for e in entries:
                if not e.pregnancy_explicit:
                    state = state_on(e.local_date, pregnancies)
                    if (state.pregnant, state.weeks) != (e.pregnant, e.gestational_weeks):
                        e = dataclasses.replace(
                            e, pregnant=state.pregnant, gestational_weeks=state.weeks
                        )
                yield e

        pairs = self._findings_in_order(derived(), profile, history_limit)
        self.changes += 1
        return self.repo.bulk_add_pairs(pairs)

    # ------------------------------------------------------------------ profile, pregnancies
    def profile(self) -> Profile:
        """The stored profile."""
        return self.repo.profile()

    def set_profile(self, profile: Profile) -> None:
        """Save the profile and recompute every finding (age and history flags depend on it)."""
        self.changes += 1
        self.repo.set_profile(profile)
        self.recompute_findings()

    def pregnancies(self) -> list[Pregnancy]:
        """Recorded pregnancies."""
        return self.repo.pregnancies()

    def set_pregnancies(self, pregnancies: Sequence[Pregnancy]) -> None:
        """Save the pregnancies, re-derive weeks on every entry and recompute findings."""
        self.changes += 1
        self.repo.set_pregnancies(pregnancies)
        self.recompute_findings()

    def current_pregnancy_state(self, day: date) -> tuple[bool, int | None]:
        """(pregnant, completed weeks or None) on ``day``."""
        state = state_on(day, self.repo.pregnancies())
        return state.pregnant, state.weeks

    # ------------------------------------------------------------------ exchange
    def export_document(
        self, start: date | None = None, end: date | None = None, now: datetime | None = None
    ) -> dict[str, Any]:
        """The diary (or a date range of it) as an exchange-format document."""
        exported_at = (now or datetime.now()).astimezone()
        entries: Iterable[Entry]
        entries = (
            self.repo.iter_all() if start is None and end is None else self.entries(start, end)
        )
        return document_to_dict(self.profile(), self.pregnancies(), entries, exported_at)

    def import_document(
        self,
        document: Document,
        replace_profile: bool = True,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Merge a document into the diary by entry id; existing ids are skipped.

        ``progress`` is called as the new entries are stored (see :meth:`add_many`).
        """
        # The cyclic collector would walk the 100,000s of live entries, findings and row
        # tuples again and again for nothing (about 1 s of a 100k-row import); nothing
        # here builds reference cycles.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._import_document(document, replace_profile, progress)
        finally:
            if was_enabled:
                gc.enable()

    def _import_document(
        self, document: Document, replace_profile: bool, progress: Progress | None
    ) -> ImportResult:
        existing = self.repo.ids()
        if replace_profile:
            self.repo.set_profile(document.profile)
        if document.pregnancies:
            known = self.repo.pregnancies()
            merged = known + [p for p in document.pregnancies if p not in known]
            if merged != known:
                self.repo.set_pregnancies(merged)
        new = [e for e in document.entries if e.id not in existing]
        pregnancies = self.repo.pregnancies()
        prepared = []
        for e in new:
            state = state_on(e.local_date, pregnancies)
            if e.pregnancy_explicit and (state.pregnant, state.weeks) == (
                e.pregnant,
                e.gestational_weeks,
            ):
                # Same as the derivation: keep it derived, so later edits of the due date apply.
                e = _derived_pregnancy(e)
            prepared.append(e)
        self.add_many(prepared, progress)
        if new and self.repo.count() > len(new):
            self.recompute_findings(progress)
        return ImportResult(added=len(new), skipped=len(document.entries) - len(new))


def _reporting(entries: Sequence[Entry], progress: Progress) -> Iterator[Entry]:
    """``entries``, calling ``progress`` every :data:`PROGRESS_EVERY` of them and at the end."""
    total = len(entries)
    for done, entry in enumerate(entries, 1):
        yield entry
        if done % PROGRESS_EVERY == 0:
            progress(done, total)
    progress(total, total)


_ENTRY_SLOTS: tuple[str, ...] = Entry.__slots__
_entry_slot_values = operator.attrgetter(*_ENTRY_SLOTS)


def _derived_pregnancy(entry: Entry) -> Entry:
    """``entry`` with ``pregnancy_explicit=False``, copied slot by slot.

    ``dataclasses.replace`` would validate everything again (~14 µs an entry, 1.4 s of a
    100,000-row CSV import); no check of :class:`Entry` involves this flag.
    """
    new = object.__new__(Entry)
    put = object.__setattr__
    for name, value in zip(_ENTRY_SLOTS, _entry_slot_values(entry), strict=True):
        put(new, name, value)
    put(new, "pregnancy_explicit", False)
    return new


def highest_urgency(findings: Iterable[StoredFinding]) -> str | None:
    """The highest urgency word among ``findings``, or None."""
    best: str | None = None
    for f in findings:
        if best is None or URGENCY_RANK[f.urgency] > URGENCY_RANK[best]:
            best = f.urgency
    return best
