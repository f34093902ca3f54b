"""``backdiary report``, ``export``, ``import`` and ``delete-all-data`` run in-process."""

from __future__ import annotations

import shutil
import stat
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from backdiary.app import main
from backdiary.cli.common import UsageError
from backdiary.cli.dataio import default_period, parse_sections
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository

DATA = Path(__file__).parent / "data"


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def count(folder: Path) -> int:
    engine = open_diary(AppPaths.resolve(folder))
    try:
        return DiaryService(Repository(engine)).count()
    finally:
        engine.dispose()


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    assert run(capsys, folder, "demo", "--days", "200", "--seed", "5")[0] == 0
    return folder


# --------------------------------------------------------------------------- report
def test_report_default_period_is_the_last_90_days(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "r.pdf"
    status, out, err = run(capsys, demo, "report", "-o", str(pdf))
    assert status == 0, err
    today = date.today()
    assert f"{today - timedelta(days=89)} to {today}" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_report_sections_and_period(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "r.pdf"
    start = date.today() - timedelta(days=30)
    status, out, _ = run(
        capsys, demo, "report", "--from", start.isoformat(), "--sections", "summary,entries",
        "-o", str(pdf),
    )  # fmt: skip
    assert status == 0 and "charts" not in out
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Diary entries" in text and "Pain per day" not in text
    assert "(31 days)" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sections", "summary", "appendix"], "unknown section 'appendix'"),
        (["--from", "2026-02-30"], "--from: '2026-02-30' is not a date"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "is after --to"),
    ],
)
def test_report_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, _, err = run(capsys, tmp_path / "d", "report", *args, "-o", str(tmp_path / "r.pdf"))
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.pdf").exists()


