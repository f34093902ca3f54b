"""The red-flag rule table, as data, to be read side by side with the clinical spec.

Standard library only. Every rule of ``clinical/red-flags.md`` (§2 and §3) is one
:class:`Rule` in :data:`RULES`, in the spec's order: its id, its urgency (and, for the
two rules that escalate, the higher urgency and when it applies), the spec's condition
quoted in ``condition_text``, the advice template, the source and the spec section. The
code that tests each condition is in :mod:`backdiary.domain.redflags.engine` (one small
function per rule, in the same order); the history algorithms of §4 are in
:mod:`backdiary.domain.redflags.history`. The numeric thresholds (§1.4) are the
constants below.

Advice templates:

* are ``str.format`` templates with the placeholders ``{emergency}``, ``{nonemergency}``
  and ``{emergency_department}``, filled from a :class:`~backdiary.domain.region.Region`;
* say "could be a sign of", never "you have" (§1.3.5);
* put the action first for ``urgent`` and ``emergency`` rules; every ``emergency`` text
  starts with "Call {emergency} or go to {emergency_department} now." (§1.1);
* apply the corrections of §5.2 (keep gently active and avoid bed rest; no muscle
  relaxants or other named drug recommended; usual painkillers "may not help much";
  any bleeding in pregnancy checked the same day);
* do not repeat the safety net: :data:`SAFETY_NET` is appended to every text when it is
  rendered (:func:`backdiary.domain.redflags.render.render_advice`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

#: Version of this rule set; change it whenever a rule, threshold or text changes.
RULESET_VERSION = "2026.12-1"

#: Shown once with any list of warnings.
DISCLAIMER = (
    "backdiary cannot diagnose. These warnings are based on published guidance; "
    "if you are worried, contact a clinician. A warning means \u201cget this checked\u201d, "
    "not that something is definitely wrong."
)

#: Appended to every advice text (§1.1 "generic safety net").
SAFETY_NET = (
    "If you are worried, or your symptoms get worse, contact {nonemergency}; "
    "in an emergency call {emergency}."
)

#: The action every emergency advice text starts with (§1.1).
EMERGENCY_ACTION = "Call {emergency} or go to {emergency_department} now."
#: The usual action for an urgent, non-pregnancy rule (§1.1).
URGENT_ACTION = "Ask for an urgent GP appointment or contact {nonemergency} today."
#: The usual action for a routine (gp) rule (§1.1).
GP_ACTION = "Book a GP or physiotherapist appointment (if pregnant: your midwife or GP)."


class Urgency(StrEnum):
    """How soon to get help, ordered ``info`` < ``gp`` < ``urgent`` < ``emergency`` (§1.1).

    The values are the lowercase strings used in output; comparisons use :attr:`rank`.
    """

    INFO = "info"
    GP = "gp"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """0 for ``info`` up to 3 for ``emergency``."""
        return _RANK[self]

    def __lt__(self, other: str) -> bool:
        if isinstance(other, Urgency):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: str) -> bool:
        if isinstance(other, Urgency):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: str) -> bool:
        if isinstance(other, Urgency):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: str) -> bool:
        if isinstance(other, Urgency):
            return self.rank >= other.rank
        return NotImplemented


_RANK = {Urgency.INFO: 0, Urgency.GP: 1, Urgency.URGENT: 2, Urgency.EMERGENCY: 3}


# --------------------------------------------------------------------------- thresholds (§1.4)
#: "Intense / severe" pain: NRS ≥ 7.
NRS_SEVERE = 7
#: Braxton Hicks-like and "mild" cramps: 1 ≤ NRS ≤ 6.
NRS_MILD_MAX = 6
#: Braxton Hicks-like: episode ≤ 5 minutes (design choice).
BRAXTON_HICKS_MAX_MIN = 5
#: Fever: temperature ≥ 38.0 °C (inclusive).
FEVER_MIN_C = 38.0
#: New back pain at an age strictly above this.
AGE_NEW_PAIN_OVER = 50
#: Last completed week of the 1st trimester (early cramps, ectopic window).
WEEKS_EARLY_MAX = 13
#: First completed week of the 2nd trimester (Braxton Hicks, article preterm rule).
WEEKS_SECOND_TRIMESTER_MIN = 14
#: Pre-eclampsia from 20 completed weeks.
WEEKS_PREECLAMPSIA_MIN = 20
#: Reduced fetal movements from 24 completed weeks.
WEEKS_FETAL_MOVEMENTS_MIN = 24
#: Preterm: at most 36 completed weeks (before 37+0).
WEEKS_PRETERM_MAX = 36
#: Term: 37 completed weeks or more.
WEEKS_TERM_MIN = 37
#: Consecutive entries of an episode are at most this many days apart (§4).
EPISODE_MAX_GAP_DAYS = 7
#: Baseline = entries dated ≤ start + 2 days; current = entries dated ≥ L − 2 days (§4).
EPISODE_EDGE_DAYS = 2
#: NOT_IMPROVING from this episode length in days.
NOT_IMPROVING_MIN_DAYS = 14
#: PERSISTENT_6W from this episode length in days.
PERSISTENT_MIN_DAYS = 42
#: Minimal important change of the NRS: 2 points (Ostelo 2008).
NRS_MIN_IMPORTANT_CHANGE = Fraction(2)
#: WORSENING_TREND: each window is 7 days (L−6..L and L−13..L−7).
TREND_WINDOW_DAYS = 7
#: WORSENING_TREND: each window needs at least this many entries.
TREND_MIN_ENTRIES = 2
#: RECURRENT_CRAMPS: at least this many separate episodes…
RECURRENT_MIN_EPISODES = 3
#: …with a non-injury pain entry dated within this many days ending at L (L−29..L).
RECURRENT_WINDOW_DAYS = 30
#: Regular contractions: (window in minutes, minimum count), windows inclusive.
CONTRACTION_WINDOWS: tuple[tuple[int, int], ...] = ((20, 4), (60, 8))


# --------------------------------------------------------------------------- the rule type
@dataclass(frozen=True, slots=True)
class Rule:
    """One red-flag rule of the clinical specification.

    Attributes:
        id: the spec's identifier (``"CES"``, ``"PREG_BLEED"``…).
        title: a short, conservative heading for the warning.
        urgency: the urgency the rule fires with.
        condition_text: the spec's condition, quoted.
        advice: the advice template for ``urgency`` (without the safety net).
        source: the article and/or guideline(s) the rule rests on.
        spec_section: where the rule is in ``clinical/red-flags.md``.
        why: one or two sentences saying why the finding matters, shown under the
            action in the warning dialog ("… could be a sign of …").
        escalated_urgency: the higher urgency some findings carry, or None.
        escalated_condition_text: when the higher urgency applies (the spec's words).
        escalated_advice: the advice template for the higher urgency.
        escalated_why: ``why`` for the higher urgency.
        self_care: a self-care ``info`` rule, suppressed when any rule at ``gp`` or
            above fires (§1.3).
        fallback: fires only when no other ``PREG_*`` rule at ``urgent`` or above fired
            (``PREG_SEVERE_PAIN``, §1.3).
    """

    id: str
    title: str
    urgency: Urgency
    condition_text: str
    advice: str
    source: str
    spec_section: str
    why: str
    escalated_urgency: Urgency | None = None
    escalated_condition_text: str = ""
    escalated_advice: str = ""
    escalated_why: str = ""
    self_care: bool = False
    fallback: bool = False

    @property
    def urgencies(self) -> tuple[Urgency, ...]:
        """Every urgency this rule can fire with, lowest first."""
        if self.escalated_urgency is None:
            return (self.urgency,)
        return (self.urgency, self.escalated_urgency)

    @property
    def is_pregnancy_rule(self) -> bool:
        """True for the ``PREG_*`` rules."""
        return self.id.startswith("PREG_")

    def advice_for(self, urgency: Urgency) -> str:
        """The advice template for a finding of this rule at ``urgency``.

        Raises:
            ValueError: when the rule never fires at ``urgency``.
        """
        if urgency == self.urgency:
            return self.advice
        if urgency == self.escalated_urgency:
            return self.escalated_advice
        raise ValueError(f"{self.id} does not fire at urgency {urgency.value!r}")

    def why_for(self, urgency: Urgency) -> str:
        """The short "why it matters" text for a finding of this rule at ``urgency``.

        Raises:
            ValueError: when the rule never fires at ``urgency``.
        """
        if urgency == self.urgency:
            return self.why
        if urgency == self.escalated_urgency:
            return self.escalated_why
        raise ValueError(f"{self.id} does not fire at urgency {urgency.value!r}")


# --------------------------------------------------------------------------- sources
_ARTICLE = "Source article \u201cBack cramps\u201d"
_NHS_BACK = "NHS back pain advice"

# --------------------------------------------------------------------------- the table
#: The 32 rules, in the order of the spec's tables (§2, §3.1, §3.2).
RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- §2: from the article
    Rule(
        id="INJURY_STRAIN",
        title="Possible muscle strain or sprain",
        urgency=Urgency.INFO,
        self_care=True,
        condition_text=(
            "trigger ∈ {sport, exercise, lifting, accident_minor} ∧ onset = sudden ∧ nrs ≥ 1. "
            "Suppressed if any rule ≥ gp fires."
        ),
        advice=(
            "This could be a muscle strain or ligament sprain, which usually settles within "
            "days to a few weeks. Keep gently active and avoid bed rest; a short rest from "
            "the activity that caused it is fine. Heat and simple pain relief can help: check "
            "with a pharmacist which pain relief is right for you. Consider physiotherapy if it "
            "is not settling. Get it checked if it is not improving, or if you notice "
            "numbness, tingling, leg weakness or a high temperature."
        ),
        source=f"{_ARTICLE}; corrected per NICE NG59/CG88 and NHS (stay active, not rest)",
        spec_section="§2",
        why=(
            "Sudden pain after lifting, sport, exercise or a minor slip could be "
            "a muscle strain or sprain, which usually settles within days to a "
            "few weeks."
        ),
    ),
    Rule(
        id="NERVE_SYMPTOMS",
        title="Possible nerve irritation",
        urgency=Urgency.GP,
        condition_text=(
            "(nerve_symptoms ∩ {numbness, burning, tingling} ≠ ∅) ∨ "
            "leg_symptoms ∈ {one_leg, both_legs}"
        ),
        advice=(
            f"{GP_ACTION} Numbness, burning or tingling, or pain spreading into a leg, could "
            "be a sign of an irritated nerve (for example from a disc). Usual painkillers may "
            "not help much. Keep gently active. Don't start new medicines without advice: ask "
            "your GP or pharmacist about medicines. Call {emergency} or go to "
            "{emergency_department} straight away if you get numbness around your genitals, "
            "bottom or inner thighs, new problems peeing or controlling your bladder or bowel, "
            "or symptoms in both legs."
        ),
        source=(
            f"{_ARTICLE}; muscle-relaxant advice not echoed per NICE NG59 (2020 update); "
            "cauda equina safety net per NHS"
        ),
        spec_section="§2",
        why=(
            "Numbness, burning or tingling, or pain spreading into a leg, could "
            "be a sign of an irritated nerve, for example from a disc."
        ),
    ),
    Rule(
        id="PREG_EARLY_CRAMP_INFO",
        title="Early-pregnancy cramps (usually normal)",
        urgency=Urgency.INFO,
        self_care=True,
        condition_text=(
            "pregnant ∧ weeks ≤ 13 (unknown → not met) ∧ 1 ≤ nrs ≤ 6. "
            "Suppressed if any rule ≥ gp fires."
        ),
        advice=(
            "Mild period-like or lower-back cramps are common in early pregnancy as the womb "
            "grows and stretches. A short rest, keeping gently active and warmth (not a hot "
            "bath) can help; ask your pharmacist or midwife before taking any painkiller. Call "
            "your GP, midwife or early pregnancy unit if you bleed, have pain on one side of "
            "your tummy or in the tip of your shoulder, feel faint, or the pain becomes severe."
        ),
        source=f"{_ARTICLE} (uterus relaxing and stretching); corrected per NHS and §5.2",
        spec_section="§2",
        why=("Mild cramps are common in early pregnancy as the womb grows and stretches."),
    ),
    Rule(
        id="PREG_BLEED_SEVERE",
        title="Bleeding in pregnancy with severe pain or faintness",
        urgency=Urgency.EMERGENCY,
        condition_text=(
            "pregnant ∧ vaginal_bleeding ≠ none ∧ "
            "(nrs ≥ 7 ∨ vaginal_bleeding = heavy ∨ dizzy_or_faint)"
        ),
        advice=(
            f"{EMERGENCY_ACTION} If bleeding is heavy or you feel faint, call {{emergency}} "
            "for an ambulance. Intense pain with bleeding, heavy bleeding or feeling faint "
            "could be a sign of miscarriage or, rarely, an ectopic pregnancy (later in "
            "pregnancy: a problem with the placenta or early labour). Let your maternity unit "
            "or early pregnancy unit know as well."
        ),
        source=(
            f"{_ARTICLE} (intense pain with spotting or bleeding: immediate help); "
            "extended per Tommy's and NHS (heavy bleeding or faintness alone)"
        ),
        spec_section="§2",
        why=(
            "Bleeding in pregnancy with severe pain, heavy bleeding or feeling "
            "faint could be a sign of miscarriage or, rarely, an ectopic "
            "pregnancy (later in pregnancy: a problem with the placenta or early "
            "labour)."
        ),
    ),
    Rule(
        id="PREG_BRAXTON_HICKS_INFO",
        title="Braxton Hicks-like tightening (usually normal)",
        urgency=Urgency.INFO,
        self_care=True,
        condition_text=(
            "pregnant ∧ weeks ≥ 14 (unknown → not met) ∧ episode_duration_min ≤ 5 ∧ "
            "1 ≤ nrs ≤ 6 ∧ ¬regular_contractions. Suppressed if any rule ≥ gp fires."
        ),
        advice=(
            "Short, irregular tightenings (Braxton Hicks contractions) can cause low back pain "
            "for a few minutes and are normal. Changing position, walking or resting often "
            "helps. Contact your midwife or maternity unit if they become regular (4 in 20 "
            "minutes or 8 in an hour), stronger, longer or closer together, or come with "
            "bleeding, leaking fluid, pressure in the pelvis, diarrhoea, a new constant dull "
            "backache or fewer baby movements."
        ),
        source=(
            f"{_ARTICLE} (2nd/3rd trimester, \u201ca few minutes\u201d); Braxton Hicks "
            "characteristics from NHS-derived and parenting sources; Mayo Clinic (4 in 20 min, "
            "8 in an hour)"
        ),
        spec_section="§2",
        why=(
            "Short, irregular tightenings (Braxton Hicks contractions) are normal"
            " in pregnancy and can cause low back pain for a few minutes."
        ),
    ),
    Rule(
        id="PREG_CRAMP_DIARRHEA",
        title="Severe cramps with diarrhoea in pregnancy",
        urgency=Urgency.URGENT,
        condition_text="pregnant ∧ weeks ≥ 14 (unknown → met) ∧ nrs ≥ 7 ∧ diarrhea",
        advice=(
            "Phone your maternity unit or midwife now. Severe cramping with diarrhoea could be "
            "a sign that labour is starting; before 37 weeks that would be early (preterm) "
            "labour. It may turn out to be something else, but it needs checking today."
        ),
        source=f"{_ARTICLE} (pre-term labour); ACOG; Tommy's; Borne",
        spec_section="§2",
        why=(
            "Severe cramping with diarrhoea could be a sign that labour is "
            "starting; before 37 weeks that would be early (preterm) labour."
        ),
    ),
    Rule(
        id="NOT_IMPROVING",
        title="Back pain not improving after 2 weeks",
        urgency=Urgency.GP,
        condition_text="14 ≤ episode_length_days < 42 ∧ (baseline − current) < 2.0 (§4)",
        advice=(
            f"{GP_ACTION} Your back pain has not started to improve after 2 weeks, and most "
            "strains are clearly better by now. Getting it checked early helps avoid "
            "complications. Keep gently active in the meantime."
        ),
        source=(
            f"{_ARTICLE} (\u201csoon clears up\u201d; delay may lead to complications); "
            "NHS (\u201ca few weeks\u201d); Ostelo et al. 2008 (2-point change)"
        ),
        spec_section="§2, §4",
        why=(
            "Your back pain has not started to improve after 2 weeks, and most "
            "strains are clearly better by now."
        ),
    ),
    Rule(
        id="WORSENING_TREND",
        title="Back pain getting worse",
        urgency=Urgency.GP,
        condition_text=(
            "mean(nrs over days L−6..L) − mean(nrs over days L−13..L−7) ≥ 2.0, "
            "with ≥ 2 entries in each window (§4)"
        ),
        advice=(
            f"{GP_ACTION} Your pain has got clearly worse over the last week compared with the "
            "week before. Getting it checked early helps avoid complications."
        ),
        source=(
            f"{_ARTICLE} (delay may lead to complications); NHS (\u201cgets worse over "
            "time\u201d); Ostelo et al. 2008 (2-point change)"
        ),
        spec_section="§2, §4",
        why=("Your pain over the last week has been clearly worse than the week before."),
    ),
    Rule(
        id="RECURRENT_CRAMPS",
        title="Cramps keep coming back without an injury",
        urgency=Urgency.GP,
        condition_text=(
            "¬pregnant ∧ latest entry has trigger ∈ {none, unknown} and nrs ≥ 1 ∧ ≥ 3 separate "
            "episodes (§4) containing a non-injury pain entry dated within the last 30 days"
        ),
        advice=(
            "Book a GP appointment to ask whether checks are needed. Cramps that keep coming "
            "back without an injury can have other causes, such as kidney problems, hormonal "
            "disorders, diabetes, anaemia, low minerals, dehydration or side effects of "
            "medicines. Drink enough fluids."
        ),
        source=f"{_ARTICLE} (\u201cother factors\u201d); thresholds are a design choice",
        spec_section="§2, §4",
        why=(
            "Cramps that keep coming back without an injury can have other causes"
            " that are worth checking."
        ),
    ),
    # ---------------------------------------------------------------- §3.1: back pain red flags
    Rule(
        id="CES",
        title="Possible cauda equina syndrome",
        urgency=Urgency.EMERGENCY,
        condition_text=(
            "saddle_numbness ∨ bladder_change ∨ bowel_change ∨ sexual_dysfunction_new ∨ "
            "leg_symptoms = both_legs ∨ leg_weakness = both_legs"
        ),
        advice=(
            f"{EMERGENCY_ACTION} Do not wait for a GP appointment. These could be signs of "
            "cauda equina syndrome, a rare spinal emergency in which the nerves at the bottom "
            "of the spine are squeezed. It needs checking straight away."
        ),
        source=(
            "NHS back pain and sciatica (call 999 lists); NICE CKS; BASS 2018; "
            "GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)"
        ),
        spec_section="§3.1",
        why=(
            "Numbness around the genitals or bottom, new bladder, bowel or sexual"
            " problems, or symptoms in both legs could be signs of cauda equina "
            "syndrome. It is rare, but the nerves at the bottom of the spine need"
            " checking straight away."
        ),
    ),
    Rule(
        id="LEG_WEAKNESS",
        title="New weakness in a leg",
        urgency=Urgency.URGENT,
        condition_text="leg_weakness = one_leg",
        advice=(
            f"{URGENT_ACTION} New weakness in a leg (for example your foot catching or "
            "dragging) could be a sign of pressure on a nerve and needs assessment today. If "
            "both legs are affected, or you get numbness around your bottom or problems "
            "controlling your bladder or bowel, call {emergency} now."
        ),
        source=(
            "NICE CKS (severe or progressive neurological deficit); NHS; "
            "NHS Scotland spinal pathway (new foot drop)"
        ),
        spec_section="§3.1",
        why="New weakness in a leg could be a sign of pressure on a nerve.",
    ),
    Rule(
        id="MAJOR_TRAUMA",
        title="Back pain after a serious accident",
        urgency=Urgency.EMERGENCY,
        condition_text="trigger = accident_major",
        advice=(
            f"{EMERGENCY_ACTION} Back pain after a serious accident (such as a car crash, a "
            "fall from a height or a heavy blow) needs checking for a broken bone in the spine "
            "straight away."
        ),
        source=f"{_NHS_BACK} (started after a serious accident: call 999); NICE CKS",
        spec_section="§3.1",
        why=("After a serious accident, back pain needs checking for a broken bone in the spine."),
    ),
    Rule(
        id="FRACTURE_RISK",
        title="Possible fracture after a minor fall",
        urgency=Urgency.URGENT,
        condition_text="trigger = accident_minor ∧ (osteoporosis ∨ long_term_steroids)",
        advice=(
            f"{URGENT_ACTION} With thin bones (osteoporosis) or long-term steroid use, even a "
            "minor fall could break a bone in the spine, so get checked today."
        ),
        source=(
            "NICE CKS (minor trauma with osteoporosis or corticosteroid use); "
            "Northern HSC Trust (lists it for the emergency department)"
        ),
        spec_section="§3.1",
        why=(
            "With thin bones (osteoporosis) or long-term steroid use, even a "
            "minor fall could break a bone in the spine."
        ),
    ),
    Rule(
        id="FEVER",
        title="Back pain with a high temperature",
        urgency=Urgency.URGENT,
        condition_text="fever ∨ temperature_c ≥ 38.0",
        advice=(
            "Ask for an urgent GP appointment or contact {nonemergency} today; if you are "
            "pregnant, phone your maternity unit now. Back pain with a high temperature could "
            "be a sign of an infection, for example in the kidney, and in pregnancy a kidney "
            "infection can trigger early labour."
        ),
        source=f"{_NHS_BACK} (urgent GP or 111); NICE CKS (fever: infection); NCT; Tommy's",
        spec_section="§3.1",
        why=(
            "Back pain with a high temperature could be a sign of an infection, "
            "for example in the kidney. In pregnancy, a kidney infection can "
            "trigger early labour."
        ),
    ),
    Rule(
        id="URINARY_SYMPTOMS",
        title="Possible urine or kidney infection",
        urgency=Urgency.GP,
        condition_text="urinary_symptoms ∩ {dysuria, blood_in_urine, cloudy_or_smelly_urine} ≠ ∅",
        advice=(
            "See a GP or pharmacist within a day or two (if pregnant: your GP or midwife, as it "
            "should be treated promptly). Pain or burning when peeing, blood in the urine, or "
            "cloudy or smelly urine with back or side pain could be a sign of a urine or "
            "kidney infection."
        ),
        source=f"{_ARTICLE} (kidney problems); Tommy's (urine infection in pregnancy)",
        spec_section="§3.1",
        why=(
            "Pain or burning when peeing, blood in the urine, or cloudy or smelly"
            " urine could be a sign of a urine or kidney infection."
        ),
    ),
    Rule(
        id="WEIGHT_LOSS",
        title="Back pain with unexplained weight loss",
        urgency=Urgency.URGENT,
        condition_text="weight_loss_unexplained",
        advice=(
            f"{URGENT_ACTION} Back pain with weight loss you can't explain should be checked soon."
        ),
        source="NHS; NICE CKS (possible cancer)",
        spec_section="§3.1",
        why=(
            "Back pain with weight loss you can't explain should be checked soon."
            " Most of the time the cause is not serious."
        ),
    ),
    Rule(
        id="NIGHT_PAIN",
        title="Back pain at night or at rest",
        urgency=Urgency.URGENT,
        condition_text="night_pain",
        advice=(
            f"{URGENT_ACTION} Pain that is worse at night, or not eased by resting or lying "
            "down, should be checked."
        ),
        source="NHS; NICE CKS (persistent night pain)",
        spec_section="§3.1",
        why=(
            "Pain that is worse at night, or not eased by resting or lying down, "
            "should be checked. Most of the time the cause is not serious."
        ),
    ),
    Rule(
        id="LUMP_DEFORMITY",
        title="New lump or change in the shape of the back",
        urgency=Urgency.URGENT,
        condition_text="back_lump_or_deformity",
        advice=f"{URGENT_ACTION} A new lump or a change in the shape of your back needs checking.",
        source="NHS",
        spec_section="§3.1",
        why=(
            "A new lump or a change in the shape of your back should be looked at by a clinician."
        ),
    ),
    Rule(
        id="CHEST_PAIN",
        title="Chest pain with back pain",
        urgency=Urgency.EMERGENCY,
        condition_text="chest_pain",
        advice=(
            f"{EMERGENCY_ACTION} With chest pain, call {{emergency}} for an ambulance rather "
            "than travelling yourself. Chest pain with back pain could be a sign of a serious "
            "problem that needs help straight away."
        ),
        source="NHS (chest pain with back pain: call 999)",
        spec_section="§3.1",
        why=(
            "Chest pain with back pain could be a sign of a serious problem that "
            "needs help straight away."
        ),
    ),
    Rule(
        id="THORACIC_PAIN",
        title="Pain in the upper or middle back",
        urgency=Urgency.URGENT,
        condition_text='"thoracic" ∈ pain_locations',
        advice=(
            f"{URGENT_ACTION} Pain coming from the upper or middle back (between or below the "
            "shoulder blades) rather than the low back should be checked. It is often "
            "muscular, but a clinician should look at it."
        ),
        source="NHS (urgent list); NICE CG75 (thoracic pain in people with cancer)",
        spec_section="§3.1",
        why=(
            "Pain in the upper or middle back is often muscular, but it should be"
            " checked by a clinician."
        ),
    ),
    Rule(
        id="CANCER_HISTORY",
        title="New back pain after cancer",
        urgency=Urgency.URGENT,
        condition_text="history_of_cancer ∧ nrs ≥ 1 → urgent",
        advice=(
            "Contact your cancer team or GP today (or {nonemergency} if you cannot reach "
            "them): after cancer, new back pain should be checked within 24 hours. If you get "
            "numbness, weakness, or changes in bladder or bowel control, call {emergency} or "
            "go to {emergency_department} now."
        ),
        escalated_urgency=Urgency.EMERGENCY,
        escalated_condition_text=(
            "emergency if any neuro sign (nerve_symptoms ≠ ∅ ∨ leg_symptoms ≠ none ∨ "
            "leg_weakness ≠ none ∨ saddle/bladder/bowel/sexual change)"
        ),
        escalated_advice=(
            f"{EMERGENCY_ACTION} After cancer, back pain with numbness, tingling, weakness, or "
            "changes in bladder, bowel or sexual function could be a sign of pressure on the "
            "spinal cord or nerves, which needs checking straight away. Let your cancer team "
            "know as well."
        ),
        source=(
            "NICE CKS; NICE CG75 (metastatic spinal cord compression: within 24 hours, "
            "immediately with neurological symptoms), replaced by NICE NG234 (2023)"
        ),
        spec_section="§3.1",
        why=(
            "After cancer, new back pain should be checked by your cancer team or GP "
            "within 24 hours."
        ),
        escalated_why=(
            "After cancer, back pain with numbness, tingling, weakness, or "
            "changes in bladder, bowel or sexual function could be a sign of "
            "pressure on the spinal cord or nerves."
        ),
    ),
    Rule(
        id="AGE_OVER_50_NEW",
        title="First back pain after the age of 50",
        urgency=Urgency.GP,
        condition_text="age_years > 50 ∧ ¬prior_back_pain ∧ nrs ≥ 1",
        advice=(
            "Book a GP appointment. Back pain starting for the first time after the age of 50 "
            "is usually still harmless, but it should be checked by a GP."
        ),
        source="NICE CKS (new onset over 50; over 55 in some guidelines)",
        spec_section="§3.1",
        why=(
            "Back pain starting for the first time after the age of 50 is usually"
            " still harmless, but it should be checked by a GP."
        ),
    ),
    Rule(
        id="PERSISTENT_6W",
        title="Back pain lasting more than 6 weeks",
        urgency=Urgency.GP,
        condition_text="episode_length_days ≥ 42 (§4)",
        advice=(
            f"{GP_ACTION} Back pain lasting more than 6 weeks is called \u201cpersistent\u201d. "
            "Ask about a structured exercise programme and other options. Keep gently active "
            "in the meantime."
        ),
        source=(
            "NICE CG88 (persistent: more than 6 weeks); NHS sciatica (4\u20136 weeks); "
            "NICE CKS (failure to improve after one month)"
        ),
        spec_section="§3.1, §4",
        why=(
            "Back pain lasting more than 6 weeks is called "
            "\u201cpersistent\u201d, and a structured plan can help."
        ),
    ),
    # ---------------------------------------------------------------- §3.2: pregnancy warning signs
    Rule(
        id="PREG_BLEED",
        title="Bleeding in pregnancy",
        urgency=Urgency.URGENT,
        condition_text=(
            "pregnant ∧ vaginal_bleeding ∈ {spotting, light} ∧ nrs ≤ 6 ∧ ¬dizzy_or_faint "
            "(i.e. not PREG_BLEED_SEVERE)"
        ),
        advice=(
            "Get this checked today: contact your midwife, GP, early pregnancy unit or "
            "{nonemergency}. Any bleeding in pregnancy should be checked the same day. "
            "Under 12 weeks: contact your GP, early pregnancy unit or {nonemergency} today. "
            "From 12 weeks: get urgent help from your GP, midwife, {nonemergency} or "
            "{emergency_department}. From 20 weeks: phone your maternity unit straight away. "
            "Wear a pad, not a tampon, and note how much you bleed. If the bleeding becomes "
            "heavy, the pain becomes severe or you feel faint, call {emergency}."
        ),
        source="Tommy's (miscarriage and bleeding in pregnancy, NHS-based)",
        spec_section="§3.2",
        why=(
            "Any bleeding in pregnancy should be checked the same day, even if it"
            " is light and not painful."
        ),
    ),
    Rule(
        id="PREG_ECTOPIC_SIGNS",
        title="Possible signs of ectopic pregnancy",
        urgency=Urgency.URGENT,
        condition_text=(
            "pregnant ∧ weeks ≤ 13 (unknown → met) ∧ "
            "(shoulder_tip_pain ∨ one_sided_lower_abdominal_pain) → urgent"
        ),
        advice=(
            "Contact your GP, early pregnancy unit or {nonemergency} now. Pain low in your "
            "tummy on one side, or pain in the tip of your shoulder, in early pregnancy could "
            "be a sign of an ectopic pregnancy. Call {emergency} if the pain is sudden and "
            "severe or you feel very dizzy or faint."
        ),
        escalated_urgency=Urgency.EMERGENCY,
        escalated_condition_text="emergency if dizzy_or_faint ∨ nrs ≥ 7",
        escalated_advice=(
            f"{EMERGENCY_ACTION} Pain low in your tummy on one side, or pain in the tip of "
            "your shoulder, with severe pain or feeling faint in early pregnancy could be a "
            "sign of an ectopic pregnancy, which needs help straight away."
        ),
        source=(
            "NHS-derived pages (healthforunder5s.co.uk, Ectopic Pregnancy Trust, Tommy's, "
            "Leeds Teaching Hospitals)"
        ),
        spec_section="§3.2",
        why=(
            "Pain low in your tummy on one side, or pain in the tip of your "
            "shoulder, in early pregnancy could be a sign of an ectopic "
            "pregnancy."
        ),
        escalated_why=(
            "One-sided low tummy pain or shoulder-tip pain in early pregnancy, "
            "with severe pain or feeling faint, could be a sign of an ectopic "
            "pregnancy that needs help straight away."
        ),
    ),
    Rule(
        id="PREG_PRETERM_SIGNS",
        title="Possible signs of early (preterm) labour",
        urgency=Urgency.URGENT,
        condition_text=(
            "pregnant ∧ 14 ≤ weeks ≤ 36 (unknown → met) ∧ "
            "(regular_contractions ∨ pelvic_pressure ∨ (diarrhea ∧ 1 ≤ nrs ≤ 6))"
        ),
        advice=(
            "Phone your maternity unit now. Regular tightenings, pressure in the pelvis, or "
            "cramps with diarrhoea before 37 weeks could be signs of early labour, as can a new "
            "constant dull backache. Most turn out not to be labour, but it must be checked."
        ),
        source="Tommy's; ACOG FAQ (preterm labour); Mayo Clinic (4 in 20 minutes, 8 in an hour)",
        spec_section="§3.2",
        why=(
            "Regular tightenings, pressure in the pelvis, or cramps with "
            "diarrhoea before 37 weeks could be signs of early labour. Most turn "
            "out not to be labour, but it must be checked."
        ),
    ),
    Rule(
        id="PREG_TERM_LABOUR",
        title="Possible labour (37 weeks or more)",
        urgency=Urgency.URGENT,
        condition_text="pregnant ∧ weeks ≥ 37 (unknown → met) ∧ regular_contractions",
        advice=(
            "Phone your maternity unit or midwife now for advice, as planned. Regular back "
            "pain or tightenings from 37 weeks could be a sign of labour."
        ),
        source="NHS; Tommy's (term = 37 weeks or more)",
        spec_section="§3.2",
        why=("Regular back pain or tightenings from 37 weeks could be a sign of labour."),
    ),
    Rule(
        id="PREG_FLUID_LEAK",
        title="Possible waters breaking",
        urgency=Urgency.URGENT,
        condition_text="pregnant ∧ fluid_leak",
        advice=(
            "Call your maternity unit now (straight away if the fluid is green, brown or "
            "smelly). A gush or trickle of fluid could be your waters breaking."
        ),
        source="Tommy's",
        spec_section="§3.2",
        why="A gush or trickle of fluid could be your waters breaking.",
    ),
    Rule(
        id="PREG_REDUCED_MOVEMENTS",
        title="Baby moving less than usual",
        urgency=Urgency.URGENT,
        condition_text="pregnant ∧ weeks ≥ 24 (unknown → met) ∧ reduced_fetal_movements",
        advice=(
            "Call your maternity unit now. Don't wait until tomorrow. A baby moving less than "
            "usual needs checking the same day."
        ),
        source="Tommy's; Kicks Count; RCOG-based NHS trust pages",
        spec_section="§3.2",
        why="A baby moving less than usual needs checking the same day.",
    ),
    Rule(
        id="PREG_PREECLAMPSIA",
        title="Possible signs of pre-eclampsia",
        urgency=Urgency.URGENT,
        condition_text="pregnant ∧ weeks ≥ 20 (unknown → met) ∧ preeclampsia_signs ≠ ∅",
        advice=(
            "Contact your midwife, maternity unit or {nonemergency} now. A severe headache, "
            "vision changes, sudden swelling of the face, hands or feet, or pain just below the "
            "ribs could be signs of pre-eclampsia."
        ),
        source="Action on Pre-eclampsia; Mayo Clinic; NHS trust maternity pages",
        spec_section="§3.2",
        why=(
            "A severe headache, vision changes, sudden swelling of the face, "
            "hands or feet, or pain just below the ribs could be signs of pre-"
            "eclampsia."
        ),
    ),
    Rule(
        id="PREG_NSAID",
        title="Anti-inflammatory painkiller in pregnancy",
        urgency=Urgency.GP,
        condition_text="pregnant ∧ nsaid_taken",
        advice=(
            "Anti-inflammatory painkillers (ibuprofen, naproxen, diclofenac\u2026) are not "
            "recommended in pregnancy unless prescribed. They must not be used after 28 weeks, "
            "and prolonged use from 20 weeks can harm the baby's kidneys. Paracetamol is "
            "usually the first choice. Speak to your pharmacist or midwife."
        ),
        source=(
            "MHRA Drug Safety Update (NSAIDs contraindicated after 28 weeks; prolonged use "
            "from 20 weeks); FDA 2020; NHS and Boots pharmacy advice"
        ),
        spec_section="§3.2",
        why=(
            "Anti-inflammatory painkillers are not recommended in pregnancy "
            "unless prescribed, and must not be used after 28 weeks."
        ),
    ),
    Rule(
        id="PREG_SEVERE_PAIN",
        title="Severe pain in pregnancy",
        urgency=Urgency.URGENT,
        fallback=True,
        condition_text="pregnant ∧ nrs ≥ 7 ∧ no other PREG_* rule ≥ urgent fired",
        advice=(
            "Phone your midwife or maternity unit now. Severe back or tummy pain in pregnancy "
            "should be checked today."
        ),
        source=(
            "Tommy's (don't delay with strong pain); patient-facing sources (intense or abrupt "
            "back pain: contact your provider); generalises the article's \u201cintense\u201d"
        ),
        spec_section="§3.2",
        why="Severe back or tummy pain in pregnancy should be checked today.",
    ),
)

_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule(rule_id: str) -> Rule:
    """Return the rule with identifier ``rule_id``.

    Raises:
        KeyError: for an unknown identifier.
    """
    try:
        return _BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"unknown red-flag rule {rule_id!r}") from None
