"""``backdiary report``, ``export``, ``import`` and ``delete-all-data``.

Each command validates everything before writing anything: an import stores nothing
while any part of the file is invalid (unless ``--skip-invalid`` says to leave the bad
CSV rows out), an export appears under its name only when complete (0600, atomic).
Problems are one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backdiary.cli.common import UsageError, fail, open_service, parse_day
from backdiary.domain import redflags
from backdiary.domain.exchange import Document, ExchangeError, parse_document
from backdiary.domain.model import Profile
from backdiary.paths import AppPaths
from backdiary.services import DiaryService, Progress
from backdiary.storage.repository import EntryQuery, SortKey

if TYPE_CHECKING:
    from backdiary.export.csvio import CsvImport, CsvMapping
    from backdiary.export.report import ReportInput

#: Default report period: this many days ending today.
DEFAULT_REPORT_DAYS = 90
PRIVACY_NOTE = (
    "Exports are plain, unencrypted files with your health data: store and share them carefully."
)


# --------------------------------------------------------------------------- parsers
def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``report``, ``export``, ``import`` and ``delete-all-data``."""
    from backdiary.export.csvio import DATE_FORMAT_HELP, DURATION_UNITS
    from backdiary.export.files import MAX_IMPORT_TEXT

    report = sub.add_parser(
        "report",
        help="write the PDF report for a physiotherapist or doctor",
        description="Write the PDF report: a one-page summary, charts and the entries table. "
        f"The default period is the last {DEFAULT_REPORT_DAYS} days ending today.",
    )
    report.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    report.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help="any of summary, charts, entries (default: all); commas also separate",
    )
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write"
    )
    report.set_defaults(func=run_report)

    export = sub.add_parser(
        "export",
        help="save the diary as JSON (exchange format) or CSV",
        description="Save the diary (or a date range) as a JSON exchange document or as CSV. "
        + PRIVACY_NOTE,
    )
    export.add_argument(
        "--format", choices=("json", "csv"), help="default: from the file name, else json"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    export.set_defaults(func=run_export)

    imp = sub.add_parser(
        "import",
        help="add entries from a JSON export or a CSV file",
        description="Add entries from a backdiary JSON export or a CSV file (backdiary's own, "
        "or another app's with --map). Entries already in the diary (same id) are skipped. "
        f"Nothing is imported while any part of the file is invalid. Files over "
        f"{MAX_IMPORT_TEXT} are refused.",
    )
    imp.add_argument("file", help="the file to read")
    imp.add_argument("--format", choices=("json", "csv"), help="default: from the file")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KEY=COLUMN",
        help="CSV: the column holding an exchange-format key (repeatable), e.g. "
        "--map timestamp=Date --map nrs='Pain Level (0-10)' --map notes=Comment; "
        "COLUMN may join two columns as Date+Time",
    )
    imp.add_argument("--date-format", default="iso", metavar="FORMAT", help=DATE_FORMAT_HELP)
    imp.add_argument(
        "--scale-max",
        type=float,
        metavar="N",
        help="the severity column goes from 0 to N: rescale it to 0–10 (rounded half up)",
    )
    imp.add_argument(
        "--duration-unit",
        choices=tuple(DURATION_UNITS),
        default="min",
        help="unit of a plain-number duration column (default min; H:MM:SS is always read)",
    )
    imp.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help="CSV: import only rows whose COLUMN equals VALUE (any case; * matches any text); "
        "repeatable, all must match",
    )
    imp.add_argument(
        "--skip-invalid", action="store_true", help="CSV: import the valid rows, leave out the rest"
    )
    imp.add_argument("--encoding", help="the file's text encoding if not UTF-8, e.g. cp1252")
    imp.add_argument("--dry-run", action="store_true", help="check the file; import nothing")
    imp.set_defaults(func=run_import)

    delete = sub.add_parser(
        "delete-all-data",
        help="delete the diary, its backups and settings for good",
        description="Delete the diary (database), its backups folder, logs and the settings "
        "file. Exports you saved elsewhere are not touched.",
    )
    delete.add_argument("--yes", action="store_true", help="confirm: really delete everything")
    delete.set_defaults(func=run_delete_all)


# --------------------------------------------------------------------------- report
def default_period(
    start: date | None, end: date | None, today: date | None = None
) -> tuple[date, date]:
    """The report period from optional --from/--to (default: the last 90 days ending today).

    Only --from: up to today (or 90 days when --from lies in the future). Only --to: the 90
    days ending then.
    """
    today = today or date.today()
    span = timedelta(days=DEFAULT_REPORT_DAYS - 1)
    if end is None:
        end = today if start is None or start <= today else start + span
    if start is None:
        start = end - span
    return start, end


