"""``backdiary chart KIND [--from DATE] [--to DATE] -o FILE``: export one chart.

The format follows the file's extension (.png at 300 dpi, .svg, .pdf); the file
is created readable by the owner only (0600). Bad input (unknown chart or
extension, malformed date, missing folder) is one line on stderr starting
``backdiary chart: ``, exit status 2, and no file is written. Everything that
can be is checked before the diary is opened or matplotlib imported (including
whether the folder is writable); a write that still fails (disk full, …) is
reported the same way.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from backdiary.cli.common import UsageError, fail, open_service, parse_day
from backdiary.domain.chartdata import EXPORT_FORMATS, KIND_TITLES, ChartKind, export_format

_KINDS = ", ".join(k.value for k in ChartKind)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``chart``.

    Args:
        sub: the result of ``parser.add_subparsers()`` on the main parser.
    """
    kinds = "\n".join(f"  {k.value:<10} {KIND_TITLES[k]}" for k in ChartKind)
    parser = sub.add_parser(
        "chart",
        help="export a chart as PNG, SVG or PDF",
        description=(
            "Export one chart of the diary to a file. The format follows the file's\n"
            "extension: .png (300 dpi), .svg or .pdf. The file is readable by you only."
        ),
        epilog=(
            f"charts:\n{kinds}\n\n"
            "Default range: all entries, from the first to the last (use --from/--to\n"
            "to narrow it). Trends of more than 180 days show weekly values.\n\n"
            "example: backdiary chart trend --from 2026-09-01 --to 2026-11-30 -o trend.pdf"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", metavar="KIND", help=f"the chart: one of {_KINDS}")
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="first day, YYYY-MM-DD (default: the first entry)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help="last day, YYYY-MM-DD (default: the last entry)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the file to write: .png, .svg or .pdf (replaced if it exists)",
    )
    parser.set_defaults(func=run)


def _check(args: argparse.Namespace) -> tuple[ChartKind, date | None, date | None, Path]:
    """Validate the options; raise :class:`UsageError` with a one-line message."""
    try:
        kind = ChartKind(args.kind.strip().lower())
    except ValueError:
        raise UsageError(f"unknown chart '{args.kind}' (choose from {_KINDS})") from None
    path = Path(args.output)
    if export_format(path) is None:
        known = ", ".join(EXPORT_FORMATS)
        raise UsageError(f"-o {args.output}: unknown file type (use {known})")
    start = parse_day(args.date_from, "--from") if args.date_from else None
    end = parse_day(args.date_to, "--to") if args.date_to else None
    if start and end and start > end:
        raise UsageError(f"--from {start} is after --to {end}")
    if path.is_dir():
        raise UsageError(f"-o {args.output} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"-o {args.output}: the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UsageError(f"-o {args.output}: cannot write to the folder {path.parent}")
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(f"-o {args.output}: the file exists and cannot be replaced")
    return kind, start, end, path


def run(args: argparse.Namespace) -> int:
    """``backdiary chart``: aggregate the range in SQL, draw, save; 0 on success."""
    try:
        kind, start, end, path = _check(args)
    except UsageError as exc:
        return fail("chart", str(exc))
    from backdiary.storage.aggregates import load  # noqa: PLC0415

    service = open_service(args)
    data = load(service.repo.engine, kind, start, end)
    from backdiary.charts.save import export_chart

    try:
        export_chart(data, path)
    except OSError as exc:
        return fail("chart", f"-o {args.output}: cannot write the file ({exc.strerror or exc})")
    print(f"wrote {path} ({kind.value}, {data.period.label()})")
    return 0