def test_report_refuses_to_overwrite_the_diary(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = AppPaths.resolve(demo).db
    status, _, err = run(capsys, demo, "report", "-o", str(db))
    assert status == 2 and "is the diary itself" in err


def test_default_period_and_sections() -> None:
    today = date(2026, 11, 25)
    assert default_period(None, None, today) == (date(2026, 8, 28), today)
    assert default_period(date(2026, 11, 1), None, today) == (date(2026, 11, 1), today)
    assert default_period(None, date(2026, 3, 31), today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert parse_sections(["entries", "summary"]) == ("summary", "entries")
    assert parse_sections(["charts,summary"]) == ("summary", "charts")
    assert parse_sections(None) == ("summary", "charts", "entries")
    with pytest.raises(UsageError):
        parse_sections([","])


# --------------------------------------------------------------------------- CSV imports
APPS = {
    "pfpd_export.csv": (
        ["--map", "timestamp=Date", "--date-format", "%d.%m.%Y",
         "--map", "nrs=Pain Level (0-10)", "--map", "notes=Comment"],
        "added 4 entries, skipped 0 already in the diary",
    ),
    "pfpd_export_old.csv": (  # older writer: "Conditions", the phone's short date (de: dd.MM.yy)
        ["--map", "timestamp=Date", "--date-format", "%d.%m.%y",
         "--map", "nrs=Pain Level (0-10)", "--map", "notes=Comment", "--skip-invalid"],
        "added 2 entries, skipped 0 already in the diary, left out 1 invalid row",
    ),
    "bearable_export_2021.csv": (
        ["--where", "category=symptom", "--where", "detail=Back (lower) pain*",
         "--map", "timestamp=date", "--date-format", "%d %b %Y",
         "--map", "nrs=rating/amount", "--scale-max", "4", "--map", "notes=notes"],
        "added 5 entries, skipped 0 already in the diary; 5 rows did not match --where",
    ),
    "headi_export.csv": (
        ["--map", "timestamp=start_date", "--date-format", "epoch_ms", "--map", "nrs=strength",
         "--map", "episode_duration_min=duration", "--duration-unit", "ms",
         "--map", "medications=medication", "--where", "pain=Back*"],
        "added 3 entries, skipped 0 already in the diary; 2 rows did not match --where",
    ),
    "trackandgraph_export.csv": (
        ["--where", "FeatureName=Back pain", "--map", "timestamp=Timestamp",
         "--map", "nrs=Value", "--map", "notes=Note"],
        "added 4 entries, skipped 0 already in the diary; 2 rows did not match --where",
    ),
    "bearable_export.csv": (
        ["--where", "category=Symptom", "--where", "detail=Back pain*",
         "--map", "timestamp=date", "--map", "nrs=rating/amount", "--scale-max", "4",
         "--map", "notes=notes"],
        "added 3 entries, skipped 0 already in the diary; 4 rows did not match --where",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(APPS))
def test_other_apps_csv_with_map(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args, message = APPS[name]
    folder = tmp_path / "d"
    status, out, err = run(capsys, folder, "import", str(DATA / name), *args)
    assert status == 0, err
    assert out.strip() == message
    again = run(capsys, folder, "import", str(DATA / name), *args)[1]
    assert again.startswith("added 0 entries, skipped ")  # stable ids: no duplicates


def test_flaredown_needs_skip_invalid_for_days_without_the_symptom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    args = ["--map", "timestamp=Date", "--map", "nrs=Lower back pain", "--scale-max", "4",
            "--map", "factors=Tags"]  # fmt: skip
    status, out, err = run(capsys, folder, "import", str(DATA / "flaredown_export.csv"), *args)
    assert status == 2 and out == ""
    first = err.splitlines()[0]
    assert first == (
        "backdiary import: 1 invalid row in "
        f"{DATA / 'flaredown_export.csv'}; nothing was imported. "
        "First: line 3, nrs (column 'Lower back pain'): is empty"
    )
    assert count(folder) == 0
    status, out, err = run(
        capsys, folder, "import", str(DATA / "flaredown_export.csv"), *args, "--skip-invalid"
    )
    assert status == 0
    assert out.strip() == "added 3 entries, skipped 0 already in the diary, left out 1 invalid row"
    assert "left out line 3" in err
    assert count(folder) == 3


def test_invalid_rows_are_listed_and_nothing_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "timestamp,nrs,notes\n2026-03-01T08:00,4,ok\n2026-03-02T08:00,12,x\nnot-a-date,3,y\n",
        encoding="utf-8",
    )
    folder = tmp_path / "d"
    status, _out, err = run(capsys, folder, "import", str(bad))
    assert status == 2
    lines = err.strip().splitlines()
    assert "2 invalid rows" in lines[0] and "line 3, nrs: 12 is outside 0–10" in lines[0]
    assert lines[1].strip().startswith("line 4, timestamp:")
    assert count(folder) == 0


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"Date,Pain\n2026-03-01,4\n", [], "not backdiary's own CSV (unknown column 'Date')"),
        (b"Date,Pain\n2026-03-01,4\n", ["--map", "timestamp=Date", "--map", "nrs=Pein"],
         "there is no column 'Pein'"),
        (b"timestamp,nrs\n2026-03-01,4\n", ["--where", "nrs=4"], "need --map"),
        (b"Date,Pain\n2026-03-01,4\n", ["--map", "timestamp"], "--map 'timestamp': write it"),
        ("timestamp,nrs,notes\n2026-03-01T08:00,4,Rücken\n".encode("cp1252"), [],
         "is not UTF-8 text"),
        (b"Date,Pain\n2026-03-01,4\n", ["--map", "timestamp=Date", "--where", "Pain=9"],
         "no row of"),
    ],
)  # fmt: skip
def test_csv_file_problems_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    args: list[str],
    message: str,
) -> None:
    f = tmp_path / "f.csv"
    f.write_bytes(content)
    status, out, err = run(capsys, tmp_path / "d", "import", str(f), *args)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err


def test_cp1252_file_with_encoding_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "f.csv"
    f.write_bytes("timestamp,nrs,notes\n2026-03-01T08:00,4,Rücken\n".encode("cp1252"))
    status, out, _ = run(capsys, tmp_path / "d", "import", str(f), "--encoding", "cp1252")
    assert status == 0 and out.startswith("added 1 entry")


