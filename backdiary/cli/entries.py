"""``backdiary add``, ``backdiary list`` and ``backdiary demo``."""

from __future__ import annotations

import argparse
import configparser
import json
import sys
from collections.abc import Sequence
from typing import Any

from backdiary.cli.common import UsageError, fail, open_service, parse_day, parse_when
from backdiary.domain.exchange import ExchangeError, entry_from_dict, entry_to_dict
from backdiary.domain.model import (
    Bleeding,
    Entry,
    LegExtent,
    Location,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
    ValidationError,
)
from backdiary.domain.redflags import Finding, Urgency, render_advice, render_title
from backdiary.domain.region import DEFAULT_REGION, Region, region_by_code
from backdiary.paths import AppPaths
from backdiary.storage.repository import EntryQuery, StoredFinding

#: Boolean entry fields that ``--symptom NAME`` switches on.
BOOL_SYMPTOMS = (
    "saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new", "fever",
    "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity", "diarrhea",
    "fluid_leak", "pelvic_pressure", "shoulder_tip_pain", "one_sided_lower_abdominal_pain",
    "dizzy_or_faint", "reduced_fetal_movements",
)  # fmt: skip
#: Set-valued fields whose members ``--symptom NAME`` adds.
SET_SYMPTOMS: dict[str, type[NerveSymptom | UrinarySymptom | PreeclampsiaSign]] = {
    "nerve_symptoms": NerveSymptom,
    "urinary_symptoms": UrinarySymptom,
    "preeclampsia_signs": PreeclampsiaSign,
}
#: Enumerated fields set with ``--symptom FIELD=VALUE``.
VALUE_SYMPTOMS: dict[str, type[LegExtent | Bleeding]] = {
    "leg_symptoms": LegExtent,
    "leg_weakness": LegExtent,
    "vaginal_bleeding": Bleeding,
}


def _symptom_help() -> str:
    sets = ", ".join(m.value for cls in SET_SYMPTOMS.values() for m in cls)
    return (
        "a symptom (repeatable): one of "
        + ", ".join(BOOL_SYMPTOMS)
        + "; "
        + sets
        + "; or leg_symptoms=one_leg|both_legs, leg_weakness=…, "
        + "vaginal_bleeding=spotting|light|heavy"
    )


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``add``, ``list`` and ``demo``."""
    add = sub.add_parser("add", help="log an entry", description="Log a cramp episode.")
    add.add_argument("--when", default="now", help="ISO date-time, default now")
    add.add_argument("--nrs", type=int, help="pain 0 (none) – 10 (worst imaginable)")
    add.add_argument("--duration-min", type=float, help="how long it lasted, minutes")
    add.add_argument("--onset", choices=[m.value for m in Onset])
    add.add_argument("--trigger", help="one of: " + ", ".join(m.value for m in Trigger))
    add.add_argument("--location", action="append", default=[], help="repeatable")
    add.add_argument("--quality", action="append", default=[], help="repeatable")
    add.add_argument("--symptom", action="append", default=[], help=_symptom_help())
    add.add_argument("--factor", action="append", default=[], help="aggravating factor tag")
    add.add_argument("--relief", action="append", default=[], help="relief tried (tag)")
    add.add_argument("--relief-helped", choices=[m.value for m in ReliefHelped])
    add.add_argument("--temperature", type=float, help="body temperature in °C")
    add.add_argument("--note", default=None, help="free text")
    add.add_argument(
        "--json", metavar="FILE", help="a whole entry in the exchange format (- = stdin)"
    )
    add.set_defaults(func=run_add)

    lst = sub.add_parser("list", help="show the diary", description="Show the diary.")
    lst.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    lst.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    lst.add_argument("--json", action="store_true", help="an exchange-format document")
    lst.set_defaults(func=run_list)

    demo = sub.add_parser(
        "demo", help="fill a diary with synthetic data", description="Fill a diary with demo data."
    )
    demo.add_argument("--days", type=int, default=365, help="how many days back (default 365)")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument(
        "--entries",
        type=int,
        metavar="N",
        help="exactly N entries over the days, several a day as needed, for scale tests "
        "(streamed in bulk; red flags checked against a short history only)",
    )
    demo.add_argument(
        "--append", action="store_true", help="allow adding demo data to a diary that has entries"
    )
    demo.set_defaults(func=run_demo)


def _enum_option(cls: type[Any], value: str, option: str) -> Any:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise UsageError(f"{option}: unknown value '{value}' (choose from {allowed})") from None


def _entry_from_options(args: argparse.Namespace) -> Entry:
    kwargs: dict[str, Any] = {"timestamp": parse_when(args.when)}
    if args.nrs is None:
        raise UsageError("--nrs is required (0 no pain … 10 worst imaginable)")
    kwargs["nrs"] = args.nrs
    if args.duration_min is not None:
        kwargs["episode_duration_min"] = args.duration_min
    if args.onset:
        kwargs["onset"] = Onset(args.onset)
    if args.trigger:
        kwargs["trigger"] = _enum_option(Trigger, args.trigger, "--trigger")
    if args.location:
        kwargs["pain_locations"] = frozenset(
            _enum_option(Location, v, "--location") for v in args.location
        )
    if args.quality:
        kwargs["pain_qualities"] = frozenset(
            _enum_option(Quality, v, "--quality") for v in args.quality
        )
    sets: dict[str, set[Any]] = {name: set() for name in SET_SYMPTOMS}
    for raw in args.symptom:
        name, _, value = raw.partition("=")
        if name in VALUE_SYMPTOMS and value:
            kwargs[name] = _enum_option(VALUE_SYMPTOMS[name], value, f"--symptom {name}")
        elif name in BOOL_SYMPTOMS and not value:
            kwargs[name] = True
        else:
            for field, cls in SET_SYMPTOMS.items():
                if name in {m.value for m in cls} and not value:
                    sets[field].add(cls(name))
                    break
            else:
                raise UsageError(f"--symptom: unknown symptom '{raw}' (see backdiary add --help)")
    for field, members in sets.items():
        if members:
            kwargs[field] = frozenset(members)
    if args.factor:
        kwargs["factors"] = tuple(args.factor)
    if args.relief:
        kwargs["relief"] = tuple(args.relief)
    if args.relief_helped:
        kwargs["relief_helped"] = ReliefHelped(args.relief_helped)
    if args.temperature is not None:
        kwargs["temperature_c"] = args.temperature
    if args.note is not None:
        kwargs["notes"] = args.note
    return Entry(**kwargs)


def _read_json(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})") from None


def _settings_region(args: argparse.Namespace) -> Region:
    """The region chosen in the settings file (read without Qt), else the UK."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(AppPaths.resolve(getattr(args, "data_dir", None)).settings_file, "utf-8")
        code = parser.get("region", "code", fallback="uk").strip('"')
        if code == "custom":
            return Region.custom(
                parser.get("region", "emergency", fallback="").strip('"'),
                parser.get("region", "nonemergency", fallback="").strip('"'),
            )
        return region_by_code(code)
    except (OSError, configparser.Error, UnicodeDecodeError, ValueError):
        return DEFAULT_REGION


