"""Opening a diary file: check it without writing, back it up, then bring its schema up to date.

Order (the window takes the single-instance lock in the folder first):

1. the folder exists or can be created (a missing parent folder is a drive that is
   not connected, not an invitation to start over), and is writable;
2. a new diary is made complete in a temporary file and renamed into place, so a
   0-byte or half-made diary is never left behind; a missing diary with backups
   next to it is reported, not silently replaced by an empty one;
3. the existing file is inspected read-only: non-empty, SQLite, our
   ``application_id``, ``quick_check``, a known schema revision
   (:func:`backdiary.storage.recovery.inspect_diary`);
4. backup: before a migration (kept for ever, not repeated by retries), otherwise
   when the diary changed since the last backup (rotated);
5. migrate, only when the revision differs from :data:`SCHEMA_HEAD` (Alembic is
   imported only then), in one transaction.

Every problem is a :class:`~backdiary.storage.recovery.DiaryProblem`: a calm
message, ways forward, and nothing written to the file.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backdiary import __version__
from backdiary.errors import KnownError
from backdiary.paths import APP_NAME, AppPaths
from backdiary.privacy import fsync_path
from backdiary.storage import crypto, recovery
from backdiary.storage.backup import (
    BackupError,
    BackupInfo,
    Facts,
    Kind,
    auto_backup,
    clean_temporaries,
    create_backup,
    list_backups,
)
from backdiary.storage.crypto import sql_errors
from backdiary.storage.ident import BUSY_TIMEOUT_MS, SCHEMA_HEAD
from backdiary.storage.recovery import DiaryProblem, ProblemKind, problem

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is made, after the checks
    from sqlalchemy import Engine

log = logging.getLogger("backdiary.storage")

__all__ = [
    "Checked",
    "DiaryProblem",
    "check_diary",
    "engine_for",
    "open_diary",
    "prepare_folder",
    "read_revision",
]


def read_revision(engine: Engine) -> str | None:
    """The Alembic revision stored in the diary, or None for an empty database."""
    from sqlalchemy import text  # noqa: PLC0415

    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def default_data_dir() -> Path:
    """The platform's data folder for backdiary (its parents may be created)."""
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_data_dir(APP_NAME)).absolute()


def prepare_folder(paths: AppPaths, *, create_parents: bool = False) -> None:
    """Make sure the data folder exists (0700) and can be written.

    A chosen folder whose parent is missing is not created: that is usually a USB
    stick or network drive that is not connected.

    Args:
        paths: the diary's folders.
        create_parents: create missing parent folders too (the user asked for it).

    Raises:
        DiaryProblem: ``FOLDER_MISSING`` or ``FOLDER_READ_ONLY``.
    """
    data = paths.data
    if not data.exists():
        allowed = create_parents or data.parent.is_dir() or data == default_data_dir()
        if not allowed:
            raise problem(ProblemKind.FOLDER_MISSING, paths)
        try:
            paths.ensure_data_dir()
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise problem(ProblemKind.FOLDER_READ_ONLY, paths, exc.strerror or "") from None
            raise problem(ProblemKind.FOLDER_MISSING, paths, exc.strerror or "") from None
        return
    if not data.is_dir():
        raise problem(ProblemKind.FOLDER_MISSING, paths, "a file has the folder's name")
    if not os.access(data, os.W_OK | os.X_OK):
        raise problem(ProblemKind.FOLDER_READ_ONLY, paths)
    if data.stat().st_mode & 0o777 != 0o700:
        try:
            os.chmod(data, 0o700)
        except OSError:
            log.warning("could not make the data folder private")
    _make_private_again(paths)


def _make_private_again(paths: AppPaths) -> None:
    """Files left readable by others (an older version, a copy, a restore by hand) are
    made private again: the diary and its companions 0600, the backups folder 0700.

    Only the permissions change, never a byte of the files.
    """
    wanted = [(paths.backups, 0o700)] if paths.backups.is_dir() else []
    for path in (paths.db, *(p for _suffix, p in recovery.companions(paths.db))):
        if path.is_file():
            wanted.append((path, 0o600))
    for path, mode in wanted:
        try:
            if path.stat().st_mode & 0o777 != mode:
                os.chmod(path, mode)
        except OSError:
            log.warning("could not make a diary file private")


