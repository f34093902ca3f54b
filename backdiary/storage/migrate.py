"""Bringing a diary's schema to the revision this code writes, through Alembic only.

This is the one module that imports Alembic, and :mod:`backdiary.storage.diary`
imports it only when the stored revision differs from
:data:`~backdiary.storage.schema.SCHEMA_HEAD`, so a normal start-up never pays for it.

Each upgrade or downgrade runs inside one ``BEGIN IMMEDIATE`` transaction with
transactional DDL, so a failing migration leaves the old schema and data intact.
Foreign keys are switched off *before* that transaction (the pragma is a no-op
inside one): a batch "move and copy" of a parent table would otherwise delete its
child rows through ``ON DELETE CASCADE``. ``PRAGMA foreign_key_check`` must come
back empty before the commit, and foreign keys are switched on again afterwards.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from backdiary.errors import KnownError, SchemaTooNewError
from backdiary.paths import bundled
from backdiary.storage.database import open_engine, writer

log = logging.getLogger("backdiary.storage")


class ForeignKeyError(KnownError):
    """A migration left rows pointing at rows that do not exist; it was rolled back."""


def alembic_config(script_location: Path | None = None) -> Config:
    """An Alembic configuration for the shipped ``migrations`` folder (or another one)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or bundled("migrations")))
    return cfg


def _script(script_location: Path | None) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(script_location))


def revisions(script_location: Path | None = None) -> list[str]:
    """Every revision id, oldest first."""
    return [rev.revision for rev in reversed(list(_script(script_location).walk_revisions()))]


def known_revisions(script_location: Path | None = None) -> set[str]:
    """Every revision id in the shipped migrations."""
    return set(revisions(script_location))


def head_revision(script_location: Path | None = None) -> str:
    """The newest revision of the shipped migrations."""
    head = _script(script_location).get_current_head()
    assert head is not None
    return head


def _run(engine: Engine, action: str, target: str, script_location: Path | None) -> None:
    cfg = alembic_config(script_location)
    with writer(engine).connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                if action == "upgrade":
                    command.upgrade(cfg, target)
                else:
                    command.downgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    table, rowid, parent, _ = broken[0]
                    raise ForeignKeyError(
                        f"The schema change to {target} left {len(broken)} broken link(s), "
                        f"e.g. row {rowid} of {table} points to a missing {parent}; "
                        "it was undone.",
                        "The diary was left as it was. Please report this problem.",
                    )
        finally:
            dbapi.execute("PRAGMA foreign_keys = ON")


def upgrade(
    engine: Engine,
    current: str | None,
    target: str = "head",
    *,
    script_location: Path | None = None,
) -> None:
    """Upgrade the diary behind ``engine`` from ``current`` to ``target`` in one transaction.

    Args:
        engine: the diary's engine (no other connection may be in a transaction).
        current: the revision stored in the diary, None for an empty database.
        target: the revision to reach.
        script_location: another migrations folder (tests inject failing revisions).

    Raises:
        SchemaTooNewError: when ``current`` is a revision this backdiary does not know.
        ForeignKeyError: when the result would have broken links (nothing was changed).
    """
    if current is not None and current not in known_revisions(script_location):
        raise SchemaTooNewError(
            f"This diary was last opened by a newer version of backdiary (schema {current}).",
            "Install the newer backdiary again, or restore a backup made with this version.",
        )
    log.info("migrating diary schema from %s to %s", current or "empty", target)
    _run(engine, "upgrade", target, script_location)


def create_diary(path: Path) -> None:
    """Create a new diary at ``path`` (which must not exist), migrated to head.

    The file is private (0600) from its creation; when this returns it is complete
    and its WAL is checkpointed, so it can be renamed into place.
    """
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    engine = open_engine(path)
    try:
        upgrade(engine, None)
    finally:
        engine.dispose()


def downgrade(engine: Engine, target: str, *, script_location: Path | None = None) -> None:
    """Downgrade to ``target`` in one transaction (used by the migration stairway tests)."""
    _run(engine, "downgrade", target, script_location)
