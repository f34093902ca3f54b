"""The command line: one parser, one module per group of commands.

``backdiary [--data-dir DIR] COMMAND …``; without a command the window opens.
Every command prints one clear line on stderr and exits 2 on bad input, and
writes nothing when it refuses.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import NoReturn

from backdiary import __version__
from backdiary.cli import charts, dataio, desktop, entries, flags, maintenance
from backdiary.cli import crypto as encryption
from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.privacy import location_warning

log = logging.getLogger("backdiary.cli")


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``backdiary CMD: error: …``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = Parser(
        prog="backdiary",
        description="A private diary for back cramps and lower-back pain. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"backdiary {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the diary folder (default: $BACKDIARY_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window with the diary loaded, exit 0 once it has been painted",
    )
    # Typed as the base class: every command module registers on ArgumentParser subparsers.
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        title="commands",
        metavar="COMMAND",
        parser_class=Parser,
    )
    entries.add_parsers(sub)
    flags.add_parser(sub)
    maintenance.add_parsers(sub)
    dataio.add_parsers(sub)
    charts.add_parser(sub)
    desktop.add_parsers(sub)
    encryption.add_parsers(sub)
    return parser


#: Commands that write to the diary: they take the single-instance lock while they run.
#: (Commands may also declare it with ``set_defaults(writes=True)``.)
WRITING_COMMANDS = frozenset({"run_add", "run_demo", "run_import", "run_delete_all"})
#: How long a writing command waits for another command to finish with the diary.
LOCK_WAIT_MS = 1000


@contextlib.contextmanager
def _diary_lock(args: argparse.Namespace) -> Iterator[None]:
    """Hold the diary's single-instance lock while a writing command runs.

    Decision (issue #4): a command that writes refuses while the window has the diary
    open, rather than relying on SQLite's locking alone: SQLite would keep the file
    sound, but the window would not show the new rows, and a restore must never
    replace the file under an open window.
    """
    writes = getattr(args, "writes", False) or args.func.__name__ in WRITING_COMMANDS
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if not writes or not paths.data.is_dir():
        yield
        return
    from backdiary.ui.instance import DiaryLock  # noqa: PLC0415 (Qt only for writers)

    lock = DiaryLock(paths.data)
    if not lock.acquire(timeout_ms=LOCK_WAIT_MS) and not lock.unavailable:
        raise KnownError("backdiary is open on this diary; close it or use the window")
    try:
        yield
    finally:
        lock.release()


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen command; known problems become one line on stderr."""
    warning = location_warning(AppPaths.resolve(getattr(args, "data_dir", None)).data)
    if warning:
        print(f"backdiary: warning: {warning}", file=sys.stderr)
    try:
        with _diary_lock(args):
            encryption.prepare(args)  # an encrypted diary: its passphrase first
            status: int = args.func(args)
    except KnownError as exc:
        print(f"backdiary: {exc.full_message()}", file=sys.stderr)
        special = encryption.exit_status(exc)  # 3 wrong passphrase, 4 none given, 5 no SQLCipher
        return 1 if special is None else special
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `backdiary list | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status