def _create(paths: AppPaths) -> None:
    """Create a complete new diary and link it into place (never over an existing file)."""
    from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only when needed)

    staged = paths.data / f".diary-new.{os.getpid()}.tmp"
    for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        migrate.create_diary(staged)
        fsync_path(staged)
        try:
            os.link(staged, paths.db)  # fails if the file appeared meanwhile
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network drives)
            if not paths.db.exists():
                os.replace(staged, paths.db)
        fsync_path(paths.data)
    except FileExistsError:
        pass  # another process made it a moment ago: use theirs
    except sql_errors(OSError, _dbapi_error()) as exc:
        raise recovery.problem_from_error(exc, paths) from None
    finally:
        staged.unlink(missing_ok=True)
    log.info("created a new diary")


def _pre_migration_backup(conn: sqlite3.Connection, paths: AppPaths, facts: Facts) -> BackupInfo:
    """The backup taken before an upgrade; a retry after a failed upgrade reuses it."""
    note = f"{facts.revision}-to-{SCHEMA_HEAD}"
    for info in list_backups(paths.backups):
        if (
            info.kind is Kind.PRE_MIGRATION
            and info.note == note
            and (info.entries, info.token) == (facts.entries, facts.token)
        ):
            return info
    try:
        return create_backup(conn, paths.backups, Kind.PRE_MIGRATION, note=note)
    except BackupError as exc:
        raise problem(ProblemKind.BACKUP_FAILED, paths, str(exc)) from None


def _dbapi_error() -> type[Exception]:
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

    return DBAPIError


def _migrate(engine: Engine, paths: AppPaths, facts: Facts, kept: BackupInfo) -> None:
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

    from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only when needed)

    try:
        migrate.upgrade(engine, facts.revision)
    except DBAPIError as exc:
        log.warning("migration failed: %s", type(exc.orig).__name__)
        found = recovery.problem_from_error(exc, paths)
        if found.kind is ProblemKind.LOCKED:
            raise found from None
        raise problem(
            ProblemKind.MIGRATION_FAILED, paths, str(exc.orig), kept=str(kept.path)
        ) from None
    except KnownError as exc:
        raise problem(ProblemKind.MIGRATION_FAILED, paths, str(exc), kept=str(kept.path)) from None
    except Exception as exc:  # a bug in a migration: the transaction was rolled back
        log.warning("migration failed: %s", type(exc).__name__)
        raise problem(
            ProblemKind.MIGRATION_FAILED,
            paths,
            f"{type(exc).__name__}: {exc}",
            kept=str(kept.path),
        ) from None


def _stamp_version(engine: Engine, facts: Facts) -> None:
    if facts.app_version == __version__:
        return
    from sqlalchemy import text  # noqa: PLC0415

    from backdiary.storage.database import writer  # noqa: PLC0415

    with writer(engine).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO diary_meta (key, value) VALUES ('app_version', :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"v": __version__},
        )


@dataclass(frozen=True, slots=True)
class Checked:
    """A diary file that passed the open-time checks, and what opening it still needs.

    Attributes:
        facts: what the file holds (entries, revision, change token, app version).
        created: the diary was made just now.
        kept: the pre-migration backup when a migration is due, else None.
        deep: ``quick_check`` ran; when False the caller runs
            :func:`~backdiary.storage.recovery.deep_check` and :func:`backup_after_check`
            before anything writes.
    """

    facts: Facts
    created: bool
    kept: BackupInfo | None
    deep: bool


