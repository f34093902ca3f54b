"""``backdiary flags FILE``: evaluate the red-flag rules on an exchange document.

Reads one JSON exchange document (``-`` for standard input), evaluates its **last**
entry (by timestamp) against the earlier entries and the profile, and prints a JSON
array of ``{"rule", "urgency", "title", "advice", "source"}``, highest urgency first.
Malformed input is one line on standard error starting ``backdiary flags: `` and exit
status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from backdiary.domain.exchange import ExchangeError, parse_document
from backdiary.domain.redflags import evaluate, render_advice, render_title, rule
from backdiary.domain.region import REGIONS, Region, region_by_code

#: Exit status for unusable input (as argparse uses for usage errors).
EXIT_BAD_INPUT = 2

_PREFIX = "backdiary flags: "


class _InputError(Exception):
    """Input that cannot be evaluated; the message is shown to the user."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``flags`` subcommand to a ``backdiary`` command line.

    Args:
        subparsers: the result of ``parser.add_subparsers()`` on the main parser.
    """
    parser = subparsers.add_parser(
        "flags",
        help="check the latest diary entry of a JSON document for warning signs",
        description=(
            "Evaluate the red-flag rules on the last entry (by timestamp) of a backdiary "
            "JSON exchange document, against the earlier entries and the profile, and print "
            "the findings as a JSON array, highest urgency first. backdiary cannot diagnose."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the JSON document, or - for standard input")
    parser.add_argument(
        "--region",
        choices=sorted(REGIONS),
        default="uk",
        help="which emergency and non-emergency numbers the advice names (default: uk)",
    )
    parser.add_argument(
        "--emergency",
        metavar="NUMBER",
        help="your own emergency number (with --nonemergency; replaces --region)",
    )
    parser.add_argument(
        "--nonemergency",
        metavar="SERVICE",
        help='your own non-emergency service, as it reads after "contact" '
        '(e.g. "healthdirect on 1800 022 222")',
    )
    parser.set_defaults(func=run)


def _region(args: argparse.Namespace) -> Region:
    """The region the arguments ask for: a preset, or the user's own numbers."""
    emergency = getattr(args, "emergency", None)
    nonemergency = getattr(args, "nonemergency", None)
    if emergency is None and nonemergency is None:
        return region_by_code(getattr(args, "region", None) or "uk")
    if emergency is None or nonemergency is None:
        raise _InputError("give both --emergency and --nonemergency for your own numbers")
    try:
        return Region.custom(emergency, nonemergency)
    except (TypeError, ValueError) as exc:
        raise _InputError(f"your own numbers: {exc}") from None


def _read_text(path: str) -> str:
    if path == "-":
        stream: Any = sys.stdin
        raw = getattr(stream, "buffer", None)
        if raw is None:
            return str(stream.read())
        data = raw.read()
        where = "standard input"
    else:
        where = path
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise _InputError(f"cannot read {path}: no such file") from None
        except IsADirectoryError:
            raise _InputError(f"cannot read {path}: it is a directory") from None
        except OSError as exc:
            raise _InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _InputError(f"{where} is not UTF-8 text (byte {exc.start})") from None


def _load(path: str) -> Any:
    text = _read_text(path)
    where = "standard input" if path == "-" else path
    if not text.strip():
        raise _InputError(
            f"{where} is empty (expected a JSON document with 'profile' and 'entries')"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _InputError(
            f"{where} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise _InputError(f"{where} is not usable JSON: it is nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with too many digits
        raise _InputError(f"{where} is not usable JSON: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Run ``backdiary flags``.

    Args:
        args: parsed arguments with ``file`` (a path or ``-``), ``region``, and
            optionally ``emergency`` and ``nonemergency`` (the user's own numbers).

    Returns:
        0 after printing the findings; 2 (with one line on standard error) when the input
        cannot be read or is not a valid exchange document.
    """
    try:
        region = _region(args)
        data = _load(args.file)
        try:
            document = parse_document(data)
        except ExchangeError as exc:
            raise _InputError(str(exc)) from None
        except (OverflowError, RecursionError):
            raise _InputError("a date or number in the document is out of range") from None
    except (_InputError, ValueError) as exc:
        print(f"{_PREFIX}{exc}", file=sys.stderr)
        return EXIT_BAD_INPUT

    output: list[dict[str, str]] = []
    if document.entries:
        *earlier, latest = document.entries
        for finding in evaluate(document.profile, latest, earlier):
            output.append(
                {
                    "rule": finding.rule,
                    "urgency": finding.urgency.value,
                    "title": render_title(finding, region),
                    "advice": render_advice(finding, region),
                    "source": rule(finding.rule).source,
                }
            )
    _write(json.dumps(output, indent=2, ensure_ascii=False) + "\n")
    return 0


def _write(text: str) -> None:
    """Write to standard output, as UTF-8 bytes if its encoding cannot hold the text."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            raise
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
