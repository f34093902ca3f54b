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
