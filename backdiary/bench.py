"""Performance and scale, measured side by side: ``python -m backdiary.bench``.

Builds demo diaries (``backdiary demo``) of one year, ten years, 100,000 and
1,000,000 entries, caches them under ``<temp>/backdiary-bench-cache`` (keyed by
size; ``--rebuild`` builds them again) and prints one table:

* start-up to first paint (``backdiary --smoke-test``, the whole process,
  offscreen) at each size, next to the *floor*: a bare PySide6 script that opens
  the same SQLite file with :mod:`sqlite3`, shows a ``QMainWindow`` with a
  200-row ``QTableView`` and quits on the first event-loop turn after showing it;
* save latency of one entry through :meth:`DiaryService.add_entry` (what the
  window does) at 100,000 and 1,000,000 entries, on a copy of the diary;
* first opening of the Charts view and its redraws at ten years
  (:mod:`backdiary.bench_charts`);
* the one-year PDF report and a 100,000-row CSV import (:mod:`backdiary.bench_dataio`);
* peak memory (RSS) of the window with the 1,000,000-entry diary open.

Medians of several fresh processes; timings on a shared machine are noisy. This
is a benchmark, not a test: it exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

#: Bump when the demo generator changes, so cached diaries are rebuilt.
CACHE_VERSION = 1
STARTUP_RATIO_MAX = 1.5
STARTUP_SPREAD_MAX = 0.20
SAVE_P95_MAX_S = 0.010
OPEN_1M_MAX_S = 1.0
RSS_1M_MAX_MB = 250.0
REDRAW_MAX_S = 0.150
CHARTS_FIRST_MAX_S = 0.8


@dataclass(frozen=True, slots=True)
class Size:
    """A demo diary to build: its key, label and ``backdiary demo`` options."""

    key: str
    label: str
    options: tuple[str, ...]


YEAR = Size("1y", "1 year", ("--days", "365"))
DECADE = Size("10y", "10 years", ("--days", "3650"))
K100 = Size("100k", "100,000 entries", ("--entries", "100000", "--days", "3650"))
MILLION = Size("1m", "1,000,000 entries", ("--entries", "1000000", "--days", "3650"))
STARTUP_SIZES = (YEAR, DECADE, MILLION)

#: The floor: a bare PySide6 window over the same SQLite file.
FLOOR_SCRIPT = """
import os, sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT local_time, nrs, duration_min, trigger, notes FROM entry "
    "ORDER BY instant DESC LIMIT 200"
).fetchall()
model = QStandardItemModel(len(rows), 5)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem("" if value is None else str(value)))
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, app.quit)
status = app.exec()
sys.stdout.flush()
os._exit(status)  # skip interpreter teardown (PySide6 can crash in it)
"""


@dataclass
class Row:
    """One line of the result table."""

    what: str
    figure: str
    target: str = ""
    ok: bool | None = None
    notes: list[str] = field(default_factory=list)


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# --------------------------------------------------------------------------- diaries
def diary_folder(cache: Path, size: Size, rebuild: bool = False) -> tuple[Path, float | None]:
    """The cached diary folder of ``size``, built with ``backdiary demo`` when missing.

    Returns:
        The folder, and the build time in seconds (None when it came from the cache).
    """
    from backdiary.domain.redflags.rules import RULESET_VERSION  # noqa: PLC0415

    # Keyed by the rule set too: a diary whose warnings came from older rules is
    # recomputed in full when the window opens, which is not what start-up measures.
    folder = cache / f"{size.key}-v{CACHE_VERSION}-rules{RULESET_VERSION}"
    done = folder / "bench-built.json"
    if done.exists() and not rebuild:
        return folder, None
    partial = folder.with_name(folder.name + ".partial")
    for stale in (folder, partial):
        shutil.rmtree(stale, ignore_errors=True)
    _say(f"building the {size.label} diary…")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(partial), "demo", *size.options],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_env(),
    )
    seconds = time.perf_counter() - started
    (partial / "bench-built.json").write_text(
        json.dumps({"options": size.options, "seconds": seconds}), encoding="utf-8"
    )
    partial.rename(folder)
    return folder, seconds


def entry_count(folder: Path) -> int:
    """How many entries the diary in ``folder`` holds (plain sqlite3)."""
    import sqlite3  # noqa: PLC0415

    from backdiary.paths import DB_FILE_NAME  # noqa: PLC0415

    conn = sqlite3.connect(folder / DB_FILE_NAME)
    try:
        return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
    finally:
        conn.close()


def copy_diary(folder: Path, into: Path) -> Path:
    """Copy the diary file of ``folder`` (with its WAL) into a new folder ``into``."""
    from backdiary.paths import DB_FILE_NAME  # noqa: PLC0415

    into.mkdir(parents=True)
    for suffix in ("", "-wal"):
        source = folder / (DB_FILE_NAME + suffix)
        if source.exists():
            shutil.copy2(source, into / source.name)
    return into


# --------------------------------------------------------------------------- processes
def timed_process(command: list[str]) -> tuple[float, float, float | None]:
    """Run ``command``; return (wall seconds, peak RSS in MB, seconds to the window's
    first paint when it reported one) of that process alone."""
    env = _env()
    env["BACKDIARY_TIMING"] = "1"
    with tempfile.TemporaryFile() as errors:
        started_wall = time.time()
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{command[:4]} exited {proc.returncode}: {text[-2000:]}")
    painted = None
    for line in text.splitlines():
        if line.startswith("backdiary: first paint at "):
            painted = float(line.rsplit(" ", 1)[1]) - started_wall
    return seconds, usage.ru_maxrss / 1024, painted


@dataclass(frozen=True, slots=True)
class Startup:
    """The ``--smoke-test`` runs of one diary."""

    seconds: list[float]
    rss_mb: list[float]
    painted: list[float]


def startup(folder: Path, runs: int) -> Startup:
    """``backdiary --smoke-test`` on ``folder``: whole-process seconds, peak RSS (MB)
    and seconds to the first paint (as the window reports it) of each run."""
    command = [sys.executable, "-m", "backdiary", "--data-dir", str(folder), "--smoke-test"]
    timed_process(command)  # warm the page cache and settle the first-open work
    results = [timed_process(command) for _ in range(runs)]
    return Startup(
        [s for s, _, _ in results],
        [m for _, m, _ in results],
        [p for _, _, p in results if p is not None],
    )


def service_load(folder: Path, runs: int) -> list[float]:
    """Seconds from the first paint until the full service is loaded, as the window
    does it: SQLAlchemy imported on a thread beside the integrity check (both started
    before), then the engine; in a process where PySide6 is loaded; each run."""
    code = (
        "import sys, time\n"
        "from backdiary.deferred import start_check\n"
        "from backdiary.paths import AppPaths\n"
        "paths = AppPaths.resolve(sys.argv[1])\n"
        "early = start_check(paths)\n"
        "import PySide6.QtWidgets\n"
        "from backdiary.ui import launch\n"
        "service, check = launch._ready(paths, deep=False, early=early)\n"
        "t = time.perf_counter(); service.prepare(); service.load()\n"
        "print(time.perf_counter() - t)\n"
        "check.join()\n"
    )
    found = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code, str(folder)],
            capture_output=True, text=True, check=True, env=_env(),
        ).stdout  # fmt: skip
        found.append(float(out.split()[-1]))
    return found


def floor(folder: Path, runs: int) -> list[float]:
    """Seconds of the bare PySide6 window over the same file, each run."""
    from backdiary.paths import DB_FILE_NAME  # noqa: PLC0415

    command = [sys.executable, "-c", FLOOR_SCRIPT, str(folder / DB_FILE_NAME)]
    timed_process(command)
    return [timed_process(command)[0] for _ in range(runs)]


def compile_package() -> None:
    """Byte-compile backdiary, as ``pip install`` does, so no run pays for compiling
    (``PYTHONDONTWRITEBYTECODE`` would otherwise make every start compile our modules)."""
    import compileall  # noqa: PLC0415

    compileall.compile_dir(str(Path(__file__).parent), quiet=1)


# --------------------------------------------------------------------------- saves
def save_latencies(folder: Path, saves: int, seed: int = 3) -> list[float]:
    """Seconds of each of ``saves`` saves through :meth:`DiaryService.add_entry`.

    Works on a copy of the diary; a few unmeasured saves warm the caches first.
    """
    from backdiary.domain.model import Entry, Trigger  # noqa: PLC0415
    from backdiary.paths import AppPaths  # noqa: PLC0415
    from backdiary.services import DiaryService  # noqa: PLC0415
    from backdiary.storage.diary import open_diary  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="backdiary-bench-save-") as tmp:
        copy = copy_diary(folder, Path(tmp) / "diary")
        engine = open_diary(AppPaths.resolve(copy))
        service = DiaryService(Repository(engine))
        warm = 5
        start = datetime.now().astimezone().replace(microsecond=0) - timedelta(
            minutes=2 * (saves + warm)
        )
        times: list[float] = []
        for i in range(saves + warm):
            entry = Entry(
                timestamp=start + timedelta(minutes=2 * i),
                nrs=rng.choice([0, 2, 3, 4, 5, 6, 7]),
                trigger=rng.choice([Trigger.NONE, Trigger.UNKNOWN, Trigger.LIFTING]),
            )
            t = time.perf_counter()
            service.add_entry(entry)
            if i >= warm:
                times.append(time.perf_counter() - t)
        engine.dispose()
    return times


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100) of ``values``, nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


# --------------------------------------------------------------------------- machine
def machine() -> str:
    """``nproc``, CPU model, Python and Qt versions, in one line."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    return (
        f"{os.cpu_count()} CPUs ({model}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {PySide6.__version__}), "
        f"QT_QPA_PLATFORM={_env().get('QT_QPA_PLATFORM', 'display')}"
    )


