"""Diary metadata: a change token kept by triggers, and the app version that last opened it.

Backups are taken when a diary "changed since the last backup". SQLite's own file
change counter is not maintained in WAL mode, and file times change without any
change of content (checkpoints), so the diary records it itself: every insert,
update or delete in a diary table replaces ``diary_meta.change_token`` with a new
random value. A backup whose token equals the live one holds the same content.

A later migration that rebuilds one of ``TRACKED`` (batch "move and copy") drops
its triggers with the old table: call :func:`create_triggers` for it again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables whose changes make a new backup due.
TRACKED = ("entry", "medication", "finding", "profile", "pregnancy")
EVENTS = ("INSERT", "UPDATE", "DELETE")
NEW_TOKEN = "UPDATE diary_meta SET value = lower(hex(randomblob(8))) WHERE key = 'change_token'"


def trigger_name(table: str, event: str) -> str:
    """The name of the change-token trigger for one table and event."""
    return f"tr_{table}_{event.lower()}_changed"


def create_triggers(table: str) -> None:
    """Create the change-token triggers of ``table``."""
    for event in EVENTS:
        op.execute(
            f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
            f"BEGIN {NEW_TOKEN}; END"
        )


def upgrade() -> None:
    """Create ``diary_meta`` with a first change token, and the triggers that renew it."""
    op.create_table(
        "diary_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_diary_meta")),
    )
    op.execute(
        "INSERT INTO diary_meta (key, value) VALUES ('change_token', lower(hex(randomblob(8))))"
    )
    for table in TRACKED:
        create_triggers(table)


def downgrade() -> None:
    """Drop the triggers and ``diary_meta``."""
    for table in TRACKED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}")
    op.drop_table("diary_meta")
