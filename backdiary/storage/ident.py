"""What marks a file as a backdiary diary, which schema revision this code writes, and how
long a connection waits for another program's lock.

Kept apart from :mod:`backdiary.storage.schema` (SQLAlchemy) so the checks made at
start-up, before the window's first paint, need neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

#: The Alembic revision this code writes. Checked against ``migrations/`` by a test,
#: so start-up can tell whether a migration is due without importing Alembic.
SCHEMA_HEAD = "0002"

#: ``PRAGMA application_id`` marking a file as a backdiary diary ("BDia").
APPLICATION_ID = 0x42446961

#: Milliseconds a connection waits for another program's lock before giving up.
BUSY_TIMEOUT_MS = 5000