# --------------------------------------------------------------------------- the run
def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def run(args: argparse.Namespace) -> list[Row]:
    """Measure everything asked for; return the table rows."""
    from backdiary.bench_charts import _run_child  # noqa: PLC0415
    from backdiary.bench_dataio import bench_csv_import, bench_report  # noqa: PLC0415

    cache = Path(args.cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    folders: dict[str, Path] = {}
    for size in (YEAR, DECADE, K100, MILLION):
        if size is K100 and args.skip_saves:
            continue
        folder, built = diary_folder(cache, size, args.rebuild)
        folders[size.key] = folder
        if built is not None:
            rows.append(Row(f"build the {size.label} diary (`demo {' '.join(size.options)}`)",
                            f"{built:.1f} s"))  # fmt: skip

    compile_package()
    startup_medians: dict[str, float] = {}
    paint_medians: dict[str, float] = {}
    for size in STARTUP_SIZES:
        folder = folders[size.key]
        count = entry_count(folder)
        _say(f"start-up, {size.label}…")
        started = startup(folder, args.runs)
        seconds, rss = started.seconds, started.rss_mb
        bare = floor(folder, args.runs)
        med, med_floor = statistics.median(seconds), statistics.median(bare)
        ratio = med / med_floor
        startup_medians[size.key] = med
        painted = statistics.median(started.painted) if started.painted else None
        if painted is not None:
            paint_medians[size.key] = painted
        rows.append(
            Row(
                f"start-up, {size.label} ({count:,} entries): `--smoke-test`, whole process "
                "(ends at the first paint once the integrity check has passed)",
                f"{_ms(med)} (floor {_ms(med_floor)}, ratio {ratio:.2f}); first paint at "
                f"{'?' if painted is None else _ms(painted)}; peak RSS "
                f"{statistics.median(rss):.0f} MB",
                f"≤ {STARTUP_RATIO_MAX} × floor",
                ratio <= STARTUP_RATIO_MAX,
            )
        )
        loads = service_load(folder, max(1, args.runs // 2))
        rows.append(
            Row(
                f"after the first paint, {size.label}: full service ready (SQLAlchemy, "
                "engine; waits for the integrity check)",
                f"median {_ms(statistics.median(loads))}",
            )
        )
        if size is MILLION:
            worst = max(seconds)
            rows.append(
                Row(
                    "1,000,000-entry diary: open (median, worst)",
                    f"{_ms(med)}, {_ms(worst)}",
                    f"≤ {OPEN_1M_MAX_S:.0f} s",
                    med <= OPEN_1M_MAX_S,
                )
            )
            peak = max(rss)
            rows.append(
                Row(
                    "1,000,000-entry diary: peak RSS of the window (worst run)",
                    f"{peak:.0f} MB",
                    f"≤ {RSS_1M_MAX_MB:.0f} MB",
                    peak <= RSS_1M_MAX_MB,
                )
            )
    base = startup_medians[YEAR.key]
    spread = max(abs(v / base - 1) for v in startup_medians.values())
    rows.append(
        Row(
            "start-up spread over the three sizes (vs 1 year), whole process",
            f"{spread * 100:.0f} %",
            f"≤ {STARTUP_SPREAD_MAX * 100:.0f} %",
            spread <= STARTUP_SPREAD_MAX,
        )
    )
    if len(paint_medians) == len(STARTUP_SIZES):
        first = paint_medians[YEAR.key]
        paint_spread = max(abs(v / first - 1) for v in paint_medians.values())
        rows.append(
            Row(
                "first-paint spread over the three sizes (vs 1 year)",
                f"{paint_spread * 100:.0f} %",
                f"≤ {STARTUP_SPREAD_MAX * 100:.0f} %",
                paint_spread <= STARTUP_SPREAD_MAX,
            )
        )

    if not args.skip_saves:
        for size in (K100, MILLION):
            _say(f"saves, {size.label}…")
            times = save_latencies(folders[size.key], args.saves)
            p50, p95 = percentile(times, 50), percentile(times, 95)
            check = size is MILLION
            rows.append(
                Row(
                    f"save one entry (add_entry), {size.label}, {len(times)} saves",
                    f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms",
                    f"p95 ≤ {SAVE_P95_MAX_S * 1000:.0f} ms" if check else "",
                    p95 <= SAVE_P95_MAX_S if check else None,
                )
            )

    if not args.skip_charts:
        _say("charts, 10 years…")
        runs = [_run_child(folders[DECADE.key], 1) for _ in range(args.chart_runs)]
        firsts = [r["first"] for r in runs]
        first = statistics.median(firsts)
        rows.append(
            Row(
                f"Charts view, 10 years: first opening, matplotlib import included "
                f"(median of {len(firsts)} processes, worst)",
                f"{_ms(first)}, {_ms(max(firsts))}",
                f"≤ {CHARTS_FIRST_MAX_S} s",
                first <= CHARTS_FIRST_MAX_S,
            )
        )
        for what, prefix in (
            ("change of chart", "change chart"),
            ("change of range", "change range"),
        ):
            redraws = [
                v
                for r in runs
                for key, values in r["changes"].items()
                if key.startswith(prefix)
                for v in values
            ]
            med = statistics.median(redraws)
            rows.append(
                Row(
                    f"Charts view, 10 years: redraw after a {what} ({len(redraws)} changes)",
                    f"median {_ms(med)}, p95 {_ms(percentile(redraws, 95))}, "
                    f"worst {_ms(max(redraws))}",
                    f"median ≤ {_ms(REDRAW_MAX_S)}",
                    med <= REDRAW_MAX_S,
                )
            )

    if not args.skip_dataio:
        with tempfile.TemporaryDirectory(prefix="backdiary-bench-io-") as tmp:
            _say("report, one year…")
            report = bench_report(Path(tmp) / "report", repeat=3)
            rows.append(
                Row(
                    f"PDF report, one year ({report['pages']:.0f} pages)",
                    f"median {report['median_s']:.2f} s (first {report['cold_s']:.2f} s)",
                )
            )
            _say("CSV import, 100,000 rows…")
            imported = bench_csv_import(Path(tmp) / "import", rows=100_000)
            rows.append(
                Row(
                    "CSV import, 100,000 rows (read, validate, store with red flags)",
                    f"{imported['total_s']:.1f} s",
                )
            )
    return rows


def render(rows: list[Row], command: str) -> str:
    """The table as Markdown, with the machine and the command."""
    lines = [
        f"Machine: {machine()}",
        f"Command: `{command}` ({datetime.now():%Y-%m-%d})",
        "",
        "| measurement | figure | target | |",
        "|---|---|---|---|",
    ]
    for row in rows:
        verdict = "" if row.ok is None else _verdict(row.ok)
        lines.append(f"| {row.what} | {row.figure} | {row.target} | {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Parse the options, measure, print the table; 1 when a target is missed."""
    parser = argparse.ArgumentParser(
        prog="python -m backdiary.bench",
        description="Start-up, saves, charts, report and import at 1 year, 10 years and "
        "1,000,000 entries, side by side.",
    )
    parser.add_argument(
        "--cache-dir",
        default=str(Path(tempfile.gettempdir()) / "backdiary-bench-cache"),
        help="where built diaries are kept between runs (default: %(default)s)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the diaries again")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per size (default 5)")
    parser.add_argument("--saves", type=int, default=100, help="saves per size (default 100)")
    parser.add_argument("--chart-runs", type=int, default=3, help="Charts processes (default 3)")
    parser.add_argument("--skip-saves", action="store_true", help="no save latencies")
    parser.add_argument("--skip-charts", action="store_true", help="no Charts view")
    parser.add_argument("--skip-dataio", action="store_true", help="no report, no CSV import")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = run(args)
    minutes = (time.perf_counter() - started) / 60
    rows.append(Row("this benchmark run, wall time (diary builds included)", f"{minutes:.1f} min"))
    text = render(rows, "python -m backdiary.bench " + " ".join(argv or sys.argv[1:]))
    sys.stdout.write(text)
    if args.json:
        Path(args.json).write_text(
            json.dumps([r.__dict__ for r in rows], indent=2, ensure_ascii=False), encoding="utf-8"
        )
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
