"""Classifying medicine names: which are NSAIDs (anti-inflammatory painkillers).

Low-dose aspirin (≤ 150 mg, prescribed in pregnancy against pre-eclampsia) is not
counted (red-flags spec §1.2, FDA note); aspirin at an analgesic dose is.
"""

from __future__ import annotations

import re
import unicodedata

from backdiary.domain.model import Medication

#: Generic names of NSAIDs (lower case); also matched as the start of a word, so other
#: languages' spellings count too ("ibuprofeno", "diclofenaco", "Diclofenac-Natrium").
NSAID_GENERICS: frozenset[str] = frozenset(
    {
        "ibuprofen", "naproxen", "diclofenac", "celecoxib", "etoricoxib", "meloxicam",
        "ketoprofen", "dexketoprofen", "indomethacin", "indometacin", "piroxicam",
        "mefenamic", "etodolac", "nabumetone", "aceclofenac", "ketorolac", "flurbiprofen",
        "fenoprofen", "tenoxicam", "lornoxicam", "sulindac", "diflunisal", "parecoxib",
        "dexibuprofen",
    }
)  # fmt: skip
#: Common UK/EU/US brand names of NSAIDs and NSAID combinations (lower case).
NSAID_BRANDS: frozenset[str] = frozenset(
    {
        "nurofen", "advil", "motrin", "brufen", "aleve", "naprosyn", "feminax", "voltaren",
        "voltarol", "celebrex", "arcoxia", "mobic", "ponstan", "cuprofen", "ibuleve",
        "nuromol", "combogesic", "fenbid", "arthrotec",
    }
)  # fmt: skip
#: Every NSAID name matched as a whole word.
NSAID_NAMES: frozenset[str] = NSAID_GENERICS | NSAID_BRANDS
NSAID_STEMS: tuple[str, ...] = tuple(sorted(NSAID_GENERICS))
ASPIRIN_NAMES: frozenset[str] = frozenset(
    {"aspirin", "acetylsalicylic", "asa", "ass", "disprin", "aspro", "anadin", "excedrin"}
)
#: Stems of aspirin's names in other languages ("Acetylsalicylsäure", "aspirina").
ASPIRIN_STEMS: tuple[str, ...] = ("aspirin", "acetylsalicyl")
#: Words that make an aspirin product a paracetamol-only one ("Anadin Paracetamol").
_NOT_ASPIRIN = frozenset({"paracetamol", "acetaminophen"})
LOW_DOSE_ASPIRIN_MAX_MG = 150.0

_WORD = re.compile(r"[a-z]+")
_MG = re.compile(r"(\d+(?:[.,]\d+)?)\s*(mg|milligrams?|g|mcg|µg|ug)\b")
_NUMBER = re.compile(r"\b(\d+(?:[.,]\d+)?)\b")
_UNIT_MG = {"mg": 1.0, "milligram": 1.0, "milligrams": 1.0, "g": 1000.0, "mcg": 0.001}
_UNIT_MG.update({"µg": 0.001, "ug": 0.001, "microgram": 0.001, "micrograms": 0.001})


def _words(name: str) -> set[str]:
    """Lower-case words of a name, accents removed ("ibuprofène" → "ibuprofene")."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ß", "ss")
    return set(_WORD.findall(plain))


def _aspirin_mg(med: Medication) -> float | None:
    """The aspirin dose in mg, from the dose field or the name ("Aspirin 75mg", "ASS 100")."""
    if med.dose is not None:
        factor = _UNIT_MG.get((med.unit or "mg").strip().lower())
        if factor is not None:
            return med.dose * factor
    name = med.name.lower()
    found = _MG.search(name)
    if found:
        return float(found.group(1).replace(",", ".")) * _UNIT_MG[found.group(2)]
    bare = _NUMBER.search(name)  # a plain number after an aspirin name is in mg
    if bare:
        return float(bare.group(1).replace(",", "."))
    return None


def is_nsaid(med: Medication) -> bool:
    """True when ``med`` counts as an NSAID for the pregnancy rule.

    An explicit ``nsaid`` value wins. Names are matched as words, accents ignored,
    generic names also as word stems (other languages' spellings). Aspirin counts
    unless its dose is known to be low (≤ 150 mg: from the dose and unit, or a
    number in the name) or the name says "low dose" or "baby".
    """
    if med.nsaid is not None:
        return med.nsaid
    words = _words(med.name)
    if words & NSAID_NAMES or any(w.startswith(NSAID_STEMS) for w in words):
        return True
    if words & ASPIRIN_NAMES or any(w.startswith(ASPIRIN_STEMS) for w in words):
        if words & _NOT_ASPIRIN and not words & {"aspirin", "extra", "original"}:
            return False
        if "baby" in words or ("low" in words and ("dose" in words or "dosage" in words)):
            return False
        mg = _aspirin_mg(med)
        return not (mg is not None and mg <= LOW_DOSE_ASPIRIN_MAX_MG)
    return False
