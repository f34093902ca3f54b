"""Use-cases of the diary: the one data API shared by the GUI and the command line.

:class:`DiaryService` derives each entry's pregnancy state, runs the red-flag rules
when an entry is saved or edited, stores the findings with the rule-set version,
and returns domain values. It never imports Qt.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from backdiary.domain import redflags
from backdiary.domain.exchange import Document, document_to_dict
from backdiary.domain.model import Entry, Pregnancy, Profile
from backdiary.domain.pregnancy import state_on
from backdiary.domain.region import Region, region_by_code
from backdiary.storage.repository import (
    ALL,
    URGENCY_RANK,
    EntryQuery,
    ListedEntry,
    Repository,
    SortKey,
    StoredFinding,
)

#: How far back the red-flag history reaches. Every §4 algorithm needs at most
#: 42 days (an older episode start only confirms "persistent"), so 60 is ample.
HISTORY_DAYS = 60

Progress = Callable[[int, int], None]


def _stored(finding: redflags.Finding) -> StoredFinding:
    return StoredFinding(
        rule=finding.rule,
        urgency=finding.urgency.value,
        ruleset_version=redflags.RULESET_VERSION,
        evidence=tuple(finding.evidence),
    )


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

    # ------------------------------------------------------------------ red flags
    def evaluate(self, entry: Entry, history: Sequence[Entry] | None = None) -> list[StoredFinding]:
        """Findings for ``entry`` against its stored history (or ``history`` when given)."""
        if history is None:
            history = self.repo.history_before(entry, HISTORY_DAYS)
        findings = redflags.evaluate(self.repo.profile(), entry, history)
        return [_stored(f) for f in findings]

    def _findings_in_order(
        self, entries: Iterable[Entry], profile: Profile
    ) -> Iterator[tuple[Entry, list[StoredFinding]]]:
        window: deque[Entry] = deque()
        for entry in entries:
            limit = entry.local_date - timedelta(days=HISTORY_DAYS)
            while window and window[0].local_date < limit:
                window.popleft()
            found = redflags.evaluate(profile, entry, list(window))
            yield entry, [_stored(f) for f in found]
            window.append(entry)

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
        if progress is not None:
            progress(total, total)
        return len(results)

    def refresh_stale_findings(self) -> bool:
        """Recompute every finding when the rule set changed since they were stored."""
        if not self.repo.has_stale_findings(redflags.RULESET_VERSION):
            return False
        self.recompute_findings()
        return True

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
        """Save a new entry; "saved" means the commit returned."""
        entry = self.with_pregnancy(entry)
        findings = self.evaluate(entry)
        self.repo.add(entry, findings)
        return SaveResult(entry, tuple(findings))

    def update_entry(self, entry: Entry) -> SaveResult:
        """Save an edited entry and recompute its findings."""
        entry = self.with_pregnancy(entry)
        findings = self.evaluate(entry)
        self.repo.update(entry, findings)
        return SaveResult(entry, tuple(findings))

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete an entry; keep the returned value to undo."""
        return self.repo.delete(entry_id)

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

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Bulk-insert entries (time order) with their findings, in one transaction."""
        profile = self.repo.profile()
        pregnancies = self.repo.pregnancies()
        prepared: list[Entry] = []
        for e in entries:
            if not e.pregnancy_explicit:
                state = state_on(e.local_date, pregnancies)
                e = dataclasses.replace(e, pregnant=state.pregnant, gestational_weeks=state.weeks)
            prepared.append(e)
        prepared.sort(key=lambda e: e.instant)
        findings = {e.id: f for e, f in self._findings_in_order(prepared, profile) if f}
        return self.repo.bulk_add(prepared, findings)

    # ------------------------------------------------------------------ profile, pregnancies
    def profile(self) -> Profile:
        """The stored profile."""
        return self.repo.profile()

    def set_profile(self, profile: Profile) -> None:
        """Save the profile and recompute every finding (age and history flags depend on it)."""
        self.repo.set_profile(profile)
        self.recompute_findings()

    def pregnancies(self) -> list[Pregnancy]:
        """Recorded pregnancies."""
        return self.repo.pregnancies()

    def set_pregnancies(self, pregnancies: Sequence[Pregnancy]) -> None:
        """Save the pregnancies, re-derive weeks on every entry and recompute findings."""
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

    def import_document(self, document: Document, replace_profile: bool = True) -> ImportResult:
        """Merge a document into the diary by entry id; existing ids are skipped."""
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
                e = dataclasses.replace(e, pregnancy_explicit=False)
            prepared.append(e)
        self.add_many(prepared)
        if new and self.repo.count() > len(new):
            self.recompute_findings()
        return ImportResult(added=len(new), skipped=len(document.entries) - len(new))


def highest_urgency(findings: Iterable[StoredFinding]) -> str | None:
    """The highest urgency word among ``findings``, or None."""
    best: str | None = None
    for f in findings:
        if best is None or URGENCY_RANK[f.urgency] > URGENCY_RANK[best]:
            best = f.urgency
    return best
