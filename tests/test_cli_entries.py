from __future__ import annotations

import json
from pathlib import Path

import pytest

from backdiary.app import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    return str(tmp_path / "diary")


def test_add_prints_the_stored_entry(capsys: pytest.CaptureFixture[str], data_dir: str) -> None:
    code, out, _ = run(
        capsys, "--data-dir", data_dir, "add", "--when", "2025-03-03T09:00", "--nrs", "6",
        "--duration-min", "20", "--onset", "sudden", "--trigger", "lifting",
        "--location", "lower_back", "--location", "buttock", "--quality", "sharp",
        "--symptom", "tingling", "--symptom", "leg_symptoms=one_leg", "--factor", "stress",
        "--note", "Ouch 😀",
    )  # fmt: skip
    assert code == 0
    entry = json.loads(out)
    assert entry["nrs"] == 6
    assert entry["pain_locations"] == ["lower_back", "buttock"]
    assert entry["nerve_symptoms"] == ["tingling"]
    assert entry["leg_symptoms"] == "one_leg"
    assert entry["notes"] == "Ouch 😀"
    assert entry["timestamp"].startswith("2025-03-03T09:00:00")
    code, out, _ = run(capsys, "--data-dir", data_dir, "list", "--json")
    doc = json.loads(out)
    assert [e["id"] for e in doc["entries"]] == [entry["id"]]
    assert doc["format"] == "backdiary" and "profile" in doc


def test_add_warns_on_red_flags(capsys: pytest.CaptureFixture[str], data_dir: str) -> None:
    code, _, err = run(capsys, "--data-dir", data_dir, "add", "--nrs", "8", "--symptom",
                       "saddle_numbness")  # fmt: skip
    assert code == 0
    assert "emergency" in err and "CES" in err
    # The title and the advice (action first, with the region's number) reach the user too.
    assert "cauda equina" in err
    assert "Call 999 or go to A&E now" in err


def test_add_warnings_follow_the_region_in_the_settings_file(
    capsys: pytest.CaptureFixture[str], data_dir: str
) -> None:
    config = Path(data_dir) / "config"
    config.mkdir(parents=True)
    (config / "settings.ini").write_text("[region]\ncode=eu\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data_dir, "add", "--nrs", "8", "--symptom",
                       "saddle_numbness")  # fmt: skip
    assert code == 0
    assert "Call 112" in err and "999" not in err


def test_list_counts_in_words(capsys: pytest.CaptureFixture[str], data_dir: str) -> None:
    run(capsys, "--data-dir", data_dir, "add", "--nrs", "2", "--when", "2025-03-03T09:00")
    _, out, _ = run(capsys, "--data-dir", data_dir, "list")
    assert out.rstrip().endswith("1 entry")
    run(capsys, "--data-dir", data_dir, "add", "--nrs", "3", "--when", "2025-03-04T09:00")
    _, out, _ = run(capsys, "--data-dir", data_dir, "list")
    assert out.rstrip().endswith("2 entries")


def test_add_json_from_file(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    f = tmp_path / "e.json"
    f.write_text(json.dumps({"timestamp": "2025-03-03T09:00+01:00", "nrs": 3, "x_app": "test"}))
    code, out, _ = run(capsys, "--data-dir", data_dir, "add", "--json", str(f))
    assert code == 0
    assert json.loads(out)["timestamp"] == "2025-03-03T09:00:00+01:00"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["add", "--nrs", "11"], "nrs"),
        (["add", "--nrs", "-1"], "nrs"),
        (["add", "--nrs", "5", "--trigger", "gravity"], "--trigger"),
        (["add", "--nrs", "5", "--when", "tomorrowish"], "--when"),
        (["add", "--nrs", "5", "--location", "knee"], "--location"),
        (["add", "--nrs", "5", "--symptom", "hiccups"], "--symptom"),
        (["add", "--nrs", "abc"], "--nrs"),
        (["add"], "--nrs"),
        (["list", "--from", "2025-13-01"], "--from"),
        (["list", "--from", "2025-02-01", "--to", "2025-01-01"], "after"),
        (["demo", "--days", "0"], "--days"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: str, args: list[str], needle: str
) -> None:
    code, out, err = run(capsys, "--data-dir", data_dir, *args)
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert out == ""
    db = Path(data_dir) / "diary.sqlite3"
    if db.exists():
        code, out, _ = run(capsys, "--data-dir", data_dir, "list", "--json")
        assert json.loads(out)["entries"] == []


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "not valid JSON"),
        ('{"timestamp": "2025-03-03T09:00", "mood": "sad"}', "'mood' is not a known entry key"),
        ('{"timestamp": "2025-03-03T09:00", "nrs": 11}', "'nrs'"),
        ('{"profile": {}, "entries": []}', "one entry object"),
    ],
)
def test_bad_json_entry(capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path,
                        content: str, needle: str) -> None:  # fmt: skip
    f = tmp_path / "bad.json"
    f.write_text(content)
    code, out, err = run(capsys, "--data-dir", data_dir, "add", "--json", str(f))
    assert code == 2
    assert needle in err
    assert out == ""


def test_list_table_and_date_range(capsys: pytest.CaptureFixture[str], data_dir: str) -> None:
    for day in ("2025-03-01", "2025-03-05", "2025-03-09"):
        run(capsys, "--data-dir", data_dir, "add", "--when", f"{day}T10:00", "--nrs", "3")
    code, out, _ = run(capsys, "--data-dir", data_dir, "list", "--from", "2025-03-02",
                       "--to", "2025-03-08")  # fmt: skip
    assert code == 0
    assert "2025-03-05" in out and "2025-03-01" not in out and "1 entry" in out


def test_demo_fills_an_empty_diary_and_refuses_a_used_one(
    capsys: pytest.CaptureFixture[str], data_dir: str
) -> None:
    code, out, _ = run(capsys, "--data-dir", data_dir, "demo", "--days", "400")
    assert code == 0 and "added" in out
    code, out, _ = run(capsys, "--data-dir", data_dir, "list", "--json")
    doc = json.loads(out)
    entries = doc["entries"]
    assert len(entries) > 200
    assert any(e["nrs"] == 0 for e in entries)
    assert any(e["pregnant"] and e["gestational_weeks"] is not None for e in entries)
    assert {e["trigger"] for e in entries} >= {"none", "lifting"}
    assert doc["pregnancies"]
    code, _, err = run(capsys, "--data-dir", data_dir, "demo", "--days", "10")
    assert code == 1 and "already has entries" in err


def test_data_dir_from_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("BACKDIARY_DATA_DIR", str(tmp_path / "env-diary"))
    code, _, _ = run(capsys, "add", "--nrs", "2")
    assert code == 0
    assert (tmp_path / "env-diary" / "diary.sqlite3").exists()
