"""Alembic environment for backdiary.

The app passes its open connection in ``config.attributes["connection"]`` (already
inside a ``BEGIN IMMEDIATE`` transaction). For developer use (``alembic revision
--autogenerate``) an engine is built from ``BACKDIARY_DB_URL``. No ``fileConfig``:
it would reconfigure the app's loggers (sqlalchemy/alembic#714).
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from backdiary.storage.database import open_engine, writer
from backdiary.storage.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run with the app's connection, or one built from BACKDIARY_DB_URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path  # noqa: PLC0415

    url = os.environ.get("BACKDIARY_DB_URL", "sqlite:///dev-diary.sqlite3")
    engine = open_engine(Path(url.removeprefix("sqlite:///")))
    with writer(engine).begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("backdiary migrations run online only")
run_migrations_online()
