"""When a diary cannot be opened: say why calmly, and offer ways forward.

:func:`inspect_diary` looks at an existing diary file without ever writing to it:
size, SQLite header, ``application_id``, then ``quick_check`` on a read-only
connection. Every problem becomes a :class:`DiaryProblem` (a ``KnownError``): its
message says what happened and that nothing was changed; its hint lists the ways
forward as command lines for the terminal, and :attr:`DiaryProblem.actions` lists
them for the window's recovery dialog.

The ways forward are carried out here too: :func:`restore` (a verified backup
replaces the diary), :func:`salvage` (readable rows are copied into a fresh diary)
and :func:`start_new`. Each keeps the bytes of the file it replaces: the file is
moved, together with its ``-wal``/``-shm``, into the backups folder (kinds
``before-restore`` or ``damaged``), never deleted or written to. They must only run
while no connection to the diary is open (the CLI holds the single-instance lock;
the window disposes its engine first).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import ModuleType

from backdiary import __version__
from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.privacy import fsync_path, make_private_dir
from backdiary.storage import crypto
from backdiary.storage.backup import (
    BackupInfo,
    Facts,
    Kind,
    connect_readonly,
    free_name,
    list_backups,
    problem_lines,
    quick_check,
    read_facts,
    write_backup,
)
from backdiary.storage.crypto import database_errors, sql_errors
from backdiary.storage.failures import Cause, cause_of
from backdiary.storage.ident import APPLICATION_ID, SCHEMA_HEAD

log = logging.getLogger("backdiary.storage")
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProblemKind(StrEnum):
    """What is wrong with the diary or its folder."""

    FOLDER_MISSING = "folder-missing"
    FOLDER_READ_ONLY = "folder-read-only"
    FILE_READ_ONLY = "file-read-only"
    DIARY_MISSING = "diary-missing"
    EMPTY = "empty"
    NOT_SQLITE = "not-sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    TOO_NEW = "too-new"
    LOCKED = "locked"
    UNREADABLE = "unreadable"
    BACKUP_FAILED = "backup-failed"
    MIGRATION_FAILED = "migration-failed"
    ENCRYPTED = "encrypted"


class Action(StrEnum):
    """A way forward the recovery dialog offers."""

    RESTORE = "restore"
    SALVAGE = "salvage"
    START_NEW = "start-new"
    CREATE_FOLDER = "create-folder"
    CHOOSE_FOLDER = "choose-folder"
    RETRY = "retry"


class DiaryProblem(KnownError):
    """The diary cannot be opened; nothing was changed.

    Attributes:
        kind: what is wrong.
        title: a short heading for a dialog.
        paths: the diary's folders.
        actions: the ways forward, most helpful first.
        backup: the newest backup that can be restored, when ``RESTORE`` is offered.
        detail: the technical cause (SQLite's words), for the curious and for reports.
        advice: what to do, in one or two sentences.
        facts: the values the message names (``revision``, ``app_version``, ``kept``),
            so the window can say it in the user's language.
    """

    def __init__(
        self,
        kind: ProblemKind,
        title: str,
        message: str,
        paths: AppPaths,
        actions: tuple[Action, ...],
        *,
        backup: BackupInfo | None = None,
        detail: str = "",
        advice: str = "",
        facts: dict[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.facts = dict(facts or {})
        self.title = title
        self.paths = paths
        self.actions = actions
        self.backup = backup
        self.detail = detail
        self.advice = advice
        super().__init__(message, _cli_hint(self))


def _cmd(paths: AppPaths, *words: str) -> str:
    parts = ["backdiary", "--data-dir", str(paths.data), *words]
    return str(_shlex().join(parts))


def action_label(problem: DiaryProblem, action: Action) -> str:
    """What a button for ``action`` says (one line, plain text)."""
    if action is Action.RESTORE and problem.backup is not None:
        return f"Restore the newest backup ({problem.backup.describe()})"
    return {
        Action.RESTORE: "Restore a backup",
        Action.SALVAGE: "Rescue the readable entries into a new diary",
        Action.START_NEW: "Start a new, empty diary",
        Action.CREATE_FOLDER: "Create the folder and start a new diary there",
        Action.CHOOSE_FOLDER: "Open a diary in another folder…",
        Action.RETRY: "Try again",
    }[action]


def action_note(problem: DiaryProblem, action: Action) -> str:
    """One sentence under the button: what the action keeps and changes."""
    db = problem.paths.db.name
    notes = {
        Action.RESTORE: f"The current {db} is kept in the backups folder, untouched. "
        "Entries made after the backup are not in it.",
        Action.SALVAGE: "Entries that can still be read are copied into a fresh diary; "
        "the damaged file is kept in the backups folder.",
        Action.START_NEW: "The current file is kept in the backups folder, untouched."
        if problem.paths.db.exists()
        else "Your backups stay where they are.",
        Action.CREATE_FOLDER: f"Creates {problem.paths.data}.",
        Action.CHOOSE_FOLDER: "For example a diary on another drive, or an empty folder.",
        Action.RETRY: _RETRY_NOTES.get(problem.kind, "After you have fixed the cause."),
    }
    return notes[action]


_RETRY_NOTES = {
    ProblemKind.FOLDER_MISSING: "Once the drive is connected.",
    ProblemKind.FOLDER_READ_ONLY: "Once the folder can be written to.",
    ProblemKind.FILE_READ_ONLY: "Once the file can be written to.",
    ProblemKind.LOCKED: "Once the other program is closed.",
    ProblemKind.UNREADABLE: "Once the drive is connected and the file can be read.",
    ProblemKind.BACKUP_FAILED: "Once there is free space for the backup.",
    ProblemKind.MIGRATION_FAILED: "If it fails again, the diary still stays as it is.",
    ProblemKind.ENCRYPTED: "Once the passphrase has been given.",
}


def _cli_hint(problem: DiaryProblem) -> str:
    paths = problem.paths
    lines: list[str] = []
    if problem.advice:
        lines.append(problem.advice)
    ways: list[str] = []
    for action in problem.actions:
        if action is Action.RESTORE and problem.backup is not None:
            ways.append(
                f"restore the newest backup ({problem.backup.describe()}); the current "
                f"file is kept:\n      {_cmd(paths, 'restore', str(problem.backup.path))}"
            )
        elif action is Action.SALVAGE:
            ways.append(
                "rescue the readable entries into a new diary (the damaged file is kept):"
                f"\n      {_cmd(paths, 'salvage')}"
            )
        elif action is Action.START_NEW and problem.kind is not ProblemKind.DIARY_MISSING:
            ways.append(
                "start a new, empty diary; the current file is kept in the backups folder:"
                f"\n      {_cmd(paths, 'start-new')}"
            )
        elif action is Action.CREATE_FOLDER:
            ways.append(f"start a new diary there: mkdir -p {_shlex().quote(str(paths.data))}")
        elif action is Action.CHOOSE_FOLDER:
            ways.append("use a diary in another folder: backdiary --data-dir DIR …")
    if ways:
        lines.append("Ways forward:" if len(ways) > 1 else "Way forward:")
        lines.extend(f"  • {w}" for w in ways)
    if problem.detail:
        lines.append(f"(Details: {problem.detail})")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- building problems
def _known_revisions() -> set[str]:
    from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only on this rare path)

    return migrate.known_revisions()


def newest_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup this version can restore, or None."""
    backups = [b for b in list_backups(paths.backups) if b.restorable]
    if not backups:
        return None
    known = {SCHEMA_HEAD} if all(b.revision == SCHEMA_HEAD for b in backups) else None
    if known is None:
        known = _known_revisions()
    return next((b for b in backups if b.revision in known), None)


def problem(kind: ProblemKind, paths: AppPaths, detail: str = "", **facts: str) -> DiaryProblem:
    """The :class:`DiaryProblem` for ``kind``, with its message and ways forward."""
    db, folder = paths.db, paths.data
    unchanged = "backdiary has not changed it."
    restore: tuple[Action, ...] = ()
    backup = None
    if kind in (
        ProblemKind.DIARY_MISSING,
        ProblemKind.EMPTY,
        ProblemKind.NOT_SQLITE,
        ProblemKind.DAMAGED,
        ProblemKind.FOREIGN,
        ProblemKind.TOO_NEW,
        ProblemKind.UNREADABLE,
    ):
        backup = newest_backup(paths)
        restore = (Action.RESTORE,) if backup is not None else ()
    advice = ""
    safe = (
        f"Your newest backup ({backup.describe()}) is safe and can be restored."
        if backup is not None
        else ""
    )
    if kind is ProblemKind.FOLDER_MISSING:
        title = "Diary folder not found"
        message = (
            f"The diary folder {folder} does not exist. If your diary is on a USB stick, "
            "an external disk or a network drive, it may not be connected."
        )
        advice = "Nothing was created or changed. Connect the drive and try again."
        actions: tuple[Action, ...] = (Action.RETRY, Action.CHOOSE_FOLDER, Action.CREATE_FOLDER)
    elif kind is ProblemKind.FOLDER_READ_ONLY:
        title = "Diary folder is read-only"
        message = (
            f"backdiary cannot write in the diary folder {folder}: it is read-only "
            "(a write-protected drive, or no permission to write there)."
        )
        advice = (
            "Your diary has not been changed. Make the folder writable (or copy it to a "
            "folder you can write to and open that one), then try again."
        )
        actions = (Action.RETRY, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.FILE_READ_ONLY:
        title = "Diary file is read-only"
        message = f"The diary file {db} is read-only, so backdiary cannot save new entries in it."
        advice = (
            "Your entries are safe and unchanged. Make the file writable "
            f"(for example: chmod u+w {_shlex().quote(str(db))}), then try again."
        )
        actions = (Action.RETRY, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.DIARY_MISSING:
        title = "Diary file missing"
        message = (
            f"The diary file is missing from {folder}, but backups of it are there. "
            "backdiary has not created a new, empty diary in its place."
        )
        actions = (*restore, Action.START_NEW, Action.CHOOSE_FOLDER)
        advice = safe
    elif kind is ProblemKind.EMPTY:
        title = "Diary file is empty"
        size = "0 bytes" if facts.get("bytes", "0") == "0" else "a database without any tables"
        message = (
            f"The diary file {db} is empty ({size}), so it holds no entries. This can "
            f"happen after a crash or when the disk was full. {unchanged}"
        )
        advice = safe
        actions = (*restore, Action.START_NEW, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.NOT_SQLITE:
        title = "Not a diary file"
        message = (
            f"The diary file {db} is not a database: it was overwritten, or it is a "
            f"different kind of file. {unchanged}"
        )
        advice = safe
        actions = (*restore, Action.START_NEW, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.DAMAGED:
        title = "Diary file is damaged"
        message = (
            f"The diary file {db} is damaged. This can happen after a power cut, a full "
            f"or failing disk, or when another program changed it. {unchanged}"
        )
        advice = safe or "Readable entries can still be rescued from it."
        actions = (*restore, Action.SALVAGE, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.FOREIGN:
        title = "File of another program"
        message = (
            f"The file {db} belongs to another program: it is a database, but not a "
            f"backdiary diary. {unchanged}"
        )
        advice = (
            "Perhaps this folder was chosen by mistake, or another program saved its file "
            "under the diary's name. " + (safe or "Your diary may be in another folder.")
        )
        actions = (Action.CHOOSE_FOLDER, *restore, Action.START_NEW)
    elif kind is ProblemKind.TOO_NEW:
        version = facts.get("app_version")
        by = f"backdiary {version}" if version else "a newer version of backdiary"
        title = "Diary from a newer backdiary"
        message = (
            f"This diary was last used by {by} (schema {facts.get('revision', '?')}), "
            f"which this version ({__version__}) cannot read safely. {unchanged}"
        )
        advice = f"Install {by} or newer again to use it." + (
            " Or restore a backup made with this version; entries added since are not in it."
            if backup is not None
            else ""
        )
        actions = (*restore, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.LOCKED:
        title = "Diary in use"
        message = (
            "Another program is using the diary file right now, so backdiary cannot "
            "open it. Nothing has been changed."
        )
        advice = (
            "Close the other program – for example a database tool, or a backdiary "
            "started from a terminal – then try again."
        )
        actions = (Action.RETRY,)
    elif kind is ProblemKind.UNREADABLE:
        title = "Diary cannot be read"
        message = f"The diary file {db} could not be read. {unchanged}"
        advice = (
            "If it is on a removable or network drive, check that the drive is connected; "
            "check the file's permissions; then try again."
        )
        actions = (Action.RETRY, *restore, Action.CHOOSE_FOLDER)
    elif kind is ProblemKind.ENCRYPTED:
        title = "Diary is encrypted"
        message = (
            f"The diary file {db} is encrypted, and its passphrase has not been given. {unchanged}"
        )
        advice = (
            f"Give the passphrase ({crypto.PASSPHRASE_ENV}, or run the command in a "
            "terminal, where it is asked for), then try again."
        )
        actions = (Action.RETRY,)
    elif kind is ProblemKind.BACKUP_FAILED:
        title = "Update postponed"
        message = (
            "This version of backdiary needs to update the diary's format, but could "
            "not make a backup first, so it has not updated it. Nothing has been changed."
        )
        advice = "Free some disk space or check the backups folder's permissions, then try again."
        actions = (Action.RETRY,)
    else:
        title = "Update failed"
        kept = facts.get("kept")
        message = (
            "backdiary could not update the diary to this version. The update was undone "
            "completely: the diary is exactly as it was."
        )
        advice = (f"A backup was made before the attempt: {kept}. " if kept else "") + (
            "Please report this problem; until it is fixed, the previous version of "
            "backdiary can still open the diary."
        )
        actions = (Action.RETRY,)
    return DiaryProblem(
        kind,
        title,
        message,
        paths,
        actions,
        backup=backup,
        detail=detail,
        advice=advice,
        facts=facts,
    )


def problem_from_error(exc: BaseException, paths: AppPaths) -> DiaryProblem:
    """Classify an SQLite or OS error met while opening the diary."""
    cause = cause_of(exc)
    detail = str(getattr(exc, "orig", None) or exc)
    if cause is Cause.LOCKED:
        return problem(ProblemKind.LOCKED, paths, detail)
    if cause is Cause.DAMAGED:
        return problem(ProblemKind.DAMAGED, paths, detail)
    if cause is Cause.READ_ONLY:
        kind = (
            ProblemKind.FOLDER_READ_ONLY
            if not os.access(paths.data, os.W_OK)
            else ProblemKind.FILE_READ_ONLY
        )
        return problem(kind, paths, detail)
    return problem(ProblemKind.UNREADABLE, paths, detail)


# ---------------------------------------------------------------------------- inspecting
def check_header(path: Path) -> tuple[ProblemKind, str] | None:
    """Problems visible in the first 100 bytes: empty, not SQLite, foreign, cut short."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            return ProblemKind.UNREADABLE, "it is a folder, not a file"
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return ProblemKind.UNREADABLE, exc.strerror or str(exc)
    if size == 0:
        return ProblemKind.EMPTY, ""
    if not header.startswith(SQLITE_MAGIC):
        if crypto.is_cipher_header(header, size):
            if crypto.key_for(path) is not None:
                return None  # SQLCipher: the rest of the header is checked once decrypted
            if crypto.looks_encrypted(path):  # marked encrypted: never taken for damage
                return ProblemKind.ENCRYPTED, "encrypted with a passphrase that has not been given"
            return ProblemKind.NOT_SQLITE, (
                "no SQLite header; if it is an encrypted diary copied without its "
                f"{crypto.MARKER_NAME}, set {crypto.PASSPHRASE_ENV} to open it"
            )
        return ProblemKind.NOT_SQLITE, "no SQLite header"
    if len(header) < 100:
        return ProblemKind.DAMAGED, f"only {size} bytes long"
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        return ProblemKind.FOREIGN, f"application_id {app_id:#x}"
    return None


def _file_application_id(path: Path) -> int | None:
    """The ``application_id`` in the file's own header (without its ``-wal``)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    return int.from_bytes(header[68:72], "big") if len(header) == 100 else None


def stray_wal(path: Path) -> bool:
    """Whether the ``-wal`` next to the diary belongs to another database.

    The file's own header says it is a diary, but read together with its ``-wal``
    it is not: the journal was left by another file (e.g. copied in by hand), and
    the diary is best read without it.
    """
    if _file_application_id(path) != APPLICATION_ID or not Path(f"{path}-wal").exists():
        return False
    try:
        conn = connect_readonly(path, 1.0, immutable=False)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sql_errors():
        return False
    return app_id != APPLICATION_ID or "alembic_version" not in tables


def inspect_diary(
    paths: AppPaths, timeout: float = 5.0, *, deep: bool = True
) -> tuple[sqlite3.Connection, Facts]:
    """Check the existing diary file without writing to it; return a read-only connection.

    Order: header (empty, not SQLite, another program's) → ``quick_check`` →
    backdiary tables and revision → the file is writable.

    Args:
        paths: the diary's folders (the file must exist).
        timeout: seconds to wait for another program's lock before calling it locked.
        deep: run ``quick_check``, which reads every page (0.6 s at 1,000,000
            entries). The window passes False and runs :func:`deep_check` beside
            its start-up instead; nothing is written before that check passes.

    Returns:
        A read-only connection (the caller closes it) and what the diary holds.

    Raises:
        DiaryProblem: when the diary cannot be used as it is.
    """
    found = check_header(paths.db)
    if found is not None:
        raise problem(found[0], paths, found[1])
    try:
        conn = connect_readonly(paths.db, timeout, immutable=False)
    except sql_errors() as exc:
        raise problem_from_error(exc, paths) from None
    try:
        damage = quick_check(conn) if deep else None
        if damage is not None:
            raise problem(ProblemKind.DAMAGED, paths, damage)
        facts = read_facts(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if (
            (facts.revision is None or app_id != APPLICATION_ID)
            and _file_application_id(paths.db) == APPLICATION_ID
            and Path(f"{paths.db}-wal").exists()
        ):
            # The file itself is ours, but its -wal journal turns it into another
            # database: a journal left by another file (e.g. copied in by hand).
            raise problem(
                ProblemKind.DAMAGED, paths, f"{paths.db.name}-wal belongs to another database"
            )
        if facts.revision is None:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise problem(ProblemKind.FOREIGN, paths, "no backdiary tables")
            # A database without a single table: as empty as a 0-byte file.
            raise problem(ProblemKind.EMPTY, paths, "no tables", bytes=str(paths.db.stat().st_size))
        if app_id != APPLICATION_ID:
            raise problem(ProblemKind.FOREIGN, paths, f"application_id {app_id:#x}")
    except sql_errors() as exc:
        conn.close()
        raise problem_from_error(exc, paths) from None
    except BaseException:
        conn.close()
        raise
    if not os.access(paths.db, os.W_OK):
        conn.close()
        raise problem(ProblemKind.FILE_READ_ONLY, paths)
    return conn, facts


def deep_check(paths: AppPaths, timeout: float = 5.0) -> None:
    """``quick_check`` on the diary, on a read-only connection of its own (any thread).

    Raises:
        DiaryProblem: ``DAMAGED`` with the first problems found, or what opening failed on.
    """
    try:
        conn = connect_readonly(paths.db, timeout, immutable=False)
    except sql_errors() as exc:
        raise problem_from_error(exc, paths) from None
    try:
        damage = quick_check(conn)
    except sql_errors() as exc:
        raise problem_from_error(exc, paths) from None
    finally:
        conn.close()
    if damage is not None:
        raise problem(ProblemKind.DAMAGED, paths, damage)


def _shlex() -> ModuleType:
    import shlex  # noqa: PLC0415 (only for the commands a problem message suggests)

    return shlex


# ---------------------------------------------------------------------------- checking
@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of a full check: ``integrity_check`` and ``foreign_key_check``."""

    problems: tuple[str, ...]
    entries: int | None = None

    @property
    def ok(self) -> bool:
        """Whether nothing was found."""
        return not self.problems


def check(paths: AppPaths, timeout: float = 5.0) -> CheckReport:
    """Run ``integrity_check`` and ``foreign_key_check`` on the diary (read-only).

    Raises:
        DiaryProblem: when the file is not a usable diary at all.
    """
    if not paths.db.exists():
        raise KnownError(f"There is no diary in {paths.data} yet.", "Nothing to check.")
    found = check_header(paths.db)
    if found is not None:
        raise problem(found[0], paths, found[1])
    try:
        conn = connect_readonly(paths.db, timeout, immutable=False)
        try:
            try:
                problems = problem_lines(conn.execute("PRAGMA integrity_check(20)").fetchall())
                if crypto.is_cipher_connection(conn):  # every page's HMAC (SQLCipher)
                    problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            except database_errors() as exc:
                return CheckReport((str(exc),))
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    f"row {rowid} of table {table} refers to a missing row of table {parent}"
                )
            entries = None if problems else read_facts(conn).entries
        finally:
            conn.close()
    except sql_errors() as exc:
        raise problem_from_error(exc, paths) from None
    return CheckReport(tuple(problems), entries)


# ---------------------------------------------------------------------------- moving files
def companions(path: Path) -> Iterator[tuple[str, Path]]:
    """The ``-wal``, ``-shm`` and ``-journal`` files next to ``path`` that exist."""
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            yield suffix, companion


def _is_healthy(path: Path) -> bool:
    if check_header(path) is not None:
        return False
    try:
        # Immutable: read only the file itself, so its companions keep their bytes too.
        conn = connect_readonly(path, 1.0, immutable=True)
        try:
            return quick_check(conn) is None and read_facts(conn).revision is not None
        finally:
            conn.close()
    except sql_errors():
        return False


def move_aside(paths: AppPaths, kind: Kind, note: str = "", *, link: bool = False) -> Path | None:
    """Move the diary file and its companions into the backups folder, keeping every byte.

    Args:
        paths: the diary's folders.
        kind: ``BEFORE_RESTORE`` or ``DAMAGED`` (part of the new name).
        note: an extra word for the name (e.g. ``empty``).
        link: hard-link the file instead of moving it (the caller replaces it next,
            atomically); companions are always moved, so a stale ``-wal`` is never
            paired with another file.

    Returns:
        Where the file now is, or None when there was no file (stale companions are
        still moved aside).
    """
    make_private_dir(paths.backups)
    target = free_name(paths.backups, kind, None, note)
    db = paths.db
    kept: Path | None = None
    if db.exists():
        linked = False
        if link:
            try:
                os.link(db, target)
                linked = True
            except OSError:
                linked = False
        if not linked:
            os.replace(db, target)
        kept = target
    for suffix, companion in companions(db):
        os.replace(companion, Path(f"{target}{suffix}"))
    for kept_file in (target, *(p for _suffix, p in companions(target))):
        with contextlib.suppress(OSError):  # permissions only: its bytes stay as they are
            if kept_file.is_file() and kept_file.stat().st_mode & 0o777 != 0o600:
                os.chmod(kept_file, 0o600)
    fsync_path(paths.backups)
    fsync_path(paths.data)
    log.info("diary file moved aside (%s)", kind.value)
    return kept


def _place(paths: AppPaths, staged: Path, kind: Kind, note: str = "") -> Path | None:
    """Put ``staged`` in place of the diary; the replaced file is kept. Returns where."""
    kept = move_aside(paths, kind, note, link=True)
    os.replace(staged, paths.db)
    fsync_path(paths.data)
    return kept


def _stage_name(paths: AppPaths, what: str) -> Path:
    return paths.data / f".diary-{what}.{os.getpid()}.tmp"


# ---------------------------------------------------------------------------- restoring
@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did."""

    source: Path
    entries: int
    kept_as: Path | None


def validate_backup(path: Path) -> Facts:
    """Check that ``path`` is a sound backdiary diary this version can open.

    Raises:
        KnownError: saying why it cannot be restored.
    """
    if not path.is_file():
        raise KnownError(f"{path} does not exist or is not a file.", "Choose a backup file.")
    found = check_header(path)
    if found is not None:
        what = {
            ProblemKind.EMPTY: "it is empty (0 bytes)",
            ProblemKind.NOT_SQLITE: "it is not a database",
            ProblemKind.FOREIGN: "it belongs to another program",
            ProblemKind.ENCRYPTED: "it is encrypted with a passphrase that has not been given",
        }.get(found[0], f"it is damaged ({found[1]})")
        raise KnownError(f"{path} cannot be restored: {what}.", "Choose another backup.")
    try:
        conn = connect_readonly(path, 2.0)
        try:
            damage = quick_check(conn)
            facts = read_facts(conn) if damage is None else None
        finally:
            conn.close()
    except database_errors() as exc:
        damage, facts = str(exc), None
    except sql_errors() as exc:
        raise KnownError(
            f"{path} cannot be restored: it could not be read ({exc}).", "Choose another backup."
        ) from None
    if facts is None:
        raise KnownError(
            f"{path} cannot be restored: it failed its check ({damage}).",
            "Choose another backup.",
        )
    if facts.revision is None:
        raise KnownError(
            f"{path} cannot be restored: it is not a backdiary diary.", "Choose another backup."
        )
    if facts.revision != SCHEMA_HEAD and facts.revision not in _known_revisions():
        raise KnownError(
            f"{path} was made by a newer version of backdiary (schema {facts.revision}).",
            "Install that version to restore it, or choose another backup.",
        )
    return facts


def restore(paths: AppPaths, source: Path) -> RestoreResult:
    """Replace the diary with the backup ``source``; the current file is kept.

    The backup is checked first, copied with the backup API into the data folder,
    checked again, flushed and made private; then the current diary is moved into
    the backups folder (``before-restore``, or ``damaged`` when it fails its check)
    with its ``-wal``/``-shm``, and the copy is renamed into place.

    Raises:
        KnownError: when ``source`` cannot be restored (nothing was changed then).
    """
    source = source.absolute()
    if source == paths.db.absolute():
        raise KnownError("That is the diary itself, not a backup.", "Choose a backup file.")
    facts = validate_backup(source)
    make_private_dir(paths.data)
    staged = _stage_name(paths, "restore")
    diary_key = crypto.key_for(paths.db) if paths.db.exists() else None
    if diary_key is not None and not crypto.is_cipher_file(source):
        # An encrypted diary stays encrypted: a plain backup is restored encrypted (#9).
        crypto.export_copy(source, None, staged, diary_key)
    else:
        conn = connect_readonly(source, 2.0)
        try:
            write_backup(conn, staged)
        finally:
            conn.close()
    try:
        current = paths.db.exists()
        kind = Kind.BEFORE_RESTORE if not current or _is_healthy(paths.db) else Kind.DAMAGED
        kept = _place(paths, staged, kind)
        if crypto.is_cipher_file(paths.db):
            crypto.set_marker(paths.data, True)  # an encrypted diary now: say so (#9)
    finally:
        staged.unlink(missing_ok=True)
    log.info("diary restored from a backup")
    return RestoreResult(source, facts.entries or 0, kept)


# ---------------------------------------------------------------------------- salvaging
@dataclass(frozen=True, slots=True)
class SalvageResult:
    """What a rescue copied: rows per table, where the result and the damaged file are.

    Attributes:
        copied: rows copied per table.
        unreadable: tables in which some part could not be read.
        path: the rescued diary.
        kept_as: where the damaged file was moved (None when it stayed in place).
    """

    copied: dict[str, int] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)
    path: Path | None = None
    kept_as: Path | None = None

    @property
    def entries(self) -> int:
        """How many entries were rescued."""
        return self.copied.get("entry", 0)


def _readable_rows(
    conn: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[list[tuple[object, ...]], bool]:
    """Rows of ``table`` in rowid order, stepping over damaged parts of the file.

    When reading fails, reading starts again further on, doubling the distance
    until it succeeds (so a damaged page costs the rows on it, not the rest).

    Returns:
        The rows read, and whether some part could not be read.
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    scan = f'SELECT rowid, {cols} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'
    rows: list[tuple[object, ...]] = []
    start, last_good, step, damaged = -(2**63), 0, 0, False
    while True:
        progressed = False
        try:
            for row in conn.execute(scan, (start,)):
                rows.append(tuple(row[1:]))
                last_good = int(row[0])
                progressed = True
            return rows, damaged
        except sqlite3.DatabaseError:
            damaged = True
            step = 1 if progressed or step == 0 else step * 2
            if step > 2**40:
                return rows, damaged
            start = last_good + step


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def salvage(paths: AppPaths, target: Path | None = None) -> SalvageResult:
    """Copy every readable row of the damaged diary into a fresh diary.

    Rows are read table by table in rowid order, stepping over damaged parts;
    they go into a new diary at this version's schema (``INSERT OR IGNORE``, so
    rows breaking a rule are left out), and rows whose entry was lost are dropped.
    The damaged file is only read.

    Args:
        paths: the diary's folders.
        target: write the rescued diary here instead of putting it in place of the
            damaged one (which then stays where it is).

    Raises:
        KnownError: when nothing at all could be read.
    """
    from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only on this rare path)

    if not paths.db.exists():
        raise KnownError(f"There is no diary file in {paths.data} to rescue.", "")
    if crypto.looks_encrypted(paths.db):
        raise KnownError(
            "An encrypted diary cannot be rescued row by row: its damaged pages cannot be "
            "read at all, and a rescued copy would have to be written unencrypted.",
            "Restore one of its encrypted backups instead "
            "(backdiary backup --list, then backdiary restore FILE).",
        )
    found = check_header(paths.db)
    if found is not None and found[0] in (ProblemKind.EMPTY, ProblemKind.NOT_SQLITE):
        raise KnownError(
            "Nothing can be rescued from this file: "
            + ("it is empty." if found[0] is ProblemKind.EMPTY else "it is not a database."),
            "Restore a backup, or start a new diary.",
        )
    if target is not None and target.exists():
        raise KnownError(f"{target} already exists.", "Choose a new file name.")
    make_private_dir(paths.data)
    staged = _stage_name(paths, "salvage") if target is None else target
    staged.unlink(missing_ok=True)
    migrate.create_diary(staged)
    try:
        copied, unreadable = _copy_rows(paths.db, staged, immutable=stray_wal(paths.db))
    except sqlite3.DatabaseError as exc:
        _remove_db(staged)
        raise KnownError(
            f"Nothing could be rescued: the damaged file could not be read ({exc}).",
            "Restore a backup, or start a new diary.",
        ) from None
    if not any(copied.values()):
        _remove_db(staged)
        raise KnownError(
            "Nothing could be rescued from the damaged file.",
            "Restore a backup, or start a new diary.",
        )
    fsync_path(staged)
    if target is not None:
        return SalvageResult(copied, unreadable, target, None)
    try:
        kept = _place(paths, staged, Kind.DAMAGED)
    finally:
        _remove_db(staged)
    log.info("readable rows rescued into a new diary")
    return SalvageResult(copied, unreadable, paths.db, kept)


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``buf[at:]``: (value, next offset)."""
    value = 0
    for i in range(9):
        byte = buf[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise IndexError(at)  # pragma: no cover (the loop always returns)


def _decode_record(payload: bytes) -> tuple[object, ...]:
    """The values of one record (SQLite's record format)."""
    header_size, at = _varint(payload, 0)
    types: list[int] = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    body = header_size
    values: list[object] = []
    sizes = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0}
    for serial in types:
        if serial in sizes:
            size = sizes[serial]
            raw = payload[body : body + size]
            if len(raw) != size:
                raise ValueError("record cut short")
            if serial == 0:
                values.append(None)
            elif serial == 7:
                values.append(struct.unpack(">d", raw)[0])
            elif serial in (8, 9):
                values.append(serial - 8)
            else:
                values.append(int.from_bytes(raw, "big", signed=True))
        elif serial >= 12:
            size = (serial - 12) // 2
            raw = payload[body : body + size]
            if len(raw) != size:
                raise ValueError("record cut short")
            values.append(raw.decode("utf-8", "replace") if serial % 2 else bytes(raw))
        else:
            raise ValueError("reserved serial type")
        body += size
    return tuple(values)


def _scan_records(path: Path) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(rowid, values) of every cell on every table leaf page of the file, read directly.

    This finds rows that SQLite can no longer reach through the table's tree (a
    damaged root or inner page). Pages are read as bytes; damaged cells are skipped.
    """
    data = path.read_bytes()
    if len(data) < 100 or not data.startswith(SQLITE_MAGIC):
        return
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return
    usable = page_size - data[20]
    max_local = usable - 35
    min_local = ((usable - 12) * 32 // 255) - 23
    pages = len(data) // page_size

    def overflow(first: int, need: int) -> bytes:
        out = bytearray()
        seen: set[int] = set()
        while first and need > 0 and first not in seen and first <= pages:
            seen.add(first)
            page = data[(first - 1) * page_size : first * page_size]
            first = int.from_bytes(page[:4], "big")
            chunk = page[4:usable][:need]
            out += chunk
            need -= len(chunk)
        if need > 0:
            raise ValueError("overflow chain cut short")
        return bytes(out)

    for number in range(1, pages + 1):
        start = (number - 1) * page_size
        head = start + (100 if number == 1 else 0)
        if data[head] != 0x0D:  # table b-tree leaf
            continue
        cells = int.from_bytes(data[head + 3 : head + 5], "big")
        for i in range(cells):
            try:
                pointer = int.from_bytes(data[head + 8 + 2 * i : head + 10 + 2 * i], "big")
                at = start + pointer
                size, at = _varint(data, at)
                rowid, at = _varint(data, at)
                if size <= max_local:
                    payload = data[at : at + size]
                else:
                    local = min_local + (size - min_local) % (usable - 4)
                    local = local if local <= max_local else min_local
                    first = int.from_bytes(data[at + local : at + local + 4], "big")
                    payload = data[at : at + local] + overflow(first, size - local)
                if len(payload) != size:
                    continue
                yield rowid, _decode_record(payload)
            except (IndexError, ValueError, struct.error):
                continue


def _lost_rows(damaged: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    """Rows found by :func:`_scan_records` for tables recognisable by their column count.

    Args:
        damaged: the damaged file.
        columns: table → its column names in the damaged file (in stored order).
    """
    by_count: dict[int, list[str]] = {}
    for table, names in columns.items():
        by_count.setdefault(len(names), []).append(table)
    unique = {n: tables[0] for n, tables in by_count.items() if len(tables) == 1}
    found: dict[str, list[tuple[object, ...]]] = {}
    for rowid, values in _scan_records(damaged):
        owner = unique.get(len(values))
        if owner is None:
            continue
        table = owner
        row = list(values)
        if columns[table][0] == "id" and row[0] is None:
            row[0] = rowid  # INTEGER PRIMARY KEY is stored as the row's key, not in the record
        found.setdefault(table, []).append(tuple(row))
    return found


def _copy_rows(
    damaged: Path, dest_path: Path, *, immutable: bool = False
) -> tuple[dict[str, int], list[str]]:
    """Copy readable rows from ``damaged`` into the fresh diary at ``dest_path``.

    Each table is first read through SQLite (stepping over damaged parts); when
    that met damage, the file's pages are also scanned directly for rows of the
    tables that can be told apart by their number of columns (entries among them).

    Returns:
        Rows per table in the rescued diary, and the tables where some part could
        not be read.

    Raises:
        sqlite3.DatabaseError: when the damaged file cannot be read at all, or the
            result fails its integrity check.
    """
    unreadable: list[str] = []
    source = connect_readonly(damaged, 2.0, immutable=immutable)
    try:
        dest = sqlite3.connect(dest_path, isolation_level=None)
        try:
            try:
                source_columns = {
                    str(r[0]): _columns(source, str(r[0]))
                    for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
            except sqlite3.DatabaseError:
                # The schema itself is unreadable: assume this version's tables.
                source_columns = {t: _columns(dest, t) for t in _copy_order(dest)}
                unreadable.append("sqlite_master")
            order = [t for t in _copy_order(dest) if t in source_columns]
            dest.execute("PRAGMA foreign_keys = OFF")
            dest.execute("BEGIN IMMEDIATE")
            for table in order:
                wanted = set(source_columns[table])
                columns = [c for c in _columns(dest, table) if c in wanted]
                try:
                    rows, damaged_part = _readable_rows(source, table, columns)
                except sqlite3.DatabaseError:
                    rows, damaged_part = [], True
                _insert(dest, table, columns, rows)
                if damaged_part:
                    unreadable.append(table)
            if unreadable:
                for table, rows in _lost_rows(damaged, source_columns).items():
                    if table in order:
                        columns = source_columns[table]
                        keep = [i for i, c in enumerate(columns) if c in _columns(dest, table)]
                        _insert(
                            dest,
                            table,
                            [columns[i] for i in keep],
                            [tuple(r[i] for i in keep) for r in rows],
                        )
            # Medications and findings whose entry was lost cannot be shown: drop them.
            for table, rowid, _parent, _fk in dest.execute("PRAGMA foreign_key_check").fetchall():
                dest.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            dest.execute("COMMIT")
            dest.execute("PRAGMA foreign_keys = ON")
            result = dest.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise sqlite3.DatabaseError(f"the rescued copy failed its check: {result[0][0]}")
            copied = {
                t: int(dest.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in order
            }
        finally:
            dest.close()
    finally:
        source.close()
    return copied, unreadable


def _insert(
    dest: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple[object, ...]]
) -> None:
    """``INSERT OR IGNORE`` the rows: duplicates and rows breaking a rule are left out."""
    if not rows or not columns:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    for row in rows:
        try:
            dest.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
        except sqlite3.Error:
            continue  # a value SQLite cannot store at all (e.g. a mangled type)


def _copy_order(conn: sqlite3.Connection) -> list[str]:
    """The tables to copy (parents before children), without Alembic's and meta tables."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('alembic_version', 'diary_meta')"
        )
    ]
    parents = {
        name: {str(r[2]) for r in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        for name in names:
            if name not in ordered and parents[name] <= set(ordered) | {name}:
                ordered.append(name)
                break
        else:
            ordered.extend(n for n in names if n not in ordered)
    return ordered


def _remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def start_new(paths: AppPaths, note: str = "") -> Path | None:
    """Move the current diary file aside (kept in the backups folder) so a new one is made.

    Returns:
        Where the old file was kept, or None when there was none.
    """
    if not paths.db.exists():
        return None
    kind = Kind.BEFORE_RESTORE if _is_healthy(paths.db) else Kind.DAMAGED
    return move_aside(paths, kind, note or "replaced")