def parse_sections(values: Sequence[str] | None) -> tuple[str, ...]:
    """``--sections`` values (space- or comma-separated) in report order."""
    from backdiary.export.report import SECTIONS

    if not values:
        return SECTIONS
    chosen: set[str] = set()
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            if name not in SECTIONS:
                allowed = ", ".join(SECTIONS)
                raise UsageError(
                    f"--sections: unknown section '{part.strip()}' (choose from {allowed})"
                )
            chosen.add(name)
    if not chosen:
        raise UsageError("--sections: name at least one of " + ", ".join(SECTIONS))
    return tuple(s for s in SECTIONS if s in chosen)


def flag_records(service: DiaryService, start: date, end: date) -> list[Any]:
    """The period's stored red-flag findings as report records (with titles)."""
    from backdiary.export.summary import FlagRecord

    records = []
    for entry, finding in service.flagged(start, end):
        try:
            title = redflags.render_title(redflags.rule(finding.rule), service.region)
        except Exception:  # an unknown or retired rule id: show the id
            title = finding.rule
        records.append(FlagRecord(entry.timestamp, finding.rule, finding.urgency, title))
    return records


def diary_start(service: DiaryService) -> date | None:
    """The date of the diary's first entry, or None for an empty diary."""
    first = service.page(EntryQuery(), SortKey.TIME, descending=False, offset=0, limit=1)
    return first[0].entry.local_date if first else None


def report_input(
    service: DiaryService,
    start: date,
    end: date,
    sections: Sequence[str] | None = None,
    created: datetime | None = None,
) -> ReportInput:
    """Gather everything the report needs from the diary (shared by the CLI and the window)."""
    from backdiary.export.report import SECTIONS, ReportInput
    from backdiary.export.summary import previous_period

    prev_start, prev_end = previous_period(start, end)
    return ReportInput(
        entries=service.entries(start, end),
        start=start,
        end=end,
        previous_entries=service.entries(prev_start, prev_end),
        profile=service.profile(),
        pregnancies=service.pregnancies(),
        flags=flag_records(service, start, end),
        diary_start=diary_start(service),
        created=created,
        sections=tuple(sections) if sections else SECTIONS,
    )


def _period_args(args: argparse.Namespace) -> tuple[date | None, date | None]:
    start = parse_day(args.date_from, "--from") if args.date_from else None
    end = parse_day(args.date_to, "--to") if args.date_to else None
    if start and end and start > end:
        raise UsageError(f"--from {start} is after --to {end}")
    return start, end


def _refuse_diary_target(output: str, paths: AppPaths) -> None:
    from backdiary.export.files import same_file

    if same_file(output, paths.db):
        raise UsageError(f"{output} is the diary itself; choose another file name")


def run_report(args: argparse.Namespace) -> int:
    """``backdiary report``: write the PDF report."""
    from backdiary.export.files import ExportFileError, private_file
    from backdiary.export.report import Report

    try:
        start, end = default_period(*_period_args(args))
        sections = parse_sections(args.sections)
        _refuse_diary_target(args.output, AppPaths.resolve(args.data_dir))
    except UsageError as exc:
        return fail("report", str(exc))
    service = open_service(args)
    report = Report(report_input(service, start, end, sections))
    try:
        with private_file(args.output) as fh:
            report.write_pdf(fh)
    except ExportFileError as exc:
        return fail("report", str(exc))
    pages = ", ".join(f"{n} {name}" for name, n in report.section_pages().items())
    print(
        f"wrote {args.output}: {report.page_count} page{'s' if report.page_count != 1 else ''} "
        f"({pages}), {start} to {end}, {len(report.entries)} entries"
    )
    return 0


# --------------------------------------------------------------------------- export
def export_json_text(
    service: DiaryService, start: date | None, end: date | None
) -> tuple[str, int]:
    """The diary (or a range) as exchange-format JSON text, and its number of entries."""
    doc = service.export_document(start, end)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n", len(doc["entries"])


