"""CSV export and import: backdiary's own CSV, and other apps' CSVs through a column mapping.

Pure Python (standard library ``csv``): no Qt, no database. Reading returns domain
:class:`~backdiary.domain.model.Entry` values and a list of row errors; the caller
decides whether to store anything (nothing is stored while any row is invalid,
unless the user explicitly skips the bad rows).

backdiary's own CSV
===================

* UTF-8 with a byte-order mark (so spreadsheets detect the encoding), comma-separated,
  CRLF line ends, one header row, then one row per entry in time order.
* The columns are the exchange-format entry keys in :data:`ENTRY_KEYS` order, named
  exactly like the keys (``id``, ``timestamp``, ``nrs``, …).
* Empty cell = null (the exchange default applies on import), except in list columns,
  where it is the empty list (an export writes every list, and a pain-free check-in's
  ``pain_locations`` must stay empty). Booleans are ``true`` / ``false``. Numbers are
  plain (``7``, ``12.5``, ``-1.5``) and never prefixed.
* Lists (``factors``, ``pain_locations``, ``relief``…) are joined with ``;``. A ``;``,
  ``|`` or ``\\`` inside an item is escaped with a backslash (``\\;``, ``\\|``, ``\\\\``).
* ``medications``: one cell, items joined with ``;``, each item
  ``name|dose|unit|taken_at|nsaid`` (empty field = null; ``taken_at`` ISO 8601;
  ``nsaid`` ``true``/``false``), e.g. ``ibuprofen|400|mg|2026-11-24T08:20:00+00:00|true``.
* Formula-injection guard: any text cell whose first character is ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return gets a leading apostrophe (``'=1+1``), so a
  spreadsheet shows it as text and never runs it. A text cell that itself begins with an
  apostrophe followed by one of those characters gets one too, so that backdiary's own
  import can always restore the original exactly: it strips exactly one leading
  apostrophe when the character after it is one of those six. Number cells (``nrs``,
  ``episode_duration_min``, ``temperature_c``, ``gestational_weeks``) are never prefixed.

Other apps' CSVs
================

A :class:`CsvMapping` names, for exchange keys, the column that holds them
(``timestamp`` is required; two columns may be joined as ``Date+Time``), how dates are
written (:data:`DATE_FORMAT_HELP`), whether the severity is on another 0–N scale
(rescaled to 0–10, half up), the unit of durations, and which rows to keep
(``COLUMN=VALUE``, ``*`` matches any text). Mapped rows get a stable id derived from
their cells, so importing the same file twice skips the rows already imported.
"""

from __future__ import annotations

import contextlib
import csv
import fnmatch
import gc
import io
import math
import re
import statistics
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import IO, Any

from backdiary.domain.exchange import (
    ENTRY_KEYS,
    ExchangeError,
    entry_from_dict,
    entry_to_dict,
)
from backdiary.domain.model import Entry, ValidationError

#: Cells starting with one of these could be run as a formula by a spreadsheet.
DANGEROUS_FIRST = frozenset("=+-@\t\r")
LIST_SEP = ";"
MED_SEP = "|"
#: The largest single cell read (a larger one makes the whole file unreadable).
MAX_FIELD_CHARS = 16 * 1024 * 1024

NUMBER_KEYS = frozenset({"nrs", "episode_duration_min", "temperature_c", "gestational_weeks"})
INT_KEYS = frozenset({"nrs", "gestational_weeks"})
BOOL_KEYS = frozenset(
    {
        "saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new", "fever",
        "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity",
        "diarrhea", "pregnant", "fluid_leak", "pelvic_pressure", "shoulder_tip_pain",
        "one_sided_lower_abdominal_pain", "dizzy_or_faint", "reduced_fetal_movements",
        "nsaid_taken",
    }
)  # fmt: skip
#: List keys whose items are fixed words (normalised on mapped import).
ENUM_LIST_KEYS = frozenset(
    {"pain_locations", "pain_qualities", "nerve_symptoms", "urinary_symptoms", "preeclampsia_signs"}
)
#: List keys whose items are the user's own tags (kept as written).
TAG_LIST_KEYS = frozenset({"factors", "relief"})
LIST_KEYS = ENUM_LIST_KEYS | TAG_LIST_KEYS
#: Single-word keys (normalised on mapped import: lower case, spaces to underscores).
ENUM_KEYS = frozenset(
    {"onset", "trigger", "leg_symptoms", "leg_weakness", "vaginal_bleeding", "relief_helped"}
)
TEXT_KEYS = frozenset({"id", "timestamp", "notes", "medications"})

