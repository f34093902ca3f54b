"""``backdiary backup``, ``restore``, ``check``, ``salvage`` and ``start-new``.

``backup`` and ``check`` only read the diary and may run while the window is
open. ``restore``, ``salvage`` and ``start-new`` replace the diary file; they run
under the single-instance lock (taken in :func:`backdiary.cli.run_command`), so
they refuse while the window has the diary open. None of them ever deletes a
diary file: what they replace is moved into the backups folder.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from backdiary.cli.common import fail
from backdiary.paths import AppPaths
from backdiary.storage import recovery
from backdiary.storage.backup import (
    KIND_LABEL,
    Kind,
    backup_engine,
    connect_readonly,
    list_backups,
    write_backup,
)


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    """Register the maintenance commands."""
    backup = sub.add_parser(
        "backup",
        help="back up the diary (or list the backups)",
        description="Copy the diary with SQLite's backup API into the backups folder "
        "(checked, private, never a half-written file).",
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    backup.add_argument("--list", action="store_true", help="list the backups and exit")
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser(
        "restore",
        help="replace the diary with a backup",
        description="Replace the diary with a backup. The backup is checked first; the "
        "current diary file is kept in the backups folder.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.set_defaults(func=run_restore, writes=True)

    check = sub.add_parser(
        "check",
        help="check the diary for damage",
        description="Run SQLite's integrity_check and foreign_key_check on the diary. "
        "Exit status 0 when it is sound, 1 with the first problem named.",
    )
    check.set_defaults(func=run_check)

    salvage = sub.add_parser(
        "salvage",
        help="rescue the readable entries of a damaged diary",
        description="Copy every readable row of a damaged diary into a new diary, which "
        "takes its place; the damaged file is kept in the backups folder.",
    )
    salvage.add_argument(
        "-o", "--output", metavar="FILE", help="write the rescued diary to FILE; change nothing"
    )
    salvage.set_defaults(func=run_salvage, writes=True)

    start_new = sub.add_parser(
        "start-new",
        help="start a new, empty diary (the current file is kept)",
        description="Move the current diary file into the backups folder and start a new, "
        "empty diary.",
    )
    start_new.set_defaults(func=run_start_new, writes=True)


def _paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def _list(paths: AppPaths) -> int:
    backups = list_backups(paths.backups)
    if not backups:
        print(f"no backups in {paths.backups}")
        return 0
    print(f"{'made':<16} {'entries':>8}  {'kind':<28} file")
    for info in backups:
        entries = f"{info.entries:,}" if info.entries is not None else "unreadable"
        when = f"{info.made_at.astimezone():%Y-%m-%d %H:%M}"
        print(f"{when:<16} {entries:>8}  {KIND_LABEL[info.kind]:<28} {info.path}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """``backdiary backup``: a checked backup into the backups folder or ``-o FILE``."""
    from backdiary.storage.diary import open_diary  # noqa: PLC0415

    paths = _paths(args)
    if args.list:
        return _list(paths)
    target = Path(args.output).expanduser().absolute() if args.output else None
    if target is not None:
        if target.exists():
            return fail("backup", f"{target} already exists; choose a new file name")
        if not target.parent.is_dir():
            return fail("backup", f"the folder {target.parent} does not exist")
    engine = open_diary(paths, backup=False)
    try:
        if target is None:
            info = backup_engine(engine, paths.backups, Kind.MANUAL)
            print(f"backup written: {info.path} ({info.describe()})")
            return 0
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            write_backup(source, target)
        finally:
            raw.close()
    finally:
        engine.dispose()
    check = connect_readonly(target)
    try:
        entries = check.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        check.close()
    print(f"backup written: {target} ({entries:,} entries)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """``backdiary restore FILE``: replace the diary with a checked backup."""
    from backdiary.storage.diary import open_diary  # noqa: PLC0415

    paths = _paths(args)
    source = Path(args.file).expanduser()
    if not source.exists():
        return fail("restore", f"{source} does not exist")
    result = recovery.restore(paths, source)
    print(f"restored {result.entries:,} entries from {result.source}")
    if result.kept_as is not None:
        print(f"the previous diary file was kept as {result.kept_as}")
    open_diary(paths, backup=False).dispose()  # migrates an older backup, and proves it opens
    return 0


def run_check(args: argparse.Namespace) -> int:
    """``backdiary check``: integrity_check and foreign_key_check; exit 1 on a problem."""
    paths = _paths(args)
    report = recovery.check(paths)
    if report.ok:
        print("ok")
        return 0
    more = f" ({len(report.problems)} problems in all)" if len(report.problems) > 1 else ""
    print(f"backdiary check: problem: {report.problems[0]}{more}", file=sys.stderr)
    print(recovery.problem(recovery.ProblemKind.DAMAGED, paths).hint, file=sys.stderr)
    return 1


def run_salvage(args: argparse.Namespace) -> int:
    """``backdiary salvage``: rescue readable rows of a damaged diary into a new one."""
    paths = _paths(args)
    target = Path(args.output).expanduser().absolute() if args.output else None
    if target is not None and target.exists():
        return fail("salvage", f"{target} already exists; choose a new file name")
    result = recovery.salvage(paths, target)
    others = ", ".join(f"{n:,} {t}" for t, n in result.copied.items() if t != "entry" and n)
    print(
        f"rescued {result.entries:,} entries"
        + (f" ({others})" if others else "")
        + f" into {result.path}"
    )
    if result.unreadable:
        print(
            "some parts of the damaged file could not be read ("
            + ", ".join(result.unreadable)
            + "): compare with your newest backup (backdiary backup --list)"
        )
    if result.kept_as is not None:
        print(f"the damaged file was kept as {result.kept_as}")
    return 0


def run_start_new(args: argparse.Namespace) -> int:
    """``backdiary start-new``: keep the current file in the backups folder, start afresh."""
    from backdiary.storage.diary import open_diary  # noqa: PLC0415

    paths = _paths(args)
    kept = recovery.start_new(paths)
    open_diary(paths, new_ok=True, backup=False).dispose()
    print(f"started a new, empty diary in {paths.data}")
    if kept is not None:
        print(f"the previous diary file was kept as {kept}")
    return 0
