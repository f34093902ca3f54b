"""Reading and writing diary rows; takes and returns domain objects only.

Single-entry operations use the ORM inside one ``BEGIN IMMEDIATE`` transaction per
call ("saved" means the commit returned). Bulk inserts and listings use Core
statements, and aggregations are SQL.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    bindparam,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from backdiary.domain.model import Entry, Pregnancy, Profile, Trigger
from backdiary.domain.pregnancy import state_on
from backdiary.storage import convert
from backdiary.storage.database import writer
from backdiary.storage.listing import (  # re-exported: the listing's types live there
    ALL as ALL,
)
from backdiary.storage.listing import RANK_URGENCY as RANK_URGENCY
from backdiary.storage.listing import URGENCY_RANK as URGENCY_RANK
from backdiary.storage.listing import EntryQuery as EntryQuery
from backdiary.storage.listing import ListedEntry as ListedEntry
from backdiary.storage.listing import SortKey as SortKey
from backdiary.storage.listing import StoredFinding as StoredFinding
from backdiary.storage.schema import EntryRow, FindingRow, MedicationRow, PregnancyRow, ProfileRow


class HistoryEntry(NamedTuple):
    """The part of an earlier entry that the red-flag history algorithms read.

    ``backdiary.domain.redflags`` reads only these attributes of the *earlier*
    entries (``id``, ``timestamp``, ``instant``, ``local_date``, ``nrs`` and
    ``trigger``); loading them alone, as a tuple with plain attributes, costs a
    fraction of a whole :class:`Entry`. ``tests/test_history_window.py`` checks
    that findings stay identical.
    """

    id: str
    timestamp: datetime
    instant: float
    local_date: date
    nrs: int
    trigger: Trigger

    @classmethod
    def of(cls, entry: Entry) -> HistoryEntry:
        """The history view of a whole entry."""
        return cls(
            entry.id, entry.timestamp, entry.instant, entry.local_date, entry.nrs, entry.trigger
        )


_ZONES: dict[int, timezone] = {}
_TRIGGERS = {t.value: t for t in Trigger}
_HISTORY_SQL = (
    "SELECT uuid, local_time, utc_offset_min, instant, nrs, trigger FROM entry "
    "WHERE local_time >= ? AND instant >= ? AND instant <= ? AND uuid != ? "
    "ORDER BY instant, id"
)


def _history_entry(row: Sequence[Any]) -> HistoryEntry:
    uuid, local_time, offset, instant, nrs, trigger = row
    naive = datetime.fromisoformat(local_time)
    if offset is None:
        ts = naive
    else:
        zone = _ZONES.get(offset)
        if zone is None:
            zone = _ZONES[offset] = timezone(timedelta(minutes=offset))
        ts = naive.replace(tzinfo=zone)
    return HistoryEntry(uuid, ts, instant, naive.date(), nrs, _TRIGGERS[trigger])


SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])
ENTRY_TABLE = cast(Table, EntryRow.__table__)
MEDICATION_TABLE = cast(Table, MedicationRow.__table__)
FINDING_TABLE = cast(Table, FindingRow.__table__)


def _max_urgency_subquery() -> Any:
    rank = case(
        *((FindingRow.urgency == name, value) for name, value in URGENCY_RANK.items()),
        else_=0,
    )
    return (
        select(func.max(rank))
        .where(FindingRow.entry_id == EntryRow.pk)
        .correlate(EntryRow)
        .scalar_subquery()
    )


def _apply_query(stmt: SelectT, query: EntryQuery) -> SelectT:
    if query.date_from is not None:
        stmt = stmt.where(EntryRow.local_time >= query.date_from.isoformat())
    if query.date_to is not None:
        stmt = stmt.where(EntryRow.local_time < (query.date_to + timedelta(days=1)).isoformat())
    text = query.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                EntryRow.notes.like(pattern, escape="\\"),
                EntryRow.trigger.like(pattern, escape="\\"),
                EntryRow.factors.like(pattern, escape="\\"),
                EntryRow.relief.like(pattern, escape="\\"),
            )
        )
    return stmt


class Repository:
    """All SQL of the diary. One instance per open diary.

    Args:
        engine: an engine from :func:`backdiary.storage.database.open_engine`.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = writer(engine)

    # ------------------------------------------------------------------ sessions
    def _read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _write(self) -> Session:
        return Session(self._writer, expire_on_commit=False)

    # ------------------------------------------------------------------ entries
    def add(self, entry: Entry, findings: Sequence[StoredFinding] = ()) -> None:
        """Insert one entry (with medications and findings) and commit.

        Raises:
            ValueError: when an entry with the same id exists.
        """
        now = time.time()
        with self._write() as session, session.begin():
            row = EntryRow(**convert.entry_values(entry, now))
            row.medications = [
                MedicationRow(**convert.medication_values(m, i))
                for i, m in enumerate(entry.medications)
            ]
            session.add(row)
            try:
                session.flush()
            except IntegrityError as exc:
                if "uuid" in str(exc.orig):
                    raise ValueError(f"an entry with id {entry.id} already exists") from None
                raise
            self._replace_findings(session, row.pk, findings, now)

    def update(self, entry: Entry, findings: Sequence[StoredFinding] = ()) -> None:
        """Replace the stored entry with the same id and commit.

        Raises:
            KeyError: when no such entry exists.
        """
        now = time.time()
        with self._write() as session, session.begin():
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == entry.id)).one_or_none()
            if row is None:
                raise KeyError(entry.id)
            values = convert.entry_values(entry, now)
            values.pop("created_at")
            for key, value in values.items():
                setattr(row, key, value)
            row.medications = [
                MedicationRow(**convert.medication_values(m, i))
                for i, m in enumerate(entry.medications)
            ]
            session.flush()
            self._replace_findings(session, row.pk, findings, now)

    def delete(self, entry_id: str) -> Entry:
        """Delete an entry (its medications and findings go with it); return what was deleted.

        Raises:
            KeyError: when no such entry exists.
        """
        with self._write() as session, session.begin():
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == entry_id)).one_or_none()
            if row is None:
                raise KeyError(entry_id)
            entry = convert.entry_from_row(row)
            session.execute(delete(EntryRow).where(EntryRow.pk == row.pk))
            return entry

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        with self._read() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.uuid == entry_id)).one_or_none()
            return None if row is None else convert.entry_from_row(row)

    def count(self, query: EntryQuery = ALL) -> int:
        """How many entries match ``query``."""
        stmt = _apply_query(select(func.count()).select_from(EntryRow), query)
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def page(
        self,
        query: EntryQuery = ALL,
        sort: SortKey = SortKey.TIME,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[ListedEntry]:
        """One page of the diary list, sorted in SQL (ties broken by time)."""
        urgency = _max_urgency_subquery().label("urgency_pos")
        column: Any = {
            SortKey.TIME: EntryRow.instant,
            SortKey.NRS: EntryRow.nrs,
            SortKey.DURATION: EntryRow.duration_min,
            SortKey.TRIGGER: EntryRow.trigger,
            SortKey.FLAG: urgency,
            SortKey.NOTES: EntryRow.notes,
        }[sort]
        order = [column.desc() if descending else column.asc()]
        if sort is not SortKey.TIME:
            order.append(EntryRow.instant.desc() if descending else EntryRow.instant.asc())
        stmt = _apply_query(select(EntryRow, urgency), query).order_by(*order)
        stmt = stmt.offset(offset).limit(limit)
        with self._read() as session:
            return [
                ListedEntry(convert.entry_from_row(row), RANK_URGENCY.get(pos or 0))
                for row, pos in session.execute(stmt).all()
            ]

    def entries_between(self, start: date | None = None, end: date | None = None) -> list[Entry]:
        """Entries with local dates in [start, end] (either open), in time order."""
        stmt = _apply_query(select(EntryRow), EntryQuery(start, end)).order_by(EntryRow.instant)
        with self._read() as session:
            return [convert.entry_from_row(r) for r in session.scalars(stmt)]

    def history_before(self, entry: Entry, days: int) -> list[Entry]:
        """Entries earlier than ``entry`` from ``days`` days before its date, in time order."""
        start = (entry.local_date - timedelta(days=days)).isoformat()
        stmt = (
            select(EntryRow)
            .where(EntryRow.local_time >= start)
            .where(EntryRow.instant <= entry.instant)
            .where(EntryRow.uuid != entry.id)
            .order_by(EntryRow.instant, EntryRow.pk)
        )
        with self._read() as session:
            return [convert.entry_from_row(r) for r in session.scalars(stmt)]

    def light_history(
        self, entry: Entry, since: date, min_instant: float = float("-inf")
    ) -> list[HistoryEntry]:
        """Earlier entries as :class:`HistoryEntry` values, in time order.

        The same rows as :meth:`history_before` (dated ``since`` or later, no later
        than ``entry``, not ``entry`` itself), further limited to instants from
        ``min_instant`` on.
        """
        params = (since.isoformat(), min_instant, entry.instant, entry.id)
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(_HISTORY_SQL, params).all()
        return [_history_entry(r) for r in rows]

    def iter_all(self, batch: int = 2000) -> Iterator[Entry]:
        """Every entry in time order, fetched in batches (for export and recomputation)."""
        last: tuple[float, int] | None = None
        while True:
            stmt = select(EntryRow).order_by(EntryRow.instant, EntryRow.pk).limit(batch)
            if last is not None:
                # "instant >= x" first, so SQLite seeks in the instant index rather than
                # scanning it from the start for every batch.
                stmt = stmt.where(
                    EntryRow.instant >= last[0],
                    or_(EntryRow.instant > last[0], EntryRow.pk > last[1]),
                )
            with self._read() as session:
                rows = list(session.scalars(stmt))
                entries = [convert.entry_from_row(r) for r in rows]
            if not rows:
                return
            yield from entries
            last = (rows[-1].instant, rows[-1].pk)

    def ids(self) -> set[str]:
        """Every entry id in the diary."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(EntryRow.uuid)).scalars())

    def bulk_add(
        self,
        entries: Iterable[Entry],
        findings: Mapping[str, Sequence[StoredFinding]] | None = None,
        chunk: int = 5000,
    ) -> int:
        """Insert many entries in one transaction with Core bulk inserts; return the count."""
        found = findings or {}
        return self.bulk_add_pairs(((e, found.get(e.id, ())) for e in entries), chunk)

    def bulk_add_pairs(
        self, pairs: Iterable[tuple[Entry, Sequence[StoredFinding]]], chunk: int = 5000
    ) -> int:
        """Insert (entry, findings) pairs in one transaction, streaming; return the count.

        ``pairs`` is consumed ``chunk`` at a time, so a generator of a million
        entries never sits in memory at once.
        """
        now = time.time()
        total = 0
        entry_sql = _insert_sql("entry", convert.ENTRY_COLUMNS)
        finding_sql = _insert_sql("finding", FINDING_COLUMNS)
        with self._bulk_write() as conn:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            buffer: list[tuple[Entry, Sequence[StoredFinding]]] = []
            last_pk = int(cursor.execute("SELECT coalesce(max(id), 0) FROM entry").fetchone()[0])

            def flush() -> None:
                nonlocal last_pk
                if not buffer:
                    return
                # Plain tuples straight into the DBAPI cursor, inside the same transaction.
                _executemany(
                    conn, cursor, entry_sql, [convert.entry_tuple(e, now) for e, _ in buffer]
                )
                if not any(e.medications or found for e, found in buffer):
                    last_pk = int(cursor.execute("SELECT max(id) FROM entry").fetchone()[0])
                    buffer.clear()
                    return
                # The writer holds the only write lock: the rows above the last primary key
                # are exactly the ones just inserted.
                pk_of: dict[str, int] = dict(
                    cursor.execute("SELECT uuid, id FROM entry WHERE id > ?", (last_pk,))
                )
                if len(pk_of) != len(buffer):  # pragma: no cover - rowids reused at the limit
                    wanted = [e.id for e, _ in buffer]
                    query = select(EntryRow.uuid, EntryRow.pk).where(EntryRow.uuid.in_(wanted))
                    pk_of = dict(conn.execute(query).all())
                last_pk = max(last_pk, *pk_of.values())
                meds = [
                    {"entry_id": pk_of[e.id], **convert.medication_values(m, i)}
                    for e, _ in buffer
                    for i, m in enumerate(e.medications)
                ]
                if meds:
                    conn.execute(insert(MEDICATION_TABLE), meds)
                rows = [_finding_tuple(pk_of[e.id], f, now) for e, found in buffer for f in found]
                if rows:
                    _executemany(conn, cursor, finding_sql, rows)
                buffer.clear()

            for pair in pairs:
                buffer.append(pair)
                total += 1
                if len(buffer) >= chunk:
                    flush()
            flush()
        return total

    @contextmanager
    def _bulk_write(self) -> Iterator[Connection]:
        """A write transaction that replaces the change token once instead of once a row.

        The change-token triggers (revision 0002) of the tables a bulk write fills are
        dropped inside this one transaction, the token is replaced once, and the very
        same triggers (their stored SQL) are created again before the commit. DDL is
        transactional in SQLite: no other connection ever sees the diary without its
        triggers, and an exception rolls the drop back with the rest. So every
        transaction that writes still changes the token at least once.
        """
        with self._writer.begin() as conn:
            # A larger page cache for the duration (the unique id index takes its rows in
            # random order); the pooled connection gets its own size back afterwards.
            cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            conn.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
            try:
                marks = ", ".join("?" for _ in BULK_TABLES)
                triggers = conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    f"AND tbl_name IN ({marks}) ORDER BY rowid",
                    BULK_TABLES,
                ).all()
                for name, _sql in triggers:
                    conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
                conn.exec_driver_sql(NEW_TOKEN_SQL)
                yield conn
                for _name, sql in triggers:
                    conn.exec_driver_sql(sql)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")

    # ------------------------------------------------------------------ findings
    def _replace_findings(
        self, session: Session, entry_pk: int, findings: Sequence[StoredFinding], now: float
    ) -> None:
        session.execute(delete(FindingRow).where(FindingRow.entry_id == entry_pk))
        if findings:
            session.execute(
                insert(FindingRow), [_finding_values(entry_pk, f, now) for f in findings]
            )

    def set_findings(self, entry_id: str, findings: Sequence[StoredFinding]) -> None:
        """Replace the stored findings of one entry."""
        now = time.time()
        with self._write() as session, session.begin():
            pk = session.scalars(select(EntryRow.pk).where(EntryRow.uuid == entry_id)).one()
            self._replace_findings(session, pk, findings, now)

    def replace_all_findings(self, findings: Mapping[str, Sequence[StoredFinding]]) -> None:
        """Replace every stored finding in one transaction, keeping acknowledgements."""
        now = time.time()
        with self._bulk_write() as conn:
            acknowledged = {
                (pk, rule): at
                for pk, rule, at in conn.execute(
                    select(FindingRow.entry_id, FindingRow.rule, FindingRow.acknowledged_at).where(
                        FindingRow.acknowledged_at.is_not(None)
                    )
                ).all()
            }
            conn.execute(delete(FindingRow))
            pk_of: dict[str, int] = dict(conn.execute(select(EntryRow.uuid, EntryRow.pk)).all())
            rows = _acknowledged_finding_rows(findings, pk_of, acknowledged, now)
            if rows:
                conn.execute(insert(FINDING_TABLE), rows)

    def replace_findings_chunk(
        self, entry_ids: Sequence[str], findings: Mapping[str, Sequence[StoredFinding]]
    ) -> None:
        """Replace the findings of ``entry_ids`` in one transaction, keeping acknowledgements.

        The part of :meth:`replace_all_findings` for some entries (a recompute done a
        chunk at a time): a finding of the same rule keeps its acknowledgement.
        """
        if not entry_ids:
            return
        now = time.time()
        with self._writer.begin() as conn:
            query = select(EntryRow.uuid, EntryRow.pk).where(EntryRow.uuid.in_(list(entry_ids)))
            pk_of: dict[str, int] = dict(conn.execute(query).all())
            pks = list(pk_of.values())
            acknowledged = {
                (pk, rule): at
                for pk, rule, at in conn.execute(
                    select(FindingRow.entry_id, FindingRow.rule, FindingRow.acknowledged_at).where(
                        FindingRow.entry_id.in_(pks), FindingRow.acknowledged_at.is_not(None)
                    )
                ).all()
            }
            conn.execute(delete(FindingRow).where(FindingRow.entry_id.in_(pks)))
            rows = _acknowledged_finding_rows(findings, pk_of, acknowledged, now)
            if rows:
                conn.execute(insert(FINDING_TABLE), rows)

    def meta_value(self, key: str) -> str | None:
        """A value of the ``diary_meta`` table, or None."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM diary_meta WHERE key = ?", (key,)).first()
        return None if row is None else str(row[0])

    def set_meta_value(self, key: str, value: str | None) -> None:
        """Set (or with None remove) a value of the ``diary_meta`` table."""
        with self._writer.begin() as conn:
            if value is None:
                conn.exec_driver_sql("DELETE FROM diary_meta WHERE key = ?", (key,))
            else:
                conn.exec_driver_sql(
                    "INSERT INTO diary_meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def has_stale_findings(self, version: str) -> bool:
        """True when some stored finding came from another rule-set version."""
        stmt = select(FindingRow.pk).where(FindingRow.ruleset_version != version).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(stmt).first() is not None

    def findings(self, entry_id: str) -> list[StoredFinding]:
        """Stored findings of one entry, most urgent first."""
        stmt = (
            select(FindingRow)
            .join(EntryRow, EntryRow.pk == FindingRow.entry_id)
            .where(EntryRow.uuid == entry_id)
        )
        with self._read() as session:
            rows = list(session.scalars(stmt))
        found = [_stored(r) for r in rows]
        return sorted(found, key=lambda f: -URGENCY_RANK[f.urgency])

    def findings_of(self, entry_ids: Iterable[str]) -> dict[str, list[StoredFinding]]:
        """Stored findings of several entries by id (entries without any are left out)."""
        ids = list(entry_ids)
        found: dict[str, list[StoredFinding]] = {}
        if not ids:
            return found
        stmt = (
            select(EntryRow.uuid, FindingRow)
            .join(EntryRow, EntryRow.pk == FindingRow.entry_id)
            .where(EntryRow.uuid.in_(ids))
            .order_by(FindingRow.pk)
        )
        with self._read() as session:
            for uuid, row in session.execute(stmt).all():
                found.setdefault(uuid, []).append(_stored(row))
        return found

    def replace_findings_of(self, findings: Mapping[str, Sequence[StoredFinding]]) -> None:
        """Replace the findings of the given entries in one transaction.

        A finding that fires again with the same rule and urgency keeps its
        acknowledgement.
        """
        if not findings:
            return
        now = time.time()
        with self._write() as session, session.begin():
            query = select(EntryRow.uuid, EntryRow.pk).where(EntryRow.uuid.in_(list(findings)))
            pk_of: dict[str, int] = dict(session.execute(query).all())
            pks = list(pk_of.values())
            acknowledged = {
                (pk, rule, urgency): at
                for pk, rule, urgency, at in session.execute(
                    select(
                        FindingRow.entry_id,
                        FindingRow.rule,
                        FindingRow.urgency,
                        FindingRow.acknowledged_at,
                    ).where(FindingRow.entry_id.in_(pks), FindingRow.acknowledged_at.is_not(None))
                ).all()
            }
            session.execute(delete(FindingRow).where(FindingRow.entry_id.in_(pks)))
            rows = []
            for uuid, found in findings.items():
                pk = pk_of.get(uuid)
                if pk is None:
                    continue
                for f in found:
                    values = _finding_values(pk, f, now)
                    values["acknowledged_at"] = acknowledged.get((pk, f.rule, f.urgency))
                    rows.append(values)
            if rows:
                session.execute(insert(FindingRow), rows)

    def flagged(
        self, start: date | None = None, end: date | None = None, minimum: str = "info"
    ) -> list[tuple[Entry, StoredFinding]]:
        """Every (entry, finding) pair in a date range, newest entry first."""
        ranks = [u for u, r in URGENCY_RANK.items() if r >= URGENCY_RANK[minimum]]
        stmt = _apply_query(
            select(EntryRow, FindingRow)
            .join(FindingRow, FindingRow.entry_id == EntryRow.pk)
            .where(FindingRow.urgency.in_(ranks)),
            EntryQuery(start, end),
        ).order_by(EntryRow.instant.desc(), FindingRow.pk)
        with self._read() as session:
            return [(convert.entry_from_row(e), _stored(f)) for e, f in session.execute(stmt).all()]

    def unacknowledged_between(
        self, since: float, until: float, minimum: str = "urgent"
    ) -> list[tuple[Entry, StoredFinding]]:
        """Unacknowledged (entry, finding) pairs timed ``since``..``until``, newest first.

        Driven by the instant index, so it reads only the entries of that span (the
        start-up check for an unread warning, whatever the diary's size).
        """
        ranks = [u for u, r in URGENCY_RANK.items() if r >= URGENCY_RANK[minimum]]
        stmt = (
            select(EntryRow, FindingRow)
            .join(FindingRow, FindingRow.entry_id == EntryRow.pk)
            .where(
                EntryRow.instant >= since,
                EntryRow.instant <= until,
                FindingRow.urgency.in_(ranks),
                FindingRow.acknowledged_at.is_(None),
            )
            .order_by(EntryRow.instant.desc(), FindingRow.pk)
        )
        with self._read() as session:
            return [(convert.entry_from_row(e), _stored(f)) for e, f in session.execute(stmt).all()]

    def acknowledge(self, entry_id: str, rule: str) -> None:
        """Record that the user acknowledged a finding."""
        pks = select(EntryRow.pk).where(EntryRow.uuid == entry_id).scalar_subquery()
        with self._writer.begin() as conn:
            conn.execute(
                update(FindingRow)
                .where(FindingRow.entry_id == pks, FindingRow.rule == rule)
                .values(acknowledged_at=time.time())
            )

    # ------------------------------------------------------------------ profile, pregnancies
    def profile(self) -> Profile:
        """The stored profile (defaults when none was saved)."""
        with self._read() as session:
            return convert.profile_from_row(session.get(ProfileRow, 1))

    def set_profile(self, profile: Profile) -> None:
        """Save the profile."""
        with self._write() as session, session.begin():
            row = session.get(ProfileRow, 1)
            if row is None:
                row = ProfileRow(pk=1)
                session.add(row)
            for key, value in convert.profile_values(profile).items():
                setattr(row, key, value)

    def pregnancies(self) -> list[Pregnancy]:
        """Recorded pregnancies, oldest first."""
        with self._read() as session:
            rows = session.scalars(select(PregnancyRow).order_by(PregnancyRow.pk))
            return [convert.pregnancy_from_row(r) for r in rows]

    def set_pregnancies(self, pregnancies: Sequence[Pregnancy]) -> int:
        """Replace the pregnancies and re-derive every entry's pregnancy state.

        Entries whose state came explicitly from an import keep it. Returns how
        many entries changed.
        """
        changed = 0
        with self._write() as session, session.begin():
            session.execute(delete(PregnancyRow))
            for p in pregnancies:
                session.add(PregnancyRow(**convert.pregnancy_values(p)))
            rows = session.execute(
                select(
                    EntryRow.pk, EntryRow.local_time, EntryRow.pregnant, EntryRow.gestational_weeks
                ).where(EntryRow.pregnancy_explicit.is_(False))
            ).all()
            updates = []
            for pk, local_time, pregnant, weeks in rows:
                state = state_on(datetime.fromisoformat(local_time).date(), pregnancies)
                if (state.pregnant, state.weeks) != (bool(pregnant), weeks):
                    updates.append(
                        {"b_pk": pk, "b_pregnant": state.pregnant, "b_weeks": state.weeks}
                    )
            if updates:
                session.connection().execute(
                    update(ENTRY_TABLE)
                    .where(ENTRY_TABLE.c.id == bindparam("b_pk"))
                    .values(
                        pregnant=bindparam("b_pregnant"),
                        gestational_weeks=bindparam("b_weeks"),
                    ),
                    updates,
                )
            changed = len(updates)
        return changed

    # ------------------------------------------------------------------ vocabulary
    def used_tags(self, column: str) -> list[tuple[str, int]]:
        """Tags used in ``factors`` or ``relief`` with their counts, most used first."""
        col = {"factors": EntryRow.factors, "relief": EntryRow.relief}[column]
        each = func.json_each(col).table_valued("value").alias("tag")
        stmt = (
            select(each.c.value, func.count())
            .select_from(EntryRow)
            .join(each, true())
            .group_by(each.c.value)
            .order_by(func.count().desc(), each.c.value)
        )
        with self.engine.connect() as conn:
            return [(str(v), int(n)) for v, n in conn.execute(stmt).all()]

    def latest(self) -> Entry | None:
        """The most recent entry, or None."""
        stmt = select(EntryRow).order_by(EntryRow.instant.desc()).limit(1)
        with self._read() as session:
            row = session.scalars(stmt).first()
            return None if row is None else convert.entry_from_row(row)


#: The tables whose change-token triggers a bulk write replaces by one renewal.
BULK_TABLES = ("entry", "medication", "finding")
#: ``PRAGMA cache_size`` during a bulk write (negative: KiB, so 64 MiB).
BULK_CACHE_KIB = -65536
NEW_TOKEN_SQL = "UPDATE diary_meta SET value = lower(hex(randomblob(8))) WHERE key = 'change_token'"
#: The finding columns :func:`_finding_tuple` fills, in its order.
FINDING_COLUMNS = (
    "entry_id", "rule", "urgency", "ruleset_version", "evidence", "created_at", "acknowledged_at",
)  # fmt: skip
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _executemany(conn: Connection, cursor: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """``cursor.executemany``, its driver errors raised as SQLAlchemy's (``IntegrityError``,
    ``OperationalError``…), as for every other statement of the repository."""
    error = conn.dialect.loaded_dbapi.Error
    try:
        cursor.executemany(sql, rows)
    except error as exc:
        raise DBAPIError.instance(sql, None, exc, error, ismulti=True) from exc


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"


def _finding_tuple(entry_pk: int, finding: StoredFinding, now: float) -> tuple[Any, ...]:
    return (
        entry_pk,
        finding.rule,
        finding.urgency,
        finding.ruleset_version,
        _dumps(list(finding.evidence)),
        now,
        None,
    )


def _finding_values(entry_pk: int, finding: StoredFinding, now: float) -> dict[str, Any]:
    return {
        "entry_id": entry_pk,
        "rule": finding.rule,
        "urgency": finding.urgency,
        "ruleset_version": finding.ruleset_version,
        "evidence": json.dumps(list(finding.evidence), ensure_ascii=False),
        "created_at": now,
        "acknowledged_at": None,
    }


def _acknowledged_finding_rows(
    findings: Mapping[str, Sequence[StoredFinding]],
    pk_of: Mapping[str, int],
    acknowledged: Mapping[tuple[int, str], float | None],
    now: float,
) -> list[dict[str, Any]]:
    """Finding rows of the entries in ``pk_of``; a rule read before keeps its acknowledgement."""
    rows = []
    for entry_id, found in findings.items():
        pk = pk_of.get(entry_id)
        if pk is None:
            continue
        for f in found:
            values = _finding_values(pk, f, now)
            values["acknowledged_at"] = acknowledged.get((pk, f.rule))
            rows.append(values)
    return rows


def _stored(row: FindingRow) -> StoredFinding:
    return StoredFinding.from_values(
        row.rule, row.urgency, row.ruleset_version, row.evidence, row.acknowledged_at
    )
