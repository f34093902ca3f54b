"""The benchmark command starts, and ``demo --entries`` builds exactly that many entries."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from backdiary.paths import DB_FILE_NAME


def test_bench_help() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "backdiary.bench", "--help"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "--rebuild" in out.stdout
    assert "--cache-dir" in out.stdout


def test_demo_entries_builds_that_many(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    out = subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(folder), "demo",
         "--entries", "2000", "--days", "90"],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert "2000" in out.stdout
    conn = sqlite3.connect(folder / DB_FILE_NAME)
    try:
        count = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        days = conn.execute(
            "SELECT count(DISTINCT substr(local_time, 1, 10)) FROM entry"
        ).fetchone()[0]
        flagged = conn.execute("SELECT count(DISTINCT entry_id) FROM finding").fetchone()[0]
    finally:
        conn.close()
    assert count == 2000
    assert days == 90
    assert flagged > 0


def test_demo_entries_refuses_a_bad_count(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(tmp_path / "d"), "demo",
         "--entries", "0"],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert out.returncode == 2
    assert "--entries" in out.stderr


def test_startup_reports_the_first_paint_and_the_service_load(tmp_path: Path) -> None:
    from backdiary import bench

    folder = tmp_path / "diary"
    subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(folder), "demo", "--days", "30"],
        check=True, capture_output=True,
    )  # fmt: skip
    started = bench.startup(folder, 1)
    assert len(started.seconds) == len(started.painted) == 1
    assert 0 < started.painted[0] < started.seconds[0], "painted before the process ended"
    assert started.rss_mb[0] > 10
    loads = bench.service_load(folder, 1)
    assert len(loads) == 1 and 0 < loads[0] < 30
