"""User-visible words for domain codes, looked up through Qt's translation system.

Tables use ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them; lookups go
through ``QCoreApplication.translate`` with the table's context.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication

#: Marks a string for extraction by lupdate; typed as str → str for mypy.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _NOOP  # type: ignore[assignment]

_LABELS: dict[str, str] = {
    # triggers
    "none": QT_TRANSLATE_NOOP("Label", "No clear cause"),
    "unknown": QT_TRANSLATE_NOOP("Label", "Don't know"),
    "sport": QT_TRANSLATE_NOOP("Label", "Sport"),
    "exercise": QT_TRANSLATE_NOOP("Label", "Exercise"),
    "lifting": QT_TRANSLATE_NOOP("Label", "Lifting"),
    "accident_minor": QT_TRANSLATE_NOOP("Label", "Slip, trip or fall"),
    "accident_major": QT_TRANSLATE_NOOP("Label", "Serious accident"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
    # onset
    "sudden": QT_TRANSLATE_NOOP("Label", "Sudden"),
    "gradual": QT_TRANSLATE_NOOP("Label", "Gradual"),
    # locations
    "lower_back": QT_TRANSLATE_NOOP("Label", "Lower back"),
    "thoracic": QT_TRANSLATE_NOOP("Label", "Between shoulder blades"),
    "buttock": QT_TRANSLATE_NOOP("Label", "Buttock"),
    "left_leg": QT_TRANSLATE_NOOP("Label", "Left leg"),
    "right_leg": QT_TRANSLATE_NOOP("Label", "Right leg"),
    "flank_left": QT_TRANSLATE_NOOP("Label", "Left side (flank)"),
    "flank_right": QT_TRANSLATE_NOOP("Label", "Right side (flank)"),
    "lower_abdomen": QT_TRANSLATE_NOOP("Label", "Lower tummy"),
    # qualities
    "aching": QT_TRANSLATE_NOOP("Label", "Aching"),
    "cramping": QT_TRANSLATE_NOOP("Label", "Cramping"),
    "sharp": QT_TRANSLATE_NOOP("Label", "Sharp"),
    "stabbing": QT_TRANSLATE_NOOP("Label", "Stabbing"),
    "shooting": QT_TRANSLATE_NOOP("Label", "Shooting"),
    "throbbing": QT_TRANSLATE_NOOP("Label", "Throbbing"),
    "electric": QT_TRANSLATE_NOOP("Label", "Electric-shock-like"),
    "stiff": QT_TRANSLATE_NOOP("Label", "Stiff"),
    "tender": QT_TRANSLATE_NOOP("Label", "Tender"),
    # nerve symptoms
    "numbness": QT_TRANSLATE_NOOP("Label", "Numbness"),
    "burning": QT_TRANSLATE_NOOP("Label", "Burning (in back or legs)"),
    "tingling": QT_TRANSLATE_NOOP("Label", "Tingling, pins and needles"),
    # leg extent
    "one_leg": QT_TRANSLATE_NOOP("Label", "One leg"),
    "both_legs": QT_TRANSLATE_NOOP("Label", "Both legs"),
    # urinary
    "dysuria": QT_TRANSLATE_NOOP("Label", "Pain or burning when peeing"),
    "blood_in_urine": QT_TRANSLATE_NOOP("Label", "Blood in urine"),
    "cloudy_or_smelly_urine": QT_TRANSLATE_NOOP("Label", "Cloudy or smelly urine"),
    # bleeding
    "spotting": QT_TRANSLATE_NOOP("Label", "Spotting"),
    "light": QT_TRANSLATE_NOOP("Label", "Light bleeding"),
    "heavy": QT_TRANSLATE_NOOP("Label", "Heavy bleeding (pad soaked within an hour, or clots)"),
    # pre-eclampsia
    "severe_headache": QT_TRANSLATE_NOOP("Label", "Severe headache"),
    "vision_changes": QT_TRANSLATE_NOOP("Label", "Blurred vision or flashing lights"),
    "sudden_swelling": QT_TRANSLATE_NOOP("Label", "Sudden swelling of face, hands or feet"),
    "pain_below_ribs": QT_TRANSLATE_NOOP("Label", "Pain just below the ribs"),
    # relief helped
    "yes": QT_TRANSLATE_NOOP("Label", "Helped"),
    "somewhat": QT_TRANSLATE_NOOP("Label", "Helped a little"),
    "no": QT_TRANSLATE_NOOP("Label", "Did not help"),
    # common factors and relief tags
    "prolonged_sitting": QT_TRANSLATE_NOOP("Label", "Long sitting"),
    "posture": QT_TRANSLATE_NOOP("Label", "Posture"),
    "stress": QT_TRANSLATE_NOOP("Label", "Stress"),
    "dehydration": QT_TRANSLATE_NOOP("Label", "Not enough to drink"),
    "poor_sleep": QT_TRANSLATE_NOOP("Label", "Poor sleep"),
    "cold": QT_TRANSLATE_NOOP("Label", "Cold"),
    "rest": QT_TRANSLATE_NOOP("Label", "Short rest"),
    "heat": QT_TRANSLATE_NOOP("Label", "Heat"),
    "stretching": QT_TRANSLATE_NOOP("Label", "Stretching"),
    "physio_exercises": QT_TRANSLATE_NOOP("Label", "Physio exercises"),
    "walking": QT_TRANSLATE_NOOP("Label", "Walking"),
    "massage": QT_TRANSLATE_NOOP("Label", "Massage"),
    "pain_relief": QT_TRANSLATE_NOOP("Label", "Pain relief"),
}

#: Word anchors of the 0–10 scale (NRS-11); 0 and 10 keep the same wording everywhere.
NRS_ANCHORS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Nrs", "No pain"),
    1: QT_TRANSLATE_NOOP("Nrs", "Very mild"),
    2: QT_TRANSLATE_NOOP("Nrs", "Mild"),
    3: QT_TRANSLATE_NOOP("Nrs", "Mild"),
    4: QT_TRANSLATE_NOOP("Nrs", "Moderate"),
    5: QT_TRANSLATE_NOOP("Nrs", "Moderate"),
    6: QT_TRANSLATE_NOOP("Nrs", "Moderate"),
    7: QT_TRANSLATE_NOOP("Nrs", "Severe"),
    8: QT_TRANSLATE_NOOP("Nrs", "Severe"),
    9: QT_TRANSLATE_NOOP("Nrs", "Very severe"),
    10: QT_TRANSLATE_NOOP("Nrs", "Worst imaginable"),
}

_URGENCY: dict[str, str] = {
    "emergency": QT_TRANSLATE_NOOP("Urgency", "Emergency"),
    "urgent": QT_TRANSLATE_NOOP("Urgency", "Urgent: today"),
    "gp": QT_TRANSLATE_NOOP("Urgency", "See GP or physio"),
    "info": QT_TRANSLATE_NOOP("Urgency", "Information"),
}

_COLUMNS: dict[str, str] = {
    "when": QT_TRANSLATE_NOOP("Column", "When"),
    "nrs": QT_TRANSLATE_NOOP("Column", "Pain"),
    "duration": QT_TRANSLATE_NOOP("Column", "Duration"),
    "trigger": QT_TRANSLATE_NOOP("Column", "Cause"),
    "where": QT_TRANSLATE_NOOP("Column", "Where"),
    "flag": QT_TRANSLATE_NOOP("Column", "Warning"),
    "notes": QT_TRANSLATE_NOOP("Column", "Notes"),
}


def label(value: StrEnum | str) -> str:
    """The translated label of a domain code; a user's own tag is shown as typed."""
    key = str(value)
    text = _LABELS.get(key)
    if text is None:
        return key.replace("_", " ")
    return QCoreApplication.translate("Label", text)


def nrs_anchor(nrs: int) -> str:
    """The word anchor of a pain score."""
    return QCoreApplication.translate("Nrs", NRS_ANCHORS[nrs])


def nrs_short(nrs: int) -> str:
    """``"7 · Severe"`` for the table."""
    return f"{nrs} · {nrs_anchor(nrs)}"


def urgency_word(urgency: str) -> str:
    """The translated word for an urgency level."""
    return QCoreApplication.translate("Urgency", _URGENCY[urgency])


def column_title(name: str) -> str:
    """The translated title of a diary-table column."""
    return QCoreApplication.translate("Column", _COLUMNS[name])


DISCLAIMER = QT_TRANSLATE_NOOP(
    "Disclaimer",
    "backdiary does not diagnose. Its warnings follow published guidance; "
    "if you are worried, contact a clinician.",
)


def disclaimer() -> str:
    """The short statement that backdiary does not diagnose."""
    return QCoreApplication.translate("Disclaimer", DISCLAIMER)
