from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backdiary.domain.exchange import (
    ExchangeError,
    document_to_dict,
    entry_from_dict,
    entry_to_dict,
    parse_document,
)
from backdiary.domain.model import (
    Entry,
    Location,
    Medication,
    Pregnancy,
    Profile,
    ValidationError,
)
from backdiary.domain.pregnancy import Trimester, completed_weeks, state_on, trimester
from tests.factories import make_entry


@pytest.mark.parametrize("nrs", [-1, 11, 100])
def test_nrs_outside_scale_is_refused(nrs: int) -> None:
    with pytest.raises(ValidationError) as info:
        make_entry(nrs=nrs)
    assert info.value.field == "nrs"


@pytest.mark.parametrize("nrs", [0, 10])
def test_nrs_scale_ends_are_accepted(nrs: int) -> None:
    assert make_entry(nrs=nrs).nrs == nrs


def test_notes_limit_is_10000_characters() -> None:
    assert len(make_entry(notes="x" * 10_000).notes) == 10_000
    with pytest.raises(ValidationError, match="10000"):
        make_entry(notes="x" * 10_001)


@pytest.mark.parametrize("bad", ["a\x00b", "lone \ud800 surrogate"])
def test_nul_and_lone_surrogates_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        make_entry(notes=bad)


def test_gestational_week_needs_pregnancy() -> None:
    with pytest.raises(ValidationError):
        make_entry(gestational_weeks=20)


def test_local_time_and_offset_are_kept() -> None:
    e = make_entry(timestamp=datetime(2025, 10, 26, 1, 30, tzinfo=timezone(timedelta(hours=1))))
    assert e.local_time == datetime(2025, 10, 26, 1, 30)
    assert e.utc_offset_min == 60


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [(0, Trimester.FIRST), (13, Trimester.FIRST), (14, Trimester.SECOND), (27, Trimester.SECOND),
     (28, Trimester.THIRD), (41, Trimester.THIRD)],
)  # fmt: skip
def test_trimester_boundaries_follow_acog(weeks: int, expected: Trimester) -> None:
    assert trimester(weeks) is expected


def test_weeks_from_due_date_equal_weeks_from_lmp() -> None:
    due = date(2025, 9, 1)
    by_due = Pregnancy(due_date=due)
    by_lmp = Pregnancy(lmp=due - timedelta(days=280))
    for offset in range(0, 300, 3):
        day = by_lmp.lmp + timedelta(days=offset)  # type: ignore[operator]
        assert completed_weeks(day, by_due) == completed_weeks(day, by_lmp) == offset // 7


def test_state_outside_pregnancy_is_not_pregnant() -> None:
    p = Pregnancy(lmp=date(2025, 1, 1), ended_on=date(2025, 9, 1))
    assert not state_on(date(2024, 12, 31), [p]).pregnant
    assert state_on(date(2025, 9, 1), [p]).pregnant
    assert not state_on(date(2025, 9, 2), [p]).pregnant


def test_pregnancy_dates_must_be_plausible() -> None:
    with pytest.raises(ValidationError):
        Pregnancy(lmp=date(2024, 1, 1), ended_on=date(2025, 6, 1))
    with pytest.raises(ValidationError):
        Pregnancy(due_date=date(1, 1, 2))


def test_age_from_birth_date_at_entry_date() -> None:
    p = Profile(birth_date=date(1975, 6, 15))
    assert p.age_on(date(2025, 6, 14)) == 49
    assert p.age_on(date(2025, 6, 15)) == 50
    assert Profile().age_on(date(2025, 1, 1)) == 35
    assert Profile(age_years=51).age_on(date(2025, 1, 1)) == 51


def test_entry_round_trips_through_exchange_dict() -> None:
    e = make_entry(
        notes="Ünïcode 😀 שלום e\u0301",
        factors=("stress", "my own tag"),
        pain_locations=frozenset({Location.LOWER_BACK, Location.LEFT_LEG}),
        medications=(Medication("ibuprofen", 400.0, "mg"),),
        episode_duration_min=12.5,
    )
    again = entry_from_dict(entry_to_dict(e))
    assert entry_to_dict(again) == entry_to_dict(e)


def test_omitted_fields_take_defaults() -> None:
    e = entry_from_dict({"timestamp": "2025-03-03T09:00"})
    assert e.nrs == 0
    assert e.pain_locations == frozenset({Location.LOWER_BACK})
    assert e.timestamp.tzinfo is None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"timestamp": "2025-03-03T09:00", "nrs": 11}, "entry 0: 'nrs'"),
        ({"timestamp": "2025-03-03T09:00", "colour": "red"}, "'colour' is not a known entry key"),
        ({"timestamp": "yesterday"}, "'timestamp' is not an ISO 8601"),
        ({"nrs": 3}, "'timestamp' is required"),
        ({"timestamp": "2025-03-03T09:00", "trigger": "gravity"}, "'trigger' must be one of"),
        ({"timestamp": "2025-03-03T09:00", "nrs": "7"}, "'nrs' must be a whole number"),
    ],
)
def test_bad_entries_name_the_problem(entry: dict[str, object], message: str) -> None:
    with pytest.raises(ExchangeError, match=message):
        parse_document({"profile": {}, "entries": [entry]})


def test_extension_keys_are_ignored_and_unknown_top_level_keys_too() -> None:
    doc = parse_document(
        {"id": "S1", "profile": {"x_note": 1}, "entries": [{"timestamp": "2025-03-03", "x_a": 1}]}
    )
    assert len(doc.entries) == 1


def test_document_entries_are_sorted_by_time() -> None:
    doc = parse_document(
        {
            "profile": {},
            "entries": [{"timestamp": "2025-03-04T09:00"}, {"timestamp": "2025-03-03T09:00"}],
        }
    )
    assert [e.local_time.day for e in doc.entries] == [3, 4]


def test_document_round_trip_is_stable() -> None:
    entries = [make_entry(), make_entry(timestamp=datetime(2025, 3, 4, 9, 0), nrs=0)]
    first = document_to_dict(Profile(name="Ann"), [Pregnancy(due_date=date(2025, 9, 1))], entries,
                             datetime(2026, 1, 1))  # fmt: skip
    doc = parse_document(first)
    second = document_to_dict(doc.profile, doc.pregnancies, doc.entries, datetime(2026, 1, 1))
    assert first == second


def test_missing_profile_or_entries_is_an_error() -> None:
    with pytest.raises(ExchangeError, match="profile"):
        parse_document({"entries": []})
    with pytest.raises(ExchangeError, match="entries"):
        parse_document({"profile": {}})


def test_entry_requires_timestamp_type() -> None:
    with pytest.raises(TypeError):
        Entry()  # type: ignore[call-arg]