def test_dry_run_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    args, _ = APPS["pfpd_export.csv"]
    status, out, _ = run(
        capsys, folder, "import", str(DATA / "pfpd_export.csv"), *args, "--dry-run"
    )
    assert status == 0 and "4 valid rows" in out and "nothing imported" in out
    assert count(folder) == 0


def test_csv_export_neutralises_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    args, _ = APPS["pfpd_export.csv"]
    run(capsys, folder, "import", str(DATA / "pfpd_export.csv"), *args)
    out_csv = tmp_path / "out.csv"
    assert run(capsys, folder, "export", "-o", str(out_csv))[0] == 0
    text = out_csv.read_bytes().decode("utf-8-sig")
    assert '\'=HYPERLINK(""http://example.invalid"")' in text
    again = tmp_path / "again"
    status, out, _ = run(capsys, again, "import", str(out_csv))
    assert status == 0 and out.startswith("added 4 entries")
    back = tmp_path / "back.json"
    run(capsys, again, "export", "-o", str(back))
    assert '"notes": "=HYPERLINK(\\"http://example.invalid\\")"' in back.read_text()


# --------------------------------------------------------------------------- delete
def test_delete_all_data_needs_yes(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, demo, "delete-all-data")
    assert status == 2 and "--yes" in err and len(err.strip().splitlines()) == 1
    assert AppPaths.resolve(demo).db.exists()


def test_delete_all_data_removes_the_diary_backups_and_settings(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.resolve(demo)
    paths.backups.mkdir(exist_ok=True)
    (paths.backups / "diary-2026.sqlite3").write_bytes(b"backup")
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).write_bytes(b"x")
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("[General]\n")
    stale = [demo / ".diary-restore.4242.tmp", demo / ".diary-new.77.tmp"]
    for path in stale:  # an interrupted restore's copy holds health data too
        path.write_bytes(b"x")
    keep = demo / "my-export.json"
    keep.write_text("{}")
    status, out, err = run(capsys, demo, "delete-all-data", "--yes")
    assert status == 0, err
    assert "deleted the diary" in out and "Exports you saved elsewhere" in out
    assert not paths.db.exists() and not paths.backups.exists()
    assert not paths.settings_file.exists()
    assert not paths.db.with_name(paths.db.name + "-wal").exists()
    assert not any(path.exists() for path in stale)
    assert keep.exists()  # unknown files are never touched
    status, out, _ = run(capsys, demo, "delete-all-data", "--yes")
    assert status == 0 and "nothing to delete" in out


@pytest.mark.parametrize(("typed", "deleted"), [("DELETE", True), ("yes", False), (None, False)])
def test_delete_all_data_in_a_terminal_asks_to_type_the_word(
    demo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str | None,
    deleted: bool,
) -> None:
    def answer(prompt: str) -> str:
        print(prompt)
        if typed is None:
            raise EOFError
        return typed

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", answer)
    status, out, _err = run(capsys, demo, "delete-all-data")
    db = AppPaths.resolve(demo).db
    assert str(db) in out and "Type DELETE to delete everything" in out
    assert "Exports you saved elsewhere" in out
    assert (status, db.exists()) == ((0, False) if deleted else (1, True))
    if not deleted:
        assert "nothing was deleted" in out


def test_deleting_files_also_removes_temporary_copies_and_the_lock(tmp_path: Path) -> None:
    from backdiary.export.files import delete_diary_files

    data = tmp_path / "data"
    data.mkdir()
    db = data / "diary.sqlite3"
    names = ["diary.sqlite3", ".diary-salvage.12.tmp", ".diary-salvage.12.tmp-wal",
             ".backdiary.lock"]  # fmt: skip
    for name in names:
        (data / name).write_bytes(b"x")
    result = delete_diary_files(db, data / "backups", tmp_path / "config" / "settings.ini")
    assert sorted(p.name for p in result.removed) == sorted(names) and not result.failed
    assert not data.exists()  # empty now, so the folder went too
