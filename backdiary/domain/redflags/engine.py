"""The red-flag engine: evaluate one diary entry against its history and the profile.

Standard library only. :func:`evaluate` checks every rule of
:data:`~backdiary.domain.redflags.rules.RULES` with the small condition functions below
(one per rule, in the table's order, each quoting the spec's condition), then applies
the evaluation semantics of the spec (§1.3):

1. every rule whose condition holds fires;
2. ``PREG_SEVERE_PAIN`` fires only when no other ``PREG_*`` rule at ``urgent`` or above
   fired;
3. the self-care ``info`` rules are dropped when any rule at ``gp`` or above fired;
4. with an unknown gestational week (pregnant, no week), ``gp``-and-above rules treat
   their week condition as met and ``info`` rules as not met.

Findings come back sorted by urgency, highest first, and by rule id within an urgency
(the order of ``expected_flags`` in the scenario file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from backdiary.domain.medications import is_nsaid
from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    Location,
    Onset,
    Profile,
    Trigger,
)
from backdiary.domain.redflags.history import (
    ContractionCounts,
    EpisodeProgress,
    Trend,
    contraction_counts,
    current_episode,
    episode_progress,
    is_non_injury_pain,
    recurrent_episode_count,
    worsening_trend,
)
from backdiary.domain.redflags.rules import (
    AGE_NEW_PAIN_OVER,
    BRAXTON_HICKS_MAX_MIN,
    FEVER_MIN_C,
    NOT_IMPROVING_MIN_DAYS,
    NRS_MILD_MAX,
    NRS_MIN_IMPORTANT_CHANGE,
    NRS_SEVERE,
    PERSISTENT_MIN_DAYS,
    RECURRENT_MIN_EPISODES,
    RECURRENT_WINDOW_DAYS,
    RULES,
    WEEKS_EARLY_MAX,
    WEEKS_FETAL_MOVEMENTS_MIN,
    WEEKS_PREECLAMPSIA_MIN,
    WEEKS_PRETERM_MAX,
    WEEKS_SECOND_TRIMESTER_MIN,
    WEEKS_TERM_MIN,
    Urgency,
    rule,
)

#: Evidence text for the fail-safe reading of an unknown gestational week (§1.3.3).
WEEK_UNKNOWN_MET = "gestational_weeks unknown (treated as met)"


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired for an entry.

    Attributes:
        rule: the rule's identifier (see :func:`~backdiary.domain.redflags.rules.rule`).
        urgency: the urgency it fired with.
        evidence: short texts saying what triggered it (``"nrs=7"``,
            ``"vaginal_bleeding=spotting"``, :data:`WEEK_UNKNOWN_MET`…).
    """

    rule: str
    urgency: Urgency
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Hit:
    """A condition that holds: its evidence, and whether the rule's escalation applies."""

    evidence: tuple[str, ...]
    escalated: bool = False


def _hit(*evidence: str | None, escalated: bool = False) -> _Hit:
    return _Hit(tuple(e for e in evidence if e), escalated)


@dataclass(frozen=True, slots=True)
class _Facts:
    """Everything the conditions read, computed once per evaluation."""

    entry: Entry
    profile: Profile
    age: int
    contractions: ContractionCounts
    progress: EpisodeProgress | None
    trend: Trend
    recurrent_episodes: int


def _facts(profile: Profile, entry: Entry, history: Sequence[Entry]) -> _Facts:
    earlier = [e for e in history if e.id != entry.id and e.instant <= entry.instant]
    earlier.sort(key=lambda e: e.instant)
    timeline = (*earlier, entry)
    episode = current_episode(timeline)
    return _Facts(
        entry=entry,
        profile=profile,
        age=profile.age_on(entry.local_date),
        contractions=contraction_counts(timeline),
        progress=None if episode is None else episode_progress(episode),
        trend=worsening_trend(timeline),
        recurrent_episodes=recurrent_episode_count(timeline),
    )


