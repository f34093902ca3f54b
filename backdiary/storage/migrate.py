"""Bringing a diary's schema to the revision this code writes, through Alembic only.

This is the one module that imports Alembic, and :mod:`backdiary.storage.diary`
imports it only when the stored revision differs from
:data:`~backdiary.storage.schema.SCHEMA_HEAD`, so a normal start-up never pays for it.
Each upgrade runs inside one ``BEGIN IMMEDIATE`` transaction with transactional
DDL, so a failing migration leaves the old schema and data intact.
"""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from backdiary.errors import SchemaTooNewError
from backdiary.paths import bundled
from backdiary.storage.database import writer

log = logging.getLogger("backdiary.storage")


def alembic_config() -> Config:
    """An Alembic configuration pointing at the shipped ``migrations`` folder."""
    cfg = Config()
    cfg.set_main_option("script_location", str(bundled("migrations")))
    return cfg


def known_revisions() -> set[str]:
    """Every revision id in the shipped migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    """The newest revision of the shipped migrations."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, current: str | None, target: str = "head") -> None:
    """Upgrade the diary behind ``engine`` from ``current`` to ``target``.

    Raises:
        SchemaTooNewError: when ``current`` is a revision this backdiary does not know.
    """
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"This diary was last opened by a newer version of backdiary (schema {current}).",
            "Install the newer backdiary again, or restore a backup made with this version.",
        )
    cfg = alembic_config()
    log.info("migrating diary schema from %s to %s", current or "empty", target)
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    """Downgrade to ``target`` (used by the migration stairway tests)."""
    cfg = alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