DATE_FORMAT_HELP = (
    "'iso' (ISO 8601, e.g. 2026-11-24T08:30 or 2026-11-24 08:30:00+01:00; an offset, if "
    "present, is kept), 'epoch_s' or 'epoch_ms' (Unix time in seconds or milliseconds, "
    "shown in local time), or a strptime pattern such as '%%d.%%m.%%Y' or '%%d/%%m/%%y %%H:%%M' "
    "(English ordinal days such as '22nd Sep 2020' match '%%d %%b %%Y'). "
    "A date without a time is placed at 12:00."
)
DURATION_UNITS: dict[str, float] = {"min": 1.0, "s": 1 / 60, "ms": 1 / 60_000, "h": 60.0}
#: Cells of other apps' CSVs that mean "no value" (Java writers print missing text as null).
NULL_WORDS = frozenset({"null", "nan", "n/a"})
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://backdiary.invalid/csv-import")
_NOON = time(12, 0)
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%S", "%X", "%c", "%p", "%f", "%T", "%R")
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_EXCHANGE_MESSAGE = re.compile(r"^entry -?\d+: '([^']*)' (.*)$", re.DOTALL)

Progress = Callable[[int, int], None]


class CsvFileError(ValueError):
    """The file as a whole cannot be read (encoding, layout, columns); the message says why."""


@dataclass(frozen=True, slots=True)
class RowError:
    """One invalid row: its line number in the file, the field and the problem."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.field}" if self.field else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """How the columns of another app's CSV become exchange-format keys.

    Attributes:
        columns: exchange key → column header (``"Date+Time"`` joins two columns with a space).
        date_format: ``iso``, ``epoch_s``, ``epoch_ms`` or a strptime pattern.
        scale_max: the top of the file's severity scale (0–N), rescaled to 0–10; None = 0–10.
        duration_unit: unit of plain-number durations: ``min``, ``s``, ``ms`` or ``h``.
        where: (column, value) pairs a row must all match to be imported; ``*`` matches any text.
    """

    columns: Mapping[str, str]
    date_format: str = "iso"
    scale_max: float | None = None
    duration_unit: str = "min"
    where: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A decoded CSV file: its header and its rows with their line numbers."""

    headers: tuple[str, ...]
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str


@dataclass
class CsvImport:
    """What reading a CSV produced; nothing has been stored yet.

    Attributes:
        entries: the valid rows as entries, in file order.
        errors: the invalid rows, by line number.
        total_rows: data rows in the file (blank lines not counted).
        filtered_out: rows left out by the ``where`` conditions.
        own_format: True when the file is backdiary's own CSV.
        encoding: the text encoding the file was read with.
    """

    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    total_rows: int = 0
    filtered_out: int = 0
    own_format: bool = False
    encoding: str = "utf-8"


# --------------------------------------------------------------------------- escaping
def _guarded(text: str) -> bool:
    """True when ``text`` is apostrophes (maybe none) followed by a formula character."""
    stripped = text.lstrip("'")
    return bool(stripped) and stripped[0] in DANGEROUS_FIRST


def neutralise(text: str) -> str:
    """Prefix a text cell with ``'`` when a spreadsheet could take it for a formula.

    Text that already starts with apostrophes followed by a formula character gets one
    more, so :func:`restore` can always strip exactly one and give the original back.
    """
    return "'" + text if _guarded(text) else text


def restore(text: str) -> str:
    """Undo :func:`neutralise`: strip exactly one ``'`` that guards a formula character."""
    if text.startswith("'") and _guarded(text[1:]):
        return text[1:]
    return text


def _escape(item: str) -> str:
    return item.replace("\\", "\\\\").replace(LIST_SEP, "\\;").replace(MED_SEP, "\\|")


