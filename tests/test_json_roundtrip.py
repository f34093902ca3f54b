"""JSON export → import → export gives the same document; merging; malformed files."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from backdiary.app import main
from backdiary.domain.model import Entry, Medication, Pregnancy, Profile, Quality
from backdiary.export import files
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository

TZ = timezone(timedelta(hours=2))


def open_service(folder: Path) -> DiaryService:
    return DiaryService(Repository(open_diary(AppPaths.resolve(folder))))


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def without_export_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.fixture
def source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """A diary with a year of demo data, a named profile and unusual entries."""
    folder = tmp_path / "source"
    assert run(capsys, folder, "demo", "--days", "365", "--seed", "11")[0] == 0
    service = open_service(folder)
    service.set_profile(Profile(birth_date=date(1990, 2, 3), name="Zoë Ñandú"))
    service.set_pregnancies(
        [*service.pregnancies(), Pregnancy(lmp=date.today() - timedelta(days=60))]
    )
    service.add_entry(
        Entry(
            timestamp=datetime(2025, 1, 5, 23, 59, 59, tzinfo=TZ),
            nrs=9,
            notes="Zeile eins\nZeile zwei: „Krampf“ 🙂\t=not a formula",
            medications=(
                Medication("Aspirin low dose", 75.0, "mg"),
                Medication("Nurofen 200", None, None, datetime(2025, 1, 6, 0, 30, tzinfo=TZ)),
            ),
            pain_qualities=frozenset({Quality.CRAMPING, Quality.ELECTRIC}),
            factors=("my own; tag", "stress"),
        )
    )
    service.add_entry(Entry(timestamp=datetime(2025, 1, 6, 7, 0), nrs=0))  # no UTC offset
    service.repo.engine.dispose()
    yield folder


def test_export_import_export_gives_the_same_document(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.json"
    status, out, err = run(capsys, source, "export", "--format", "json", "-o", str(first))
    assert status == 0 and "not encrypted" not in out and "unencrypted" in err
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    doc = load(first)
    n = len(doc["entries"])
    assert n > 300 and doc["profile"]["x_name"] == "Zoë Ñandú" and len(doc["pregnancies"]) == 2

    target = tmp_path / "target"
    status, out, _ = run(capsys, target, "import", str(first))
    assert status == 0
    assert out.strip() == f"added {n} entries, skipped 0 already in the diary"

    second = tmp_path / "second.json"
    assert run(capsys, target, "export", "-o", str(second))[0] == 0
    assert without_export_time(load(second)) == without_export_time(doc)

    status, out, _ = run(capsys, target, "import", str(first))
    assert out.strip() == f"added 0 entries, skipped {n} already in the diary"


def test_import_merges_by_id_and_keeps_the_existing_profile(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "full.json"
    run(capsys, source, "export", "-o", str(full))
    doc = load(full)
    part = dict(doc, entries=doc["entries"][:10])
    partial = tmp_path / "part.json"
    partial.write_text(json.dumps(part), encoding="utf-8")

    target = tmp_path / "target"
    service = open_service(target)
    service.set_profile(Profile(name="Someone else", prior_back_pain=False))
    _status, out, _ = run(capsys, target, "import", str(partial))
    assert out.strip() == "added 10 entries, skipped 0 already in the diary"
    _status, out, err = run(capsys, target, "import", str(full))
    n = len(doc["entries"])
    assert out.strip() == f"added {n - 10} entries, skipped 10 already in the diary"
    assert "kept this diary's own profile" in err
    assert open_service(target).profile().name == "Someone else"


def test_csv_round_trip_keeps_the_entries(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_json = tmp_path / "a.json"
    as_csv = tmp_path / "a.csv"
    run(capsys, source, "export", "-o", str(as_json))
    status, out, _ = run(capsys, source, "export", "--format", "csv", "-o", str(as_csv))
    assert status == 0 and stat.S_IMODE(as_csv.stat().st_mode) == 0o600
    target = tmp_path / "from-csv"
    status, out, _ = run(capsys, target, "import", str(as_csv))
    n = len(load(as_json)["entries"])
    assert out.strip() == f"added {n} entries, skipped 0 already in the diary"
    back = tmp_path / "back.json"
    run(capsys, target, "export", "-o", str(back))
    assert load(back)["entries"] == load(as_json)["entries"]


def test_export_of_a_date_range(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "range.json"
    today = date.today()
    start = (today - timedelta(days=6)).isoformat()
    status, _out, _ = run(
        capsys, source, "export", "--from", start, "--to", today.isoformat(), "-o", str(out_file)
    )
    assert status == 0
    days = {e["timestamp"][:10] for e in load(out_file)["entries"]}
    assert days and all(start <= d <= today.isoformat() for d in days)


# --------------------------------------------------------------------------- malformed
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"profile": {}, "entries": [', "is not valid JSON: Expecting value (line 1, column 29)"),
        ('{"entries": []}', "the document has no 'profile'"),
        (
            '{"profile": {}, "entries": [{"timestamp": "2026-01-01T08:00", "nrs": 3},'
            ' {"timestamp": "2026-01-02T08:00", "nrs": 11}]}',
            "entry 1: 'nrs' 11 is outside 0–10",
        ),
        (
            '{"profile": {}, "entries": [{"timestamp": "2026-01-01T08:00", "pain": 3}]}',
            "entry 0: 'pain' is not a known entry key",
        ),
        ('{"format": "other", "profile": {}, "entries": []}', "'format' must be"),
        ("[1, 2, 3]", "must be a JSON object"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_json_is_one_line_exit_2_and_nothing_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    folder = tmp_path / "diary"
    status, out, err = run(capsys, folder, "import", str(bad))
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("backdiary import: ") and message in err
    assert open_service(folder).count() == 0


def test_not_utf8_json_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"profile": {}, "entries": [], "x": "\xe9"}')
    status, _, err = run(capsys, tmp_path / "d", "import", str(bad))
    assert status == 2 and "is not UTF-8 text" in err


def test_files_over_the_size_limit_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_IMPORT_BYTES", 2048)
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"profile": {}, "entries": [], "pad": "x" * 5000}))
    status, _, err = run(capsys, tmp_path / "d", "import", str(big))
    assert status == 2
    assert "is 5 KB; backdiary imports files up to 2 KB" in err
    assert files.describe_size(250 * 1024 * 1024) == "250 MB"
    assert files.MAX_IMPORT_TEXT == "200 MB"


def test_missing_file_and_unwritable_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, tmp_path / "d", "import", str(tmp_path / "nope.json"))
    assert status == 2 and "does not exist" in err
    target = tmp_path / "no-such-folder" / "x.json"
    status, _, err = run(capsys, tmp_path / "d", "export", "-o", str(target))
    assert status == 2 and "cannot write to" in err
    assert not target.parent.exists()


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.private_file(target) as fh:
        fh.write(b"new, half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_entries_at_the_same_instant_keep_one_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = {
        "profile": {},
        "entries": [
            {"id": "c", "timestamp": "2026-05-01T08:00:00+02:00", "nrs": 3},
            {"id": "b", "timestamp": "2026-05-01T06:00:00+00:00", "nrs": 4},  # same instant
            {"id": "a", "timestamp": "2026-05-01T08:00:00+02:00", "nrs": 5},
        ],
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, tmp_path / "one", "import", str(source))[0] == 0
    assert run(capsys, tmp_path / "one", "export", "-o", str(first))[0] == 0
    assert [e["id"] for e in load(first)["entries"]] == ["a", "b", "c"]
    assert run(capsys, tmp_path / "two", "import", str(first))[0] == 0
    assert run(capsys, tmp_path / "two", "export", "-o", str(second))[0] == 0
    assert without_export_time(load(second)) == without_export_time(load(first))
