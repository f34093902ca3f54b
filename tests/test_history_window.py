"""The narrowed red-flag history gives the same findings as the whole 60-day window.

``DiaryService.history_for`` loads only the last 30 days (as light ``HistoryEntry``
values) unless the current episode may have begun earlier; the bulk path narrows
its in-memory window the same way. Both must give exactly the findings of the
full window (``Repository.history_before(entry, HISTORY_DAYS)`` as whole entries).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backdiary.demo import generate, generate_entries
from backdiary.domain import redflags
from backdiary.domain.model import Entry, Trigger
from backdiary.paths import AppPaths
from backdiary.services import HISTORY_DAYS, DiaryService, _stored
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository, StoredFinding

END = date(2026, 3, 31)


def _full(service: DiaryService, entry: Entry) -> list[StoredFinding]:
    history = service.repo.history_before(entry, HISTORY_DAYS)
    return [_stored(f) for f in redflags.evaluate(service.repo.profile(), entry, history)]


def _open(folder: Path) -> DiaryService:
    return DiaryService(Repository(open_diary(AppPaths.resolve(folder))))


@pytest.fixture(scope="module")
def demo_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    """A year of demo data with its pregnancy, stored through the exact bulk path."""
    service = _open(tmp_path_factory.mktemp("demo"))
    data = generate(days=365, seed=11, end=END)
    assert data.profile is not None
    service.repo.set_profile(data.profile)
    service.repo.set_pregnancies(data.pregnancies)
    service.add_many(data.entries)
    yield service
    service.repo.engine.dispose()


def _all_entries(service: DiaryService) -> list[Entry]:
    return list(service.repo.iter_all())


def test_narrowed_history_gives_the_full_window_findings_on_a_demo_diary(
    demo_service: DiaryService,
) -> None:
    entries = _all_entries(demo_service)
    assert len(entries) > 100
    fired = 0
    for entry in entries:
        expected = _full(demo_service, entry)
        assert demo_service.evaluate(entry) == expected, entry.local_time
        fired += bool(expected)
    assert fired > 0


def test_bulk_path_stores_the_full_window_findings(demo_service: DiaryService) -> None:
    for entry in _all_entries(demo_service):
        assert demo_service.findings(entry.id) == sorted(
            _full(demo_service, entry), key=lambda f: -redflags.Urgency(f.urgency).rank
        )


def test_narrowed_history_on_a_dense_diary(tmp_path: Path) -> None:
    """Several entries a day (the ``demo --entries`` shape), checked entry by entry."""
    service = _open(tmp_path / "dense")
    profile, pregnancies, stream = generate_entries(1200, days=100, seed=5, end=END)
    service.repo.set_profile(profile)
    service.repo.set_pregnancies(pregnancies)
    assert service.add_stream(stream, history_limit=4) == 1200
    entries = _all_entries(service)
    for entry in entries[::15]:
        assert service.evaluate(entry) == _full(service, entry), entry.local_time
    service.repo.engine.dispose()


def _series(start: datetime, days: int, nrs: Sequence[int]) -> list[Entry]:
    return [
        Entry(timestamp=start + timedelta(days=i), nrs=nrs[i % len(nrs)], trigger=Trigger.UNKNOWN)
        for i in range(days)
    ]


@pytest.mark.parametrize(
    ("days", "gap_at"),
    [(20, None), (35, None), (45, None), (59, None), (70, None), (50, 12), (50, 38)],
)
def test_long_episodes_read_their_first_entries(
    service: DiaryService, days: int, gap_at: int | None
) -> None:
    """Episodes longer than the 30 loaded days: NOT_IMPROVING and PERSISTENT_6W agree."""
    start = datetime(2025, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    entries = _series(start, days, [7, 6, 7, 8, 6])
    if gap_at is not None:
        entries[gap_at] = Entry(timestamp=entries[gap_at].timestamp, nrs=0)
    for entry in entries[:-1]:
        service.add_entry(entry)
    last = entries[-1]
    expected = _full(service, last)
    assert service.evaluate(last) == expected
    rules = {f.rule for f in expected}
    if gap_at is None and days - 1 >= 42:
        assert "PERSISTENT_6W" in rules
    if gap_at is None and 14 <= days - 1 < 42:
        assert "NOT_IMPROVING" in rules


def test_history_entries_carry_what_the_rules_read(demo_service: DiaryService) -> None:
    entry = _all_entries(demo_service)[-1]
    light = demo_service.history_for(entry)
    whole = demo_service.repo.history_before(entry, HISTORY_DAYS)
    by_id = {e.id: e for e in whole}
    assert light
    for h in light:
        e = by_id[h.id]
        assert (h.timestamp, h.instant, h.local_date, h.nrs, h.trigger) == (
            e.timestamp,
            e.instant,
            e.local_date,
            e.nrs,
            e.trigger,
        )
