"""One backdiary per diary: a second launch raises the first window; writing commands refuse."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backdiary.app import main
from backdiary.paths import AppPaths
from backdiary.storage.diary import open_diary
from backdiary.ui.instance import LOCK_NAME, Claim, DiaryLock, SingleInstance, server_name


def env() -> dict[str, str]:
    values = dict(os.environ)
    values["QT_QPA_PLATFORM"] = "offscreen"
    return values


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "diary"
    open_diary(AppPaths.resolve(path)).dispose()
    return path


@pytest.fixture
def running(folder: Path, qtbot: QtBot) -> Iterator[SingleInstance]:
    """This process plays the first window: it holds the lock and listens."""
    instance = SingleInstance(folder)
    assert instance.claim() is Claim.OWNER
    yield instance
    instance.release()


def test_second_launch_raises_the_first_window_without_opening_the_diary(
    folder: Path, running: SingleInstance, qtbot: QtBot
) -> None:
    db = AppPaths.resolve(folder).db
    before = db.stat().st_mtime_ns
    Path(f"{db}-wal").unlink(missing_ok=True)
    with qtbot.waitSignal(running.activated, timeout=30_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "backdiary", "--data-dir", str(folder)],
            env=env(),
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    assert second.returncode == 0, second.stderr.read() if second.stderr else ""
    assert db.stat().st_mtime_ns == before
    assert not Path(f"{db}-wal").exists(), "the second launch must not open the database"


def test_writing_commands_refuse_while_the_window_has_the_diary(
    folder: Path,
    running: SingleInstance,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("backdiary.cli.LOCK_WAIT_MS", 50)
    writers = (
        ["add", "--nrs", "3"],
        ["demo", "--days", "5"],
        ["import", "x.json"],
        ["restore", "x"],
        ["salvage"],
        ["start-new"],
        ["delete-all-data", "--yes"],
    )
    for command in writers:
        assert main(["--data-dir", str(folder), *command]) == 1
        err = capsys.readouterr().err
        assert "backdiary is open on this diary; close it or use the window" in err
    # Reading and backing up do not disturb the window.
    assert main(["--data-dir", str(folder), "list"]) == 0
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert main(["--data-dir", str(folder), "backup"]) == 0
    capsys.readouterr()
    running.release()
    assert main(["--data-dir", str(folder), "add", "--nrs", "3"]) == 0
    assert not (folder / LOCK_NAME).exists(), "a command gives the lock back"


def test_a_stale_lock_after_a_crash_does_not_block_the_next_start(folder: Path) -> None:
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from backdiary.ui.instance import SingleInstance\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "instance = SingleInstance(Path(sys.argv[1]))\n"
            "assert instance.claim().value == 'owner'\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n",
            str(folder),
        ],
        env=env(),
    )
    assert crashed.returncode == -signal.SIGKILL
    assert (folder / LOCK_NAME).exists(), "the crash left its lock file behind"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(folder), "--smoke-test"],
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 30


def test_a_lock_held_by_a_silent_process_is_reported_busy(folder: Path, qtbot: QtBot) -> None:
    command = DiaryLock(folder)  # e.g. `backdiary demo` running in a terminal
    assert command.acquire()
    try:
        instance = SingleInstance(folder)
        assert instance.claim(wait_ms=300) is Claim.BUSY
        assert instance.holder_pid() == os.getpid()
    finally:
        command.release()
    assert instance.claim(wait_ms=300) is Claim.OWNER
    instance.release()


def test_server_name_depends_on_the_folder_only(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    link = tmp_path / "link"
    link.symlink_to(a)
    assert server_name(a) == server_name(link) == server_name(Path(f"{a}/"))
    assert server_name(a) != server_name(b)
    assert len(server_name(a)) < 60  # fits a Unix socket path in /tmp


def test_missing_folder_cannot_be_locked_and_open_says_why(tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "absent" / "diary")
    assert instance.claim(wait_ms=100) is Claim.UNAVAILABLE
