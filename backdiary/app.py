"""The composition root: parse the command line, then run a command or the window.

Start-up order for the window: parse arguments → resolve the data folder →
create the QApplication → open (and, only if due, migrate) the diary → build the
:class:`~backdiary.services.DiaryService` → show the main window → event loop.
Nothing on this path imports matplotlib or Alembic; charts import matplotlib when
first shown, and Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``backdiary`` command; returns the exit status."""
    from backdiary.cli import build_parser, run_command  # noqa: PLC0415

    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if getattr(args, "func", None) is not None:
        return run_command(args)
    from backdiary.ui.launch import run_gui  # noqa: PLC0415

    return run_gui(args)
