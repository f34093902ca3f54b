"""The 40 public red-flag scenarios, through :func:`evaluate` and through ``backdiary flags``.

``tests/redflags-public.json`` holds ``{id, description, profile, entries[],
expected_flags[]}``; ``expected_flags`` is the complete set for the last entry evaluated
against the earlier ones.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from backdiary.cli import flags as flags_cli
from backdiary.domain.exchange import parse_document
from backdiary.domain.redflags import RULES, evaluate

SCENARIO_FILE = Path(__file__).with_name("redflags-public.json")
SCENARIOS: list[dict[str, Any]] = json.loads(SCENARIO_FILE.read_text(encoding="utf-8"))
RANK = {"info": 0, "gp": 1, "urgent": 2, "emergency": 3}


def _expected(scenario: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f["rule"], f["urgency"]) for f in scenario["expected_flags"]}


def test_scenario_file_shape() -> None:
    assert len(SCENARIOS) == 40
    assert [s["id"] for s in SCENARIOS] == [f"S{i:02d}" for i in range(1, 41)]


def test_scenarios_cover_every_rule_and_urgency() -> None:
    covered = {pair for s in SCENARIOS for pair in _expected(s)}
    assert {r for r, _ in covered} == {r.id for r in RULES}
    assert ("CANCER_HISTORY", "urgent") in covered and ("CANCER_HISTORY", "emergency") in covered
    assert ("PREG_ECTOPIC_SIGNS", "urgent") in covered
    assert ("PREG_ECTOPIC_SIGNS", "emergency") in covered


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["id"])
def test_scenario_via_evaluate(scenario: dict[str, Any]) -> None:
    document = parse_document(scenario)
    *earlier, latest = document.entries
    result = evaluate(document.profile, latest, earlier)
    assert {(f.rule, f.urgency.value) for f in result} == _expected(scenario), scenario[
        "description"
    ]
    ranks = [f.urgency.rank for f in result]
    assert ranks == sorted(ranks, reverse=True)
    # expected_flags are listed by urgency, then rule id: the engine's order exactly.
    assert [(f.rule, f.urgency.value) for f in result] == [
        (f["rule"], f["urgency"]) for f in scenario["expected_flags"]
    ]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["id"])
def test_scenario_via_cli(
    scenario: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{scenario['id']}.json"
    path.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    parser = argparse.ArgumentParser(prog="backdiary")
    flags_cli.add_parser(parser.add_subparsers())
    args = parser.parse_args(["flags", str(path)])
    assert args.func(args) == 0
    out, err = capsys.readouterr()
    assert err == ""
    output = json.loads(out)
    assert {(f["rule"], f["urgency"]) for f in output} == _expected(scenario)
    ranks = [RANK[f["urgency"]] for f in output]
    assert ranks == sorted(ranks, reverse=True)
    assert [(f["rule"], f["urgency"]) for f in output] == [
        (f["rule"], f["urgency"]) for f in scenario["expected_flags"]
    ]
    for item in output:
        assert list(item) == ["rule", "urgency", "title", "advice", "source"]
        assert all(isinstance(v, str) and v for v in item.values())


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["id"])
def test_scenario_entry_order_in_file_does_not_matter(scenario: dict[str, Any]) -> None:
    shuffled = dict(scenario, entries=list(reversed(scenario["entries"])))
    document = parse_document(shuffled)
    *earlier, latest = document.entries
    result = evaluate(document.profile, latest, earlier)
    assert {(f.rule, f.urgency.value) for f in result} == _expected(scenario)
