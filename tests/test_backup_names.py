"""Backup file names: the time stamp is read exactly as ``strptime`` would read it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from backdiary.storage.backup import STAMP, Kind, backup_name, parse_name


@pytest.mark.parametrize(
    "stamp",
    ["20260105T083000.123Z", "20260105T083000Z", "20261231T235959.999999Z", "20260105T083000.5Z"],
)
def test_stamps_read_like_strptime(stamp: str) -> None:
    expected = datetime.strptime(stamp if "." in stamp else stamp.replace("Z", ".0Z"), STAMP)
    parsed = parse_name(Path(f"diary-{stamp}-auto.sqlite3"))
    assert parsed is not None
    assert parsed[0] == expected.replace(tzinfo=UTC)
    assert parsed[1] is Kind.AUTO


def test_a_written_name_reads_back() -> None:
    when = datetime(2026, 12, 6, 21, 4, 5, 678000, tzinfo=UTC)
    parsed = parse_name(Path(backup_name(Kind.MANUAL, when=when)))
    assert parsed is not None and parsed[0] == when and parsed[1] is Kind.MANUAL
