"""Benchmark of the Charts view on a 10-year demo diary: ``python -m backdiary.bench_charts``.

Builds a demo diary (``backdiary.demo.generate(days=3650)``) in a temporary
folder, then measures in fresh processes, with a real :class:`ChartView`
(offscreen unless a display is set, 1150 × 700 pixels):

* **first opening**: from importing :mod:`backdiary.ui.chart_view` (so the
  matplotlib import is included) to the first chart painted; budget 0.8 s;
* **change chart**: selecting each chart, at the default range (last 90 days)
  and at "All entries"; budget 150 ms;
* **change range**: selecting each range preset while a chart is shown;
  budget 150 ms.

A change is timed from the call that makes it to the end of the paint that
shows it (the ``chart_updated`` signal, then the pending paint events). Prints
a table; exits 1 if a median is over its budget. This is a benchmark, not a
test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FIRST_BUDGET_S = 0.8
CHANGE_BUDGET_S = 0.150
DAYS = 3650
VIEW_SIZE = (1150, 700)


def build_diary(folder: Path, days: int = DAYS) -> int:
    """Fill a new diary in ``folder`` with ``days`` days of demo data; return the entry count."""
    from backdiary.demo import generate  # noqa: PLC0415
    from backdiary.paths import AppPaths  # noqa: PLC0415
    from backdiary.services import DiaryService  # noqa: PLC0415
    from backdiary.storage.diary import open_diary  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415

    service = DiaryService(Repository(open_diary(AppPaths.resolve(folder))))
    data = generate(days=days, seed=7)
    if data.profile is not None:
        service.repo.set_profile(data.profile)
    service.repo.set_pregnancies(data.pregnancies)
    count = service.add_many(data.entries)
    service.repo.engine.dispose()
    return count


def _measure_in_child(folder: Path, rounds: int) -> dict[str, Any]:
    """Run in a fresh interpreter: open the view once, then switch charts and ranges."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from backdiary.paths import AppPaths  # noqa: PLC0415
    from backdiary.services import DiaryService  # noqa: PLC0415
    from backdiary.storage.diary import open_diary  # noqa: PLC0415
    from backdiary.storage.repository import Repository  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    service = DiaryService(Repository(open_diary(AppPaths.resolve(folder))))
    service.count()  # the window has the diary open already
    assert "matplotlib" not in sys.modules

    def until_drawn(view: Any) -> None:
        loop = QEventLoop()
        view.chart_updated.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        view.chart_updated.disconnect(loop.quit)
        app.processEvents()  # the paint that shows the new picture

    start = time.perf_counter()
    from backdiary.ui.chart_view import ChartView  # noqa: PLC0415

    view = ChartView(service)
    view.resize(*VIEW_SIZE)
    view.show()
    until_drawn(view)
    first = time.perf_counter() - start

    def timed(change: Any) -> float:
        t = time.perf_counter()
        change()
        until_drawn(view)
        return time.perf_counter() - t

    def select(kind: str | None = None, preset: str | None = None) -> None:
        """Switch without timing (and without waiting when nothing changes)."""
        changed = (kind is not None and kind != view.kind().value) or (
            preset is not None and preset != view.preset()
        )
        if kind is not None:
            view.set_kind(kind)
        if preset is not None:
            view.set_preset(preset)
        if changed:
            until_drawn(view)

    from backdiary.domain.chartdata import ChartKind  # noqa: PLC0415
    from backdiary.ui.chart_view import PRESETS  # noqa: PLC0415

    kinds = [k.value for k in ChartKind]
    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        for preset in ("90d", "all"):
            select(preset=preset)
            for i, kind in enumerate(kinds):
                select(kind=kinds[i - 1])
                key = f"change chart → {kind} ({preset})"
                results.setdefault(key, []).append(timed(lambda k=kind: view.set_kind(k)))
        select(kind="trend")
        for key_preset, label, _days in PRESETS:
            if key_preset == "custom":
                continue
            select(preset="90d" if key_preset != "90d" else "30d")
            key = f"change range → {label.lower()} (trend)"
            results.setdefault(key, []).append(timed(lambda p=key_preset: view.set_preset(p)))
    view.close()
    return {"first": first, "changes": results}


def _child_main(folder: str, rounds: int) -> int:
    json.dump(_measure_in_child(Path(folder), rounds), sys.stdout)
    return 0


def _run_child(folder: Path, rounds: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "backdiary.bench_charts", "--child", str(folder),
         "--rounds", str(rounds)],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _row(what: str, values: list[float], budget: float, unit: str) -> tuple[str, bool]:
    scale = 1000.0 if unit == "ms" else 1.0
    med, worst = statistics.median(values), max(values)
    ok = med <= budget
    digits = 0 if unit == "ms" else 2
    text = (
        f"{what:<46} {med * scale:8.{digits}f} {worst * scale:8.{digits}f}"
        f" {budget * scale:8.{digits}f} {unit}  {'ok' if ok else 'OVER'}"
    )
    return text, ok


def main(argv: list[str] | None = None) -> int:
    """Build the demo diary, measure in fresh processes, print the table."""
    parser = argparse.ArgumentParser(prog="python -m backdiary.bench_charts", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    parser.add_argument("--rounds", type=int, default=3, help="switches per process (default 3)")
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child_main(args.child, args.rounds)
    out = sys.stdout
    with tempfile.TemporaryDirectory(prefix="backdiary-bench-") as tmp:
        t = time.perf_counter()
        count = build_diary(Path(tmp))
        out.write(
            f"demo diary: {count:,} entries over {DAYS} days, built in "
            f"{time.perf_counter() - t:.1f} s\n"
        )
        runs = [_run_child(Path(tmp), args.rounds) for _ in range(args.runs)]
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "offscreen" if not os.environ.get("DISPLAY") else "display"
    )
    out.write(
        f"Charts view {VIEW_SIZE[0]}×{VIEW_SIZE[1]} px, {platform}, {os.cpu_count()} CPUs; "
        f"{args.runs} fresh processes × {args.rounds} rounds\n\n"
    )
    out.write(f"{'what':<46} {'median':>8} {'max':>8} {'budget':>8}\n")
    ok_all = True
    text, ok = _row(
        "first opening (matplotlib import included)",
        [r["first"] for r in runs],
        FIRST_BUDGET_S,
        "s",
    )
    out.write(text + "\n")
    ok_all &= ok
    keys = list(runs[0]["changes"])
    for key in keys:
        values = [v for r in runs for v in r["changes"][key]]
        text, ok = _row(key, values, CHANGE_BUDGET_S, "ms")
        out.write(text + "\n")
        ok_all &= ok
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
