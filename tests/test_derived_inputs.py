"""Tests of the inputs the red-flag rules derive: age at the entry date, gestational week
at the entry date (from the due date or LMP), and NSAID classification (low-dose aspirin
excluded). The code is in ``domain/model.py``, ``domain/pregnancy.py`` and
``domain/medications.py``; the last tests check the rules see the derived values."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from backdiary.domain.exchange import entry_from_dict, parse_document
from backdiary.domain.medications import is_nsaid
from backdiary.domain.model import Entry, Medication, Pregnancy, Profile
from backdiary.domain.pregnancy import (
    PregnancyState,
    Trimester,
    completed_weeks,
    state_on,
    trimester,
)
from backdiary.domain.redflags import evaluate

BASE = datetime(2025, 3, 3, 9, 0)


def make_entry(day: float = 0, **overrides: Any) -> Entry:
    """An entry ``day`` days after ``BASE``: NRS 5, nothing else."""
    fields: dict[str, Any] = {"timestamp": BASE + timedelta(days=day), "nrs": 5}
    fields.update(overrides)
    return Entry(**fields)


# ------------------------------------------------------------- age
@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(1975, 3, 3), date(2025, 3, 2), 49),
        (date(1975, 3, 3), date(2025, 3, 3), 50),  # birthday
        (date(1974, 3, 3), date(2025, 3, 2), 50),
        (date(1974, 3, 3), date(2025, 3, 3), 51),
        (date(1972, 2, 29), date(2023, 2, 28), 50),  # leap-day birthday, not yet
        (date(1972, 2, 29), date(2023, 3, 1), 51),
        (date(2030, 1, 1), date(2025, 1, 1), 0),  # birth date after the entry
    ],
)
def test_age_on_entry_date(birth: date, day: date, age: int) -> None:
    assert Profile(birth_date=birth).age_on(day) == age


def test_age_fallbacks() -> None:
    assert Profile(age_years=51).age_on(date(2025, 1, 1)) == 51
    assert Profile().age_on(date(2025, 1, 1)) == 35
    # a birth date wins over age_years
    assert Profile(birth_date=date(2000, 1, 1), age_years=80).age_on(date(2025, 1, 1)) == 25


def test_age_rule_uses_the_entry_date_not_today() -> None:
    profile = Profile(birth_date=date(1974, 6, 1), prior_back_pain=False)
    old_entry = Entry(timestamp=datetime(2025, 5, 31, 23, 59), nrs=4)  # 50 that day
    new_entry = Entry(timestamp=datetime(2025, 6, 1, 0, 0), nrs=4)  # 51 that day
    assert evaluate(profile, old_entry, ()) == []
    assert [f.rule for f in evaluate(profile, new_entry, ())] == ["AGE_OVER_50_NEW"]


# ------------------------------------------------------------- gestational week
@pytest.mark.parametrize(
    ("days_after_lmp", "weeks"),
    [(0, 0), (6, 0), (7, 1), (13 * 7 + 6, 13), (14 * 7, 14), (36 * 7 + 6, 36), (37 * 7, 37)],
)
def test_weeks_from_lmp(days_after_lmp: int, weeks: int) -> None:
    lmp = date(2025, 1, 1)
    day = lmp + timedelta(days=days_after_lmp)
    assert completed_weeks(day, Pregnancy(lmp=lmp)) == weeks


@pytest.mark.parametrize("days_after_lmp", range(0, 290, 1))
def test_weeks_from_due_date_match_lmp(days_after_lmp: int) -> None:
    lmp = date(2025, 1, 1)
    due = lmp + timedelta(days=280)
    day = lmp + timedelta(days=days_after_lmp)
    assert completed_weeks(day, Pregnancy(due_date=due)) == days_after_lmp // 7
    assert completed_weeks(day, Pregnancy(lmp=lmp)) == days_after_lmp // 7


def test_weeks_unknown_without_dates() -> None:
    assert completed_weeks(date(2025, 1, 1), Pregnancy()) is None
    state = state_on(date(2025, 1, 1), [Pregnancy()])
    assert state.pregnant and state.weeks is None


def test_state_on_outside_and_inside() -> None:
    pregnancy = Pregnancy(due_date=date(2025, 10, 8), ended_on=date(2025, 10, 10))
    start = date(2025, 1, 1)  # due − 280 days
    assert not state_on(start - timedelta(days=1), [pregnancy]).pregnant
    assert state_on(start, [pregnancy]).weeks == 0
    assert state_on(date(2025, 10, 10), [pregnancy]).pregnant
    assert not state_on(date(2025, 10, 11), [pregnancy]).pregnant


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [(0, Trimester.FIRST), (13, Trimester.FIRST), (14, Trimester.SECOND), (27, Trimester.SECOND),
     (28, Trimester.THIRD)],
)  # fmt: skip
def test_trimester_boundaries(weeks: int, expected: Trimester) -> None:
    assert trimester(weeks) is expected


def test_entry_week_derived_at_the_entry_date() -> None:
    pregnancies = [Pregnancy(due_date=date(2025, 10, 8))]  # LMP 2025-01-01
    at_13 = entry_from_dict({"timestamp": "2025-04-08T23:59", "nrs": 3}, 0, pregnancies)
    at_14 = entry_from_dict({"timestamp": "2025-04-09T00:00", "nrs": 3}, 1, pregnancies)
    assert (at_13.pregnant, at_13.gestational_weeks) == (True, 13)
    assert (at_14.pregnant, at_14.gestational_weeks) == (True, 14)


def test_explicit_pregnancy_fields_win() -> None:
    pregnancies = [Pregnancy(due_date=date(2025, 10, 8))]
    entry = entry_from_dict(
        {"timestamp": "2025-04-09T09:00", "pregnant": True, "gestational_weeks": None}, 0,
        pregnancies,
    )  # fmt: skip
    assert entry.pregnant and entry.gestational_weeks is None


def test_week_rules_use_the_derived_week() -> None:
    doc = parse_document(
        {
            "profile": {},
            "pregnancies": [{"due_date": "2025-10-08"}],
            "entries": [
                {"timestamp": "2025-04-08T09:00", "nrs": 3, "shoulder_tip_pain": True},
                {"timestamp": "2025-04-09T09:00", "nrs": 3, "shoulder_tip_pain": True},
            ],
        }
    )
    week_13, week_14 = doc.entries
    assert [f.rule for f in evaluate(doc.profile, week_13, ())] == ["PREG_ECTOPIC_SIGNS"]
    assert evaluate(doc.profile, week_14, ()) == []


def test_unknown_week_from_a_pregnancy_without_dates() -> None:
    doc = parse_document(
        {
            "profile": {},
            "pregnancies": [{}],
            "entries": [{"timestamp": "2025-04-09T09:00", "nrs": 8, "diarrhea": True}],
        }
    )
    (entry,) = doc.entries
    assert entry.pregnant and entry.gestational_weeks is None
    assert [f.rule for f in evaluate(doc.profile, entry, ())] == ["PREG_CRAMP_DIARRHEA"]


# ------------------------------------------------------------- NSAIDs
@pytest.mark.parametrize(
    ("medication", "nsaid"),
    [
        (Medication("ibuprofen", 200, "mg"), True),
        (Medication("Nurofen Express 400"), True),
        (Medication("naproxen"), True),
        (Medication("Diclofenac gel"), True),
        (Medication("celecoxib"), True),
        (Medication("aspirin", 300, "mg"), True),  # analgesic dose
        (Medication("aspirin"), True),  # dose unknown: counted
        (Medication("aspirin", 75, "mg"), False),  # low dose
        (Medication("aspirin", 150, "mg"), False),  # boundary of low dose
        (Medication("aspirin", 151, "mg"), True),
        (Medication("aspirin", 0.075, "g"), False),
        (Medication("Aspirin 75mg"), False),
        (Medication("low dose aspirin"), False),
        (Medication("paracetamol", 1000, "mg"), False),
        (Medication("co-codamol"), False),
        (Medication("paracetamol", nsaid=True), True),  # explicit value wins
        (Medication("ibuprofen", nsaid=False), False),
        (Medication("aspirin", nsaid=False), False),
        # other spellings and languages, brands, combinations
        (Medication("Ibuprofeno 400"), True),
        (Medication("ibuprofène"), True),
        (Medication("Diclofenac-Natrium 50"), True),
        (Medication("Naproxen sodium 220mg"), True),
        (Medication("Ibuleve gel"), True),
        (Medication("Nuromol"), True),  # ibuprofen + paracetamol
        (Medication("Mefenamic acid"), True),
        (Medication("Acetylsalicylsäure 500 mg"), True),
        (Medication("ASS 500"), True),
        (Medication("Excedrin"), True),  # aspirin + paracetamol + caffeine
        (Medication("Anadin Extra"), True),
        (Medication("Anadin Paracetamol"), False),
        # low-dose aspirin: from the unit, a number in the name, or the words
        (Medication("aspirin 75"), False),
        (Medication("ASS 100"), False),
        (Medication("aspirina 100"), False),
        (Medication("Aspirin EC 75mg"), False),
        (Medication("aspirin", 75000, "mcg"), False),
        (Medication("aspirin", 0.3, "g"), True),
        (Medication("aspirin", 2, "tablets"), True),  # dose in mg unknown: counted
        (Medication("baby aspirin"), False),
        (Medication("low-dose aspirin"), False),
        # not NSAIDs
        (Medication("Asacol"), False),  # mesalazine, not aspirin
        (Medication("codeine"), False),
        (Medication("diazepam"), False),
        (Medication("Gaviscon"), False),
    ],
    ids=lambda v: v.name if isinstance(v, Medication) else str(v),
)
def test_nsaid_classification(medication: Medication, nsaid: bool) -> None:
    assert is_nsaid(medication) is nsaid


def test_effective_nsaid_taken() -> None:
    ibuprofen = (Medication("ibuprofen"),)
    low_aspirin = (Medication("aspirin", 75, "mg"),)
    assert make_entry(medications=ibuprofen).effective_nsaid_taken
    assert not make_entry(medications=low_aspirin).effective_nsaid_taken
    assert not make_entry().effective_nsaid_taken
    assert not make_entry(medications=ibuprofen, nsaid_taken=False).effective_nsaid_taken
    assert make_entry(medications=low_aspirin, nsaid_taken=True).effective_nsaid_taken


def test_nsaid_rule_from_the_medication_log() -> None:
    doc = parse_document(
        {
            "profile": {},
            "entries": [
                {
                    "timestamp": "2025-06-01T09:00", "nrs": 3, "pregnant": True,
                    "gestational_weeks": 22,
                    "medications": [{"name": "aspirin", "dose": 75, "unit": "mg"},
                                    {"name": "naproxen", "dose": 250, "unit": "mg"}],
                }
            ],
        }
    )  # fmt: skip
    (entry,) = doc.entries
    (finding,) = evaluate(doc.profile, entry, ())
    assert finding.rule == "PREG_NSAID"
    assert finding.evidence == ("nsaid_taken", "medication=naproxen")


def test_undated_ended_pregnancy_covers_at_most_44_weeks_before_its_end() -> None:
    ended = date(2025, 6, 30)
    pregnancy = Pregnancy(ended_on=ended)
    assert state_on(ended, [pregnancy]) == PregnancyState(True, None)
    assert state_on(ended - timedelta(weeks=44) + timedelta(days=1), [pregnancy]).pregnant
    assert not state_on(ended - timedelta(weeks=44), [pregnancy]).pregnant
    assert not state_on(date(2020, 1, 1), [pregnancy]).pregnant
    assert not state_on(ended + timedelta(days=1), [pregnancy]).pregnant