def _print_findings(stored: Sequence[StoredFinding], region: Region) -> None:
    """Each warning on stderr (most urgent first): urgency and title, then the advice."""
    for s in stored:
        f = Finding(s.rule, Urgency(s.urgency), s.evidence)
        print(
            f"backdiary: warning ({f.urgency}) {f.rule}: {render_title(f, region)}\n"
            f"  {render_advice(f, region)}",
            file=sys.stderr,
        )


def run_add(args: argparse.Namespace) -> int:
    """``backdiary add``: validate everything first, then save once."""
    try:
        if args.json:
            data = _read_json(args.json)
            if isinstance(data, dict) and "entries" in data and "timestamp" not in data:
                raise UsageError("--json takes one entry object, not a whole document")
            # Pregnancy state, when the object does not give it, is derived when saved.
            entry = entry_from_dict(data, 0)
        else:
            entry = _entry_from_options(args)
    except (UsageError, ExchangeError) as exc:
        return fail("add", str(exc))
    except ValidationError as exc:
        return fail("add", f"{exc.field}: {exc.message}")
    service = open_service(args)
    try:
        result = service.add_entry(entry)
    except ValueError as exc:
        return fail("add", str(exc))
    json.dump(entry_to_dict(result.entry), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    _print_findings(result.findings, _settings_region(args))
    return 0


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run_list(args: argparse.Namespace) -> int:
    """``backdiary list``: a table, or the diary as an exchange document."""
    try:
        start = parse_day(args.date_from, "--from") if args.date_from else None
        end = parse_day(args.date_to, "--to") if args.date_to else None
    except UsageError as exc:
        return fail("list", str(exc))
    if start and end and start > end:
        return fail("list", f"--from {start} is after --to {end}")
    service = open_service(args)
    if args.json:
        doc = service.export_document(start, end)
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    query = EntryQuery(start, end)
    total = service.count(query)
    header = f"{'date':<10} {'time':<5} {'NRS':>3} {'min':>5} {'trigger':<14} {'flag':<9} notes"
    print(header)
    offset = 0
    while offset < total:
        for listed in service.page(query, descending=False, offset=offset, limit=500):
            e = listed.entry
            duration = "" if e.episode_duration_min is None else f"{e.episode_duration_min:g}"
            print(
                f"{e.local_time:%Y-%m-%d} {e.local_time:%H:%M} {e.nrs:>3} {duration:>5} "
                f"{e.trigger.value:<14} {listed.urgency or '':<9} {_short(e.notes, 40)}"
            )
        offset += 500
    print(f"{total} {'entry' if total == 1 else 'entries'}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """``backdiary demo``: fill the diary with realistic synthetic data."""
    from backdiary.demo import generate  # noqa: PLC0415

    if not 1 <= args.days <= 36500:
        return fail("demo", f"--days {args.days} must be from 1 to 36500")
    if args.entries is not None and not 1 <= args.entries <= 10_000_000:
        return fail("demo", f"--entries {args.entries} must be from 1 to 10000000")
    service = open_service(args)
    if service.count() and not args.append:
        print(
            "backdiary demo: this diary already has entries; demo data would mix with them. "
            "Use another --data-dir, or --append to add anyway.",
            file=sys.stderr,
        )
        return 1
    if args.entries is not None:
        return _run_bulk_demo(args, service)
    data = generate(days=args.days, seed=args.seed)
    if data.profile is not None:
        service.repo.set_profile(data.profile)
    service.repo.set_pregnancies(data.pregnancies)
    count = service.add_many(data.entries)
    print(f"added {count} demo entries over {args.days} days")
    return 0


#: With ``demo --entries``, each entry's red flags are checked against this many earlier
#: entries (of the usual 60 days) rather than all of them: a million entries in about a
#: minute, with findings that look like real ones.
DEMO_HISTORY_LIMIT = 4


def _run_bulk_demo(args: argparse.Namespace, service: Any) -> int:
    """``demo --entries N``: stream N generated entries into the diary in one transaction."""
    from backdiary.demo import generate_entries  # noqa: PLC0415

    profile, pregnancies, entries = generate_entries(args.entries, args.days, args.seed)
    service.repo.set_profile(profile)
    service.repo.set_pregnancies(pregnancies)
    count = service.add_stream(entries, history_limit=DEMO_HISTORY_LIMIT)
    print(f"added {count} demo entries over {args.days} days")
    return 0