def split_escaped(text: str, sep: str) -> list[str]:
    """Split ``text`` on ``sep`` characters not preceded by a backslash; unescape the parts."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    buf: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            buf.append(nxt if nxt else "\\")
        elif ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _split_top(text: str, sep: str) -> list[str]:
    """Split on unescaped ``sep`` but keep other escapes (for nested medication fields)."""
    parts: list[str] = []
    buf: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            buf.append(ch)
            buf.append(next(chars, ""))
        elif ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


# --------------------------------------------------------------------------- export
def _num_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _med_text(med: Mapping[str, Any]) -> str:
    fields = [
        _escape(med["name"]),
        "" if med["dose"] is None else _num_text(med["dose"]),
        "" if med["unit"] is None else _escape(med["unit"]),
        "" if med["taken_at"] is None else med["taken_at"],
        "true" if med["nsaid"] else "false",
    ]
    return MED_SEP.join(fields)


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key in NUMBER_KEYS:
        return _num_text(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif key == "medications":
        text = LIST_SEP.join(_med_text(m) for m in value)
    elif isinstance(value, list):
        text = LIST_SEP.join(_escape(str(v)) for v in value)
    else:
        text = str(value)
    return neutralise(text)


def entry_row(entry: Entry) -> list[str]:
    """One entry as the cells of backdiary's own CSV, in :data:`ENTRY_KEYS` order."""
    data = entry_to_dict(entry)
    return [_cell(key, data[key]) for key in ENTRY_KEYS]


def write_csv(entries: Iterable[Entry], out: IO[bytes]) -> int:
    """Write backdiary's own CSV (UTF-8 with BOM) to a binary stream; return the row count.

    Rows are in time order, entries at the same instant by id (as in the JSON export).
    """
    entries = sorted(entries, key=lambda e: (e.instant, e.id))
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(ENTRY_KEYS)
        count = 0
        for entry in entries:
            writer.writerow(entry_row(entry))
            count += 1
        text.flush()
    finally:
        text.detach()
    return count


def csv_bytes(entries: Iterable[Entry]) -> bytes:
    """backdiary's own CSV as bytes (for tests and small exports)."""
    buf = io.BytesIO()
    write_csv(entries, buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- reading the file
def decode(data: bytes, source: str = "the file", encoding: str | None = None) -> tuple[str, str]:
    """Decode an import file; return (text, encoding name).

    Without ``encoding``: UTF-8 (with or without BOM), or UTF-16 when it starts with a
    UTF-16 byte-order mark. Anything else is refused with a message saying what to do.

    Raises:
        CsvFileError: when the bytes are not text in the expected encoding.
    """
    if encoding:
        enc = encoding.strip().lower()
        try:
            text = data.decode(enc)
        except LookupError:
            raise CsvFileError(f"unknown text encoding '{encoding}'") from None
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise CsvFileError(
                f"{source} is not {encoding} text (byte 0x{data[exc.start]:02X} on line {line})"
            ) from None
        return text.removeprefix("\ufeff"), enc
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise CsvFileError(f"{source} starts like UTF-16 text but is not") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CsvFileError(
            f"{source} is not UTF-8 text (byte 0x{data[exc.start]:02X} on line {line}). "
            "Save it as UTF-8 (in a spreadsheet: “CSV UTF-8”), or name its encoding, "
            "e.g. --encoding cp1252 for Windows Western European."
        ) from None
    if text.startswith("\ufeff"):
        return text[1:], "utf-8-sig"
    return text, "utf-8"


def _guess_delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = dict.fromkeys(",;\t", 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are built.

    Reading 100,000 rows allocates millions of strings and tuples that all stay alive;
    the collector would walk them again and again (about 40 % of the time) for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, limit))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def read_table(data: bytes, source: str = "the file", encoding: str | None = None) -> CsvTable:
    """Decode and split a CSV file into its header and rows (with physical line numbers).

    Raises:
        CsvFileError: for a file that is not text, has no header, or is not valid CSV.
    """
    text, used = decode(data, source, encoding)
    if not text.strip():
        raise CsvFileError(f"{source} is empty")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise CsvFileError(
            f"{source} contains a NUL character on line {line}; it is not a text CSV file"
        )
    delimiter = _guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    with _field_limit(MAX_FIELD_CHARS), _no_gc():
        start = 1
        try:
            for record in reader:
                line = start
                start = reader.line_num + 1
                if headers is None:
                    if not record or not any(c.strip() for c in record):
                        continue
                    headers = [h.strip() for h in record]
                    continue
                if not record or (len(record) == 1 and not record[0].strip()):
                    continue
                rows.append((line, record))
        except csv.Error as exc:
            problem = str(exc)
            line = reader.line_num
            if "field larger than field limit" in problem:
                problem = f"a cell is longer than {MAX_FIELD_CHARS // (1024 * 1024)} MB"
            elif "unexpected end of data" in problem:
                line = start
                problem = 'a quoted cell that starts here is never closed (a " is missing)'
            elif "expected after" in problem:
                problem = (
                    'text follows the closing " of a quoted cell; a " inside a cell must be '
                    'written twice ("")'
                )
            raise CsvFileError(f"{source}, line {line}: {problem}") from None
    if headers is None:
        raise CsvFileError(f"{source} has no header row")
    return CsvTable(tuple(headers), rows, used, delimiter)


