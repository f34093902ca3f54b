"""The pain diary's vocabulary: entries, medications, the profile and pregnancies.

Pure Python (no Qt, no SQLAlchemy). Every value object validates itself in
``__post_init__`` and raises :class:`ValidationError` naming the field, so the
same rules hold for the GUI form, the command line and imports. The database
repeats the important ones as CHECK constraints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

MAX_NOTES_CHARS = 10_000
MAX_TAG_CHARS = 60
MAX_TEXT_CHARS = 200


class ValidationError(ValueError):
    """A value that does not fit the diary's rules.

    Attributes:
        field: the exchange-format key the problem is about (``"nrs"``, ``"pain_locations"``…).
        message: a short, user-facing explanation.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Onset(StrEnum):
    SUDDEN = "sudden"
    GRADUAL = "gradual"


class Trigger(StrEnum):
    NONE = "none"
    UNKNOWN = "unknown"
    SPORT = "sport"
    EXERCISE = "exercise"
    LIFTING = "lifting"
    ACCIDENT_MINOR = "accident_minor"
    ACCIDENT_MAJOR = "accident_major"
    OTHER = "other"


class Location(StrEnum):
    LOWER_BACK = "lower_back"
    THORACIC = "thoracic"
    BUTTOCK = "buttock"
    LEFT_LEG = "left_leg"
    RIGHT_LEG = "right_leg"
    FLANK_LEFT = "flank_left"
    FLANK_RIGHT = "flank_right"
    LOWER_ABDOMEN = "lower_abdomen"


class Quality(StrEnum):
    ACHING = "aching"
    CRAMPING = "cramping"
    SHARP = "sharp"
    STABBING = "stabbing"
    SHOOTING = "shooting"
    THROBBING = "throbbing"
    ELECTRIC = "electric"
    STIFF = "stiff"
    TENDER = "tender"


class NerveSymptom(StrEnum):
    NUMBNESS = "numbness"
    BURNING = "burning"
    TINGLING = "tingling"


class LegExtent(StrEnum):
    """How many legs a symptom reaches (``leg_symptoms``, ``leg_weakness``)."""

    NONE = "none"
    ONE_LEG = "one_leg"
    BOTH_LEGS = "both_legs"


class UrinarySymptom(StrEnum):
    DYSURIA = "dysuria"
    BLOOD_IN_URINE = "blood_in_urine"
    CLOUDY_OR_SMELLY_URINE = "cloudy_or_smelly_urine"


class Bleeding(StrEnum):
    NONE = "none"
    SPOTTING = "spotting"
    LIGHT = "light"
    HEAVY = "heavy"


class PreeclampsiaSign(StrEnum):
    SEVERE_HEADACHE = "severe_headache"
    VISION_CHANGES = "vision_changes"
    SUDDEN_SWELLING = "sudden_swelling"
    PAIN_BELOW_RIBS = "pain_below_ribs"


class ReliefHelped(StrEnum):
    YES = "yes"
    SOMEWHAT = "somewhat"
    NO = "no"


#: Suggested aggravating-factor tags; users may add their own.
COMMON_FACTORS: tuple[str, ...] = (
    "prolonged_sitting",
    "posture",
    "stress",
    "dehydration",
    "poor_sleep",
    "cold",
)

#: Suggested relief tags; users may add their own.
COMMON_RELIEF: tuple[str, ...] = (
    "rest",
    "heat",
    "cold",
    "stretching",
    "physio_exercises",
    "walking",
    "massage",
    "pain_relief",
)


def new_entry_id() -> str:
    """Return a fresh, stable entry identifier (a UUID4 string)."""
    import uuid  # noqa: PLC0415 (uuid imports platform; only new entries need it)

    return str(uuid.uuid4())


def check_text(field_name: str, text: str, limit: int) -> str:
    """Refuse text a diary cannot store faithfully; return it unchanged otherwise."""
    if len(text) > limit:
        raise ValidationError(field_name, f"is {len(text)} characters long; at most {limit} fit")
    if "\x00" in text:
        raise ValidationError(field_name, "contains a NUL character")
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise ValidationError(field_name, "contains an invalid character (a lone surrogate)")
    return text


def _check_tag(field_name: str, tag: str) -> str:
    tag = tag.strip()
    if not tag:
        raise ValidationError(field_name, "contains an empty tag")
    return check_text(field_name, tag, MAX_TAG_CHARS)