def run_export(args: argparse.Namespace) -> int:
    """``backdiary export``: JSON or CSV, written 0600."""
    from backdiary.export.csvio import write_csv
    from backdiary.export.files import ExportFileError, private_file, write_private

    try:
        start, end = _period_args(args)
        _refuse_diary_target(args.output, AppPaths.resolve(args.data_dir))
    except UsageError as exc:
        return fail("export", str(exc))
    fmt = args.format or ("csv" if args.output.lower().endswith(".csv") else "json")
    service = open_service(args)
    try:
        if fmt == "json":
            text, count = export_json_text(service, start, end)
            write_private(args.output, text)
        else:
            entries = service.entries(start, end)
            with private_file(args.output) as fh:
                count = write_csv(entries, fh)
    except ExportFileError as exc:
        return fail("export", str(exc))
    print(f"wrote {count} entr{'ies' if count != 1 else 'y'} to {args.output} ({fmt.upper()})")
    print(PRIVACY_NOTE, file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- import
@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import did, for the message."""

    added: int
    skipped: int
    invalid_left_out: int = 0
    filtered_out: int = 0
    profile_kept: bool = False

    def message(self) -> str:
        """``added 12 entries, skipped 3 already in the diary`` and any extras."""
        text = (
            f"added {self.added} entr{'ies' if self.added != 1 else 'y'}, "
            f"skipped {self.skipped} already in the diary"
        )
        if self.invalid_left_out:
            n = self.invalid_left_out
            text += f", left out {n} invalid row{'s' if n != 1 else ''}"
        if self.filtered_out:
            n = self.filtered_out
            text += f"; {n} row{'s' if n != 1 else ''} did not match --where"
        return text


def read_json_document(data: bytes, source: str) -> Document:
    """Decode and validate a JSON exchange document.

    Raises:
        UsageError: one line naming the problem (``entry 3: 'nrs' …``).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{source} is not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{source} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise UsageError(f"{source} is nested too deeply to be a backdiary document") from None
    try:
        return parse_document(value)
    except ExchangeError as exc:
        raise UsageError(f"{source}: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{source} is not a backdiary document: {exc}") from None


def import_json(
    service: DiaryService, document: Document, progress: Progress | None = None
) -> ImportOutcome:
    """Merge a document by entry id; the profile is taken only into a new, empty diary."""
    fresh = service.count() == 0 and service.profile() == Profile()
    result = service.import_document(document, replace_profile=fresh, progress=progress)
    kept = not fresh and document.profile != service.profile()
    return ImportOutcome(result.added, result.skipped, profile_kept=kept)


def import_csv_entries(
    service: DiaryService, parsed: CsvImport, progress: Progress | None = None
) -> ImportOutcome:
    """Store the valid entries of a parsed CSV in one transaction, skipping known ids."""
    document = Document(service.profile(), (), tuple(parsed.entries))
    result = service.import_document(document, replace_profile=False, progress=progress)
    return ImportOutcome(
        result.added,
        result.skipped,
        invalid_left_out=len(parsed.errors),
        filtered_out=parsed.filtered_out,
    )


def _pairs(values: Sequence[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for raw in values:
        key, sep, value = raw.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(
                f"{option} '{raw}': write it as {option[2:].upper()}=…, e.g. {option} nrs=Pain"
            )
        pairs.append((key.strip(), value.strip()))
    return pairs


def mapping_from_args(args: argparse.Namespace) -> CsvMapping | None:
    """The CSV mapping from --map/--date-format/--scale-max/--duration-unit/--where."""
    from backdiary.export.csvio import CsvMapping

    pairs = _pairs(args.map, "--map")
    where = tuple(_pairs(args.where, "--where"))
    if not pairs:
        if where or args.scale_max is not None or args.date_format != "iso":
            raise UsageError(
                "--where, --scale-max and --date-format need --map KEY=COLUMN for each column"
            )
        return None
    columns: dict[str, str] = {}
    for key, column in pairs:
        if key in columns:
            raise UsageError(f"--map: '{key}' is mapped twice")
        columns[key] = column
    return CsvMapping(
        columns=columns,
        date_format=args.date_format,
        scale_max=args.scale_max,
        duration_unit=args.duration_unit,
        where=where,
    )


def _looks_like_json(path: str, data: bytes) -> bool:
    lower = path.lower()
    if lower.endswith(".json"):
        return True
    if lower.endswith((".csv", ".tsv", ".txt")):
        return False
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def run_import(args: argparse.Namespace) -> int:
    """``backdiary import``: JSON or CSV; validate everything, then store in one go."""
    from backdiary.export.csvio import CsvFileError, parse_csv, summarise_errors
    from backdiary.export.files import ExportFileError, read_limited

    try:
        mapping = mapping_from_args(args)
        data = read_limited(args.file)
    except (UsageError, ExportFileError) as exc:
        return fail("import", str(exc))
    as_json = args.format == "json" or (
        args.format is None and mapping is None and _looks_like_json(args.file, data)
    )
    if as_json:
        if mapping is not None:
            return fail("import", "--map is for CSV files; a JSON export needs no mapping")
        try:
            document = read_json_document(data, args.file)
        except UsageError as exc:
            return fail("import", str(exc))
        service = open_service(args)
        if args.dry_run:
            known = len({e.id for e in document.entries} & _ids(service))
            print(
                f"{args.file} is valid: {len(document.entries)} entries, {known} already in "
                "the diary; nothing imported (--dry-run)"
            )
            return 0
        outcome = import_json(service, document)
        print(outcome.message())
        if outcome.profile_kept:
            print("backdiary import: kept this diary's own profile (the file's was not imported)",
                  file=sys.stderr)  # fmt: skip
        return 0
    try:
        parsed = parse_csv(data, mapping, source=args.file, encoding=args.encoding)
    except CsvFileError as exc:
        return fail("import", str(exc))
    if parsed.errors and not args.skip_invalid:
        lines = summarise_errors(parsed.errors)
        n = len(parsed.errors)
        fail(
            "import",
            f"{n} invalid row{'s' if n != 1 else ''} in {args.file}; nothing was imported. "
            f"First: {lines[0]}",
        )
        for line in lines[1:]:
            print(f"  {line}", file=sys.stderr)
        print(
            "Correct the file, or import only the valid rows with --skip-invalid.", file=sys.stderr
        )
        return 2
    if parsed.total_rows and not parsed.entries and parsed.filtered_out == parsed.total_rows:
        return fail("import", f"no row of {args.file} matches the --where conditions")
    service = open_service(args)
    if args.dry_run:
        known = len({e.id for e in parsed.entries} & _ids(service))
        print(
            f"{args.file}: {len(parsed.entries)} valid rows ({known} already in the diary), "
            f"{len(parsed.errors)} invalid, {parsed.filtered_out} not matching --where; "
            "nothing imported (--dry-run)"
        )
        return 0
    outcome = import_csv_entries(service, parsed)
    print(outcome.message())
    if parsed.errors:
        for line in summarise_errors(parsed.errors, limit=5):
            print(f"  left out {line}", file=sys.stderr)
    return 0


def _ids(service: DiaryService) -> set[str]:
    return service.repo.ids()


# --------------------------------------------------------------------------- delete
def deletion_targets(paths: AppPaths) -> list[Path]:
    """The files and folders ``delete-all-data`` removes, those that exist."""
    from backdiary.export.files import LOCK_FILE_NAME, leftovers

    candidates = [
        paths.db,
        *(paths.db.with_name(paths.db.name + s) for s in ("-wal", "-shm", "-journal")),
        # the lock alone is no diary (this command holds it while it runs)
        *(p for p in leftovers(paths.data) if p.name != LOCK_FILE_NAME),
        paths.backups,
        paths.logs,
        paths.settings_file,
    ]
    return [p for p in candidates if p.exists()]


def delete_all(paths: AppPaths) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Delete the diary of ``paths``; return (removed, failed with reasons)."""
    from backdiary.export.files import delete_diary_files

    result = delete_diary_files(paths.db, paths.backups, paths.settings_file, paths.logs)
    return result.removed, result.failed


#: The word to type to confirm ``delete-all-data`` without ``--yes``.
CONFIRM_WORD = "DELETE"
EXPORTS_NOTE = (
    "Exports you saved elsewhere (PDF reports, JSON or CSV files) are not deleted; "
    "remove them yourself if you no longer want them."
)


def run_delete_all(args: argparse.Namespace) -> int:
    """``backdiary delete-all-data --yes``."""
    paths = AppPaths.resolve(args.data_dir)
    targets = deletion_targets(paths)
    if not targets:
        print(f"nothing to delete: there is no diary in {paths.data}")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            return fail(
                "delete-all-data",
                f"this deletes the diary in {paths.data}, its backups and settings for good; "
                "run it again with --yes to confirm",
            )
        print("This deletes, for good (it cannot be undone):")
        for target in targets:
            print(f"  {target}")
        print(EXPORTS_NOTE)
        try:
            answer = input(f"Type {CONFIRM_WORD} to delete everything: ")
        except EOFError:
            answer = ""
        if answer.strip() != CONFIRM_WORD:
            print("nothing was deleted")
            return 1
    removed, failed = delete_all(paths)
    for path, reason in failed:
        print(f"backdiary delete-all-data: could not delete {path}: {reason}", file=sys.stderr)
    if failed:
        return 1
    print(f"deleted the diary, its backups and settings in {paths.data} ({len(removed)} items)")
    print(EXPORTS_NOTE)
    return 0
