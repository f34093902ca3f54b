"""Conversion between ORM rows / row dicts and domain objects (the storage boundary)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast

from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Pregnancy,
    Profile,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
)

if TYPE_CHECKING:  # the row classes need SQLAlchemy; the start-up path reads plain rows
    from backdiary.storage.schema import EntryRow, MedicationRow, PregnancyRow, ProfileRow

E = TypeVar("E", bound=StrEnum)

#: Entry attributes stored in a column of the same name with the same Python value.
PLAIN_BOOLS = (
    "saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new", "fever",
    "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity", "diarrhea",
    "pregnant", "pregnancy_explicit", "fluid_leak", "pelvic_pressure", "shoulder_tip_pain",
    "one_sided_lower_abdominal_pain", "dizzy_or_faint", "reduced_fetal_movements",
)  # fmt: skip


#: Each enum's members with their bits, in declaration order (built once per enum).
_BITS: dict[type[StrEnum], tuple[tuple[StrEnum, int], ...]] = {}


def _bits(enum: type[E]) -> tuple[tuple[E, int], ...]:
    found = _BITS.get(enum)
    if found is None:
        found = _BITS[enum] = tuple((m, 1 << i) for i, m in enumerate(enum))
    return cast(tuple[tuple[E, int], ...], found)


def to_mask(values: Iterable[E], enum: type[E]) -> int:
    """Bit mask of a set of enum members (bit i = the i-th member in declaration order)."""
    mask = 0
    if not values:
        return mask
    order = dict(_bits(enum))
    for v in values:
        mask |= order[v]
    return mask


def from_mask(mask: int, enum: type[E]) -> frozenset[E]:
    """The set of enum members whose bits are set in ``mask``."""
    if not mask:
        return frozenset()
    return frozenset(m for m, b in _bits(enum) if mask & b)


def bit(member: StrEnum) -> int:
    """The bit a single enum member occupies in its mask."""
    return 1 << list(type(member)).index(member)


def format_local(ts: datetime) -> str:
    """ISO text of the wall-clock time (no offset), as stored in ``entry.local_time``."""
    return ts.replace(tzinfo=None).isoformat()


def parse_local(text: str, offset_min: int | None) -> datetime:
    """Rebuild an entry timestamp from its stored wall time and offset."""
    naive = datetime.fromisoformat(text)
    if offset_min is None:
        return naive
    return naive.replace(tzinfo=timezone(timedelta(minutes=offset_min)))


def entry_values(entry: Entry, now: float) -> dict[str, Any]:
    """Column values for an entry row (without primary key and medications)."""
    values: dict[str, Any] = {
        "uuid": entry.id,
        "local_time": format_local(entry.timestamp),
        "utc_offset_min": entry.utc_offset_min,
        "instant": entry.instant,
        "nrs": entry.nrs,
        "duration_min": entry.episode_duration_min,
        "onset": None if entry.onset is None else entry.onset.value,
        "trigger": entry.trigger.value,
        "factors": json.dumps(list(entry.factors), ensure_ascii=False),
        "locations": to_mask(entry.pain_locations, Location),
        "qualities": to_mask(entry.pain_qualities, Quality),
        "nerve_symptoms": to_mask(entry.nerve_symptoms, NerveSymptom),
        "leg_symptoms": entry.leg_symptoms.value,
        "leg_weakness": entry.leg_weakness.value,
        "temperature_c": entry.temperature_c,
        "urinary_symptoms": to_mask(entry.urinary_symptoms, UrinarySymptom),
        "gestational_weeks": entry.gestational_weeks,
        "vaginal_bleeding": entry.vaginal_bleeding.value,
        "preeclampsia_signs": to_mask(entry.preeclampsia_signs, PreeclampsiaSign),
        "nsaid_taken": entry.nsaid_taken,
        "relief": json.dumps(list(entry.relief), ensure_ascii=False),
        "relief_helped": None if entry.relief_helped is None else entry.relief_helped.value,
        "notes": entry.notes,
        "created_at": now,
        "updated_at": now,
    }
    for name in PLAIN_BOOLS:
        values[name] = getattr(entry, name)
    return values


#: The entry columns :func:`entry_tuple` fills, in its order (no primary key).
ENTRY_COLUMNS: tuple[str, ...] = (
    "uuid", "local_time", "utc_offset_min", "instant", "nrs", "duration_min", "onset",
    "trigger", "factors", "locations", "qualities", "nerve_symptoms", "leg_symptoms",
    "leg_weakness", "temperature_c", "urinary_symptoms", "gestational_weeks",
    "vaginal_bleeding", "preeclampsia_signs", "nsaid_taken", "relief", "relief_helped",
    "notes", "created_at", "updated_at", *PLAIN_BOOLS,
)  # fmt: skip

_dumps = json.JSONEncoder(ensure_ascii=False).encode


@functools.lru_cache(maxsize=4096)
def _tags_json(tags: tuple[str, ...]) -> str:
    """JSON text of a tag tuple (the same few combinations recur over a whole diary)."""
    return _dumps(list(tags))


_plain_bools = attrgetter(*PLAIN_BOOLS)


def _mask(values: frozenset[E], enum: type[E]) -> int:
    return to_mask(values, enum) if values else 0


def entry_tuple(entry: Entry, now: float) -> tuple[Any, ...]:
    """:func:`entry_values` as a plain tuple in :data:`ENTRY_COLUMNS` order (bulk inserts
    straight through the DBAPI cursor, without SQLAlchemy's per-row processing)."""
    e = entry
    ts = e.timestamp
    onset = e.onset
    helped = e.relief_helped
    return (
        e.id,
        (ts.replace(tzinfo=None) if ts.tzinfo is not None else ts).isoformat(),
        e.utc_offset_min,
        e.instant,
        e.nrs,
        e.episode_duration_min,
        None if onset is None else onset.value,
        e.trigger.value,
        _tags_json(e.factors) if e.factors else "[]",
        _mask(e.pain_locations, Location),
        _mask(e.pain_qualities, Quality),
        _mask(e.nerve_symptoms, NerveSymptom),
        e.leg_symptoms.value,
        e.leg_weakness.value,
        e.temperature_c,
        _mask(e.urinary_symptoms, UrinarySymptom),
        e.gestational_weeks,
        e.vaginal_bleeding.value,
        _mask(e.preeclampsia_signs, PreeclampsiaSign),
        e.nsaid_taken,
        _tags_json(e.relief) if e.relief else "[]",
        None if helped is None else helped.value,
        e.notes,
        now,
        now,
        *_plain_bools(e),
    )


def medication_values(med: Medication, position: int) -> dict[str, Any]:
    """Column values for a medication row (without ``entry_id``)."""
    return {
        "position": position,
        "name": med.name,
        "dose": med.dose,
        "unit": med.unit,
        "taken_at": None if med.taken_at is None else med.taken_at.isoformat(),
        "nsaid": med.nsaid,
    }


def _opt_enum(enum: type[E], value: str | None) -> E | None:
    return None if value is None else enum(value)


def entry_from_values(row: Mapping[str, Any], medications: Iterable[Medication] = ()) -> Entry:
    """Build an :class:`Entry` from a row mapping (ORM attributes or Core ``RowMapping``)."""
    kwargs: dict[str, Any] = {name: bool(row[name]) for name in PLAIN_BOOLS}
    kwargs.update(
        timestamp=parse_local(row["local_time"], row["utc_offset_min"]),
        id=row["uuid"],
        nrs=row["nrs"],
        episode_duration_min=row["duration_min"],
        onset=_opt_enum(Onset, row["onset"]),
        trigger=Trigger(row["trigger"]),
        factors=tuple(json.loads(row["factors"])),
        pain_locations=from_mask(row["locations"], Location),
        pain_qualities=from_mask(row["qualities"], Quality),
        nerve_symptoms=from_mask(row["nerve_symptoms"], NerveSymptom),
        leg_symptoms=LegExtent(row["leg_symptoms"]),
        leg_weakness=LegExtent(row["leg_weakness"]),
        temperature_c=row["temperature_c"],
        urinary_symptoms=from_mask(row["urinary_symptoms"], UrinarySymptom),
        gestational_weeks=row["gestational_weeks"],
        vaginal_bleeding=Bleeding(row["vaginal_bleeding"]),
        preeclampsia_signs=from_mask(row["preeclampsia_signs"], PreeclampsiaSign),
        medications=tuple(medications),
        nsaid_taken=None if row["nsaid_taken"] is None else bool(row["nsaid_taken"]),
        relief=tuple(json.loads(row["relief"])),
        relief_helped=_opt_enum(ReliefHelped, row["relief_helped"]),
        notes=row["notes"],
    )
    return Entry(**kwargs)


def medication_from_row(row: MedicationRow) -> Medication:
    """Domain medication from its row."""
    return medication_from_values(row.name, row.dose, row.unit, row.taken_at, row.nsaid)


def medication_from_values(
    name: str, dose: float | None, unit: str | None, taken_at: str | None, nsaid: object
) -> Medication:
    """Domain medication from its column values (ORM attributes or a plain ``sqlite3`` row)."""
    return Medication(
        name=name,
        dose=dose,
        unit=unit,
        taken_at=None if taken_at is None else datetime.fromisoformat(taken_at),
        nsaid=None if nsaid is None else bool(nsaid),
    )


class _RowView(Mapping[str, Any]):
    """Read an ORM row's attributes through the Mapping interface."""

    def __init__(self, row: EntryRow) -> None:
        self._row = row

    def __getitem__(self, key: str) -> Any:
        return getattr(self._row, key)

    def __iter__(self) -> Any:
        from backdiary.storage.schema import EntryRow  # noqa: PLC0415

        return iter(EntryRow.__table__.columns.keys())

    def __len__(self) -> int:
        from backdiary.storage.schema import EntryRow  # noqa: PLC0415

        return len(EntryRow.__table__.columns)


def entry_from_row(row: EntryRow) -> Entry:
    """Domain entry from an ORM row with its medications."""
    return entry_from_values(_RowView(row), (medication_from_row(m) for m in row.medications))


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def profile_from_row(row: ProfileRow | None) -> Profile:
    """Domain profile (defaults when the row does not exist yet)."""
    if row is None:
        return Profile()
    return Profile(
        birth_date=_date(row.birth_date),
        age_years=row.age_years,
        prior_back_pain=row.prior_back_pain,
        history_of_cancer=row.history_of_cancer,
        osteoporosis=row.osteoporosis,
        long_term_steroids=row.long_term_steroids,
        name=row.name,
    )


def profile_values(profile: Profile) -> dict[str, Any]:
    """Column values of the profile row."""
    return {
        "name": profile.name,
        "birth_date": None if profile.birth_date is None else profile.birth_date.isoformat(),
        "age_years": profile.age_years,
        "prior_back_pain": profile.prior_back_pain,
        "history_of_cancer": profile.history_of_cancer,
        "osteoporosis": profile.osteoporosis,
        "long_term_steroids": profile.long_term_steroids,
    }


def pregnancy_from_row(row: PregnancyRow) -> Pregnancy:
    """Domain pregnancy from its row."""
    return Pregnancy(due_date=_date(row.due_date), lmp=_date(row.lmp), ended_on=_date(row.ended_on))


def pregnancy_values(p: Pregnancy) -> dict[str, Any]:
    """Column values of a pregnancy row."""
    return {
        "due_date": None if p.due_date is None else p.due_date.isoformat(),
        "lmp": None if p.lmp is None else p.lmp.isoformat(),
        "ended_on": None if p.ended_on is None else p.ended_on.isoformat(),
    }