@dataclass(frozen=True, slots=True)
class Medication:
    """A medicine taken for this episode.

    Attributes:
        name: what the user calls it ("ibuprofen", "Nurofen 200").
        dose: the amount, or None when not recorded.
        unit: the dose's unit ("mg", "ml", "tablets"), or None.
        taken_at: when it was taken (local wall time, optional offset), or None.
        nsaid: True/False when the user or an import said so; None lets the app classify the name.
    """

    name: str
    dose: float | None = None
    unit: str | None = None
    taken_at: datetime | None = None
    nsaid: bool | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("medications", "a medicine needs a name")
        check_text("medications", self.name, MAX_TEXT_CHARS)
        if self.unit is not None:
            check_text("medications", self.unit, 20)
        if self.dose is not None and not (0 <= self.dose <= 1_000_000):
            raise ValidationError("medications", f"dose {self.dose} is out of range")


@dataclass(frozen=True, slots=True)
class Entry:
    """One logged cramp episode (or, with ``nrs == 0``, a pain-free check-in).

    ``timestamp`` is the local wall time the episode began; it carries a fixed
    UTC offset when one is known (always for entries logged in the app).
    ``pregnant`` and ``gestational_weeks`` are derived from the recorded
    pregnancies unless ``pregnancy_explicit`` says an import supplied them.
    ``nsaid_taken`` None means "derive from the medications".
    """

    timestamp: datetime
    nrs: int = 0
    id: str = field(default_factory=new_entry_id)
    episode_duration_min: float | None = None
    onset: Onset | None = None
    trigger: Trigger = Trigger.NONE
    factors: tuple[str, ...] = ()
    pain_locations: frozenset[Location] = frozenset({Location.LOWER_BACK})
    pain_qualities: frozenset[Quality] = frozenset()
    nerve_symptoms: frozenset[NerveSymptom] = frozenset()
    leg_symptoms: LegExtent = LegExtent.NONE
    leg_weakness: LegExtent = LegExtent.NONE
    saddle_numbness: bool = False
    bladder_change: bool = False
    bowel_change: bool = False
    sexual_dysfunction_new: bool = False
    temperature_c: float | None = None
    fever: bool = False
    weight_loss_unexplained: bool = False
    night_pain: bool = False
    chest_pain: bool = False
    back_lump_or_deformity: bool = False
    urinary_symptoms: frozenset[UrinarySymptom] = frozenset()
    diarrhea: bool = False
    pregnant: bool = False
    gestational_weeks: int | None = None
    pregnancy_explicit: bool = False
    vaginal_bleeding: Bleeding = Bleeding.NONE
    fluid_leak: bool = False
    pelvic_pressure: bool = False
    shoulder_tip_pain: bool = False
    one_sided_lower_abdominal_pain: bool = False
    dizzy_or_faint: bool = False
    reduced_fetal_movements: bool = False
    preeclampsia_signs: frozenset[PreeclampsiaSign] = frozenset()
    medications: tuple[Medication, ...] = ()
    nsaid_taken: bool | None = None
    relief: tuple[str, ...] = ()
    relief_helped: ReliefHelped | None = None
    notes: str = ""
    #: Seconds since the epoch, for ordering (wall time read as UTC when no offset is
    #: known); computed once, because history rules compare it thousands of times.
    instant: float = field(init=False, repr=False, compare=False, default=0.0)
    #: The local calendar day of ``timestamp`` (computed once, like ``instant``).
    local_date: date = field(init=False, repr=False, compare=False, default=date.min)

    def __post_init__(self) -> None:
        if isinstance(self.nrs, bool) or not isinstance(self.nrs, int):
            raise ValidationError("nrs", "must be a whole number from 0 to 10")
        if not 0 <= self.nrs <= 10:
            raise ValidationError(
                "nrs", f"{self.nrs} is outside 0–10 (0 no pain, 10 worst imaginable)"
            )
        if self.episode_duration_min is not None and not (
            0 <= self.episode_duration_min <= 60 * 24 * 90
        ):
            raise ValidationError(
                "episode_duration_min",
                f"{self.episode_duration_min} must be from 0 to 129600 minutes",
            )
        if self.temperature_c is not None and not (30.0 <= self.temperature_c <= 45.0):
            raise ValidationError(
                "temperature_c", f"{self.temperature_c} °C is not a body temperature"
            )
        if self.gestational_weeks is not None and not (0 <= self.gestational_weeks <= 45):
            raise ValidationError(
                "gestational_weeks", f"{self.gestational_weeks} must be from 0 to 45"
            )
        if self.gestational_weeks is not None and not self.pregnant:
            raise ValidationError("gestational_weeks", "is only meaningful while pregnant")
        if not self.id or len(self.id) > 64:
            raise ValidationError("id", "must be a non-empty identifier of at most 64 characters")
        offset = self.timestamp.utcoffset()
        if offset is not None and abs(offset) > timedelta(hours=18):
            raise ValidationError("timestamp", "UTC offset out of range")
        if not 1900 <= self.timestamp.year <= 2999:
            raise ValidationError("timestamp", f"year {self.timestamp.year} is out of range")
        for name in ("factors", "relief"):
            tags = tuple(_check_tag(name, t) for t in getattr(self, name))
            if len(set(tags)) != len(tags):
                tags = tuple(dict.fromkeys(tags))
            object.__setattr__(self, name, tags)
        check_text("notes", self.notes, MAX_NOTES_CHARS)
        ts = self.timestamp
        aware = ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)
        object.__setattr__(self, "instant", aware.timestamp())
        object.__setattr__(self, "local_date", ts.date())

    # -- derived values ---------------------------------------------------
    @property
    def local_time(self) -> datetime:
        """The wall-clock time the user saw, without offset."""
        return self.timestamp.replace(tzinfo=None)

    @property
    def utc_offset_min(self) -> int | None:
        offset = self.timestamp.utcoffset()
        return None if offset is None else int(offset.total_seconds() // 60)

    @property
    def effective_nsaid_taken(self) -> bool:
        """``nsaid_taken`` when given, else derived from the medications."""
        if self.nsaid_taken is not None:
            return self.nsaid_taken
        from backdiary.domain.medications import is_nsaid  # noqa: PLC0415 (cycle-free late import)

        return any(is_nsaid(m) for m in self.medications)

    @property
    def is_check_in(self) -> bool:
        """A pain-free check-in ("no pain today")."""
        return self.nrs == 0


@dataclass(frozen=True, slots=True)
class Profile:
    """Facts about the person that red-flag rules need.

    ``age_years`` is only used when no birth date is known (test documents give it).
    """

    birth_date: date | None = None
    age_years: int | None = None
    prior_back_pain: bool = True
    history_of_cancer: bool = False
    osteoporosis: bool = False
    long_term_steroids: bool = False
    name: str = ""

    def __post_init__(self) -> None:
        if self.age_years is not None and not 0 <= self.age_years <= 130:
            raise ValidationError("age_years", f"{self.age_years} is not an age")
        if self.birth_date is not None and not 1880 <= self.birth_date.year <= 2999:
            raise ValidationError("birth_date", "is out of range")
        check_text("name", self.name, MAX_TEXT_CHARS)

    def age_on(self, day: date) -> int:
        """Age in completed years on ``day`` (35 when neither birth date nor age is known)."""
        if self.birth_date is not None:
            years = day.year - self.birth_date.year
            if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
                years -= 1
            return max(years, 0)
        if self.age_years is not None:
            return self.age_years
        return 35


@dataclass(frozen=True, slots=True)
class Pregnancy:
    """A pregnancy: a due date or last menstrual period, and when it ended (if it has)."""

    due_date: date | None = None
    lmp: date | None = None
    ended_on: date | None = None

    def __post_init__(self) -> None:
        for name in ("due_date", "lmp", "ended_on"):
            value = getattr(self, name)
            if value is not None and not 1900 <= value.year <= 2999:
                raise ValidationError("pregnancies", f"{name} {value} is out of range")
        if self.due_date is not None and self.lmp is not None:
            gap = (self.due_date - self.lmp).days
            if not 200 <= gap <= 320:
                raise ValidationError(
                    "pregnancies", "the due date and LMP are not about 40 weeks apart"
                )
        start = self.start
        if self.ended_on is not None and start is not None:
            if self.ended_on < start:
                raise ValidationError("pregnancies", "ends before it began")
            if (self.ended_on - start).days > 45 * 7:
                raise ValidationError(
                    "pregnancies", "ends more than 45 weeks after it began; check the dates"
                )

    @property
    def start(self) -> date | None:
        """Day 0 of gestation (LMP, or due date minus 280 days)."""
        if self.lmp is not None:
            return self.lmp
        if self.due_date is not None:
            return self.due_date - timedelta(days=280)
        return None