def check_diary(
    paths: AppPaths,
    *,
    backup: bool = True,
    new_ok: bool = False,
    timeout: float = BUSY_TIMEOUT_MS / 1000,
    deep: bool = True,
) -> Checked:
    """Steps 1–4 of opening (folder, new diary, read-only checks, backup), no SQLAlchemy.

    Args:
        paths: the diary's folders.
        backup: take the automatic backup when the diary changed since the last one.
        new_ok: create a new diary even when the file is missing but backups exist.
        timeout: seconds to wait for another program's lock while checking the file.
        deep: run ``quick_check`` (every page) and the automatic backup now. With
            False both are left to the caller (the window runs them beside its
            start-up); a migration due runs them anyway, before its backup.

    Raises:
        DiaryProblem, PassphraseRequiredError, EncryptionUnavailableError: as
        :func:`open_diary`.
    """
    prepare_folder(paths)
    clean_temporaries(paths.data)
    clean_temporaries(paths.backups)  # left by a process killed while backing up
    # An encrypted diary needs its key before anything reads it: a missing or wrong
    # passphrase is never taken for damage (PassphraseRequiredError instead).
    crypto.require_key(paths.db)
    created = False
    if not paths.db.exists():
        if any(recovery.companions(paths.db)):
            recovery.move_aside(paths, Kind.DAMAGED, "orphaned-journal")
        if not new_ok and recovery.newest_backup(paths) is not None:
            raise problem(ProblemKind.DIARY_MISSING, paths)
        _create(paths)
        created = True
    conn, facts = recovery.inspect_diary(paths, timeout, deep=deep)
    kept: BackupInfo | None = None
    try:
        if facts.revision != SCHEMA_HEAD:
            from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only when needed)

            if facts.revision not in migrate.known_revisions():
                raise problem(
                    ProblemKind.TOO_NEW,
                    paths,
                    revision=str(facts.revision),
                    app_version=facts.app_version or "",
                )
            if not deep:  # never a migration, nor its backup, on an unchecked file
                recovery.deep_check(paths, timeout)
                deep = True
            kept = _pre_migration_backup(conn, paths, facts)
        elif backup and not created and deep:
            _auto_backup(conn, paths)
    finally:
        conn.close()
    return Checked(facts, created, kept, deep)


def _auto_backup(conn: sqlite3.Connection, paths: AppPaths) -> None:
    try:
        auto_backup(conn, paths.backups)
    except sql_errors(BackupError, OSError) as exc:
        log.warning("automatic backup skipped: %s", type(exc).__name__)


def backup_after_check(paths: AppPaths, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """The open-time automatic backup, for a diary opened with ``deep=False`` whose
    :func:`~backdiary.storage.recovery.deep_check` has passed (any thread)."""
    from backdiary.storage.backup import connect_readonly  # noqa: PLC0415

    try:
        conn = connect_readonly(paths.db, timeout, immutable=False)
    except sql_errors() as exc:
        log.warning("automatic backup skipped: %s", type(exc).__name__)
        return
    try:
        _auto_backup(conn, paths)
    finally:
        conn.close()


def engine_for(paths: AppPaths, checked: Checked) -> Engine:
    """Step 5: the engine for a checked diary, migrated when due, stamped with this version.

    Raises:
        DiaryProblem: the migration failed, or the file cannot be written.
    """
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

    from backdiary.storage.database import open_engine  # noqa: PLC0415

    engine = open_engine(paths.db)
    try:
        if checked.kept is not None:
            _migrate(engine, paths, checked.facts, checked.kept)
        _stamp_version(engine, checked.facts)
    except DBAPIError as exc:
        engine.dispose()
        raise recovery.problem_from_error(exc, paths) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_diary(
    paths: AppPaths,
    *,
    backup: bool = True,
    new_ok: bool = False,
    timeout: float = BUSY_TIMEOUT_MS / 1000,
) -> Engine:
    """Open (creating if needed), back up and migrate the diary in ``paths``.

    Args:
        paths: the diary's folders.
        backup: take the automatic backup when the diary changed since the last one.
        new_ok: create a new diary even when the file is missing but backups exist.
        timeout: seconds to wait for another program's lock while checking the file.

    Returns:
        An engine with the durable connection settings of
        :func:`~backdiary.storage.database.open_engine`.

    Raises:
        DiaryProblem: with a calm message and ways forward when the diary cannot be used.
        PassphraseRequiredError: the diary is encrypted and its passphrase has not been
            given (:func:`backdiary.storage.crypto.unlock`); nothing was read or changed.
        EncryptionUnavailableError: the diary is encrypted and SQLCipher is missing.
    """
    checked = check_diary(paths, backup=backup, new_ok=new_ok, timeout=timeout)
    return engine_for(paths, checked)
