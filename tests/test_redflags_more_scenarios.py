"""More red-flag scenarios, written from the clinical spec, through ``backdiary flags``.

Unlike the public scenarios these rely on the exchange format's defaults (omitted
fields), use birth dates, due dates and LMPs instead of ready-made ages and weeks,
and check the complete output list in order: highest urgency first, then rule id.
Each covers a rule firing, not firing just across a threshold, being suppressed, or
the fail-safe reading of an unknown week.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backdiary.cli import flags as flags_cli

T0 = datetime(2025, 3, 3, 9, 0)


def at(days: float = 0, minutes: float = 0, **fields: Any) -> dict[str, Any]:
    """An entry ``days`` days and ``minutes`` minutes after 2025-03-03 09:00."""
    return {"timestamp": (T0 + timedelta(days=days, minutes=minutes)).isoformat(), **fields}


def preg(weeks: int | None, days: float = 0, minutes: float = 0, **fields: Any) -> dict[str, Any]:
    return at(days, minutes, pregnant=True, gestational_weeks=weeks, **fields)


def doc(*entries: dict[str, Any], profile: dict[str, Any] | None = None, **extra: Any) -> dict:
    return {"profile": profile or {}, "entries": list(entries), **extra}


def daily(first: int, last: int, nrs: int = 5, step: int = 1) -> list[dict[str, Any]]:
    return [at(d, nrs=nrs) for d in range(first, last + 1, step)]


def contractions(weeks: int | None, count: int, every: float, **fields: Any) -> list[dict]:
    """``count`` short cramps ``every`` minutes, the last at T0 + 0."""
    return [
        preg(weeks, minutes=-every * i, nrs=4, episode_duration_min=1, **fields)
        for i in range(count - 1, -1, -1)
    ]


E, U, G, INFO = "emergency", "urgent", "gp", "info"

# (id, document, expected [(rule, urgency)] in output order)
SCENARIOS: list[tuple[str, dict[str, Any], list[tuple[str, str]]]] = [
    # --- defaults: an entry with only a timestamp is a pain-free check-in
    ("only-timestamp", doc(at()), []),
    ("plain-pain", doc(at(nrs=8)), []),
    # --- INJURY_STRAIN and its suppression
    (
        "injury-lifting",
        doc(at(nrs=5, trigger="lifting", onset="sudden")),
        [("INJURY_STRAIN", INFO)],
    ),
    ("injury-nrs0", doc(at(nrs=0, trigger="sport", onset="sudden")), []),
    ("injury-no-onset", doc(at(nrs=5, trigger="exercise")), []),
    ("injury-other-trigger", doc(at(nrs=5, trigger="other", onset="sudden")), []),
    (
        "injury-suppressed-by-nerve",
        doc(at(nrs=5, trigger="sport", onset="sudden", leg_symptoms="one_leg")),
        [("NERVE_SYMPTOMS", G)],
    ),
    (
        "injury-suppressed-by-leg-weakness",
        doc(at(nrs=6, trigger="lifting", onset="sudden", leg_weakness="one_leg")),
        [("LEG_WEAKNESS", U)],
    ),
    # --- CES and nerve rules
    ("ces-bladder-no-pain", doc(at(bladder_change=True)), [("CES", E)]),
    ("ces-bowel", doc(at(nrs=3, bowel_change=True)), [("CES", E)]),
    ("ces-sexual", doc(at(nrs=3, sexual_dysfunction_new=True)), [("CES", E)]),
    (
        "ces-both-legs-spread",
        doc(at(nrs=6, leg_symptoms="both_legs")),
        [("CES", E), ("NERVE_SYMPTOMS", G)],
    ),
    ("ces-both-legs-weak", doc(at(nrs=6, leg_weakness="both_legs")), [("CES", E)]),
    ("nerve-burning", doc(at(nrs=4, nerve_symptoms=["burning"])), [("NERVE_SYMPTOMS", G)]),
    (
        "dysuria-is-urinary-not-nerve",
        doc(at(nrs=4, urinary_symptoms=["dysuria"])),
        [("URINARY_SYMPTOMS", G)],
    ),
    # --- trauma
    (
        "major-trauma",
        doc(at(nrs=7, trigger="accident_major", onset="sudden")),
        [("MAJOR_TRAUMA", E)],
    ),
    (
        "minor-fall-osteoporosis",
        doc(at(nrs=5, trigger="accident_minor", onset="sudden"), profile={"osteoporosis": True}),
        [("FRACTURE_RISK", U)],
    ),
    (
        "minor-fall-steroids",
        doc(at(nrs=5, trigger="accident_minor"), profile={"long_term_steroids": True}),
        [("FRACTURE_RISK", U)],
    ),
    (
        "minor-fall-healthy",
        doc(at(nrs=5, trigger="accident_minor", onset="sudden")),
        [("INJURY_STRAIN", INFO)],
    ),
    # --- fever, thresholds both sides
    ("temp-37.9", doc(at(nrs=5, temperature_c=37.9)), []),
    ("temp-38.0", doc(at(nrs=5, temperature_c=38.0)), [("FEVER", U)]),
    ("feverish-no-thermometer", doc(at(nrs=5, fever=True)), [("FEVER", U)]),
    # --- single-field red flags
    ("weight-loss", doc(at(nrs=3, weight_loss_unexplained=True)), [("WEIGHT_LOSS", U)]),
    ("night-pain", doc(at(nrs=3, night_pain=True)), [("NIGHT_PAIN", U)]),
    ("lump", doc(at(nrs=3, back_lump_or_deformity=True)), [("LUMP_DEFORMITY", U)]),
    ("chest-pain", doc(at(nrs=3, chest_pain=True)), [("CHEST_PAIN", E)]),
    ("thoracic", doc(at(nrs=3, pain_locations=["thoracic"])), [("THORACIC_PAIN", U)]),
    ("flank-not-thoracic", doc(at(nrs=3, pain_locations=["flank_left", "buttock"])), []),
    # --- profile rules
    ("cancer-no-pain", doc(at(nrs=0), profile={"history_of_cancer": True}), []),
    ("cancer-pain", doc(at(nrs=1), profile={"history_of_cancer": True}), [("CANCER_HISTORY", U)]),
    (
        "cancer-with-tingling",
        doc(at(nrs=3, nerve_symptoms=["tingling"]), profile={"history_of_cancer": True}),
        [("CANCER_HISTORY", E), ("NERVE_SYMPTOMS", G)],
    ),
    (
        "age-50-from-birth-date",
        doc(at(nrs=4), profile={"birth_date": "1974-03-04", "prior_back_pain": False}),
        [],
    ),
    (
        "age-51-on-birthday",
        doc(at(1, nrs=4), profile={"birth_date": "1974-03-04", "prior_back_pain": False}),
        [("AGE_OVER_50_NEW", G)],
    ),
    ("age-over-50-prior-pain-by-default", doc(at(nrs=4), profile={"age_years": 70}), []),
    (
        "age-over-50-no-pain-check-in",
        doc(at(nrs=0), profile={"age_years": 70, "prior_back_pain": False}),
        [],
    ),
    # --- episode rules (§4)
    ("not-improving-day-13", doc(*daily(0, 13)), []),
    ("not-improving-day-14", doc(*daily(0, 14)), [("NOT_IMPROVING", G)]),
    ("not-improving-day-41", doc(*daily(0, 41, step=1)), [("NOT_IMPROVING", G)]),
    ("persistent-day-42", doc(*daily(0, 42, step=7)), [("PERSISTENT_6W", G)]),
    (
        "improved-by-two-points",
        doc(*[at(d, nrs=7) for d in range(0, 3)], *[at(d, nrs=5) for d in range(3, 15)]),
        [],
    ),
    (
        "improved-by-one-point",
        doc(*[at(d, nrs=6) for d in range(0, 3)], *[at(d, nrs=5) for d in range(3, 15)]),
        [("NOT_IMPROVING", G)],
    ),
    (
        "check-in-restarts-episode",
        doc(*daily(0, 10), at(11, nrs=0), *daily(12, 20)),
        [],
    ),
    (
        "gap-of-8-days-restarts-episode",
        doc(*[at(d, nrs=5, trigger="other") for d in (0, 8, 16)]),
        [],
    ),
    (
        "three-episodes-split-by-gaps-recur",
        doc(at(0, nrs=5), at(8, nrs=5), at(16, nrs=5)),
        [("RECURRENT_CRAMPS", G)],
    ),
    ("gap-of-7-days-joins", doc(at(0, nrs=5), at(7, nrs=5), at(14, nrs=5)), [("NOT_IMPROVING", G)]),
    # --- worsening trend
    (
        "worsening-plus-2",
        doc(at(-13, nrs=2), at(-10, nrs=2), at(-3, nrs=4), at(0, nrs=4)),
        [("WORSENING_TREND", G)],
    ),
    (
        "worsening-plus-1.5",
        doc(at(-13, nrs=2), at(-10, nrs=2), at(-3, nrs=3), at(0, nrs=4)),
        [],
    ),
    ("worsening-one-previous-entry", doc(at(-10, nrs=1), at(-3, nrs=5), at(0, nrs=5)), []),
    (
        "worsening-counts-check-ins",
        doc(at(-13, nrs=0), at(-10, nrs=0), at(-3, nrs=2), at(0, nrs=2)),
        [("WORSENING_TREND", G)],
    ),
    # --- recurrent cramps
    (
        "recurrent-three-episodes",
        doc(at(-20, nrs=4), at(-19, nrs=0), at(-10, nrs=4), at(-9, nrs=0), at(0, nrs=4)),
        [("RECURRENT_CRAMPS", G)],
    ),
    (
        "recurrent-two-episodes",
        doc(at(-10, nrs=4), at(-9, nrs=0), at(0, nrs=4)),
        [],
    ),
    (
        "recurrent-oldest-outside-30-days",
        doc(at(-30, nrs=4), at(-29, nrs=0), at(-10, nrs=4), at(-9, nrs=0), at(0, nrs=4)),
        [],
    ),
    (
        "recurrent-day-29-inside",
        doc(at(-29, nrs=4), at(-28, nrs=0), at(-10, nrs=4), at(-9, nrs=0), at(0, nrs=4)),
        [("RECURRENT_CRAMPS", G)],
    ),
    (
        "recurrent-latest-is-injury",
        doc(
            at(-20, nrs=4),
            at(-19, nrs=0),
            at(-10, nrs=4),
            at(-9, nrs=0),
            at(0, nrs=4, trigger="lifting"),
        ),
        [],
    ),
    (
        "recurrent-not-when-pregnant",
        doc(
            preg(20, -20, nrs=4),
            preg(20, -19, nrs=0),
            preg(21, -10, nrs=4),
            preg(21, -9, nrs=0),
            preg(22, 0, nrs=4),
        ),
        [],
    ),
    # --- pregnancy: early weeks, from an LMP / due date
    (
        "early-cramp-week-13-from-lmp",
        doc(at(nrs=3), pregnancies=[{"lmp": "2024-12-01"}]),  # 13+1 on 2025-03-03
        [("PREG_EARLY_CRAMP_INFO", INFO)],
    ),
    (
        "week-14-from-due-date-no-early-info",
        doc(at(nrs=3), pregnancies=[{"due_date": "2025-08-31"}]),  # LMP 2024-11-24: 14+1
        [],
    ),
    (
        "pregnancy-ended",
        doc(at(nrs=8), pregnancies=[{"due_date": "2025-02-20", "ended_on": "2025-02-18"}]),
        [],
    ),
    (
        "early-cramp-unknown-week-not-met",
        doc(at(nrs=3), pregnancies=[{}]),
        [],
    ),
    # --- bleeding
    ("spotting-nrs-6", doc(preg(10, nrs=6, vaginal_bleeding="spotting")), [("PREG_BLEED", U)]),
    (
        "spotting-nrs-7",
        doc(preg(10, nrs=7, vaginal_bleeding="spotting")),
        [("PREG_BLEED_SEVERE", E)],
    ),
    ("light-no-pain", doc(preg(30, vaginal_bleeding="light")), [("PREG_BLEED", U)]),
    ("heavy-no-pain", doc(preg(30, vaginal_bleeding="heavy")), [("PREG_BLEED_SEVERE", E)]),
    (
        "light-and-faint",
        doc(preg(30, nrs=2, vaginal_bleeding="light", dizzy_or_faint=True)),
        [("PREG_BLEED_SEVERE", E)],
    ),
    ("bleeding-not-pregnant", doc(at(nrs=8, vaginal_bleeding="heavy")), []),
    # --- ectopic
    (
        "ectopic-week-13",
        doc(preg(13, nrs=3, one_sided_lower_abdominal_pain=True)),
        [("PREG_ECTOPIC_SIGNS", U)],
    ),
    ("ectopic-week-14", doc(preg(14, nrs=3, one_sided_lower_abdominal_pain=True)), []),
    (
        "ectopic-severe",
        doc(preg(7, nrs=7, shoulder_tip_pain=True)),
        [("PREG_ECTOPIC_SIGNS", E)],
    ),
    (
        "ectopic-unknown-week-faint",
        doc(at(nrs=3, shoulder_tip_pain=True, dizzy_or_faint=True), pregnancies=[{}]),
        [("PREG_ECTOPIC_SIGNS", E)],
    ),
    # --- Braxton Hicks and contractions
    (
        "braxton-hicks",
        doc(preg(30, nrs=4, episode_duration_min=3)),
        [("PREG_BRAXTON_HICKS_INFO", INFO)],
    ),
    (
        "braxton-hicks-week-14",
        doc(preg(14, nrs=4, episode_duration_min=5)),
        [("PREG_BRAXTON_HICKS_INFO", INFO)],
    ),
    ("braxton-hicks-6-min", doc(preg(30, nrs=4, episode_duration_min=6)), []),
    ("braxton-hicks-unknown-week", doc(preg(None, nrs=4, episode_duration_min=3)), []),
    (
        "braxton-hicks-suppressed-by-urinary",
        doc(preg(30, nrs=4, episode_duration_min=3, urinary_symptoms=["cloudy_or_smelly_urine"])),
        [("URINARY_SYMPTOMS", G)],
    ),
    ("three-in-20-min", doc(*contractions(34, 3, 6)), [("PREG_BRAXTON_HICKS_INFO", INFO)]),
    ("four-in-20-min-week-36", doc(*contractions(36, 4, 6)), [("PREG_PRETERM_SIGNS", U)]),
    ("four-in-20-min-week-37", doc(*contractions(37, 4, 6)), [("PREG_TERM_LABOUR", U)]),
    ("four-in-exactly-20-min", doc(*contractions(30, 4, 20 / 3)), [("PREG_PRETERM_SIGNS", U)]),
    ("eight-in-56-min", doc(*contractions(34, 8, 8)), [("PREG_PRETERM_SIGNS", U)]),
    ("seven-in-54-min", doc(*contractions(34, 7, 9)), [("PREG_BRAXTON_HICKS_INFO", INFO)]),
    (
        "four-in-20-unknown-week",
        doc(*contractions(None, 4, 5)),
        [("PREG_PRETERM_SIGNS", U), ("PREG_TERM_LABOUR", U)],
    ),
    # --- preterm signs, diarrhoea
    (
        "pelvic-pressure-week-14",
        doc(preg(14, nrs=2, pelvic_pressure=True)),
        [("PREG_PRETERM_SIGNS", U)],
    ),
    ("pelvic-pressure-week-37", doc(preg(37, nrs=2, pelvic_pressure=True)), []),
    (
        "pelvic-pressure-week-13",
        doc(preg(13, nrs=2, pelvic_pressure=True)),
        [("PREG_EARLY_CRAMP_INFO", INFO)],
    ),
    ("mild-diarrhoea-week-20", doc(preg(20, nrs=4, diarrhea=True)), [("PREG_PRETERM_SIGNS", U)]),
    ("severe-diarrhoea-week-20", doc(preg(20, nrs=8, diarrhea=True)), [("PREG_CRAMP_DIARRHEA", U)]),
    ("diarrhoea-not-pregnant", doc(at(nrs=8, diarrhea=True)), []),
    # --- fluid, movements, pre-eclampsia
    ("fluid-leak", doc(preg(36, fluid_leak=True)), [("PREG_FLUID_LEAK", U)]),
    (
        "fluid-leak-and-pressure",
        doc(preg(33, nrs=3, fluid_leak=True, pelvic_pressure=True)),
        [("PREG_FLUID_LEAK", U), ("PREG_PRETERM_SIGNS", U)],
    ),
    ("movements-week-23", doc(preg(23, reduced_fetal_movements=True)), []),
    (
        "movements-week-24",
        doc(preg(24, reduced_fetal_movements=True)),
        [("PREG_REDUCED_MOVEMENTS", U)],
    ),
    (
        "movements-unknown-week",
        doc(preg(None, reduced_fetal_movements=True)),
        [("PREG_REDUCED_MOVEMENTS", U)],
    ),
    ("preeclampsia-week-19", doc(preg(19, preeclampsia_signs=["severe_headache"])), []),
    (
        "preeclampsia-week-20",
        doc(preg(20, preeclampsia_signs=["vision_changes", "sudden_swelling"])),
        [("PREG_PREECLAMPSIA", U)],
    ),
    # --- NSAIDs
    (
        "nsaid-from-medication-log",
        doc(preg(10, nrs=3, medications=[{"name": "Naproxen", "dose": 250, "unit": "mg"}])),
        [("PREG_NSAID", G)],
    ),
    ("low-dose-aspirin", doc(preg(22, medications=[{"name": "aspirin", "dose": 75}])), []),
    (
        "analgesic-aspirin",
        doc(preg(22, medications=[{"name": "aspirin", "dose": 600, "unit": "mg"}])),
        [("PREG_NSAID", G)],
    ),
    (
        "nsaid-explicit-false-wins",
        doc(preg(22, nsaid_taken=False, medications=[{"name": "ibuprofen"}])),
        [],
    ),
    ("nsaid-not-pregnant", doc(at(nrs=3, medications=[{"name": "ibuprofen"}])), []),
    # --- severe pain fallback
    ("severe-pain-pregnant", doc(preg(30, nrs=7)), [("PREG_SEVERE_PAIN", U)]),
    ("pain-6-pregnant", doc(preg(30, nrs=6)), []),
    (
        "severe-pain-fallback-kept-beside-gp",
        doc(preg(30, nrs=9, nerve_symptoms=["numbness"])),
        [("PREG_SEVERE_PAIN", U), ("NERVE_SYMPTOMS", G)],
    ),
    (
        "severe-pain-fallback-suppressed-by-movements",
        doc(preg(30, nrs=9, reduced_fetal_movements=True)),
        [("PREG_REDUCED_MOVEMENTS", U)],
    ),
    (
        "pregnancy-does-not-mask-ces",
        doc(preg(30, nrs=8, saddle_numbness=True)),
        [("CES", E), ("PREG_SEVERE_PAIN", U)],
    ),
    # --- sort order: urgency, then rule id
    (
        "many-at-once",
        doc(
            at(
                nrs=7,
                chest_pain=True,
                night_pain=True,
                weight_loss_unexplained=True,
                fever=True,
                bladder_change=True,
                nerve_symptoms=["tingling"],
                urinary_symptoms=["blood_in_urine"],
                trigger="accident_major",
            ),
            profile={"history_of_cancer": True, "age_years": 60, "prior_back_pain": False},
        ),
        [
            ("CANCER_HISTORY", E),
            ("CES", E),
            ("CHEST_PAIN", E),
            ("MAJOR_TRAUMA", E),
            ("FEVER", U),
            ("NIGHT_PAIN", U),
            ("WEIGHT_LOSS", U),
            ("AGE_OVER_50_NEW", G),
            ("NERVE_SYMPTOMS", G),
            ("URINARY_SYMPTOMS", G),
        ],
    ),
    # --- document handling
    (
        "other-top-level-keys-and-x-keys-ignored",
        doc(
            at(nrs=3, night_pain=True, x_app="test"),
            profile={"x_note": "hi"},
            id="Z",
            description="ignored",
            expected_flags=[],
            exported_at="2025-01-01T00:00",
            format="backdiary",
            version=1,
        ),
        [("NIGHT_PAIN", U)],
    ),
    (
        "last-entry-by-timestamp-not-file-order",
        doc(at(1, nrs=2), at(0, nrs=3, chest_pain=True)),
        [],
    ),
    (
        "nulls-take-defaults",
        doc(
            {
                "timestamp": T0.isoformat(),
                "nrs": None,
                "trigger": None,
                "pain_locations": None,
                "nerve_symptoms": None,
                "pregnant": None,
                "gestational_weeks": None,
                "medications": None,
                "temperature_c": None,
            },
            profile={"age_years": None, "prior_back_pain": None, "birth_date": None},
        ),
        [],
    ),
]


def run_flags(tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    parser = argparse.ArgumentParser(prog="backdiary")
    flags_cli.add_parser(parser.add_subparsers())
    args = parser.parse_args(["flags", str(path)])
    status = args.func(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("name", "document", "expected"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenario(
    name: str,
    document: dict[str, Any],
    expected: list[tuple[str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run_flags(tmp_path, document, capsys)
    assert (status, err) == (0, ""), err
    output = json.loads(out)
    assert [(f["rule"], f["urgency"]) for f in output] == expected
    for item in output:
        assert list(item) == ["rule", "urgency", "title", "advice", "source"]
        assert item["advice"].endswith("contact NHS 111; in an emergency call 999.")
        assert "you have" not in item["advice"].lower()


def test_scenario_names_are_unique() -> None:
    names = [s[0] for s in SCENARIOS]
    assert len(names) == len(set(names))


def test_every_rule_fires_in_some_scenario() -> None:
    from backdiary.domain.redflags import RULES

    fired = {(rule, urgency) for _, _, expected in SCENARIOS for rule, urgency in expected}
    for r in RULES:
        for urgency in r.urgencies:
            assert (r.id, urgency.value) in fired, (r.id, urgency.value)
