"""Tests of ``backdiary chart KIND [--from DATE] [--to DATE] -o FILE`` (cli/charts.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import stat
from datetime import date
from pathlib import Path

import pytest

from backdiary.app import main
from backdiary.demo import generate
from backdiary.domain.chartdata import ChartKind
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository

Capsys = pytest.CaptureFixture[str]
MAGIC = {".png": b"\x89PNG\r\n", ".svg": b"<?xml", ".pdf": b"%PDF-"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-chart")
    engine = open_diary(AppPaths.resolve(folder))
    service = DiaryService(Repository(engine))
    demo = generate(days=330, seed=11, end=date(2026, 11, 25))
    service.repo.set_pregnancies(demo.pregnancies)
    service.add_many(demo.entries)
    engine.dispose()
    return str(folder)


@pytest.mark.parametrize("kind", [k.value for k in ChartKind])
def test_every_chart_exports_to_png(
    data_dir: str, tmp_path: Path, kind: str, capsys: Capsys
) -> None:
    out = tmp_path / f"{kind}.png"
    assert main(["--data-dir", data_dir, "chart", kind, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(MAGIC[".png"])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    printed = capsys.readouterr()
    assert printed.err == ""
    assert f"wrote {out}" in printed.out
    assert "Nov 2026" in printed.out  # default range: up to the last entry


@pytest.mark.parametrize("suffix", [".svg", ".pdf", ".PDF"])
def test_format_follows_the_extension(data_dir: str, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"trend{suffix}"
    assert main(["--data-dir", data_dir, "chart", "trend", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(MAGIC[suffix.lower()])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_date_range_options(data_dir: str, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "october.png"
    args = ["--data-dir", data_dir, "chart", "frequency", "--from", "2026-10-01", "--to",
            "2026-10-31", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    assert "1 Oct 2026 – 31 Oct 2026" in capsys.readouterr().out


def test_empty_diary_still_writes_a_chart_that_says_so(tmp_path: Path) -> None:
    out = tmp_path / "pregnancy.png"
    assert main(["--data-dir", str(tmp_path / "new"), "chart", "pregnancy", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(MAGIC[".png"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chart", "pie", "-o", "{out}.png"], "unknown chart 'pie'"),
        (["chart", "trend", "-o", "{out}.jpg"], "unknown file type"),
        (["chart", "trend", "-o", "{out}"], "unknown file type"),
        (["chart", "trend", "--from", "2026-02-30", "-o", "{out}.png"], "--from: '2026-02-30'"),
        (["chart", "trend", "--to", "yesterday", "-o", "{out}.png"], "--to: 'yesterday'"),
        (
            ["chart", "trend", "--from", "2026-10-02", "--to", "2026-10-01", "-o", "{out}.png"],
            "is after --to",
        ),
        (["chart", "trend", "-o", "{missing}/chart.png"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_file(
    data_dir: str, tmp_path: Path, args: list[str], message: str, capsys: Capsys
) -> None:
    out = tmp_path / "chart"
    filled = [a.format(out=out, missing=tmp_path / "nowhere") for a in args]
    before = set(tmp_path.iterdir())
    assert main(["--data-dir", data_dir, *filled]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("backdiary chart: ")
    assert message in err
    assert set(tmp_path.iterdir()) == before


def test_output_folder_is_refused(data_dir: str, tmp_path: Path, capsys: Capsys) -> None:
    folder = tmp_path / "charts.png"
    folder.mkdir()
    assert main(["--data-dir", data_dir, "chart", "trend", "-o", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_missing_output_is_a_usage_error(data_dir: str, capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", data_dir, "chart", "trend"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.startswith("backdiary chart: error:")


def test_help_documents_kinds_formats_and_default_range(capsys: Capsys) -> None:
    with pytest.raises(SystemExit):
        main(["chart", "--help"])
    text = capsys.readouterr().out
    for kind in ChartKind:
        assert kind.value in text
    assert ".png (300 dpi), .svg or .pdf" in text
    assert "Default range: all entries" in text


def test_unwritable_output_is_one_line_exit_2(data_dir: str, capsys: Capsys) -> None:
    # /proc refuses new files even for root, so this also fails where access checks pass.
    assert main(["--data-dir", data_dir, "chart", "trend", "-o", "/proc/backdiary-chart.png"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("backdiary chart: ")
    assert "/proc/backdiary-chart.png" in err and "cannot write" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_is_refused_before_drawing(
    data_dir: str, tmp_path: Path, capsys: Capsys
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["--data-dir", data_dir, "chart", "trend", "-o", str(folder / "t.png")]) == 2
    finally:
        folder.chmod(0o700)
    assert "cannot write to the folder" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "2026/10/01"])
def test_bad_dates_are_named(data_dir: str, tmp_path: Path, bad: str, capsys: Capsys) -> None:
    out = tmp_path / "t.png"
    assert main(["--data-dir", data_dir, "chart", "trend", "--from", bad, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"--from: '{bad}' is not a date (use YYYY-MM-DD)" in err
    assert not out.exists()
