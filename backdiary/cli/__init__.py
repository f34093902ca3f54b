"""The command line: one parser, one module per group of commands.

``backdiary [--data-dir DIR] COMMAND …``; without a command the window opens.
Every command prints one clear line on stderr and exits 2 on bad input, and
writes nothing when it refuses.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import NoReturn

from backdiary import __version__
from backdiary.cli import charts, dataio, entries, flags
from backdiary.errors import KnownError

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
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    entries.add_parsers(sub)
    flags.add_parser(sub)
    dataio.add_parsers(sub)
    charts.add_parser(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen command; known problems become one line on stderr."""
    try:
        status: int = args.func(args)
    except KnownError as exc:
        print(f"backdiary: {exc.full_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `backdiary list | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status
