"""Bulk writes: one change-token renewal per transaction (not one a row), same rows as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from backdiary.domain.model import Location, Medication, Quality, ReliefHelped, Trigger
from backdiary.services import DiaryService
from backdiary.storage import convert
from backdiary.storage.repository import StoredFinding
from tests.factories import make_entry


def _meta(service: DiaryService) -> dict[str, str]:
    with service.repo.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT key, value FROM diary_meta").all())


def _entries(count: int) -> list[Any]:
    start = datetime(2024, 1, 1, 8, 0)
    return [
        make_entry(
            timestamp=start + timedelta(hours=3 * i),
            nrs=i % 11,
            notes=f"n{i}" if i % 3 else "",
            factors=("stress",) if i % 2 else (),
        )
        for i in range(count)
    ]


def test_bulk_add_renews_the_token(service: DiaryService) -> None:
    before = _meta(service)["change_token"]
    service.add_many(_entries(30))
    after = _meta(service)
    assert after["change_token"] != before
    assert service.count() == 30
    # Single writes after a bulk write still renew the token through the triggers.
    entry = make_entry(timestamp=datetime(2025, 1, 1, 9, 0), notes="x")
    service.add_entry(entry)
    assert _meta(service)["change_token"] != after["change_token"]
    token = _meta(service)["change_token"]
    service.delete_entry(entry.id)
    assert _meta(service)["change_token"] != token


def test_recompute_renews_the_token(
    service: DiaryService,
) -> None:
    service.add_many(_entries(5))
    token = _meta(service)["change_token"]
    service.recompute_findings()
    assert _meta(service)["change_token"] != token


def test_a_failed_bulk_write_rolls_back_token_and_rows(service: DiaryService) -> None:
    service.add_many(_entries(3))
    token = _meta(service)["change_token"]
    stored = list(service.repo.iter_all())
    # The last entry repeats a stored id: the unique index fails the whole transaction.
    with pytest.raises(IntegrityError):
        service.repo.bulk_add([*_entries(3), stored[0]])
    assert _meta(service)["change_token"] == token
    assert service.count() == 3


def _triggers(service: DiaryService) -> list[tuple[str, str]]:
    with service.repo.engine.connect() as conn:
        return [
            (str(name), str(sql))
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            )
        ]


def test_bulk_writes_keep_every_trigger_and_a_failed_one_changes_nothing(
    service: DiaryService,
) -> None:
    before = _triggers(service)
    assert len(before) == 15
    service.add_many(_entries(4))
    service.recompute_findings()
    assert _triggers(service) == before
    token = _meta(service)["change_token"]
    stored = list(service.repo.iter_all())
    with pytest.raises(IntegrityError):
        service.repo.bulk_add([stored[0]])
    assert _triggers(service) == before
    assert _meta(service)["change_token"] == token


def test_a_bulk_write_renews_the_token_once_not_once_a_row(service: DiaryService) -> None:
    engine = service.repo.engine
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE token_log (value TEXT)")
        conn.exec_driver_sql(
            "CREATE TRIGGER log_token AFTER UPDATE ON diary_meta "
            "BEGIN INSERT INTO token_log VALUES (NEW.value); END"
        )
    service.add_many(_entries(40))
    with engine.connect() as conn:
        writes = conn.exec_driver_sql("SELECT count(*) FROM token_log").scalar_one()
    assert writes == 1


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {
            "timestamp": datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=2))),
            "nrs": 7,
            "episode_duration_min": 12.5,
            "trigger": Trigger.OTHER,
            "factors": ("stress", "Überstunden"),
            "pain_locations": frozenset({Location.LOWER_BACK}),
            "pain_qualities": frozenset({Quality.CRAMPING}),
            "relief": ("heat",),
            "relief_helped": ReliefHelped.SOMEWHAT,
            "notes": "Straße",
            "fever": True,
            "temperature_c": 38.5,
            "nsaid_taken": False,
        },
    ],
)
def test_entry_tuple_matches_entry_values(overrides: dict[str, Any]) -> None:
    entry = make_entry(**overrides)
    values = convert.entry_values(entry, 12.5)
    assert dict(zip(convert.ENTRY_COLUMNS, convert.entry_tuple(entry, 12.5), strict=True)) == values


def test_bulk_add_stores_medications_and_findings_of_every_entry(service: DiaryService) -> None:
    entries = _entries(12)
    entries[4] = make_entry(
        timestamp=entries[4].timestamp, medications=(Medication(name="Ibuprofen", nsaid=True),)
    )
    found = {
        e.id: [StoredFinding(rule=f"R{i}", urgency="gp", ruleset_version="t", evidence=("a",))]
        for i, e in enumerate(entries)
        if i % 4 == 1
    }
    service.repo.bulk_add(entries, found, chunk=5)
    assert service.repo.get(entries[4].id) == entries[4]
    for entry_id, expected in found.items():
        assert [f.rule for f in service.repo.findings(entry_id)] == [f.rule for f in expected]
    assert all(not service.repo.findings(e.id) for e in entries if e.id not in found)


def test_derived_pregnancy_copy_equals_dataclasses_replace() -> None:
    import dataclasses

    from backdiary.services import _derived_pregnancy

    entry = make_entry(
        timestamp=datetime(2024, 5, 6, 7, 8, tzinfo=timezone(timedelta(hours=-5))),
        pregnant=True,
        gestational_weeks=20,
        pregnancy_explicit=True,
        factors=("stress",),
        notes="n",
    )
    copied = _derived_pregnancy(entry)
    expected = dataclasses.replace(entry, pregnancy_explicit=False)
    assert copied == expected
    assert copied.pregnancy_explicit is False and entry.pregnancy_explicit is True
    assert (copied.instant, copied.local_date) == (expected.instant, expected.local_date)
