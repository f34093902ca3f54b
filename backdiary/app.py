"""The composition root: parse the command line, then run a command or the window.

Start-up order for the window: parse arguments → resolve the data folder → start
the diary's integrity check on a thread (:func:`backdiary.deferred.start_check`) →
import PySide6 → the QApplication → lock, check without ``quick_check`` and read
the first screen (:func:`backdiary.ui.launch.run_gui`) → show the main window →
after its first paint, the :class:`~backdiary.services.DiaryService` (SQLAlchemy)
once the check has passed → event loop. Nothing before the first paint imports
SQLAlchemy, matplotlib or Alembic; charts import matplotlib when first shown, and
Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from backdiary.deferred import IntegrityCheck

#: The Qt-free modules the window needs, imported before PySide6 (see below).
_QT_FREE_WINDOW_MODULES = (
    "backdiary.deferred",
    "backdiary.storage.diary",
    "backdiary.storage.listing",
    "backdiary.storage.recovery",
)


def _window_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a plain window start, or None when ``argv`` names a command.

    Opening the window is the common case: it skips building the command line's
    parsers, whose modules would import every command's dependencies.
    """
    data_dir: str | None = None
    smoke = False
    items = iter(argv)
    for item in items:
        if item == "--smoke-test":
            smoke = True
        elif item == "--data-dir":
            data_dir = next(items, None)
            if data_dir is None or data_dir.startswith("-"):
                return None  # let the full parser report it
        elif item.startswith("--data-dir="):
            data_dir = item.partition("=")[2]
        else:
            return None
    return SimpleNamespace(data_dir=data_dir, smoke_test=smoke, func=None)


def run() -> NoReturn:
    """The ``backdiary`` command and ``python -m backdiary``: :func:`main`, then exit.

    Once the window has closed, the diary is closed, its lock given back and the
    settings written, so the process ends at once (logs and output flushed) instead
    of tearing down Qt, SQLAlchemy and every module one by one: that teardown was
    ≈ 30 ms of each start measured by the benchmark, and it writes nothing.
    """
    status = main()
    if _window_closed:
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


#: Set when :func:`main` ran the window to its end (see :func:`run`).
_window_closed = False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``backdiary`` command; returns the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    args: object = _window_args(words)
    if args is None:
        from backdiary.cli import build_parser, run_command  # noqa: PLC0415

        parsed = build_parser().parse_args(words)
        if getattr(parsed, "func", None) is not None:
            return run_command(parsed)
        args = parsed
    early = _start_check(args)
    _preload_diary_modules()
    from backdiary.ui.launch import run_gui  # noqa: PLC0415

    status = run_gui(args, early)
    global _window_closed  # read once, by run()
    _window_closed = True
    return status


def _start_check(args: object) -> IntegrityCheck | None:
    """Start the diary's integrity check now, so it reads the file while Qt loads."""
    from backdiary.deferred import start_check  # noqa: PLC0415
    from backdiary.paths import AppPaths  # noqa: PLC0415

    return start_check(AppPaths.resolve(getattr(args, "data_dir", None)))


def _preload_diary_modules() -> None:
    """Import the Qt-free modules the window needs before its first paint, before PySide6.

    PySide6 hooks every later import and reads each new module's source file (its
    ``__feature__`` bookkeeping), so importing them first is cheaper. SQLAlchemy is
    not among them: the first screen is read with :mod:`sqlite3`
    (:mod:`backdiary.deferred`) and SQLAlchemy is imported after the first paint.
    """
    for name in _QT_FREE_WINDOW_MODULES:
        importlib.import_module(name)