# --------------------------------------------------------------------------- small helpers
def _fmt(value: Fraction | float) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _week_red(f: _Facts, low: int | None = None, high: int | None = None) -> str | None:
    """The week condition low ≤ weeks ≤ high for a red-flag rule: unknown week → met."""
    weeks = f.entry.gestational_weeks
    if weeks is None:
        return WEEK_UNKNOWN_MET
    return _week_known(weeks, low, high)


def _week_info(f: _Facts, low: int | None = None, high: int | None = None) -> str | None:
    """The week condition low ≤ weeks ≤ high for an info rule: unknown week → not met."""
    weeks = f.entry.gestational_weeks
    if weeks is None:
        return None
    return _week_known(weeks, low, high)


def _week_known(weeks: int, low: int | None, high: int | None) -> str | None:
    if low is not None and weeks < low:
        return None
    if high is not None and weeks > high:
        return None
    return f"gestational_weeks={weeks}"


def _nrs(f: _Facts) -> str:
    return f"nrs={f.entry.nrs}"


def _mild(f: _Facts) -> bool:
    """1 ≤ nrs ≤ 6."""
    return 1 <= f.entry.nrs <= NRS_MILD_MAX


def _severe(f: _Facts) -> bool:
    """nrs ≥ 7."""
    return f.entry.nrs >= NRS_SEVERE


def _regular_evidence(f: _Facts) -> str:
    return ", ".join(f"{found} in {minutes} min" for minutes, found, _ in f.contractions.counts)


def _neuro_signs(e: Entry) -> list[str]:
    """The neurological signs CANCER_HISTORY escalates on."""
    signs = [f"nerve_symptoms={s.value}" for s in sorted(e.nerve_symptoms)]
    if e.leg_symptoms is not LegExtent.NONE:
        signs.append(f"leg_symptoms={e.leg_symptoms.value}")
    if e.leg_weakness is not LegExtent.NONE:
        signs.append(f"leg_weakness={e.leg_weakness.value}")
    for name in ("saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new"):
        if getattr(e, name):
            signs.append(name)
    return signs


# --------------------------------------------------------------------------- §2 conditions
_INJURY_TRIGGERS = frozenset(
    {Trigger.SPORT, Trigger.EXERCISE, Trigger.LIFTING, Trigger.ACCIDENT_MINOR}
)


def _injury_strain(f: _Facts) -> _Hit | None:
    """trigger ∈ {sport, exercise, lifting, accident_minor} ∧ onset = sudden ∧ nrs ≥ 1."""
    e = f.entry
    if e.trigger in _INJURY_TRIGGERS and e.onset is Onset.SUDDEN and e.nrs >= 1:
        return _hit(f"trigger={e.trigger.value}", "onset=sudden", _nrs(f))
    return None


def _nerve_symptoms(f: _Facts) -> _Hit | None:
    """nerve_symptoms ≠ ∅ ∨ leg_symptoms ∈ {one_leg, both_legs}."""
    e = f.entry
    evidence = [f"nerve_symptoms={s.value}" for s in sorted(e.nerve_symptoms)]
    if e.leg_symptoms is not LegExtent.NONE:
        evidence.append(f"leg_symptoms={e.leg_symptoms.value}")
    return _hit(*evidence) if evidence else None


