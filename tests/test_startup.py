"""Start-up stays light: no matplotlib, no Alembic; the smoke test paints and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backdiary.paths import AppPaths
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from backdiary.services import DiaryService
from backdiary.ui.mainwindow import MainWindow
paths = AppPaths.resolve(sys.argv[1])
w = MainWindow(DiaryService(Repository(open_diary(paths))), paths)
w.show()
app.processEvents()
print(",".join(m for m in ("matplotlib", "alembic") if m in sys.modules))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("MPLBACKEND", None)
    return env


def test_main_window_imports_neither_matplotlib_nor_alembic(tmp_path: Path) -> None:
    data = tmp_path / "diary"
    # First start creates the diary (a migration is due, so Alembic loads then).
    subprocess.run([sys.executable, "-c", PROBE, str(data)], check=True, env=_env(tmp_path),
                   capture_output=True)  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)], check=True, env=_env(tmp_path),
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert out.strip() == ""


def test_domain_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, backdiary.domain.model, backdiary.domain.exchange, backdiary.domain.redflags;"
        "print(','.join(m for m in ('PySide6','sqlalchemy','matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("fresh", [True, False])
def test_smoke_test_exits_zero(tmp_path: Path, fresh: bool) -> None:
    data = tmp_path / "diary"
    if not fresh:
        demo = [sys.executable, "-m", "backdiary", "--data-dir", str(data), "demo", "--days", "60"]
        subprocess.run(demo, check=True, env=_env(tmp_path), capture_output=True)
    result = subprocess.run(
        [sys.executable, "-m", "backdiary", "--data-dir", str(data), "--smoke-test"],
        env=_env(tmp_path), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (data / "diary.sqlite3").exists()


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--smoke-test"], True),
        (["--data-dir", "/x", "--smoke-test"], True),
        (["--data-dir=/x"], True),
        (["--data-dir", "/x", "list"], False),
        (["list"], False),
        (["--version"], False),
        (["-h"], False),
        (["--data-dir"], False),
    ],
)
def test_a_plain_window_start_skips_the_command_parsers(argv: list[str], window: bool) -> None:
    from backdiary.app import _window_args

    args = _window_args(argv)
    assert (args is not None) is window
    if args is not None and "/x" in " ".join(argv):
        assert args.data_dir == "/x"


def test_window_start_does_not_load_the_command_modules(tmp_path: Path) -> None:
    code = (
        "import sys; from backdiary.app import main;"
        f"status = main(['--data-dir', {str(tmp_path / 'd')!r}, '--smoke-test']);"
        "print(status, ','.join(m for m in ('backdiary.cli.maintenance', 'backdiary.cli.dataio',"
        " 'backdiary.cli.charts', 'matplotlib', 'alembic') if m in sys.modules))"
    )
    # First start creates the diary (Alembic loads for that migration); the second is measured.
    subprocess.run([sys.executable, "-c", code], check=True, env=_env(tmp_path),
                   capture_output=True)  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], check=True, env=_env(tmp_path),
                         capture_output=True, text=True).stdout  # fmt: skip
    assert out.split() == ["0"]


def test_window_start_paints_without_sqlalchemy(tmp_path: Path) -> None:
    # The first screen is read with sqlite3; SQLAlchemy (about 170 ms) loads after the
    # first paint, which is where --smoke-test ends. The diary module comes before
    # PySide6 (PySide6 reads the source of every module imported after it).
    code = (
        "import sys; from backdiary.app import main;"
        f"status = main(['--data-dir', {str(tmp_path / 'd')!r}, '--smoke-test']);"
        "names = list(sys.modules);"
        "print(status, 'sqlalchemy' in names, 'alembic' in names,"
        " names.index('backdiary.storage.diary') < names.index('PySide6'))"
    )
    # The first start creates the diary (Alembic and SQLAlchemy load for that).
    subprocess.run([sys.executable, "-c", code], check=True, env=_env(tmp_path),
                   capture_output=True)  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], check=True, env=_env(tmp_path),
                         capture_output=True, text=True).stdout  # fmt: skip
    assert out.split() == ["0", "False", "False", "True"]
