"""The diary list's types and its first screen, without SQLAlchemy.

:class:`EntryQuery`, :class:`SortKey` and :class:`ListedEntry` describe what the
diary table shows; :mod:`backdiary.storage.repository` builds the SQL for any
query and order. :func:`first_screen` reads the one page the window shows first
(newest entries, all of them matching) straight through :mod:`sqlite3`, so the
main window can paint before SQLAlchemy is imported (about 170 ms of start-up);
``tests/test_first_screen.py`` checks it returns exactly what
:meth:`~backdiary.storage.repository.Repository.page` returns.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from backdiary.domain.model import Entry, Medication
from backdiary.storage import convert

URGENCY_RANK = {"info": 1, "gp": 2, "urgent": 3, "emergency": 4}
RANK_URGENCY = {v: k for k, v in URGENCY_RANK.items()}


class SortKey(StrEnum):
    """Columns the diary list can be sorted by."""

    TIME = "time"
    NRS = "nrs"
    DURATION = "duration"
    TRIGGER = "trigger"
    FLAG = "flag"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class EntryQuery:
    """A filter over the diary: a date range (inclusive, local days) and free text."""

    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class StoredFinding:
    """A red-flag finding as stored: which rule, how urgent, under which rule-set."""

    rule: str
    urgency: str
    ruleset_version: str
    evidence: tuple[str, ...] = ()
    acknowledged: bool = False

    @classmethod
    def from_values(
        cls, rule: str, urgency: str, version: str, evidence: str, acknowledged_at: object
    ) -> StoredFinding:
        """A finding from its column values (``evidence`` is the stored JSON array)."""
        return cls(rule, urgency, version, tuple(json.loads(evidence)), acknowledged_at is not None)


@dataclass(frozen=True, slots=True)
class ListedEntry:
    """An entry as the diary list shows it, with its highest stored urgency."""

    entry: Entry
    urgency: str | None


#: The query that matches every entry.
ALL = EntryQuery()

_URGENCY_CASE = " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in URGENCY_RANK.items())
_FIRST_PAGE_SQL = (
    "SELECT e.*, (SELECT max(CASE f.urgency "
    + _URGENCY_CASE
    + " ELSE 0 END) FROM finding f WHERE f.entry_id = e.id) AS urgency_pos "
    "FROM entry e ORDER BY e.instant DESC LIMIT ?"
)


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """What the diary table shows first: how many entries there are and the newest."""

    total: int
    rows: tuple[ListedEntry, ...]
    #: The stored findings of the newest entry (the row selected first), most urgent first.
    first_findings: tuple[StoredFinding, ...] = ()


def first_screen(conn: sqlite3.Connection, limit: int) -> FirstScreen:
    """The entry count and the newest ``limit`` entries (unfiltered, newest first).

    Args:
        conn: an open connection to the diary (read-only is enough).
        limit: how many rows to read.
    """
    total = int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
    cursor = conn.execute(_FIRST_PAGE_SQL, (limit,))
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    medications: dict[int, list[Medication]] = {}
    ids = [row["id"] for row in rows]
    if ids:
        marks = ", ".join("?" * len(ids))
        for entry_id, name, dose, unit, taken_at, nsaid in conn.execute(
            "SELECT entry_id, name, dose, unit, taken_at, nsaid FROM medication "
            f"WHERE entry_id IN ({marks}) ORDER BY entry_id, position",
            ids,
        ):
            medications.setdefault(entry_id, []).append(
                convert.medication_from_values(name, dose, unit, taken_at, nsaid)
            )
    listed = tuple(
        ListedEntry(
            convert.entry_from_values(row, medications.get(row["id"], ())),
            RANK_URGENCY.get(row["urgency_pos"] or 0),
        )
        for row in rows
    )
    findings: list[StoredFinding] = []
    if ids:
        findings = [
            StoredFinding.from_values(*row)
            for row in conn.execute(
                "SELECT rule, urgency, ruleset_version, evidence, acknowledged_at FROM finding "
                "WHERE entry_id = ? ORDER BY id",
                (ids[0],),
            )
        ]
        findings.sort(key=lambda f: -URGENCY_RANK[f.urgency])
    return FirstScreen(total, listed, tuple(findings))
