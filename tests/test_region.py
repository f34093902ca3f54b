"""Tests of the emergency-number regions (``backdiary/domain/region.py``)."""

from __future__ import annotations

import dataclasses

import pytest

from backdiary.domain.redflags import RULES, render_advice
from backdiary.domain.region import (
    DEFAULT_REGION,
    EU,
    REGIONS,
    UK,
    US,
    Region,
    region_by_code,
)


def test_presets() -> None:
    assert (UK.code, UK.emergency, UK.nonemergency) == ("uk", "999", "NHS 111")
    assert (EU.code, EU.emergency, EU.nonemergency) == (
        "eu", "112", "your GP or local out-of-hours service",
    )  # fmt: skip
    assert (US.code, US.emergency, US.nonemergency) == (
        "us", "911", "your doctor or an urgent care clinic",
    )  # fmt: skip
    assert UK.emergency_department == "A&E"
    assert UK.emergency_service_text == "Call 999 or go to A&E"
    assert DEFAULT_REGION is UK
    assert set(REGIONS) == {"uk", "eu", "us"}


@pytest.mark.parametrize("code", ["uk", "eu", "us", "UK", " Us "])
def test_region_by_code(code: str) -> None:
    assert region_by_code(code) is REGIONS[code.strip().lower()]


@pytest.mark.parametrize("code", ["", "fr", "custom", "u k"])
def test_unknown_code(code: str) -> None:
    with pytest.raises(ValueError, match="unknown region"):
        region_by_code(code)


def test_custom_region() -> None:
    region = Region.custom(" 000 ", "healthdirect on 1800 022 222")
    assert region.code == "custom"
    assert region.emergency == "000"
    assert region.emergency_service_text == "Call 000 or go to the emergency department"
    assert region.placeholders() == {
        "emergency": "000",
        "nonemergency": "healthdirect on 1800 022 222",
        "emergency_department": "the emergency department",
    }
    named = Region.custom("000", "your GP", name="Australia", emergency_department="ED")
    assert (named.name, named.emergency_department) == ("Australia", "ED")


@pytest.mark.parametrize(
    ("emergency", "nonemergency"),
    [("", "NHS 111"), ("999", "   "), ("9" * 101, "x"), ("999\n", "x\x00")],
)
def test_custom_region_rejects_bad_values(emergency: str, nonemergency: str) -> None:
    with pytest.raises(ValueError):
        Region.custom(emergency, nonemergency)


def test_region_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        UK.emergency = "112"  # type: ignore[misc]


def test_custom_values_with_braces_are_not_reinterpreted() -> None:
    region = Region.custom("{emergency}", "{nonemergency} line")
    text = render_advice(RULES[0], region)
    assert text.endswith("contact {nonemergency} line; in an emergency call {emergency}.")


@pytest.mark.parametrize("region", [UK, EU, US], ids=lambda r: r.code)
def test_every_advice_names_the_region_numbers(region: Region) -> None:
    for r in RULES:
        text = render_advice(r, region)
        assert region.emergency in text and region.nonemergency in text
        others = {g.emergency for g in (UK, EU, US)} - {region.emergency}
        assert not any(number in text for number in others)
