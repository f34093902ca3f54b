"""Opening the SQLite file: connection settings that make every save durable.

Every connection gets WAL, ``synchronous=FULL``, ``foreign_keys=ON``,
``secure_delete=ON``, ``trusted_schema=OFF`` and a busy timeout. The driver's own
transaction handling is switched off (``isolation_level=None``) and SQLAlchemy's
``begin`` emits ``BEGIN IMMEDIATE`` for writers, so transactional DDL works in
migrations and a write never fails half-way with SQLITE_BUSY.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry

from backdiary.storage import crypto
from backdiary.storage.crypto import operational_errors
from backdiary.storage.ident import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS  # re-exported

WRITE = {"backdiary_write": True}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.text_factory = lambda b: b.decode("utf-8", "replace")  # other tools' bad UTF-8
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA trusted_schema = OFF")
        cur.execute("PRAGMA synchronous = FULL")
        # A read-only file or folder cannot switch to WAL; reading still works.
        with contextlib.suppress(*operational_errors()):
            cur.execute("PRAGMA journal_mode = WAL")
    finally:
        cur.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("backdiary_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_engine(path: Path, **kwargs: Any) -> Engine:
    """An engine for the diary file at ``path`` with the durable settings above.

    An encrypted diary (:mod:`backdiary.storage.crypto`) is opened with SQLCipher and
    the key registered for it; ``PassphraseRequiredError`` when none is.

    Use ``engine.execution_options(**WRITE)`` (see :func:`writer`) for transactions that write.
    """
    url = URL.create("sqlite+pysqlite", database=str(path))
    key = crypto.require_key(path)
    # Diary text never appears in error messages or SQL logs (SQLAlchemy would show
    # the statement's parameters, i.e. the notes, in every database error).
    kwargs.setdefault("hide_parameters", True)
    if key is None:
        engine = create_engine(
            url,
            connect_args={
                "timeout": BUSY_TIMEOUT_MS / 1000,
                "isolation_level": None,
                "check_same_thread": False,
            },
            **kwargs,
        )
    else:
        # SQLCipher: the raw key is the first statement of every connection (never the URL).
        engine = create_engine(
            url,
            module=crypto.driver(),
            creator=lambda: crypto.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000),
            **kwargs,
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions begin with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**WRITE)


def truncate_wal(engine: Engine) -> bool:
    """Copy the WAL into the diary and empty it, so deleted text leaves the ``-wal`` too.

    With ``secure_delete`` the diary's own pages are overwritten when a row is
    deleted, but the ``-wal`` keeps the old page images until a checkpoint resets
    it, which would otherwise only happen when the last connection closes (the
    window may stay open for weeks). Returns False when another reader held the
    WAL (it is emptied at the next chance); never raises for that.
    """
    try:
        with engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            conn.rollback()
    except DBAPIError:
        return False
    return not busy
