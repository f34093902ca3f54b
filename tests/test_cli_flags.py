"""Tests of ``backdiary flags FILE`` (``backdiary/cli/flags.py``): output and bad input."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backdiary.cli import flags as flags_cli

Capsys = pytest.CaptureFixture[str]


def _entry(timestamp: str, **fields: Any) -> dict[str, Any]:
    return {"timestamp": timestamp, "nrs": 5, **fields}


def _document(*entries: dict[str, Any], **profile: Any) -> dict[str, Any]:
    return {
        "format": "backdiary",
        "version": 1,
        "profile": {"age_years": 35, "prior_back_pain": True, **profile},
        "entries": list(entries),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backdiary")
    flags_cli.add_parser(parser.add_subparsers())
    return parser


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    result: int = args.func(args)
    return result


def _write(tmp_path: Path, data: Any, name: str = "diary.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _flags(tmp_path: Path, capsys: Capsys, data: Any, *extra: str) -> list[dict[str, str]]:
    path = _write(tmp_path, data)
    assert _run(["flags", str(path), *extra]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    result: list[dict[str, str]] = json.loads(out)
    return result


# ------------------------------------------------------------- parser
def test_add_parser_wires_run() -> None:
    args = _parser().parse_args(["flags", "x.json"])
    assert args.func is flags_cli.run
    assert args.file == "x.json"
    assert args.region == "uk"


def test_region_choices(capsys: Capsys) -> None:
    assert _parser().parse_args(["flags", "-", "--region", "us"]).region == "us"
    with pytest.raises(SystemExit) as excinfo:
        _parser().parse_args(["flags", "-", "--region", "mars"])
    assert excinfo.value.code == 2
    capsys.readouterr()


# ------------------------------------------------------------- output
def test_output_format(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00", chest_pain=True, night_pain=True, nrs=4))
    path = _write(tmp_path, doc)
    assert _run(["flags", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    result = json.loads(out)
    assert [(f["rule"], f["urgency"]) for f in result] == [
        ("CHEST_PAIN", "emergency"), ("NIGHT_PAIN", "urgent"),
    ]  # fmt: skip
    assert out == json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    chest = result[0]
    assert list(chest) == ["rule", "urgency", "title", "advice", "source"]
    assert chest["advice"].startswith("Call 999 or go to A&E now.")
    assert chest["advice"].endswith("contact NHS 111; in an emergency call 999.")


def test_non_ascii_is_written_as_is(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(
        _entry("2025-03-03T09:00", pregnant=True, gestational_weeks=22, nsaid_taken=True, nrs=2)
    )
    path = _write(tmp_path, doc)
    assert _run(["flags", str(path)]) == 0
    out = capsys.readouterr().out
    assert "diclofenac…" in out and "\\u2026" not in out


@pytest.mark.parametrize(
    ("region", "emergency", "nonemergency"),
    [
        ("uk", "999", "NHS 111"),
        ("eu", "112", "your GP or local out-of-hours service"),
        ("us", "911", "your doctor or an urgent care clinic"),
    ],
)
def test_region_numbers(
    tmp_path: Path, capsys: Capsys, region: str, emergency: str, nonemergency: str
) -> None:
    doc = _document(_entry("2025-03-03T09:00", saddle_numbness=True))
    (finding,) = _flags(tmp_path, capsys, doc, "--region", region)
    assert finding["rule"] == "CES"
    assert finding["advice"].startswith(f"Call {emergency} or go to")
    assert finding["advice"].endswith(f"contact {nonemergency}; in an emergency call {emergency}.")


def test_evaluates_the_last_entry_by_timestamp(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(
        _entry("2025-03-05T09:00", nrs=3, fever=True),
        _entry("2025-03-04T09:00", nrs=3, night_pain=True),
    )
    result = _flags(tmp_path, capsys, doc)
    assert [f["rule"] for f in result] == ["FEVER"]


def test_history_is_used(tmp_path: Path, capsys: Capsys) -> None:
    entries = [_entry(f"2025-03-{d:02d}T09:00") for d in range(3, 19)]
    result = _flags(tmp_path, capsys, _document(*entries))
    assert [f["rule"] for f in result] == ["NOT_IMPROVING"]


def test_no_flags_prints_empty_array(tmp_path: Path, capsys: Capsys) -> None:
    assert _flags(tmp_path, capsys, _document(_entry("2025-03-03T09:00"))) == []


def test_empty_entries_prints_empty_array(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, _document())
    assert _run(["flags", str(path)]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("[]\n", "")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00", weight_loss_unexplained=True))
    raw = io.BytesIO(json.dumps(doc).encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    assert _run(["flags", "-"]) == 0
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)] == ["WEIGHT_LOSS"]


def test_stdin_without_buffer(monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00", chest_pain=True))
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(doc)))
    assert _run(["flags", "-"]) == 0
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)] == ["CHEST_PAIN"]


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_document()).encode("utf-8"))
    assert _run(["flags", str(path)]) == 0
    assert capsys.readouterr().out == "[]\n"


# ------------------------------------------------------------- bad input
def _assert_bad(capsys: Capsys, argv: list[str], *fragments: str) -> str:
    assert _run(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("backdiary flags: ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    return err


def test_invalid_json(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, '{"profile": {}, "entries": [')
    _assert_bad(capsys, ["flags", str(path)], "not valid JSON", "line 1")


def test_unknown_entry_key(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00"), _entry("2025-03-04T09:00", pain_level=3))
    path = _write(tmp_path, doc)
    _assert_bad(capsys, ["flags", str(path)], "entry 1", "'pain_level'", "not a known entry key")


def test_nrs_out_of_range(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, _document(_entry("2025-03-03T09:00", nrs=11)))
    _assert_bad(capsys, ["flags", str(path)], "entry 0", "nrs", "11")


def test_nrs_as_text(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, _document(_entry("2025-03-03T09:00", nrs="7")))
    err = _assert_bad(capsys, ["flags", str(path)])
    assert err == "backdiary flags: entry 0: 'nrs' must be a whole number, not '7'\n"


def test_missing_profile(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, {"entries": []})
    _assert_bad(capsys, ["flags", str(path)], "profile")


def test_not_an_object(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, [1, 2, 3])
    _assert_bad(capsys, ["flags", str(path)], "JSON object")


def test_missing_file(tmp_path: Path, capsys: Capsys) -> None:
    missing = tmp_path / "nope.json"
    _assert_bad(capsys, ["flags", str(missing)], "cannot read", "nope.json", "no such file")


def test_directory(tmp_path: Path, capsys: Capsys) -> None:
    _assert_bad(capsys, ["flags", str(tmp_path)], "cannot read")


def test_not_utf8(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"profile": {"x_name": "Zoë"}, "entries": []}'.encode("latin-1"))
    _assert_bad(capsys, ["flags", str(path)], "not UTF-8")


def test_deeply_nested_json(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, "[" * 100_000 + "]" * 100_000)
    _assert_bad(capsys, ["flags", str(path)], "nested too deeply")


def test_huge_integer(tmp_path: Path, capsys: Capsys) -> None:
    path = _write(tmp_path, '{"profile": {}, "entries": [], "x": ' + "9" * 5000 + "}")
    _assert_bad(capsys, ["flags", str(path)], "not usable JSON")


def test_out_of_range_pregnancy_date(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00"))
    doc["pregnancies"] = [{"due_date": "0001-01-02"}]
    path = _write(tmp_path, doc)
    _assert_bad(capsys, ["flags", str(path)])


def test_bad_input_in_a_real_process(tmp_path: Path) -> None:
    path = _write(tmp_path, _document(_entry("2025-03-03T09:00", nrs=11)))
    code = (
        "import argparse, sys\n"
        "from backdiary.cli import flags\n"
        "p = argparse.ArgumentParser(prog='backdiary')\n"
        "flags.add_parser(p.add_subparsers())\n"
        "a = p.parse_args(sys.argv[1:])\n"
        "sys.exit(a.func(a))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code, "flags", str(path)],
        capture_output=True, text=True, cwd=root, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("backdiary flags: entry 0:")
    assert "Traceback" not in done.stderr


# ------------------------------------------------------------- own numbers, more bad input
def test_own_numbers(tmp_path: Path, capsys: Capsys) -> None:
    doc = _document(_entry("2025-03-03T09:00", saddle_numbness=True))
    (finding,) = _flags(
        tmp_path, capsys, doc, "--emergency", "000", "--nonemergency", "healthdirect"
    )
    assert finding["advice"].startswith("Call 000 or go to the emergency department now.")
    assert finding["advice"].endswith("contact healthdirect; in an emergency call 000.")
    assert "999" not in finding["advice"] and "111" not in finding["advice"]


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--emergency", "000"], "both --emergency and --nonemergency"),
        (["--nonemergency", "healthdirect"], "both --emergency and --nonemergency"),
        (["--emergency", " ", "--nonemergency", "x"], "must not be empty"),
    ],
)
def test_own_numbers_incomplete(
    tmp_path: Path, capsys: Capsys, extra: list[str], fragment: str
) -> None:
    path = _write(tmp_path, _document(_entry("2025-03-03T09:00")))
    _assert_bad(capsys, ["flags", str(path), *extra], fragment)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_input(tmp_path: Path, capsys: Capsys, text: str) -> None:
    path = _write(tmp_path, text)
    _assert_bad(capsys, ["flags", str(path)], "is empty")


@pytest.mark.parametrize(
    ("doc", "fragment"),
    [
        ({"profile": {}}, "no 'entries'"),
        ({"profile": {}, "entries": {}}, "'entries' must be a list"),
        ({"profile": {"age": 3}, "entries": []}, "'age'"),
        ({"profile": {}, "entries": [{"nrs": 3}]}, "'timestamp' is required"),
        ({"profile": {}, "entries": [{"timestamp": "soon"}]}, "'timestamp'"),
        (
            {"profile": {}, "entries": [{"timestamp": "2025-03-03T09:00", "trigger": "x"}]},
            "trigger",
        ),
        ({"profile": {}, "entries": [{"timestamp": "2025-03-03T09:00", "nrs": -1}]}, "nrs"),
        ({"profile": {}, "entries": [], "version": 2}, "'version'"),
        ({"profile": {}, "entries": [], "format": "other"}, "'format'"),
        ({"profile": {}, "entries": [], "pregnancies": [{"due": "x"}]}, "'due'"),
    ],
)
def test_malformed_documents(
    tmp_path: Path, capsys: Capsys, doc: dict[str, Any], fragment: str
) -> None:
    path = _write(tmp_path, doc)
    _assert_bad(capsys, ["flags", str(path)], fragment)


def test_real_command_line(tmp_path: Path) -> None:
    """``python -m backdiary flags``: JSON on stdout, exit 0; bad input: one line, exit 2."""
    good = _write(tmp_path, _document(_entry("2025-03-03T09:00", chest_pain=True)), "good.json")
    bad = _write(tmp_path, '{"profile": {}, "entries": [}', "bad.json")
    root = Path(__file__).resolve().parents[1]

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "backdiary", "flags", *argv],
            capture_output=True, text=True, cwd=root, timeout=120, check=False,
        )  # fmt: skip

    done = run(str(good))
    assert done.returncode == 0, done.stderr
    assert [f["rule"] for f in json.loads(done.stdout)] == ["CHEST_PAIN"]
    done = run(str(bad))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("backdiary flags: ")
