"""Helpers shared by the commands: opening the diary, parsing dates, failing cleanly."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from backdiary.paths import AppPaths
from backdiary.services import DiaryService


class UsageError(Exception):
    """Bad input on the command line: reported as one line, exit status 2."""


def open_service(args: argparse.Namespace) -> DiaryService:
    """Open the diary chosen by ``--data-dir`` / ``BACKDIARY_DATA_DIR``."""
    from backdiary.storage.diary import open_diary  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    return DiaryService(Repository(open_diary(paths)))


def fail(command: str, message: str) -> int:
    """Print ``backdiary COMMAND: message`` on stderr; return exit status 2."""
    print(f"backdiary {command}: {message}", file=sys.stderr)
    return 2


def parse_day(text: str, option: str) -> date:
    """An ISO date (YYYY-MM-DD) from an option value."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not a date (use YYYY-MM-DD)") from None


def parse_when(text: str) -> datetime:
    """A local date-time from ``--when``: ISO 8601 or ``now``; local offset added if missing."""
    if text.strip().lower() == "now":
        return datetime.now().astimezone().replace(microsecond=0)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--when: '{text}' is not a date-time (use e.g. 2026-11-25T08:30 or 'now')"
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value
