"""Backups made with SQLite's backup API: checked, private, durable, rotated.

A backup is never a file copy of a live database (a copy taken while a
transaction is active can be torn). :func:`write_backup` copies through the
backup API into a temporary file next to the target, switches the copy to a
rollback journal (so it opens on read-only media), runs ``quick_check`` on it,
flushes it, makes it private (0600) and only then renames it into place and
flushes the folder. A database that fails its own ``quick_check`` is never
backed up, so a damaged diary cannot push good backups out of the rotation.

Backups live in ``<data>/backups`` as ``diary-<UTC time>-<kind>[-<note>].sqlite3``:

* ``auto``: taken when a diary is opened (and when the window closes, and every
  4 hours while it stays open) if it changed since the last backup; rotated to
  keep the newest of each of the last 7 days, 4 weeks and 12 months that have one;
* ``manual``: "Back up now" and ``backdiary backup``; kept;
* ``pre-migration``: taken before a schema upgrade, named with both revisions;
  kept, and not repeated by a retry after a failed upgrade;
* ``before-restore``: the diary that a restore replaced; kept;
* ``damaged``: a damaged diary moved aside by a restore or rescue; kept, never
  offered for restoring.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import quote

from backdiary.errors import KnownError
from backdiary.privacy import create_private, fsync_path, make_private, make_private_dir
from backdiary.storage import crypto
from backdiary.storage.crypto import database_errors, sql_errors

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger("backdiary.storage")

STAMP = "%Y%m%dT%H%M%S.%fZ"  # written with milliseconds (see backup_name)
#: How many days, weeks and months keep their newest automatic backup.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class Kind(StrEnum):
    """Why a backup file exists."""

    AUTO = "auto"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"


KIND_LABEL = {
    Kind.AUTO: "automatic",
    Kind.MANUAL: "made by you",
    Kind.PRE_MIGRATION: "before an update",
    Kind.BEFORE_RESTORE: "diary replaced by a restore",
    Kind.DAMAGED: "damaged diary, kept for rescue",
}

_NAME = re.compile(
    r"^diary-(?P<stamp>\d{8}T\d{6}(?:\.\d{1,6})?Z)-(?P<kind>"
    + "|".join(re.escape(k.value) for k in sorted(Kind, key=len, reverse=True))
    + r")(?:-(?P<note>[A-Za-z0-9._-]+))?\.sqlite3$"
)
_TEMP = re.compile(r"^\.diary-.*\.(?P<pid>\d+)\.tmp(?:-journal|-wal|-shm)?$")


class BackupError(KnownError):
    """A backup could not be made; the existing backups are untouched."""


@dataclass(frozen=True, slots=True)
class Facts:
    """What a diary file holds, as far as it could be read."""

    entries: int | None
    revision: str | None
    token: str | None
    app_version: str | None = None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file and what it holds.

    Attributes:
        path: the file.
        made_at: when it was made (aware, UTC; from its name).
        kind: why it exists.
        note: extra words from its name (e.g. ``0001-to-0002``).
        size: bytes on disk.
        entries: how many entries it holds, or None when it could not be read.
        revision: its schema revision.
        token: its change token (revision 0002 and later).
        problem: why it could not be read, when it could not.
    """

    path: Path
    made_at: datetime
    kind: Kind
    note: str
    size: int
    entries: int | None = None
    revision: str | None = None
    token: str | None = None
    problem: str | None = None

    @property
    def restorable(self) -> bool:
        """Whether it can be offered for restoring."""
        return self.entries is not None and self.kind is not Kind.DAMAGED

    def describe(self) -> str:
        """``2026-11-24 09:12, 1,234 entries`` (local time)."""
        when = f"{self.made_at.astimezone():%Y-%m-%d %H:%M}"
        if self.entries is None:
            return f"{when}, unreadable"
        noun = "entry" if self.entries == 1 else "entries"
        return f"{when}, {self.entries:,} {noun}"


# ---------------------------------------------------------------------------- reading files
def connect_readonly(
    path: Path, timeout: float = 5.0, *, immutable: bool | None = None
) -> sqlite3.Connection:
    """A read-only connection that never writes to ``path`` (not even on close).

    Args:
        path: the database file.
        timeout: how long to wait for another program's lock, in seconds.
        immutable: open without locking, for files nobody writes (backups; this
            also works on read-only media). By default: when there is no ``-wal``.
            A file in use must be opened with ``immutable=False``; SQLite may then
            add empty ``-wal``/``-shm`` companions, never touching the file itself.

    An encrypted file is opened with SQLCipher when its key is known
    (:func:`backdiary.storage.crypto.key_for`); otherwise SQLite reports it as
    "not a database", and callers that may meet one ask :mod:`~backdiary.storage.crypto` first.
    """
    if immutable is None:
        immutable = not Path(f"{path}-wal").exists()
    key = crypto.key_for(path)
    if key is not None:  # an encrypted diary or backup whose passphrase was given
        conn = cast(
            sqlite3.Connection,
            crypto.connect(path, key, readonly=True, immutable=immutable, timeout=timeout),
        )
    else:
        uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    return conn


