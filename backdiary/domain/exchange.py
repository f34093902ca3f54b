"""The JSON exchange format, version 1 (``shared/exchange-format.md``).

One document holds one person's diary. This module turns a parsed JSON value into
domain objects (strictly: every problem is an :class:`ExchangeError` that names the
key and the entry's index) and domain objects back into the document. Export,
import, ``list --json``, ``add --json`` and ``flags`` all go through here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar, cast

from backdiary.domain.medications import is_nsaid
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
    ValidationError,
)
from backdiary.domain.pregnancy import state_on

FORMAT_NAME = "backdiary"
FORMAT_VERSION = 1

E = TypeVar("E", bound=StrEnum)


class ExchangeError(ValueError):
    """A document that does not follow the exchange format; the message says where."""


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed exchange document: entries sorted by time."""

    profile: Profile
    pregnancies: tuple[Pregnancy, ...]
    entries: tuple[Entry, ...]


# --------------------------------------------------------------------------- reading
def _where(index: int | None) -> str:
    return "profile" if index is None else f"entry {index}"


def _fail(index: int | None, key: str, problem: str) -> ExchangeError:
    return ExchangeError(f"{_where(index)}: '{key}' {problem}")


def _bool(v: Any, index: int | None, key: str) -> bool:
    if not isinstance(v, bool):
        raise _fail(index, key, f"must be true or false, not {json_repr(v)}")
    return v


