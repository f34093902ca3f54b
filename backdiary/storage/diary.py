"""Opening a diary file: identify it, then bring its schema up to date.

Order: the folder exists (0700) → the file is new, or non-empty SQLite marked with
our ``application_id`` → schema revision → migrate only when it differs from
:data:`SCHEMA_HEAD` (Alembic is imported only then).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from backdiary.errors import DatabaseLockedError, KnownError, NotADiaryError
from backdiary.paths import AppPaths
from backdiary.storage.database import open_engine
from backdiary.storage.schema import APPLICATION_ID, SCHEMA_HEAD

log = logging.getLogger("backdiary.storage")
SQLITE_MAGIC = b"SQLite format 3\x00"


def read_revision(engine: Engine) -> str | None:
    """The Alembic revision stored in the diary, or None for an empty database."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_existing_file(db: Path) -> None:
    size = db.stat().st_size
    if size == 0:
        raise NotADiaryError(
            f"The diary file {db} is empty (0 bytes), so it holds no entries.",
            "It was probably cut off by a crash or a full disk. Restore a backup, "
            "or move the empty file away to start a new diary.",
        )
    with db.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotADiaryError(
            f"{db} is not a backdiary diary (it is not an SQLite database).",
            "Choose another data folder, or restore a backup.",
        )
    if len(header) >= 72:
        app_id = int.from_bytes(header[68:72], "big")
        if app_id not in (0, APPLICATION_ID):
            raise NotADiaryError(
                f"{db} is a database of another program, not a backdiary diary.",
                "Choose another data folder; backdiary will not change this file.",
            )


def open_diary(paths: AppPaths) -> Engine:
    """Open (creating if needed) and migrate the diary in ``paths``.

    Raises:
        KnownError: with a user-facing message when the diary cannot be used.
    """
    try:
        paths.ensure_data_dir()
    except OSError as exc:
        raise KnownError(
            f"backdiary cannot use the folder {paths.data}: {exc.strerror}.",
            "Choose another data folder with --data-dir, or fix its permissions.",
        ) from None
    db = paths.db
    if db.exists():
        _check_existing_file(db)
    else:
        fd = os.open(db, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        log.info("created a new diary")
    engine = open_engine(db)
    try:
        current = read_revision(engine)
        if current is None:
            with engine.connect() as conn:
                tables = conn.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE type='table'")
                ).scalar_one()
            if tables:
                raise NotADiaryError(
                    f"{db} is a database of another program, not a backdiary diary.",
                    "Choose another data folder; backdiary will not change this file.",
                )
        if current != SCHEMA_HEAD:
            from backdiary.storage import migrate  # noqa: PLC0415 (Alembic only when needed)

            migrate.upgrade(engine, current)
    except OperationalError as exc:
        engine.dispose()
        if isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig):
            raise DatabaseLockedError(
                "The diary is locked by another program.",
                "Close other programs using it and try again.",
            ) from None
        raise
    except BaseException:
        engine.dispose()
        raise
    return engine
