"""Plain factory functions for tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from backdiary.domain.model import Entry

UTC1 = timezone(timedelta(hours=1))


def make_entry(**overrides: Any) -> Entry:
    """An ordinary entry (2025-03-03 09:00+01:00, NRS 4) with ``overrides`` applied."""
    values: dict[str, Any] = {"timestamp": datetime(2025, 3, 3, 9, 0, tzinfo=UTC1), "nrs": 4}
    values.update(overrides)
    return Entry(**values)