# --------------------------------------------------------------------------- value parsing
class _CellError(ValueError):
    """A cell that cannot be read; the message is user-facing."""


def parse_bool(text: str) -> bool:
    """``true``/``false`` (also yes/no, y/n, 1/0, x = ticked), any case."""
    t = text.strip().lower()
    if t in ("true", "yes", "y", "1", "x", "✓", "ja", "oui", "si", "sí"):
        return True
    if t in ("false", "no", "n", "0", "nein", "non"):
        return False
    raise _CellError(f"must be true or false, not {text!r}")


def _decimal(text: str) -> Decimal:
    t = text.strip().replace("\u2212", "-")
    if "," in t and "." not in t and t.count(",") == 1:
        t = t.replace(",", ".")  # decimal comma
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise _CellError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise _CellError(f"{text!r} is not a number")
    return value


def parse_number(text: str) -> float:
    """A number; a single decimal comma is accepted (``12,5``)."""
    return float(_decimal(text))


def parse_int(text: str) -> int:
    """A whole number (``7`` or ``7.0``)."""
    value = _decimal(text)
    if value != value.to_integral_value():
        raise _CellError(f"{text!r} must be a whole number")
    return int(value)


def rescale(text: str, scale_max: float) -> int:
    """A 0–``scale_max`` severity rescaled to 0–10, rounded half up."""
    value = _decimal(text)
    top = Decimal(str(scale_max))
    if not Decimal(0) <= value <= top:
        raise _CellError(f"{text.strip()!r} is outside 0–{_num_text(float(scale_max))}")
    return int((value * 10 / top).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_duration(text: str, unit: str = "min") -> float:
    """A duration in minutes: a number in ``unit``, or ``H:MM`` / ``H:MM:SS``."""
    t = text.strip()
    if ":" in t:
        parts = t.split(":")
        if len(parts) not in (2, 3) or not all(p.strip().isdigit() for p in parts):
            raise _CellError(f"{text!r} is not a duration (use minutes, H:MM or H:MM:SS)")
        hours, minutes = int(parts[0]), int(parts[1])
        seconds = int(parts[2]) if len(parts) == 3 else 0
        return hours * 60 + minutes + seconds / 60
    try:
        factor = DURATION_UNITS[unit]
    except KeyError:
        raise _CellError(f"unknown duration unit {unit!r}") from None
    return round(parse_number(t) * factor, 4)


def _has_time_directive(pattern: str) -> bool:
    return any(d in pattern for d in _TIME_DIRECTIVES)


def parse_timestamp(text: str, date_format: str = "iso") -> datetime:
    """A timestamp in the mapping's date format (see :data:`DATE_FORMAT_HELP`)."""
    t = text.strip()
    if not t:
        raise _CellError("is empty")
    fmt = date_format.strip() or "iso"
    if fmt in ("epoch_s", "epoch_ms"):
        try:
            value = float(_decimal(t))
        except _CellError:
            raise _CellError(f"{text!r} is not a Unix time") from None
        if fmt == "epoch_ms":
            value /= 1000
        try:
            when = datetime.fromtimestamp(value, tz=UTC).astimezone()
        except (OverflowError, OSError, ValueError):
            raise _CellError(f"{text!r} is not a Unix time") from None
        return when.replace(microsecond=0)
    if fmt == "iso":
        candidate = t[:-1] + "+00:00" if t.endswith(("Z", "z")) else t
        try:
            when = datetime.fromisoformat(candidate)
        except ValueError:
            raise _CellError(f"{text!r} is not an ISO 8601 date or date-time") from None
        if len(candidate) <= 10 and "T" not in candidate and " " not in candidate:
            when = datetime.combine(when.date(), _NOON)
        return when
    try:
        when = datetime.strptime(t, fmt)
    except ValueError:
        # English ordinal days ("22nd Sep 2020", as Bearable writes them) match "%d %b %Y".
        plain = _ORDINAL_DAY.sub(r"\1", t)
        try:
            when = datetime.strptime(plain, fmt)
        except ValueError:
            raise _CellError(f"{text!r} does not match the date format {fmt!r}") from None
    if not _has_time_directive(fmt):
        when = datetime.combine(when.date(), _NOON, tzinfo=when.tzinfo)
    return when


def _normal_word(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _loose_list(text: str) -> list[str]:
    t = text.strip()
    if t.startswith("[") and t.endswith("]"):
        t = t[1:-1]
    for sep in (";", ",", "|"):
        if sep in t:
            return [p.strip() for p in t.split(sep) if p.strip()]
    return [t] if t else []


def _medications_cell(text: str, strict: bool) -> list[dict[str, Any]]:
    meds: list[dict[str, Any]] = []
    if not strict and MED_SEP not in text:
        return [{"name": name} for name in _loose_list(text)]
    for item in _split_top(text, LIST_SEP):
        if not item.strip():
            continue
        parts = split_escaped(item, MED_SEP)
        if len(parts) > 5:
            raise _CellError(
                f"a medicine has {len(parts)} fields; use name|dose|unit|taken_at|nsaid"
            )
        parts += [""] * (5 - len(parts))
        name, dose, unit, taken_at, nsaid = parts
        med: dict[str, Any] = {"name": name.strip()}
        if dose.strip():
            med["dose"] = parse_number(dose)
        if unit.strip():
            med["unit"] = unit.strip()
        if taken_at.strip():
            med["taken_at"] = taken_at.strip()
        if nsaid.strip():
            med["nsaid"] = parse_bool(nsaid)
        meds.append(med)
    return meds


def _own_list(cell: str) -> list[str]:
    return [item.strip() for item in split_escaped(restore(cell), LIST_SEP) if item.strip()]


def _own_converter(key: str) -> Callable[[str], Any]:
    """:func:`_own_value` for one key, chosen once per column instead of once per cell."""
    if key in NUMBER_KEYS:
        return parse_int if key in INT_KEYS else parse_number
    if key in BOOL_KEYS:
        return lambda cell: parse_bool(restore(cell))
    if key in LIST_KEYS:
        return _own_list
    if key == "medications":
        return lambda cell: _medications_cell(restore(cell), strict=True)
    return restore


def _own_value(key: str, cell: str) -> Any:
    """A cell of backdiary's own CSV as an exchange-format JSON value."""
    if key in NUMBER_KEYS:
        return parse_int(cell) if key in INT_KEYS else parse_number(cell)
    text = restore(cell)
    if key in BOOL_KEYS:
        return parse_bool(text)
    if key in LIST_KEYS:
        return [item.strip() for item in split_escaped(text, LIST_SEP) if item.strip()]
    if key == "medications":
        return _medications_cell(text, strict=True)
    return text


#: Own-format columns whose empty cell is an empty list, not "use the default": an export
#: writes every list, so ``pain_locations`` of a check-in must stay empty.
_EMPTY_IS_LIST = LIST_KEYS | {"medications"}


def _mapped_value(key: str, cell: str, mapping: CsvMapping) -> Any:
    """A cell of another app's CSV as an exchange-format JSON value."""
    if key == "timestamp":
        return parse_timestamp(cell, mapping.date_format).isoformat()
    if key == "nrs":
        if mapping.scale_max is not None:
            return rescale(cell, mapping.scale_max)
        value = _decimal(cell)
        if not Decimal(0) <= value <= Decimal(10):
            raise _CellError(
                f"{cell.strip()!r} is outside 0–10 (for a 0–N scale give N: --scale-max N, "
                "or “Severity scale” in the window)"
            )
        return parse_int(cell)
    if key == "episode_duration_min":
        return parse_duration(cell, mapping.duration_unit)
    if key in NUMBER_KEYS:
        return parse_int(cell) if key in INT_KEYS else parse_number(cell)
    text = restore(cell).strip()
    if key in BOOL_KEYS:
        return parse_bool(text)
    if key in ENUM_KEYS:
        return _normal_word(text)
    if key in ENUM_LIST_KEYS:
        return [_normal_word(item) for item in _loose_list(text)]
    if key in TAG_LIST_KEYS:
        return _loose_list(text)
    if key == "medications":
        return _medications_cell(text, strict=False)
    return restore(cell)


def _row_error(line: int, exc: ExchangeError, columns: Mapping[str, str]) -> RowError:
    match = _EXCHANGE_MESSAGE.match(str(exc))
    if not match:
        return RowError(line, "", str(exc).split(": ", 1)[-1])
    key, problem = match.group(1), match.group(2)
    return RowError(line, _field_name(key.split(".")[0], columns), problem)


def _field_name(key: str, columns: Mapping[str, str]) -> str:
    column = columns.get(key)
    if column is None or column == key:
        return key
    return f"{key} (column '{column}')"


# --------------------------------------------------------------------------- import
def is_own_format(headers: Sequence[str]) -> bool:
    """True when every column is an exchange key (or ``x_…``) and ``timestamp`` is present."""
    known = set(ENTRY_KEYS)
    names = [h for h in headers if h]
    return "timestamp" in names and all(h in known or h.startswith("x_") for h in names)


def _stable_id(parts: Sequence[str], seen: dict[str, int]) -> str:
    key = "\x1f".join(parts)
    occurrence = seen.get(key, 0)
    seen[key] = occurrence + 1
    return str(uuid.uuid5(_ID_NAMESPACE, f"{occurrence}\x1e{key}"))


def _column_getter(headers: Sequence[str], spec: str) -> Callable[[list[str]], str]:
    index = {h: i for i, h in enumerate(headers)}
    if spec in index:
        if headers.count(spec) > 1:
            raise CsvFileError(f"the column '{spec}' appears twice in the header")
        i = index[spec]
        return lambda row: row[i]
    if "+" in spec:
        names = [p.strip() for p in spec.split("+")]
        missing = [n for n in names if n not in index]
        if not missing:
            ids = [index[n] for n in names]
            return lambda row: " ".join(row[i].strip() for i in ids if row[i].strip())
    available = ", ".join(f"'{h}'" for h in headers if h) or "none"
    raise CsvFileError(f"there is no column '{spec}' (the columns are {available})")


def check_mapping(mapping: CsvMapping, headers: Sequence[str]) -> None:
    """Refuse a mapping that cannot work with these headers (before reading any row).

    Raises:
        CsvFileError: naming the unknown key or column.
    """
    known = set(ENTRY_KEYS)
    for key in mapping.columns:
        if key not in known:
            raise CsvFileError(
                f"'{key}' is not an exchange-format key (e.g. timestamp, nrs, notes, "
                "episode_duration_min, trigger, factors, relief, medications)"
            )
    if "timestamp" not in mapping.columns:
        raise CsvFileError("map a column to 'timestamp' (when each episode began)")
    for spec in mapping.columns.values():
        _column_getter(headers, spec)
    for column, _ in mapping.where:
        _column_getter(headers, column)
    if mapping.scale_max is not None and not (
        math.isfinite(mapping.scale_max) and mapping.scale_max > 0
    ):
        raise CsvFileError("the severity scale maximum must be a number above 0")
    if mapping.duration_unit not in DURATION_UNITS:
        raise CsvFileError(
            f"unknown duration unit '{mapping.duration_unit}' (use {', '.join(DURATION_UNITS)})"
        )
    fmt = mapping.date_format.strip()
    if fmt not in ("iso", "epoch_s", "epoch_ms", "") and "%" not in fmt:
        raise CsvFileError(
            f"'{fmt}' is not a date format: use iso, epoch_s, epoch_ms or a pattern like %d.%m.%Y"
        )


def parse_csv(
    data: bytes,
    mapping: CsvMapping | None = None,
    *,
    source: str = "the file",
    encoding: str | None = None,
    progress: Progress | None = None,
) -> CsvImport:
    """Read a CSV into entries and row errors; nothing is stored.

    Without ``mapping`` the file must be backdiary's own CSV (its headers are exchange
    keys). Every row is validated; the caller imports nothing while :attr:`CsvImport.errors`
    is not empty, unless the user chose to skip the invalid rows.

    Raises:
        CsvFileError: when the file as a whole cannot be used (encoding, header, mapping).
    """
    table = read_table(data, source, encoding)
    return parse_table(table, mapping, progress=progress)


def parse_table(
    table: CsvTable, mapping: CsvMapping | None = None, *, progress: Progress | None = None
) -> CsvImport:
    """:func:`parse_csv` over an already decoded table (the import dialog reads the file once)."""
    with _no_gc():
        return _parse_table(table, mapping, progress)


def _parse_table(
    table: CsvTable, mapping: CsvMapping | None, progress: Progress | None
) -> CsvImport:
    headers = table.headers
    result = CsvImport(total_rows=len(table.rows), encoding=table.encoding)
    if mapping is None:
        if not is_own_format(headers):
            unknown = next((h for h in headers if h and h not in ENTRY_KEYS), None)
            detail = f"unknown column '{unknown}'" if unknown else "no 'timestamp' column"
            raise CsvFileError(
                f"these columns are not backdiary's own CSV ({detail}). Tell backdiary which "
                "column holds what with --map KEY=COLUMN, e.g. --map timestamp=Date --map nrs=Pain"
            )
        seen_names: set[str] = set()
        for h in headers:
            if h and h in seen_names:
                raise CsvFileError(f"the column '{h}' appears twice in the header")
            seen_names.add(h)
        result.own_format = True
        columns = {h: h for h in headers if h in ENTRY_KEYS}
        getters = {key: _column_getter(headers, key) for key in columns}
        plan: list[_OwnColumn] | None = _own_plan(headers, columns)
        where: list[tuple[str, Callable[[list[str]], str]]] = []
    else:
        check_mapping(mapping, headers)
        columns = dict(mapping.columns)
        getters = {key: _column_getter(headers, spec) for key, spec in columns.items()}
        where = [(pattern, _column_getter(headers, col)) for col, pattern in mapping.where]
        plan = None
    width = len(headers)
    seen: dict[str, int] = {}
    ids: dict[str, int] = {}
    total = len(table.rows)
    for done, (line, row) in enumerate(table.rows, start=1):
        if progress is not None and done % 5000 == 0:
            progress(done, total)
        if len(row) != width:
            result.errors.append(
                RowError(line, "", f"has {len(row)} fields, the header has {width}")
            )
            continue
        if where and not all(
            fnmatch.fnmatchcase(get(row).strip().casefold(), pattern.strip().casefold())
            for pattern, get in where
        ):
            result.filtered_out += 1
            continue
        entry = _row_entry(line, row, columns, getters, mapping, seen, result.errors, plan)
        if entry is None:
            continue
        first = ids.get(entry.id)
        if first is not None:
            result.errors.append(
                RowError(line, "id", f"{entry.id!r} appears twice (first on line {first})")
            )
            continue
        ids[entry.id] = line
        result.entries.append(entry)
    if progress is not None:
        progress(total, total)
    return result


#: Own-format cells that equal the exchange default and can be left out (fast path). Not
#: ``pregnant``/``nsaid_taken`` (an explicit false differs from "derive it"), not
#: ``pain_locations`` (its default is not empty).
_OWN_DEFAULT_CELLS: dict[str, frozenset[str]] = {
    **{k: frozenset({"", "false"}) for k in BOOL_KEYS - {"pregnant", "nsaid_taken"}},
    **{k: frozenset({"", "none"}) for k in ("trigger", "leg_symptoms", "leg_weakness")},
    "vaginal_bleeding": frozenset({"", "none"}),
}


#: One column of backdiary's own CSV: key, index, cells that mean the default, converter,
#: whether a blank cell is an empty list.
_OwnColumn = tuple[str, int, frozenset[str], Callable[[str], Any], bool]


def _own_plan(headers: Sequence[str], columns: Mapping[str, str]) -> list[_OwnColumn]:
    index = {h: i for i, h in enumerate(headers)}
    return [
        (
            key,
            index[key],
            _OWN_DEFAULT_CELLS.get(key, frozenset()),
            _own_converter(key),
            key in _EMPTY_IS_LIST,
        )
        for key in columns
    ]


def _row_entry(
    line: int,
    row: list[str],
    columns: Mapping[str, str],
    getters: Mapping[str, Callable[[list[str]], str]],
    mapping: CsvMapping | None,
    seen: dict[str, int],
    errors: list[RowError],
    plan: Sequence[_OwnColumn] | None = None,
) -> Entry | None:
    all_getters = getters
    data: dict[str, Any] = {}
    own = mapping is None
    if own and plan is not None:
        # backdiary's own CSV: plain column indexes and a converter per column.
        for key, index, defaults, convert, empty_is_list in plan:
            cell = row[index]
            if cell in defaults:
                continue
            if not cell.strip():
                if empty_is_list:
                    data[key] = []
                continue
            try:
                data[key] = convert(cell)
            except _CellError as exc:
                errors.append(RowError(line, _field_name(key, columns), str(exc)))
                return None
        getters = {}  # the loop below has nothing left to do
    for key, get in getters.items():
        cell = get(row)
        if own and cell in _OWN_DEFAULT_CELLS.get(key, ()):
            continue
        blank = not cell.strip()
        if blank or (not own and cell.strip().lower() in NULL_WORDS):
            if not own and key in ("nrs", "timestamp"):
                errors.append(RowError(line, _field_name(key, columns), "is empty"))
                return None
            if own and key in _EMPTY_IS_LIST:
                data[key] = []
            continue
        try:
            data[key] = _own_value(key, cell) if own else _mapped_value(key, cell, mapping)  # type: ignore[arg-type]
        except _CellError as exc:
            errors.append(RowError(line, _field_name(key, columns), str(exc)))
            return None
    if "id" not in data or not str(data["id"]).strip():
        raw = [f"{columns[key]}={get(row)}" for key, get in all_getters.items()]
        data["id"] = _stable_id(raw, seen)
    try:
        return entry_from_dict(data, line)
    except ExchangeError as exc:
        errors.append(_row_error(line, exc, columns))
    except ValidationError as exc:
        errors.append(RowError(line, _field_name(exc.field, columns), exc.message))
    return None


def summarise_errors(errors: Sequence[RowError], limit: int = 20) -> list[str]:
    """The first ``limit`` errors as lines, plus a line counting the rest."""
    lines = [str(e) for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"… and {len(errors) - limit} more invalid rows")
    return lines


#: Date formats :func:`guess_date_format` tries, in this order (day-first before US order).
GUESSED_DATE_FORMATS: tuple[str, ...] = (
    "iso", "epoch_ms", "epoch_s",
    "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d.%m.%y %H:%M", "%d.%m.%y",
    "%d/%m/%Y %H:%M", "%d/%m/%Y", "%m/%d/%Y %I:%M %p", "%m/%d/%Y",
    "%d-%m-%Y", "%d %b %Y %H:%M", "%d %b %Y", "%b %d, %Y",
)  # fmt: skip
_EPOCH_DIGITS = {"epoch_ms": range(11, 15), "epoch_s": range(8, 12)}


def guess_date_format(values: Iterable[str], sample: int = 50) -> str | None:
    """The first of :data:`GUESSED_DATE_FORMATS` that reads every one of the first
    ``sample`` non-empty ``values``, or None (for the import dialog's first choice)."""
    cells = [v.strip() for v in values if v.strip() and v.strip().lower() not in NULL_WORDS]
    cells = cells[:sample]
    if not cells:
        return None
    for fmt in GUESSED_DATE_FORMATS:
        digits = _EPOCH_DIGITS.get(fmt)
        if digits is not None and not all(c.isdigit() and len(c) in digits for c in cells):
            continue
        try:
            for cell in cells:
                parse_timestamp(cell, fmt)
        except _CellError:
            continue
        return fmt
    return None


#: The longest episode an entry may record, in minutes (90 days, as the model allows).
_MAX_DURATION_MIN = 60 * 24 * 90


def guess_duration_unit(values: Iterable[str], sample: int = 200) -> str:
    """``min`` unless plain-number durations are too large for minutes: then the first of
    ``s`` and ``ms`` (Headi writes milliseconds) in which the largest fits and the median
    episode lasts at most a day."""
    numbers: list[float] = []
    for value in values:
        try:
            numbers.append(parse_number(value))
        except _CellError:
            continue
        if len(numbers) >= sample:
            break
    top = max(numbers, default=0.0)
    if top <= _MAX_DURATION_MIN:
        return "min"
    middle = statistics.median(numbers)
    for unit in ("s", "ms"):
        factor = DURATION_UNITS[unit]
        if top * factor <= _MAX_DURATION_MIN and middle * factor <= 24 * 60:
            return unit
    return "ms"


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """A first guess of which column holds what, from common header names (for the dialog)."""
    rules: list[tuple[str, tuple[str, ...]]] = [
        (
            "timestamp",
            ("timestamp", "start_date", "date formatted", "date", "datum", "time", "when"),
        ),
        (
            "nrs",
            (
                "nrs",
                "pain level",
                "severity",
                "intensity",
                "strength",
                "value",
                "rating/amount",
                "rating",
                "pain",
            ),
        ),
        ("episode_duration_min", ("duration", "dauer", "minutes")),
        ("notes", ("notes", "note", "comment", "comments", "description", "notiz")),
        ("trigger", ("trigger",)),
        ("factors", ("factors", "tags", "triggers")),
        ("relief", ("relief", "resolutions")),
        ("medications", ("medications", "medication", "drug intakes", "medicine", "treatment")),
    ]
    lowered = {h.strip().lower(): h for h in headers if h.strip()}
    used: set[str] = set()
    guess: dict[str, str] = {}
    for key, names in rules:
        for name in names:
            for low, original in lowered.items():
                if original in used:
                    continue
                if low == name or low.startswith(name + " ") or low.startswith(name + "("):
                    guess[key] = original
                    used.add(original)
                    break
            if key in guess:
                break
    return guess