def _int(v: Any, index: int | None, key: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _fail(index, key, f"must be a whole number, not {json_repr(v)}")
    if isinstance(v, float):
        if not v.is_integer():
            raise _fail(index, key, f"must be a whole number, not {v}")
        v = int(v)
    return int(v)


def _number(v: Any, index: int | None, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
        raise _fail(index, key, f"must be a number, not {json_repr(v)}")
    return float(v)


def _str(v: Any, index: int | None, key: str) -> str:
    if not isinstance(v, str):
        raise _fail(index, key, f"must be text, not {json_repr(v)}")
    return v


def _enum(cls: type[E], v: Any, index: int | None, key: str) -> E:
    try:
        # The member of a value straight from the enum's own map (what ``cls(v)`` looks
        # up first): several times faster for bulk imports.
        return cast(E, cls._value2member_map_[v])
    except (KeyError, TypeError):
        pass
    try:
        return cls(v)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise _fail(index, key, f"must be one of {allowed}, not {json_repr(v)}") from None


def _enum_set(cls: type[E], v: Any, index: int | None, key: str) -> frozenset[E]:
    if not isinstance(v, list):
        raise _fail(index, key, f"must be a list, not {json_repr(v)}")
    members = cls._value2member_map_
    try:
        return cast(frozenset[E], frozenset([members[item] for item in v]))
    except (KeyError, TypeError):
        return frozenset(_enum(cls, item, index, key) for item in v)


def _str_list(v: Any, index: int | None, key: str) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise _fail(index, key, f"must be a list of text, not {json_repr(v)}")
    return tuple(_str(item, index, key) for item in v)


def parse_datetime(v: Any, index: int | None, key: str) -> datetime:
    """Parse an ISO 8601 date-time, keeping a UTC offset when one is given."""
    if not isinstance(v, str):
        raise _fail(index, key, f"must be an ISO 8601 date-time, not {json_repr(v)}")
    try:
        return datetime.fromisoformat(v.strip())
    except ValueError:
        raise _fail(index, key, f"is not an ISO 8601 date-time: {v!r}") from None


def parse_date(v: Any, index: int | None, key: str) -> date:
    """Parse an ISO 8601 calendar date (YYYY-MM-DD)."""
    if not isinstance(v, str):
        raise _fail(index, key, f"must be an ISO date (YYYY-MM-DD), not {json_repr(v)}")
    try:
        day = date.fromisoformat(v.strip())
    except ValueError:
        raise _fail(index, key, f"is not an ISO date (YYYY-MM-DD): {v!r}") from None
    if not 1900 <= day.year <= 2999:
        raise _fail(index, key, f"{v!r} is out of range (years 1900–2999)")
    return day


def _medication(v: Any, index: int, key: str) -> Medication:
    if not isinstance(v, dict):
        raise _fail(index, key, f"items must be objects, not {json_repr(v)}")
    allowed = {"name", "dose", "unit", "taken_at", "nsaid"}
    for k in v:
        if k not in allowed and not str(k).startswith("x_"):
            raise _fail(index, f"{key}.{k}", "is not a known medication key")
    name = v.get("name")
    if name is None:
        raise _fail(index, f"{key}.name", "is required")
    try:
        return Medication(
            name=_str(name, index, f"{key}.name"),
            dose=None if v.get("dose") is None else _number(v["dose"], index, f"{key}.dose"),
            unit=None if v.get("unit") is None else _str(v["unit"], index, f"{key}.unit"),
            taken_at=None
            if v.get("taken_at") is None
            else parse_datetime(v["taken_at"], index, f"{key}.taken_at"),
            nsaid=None if v.get("nsaid") is None else _bool(v["nsaid"], index, f"{key}.nsaid"),
        )
    except ValidationError as exc:
        raise _fail(index, key, exc.message) from None


Reader = Callable[[Any, int, str], Any]


def _enum_reader(cls: type[StrEnum]) -> Reader:
    return lambda v, i, k: _enum(cls, v, i, k)


def _set_reader(cls: type[StrEnum]) -> Reader:
    return lambda v, i, k: _enum_set(cls, v, i, k)


_BOOL_FIELDS = (
    "saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new", "fever",
    "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity", "diarrhea",
    "fluid_leak", "pelvic_pressure", "shoulder_tip_pain", "one_sided_lower_abdominal_pain",
    "dizzy_or_faint", "reduced_fetal_movements",
)  # fmt: skip

#: Every entry key except ``timestamp``, with the reader for its value.
ENTRY_READERS: dict[str, Reader] = {
    "id": _str,
    "nrs": _int,
    "episode_duration_min": _number,
    "onset": _enum_reader(Onset),
    "trigger": _enum_reader(Trigger),
    "factors": _str_list,
    "pain_locations": _set_reader(Location),
    "pain_qualities": _set_reader(Quality),
    "nerve_symptoms": _set_reader(NerveSymptom),
    "leg_symptoms": _enum_reader(LegExtent),
    "leg_weakness": _enum_reader(LegExtent),
    "temperature_c": _number,
    "urinary_symptoms": _set_reader(UrinarySymptom),
    "pregnant": _bool,
    "gestational_weeks": _int,
    "vaginal_bleeding": _enum_reader(Bleeding),
    "preeclampsia_signs": _set_reader(PreeclampsiaSign),
    "medications": lambda v, i, k: tuple(_medication(m, i, k) for m in _list(v, i, k)),
    "nsaid_taken": _bool,
    "relief": _str_list,
    "relief_helped": _enum_reader(ReliefHelped),
    "notes": _str,
    **dict.fromkeys(_BOOL_FIELDS, _bool),
}

#: The keys of an entry in the order an export writes them.
ENTRY_KEYS: tuple[str, ...] = ("id", "timestamp", *[k for k in ENTRY_READERS if k != "id"])


def _list(v: Any, index: int, key: str) -> list[Any]:
    if not isinstance(v, list):
        raise _fail(index, key, f"must be a list, not {json_repr(v)}")
    return v


def entry_from_dict(data: Any, index: int = 0, pregnancies: Sequence[Pregnancy] = ()) -> Entry:
    """Build an :class:`Entry` from one exchange-format entry object.

    Omitted or null fields take their defaults; ``pregnant`` and
    ``gestational_weeks``, when given, win over the derivation from
    ``pregnancies``.
    """
    if not isinstance(data, dict):
        raise ExchangeError(f"entry {index}: must be an object, not {json_repr(data)}")
    for key in data:
        if key != "timestamp" and key not in ENTRY_READERS and not str(key).startswith("x_"):
            raise _fail(index, key, "is not a known entry key")
    if data.get("timestamp") is None:
        raise _fail(index, "timestamp", "is required")
    kwargs: dict[str, Any] = {"timestamp": parse_datetime(data["timestamp"], index, "timestamp")}
    for key, reader in ENTRY_READERS.items():
        value = data.get(key)
        if value is not None:
            kwargs[key] = reader(value, index, key)
    explicit = "pregnant" in kwargs or "gestational_weeks" in kwargs
    if explicit:
        kwargs.setdefault("pregnant", "gestational_weeks" in kwargs)
        kwargs["pregnancy_explicit"] = True
    else:
        state = state_on(kwargs["timestamp"].date(), pregnancies)
        kwargs["pregnant"], kwargs["gestational_weeks"] = state.pregnant, state.weeks
    try:
        return Entry(**kwargs)
    except ValidationError as exc:
        raise _fail(index, exc.field, exc.message) from None


PROFILE_KEYS = (
    "birth_date", "age_years", "prior_back_pain", "history_of_cancer", "osteoporosis",
    "long_term_steroids",
)  # fmt: skip


def profile_from_dict(data: Any) -> Profile:
    """Build a :class:`Profile` from the document's ``profile`` object."""
    if not isinstance(data, dict):
        raise ExchangeError(f"profile: must be an object, not {json_repr(data)}")
    for key in data:
        if key not in PROFILE_KEYS and not str(key).startswith("x_"):
            raise _fail(None, key, "is not a known profile key")
    kwargs: dict[str, Any] = {}
    if data.get("birth_date") is not None:
        kwargs["birth_date"] = parse_date(data["birth_date"], None, "birth_date")
    if data.get("age_years") is not None:
        kwargs["age_years"] = _int(data["age_years"], None, "age_years")
    for key in PROFILE_KEYS[2:]:
        if data.get(key) is not None:
            kwargs[key] = _bool(data[key], None, key)
    if isinstance(data.get("x_name"), str):
        kwargs["name"] = data["x_name"]
    try:
        return Profile(**kwargs)
    except ValidationError as exc:
        raise _fail(None, exc.field, exc.message) from None


def pregnancy_from_dict(data: Any, index: int) -> Pregnancy:
    """Build a :class:`Pregnancy` from one item of ``pregnancies``."""
    where = f"pregnancy {index}"
    if not isinstance(data, dict):
        raise ExchangeError(f"{where}: must be an object, not {json_repr(data)}")
    kwargs: dict[str, date] = {}
    for key in data:
        if key not in ("due_date", "lmp", "ended_on") and not str(key).startswith("x_"):
            raise ExchangeError(f"{where}: '{key}' is not a known pregnancy key")
    for key in ("due_date", "lmp", "ended_on"):
        if data.get(key) is not None:
            try:
                kwargs[key] = parse_date(data[key], None, key)
            except ExchangeError as exc:
                raise ExchangeError(f"{where}: {exc}".replace("profile: ", "")) from None
    try:
        return Pregnancy(**kwargs)
    except ValidationError as exc:
        raise ExchangeError(f"{where}: {exc.message}") from None


def parse_document(data: Any) -> Document:
    """Validate a parsed JSON value as an exchange document.

    Raises:
        ExchangeError: naming the first problem found.
    """
    if not isinstance(data, dict):
        raise ExchangeError("the document must be a JSON object with 'profile' and 'entries'")
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise ExchangeError(f"'format' must be \"{FORMAT_NAME}\", not {json_repr(data['format'])}")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ExchangeError(
            f"'version' {json_repr(version)} is not supported (this backdiary reads 1)"
        )
    for key in ("profile", "entries"):
        if key not in data:
            raise ExchangeError(f"the document has no '{key}'")
    profile = profile_from_dict(data["profile"])
    raw_pregnancies = data.get("pregnancies") or []
    if not isinstance(raw_pregnancies, list):
        raise ExchangeError("'pregnancies' must be a list")
    pregnancies = tuple(pregnancy_from_dict(p, i) for i, p in enumerate(raw_pregnancies))
    if not isinstance(data["entries"], list):
        raise ExchangeError("'entries' must be a list")
    entries = [entry_from_dict(e, i, pregnancies) for i, e in enumerate(data["entries"])]
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        if entry.id in seen:
            raise _fail(i, "id", f"{entry.id!r} appears twice in the document")
        seen.add(entry.id)
    entries.sort(key=lambda e: e.instant)
    return Document(profile, pregnancies, tuple(entries))


# --------------------------------------------------------------------------- writing
def json_repr(v: Any) -> str:
    """A short JSON-ish rendering of a value for error messages."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _sorted_values(values: Iterable[StrEnum], cls: type[StrEnum]) -> list[str]:
    order = {m: i for i, m in enumerate(cls)}
    return [v.value for v in sorted(values, key=lambda m: order[m])]


def medication_to_dict(med: Medication) -> dict[str, Any]:
    """One medication as an exchange object (``nsaid`` resolved)."""
    return {
        "name": med.name,
        "dose": _num(med.dose),
        "unit": med.unit,
        "taken_at": None if med.taken_at is None else med.taken_at.isoformat(),
        "nsaid": is_nsaid(med),
    }


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """One entry as an exchange object with every key, in the documented order."""
    out: dict[str, Any] = {
        "id": entry.id,
        "timestamp": entry.timestamp.isoformat(),
        "nrs": entry.nrs,
        "episode_duration_min": _num(entry.episode_duration_min),
        "onset": None if entry.onset is None else entry.onset.value,
        "trigger": entry.trigger.value,
        "factors": list(entry.factors),
        "pain_locations": _sorted_values(entry.pain_locations, Location),
        "pain_qualities": _sorted_values(entry.pain_qualities, Quality),
        "nerve_symptoms": _sorted_values(entry.nerve_symptoms, NerveSymptom),
        "leg_symptoms": entry.leg_symptoms.value,
        "leg_weakness": entry.leg_weakness.value,
    }
    for key in ("saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new"):
        out[key] = getattr(entry, key)
    out["temperature_c"] = _num(entry.temperature_c)
    for key in (
        "fever", "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity",
    ):  # fmt: skip
        out[key] = getattr(entry, key)
    out["urinary_symptoms"] = _sorted_values(entry.urinary_symptoms, UrinarySymptom)
    out["diarrhea"] = entry.diarrhea
    out["pregnant"] = entry.pregnant
    out["gestational_weeks"] = entry.gestational_weeks
    out["vaginal_bleeding"] = entry.vaginal_bleeding.value
    for key in (
        "fluid_leak", "pelvic_pressure", "shoulder_tip_pain", "one_sided_lower_abdominal_pain",
        "dizzy_or_faint", "reduced_fetal_movements",
    ):  # fmt: skip
        out[key] = getattr(entry, key)
    out["preeclampsia_signs"] = _sorted_values(entry.preeclampsia_signs, PreeclampsiaSign)
    out["medications"] = [medication_to_dict(m) for m in entry.medications]
    out["nsaid_taken"] = entry.effective_nsaid_taken
    out["relief"] = list(entry.relief)
    out["relief_helped"] = None if entry.relief_helped is None else entry.relief_helped.value
    out["notes"] = entry.notes
    return out


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The profile as an exchange object (the optional name travels as ``x_name``)."""
    out: dict[str, Any] = {
        "birth_date": None if profile.birth_date is None else profile.birth_date.isoformat(),
        "age_years": profile.age_years,
        "prior_back_pain": profile.prior_back_pain,
        "history_of_cancer": profile.history_of_cancer,
        "osteoporosis": profile.osteoporosis,
        "long_term_steroids": profile.long_term_steroids,
    }
    if profile.name:
        out["x_name"] = profile.name
    return out


def pregnancy_to_dict(p: Pregnancy) -> dict[str, str | None]:
    """One pregnancy as an exchange object."""
    return {
        "due_date": None if p.due_date is None else p.due_date.isoformat(),
        "lmp": None if p.lmp is None else p.lmp.isoformat(),
        "ended_on": None if p.ended_on is None else p.ended_on.isoformat(),
    }


def document_to_dict(
    profile: Profile,
    pregnancies: Iterable[Pregnancy],
    entries: Iterable[Entry],
    exported_at: datetime,
) -> dict[str, Any]:
    """A whole exchange document, entries in time order (same instant: by id, so the
    order never depends on how the diary happened to store them)."""
    ordered = sorted(entries, key=lambda e: (e.instant, e.id))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "profile": profile_to_dict(profile),
        "pregnancies": [pregnancy_to_dict(p) for p in pregnancies],
        "entries": [entry_to_dict(e) for e in ordered],
    }
