"""Stored findings follow the diary: the rule-set version is stored, and the findings of
later entries are recomputed when an earlier entry is added, edited or deleted (their
history rules read it), keeping acknowledgements of findings that still hold."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from backdiary.domain.model import Entry, Profile, Trigger
from backdiary.domain.redflags import RULESET_VERSION
from backdiary.services import DiaryService

UTC1 = timezone(timedelta(hours=1))
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC1)


def day(n: int, nrs: int = 5, **overrides: object) -> Entry:
    return Entry(timestamp=START + timedelta(days=n), nrs=nrs, **overrides)  # type: ignore[arg-type]


def rules(service: DiaryService, entry: Entry) -> set[str]:
    return {f.rule for f in service.findings(entry.id)}


def test_findings_are_stored_with_the_ruleset_version(service: DiaryService) -> None:
    result = service.add_entry(day(0, night_pain=True))
    [stored] = service.findings(result.entry.id)
    assert (stored.rule, stored.urgency) == ("NIGHT_PAIN", "urgent")
    assert stored.ruleset_version == RULESET_VERSION
    assert stored.evidence == ("night_pain",)


def test_editing_an_earlier_entry_recomputes_later_history_flags(service: DiaryService) -> None:
    entries = [day(n) for n in range(0, 15)]
    for e in entries:
        service.add_entry(e)
    latest = entries[-1]
    assert rules(service, latest) == {"NOT_IMPROVING"}  # day 14 of one episode
    # A pain-free check-in on the first day: the episode now starts on day 1 (13 days).
    service.update_entry(dataclasses.replace(entries[0], nrs=0))
    assert rules(service, latest) == set()
    service.update_entry(entries[0])
    assert rules(service, latest) == {"NOT_IMPROVING"}


def test_deleting_an_earlier_entry_recomputes_later_entries(service: DiaryService) -> None:
    entries = [day(n) for n in range(0, 15)]
    for e in entries:
        service.add_entry(e)
    service.delete_entry(entries[0].id)
    assert rules(service, entries[-1]) == set()
    service.restore_entry(entries[0])
    assert rules(service, entries[-1]) == {"NOT_IMPROVING"}


def test_backdated_entry_recomputes_later_entries(service: DiaryService) -> None:
    latest = day(14)
    for e in (day(7), day(10), latest):
        service.add_entry(e)
    assert rules(service, latest) == set()  # a 7-day episode
    service.add_entry(day(0))  # logged late: the episode now began on day 0
    assert rules(service, latest) == {"NOT_IMPROVING"}


def test_moving_an_entry_later_recomputes_from_its_old_place(service: DiaryService) -> None:
    first = day(0)
    latest = day(14)
    for e in (first, day(7), latest):
        service.add_entry(e)
    assert rules(service, latest) == {"NOT_IMPROVING"}
    service.update_entry(dataclasses.replace(first, timestamp=START + timedelta(days=3)))
    assert rules(service, latest) == set()


def test_acknowledgements_of_unchanged_findings_are_kept(service: DiaryService) -> None:
    entries = [day(n) for n in range(0, 15)]
    entries[-1] = day(14, night_pain=True)
    for e in entries:
        service.add_entry(e)
    service.acknowledge(entries[-1].id, "NIGHT_PAIN")
    service.update_entry(dataclasses.replace(entries[0], nrs=0))
    found = {f.rule: f for f in service.findings(entries[-1].id)}
    assert set(found) == {"NIGHT_PAIN"}
    assert found["NIGHT_PAIN"].acknowledged


def test_entries_outside_the_history_window_are_not_touched(service: DiaryService) -> None:
    early = day(0)
    service.add_entry(early)
    far = day(100, night_pain=True)
    service.add_entry(far)
    service.acknowledge(far.id, "NIGHT_PAIN")
    assert service.refresh_later_findings(early) == 0
    assert service.findings(far.id)[0].acknowledged


def test_profile_edit_recomputes_every_entry(service: DiaryService) -> None:
    entry = day(0)
    service.add_entry(entry)
    assert rules(service, entry) == set()
    service.set_profile(Profile(age_years=60, prior_back_pain=False))
    assert rules(service, entry) == {"AGE_OVER_50_NEW"}
    service.set_profile(Profile(age_years=60, prior_back_pain=True, history_of_cancer=True))
    assert {(f.rule, f.urgency) for f in service.findings(entry.id)} == {
        ("CANCER_HISTORY", "urgent")
    }


def test_random_backdated_saves_match_a_full_recompute(service: DiaryService) -> None:
    """Saving in any order, editing and deleting leave the same findings as recomputing all."""
    import random

    rng = random.Random(3)
    entries = [
        Entry(
            timestamp=START + timedelta(days=rng.uniform(0, 80), minutes=rng.choice([0, 5, 10])),
            nrs=rng.choice([0, 0, 2, 4, 5, 6, 7, 9]),
            trigger=rng.choice(list(Trigger)),
            night_pain=rng.random() < 0.05,
        )
        for _ in range(120)
    ]
    for e in entries:
        service.add_entry(e)
    for e in rng.sample(entries, 10):
        service.update_entry(dataclasses.replace(e, nrs=rng.choice([0, 3, 8])))
    for e in rng.sample(entries, 10):  # moved earlier or later, sometimes far
        moved = e.timestamp + timedelta(days=rng.choice([-30, -9, -1, 1, 9, 30]))
        service.update_entry(dataclasses.replace(e, timestamp=moved, nrs=rng.choice([0, 5])))
    for e in rng.sample(entries, 10):
        if service.get_entry(e.id) is not None:
            service.delete_entry(e.id)

    def snapshot() -> dict[str, set[tuple[str, str, tuple[str, ...]]]]:
        return {
            e.id: {(f.rule, f.urgency, f.evidence) for f in service.findings(e.id)}
            for e in service.entries()
        }

    incremental = snapshot()
    service.recompute_findings()
    assert snapshot() == incremental
    assert any(incremental.values())
