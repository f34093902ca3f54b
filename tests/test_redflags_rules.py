"""Boundary tests for every red-flag rule, the §1.3 semantics, the rule table and the texts.

Each threshold of ``clinical/red-flags.md`` is tested on both sides. Entries are built
with :func:`make_entry`; history rules are tested in ``test_redflags_history.py`` too.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Profile,
    Trigger,
    UrinarySymptom,
)
from backdiary.domain.redflags import (
    DISCLAIMER,
    RULES,
    RULESET_VERSION,
    SAFETY_NET,
    WEEK_UNKNOWN_MET,
    Finding,
    Rule,
    Urgency,
    evaluate,
    render_advice,
    render_title,
    rule,
)
from backdiary.domain.redflags.engine import CHECKS
from backdiary.domain.region import EU, UK, US, Region

BASE = datetime(2025, 3, 3, 9, 0)
PROFILE = Profile(age_years=35, prior_back_pain=True)


def make_entry(day: float = 0, *, minutes: float = 0, **overrides: Any) -> Entry:
    """An entry at ``BASE + day days + minutes``: NRS 5, lower back, nothing else."""
    fields: dict[str, Any] = {"timestamp": BASE + timedelta(days=day, minutes=minutes), "nrs": 5}
    fields.update(overrides)
    return Entry(**fields)


def preg(weeks: int | None, day: float = 0, **overrides: Any) -> Entry:
    """A pregnant entry at ``weeks`` completed weeks (None = week unknown)."""
    return make_entry(day, pregnant=True, gestational_weeks=weeks, **overrides)


def findings(
    entry: Entry, history: Sequence[Entry] = (), profile: Profile = PROFILE
) -> set[tuple[str, str]]:
    """The fired (rule, urgency) pairs."""
    return {(f.rule, f.urgency.value) for f in evaluate(profile, entry, history)}


def fired(entry: Entry, history: Sequence[Entry] = (), profile: Profile = PROFILE) -> set[str]:
    """The fired rule ids."""
    return {f.rule for f in evaluate(profile, entry, history)}


def finding(entry: Entry, rule_id: str, profile: Profile = PROFILE) -> Finding:
    """The finding of ``rule_id`` (which must fire)."""
    matches = [f for f in evaluate(profile, entry, ()) if f.rule == rule_id]
    assert matches, f"{rule_id} did not fire"
    return matches[0]


# ------------------------------------------------------------- rule table
SPEC_IDS = (
    "INJURY_STRAIN", "NERVE_SYMPTOMS", "PREG_EARLY_CRAMP_INFO", "PREG_BLEED_SEVERE",
    "PREG_BRAXTON_HICKS_INFO", "PREG_CRAMP_DIARRHEA", "NOT_IMPROVING", "WORSENING_TREND",
    "RECURRENT_CRAMPS", "CES", "LEG_WEAKNESS", "MAJOR_TRAUMA", "FRACTURE_RISK", "FEVER",
    "URINARY_SYMPTOMS", "WEIGHT_LOSS", "NIGHT_PAIN", "LUMP_DEFORMITY", "CHEST_PAIN",
    "THORACIC_PAIN", "CANCER_HISTORY", "AGE_OVER_50_NEW", "PERSISTENT_6W", "PREG_BLEED",
    "PREG_ECTOPIC_SIGNS", "PREG_PRETERM_SIGNS", "PREG_TERM_LABOUR", "PREG_FLUID_LEAK",
    "PREG_REDUCED_MOVEMENTS", "PREG_PREECLAMPSIA", "PREG_NSAID", "PREG_SEVERE_PAIN",
)  # fmt: skip

SPEC_URGENCIES = {
    "INJURY_STRAIN": ("info",), "NERVE_SYMPTOMS": ("gp",), "PREG_EARLY_CRAMP_INFO": ("info",),
    "PREG_BLEED_SEVERE": ("emergency",), "PREG_BRAXTON_HICKS_INFO": ("info",),
    "PREG_CRAMP_DIARRHEA": ("urgent",), "NOT_IMPROVING": ("gp",), "WORSENING_TREND": ("gp",),
    "RECURRENT_CRAMPS": ("gp",), "CES": ("emergency",), "LEG_WEAKNESS": ("urgent",),
    "MAJOR_TRAUMA": ("emergency",), "FRACTURE_RISK": ("urgent",), "FEVER": ("urgent",),
    "URINARY_SYMPTOMS": ("gp",), "WEIGHT_LOSS": ("urgent",), "NIGHT_PAIN": ("urgent",),
    "LUMP_DEFORMITY": ("urgent",), "CHEST_PAIN": ("emergency",), "THORACIC_PAIN": ("urgent",),
    "CANCER_HISTORY": ("urgent", "emergency"), "AGE_OVER_50_NEW": ("gp",),
    "PERSISTENT_6W": ("gp",), "PREG_BLEED": ("urgent",),
    "PREG_ECTOPIC_SIGNS": ("urgent", "emergency"), "PREG_PRETERM_SIGNS": ("urgent",),
    "PREG_TERM_LABOUR": ("urgent",), "PREG_FLUID_LEAK": ("urgent",),
    "PREG_REDUCED_MOVEMENTS": ("urgent",), "PREG_PREECLAMPSIA": ("urgent",),
    "PREG_NSAID": ("gp",), "PREG_SEVERE_PAIN": ("urgent",),
}  # fmt: skip


def test_table_has_the_32_spec_rules_in_order() -> None:
    assert len(RULES) == 32
    assert tuple(r.id for r in RULES) == SPEC_IDS
    assert list(CHECKS) == list(SPEC_IDS)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_rule_urgencies_match_the_spec(r: Rule) -> None:
    assert tuple(u.value for u in r.urgencies) == SPEC_URGENCIES[r.id]


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_rule_is_documented(r: Rule) -> None:
    assert r.title and r.condition_text and r.source and r.spec_section.startswith("§")
    assert r.advice
    assert bool(r.escalated_urgency) == bool(r.escalated_advice) == bool(r.escalated_condition_text)
    assert rule(r.id) is r


def test_self_care_and_fallback_flags() -> None:
    assert {r.id for r in RULES if r.self_care} == {
        "INJURY_STRAIN", "PREG_EARLY_CRAMP_INFO", "PREG_BRAXTON_HICKS_INFO",
    }  # fmt: skip
    assert all(r.urgency is Urgency.INFO for r in RULES if r.self_care)
    assert [r.id for r in RULES if r.fallback] == ["PREG_SEVERE_PAIN"]


def test_unknown_rule_id() -> None:
    with pytest.raises(KeyError, match="NOPE"):
        rule("NOPE")


def test_ruleset_version() -> None:
    assert re.fullmatch(r"\d{4}\.\d{1,2}-\d+", RULESET_VERSION)


def test_advice_for_wrong_urgency() -> None:
    with pytest.raises(ValueError, match="CES"):
        rule("CES").advice_for(Urgency.INFO)


# ------------------------------------------------------------- urgency
def test_urgency_order_and_values() -> None:
    assert Urgency.INFO < Urgency.GP < Urgency.URGENT < Urgency.EMERGENCY
    assert Urgency.EMERGENCY > Urgency.URGENT >= Urgency.URGENT
    assert Urgency.GP <= Urgency.GP
    assert [u.value for u in Urgency] == ["info", "gp", "urgent", "emergency"]
    assert max(Urgency.GP, Urgency.EMERGENCY, Urgency.INFO) is Urgency.EMERGENCY
    assert sorted([Urgency.URGENT, Urgency.INFO, Urgency.EMERGENCY, Urgency.GP]) == list(Urgency)
    assert Urgency("gp") is Urgency.GP
    assert [u.rank for u in Urgency] == [0, 1, 2, 3]


def test_urgency_does_not_order_against_plain_strings() -> None:
    assert Urgency.INFO.__lt__("gp") is NotImplemented
    assert Urgency.INFO.__gt__("gp") is NotImplemented
    assert Urgency.INFO.__le__("gp") is NotImplemented
    assert Urgency.INFO.__ge__("gp") is NotImplemented


# ------------------------------------------------------------- baseline
def test_plain_entry_has_no_flags() -> None:
    assert findings(make_entry()) == set()
    assert findings(make_entry(nrs=0)) == set()


# ------------------------------------------------------------- INJURY_STRAIN
@pytest.mark.parametrize("trigger", ["sport", "exercise", "lifting", "accident_minor"])
def test_injury_strain_triggers(trigger: str) -> None:
    entry = make_entry(trigger=Trigger(trigger), onset=Onset.SUDDEN)
    assert findings(entry) == {("INJURY_STRAIN", "info")}


@pytest.mark.parametrize("trigger", ["none", "unknown", "other"])
def test_injury_strain_other_triggers(trigger: str) -> None:
    assert findings(make_entry(trigger=Trigger(trigger), onset=Onset.SUDDEN)) == set()


@pytest.mark.parametrize("onset", [Onset.GRADUAL, None])
def test_injury_strain_needs_sudden_onset(onset: Onset | None) -> None:
    assert findings(make_entry(trigger=Trigger.LIFTING, onset=onset)) == set()


def test_injury_strain_nrs_boundary() -> None:
    assert findings(make_entry(trigger=Trigger.SPORT, onset=Onset.SUDDEN, nrs=0)) == set()
    assert findings(make_entry(trigger=Trigger.SPORT, onset=Onset.SUDDEN, nrs=1)) == {
        ("INJURY_STRAIN", "info")
    }


def test_injury_strain_evidence() -> None:
    f = finding(make_entry(trigger=Trigger.LIFTING, onset=Onset.SUDDEN), "INJURY_STRAIN")
    assert f.evidence == ("trigger=lifting", "onset=sudden", "nrs=5")


# ------------------------------------------------------------- NERVE_SYMPTOMS
@pytest.mark.parametrize("symptom", list(NerveSymptom))
def test_nerve_symptoms_each_sensation(symptom: NerveSymptom) -> None:
    assert findings(make_entry(nerve_symptoms=frozenset({symptom}))) == {("NERVE_SYMPTOMS", "gp")}


def test_nerve_symptoms_leg_spread() -> None:
    assert findings(make_entry(leg_symptoms=LegExtent.ONE_LEG)) == {("NERVE_SYMPTOMS", "gp")}
    assert findings(make_entry(leg_symptoms=LegExtent.BOTH_LEGS)) == {
        ("CES", "emergency"), ("NERVE_SYMPTOMS", "gp"),
    }  # fmt: skip


def test_dysuria_is_not_a_nerve_symptom() -> None:
    entry = make_entry(urinary_symptoms=frozenset({UrinarySymptom.DYSURIA}))
    assert findings(entry) == {("URINARY_SYMPTOMS", "gp")}


# ------------------------------------------------------------- PREG_EARLY_CRAMP_INFO
def test_early_cramp_week_boundary() -> None:
    assert findings(preg(13, nrs=4)) == {("PREG_EARLY_CRAMP_INFO", "info")}
    assert findings(preg(14, nrs=4)) == set()
    assert findings(preg(0, nrs=4)) == {("PREG_EARLY_CRAMP_INFO", "info")}


def test_early_cramp_nrs_boundaries() -> None:
    assert findings(preg(8, nrs=0)) == set()
    assert findings(preg(8, nrs=1)) == {("PREG_EARLY_CRAMP_INFO", "info")}
    assert findings(preg(8, nrs=6)) == {("PREG_EARLY_CRAMP_INFO", "info")}
    assert findings(preg(8, nrs=7)) == {("PREG_SEVERE_PAIN", "urgent")}


def test_early_cramp_unknown_week_is_not_met() -> None:
    assert findings(preg(None, nrs=4)) == set()


def test_early_cramp_needs_pregnancy() -> None:
    assert findings(make_entry(nrs=4)) == set()


# ------------------------------------------------------------- PREG_BLEED_SEVERE / PREG_BLEED
def test_bleeding_nrs_boundary() -> None:
    spot = Bleeding.SPOTTING
    assert findings(preg(8, nrs=6, vaginal_bleeding=spot)) == {("PREG_BLEED", "urgent")}
    assert findings(preg(8, nrs=7, vaginal_bleeding=spot)) == {("PREG_BLEED_SEVERE", "emergency")}


@pytest.mark.parametrize("bleeding", [Bleeding.SPOTTING, Bleeding.LIGHT])
def test_any_bleeding_is_checked_the_same_day(bleeding: Bleeding) -> None:
    assert findings(preg(30, nrs=0, vaginal_bleeding=bleeding)) == {("PREG_BLEED", "urgent")}


def test_heavy_bleeding_alone_is_an_emergency() -> None:
    assert findings(preg(8, nrs=0, vaginal_bleeding=Bleeding.HEAVY)) == {
        ("PREG_BLEED_SEVERE", "emergency")
    }


def test_bleeding_with_faintness_is_an_emergency() -> None:
    entry = preg(8, nrs=2, vaginal_bleeding=Bleeding.LIGHT, dizzy_or_faint=True)
    assert findings(entry) == {("PREG_BLEED_SEVERE", "emergency")}


def test_bleeding_rules_need_pregnancy_and_bleeding() -> None:
    assert findings(make_entry(nrs=8, vaginal_bleeding=Bleeding.HEAVY)) == set()
    assert findings(preg(8, nrs=8)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(preg(8, nrs=3, dizzy_or_faint=True)) == {("PREG_EARLY_CRAMP_INFO", "info")}


def test_bleeding_with_unknown_week() -> None:
    entry = preg(None, nrs=2, vaginal_bleeding=Bleeding.SPOTTING)
    assert findings(entry) == {("PREG_BLEED", "urgent")}


# ------------------------------------------------------------- PREG_BRAXTON_HICKS_INFO
def test_braxton_hicks_duration_boundary() -> None:
    assert findings(preg(32, nrs=4, episode_duration_min=5)) == {
        ("PREG_BRAXTON_HICKS_INFO", "info")
    }
    assert findings(preg(32, nrs=4, episode_duration_min=5.5)) == set()
    assert findings(preg(32, nrs=4, episode_duration_min=6)) == set()
    assert findings(preg(32, nrs=4, episode_duration_min=None)) == set()


def test_braxton_hicks_week_boundary() -> None:
    assert findings(preg(13, nrs=4, episode_duration_min=3)) == {("PREG_EARLY_CRAMP_INFO", "info")}
    assert findings(preg(14, nrs=4, episode_duration_min=3)) == {
        ("PREG_BRAXTON_HICKS_INFO", "info")
    }
    assert findings(preg(41, nrs=4, episode_duration_min=3)) == {
        ("PREG_BRAXTON_HICKS_INFO", "info")
    }


def test_braxton_hicks_nrs_boundary() -> None:
    assert findings(preg(32, nrs=6, episode_duration_min=2)) == {
        ("PREG_BRAXTON_HICKS_INFO", "info")
    }
    assert findings(preg(32, nrs=7, episode_duration_min=2)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(preg(32, nrs=0, episode_duration_min=2)) == set()


def test_braxton_hicks_unknown_week_is_not_met() -> None:
    assert findings(preg(None, nrs=4, episode_duration_min=2)) == set()


def test_braxton_hicks_not_when_regular() -> None:
    history = [preg(32, minutes=-m, nrs=4, episode_duration_min=1) for m in (15, 10, 5)]
    latest = preg(32, nrs=4, episode_duration_min=1)
    assert findings(latest, history[1:]) == {("PREG_BRAXTON_HICKS_INFO", "info")}  # 3 in 20
    assert findings(latest, history) == {("PREG_PRETERM_SIGNS", "urgent")}  # 4 in 20


# ------------------------------------------------------------- PREG_CRAMP_DIARRHEA
def test_cramp_diarrhea_boundaries() -> None:
    assert findings(preg(30, nrs=7, diarrhea=True)) == {("PREG_CRAMP_DIARRHEA", "urgent")}
    assert findings(preg(30, nrs=6, diarrhea=True)) == {("PREG_PRETERM_SIGNS", "urgent")}
    assert findings(preg(14, nrs=8, diarrhea=True)) == {("PREG_CRAMP_DIARRHEA", "urgent")}
    assert findings(preg(13, nrs=8, diarrhea=True)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(preg(30, nrs=8)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(make_entry(nrs=8, diarrhea=True)) == set()


def test_cramp_diarrhea_at_term_is_not_preterm_too() -> None:
    assert findings(preg(38, nrs=8, diarrhea=True)) == {("PREG_CRAMP_DIARRHEA", "urgent")}
    assert findings(preg(38, nrs=5, diarrhea=True)) == set()


def test_cramp_diarrhea_unknown_week_fail_safe() -> None:
    f = finding(preg(None, nrs=8, diarrhea=True), "PREG_CRAMP_DIARRHEA")
    assert WEEK_UNKNOWN_MET in f.evidence


# ------------------------------------------------------------- §3.1 back-pain red flags
@pytest.mark.parametrize(
    "overrides",
    [
        {"saddle_numbness": True},
        {"bladder_change": True},
        {"bowel_change": True},
        {"sexual_dysfunction_new": True},
        {"leg_weakness": LegExtent.BOTH_LEGS},
    ],
    ids=lambda o: next(iter(o)),
)
def test_ces_each_sign(overrides: dict[str, Any]) -> None:
    assert findings(make_entry(**overrides)) == {("CES", "emergency")}


def test_ces_fires_with_nrs_zero() -> None:
    assert findings(make_entry(nrs=0, bladder_change=True)) == {("CES", "emergency")}


def test_leg_weakness_one_leg_vs_both() -> None:
    assert findings(make_entry(leg_weakness=LegExtent.ONE_LEG)) == {("LEG_WEAKNESS", "urgent")}
    assert "LEG_WEAKNESS" not in fired(make_entry(leg_weakness=LegExtent.BOTH_LEGS))


def test_major_trauma() -> None:
    entry = make_entry(trigger=Trigger.ACCIDENT_MAJOR, onset=Onset.SUDDEN)
    assert findings(entry) == {("MAJOR_TRAUMA", "emergency")}


def test_fracture_risk() -> None:
    minor = make_entry(trigger=Trigger.ACCIDENT_MINOR, onset=Onset.SUDDEN)
    osteo = Profile(age_years=70, osteoporosis=True)
    steroids = Profile(age_years=40, long_term_steroids=True)
    assert findings(minor, profile=osteo) == {("FRACTURE_RISK", "urgent")}
    assert findings(minor, profile=steroids) == {("FRACTURE_RISK", "urgent")}
    assert findings(minor) == {("INJURY_STRAIN", "info")}
    sport = make_entry(trigger=Trigger.SPORT, onset=Onset.SUDDEN)
    assert findings(sport, profile=osteo) == {("INJURY_STRAIN", "info")}
    # the fall counts even without a sudden onset or pain score
    assert findings(make_entry(trigger=Trigger.ACCIDENT_MINOR, nrs=0), profile=osteo) == {
        ("FRACTURE_RISK", "urgent")
    }


def test_fever_temperature_boundary() -> None:
    assert findings(make_entry(temperature_c=37.9)) == set()
    assert findings(make_entry(temperature_c=37.99)) == set()
    assert findings(make_entry(temperature_c=38.0)) == {("FEVER", "urgent")}
    assert findings(make_entry(temperature_c=39.5)) == {("FEVER", "urgent")}
    assert findings(make_entry(temperature_c=None)) == set()


def test_fever_ticked_without_thermometer() -> None:
    assert findings(make_entry(fever=True)) == {("FEVER", "urgent")}
    assert findings(make_entry(fever=True, temperature_c=37.0)) == {("FEVER", "urgent")}


@pytest.mark.parametrize("symptom", list(UrinarySymptom))
def test_urinary_symptoms(symptom: UrinarySymptom) -> None:
    entry = make_entry(urinary_symptoms=frozenset({symptom}))
    assert findings(entry) == {("URINARY_SYMPTOMS", "gp")}


@pytest.mark.parametrize(
    ("field", "rule_id", "urgency"),
    [
        ("weight_loss_unexplained", "WEIGHT_LOSS", "urgent"),
        ("night_pain", "NIGHT_PAIN", "urgent"),
        ("back_lump_or_deformity", "LUMP_DEFORMITY", "urgent"),
        ("chest_pain", "CHEST_PAIN", "emergency"),
    ],
)
def test_single_field_flags(field: str, rule_id: str, urgency: str) -> None:
    assert findings(make_entry(**{field: True})) == {(rule_id, urgency)}
    assert findings(make_entry(**{field: False})) == set()


def test_thoracic_pain() -> None:
    both = frozenset({Location.THORACIC, Location.LOWER_BACK})
    assert findings(make_entry(pain_locations=both)) == {("THORACIC_PAIN", "urgent")}
    flank = frozenset({Location.FLANK_LEFT, Location.BUTTOCK})
    assert findings(make_entry(pain_locations=flank)) == set()


CANCER = Profile(age_years=60, history_of_cancer=True)


def test_cancer_history_needs_pain() -> None:
    assert findings(make_entry(nrs=0), profile=CANCER) == set()
    assert findings(make_entry(nrs=1), profile=CANCER) == {("CANCER_HISTORY", "urgent")}


@pytest.mark.parametrize(
    "overrides",
    [
        {"nerve_symptoms": frozenset({NerveSymptom.NUMBNESS})},
        {"leg_symptoms": LegExtent.ONE_LEG},
        {"leg_weakness": LegExtent.ONE_LEG},
        {"saddle_numbness": True},
        {"bladder_change": True},
        {"bowel_change": True},
        {"sexual_dysfunction_new": True},
    ],
    ids=lambda o: next(iter(o)),
)
def test_cancer_history_escalates_with_neuro_signs(overrides: dict[str, Any]) -> None:
    f = finding(make_entry(nrs=3, **overrides), "CANCER_HISTORY", profile=CANCER)
    assert f.urgency is Urgency.EMERGENCY


def test_age_over_50_boundary() -> None:
    first = Profile(age_years=50, prior_back_pain=False)
    assert findings(make_entry(), profile=first) == set()
    older = Profile(age_years=51, prior_back_pain=False)
    assert findings(make_entry(), profile=older) == {("AGE_OVER_50_NEW", "gp")}
    assert findings(make_entry(nrs=0), profile=older) == set()
    assert findings(make_entry(), profile=Profile(age_years=70, prior_back_pain=True)) == set()


def test_age_over_50_from_birth_date_at_entry_date() -> None:
    profile = Profile(birth_date=date(1974, 3, 4), prior_back_pain=False)
    # 2025-03-03: the day before the 51st birthday; 2025-03-04: the birthday.
    assert findings(make_entry(0), profile=profile) == set()
    assert findings(make_entry(1), profile=profile) == {("AGE_OVER_50_NEW", "gp")}


# ------------------------------------------------------------- §3.2 pregnancy
def test_ectopic_week_boundary() -> None:
    shoulder = {"shoulder_tip_pain": True, "nrs": 3}
    assert findings(preg(13, **shoulder)) == {("PREG_ECTOPIC_SIGNS", "urgent")}
    assert findings(preg(14, **shoulder)) == set()


@pytest.mark.parametrize("sign", ["shoulder_tip_pain", "one_sided_lower_abdominal_pain"])
def test_ectopic_each_sign(sign: str) -> None:
    assert findings(preg(6, nrs=3, **{sign: True})) == {("PREG_ECTOPIC_SIGNS", "urgent")}


def test_ectopic_escalation() -> None:
    one_sided = {"one_sided_lower_abdominal_pain": True}
    assert findings(preg(6, nrs=6, **one_sided)) == {("PREG_ECTOPIC_SIGNS", "urgent")}
    assert findings(preg(6, nrs=7, **one_sided)) == {("PREG_ECTOPIC_SIGNS", "emergency")}
    assert findings(preg(6, nrs=2, dizzy_or_faint=True, **one_sided)) == {
        ("PREG_ECTOPIC_SIGNS", "emergency")
    }


def test_ectopic_unknown_week_fail_safe() -> None:
    f = finding(preg(None, nrs=3, shoulder_tip_pain=True), "PREG_ECTOPIC_SIGNS")
    assert f.urgency is Urgency.URGENT
    assert WEEK_UNKNOWN_MET in f.evidence


def test_ectopic_needs_pregnancy() -> None:
    assert (
        findings(make_entry(shoulder_tip_pain=True, one_sided_lower_abdominal_pain=True)) == set()
    )


def test_preterm_week_boundaries() -> None:
    pressure = {"pelvic_pressure": True, "nrs": 3}
    assert findings(preg(13, **pressure)) == {("PREG_EARLY_CRAMP_INFO", "info")}
    assert findings(preg(14, **pressure)) == {("PREG_PRETERM_SIGNS", "urgent")}
    assert findings(preg(36, **pressure)) == {("PREG_PRETERM_SIGNS", "urgent")}
    assert findings(preg(37, **pressure)) == set()


def test_preterm_diarrhea_needs_mild_pain() -> None:
    assert findings(preg(30, nrs=0, diarrhea=True)) == set()
    assert findings(preg(30, nrs=1, diarrhea=True)) == {("PREG_PRETERM_SIGNS", "urgent")}


def _contractions(weeks: int | None, count: int, every_min: float) -> tuple[list[Entry], Entry]:
    entries = [
        preg(weeks, minutes=-every_min * i, nrs=4, episode_duration_min=1)
        for i in range(count - 1, -1, -1)
    ]
    return entries[:-1], entries[-1]


def test_regular_contractions_term_boundary() -> None:
    history, latest = _contractions(36, 4, 5)
    assert findings(latest, history) == {("PREG_PRETERM_SIGNS", "urgent")}
    history, latest = _contractions(37, 4, 5)
    assert findings(latest, history) == {("PREG_TERM_LABOUR", "urgent")}


def test_regular_contractions_unknown_week_fires_both_labour_rules() -> None:
    history, latest = _contractions(None, 4, 5)
    assert findings(latest, history) == {
        ("PREG_PRETERM_SIGNS", "urgent"), ("PREG_TERM_LABOUR", "urgent"),
    }  # fmt: skip


def test_regular_contractions_need_pregnancy() -> None:
    history = [make_entry(minutes=-m, nrs=4) for m in (15, 10, 5)]
    assert findings(make_entry(nrs=4), history) == set()


def test_fluid_leak() -> None:
    assert findings(preg(30, nrs=0, fluid_leak=True)) == {("PREG_FLUID_LEAK", "urgent")}
    assert findings(preg(None, nrs=0, fluid_leak=True)) == {("PREG_FLUID_LEAK", "urgent")}
    assert findings(make_entry(fluid_leak=True)) == set()


def test_reduced_movements_week_boundary() -> None:
    assert findings(preg(23, nrs=0, reduced_fetal_movements=True)) == set()
    assert findings(preg(24, nrs=0, reduced_fetal_movements=True)) == {
        ("PREG_REDUCED_MOVEMENTS", "urgent")
    }
    f = finding(preg(None, nrs=0, reduced_fetal_movements=True), "PREG_REDUCED_MOVEMENTS")
    assert WEEK_UNKNOWN_MET in f.evidence


@pytest.mark.parametrize("sign", list(PreeclampsiaSign))
def test_preeclampsia_week_boundary(sign: PreeclampsiaSign) -> None:
    signs = frozenset({sign})
    assert findings(preg(19, nrs=0, preeclampsia_signs=signs)) == set()
    assert findings(preg(20, nrs=0, preeclampsia_signs=signs)) == {("PREG_PREECLAMPSIA", "urgent")}
    assert findings(preg(None, nrs=0, preeclampsia_signs=signs)) == {
        ("PREG_PREECLAMPSIA", "urgent")
    }
    assert findings(make_entry(nrs=0, preeclampsia_signs=signs)) == set()


def test_nsaid_in_pregnancy() -> None:
    ibuprofen = (Medication("ibuprofen", 200, "mg"),)
    assert findings(preg(22, nrs=0, medications=ibuprofen)) == {("PREG_NSAID", "gp")}
    assert findings(preg(22, nrs=0, nsaid_taken=True)) == {("PREG_NSAID", "gp")}
    assert findings(preg(22, nrs=0, medications=ibuprofen, nsaid_taken=False)) == set()
    assert findings(make_entry(nrs=0, medications=ibuprofen)) == set()


def test_low_dose_aspirin_is_not_an_nsaid_finding() -> None:
    aspirin = (Medication("aspirin", 75, "mg"),)
    assert findings(preg(22, nrs=0, medications=aspirin)) == set()
    analgesic = (Medication("aspirin", 600, "mg"),)
    assert findings(preg(22, nrs=0, medications=analgesic)) == {("PREG_NSAID", "gp")}


# ------------------------------------------------------------- PREG_SEVERE_PAIN fallback
def test_severe_pain_fallback_alone() -> None:
    assert findings(preg(30, nrs=7)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(preg(None, nrs=10)) == {("PREG_SEVERE_PAIN", "urgent")}
    assert findings(make_entry(nrs=10)) == set()


@pytest.mark.parametrize(
    "overrides",
    [
        {"vaginal_bleeding": Bleeding.SPOTTING},  # PREG_BLEED_SEVERE (emergency)
        {"diarrhea": True},  # PREG_CRAMP_DIARRHEA
        {"fluid_leak": True},  # PREG_FLUID_LEAK
        {"pelvic_pressure": True},  # PREG_PRETERM_SIGNS
        {"reduced_fetal_movements": True},  # PREG_REDUCED_MOVEMENTS
        {"preeclampsia_signs": frozenset({PreeclampsiaSign.PAIN_BELOW_RIBS})},
    ],
    ids=lambda o: next(iter(o)),
)
def test_severe_pain_fallback_suppressed_by_other_pregnancy_rule(overrides: dict[str, Any]) -> None:
    assert "PREG_SEVERE_PAIN" not in fired(preg(30, nrs=8, **overrides))


def test_severe_pain_fallback_suppressed_by_ectopic() -> None:
    assert fired(preg(8, nrs=8, shoulder_tip_pain=True)) == {"PREG_ECTOPIC_SIGNS"}


def test_severe_pain_fallback_not_suppressed_by_non_pregnancy_or_gp_rules() -> None:
    assert findings(preg(30, nrs=8, fever=True)) == {
        ("FEVER", "urgent"), ("PREG_SEVERE_PAIN", "urgent"),
    }  # fmt: skip
    assert findings(preg(30, nrs=8, nsaid_taken=True)) == {
        ("PREG_NSAID", "gp"), ("PREG_SEVERE_PAIN", "urgent"),
    }  # fmt: skip
    assert findings(preg(30, nrs=8, bladder_change=True)) == {
        ("CES", "emergency"), ("PREG_SEVERE_PAIN", "urgent"),
    }  # fmt: skip


# ------------------------------------------------------------- suppression, fail-safe
@pytest.mark.parametrize(
    ("overrides", "red_flag"),
    [
        ({"night_pain": True}, ("NIGHT_PAIN", "urgent")),
        ({"nerve_symptoms": frozenset({NerveSymptom.BURNING})}, ("NERVE_SYMPTOMS", "gp")),
        ({"chest_pain": True}, ("CHEST_PAIN", "emergency")),
        ({"urinary_symptoms": frozenset({UrinarySymptom.DYSURIA})}, ("URINARY_SYMPTOMS", "gp")),
    ],
)
def test_injury_info_suppressed_by_any_gp_or_higher(
    overrides: dict[str, Any], red_flag: tuple[str, str]
) -> None:
    entry = make_entry(trigger=Trigger.SPORT, onset=Onset.SUDDEN, **overrides)
    assert findings(entry) == {red_flag}


def test_pregnancy_info_suppressed_by_nsaid() -> None:
    assert findings(preg(10, nrs=4, nsaid_taken=True)) == {("PREG_NSAID", "gp")}
    assert findings(preg(30, nrs=4, episode_duration_min=2, nsaid_taken=True)) == {
        ("PREG_NSAID", "gp")
    }


def test_info_rules_coexist_without_red_flags() -> None:
    entry = preg(10, nrs=4, trigger=Trigger.LIFTING, onset=Onset.SUDDEN)
    assert findings(entry) == {("INJURY_STRAIN", "info"), ("PREG_EARLY_CRAMP_INFO", "info")}


def test_unknown_week_fail_safe_for_every_week_rule() -> None:
    entry = preg(
        None, nrs=8, diarrhea=True, shoulder_tip_pain=True, pelvic_pressure=True,
        reduced_fetal_movements=True, episode_duration_min=2,
        preeclampsia_signs=frozenset({PreeclampsiaSign.VISION_CHANGES}),
    )  # fmt: skip
    result = {f.rule: f for f in evaluate(PROFILE, entry, ())}
    week_rules = {
        "PREG_CRAMP_DIARRHEA", "PREG_ECTOPIC_SIGNS", "PREG_PRETERM_SIGNS",
        "PREG_REDUCED_MOVEMENTS", "PREG_PREECLAMPSIA",
    }  # fmt: skip
    assert set(result) == week_rules
    for rule_id in week_rules:
        assert WEEK_UNKNOWN_MET in result[rule_id].evidence


# ------------------------------------------------------------- ordering, history handling
def test_findings_sorted_by_urgency_then_rule_id() -> None:
    entry = make_entry(
        chest_pain=True, night_pain=True, weight_loss_unexplained=True, bladder_change=True,
        nerve_symptoms=frozenset({NerveSymptom.TINGLING}),
        urinary_symptoms=frozenset({UrinarySymptom.BLOOD_IN_URINE}),
    )  # fmt: skip
    result = evaluate(PROFILE, entry, ())
    assert [f.rule for f in result] == [
        "CES", "CHEST_PAIN", "NIGHT_PAIN", "WEIGHT_LOSS", "NERVE_SYMPTOMS", "URINARY_SYMPTOMS",
    ]  # fmt: skip
    ranks = [f.urgency.rank for f in result]
    assert ranks == sorted(ranks, reverse=True)


def test_history_order_does_not_matter() -> None:
    days = [0, 2, 4, 6, 8, 10, 12, 14]
    history = [make_entry(d, nrs=5) for d in days]
    latest = make_entry(15, nrs=5)
    expected = evaluate(PROFILE, latest, history)
    assert [f.rule for f in expected] == ["NOT_IMPROVING"]
    shuffled = history[:]
    random.Random(7).shuffle(shuffled)
    assert evaluate(PROFILE, latest, shuffled) == expected
    assert evaluate(PROFILE, latest, tuple(reversed(history))) == expected


def test_later_entries_and_the_entry_itself_are_ignored() -> None:
    latest = make_entry(15, nrs=5)
    history = [make_entry(d, nrs=5) for d in (0, 7, 14)]
    later = [make_entry(20, nrs=0), make_entry(16, nrs=9)]
    base = evaluate(PROFILE, latest, history)
    assert evaluate(PROFILE, latest, [*history, *later, latest]) == base


def test_evaluate_returns_findings_with_evidence() -> None:
    result = evaluate(PROFILE, make_entry(temperature_c=38.4), ())
    assert result == [Finding("FEVER", Urgency.URGENT, ("temperature_c=38.4",))]


# ------------------------------------------------------------- texts
REGIONS = (UK, EU, US, Region.custom("000", "healthdirect on 1800 022 222"))
PLACEHOLDERS = {"emergency", "nonemergency", "emergency_department"}


def _variants() -> list[tuple[Rule, Urgency]]:
    return [(r, u) for r in RULES for u in r.urgencies]


def _rendered(r: Rule, urgency: Urgency, region: Region) -> str:
    return render_advice(Finding(r.id, urgency), region)


@pytest.mark.parametrize(("r", "urgency"), _variants(), ids=lambda v: str(getattr(v, "id", v)))
def test_templates_use_only_known_placeholders(r: Rule, urgency: Urgency) -> None:
    fields = {
        name
        for _, name, _, _ in string.Formatter().parse(r.advice_for(urgency))
        if name is not None
    }
    assert fields <= PLACEHOLDERS
    assert "{" not in r.title


@pytest.mark.parametrize("region", REGIONS, ids=lambda g: g.code + g.emergency)
@pytest.mark.parametrize(("r", "urgency"), _variants(), ids=lambda v: str(getattr(v, "id", v)))
def test_every_advice_is_safe_and_ends_with_the_safety_net(
    r: Rule, urgency: Urgency, region: Region
) -> None:
    text = _rendered(r, urgency, region)
    assert text.endswith(SAFETY_NET.format_map(region.placeholders()))
    assert text.endswith(f"contact {region.nonemergency}; in an emergency call {region.emergency}.")
    assert region.emergency in text and region.nonemergency in text
    assert "{" not in text and "}" not in text
    lower = text.lower()
    assert "you have" not in lower
    assert "muscle relax" not in lower
    assert "bed rest" not in lower.replace("avoid bed rest", "")
    assert not re.search(r"\btake (some |a )?(paracetamol|ibuprofen|naproxen|aspirin)", lower)
    if region is UK:
        assert "999" in text


@pytest.mark.parametrize(("r", "urgency"), _variants(), ids=lambda v: str(getattr(v, "id", v)))
def test_action_first_for_urgent_and_emergency(r: Rule, urgency: Urgency) -> None:
    text = _rendered(r, urgency, UK)
    first_sentence = re.split(r"(?<=[.:])\s", text, maxsplit=1)[0]
    if urgency is Urgency.EMERGENCY:
        assert text.startswith("Call 999 or go to A&E now.")
        assert _rendered(r, urgency, US).startswith("Call 911 or go to the emergency room now.")
        assert _rendered(r, urgency, EU).startswith("Call 112 or go to the emergency department")
    elif urgency is Urgency.URGENT:
        assert re.match(r"(Ask|Call|Phone|Contact|Get)\b", first_sentence), first_sentence
        assert re.search(r"\b(now|today)\b", first_sentence), first_sentence


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_render_rule_uses_base_urgency(r: Rule) -> None:
    assert render_advice(r) == render_advice(Finding(r.id, r.urgency), UK)
    assert render_title(r) == render_title(Finding(r.id, r.urgency)) == r.title


def test_article_corrections_are_applied() -> None:
    injury = render_advice(rule("INJURY_STRAIN"))
    assert "Keep gently active and avoid bed rest" in injury
    nerve = render_advice(rule("NERVE_SYMPTOMS"))
    assert "may not help much" in nerve and "ask your GP or pharmacist about medicines" in nerve
    assert "same day" in render_advice(rule("PREG_BLEED"))
    nsaid = render_advice(rule("PREG_NSAID"))
    assert "Paracetamol is usually the first choice. Speak to your pharmacist or midwife." in nsaid
    assert "must not be used after 28 weeks" in nsaid
    early = render_advice(rule("PREG_EARLY_CRAMP_INFO")).lower()
    assert "paracetamol" not in early and "ask your pharmacist or midwife" in early


def test_disclaimer() -> None:
    assert DISCLAIMER.startswith(
        "backdiary cannot diagnose. These warnings are based on published guidance; "
        "if you are worried, contact a clinician."
    )


def test_sources_name_article_or_guidelines() -> None:
    article_rules = {r.id for r in RULES if r.spec_section.startswith("§2")}
    for r in RULES:
        if r.id in article_rules:
            assert r.source.startswith("Source article")
    assert "NICE NG59" in rule("INJURY_STRAIN").source
    assert "MHRA" in rule("PREG_NSAID").source