def problem_lines(rows: list[tuple[object, ...]]) -> list[str]:
    """The problems reported by ``integrity_check``/``quick_check``, one per line."""
    if rows == [("ok",)]:
        return []
    lines = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return lines or ["no result"]


def quick_check(conn: sqlite3.Connection) -> str | None:
    """The first problems ``PRAGMA quick_check`` finds, or None when the file is sound."""
    lines = problem_lines(conn.execute("PRAGMA quick_check(5)").fetchall())
    return "; ".join(lines[:3]) if lines else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_facts(conn: sqlite3.Connection) -> Facts:
    """Entry count, schema revision and change token of an open diary."""
    tables = _tables(conn)
    entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0] if "entry" in tables else 0
    revision = None
    meta: dict[str, str] = {}
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    if "diary_meta" in tables:
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM diary_meta")}
    return Facts(int(entries), revision, meta.get("change_token"), meta.get("app_version"))


def parse_name(path: Path) -> tuple[datetime, Kind, str] | None:
    """(made at, kind, note) from a backup file name, or None for other files."""
    m = _NAME.match(path.name)
    if m is None:
        return None
    return _parse_stamp(m["stamp"]), Kind(m["kind"]), m["note"] or ""


def _parse_stamp(stamp: str) -> datetime:
    """``20260105T083000.123Z`` → an aware UTC datetime (what ``strptime(STAMP)``
    reads, without importing ``_strptime`` and ``locale`` at every start)."""
    whole, _, fraction = stamp.rstrip("Z").partition(".")
    return datetime(
        int(whole[0:4]), int(whole[4:6]), int(whole[6:8]),
        int(whole[9:11]), int(whole[11:13]), int(whole[13:15]),
        int(fraction.ljust(6, "0")) if fraction else 0,
        tzinfo=UTC,
    )  # fmt: skip


def inspect(path: Path) -> BackupInfo | None:
    """What the backup at ``path`` holds (None when the name is not a backup's)."""
    parsed = parse_name(path)
    if parsed is None:
        return None
    made, kind, note = parsed
    try:
        size = path.stat().st_size
    except OSError:
        return None
    try:
        conn = connect_readonly(path, timeout=1.0)
        try:
            facts = read_facts(conn)
        finally:
            conn.close()
    except sql_errors() as exc:
        if crypto.looks_encrypted(path) and crypto.key_for(path) is None:
            return BackupInfo(path, made, kind, note, size, problem="encrypted, locked")
        return BackupInfo(path, made, kind, note, size, problem=str(exc))
    except crypto.WrongPassphraseError:
        return BackupInfo(path, made, kind, note, size, problem="encrypted, locked")
    if facts.revision is None:
        return BackupInfo(path, made, kind, note, size, problem="not a backdiary diary")
    return BackupInfo(path, made, kind, note, size, facts.entries, facts.revision, facts.token)


