"""User-visible words for domain codes, looked up through Qt's translation system.

Tables use ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them; lookups go
through ``QCoreApplication.translate`` with the table's context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

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


def minutes_text(minutes: float) -> str:
    """``"12 min"`` with the locale's number format (``"7,5 Min."`` in German)."""
    number = QLocale().toString(float(minutes), "g", 6)
    return QCoreApplication.translate("Units", "{n} min").format(n=number)


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


# --------------------------------------------------------------------------- dates
def localized_datetime_format() -> str:
    """The locale's short date-time format, with a four-digit year."""
    fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def localized_date_format() -> str:
    """The locale's short date format, with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def when_text(moment: datetime) -> str:
    """A date and time as the user's locale writes it (``"05.03.2025 09:30"`` in German)."""
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qdt, localized_datetime_format())


def date_text(day: date) -> str:
    """A date as the user's locale writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), localized_date_format())


# --------------------------------------------------------------------------- red flags
def redflag_text(text: str) -> str:
    """A red-flag title or advice template (or the safety net), translated.

    The domain keeps English templates; :data:`REDFLAG_TEXTS` lists them for
    ``lupdate`` so translators see them in the ``RedFlag`` context. Placeholders
    (``{emergency}``…) are filled after translation.
    """
    return QCoreApplication.translate("RedFlag", text)


# BEGIN GENERATED RED FLAG TEXTS
# Generated by `python -m backdiary.ui.i18n --update` from backdiary.domain.redflags.
# fmt: off
REDFLAG_TEXTS: tuple[str, ...] = (
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible muscle strain or sprain",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "This could be a muscle strain or ligament sprain, which usually settles "
        "within days to a few weeks. Keep gently active and avoid bed rest; a short "
        "rest from the activity that caused it is fine. Heat and simple pain relief "
        "can help: check with a pharmacist which pain relief is right for you. "
        "Consider physiotherapy if it is not settling. Get it checked if it is not "
        "improving, or if you notice numbness, tingling, leg weakness or a high "
        "temperature.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Sudden pain after lifting, sport, exercise or a minor slip could be a muscle"
        " strain or sprain, which usually settles within days to a few weeks.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible nerve irritation",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). "
        "Numbness, burning or tingling, or pain spreading into a leg, could be a sign"
        " of an irritated nerve (for example from a disc). Usual painkillers may not "
        "help much. Keep gently active. Don't start new medicines without advice: ask"
        " your GP or pharmacist about medicines. Call {emergency} or go to "
        "{emergency_department} straight away if you get numbness around your "
        "genitals, bottom or inner thighs, new problems peeing or controlling your "
        "bladder or bowel, or symptoms in both legs.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Numbness, burning or tingling, or pain spreading into a leg, could be a sign"
        " of an irritated nerve, for example from a disc.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Early-pregnancy cramps (usually normal)",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Mild period-like or lower-back cramps are common in early pregnancy as the "
        "womb grows and stretches. A short rest, keeping gently active and warmth "
        "(not a hot bath) can help; ask your pharmacist or midwife before taking any "
        "painkiller. Call your GP, midwife or early pregnancy unit if you bleed, have"
        " pain on one side of your tummy or in the tip of your shoulder, feel faint, "
        "or the pain becomes severe.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Mild cramps are common in early pregnancy as the womb grows and stretches.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Bleeding in pregnancy with severe pain or faintness",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. If bleeding is heavy "
        "or you feel faint, call {emergency} for an ambulance. Intense pain with "
        "bleeding, heavy bleeding or feeling faint could be a sign of miscarriage or,"
        " rarely, an ectopic pregnancy (later in pregnancy: a problem with the "
        "placenta or early labour). Let your maternity unit or early pregnancy unit "
        "know as well.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Bleeding in pregnancy with severe pain, heavy bleeding or feeling faint "
        "could be a sign of miscarriage or, rarely, an ectopic pregnancy (later in "
        "pregnancy: a problem with the placenta or early labour).",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Braxton Hicks-like tightening (usually normal)",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Short, irregular tightenings (Braxton Hicks contractions) can cause low back"
        " pain for a few minutes and are normal. Changing position, walking or "
        "resting often helps. Contact your midwife or maternity unit if they become "
        "regular (4 in 20 minutes or 8 in an hour), stronger, longer or closer "
        "together, or come with bleeding, leaking fluid, pressure in the pelvis, "
        "diarrhoea, a new constant dull backache or fewer baby movements.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Short, irregular tightenings (Braxton Hicks contractions) are normal in "
        "pregnancy and can cause low back pain for a few minutes.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Severe cramps with diarrhoea in pregnancy",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Phone your maternity unit or midwife now. Severe cramping with diarrhoea "
        "could be a sign that labour is starting; before 37 weeks that would be early"
        " (preterm) labour. It may turn out to be something else, but it needs "
        "checking today.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Severe cramping with diarrhoea could be a sign that labour is starting; "
        "before 37 weeks that would be early (preterm) labour.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain not improving after 2 weeks",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). "
        "Your back pain has not started to improve after 2 weeks, and most strains "
        "are clearly better by now. Getting it checked early helps avoid "
        "complications. Keep gently active in the meantime.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Your back pain has not started to improve after 2 weeks, and most strains "
        "are clearly better by now.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain getting worse",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). "
        "Your pain has got clearly worse over the last week compared with the week "
        "before. Getting it checked early helps avoid complications.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Your pain over the last week has been clearly worse than the week before.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Cramps keep coming back without an injury",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP appointment to ask whether checks are needed. Cramps that keep "
        "coming back without an injury can have other causes, such as kidney "
        "problems, hormonal disorders, diabetes, anaemia, low minerals, dehydration "
        "or side effects of medicines. Drink enough fluids.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Cramps that keep coming back without an injury can have other causes that "
        "are worth checking.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible cauda equina syndrome",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. Do not wait for a GP "
        "appointment. These could be signs of cauda equina syndrome, a rare spinal "
        "emergency in which the nerves at the bottom of the spine are squeezed. It "
        "needs checking straight away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Numbness around the genitals or bottom, new bladder, bowel or sexual "
        "problems, or symptoms in both legs could be signs of cauda equina syndrome. "
        "It is rare, but the nerves at the bottom of the spine need checking straight"
        " away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "New weakness in a leg",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. New "
        "weakness in a leg (for example your foot catching or dragging) could be a "
        "sign of pressure on a nerve and needs assessment today. If both legs are "
        "affected, or you get numbness around your bottom or problems controlling "
        "your bladder or bowel, call {emergency} now.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "New weakness in a leg could be a sign of pressure on a nerve.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain after a serious accident",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. Back pain after a "
        "serious accident (such as a car crash, a fall from a height or a heavy blow)"
        " needs checking for a broken bone in the spine straight away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "After a serious accident, back pain needs checking for a broken bone in the "
        "spine.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible fracture after a minor fall",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. With thin "
        "bones (osteoporosis) or long-term steroid use, even a minor fall could break"
        " a bone in the spine, so get checked today.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "With thin bones (osteoporosis) or long-term steroid use, even a minor fall "
        "could break a bone in the spine.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain with a high temperature",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today; if you are"
        " pregnant, phone your maternity unit now. Back pain with a high temperature "
        "could be a sign of an infection, for example in the kidney, and in pregnancy"
        " a kidney infection can trigger early labour.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain with a high temperature could be a sign of an infection, for "
        "example in the kidney. In pregnancy, a kidney infection can trigger early "
        "labour.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible urine or kidney infection",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "See a GP or pharmacist within a day or two (if pregnant: your GP or midwife,"
        " as it should be treated promptly). Pain or burning when peeing, blood in "
        "the urine, or cloudy or smelly urine with back or side pain could be a sign "
        "of a urine or kidney infection.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Pain or burning when peeing, blood in the urine, or cloudy or smelly urine "
        "could be a sign of a urine or kidney infection.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain with unexplained weight loss",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. Back pain "
        "with weight loss you can't explain should be checked soon.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain with weight loss you can't explain should be checked soon. Most of"
        " the time the cause is not serious.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain at night or at rest",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. Pain that "
        "is worse at night, or not eased by resting or lying down, should be checked.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Pain that is worse at night, or not eased by resting or lying down, should "
        "be checked. Most of the time the cause is not serious.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "New lump or change in the shape of the back",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. A new lump"
        " or a change in the shape of your back needs checking.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "A new lump or a change in the shape of your back should be looked at by a "
        "clinician.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Chest pain with back pain",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. With chest pain, call "
        "{emergency} for an ambulance rather than travelling yourself. Chest pain "
        "with back pain could be a sign of a serious problem that needs help straight"
        " away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Chest pain with back pain could be a sign of a serious problem that needs "
        "help straight away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Pain in the upper or middle back",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Ask for an urgent GP appointment or contact {nonemergency} today. Pain "
        "coming from the upper or middle back (between or below the shoulder blades) "
        "rather than the low back should be checked. It is often muscular, but a "
        "clinician should look at it.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Pain in the upper or middle back is often muscular, but it should be checked"
        " by a clinician.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "New back pain after cancer",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Contact your cancer team or GP today (or {nonemergency} if you cannot reach "
        "them): after cancer, new back pain should be checked within 24 hours. If you"
        " get numbness, weakness, or changes in bladder or bowel control, call "
        "{emergency} or go to {emergency_department} now.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. After cancer, back "
        "pain with numbness, tingling, weakness, or changes in bladder, bowel or "
        "sexual function could be a sign of pressure on the spinal cord or nerves, "
        "which needs checking straight away. Let your cancer team know as well.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "After cancer, new back pain should be checked by your cancer team or GP "
        "within 24 hours.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "After cancer, back pain with numbness, tingling, weakness, or changes in "
        "bladder, bowel or sexual function could be a sign of pressure on the spinal "
        "cord or nerves.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "First back pain after the age of 50",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP appointment. Back pain starting for the first time after the age "
        "of 50 is usually still harmless, but it should be checked by a GP.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain starting for the first time after the age of 50 is usually still "
        "harmless, but it should be checked by a GP.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain lasting more than 6 weeks",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). "
        "Back pain lasting more than 6 weeks is called “persistent”. Ask about a "
        "structured exercise programme and other options. Keep gently active in the "
        "meantime.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Back pain lasting more than 6 weeks is called “persistent”, and a structured"
        " plan can help.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Bleeding in pregnancy",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Get this checked today: contact your midwife, GP, early pregnancy unit or "
        "{nonemergency}. Any bleeding in pregnancy should be checked the same day. "
        "Under 12 weeks: contact your GP, early pregnancy unit or {nonemergency} "
        "today. From 12 weeks: get urgent help from your GP, midwife, {nonemergency} "
        "or {emergency_department}. From 20 weeks: phone your maternity unit straight"
        " away. Wear a pad, not a tampon, and note how much you bleed. If the "
        "bleeding becomes heavy, the pain becomes severe or you feel faint, call "
        "{emergency}.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Any bleeding in pregnancy should be checked the same day, even if it is "
        "light and not painful.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible signs of ectopic pregnancy",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Contact your GP, early pregnancy unit or {nonemergency} now. Pain low in "
        "your tummy on one side, or pain in the tip of your shoulder, in early "
        "pregnancy could be a sign of an ectopic pregnancy. Call {emergency} if the "
        "pain is sudden and severe or you feel very dizzy or faint.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call {emergency} or go to {emergency_department} now. Pain low in your tummy"
        " on one side, or pain in the tip of your shoulder, with severe pain or "
        "feeling faint in early pregnancy could be a sign of an ectopic pregnancy, "
        "which needs help straight away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Pain low in your tummy on one side, or pain in the tip of your shoulder, in "
        "early pregnancy could be a sign of an ectopic pregnancy.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "One-sided low tummy pain or shoulder-tip pain in early pregnancy, with "
        "severe pain or feeling faint, could be a sign of an ectopic pregnancy that "
        "needs help straight away.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible signs of early (preterm) labour",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Phone your maternity unit now. Regular tightenings, pressure in the pelvis, "
        "or cramps with diarrhoea before 37 weeks could be signs of early labour, as "
        "can a new constant dull backache. Most turn out not to be labour, but it "
        "must be checked.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Regular tightenings, pressure in the pelvis, or cramps with diarrhoea before"
        " 37 weeks could be signs of early labour. Most turn out not to be labour, "
        "but it must be checked.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible labour (37 weeks or more)",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Phone your maternity unit or midwife now for advice, as planned. Regular "
        "back pain or tightenings from 37 weeks could be a sign of labour.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Regular back pain or tightenings from 37 weeks could be a sign of labour.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible waters breaking",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call your maternity unit now (straight away if the fluid is green, brown or "
        "smelly). A gush or trickle of fluid could be your waters breaking.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "A gush or trickle of fluid could be your waters breaking.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Baby moving less than usual",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Call your maternity unit now. Don't wait until tomorrow. A baby moving less "
        "than usual needs checking the same day.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "A baby moving less than usual needs checking the same day.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Possible signs of pre-eclampsia",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Contact your midwife, maternity unit or {nonemergency} now. A severe "
        "headache, vision changes, sudden swelling of the face, hands or feet, or "
        "pain just below the ribs could be signs of pre-eclampsia.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "A severe headache, vision changes, sudden swelling of the face, hands or "
        "feet, or pain just below the ribs could be signs of pre-eclampsia.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Anti-inflammatory painkiller in pregnancy",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Anti-inflammatory painkillers (ibuprofen, naproxen, diclofenac…) are not "
        "recommended in pregnancy unless prescribed. They must not be used after 28 "
        "weeks, and prolonged use from 20 weeks can harm the baby's kidneys. "
        "Paracetamol is usually the first choice. Speak to your pharmacist or "
        "midwife.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Anti-inflammatory painkillers are not recommended in pregnancy unless "
        "prescribed, and must not be used after 28 weeks.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Severe pain in pregnancy",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Phone your midwife or maternity unit now. Severe back or tummy pain in "
        "pregnancy should be checked today.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "Severe back or tummy pain in pregnancy should be checked today.",
    ),
    #: Clinical text: a clinician must review this translation. Keep {placeholders}.
    QT_TRANSLATE_NOOP(
        "RedFlag",
        "If you are worried, or your symptoms get worse, contact {nonemergency}; in "
        "an emergency call {emergency}.",
    ),
)
# fmt: on
# END GENERATED RED FLAG TEXTS


def count_text(n: int) -> str:
    """``1,234`` in English, ``1.234`` in German: a count in the user's format."""
    if QLocale().language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{n:,}"
    return QLocale().toString(n)