def _preg_early_cramp_info(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≤ 13 (unknown → not met) ∧ 1 ≤ nrs ≤ 6."""
    if not f.entry.pregnant or not _mild(f):
        return None
    week = _week_info(f, high=WEEKS_EARLY_MAX)
    return _hit(week, _nrs(f)) if week else None


def _preg_bleed_severe(f: _Facts) -> _Hit | None:
    """pregnant ∧ vaginal_bleeding ≠ none ∧ (nrs ≥ 7 ∨ heavy ∨ dizzy_or_faint)."""
    e = f.entry
    if not e.pregnant or e.vaginal_bleeding is Bleeding.NONE:
        return None
    why = [
        _nrs(f) if _severe(f) else None,
        "vaginal_bleeding=heavy" if e.vaginal_bleeding is Bleeding.HEAVY else None,
        "dizzy_or_faint" if e.dizzy_or_faint else None,
    ]
    if not any(why):
        return None
    return _hit(f"vaginal_bleeding={e.vaginal_bleeding.value}", *why)


def _preg_braxton_hicks_info(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≥ 14 (unknown → not met) ∧ duration ≤ 5 ∧ 1 ≤ nrs ≤ 6 ∧ ¬regular."""
    e = f.entry
    duration = e.episode_duration_min
    if not e.pregnant or duration is None or duration > BRAXTON_HICKS_MAX_MIN or not _mild(f):
        return None
    if f.contractions.regular:
        return None
    week = _week_info(f, low=WEEKS_SECOND_TRIMESTER_MIN)
    if week is None:
        return None
    return _hit(
        week,
        f"episode_duration_min={_fmt(duration)}",
        _nrs(f),
        f"not regular ({_regular_evidence(f)})",
    )


def _preg_cramp_diarrhea(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≥ 14 (unknown → met) ∧ nrs ≥ 7 ∧ diarrhea."""
    if not f.entry.pregnant or not _severe(f) or not f.entry.diarrhea:
        return None
    week = _week_red(f, low=WEEKS_SECOND_TRIMESTER_MIN)
    return _hit(week, _nrs(f), "diarrhea") if week else None


def _not_improving(f: _Facts) -> _Hit | None:
    """14 ≤ episode_length_days < 42 ∧ baseline − current < 2.0."""
    p = f.progress
    if p is None or not NOT_IMPROVING_MIN_DAYS <= p.length_days < PERSISTENT_MIN_DAYS:
        return None
    if p.improvement >= NRS_MIN_IMPORTANT_CHANGE:
        return None
    return _hit(
        f"episode_length_days={p.length_days}",
        f"baseline={_fmt(p.baseline)}",
        f"current={_fmt(p.current)}",
        f"improvement={_fmt(p.improvement)} < 2",
    )


def _worsening_trend(f: _Facts) -> _Hit | None:
    """mean(L−6..L) − mean(L−13..L−7) ≥ 2.0 with ≥ 2 entries in each window."""
    t = f.trend
    delta = t.delta
    if delta is None or delta < NRS_MIN_IMPORTANT_CHANGE:
        return None
    assert t.current_mean is not None and t.previous_mean is not None
    return _hit(
        f"mean last 7 days={_fmt(t.current_mean)} ({t.current_count} entries)",
        f"mean previous 7 days={_fmt(t.previous_mean)} ({t.previous_count} entries)",
        f"rise={_fmt(delta)}",
    )


def _recurrent_cramps(f: _Facts) -> _Hit | None:
    """¬pregnant ∧ latest is a non-injury pain entry ∧ ≥ 3 such episodes in 30 days."""
    e = f.entry
    if e.pregnant or not is_non_injury_pain(e) or f.recurrent_episodes < RECURRENT_MIN_EPISODES:
        return None
    return _hit(
        f"trigger={e.trigger.value}",
        _nrs(f),
        f"{f.recurrent_episodes} episodes in {RECURRENT_WINDOW_DAYS} days",
    )


# --------------------------------------------------------------------------- §3.1 conditions
def _ces(f: _Facts) -> _Hit | None:
    """saddle ∨ bladder ∨ bowel ∨ sexual change ∨ leg_symptoms/leg_weakness = both_legs."""
    e = f.entry
    evidence = [
        name
        for name in ("saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new")
        if getattr(e, name)
    ]
    if e.leg_symptoms is LegExtent.BOTH_LEGS:
        evidence.append("leg_symptoms=both_legs")
    if e.leg_weakness is LegExtent.BOTH_LEGS:
        evidence.append("leg_weakness=both_legs")
    return _hit(*evidence) if evidence else None


def _leg_weakness(f: _Facts) -> _Hit | None:
    """leg_weakness = one_leg."""
    return _hit("leg_weakness=one_leg") if f.entry.leg_weakness is LegExtent.ONE_LEG else None


def _major_trauma(f: _Facts) -> _Hit | None:
    """trigger = accident_major."""
    return _hit("trigger=accident_major") if f.entry.trigger is Trigger.ACCIDENT_MAJOR else None


def _fracture_risk(f: _Facts) -> _Hit | None:
    """trigger = accident_minor ∧ (osteoporosis ∨ long_term_steroids)."""
    if f.entry.trigger is not Trigger.ACCIDENT_MINOR:
        return None
    risks = [name for name in ("osteoporosis", "long_term_steroids") if getattr(f.profile, name)]
    return _hit("trigger=accident_minor", *risks) if risks else None


def _fever(f: _Facts) -> _Hit | None:
    """fever ∨ temperature_c ≥ 38.0."""
    e = f.entry
    temp = e.temperature_c
    evidence = [
        "fever" if e.fever else None,
        f"temperature_c={_fmt(temp)}" if temp is not None and temp >= FEVER_MIN_C else None,
    ]
    return _hit(*evidence) if any(evidence) else None


def _urinary_symptoms(f: _Facts) -> _Hit | None:
    """urinary_symptoms ≠ ∅."""
    symptoms = sorted(f.entry.urinary_symptoms)
    return _hit(*(f"urinary_symptoms={s.value}" for s in symptoms)) if symptoms else None


def _flag(name: str) -> Callable[[_Facts], _Hit | None]:
    """A condition that is one boolean entry field."""

    def check(f: _Facts) -> _Hit | None:
        return _hit(name) if getattr(f.entry, name) else None

    check.__doc__ = f"{name}."
    return check


def _thoracic_pain(f: _Facts) -> _Hit | None:
    """The pain locations include "thoracic"."""
    return _hit("pain_locations=thoracic") if Location.THORACIC in f.entry.pain_locations else None


def _cancer_history(f: _Facts) -> _Hit | None:
    """history_of_cancer ∧ nrs ≥ 1 → urgent; emergency with any neurological sign."""
    if not f.profile.history_of_cancer or f.entry.nrs < 1:
        return None
    signs = _neuro_signs(f.entry)
    return _hit("history_of_cancer", _nrs(f), *signs, escalated=bool(signs))


def _age_over_50_new(f: _Facts) -> _Hit | None:
    """age_years > 50 ∧ ¬prior_back_pain ∧ nrs ≥ 1."""
    if f.age > AGE_NEW_PAIN_OVER and not f.profile.prior_back_pain and f.entry.nrs >= 1:
        return _hit(f"age={f.age}", "prior_back_pain=false", _nrs(f))
    return None


def _persistent_6w(f: _Facts) -> _Hit | None:
    """episode_length_days ≥ 42."""
    p = f.progress
    if p is None or p.length_days < PERSISTENT_MIN_DAYS:
        return None
    return _hit(f"episode_length_days={p.length_days}")


# --------------------------------------------------------------------------- §3.2 conditions
def _preg_bleed(f: _Facts) -> _Hit | None:
    """pregnant ∧ vaginal_bleeding ∈ {spotting, light} ∧ nrs ≤ 6 ∧ ¬dizzy_or_faint."""
    e = f.entry
    if (
        e.pregnant
        and e.vaginal_bleeding in (Bleeding.SPOTTING, Bleeding.LIGHT)
        and e.nrs <= NRS_MILD_MAX
        and not e.dizzy_or_faint
    ):
        return _hit(f"vaginal_bleeding={e.vaginal_bleeding.value}", _nrs(f))
    return None


def _preg_ectopic_signs(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≤ 13 (unknown → met) ∧ (shoulder-tip ∨ one-sided pain); emergency
    if dizzy_or_faint ∨ nrs ≥ 7."""
    e = f.entry
    if not e.pregnant:
        return None
    signs = [
        name for name in ("shoulder_tip_pain", "one_sided_lower_abdominal_pain") if getattr(e, name)
    ]
    week = _week_red(f, high=WEEKS_EARLY_MAX)
    if not signs or week is None:
        return None
    worse = ["dizzy_or_faint" if e.dizzy_or_faint else None, _nrs(f) if _severe(f) else None]
    return _hit(week, *signs, *worse, escalated=any(worse))


def _preg_preterm_signs(f: _Facts) -> _Hit | None:
    """pregnant ∧ 14 ≤ weeks ≤ 36 (unknown → met) ∧
    (regular_contractions ∨ pelvic_pressure ∨ (diarrhea ∧ 1 ≤ nrs ≤ 6))."""
    e = f.entry
    if not e.pregnant:
        return None
    why = [
        f"regular contractions ({_regular_evidence(f)})" if f.contractions.regular else None,
        "pelvic_pressure" if e.pelvic_pressure else None,
        f"diarrhea with {_nrs(f)}" if e.diarrhea and _mild(f) else None,
    ]
    week = _week_red(f, WEEKS_SECOND_TRIMESTER_MIN, WEEKS_PRETERM_MAX)
    if not any(why) or week is None:
        return None
    return _hit(week, *why)


def _preg_term_labour(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≥ 37 (unknown → met) ∧ regular_contractions."""
    if not f.entry.pregnant or not f.contractions.regular:
        return None
    week = _week_red(f, low=WEEKS_TERM_MIN)
    return _hit(week, f"regular contractions ({_regular_evidence(f)})") if week else None


def _preg_fluid_leak(f: _Facts) -> _Hit | None:
    """pregnant ∧ fluid_leak."""
    return _hit("fluid_leak") if f.entry.pregnant and f.entry.fluid_leak else None


def _preg_reduced_movements(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≥ 24 (unknown → met) ∧ reduced_fetal_movements."""
    if not f.entry.pregnant or not f.entry.reduced_fetal_movements:
        return None
    week = _week_red(f, low=WEEKS_FETAL_MOVEMENTS_MIN)
    return _hit(week, "reduced_fetal_movements") if week else None


def _preg_preeclampsia(f: _Facts) -> _Hit | None:
    """pregnant ∧ weeks ≥ 20 (unknown → met) ∧ preeclampsia_signs ≠ ∅."""
    signs = sorted(f.entry.preeclampsia_signs)
    if not f.entry.pregnant or not signs:
        return None
    week = _week_red(f, low=WEEKS_PREECLAMPSIA_MIN)
    return _hit(week, *(f"preeclampsia_signs={s.value}" for s in signs)) if week else None


def _preg_nsaid(f: _Facts) -> _Hit | None:
    """pregnant ∧ nsaid_taken (low-dose aspirin excluded by the medication classifier)."""
    if not f.entry.pregnant or not f.entry.effective_nsaid_taken:
        return None
    names = [m.name for m in f.entry.medications if is_nsaid(m)]
    return _hit("nsaid_taken", *(f"medication={n}" for n in names[:3]))


def _preg_severe_pain(f: _Facts) -> _Hit | None:
    """pregnant ∧ nrs ≥ 7 (the "no other PREG_* ≥ urgent" part is applied by evaluate)."""
    return _hit(_nrs(f)) if f.entry.pregnant and _severe(f) else None


Check = Callable[[_Facts], _Hit | None]

#: The condition of each rule, in the order of the table.
CHECKS: dict[str, Check] = {
    "INJURY_STRAIN": _injury_strain,
    "NERVE_SYMPTOMS": _nerve_symptoms,
    "PREG_EARLY_CRAMP_INFO": _preg_early_cramp_info,
    "PREG_BLEED_SEVERE": _preg_bleed_severe,
    "PREG_BRAXTON_HICKS_INFO": _preg_braxton_hicks_info,
    "PREG_CRAMP_DIARRHEA": _preg_cramp_diarrhea,
    "NOT_IMPROVING": _not_improving,
    "WORSENING_TREND": _worsening_trend,
    "RECURRENT_CRAMPS": _recurrent_cramps,
    "CES": _ces,
    "LEG_WEAKNESS": _leg_weakness,
    "MAJOR_TRAUMA": _major_trauma,
    "FRACTURE_RISK": _fracture_risk,
    "FEVER": _fever,
    "URINARY_SYMPTOMS": _urinary_symptoms,
    "WEIGHT_LOSS": _flag("weight_loss_unexplained"),
    "NIGHT_PAIN": _flag("night_pain"),
    "LUMP_DEFORMITY": _flag("back_lump_or_deformity"),
    "CHEST_PAIN": _flag("chest_pain"),
    "THORACIC_PAIN": _thoracic_pain,
    "CANCER_HISTORY": _cancer_history,
    "AGE_OVER_50_NEW": _age_over_50_new,
    "PERSISTENT_6W": _persistent_6w,
    "PREG_BLEED": _preg_bleed,
    "PREG_ECTOPIC_SIGNS": _preg_ectopic_signs,
    "PREG_PRETERM_SIGNS": _preg_preterm_signs,
    "PREG_TERM_LABOUR": _preg_term_labour,
    "PREG_FLUID_LEAK": _preg_fluid_leak,
    "PREG_REDUCED_MOVEMENTS": _preg_reduced_movements,
    "PREG_PREECLAMPSIA": _preg_preeclampsia,
    "PREG_NSAID": _preg_nsaid,
    "PREG_SEVERE_PAIN": _preg_severe_pain,
}

if list(CHECKS) != [r.id for r in RULES]:  # pragma: no cover - guards edits of either table
    raise RuntimeError("CHECKS and RULES must list the same rules in the same order")


def evaluate(profile: Profile, entry: Entry, history: Sequence[Entry]) -> list[Finding]:
    """Evaluate ``entry`` against the earlier entries and the profile (spec §1.3).

    Args:
        profile: the person's profile (age from ``profile.age_on(entry.local_date)``).
        entry: the entry being saved or evaluated; it is the latest entry (date L).
        history: the earlier entries, in any order. Entries later than ``entry`` and
            ``entry`` itself (same id) are ignored.

    Returns:
        The findings, highest urgency first; rules of equal urgency in order of
        their ids.
    """
    return evaluate_facts(_facts(profile, entry, history))


#: The rules in evaluation order: ordinary rules first, then the fallback.
_EVALUATION_ORDER = sorted(RULES, key=lambda r: r.fallback)


def evaluate_facts(facts: _Facts) -> list[Finding]:
    """Apply the rules (§1.3) to facts already computed (see :func:`evaluate`).

    :mod:`backdiary.domain.redflags.stream` computes the history facts of a
    time-ordered stream incrementally and calls this for each entry.
    """
    fired: dict[str, Finding] = {}
    # Ordinary rules first, then the fallback (it depends on what the others did).
    for r in _EVALUATION_ORDER:
        if r.fallback and any(
            f.urgency >= Urgency.URGENT and rule(f.rule).is_pregnancy_rule for f in fired.values()
        ):
            continue
        hit = CHECKS[r.id](facts)
        if hit is None:
            continue
        urgency = r.escalated_urgency if hit.escalated and r.escalated_urgency else r.urgency
        fired[r.id] = Finding(r.id, urgency, hit.evidence)
    findings = [fired[r.id] for r in RULES if r.id in fired]
    if any(f.urgency >= Urgency.GP for f in findings):
        findings = [f for f in findings if not rule(f.rule).self_care]
    return sorted(findings, key=lambda f: (-f.urgency.rank, f.rule))