def list_backups(folder: Path, *, read: bool = True) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first.

    Args:
        folder: the backups folder (missing = no backups).
        read: open each file to count its entries; without it only names are parsed.
    """
    try:
        candidates = sorted(folder.glob("diary-*.sqlite3"), reverse=True)
    except OSError:
        return []
    found: list[BackupInfo] = []
    for path in candidates:
        if read:
            info = inspect(path)
        else:
            parsed = parse_name(path)
            info = None if parsed is None else BackupInfo(path, *parsed, size=0)
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def newest_restorable(folder: Path, known: Iterable[str] | None = None) -> BackupInfo | None:
    """The newest backup that can be restored (and whose revision is in ``known``)."""
    allowed = None if known is None else set(known)
    for info in list_backups(folder):
        if info.restorable and (allowed is None or info.revision in allowed):
            return info
    return None


# ---------------------------------------------------------------------------- writing
def backup_name(kind: Kind, when: datetime | None = None, note: str = "") -> str:
    """The file name of a backup made at ``when`` (now by default)."""
    stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    stamp = stamp[:-4] + "Z"  # milliseconds are enough to order backups
    return f"diary-{stamp}-{kind.value}" + (f"-{note}" if note else "") + ".sqlite3"


def free_name(folder: Path, kind: Kind, when: datetime | None, note: str) -> Path:
    """A backup path in ``folder`` that does not exist yet."""
    target = folder / backup_name(kind, when, note)
    n = 2
    while target.exists():
        target = folder / backup_name(kind, when, f"{note}-{n}" if note else str(n))
        n += 1
    return target


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (on Windows: assumed so)."""
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there: keep the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_temporaries(folder: Path) -> None:
    """Delete half-written backup files left by a process that was killed while writing."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = _TEMP.match(name)
        if m and not pid_alive(int(m["pid"])):
            crypto.wipe(folder / name)  # it may be the plaintext left by a conversion


def write_backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind ``source`` to ``target`` (which must not exist).

    Raises:
        BackupError: when the source fails its check, the copy fails its check, or
            the disk refuses; nothing is left at ``target`` then.
    """
    try:
        problem = quick_check(source)
    except database_errors() as exc:
        problem = str(exc)
    if problem is not None:
        raise BackupError(
            f"No backup was made: the diary failed its check ({problem}).",
            "Your existing backups are kept unchanged. Use Check diary, or restore a backup.",
        )
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        create_private(tmp)
        # An encrypted diary's backup is encrypted with the same key (and salt).
        dest = crypto.new_target(tmp, crypto.connection_key(source))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            problem = quick_check(dest)
            if problem is None and crypto.is_cipher_connection(dest):
                # SQLCipher: every page of the copy decrypts and passes its HMAC.
                bad = [str(r[0]) for r in dest.execute("PRAGMA cipher_integrity_check")]
                problem = "; ".join(bad[:3]) or None
        finally:
            dest.close()
        if problem is not None:
            raise BackupError(
                f"No backup was made: the copy failed its check ({problem}).",
                "Your existing backups are kept unchanged. Check the disk and try again.",
            )
        make_private(tmp)
        fsync_path(tmp)
        if target.exists():
            raise FileExistsError(target)
        os.replace(tmp, target)
        fsync_path(target.parent)
    except sql_errors(OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(
            f"No backup was made in {target.parent}: {reason}.",
            "Your existing backups are kept unchanged. Free some disk space or check "
            "the folder's permissions, then try again.",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)


def create_backup(
    source: sqlite3.Connection,
    folder: Path,
    kind: Kind,
    *,
    note: str = "",
    when: datetime | None = None,
) -> BackupInfo:
    """Write a new backup of ``source`` into ``folder`` and return what it holds."""
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise BackupError(
            f"No backup was made: the folder {folder} cannot be used ({exc.strerror}).",
            "Check the folder's permissions and the free disk space, then try again.",
        ) from None
    clean_temporaries(folder)
    target = free_name(folder, kind, when, note)
    write_backup(source, target)
    log.info("backup written (%s)", kind.value)
    info = inspect(target)
    assert info is not None
    return info


def backup_engine(
    engine: Engine, folder: Path, kind: Kind = Kind.MANUAL, *, note: str = ""
) -> BackupInfo:
    """Back up the diary open in ``engine`` (safe while the app keeps writing)."""
    raw = engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, raw.driver_connection)  # or SQLCipher's
        assert conn is not None
        return create_backup(conn, folder, kind, note=note)
    finally:
        raw.close()


def last_backup(folder: Path) -> BackupInfo | None:
    """The newest readable backup that counts as "the last backup" for change detection."""
    for info in list_backups(folder):
        if info.kind in (Kind.AUTO, Kind.MANUAL, Kind.PRE_MIGRATION) and info.restorable:
            return info
    return None


def auto_backup(
    source: sqlite3.Connection, folder: Path, *, when: datetime | None = None
) -> BackupInfo | None:
    """Back up ``source`` if it changed since the last backup, then rotate.

    Returns:
        The new backup, or None when the diary had not changed.
    """
    try:
        token = read_facts(source).token
    except database_errors():
        token = None  # unreadable: write_backup refuses it with the reason
    last = last_backup(folder)
    if last is not None and token is not None and last.token == token:
        return None
    info = create_backup(source, folder, Kind.AUTO, when=when)
    rotate(folder)
    return info


def auto_backup_engine(engine: Engine, folder: Path) -> BackupInfo | None:
    """:func:`auto_backup` for the diary open in ``engine``."""
    raw = engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, raw.driver_connection)  # or SQLCipher's
        assert conn is not None
        return auto_backup(conn, folder)
    finally:
        raw.close()


def _keep(backups: list[BackupInfo]) -> set[Path]:
    """The automatic backups to keep: newest per day, then per week, then per month."""
    keep: set[Path] = set()
    daily = weekly = monthly = 0
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
        day = info.made_at.astimezone().date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        if daily < KEEP_DAILY and day != last_day:
            daily += 1
        elif weekly < KEEP_WEEKLY and week != last_week:
            weekly += 1
        elif monthly < KEEP_MONTHLY and month != last_month:
            monthly += 1
        else:
            continue
        keep.add(info.path)
        last_day, last_week, last_month = day, week, month
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete automatic backups outside the 7 daily / 4 weekly / 12 monthly window.

    Only ``auto`` backups are ever deleted. Returns the deleted files.
    """
    autos = [b for b in list_backups(folder, read=False) if b.kind is Kind.AUTO]
    keep = _keep(autos)
    deleted = []
    for info in autos:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted
