"""Change-token triggers that stand aside while a bulk write renews the token itself.

The triggers of revision 0002 replace ``diary_meta.change_token`` once per changed
row: a 100,000-row import with its findings wrote the token some 190,000 times. The
triggers now skip while a ``diary_meta`` row with the key ``bulk_write`` exists. The
repository's bulk write path (``Repository.bulk_write``) adds that row, replaces the
token once, writes, and deletes the row again, all in one transaction: the marker is
never visible to another connection, and a failed write rolls it back with everything
else. So every transaction that writes still changes the token at least once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables whose changes make a new backup due (as in 0002).
TRACKED = ("entry", "medication", "finding", "profile", "pregnancy")
EVENTS = ("INSERT", "UPDATE", "DELETE")
NEW_TOKEN = "UPDATE diary_meta SET value = lower(hex(randomblob(8))) WHERE key = 'change_token'"
#: The ``diary_meta`` key whose row, while it exists, makes the triggers skip.
BULK_MARKER = "bulk_write"
UNLESS_BULK = f"WHEN NOT EXISTS (SELECT 1 FROM diary_meta WHERE key = '{BULK_MARKER}')"


def trigger_name(table: str, event: str) -> str:
    """The name of the change-token trigger for one table and event."""
    return f"tr_{table}_{event.lower()}_changed"


def create_triggers(table: str) -> None:
    """Create the change-token triggers of ``table`` (skipping during a bulk write).

    A later migration that rebuilds one of ``TRACKED`` must call this again.
    """
    for event in EVENTS:
        op.execute(
            f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
            f"{UNLESS_BULK} BEGIN {NEW_TOKEN}; END"
        )


def upgrade() -> None:
    """Replace every change-token trigger with one that skips during a bulk write."""
    op.execute(f"DELETE FROM diary_meta WHERE key = '{BULK_MARKER}'")
    for table in TRACKED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}")
        create_triggers(table)


def downgrade() -> None:
    """Back to the triggers of 0002, which renew the token for every row."""
    op.execute(f"DELETE FROM diary_meta WHERE key = '{BULK_MARKER}'")
    for table in TRACKED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}")
            op.execute(
                f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event} ON {table} "
                f"BEGIN {NEW_TOKEN}; END"
            )
