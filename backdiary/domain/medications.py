"""Classifying medicine names: which are NSAIDs (anti-inflammatory painkillers).

Low-dose aspirin (≤ 150 mg, prescribed in pregnancy against pre-eclampsia) is not
counted (red-flags spec §1.2, FDA note); aspirin at an analgesic dose is.
"""

from __future__ import annotations

import re

from backdiary.domain.model import Medication

#: Generic names and common UK/EU/US brand names of NSAIDs (lower case).
NSAID_NAMES: frozenset[str] = frozenset(
    {
        "ibuprofen",
        "naproxen",
        "diclofenac",
        "celecoxib",
        "etoricoxib",
        "meloxicam",
        "ketoprofen",
        "dexketoprofen",
        "indomethacin",
        "indometacin",
        "piroxicam",
        "mefenamic",
        "etodolac",
        "nabumetone",
        "aceclofenac",
        "ketorolac",
        "flurbiprofen",
        "fenoprofen",
        "tenoxicam",
        "lornoxicam",
        "sulindac",
        "diflunisal",
        "parecoxib",
        "nurofen",
        "advil",
        "motrin",
        "brufen",
        "aleve",
        "naprosyn",
        "feminax",
        "voltaren",
        "voltarol",
        "celebrex",
        "arcoxia",
        "mobic",
        "ponstan",
    }
)
ASPIRIN_NAMES: frozenset[str] = frozenset({"aspirin", "acetylsalicylic", "asa", "disprin", "aspro"})
LOW_DOSE_ASPIRIN_MAX_MG = 150.0

_WORD = re.compile(r"[a-z]+")
_MG = re.compile(r"(\d+(?:[.,]\d+)?)\s*mg")


def _aspirin_mg(med: Medication) -> float | None:
    if med.dose is not None:
        unit = (med.unit or "mg").strip().lower()
        if unit == "mg":
            return med.dose
        if unit == "g":
            return med.dose * 1000
    found = _MG.search(med.name.lower())
    if found:
        return float(found.group(1).replace(",", "."))
    return None


def is_nsaid(med: Medication) -> bool:
    """True when ``med`` counts as an NSAID for the pregnancy rule.

    An explicit ``nsaid`` value wins. Aspirin counts unless its dose is known
    to be low (≤ 150 mg) or the name says "low dose".
    """
    if med.nsaid is not None:
        return med.nsaid
    name = med.name.lower()
    words = set(_WORD.findall(name))
    if words & NSAID_NAMES:
        return True
    if words & ASPIRIN_NAMES:
        if "low" in words and ("dose" in words or "dosage" in words):
            return False
        mg = _aspirin_mg(med)
        return not (mg is not None and mg <= LOW_DOSE_ASPIRIN_MAX_MG)
    return False
