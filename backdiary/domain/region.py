"""Emergency and non-emergency contacts by region, for the red-flag advice texts.

Pure Python (standard library only). The advice templates in
:mod:`backdiary.domain.redflags` stay UK-worded where the clinical specification's
wording is UK ("maternity unit", "GP"), but every telephone number and service name
comes from a :class:`Region`: ``{emergency}``, ``{nonemergency}`` and
``{emergency_department}`` in a template are filled from :meth:`Region.placeholders`.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Longest text accepted for a custom number or service name.
MAX_CONTACT_CHARS = 100


def _clean(field_name: str, value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field_name} must be text, not {type(value).__name__}")
    value = value.strip()
    if not value:
        raise ValueError(f"{field_name} must not be empty")
    if len(value) > MAX_CONTACT_CHARS:
        raise ValueError(f"{field_name} is longer than {MAX_CONTACT_CHARS} characters")
    if any(ord(ch) < 32 for ch in value):
        raise ValueError(f"{field_name} contains a control character")
    return value


@dataclass(frozen=True, slots=True)
class Region:
    """Where to send the user: the emergency number and the non-emergency service.

    Attributes:
        code: short identifier (``"uk"``, ``"eu"``, ``"us"`` or ``"custom"``).
        name: human-readable name of the region.
        emergency: the emergency telephone number ("999", "112", "911").
        nonemergency: the non-emergency service as it reads after "contact"
            ("NHS 111", "your GP or local out-of-hours service").
        emergency_service_text: a ready-made sentence start for the emergency action
            ("Call 999 or go to A&E"), for screens that show it on its own.
        emergency_department: the hospital emergency department as it reads after
            "go to" ("A&E", "the emergency department", "the emergency room").
    """

    code: str
    name: str
    emergency: str
    nonemergency: str
    emergency_service_text: str
    emergency_department: str

    def __post_init__(self) -> None:
        for field_name in (
            "code", "name", "emergency", "nonemergency", "emergency_service_text",
            "emergency_department",
        ):  # fmt: skip
            _clean(field_name, getattr(self, field_name))

    @classmethod
    def custom(
        cls,
        emergency: str,
        nonemergency: str,
        *,
        name: str = "Custom",
        emergency_department: str = "the emergency department",
    ) -> Region:
        """Build a region from the user's own numbers.

        Args:
            emergency: the emergency number to call (e.g. "000").
            nonemergency: the non-emergency service, as it reads after "contact"
                (e.g. "healthdirect on 1800 022 222").
            name: a display name for the region.
            emergency_department: the emergency department, as it reads after "go to".

        Returns:
            A region with code ``"custom"``.

        Raises:
            ValueError: when a value is empty, too long or contains control characters.
        """
        emergency = _clean("emergency", emergency)
        department = _clean("emergency_department", emergency_department)
        return cls(
            code="custom",
            name=_clean("name", name),
            emergency=emergency,
            nonemergency=_clean("nonemergency", nonemergency),
            emergency_service_text=f"Call {emergency} or go to {department}",
            emergency_department=department,
        )

    def placeholders(self) -> dict[str, str]:
        """The values for the ``str.format`` placeholders used by advice templates."""
        return {
            "emergency": self.emergency,
            "nonemergency": self.nonemergency,
            "emergency_department": self.emergency_department,
        }


UK = Region(
    code="uk",
    name="United Kingdom",
    emergency="999",
    nonemergency="NHS 111",
    emergency_service_text="Call 999 or go to A&E",
    emergency_department="A&E",
)
EU = Region(
    code="eu",
    name="European Union",
    emergency="112",
    nonemergency="your GP or local out-of-hours service",
    emergency_service_text="Call 112 or go to the emergency department",
    emergency_department="the emergency department",
)
US = Region(
    code="us",
    name="United States",
    emergency="911",
    nonemergency="your doctor or an urgent care clinic",
    emergency_service_text="Call 911 or go to the emergency room",
    emergency_department="the emergency room",
)

#: The preset regions by code.
REGIONS: dict[str, Region] = {r.code: r for r in (UK, EU, US)}

#: The region used when none is chosen.
DEFAULT_REGION = UK


def region_by_code(code: str) -> Region:
    """Return the preset region for ``code`` (case-insensitive).

    Args:
        code: ``"uk"``, ``"eu"`` or ``"us"``.

    Returns:
        The matching preset.

    Raises:
        ValueError: for any other code (custom regions are built with
            :meth:`Region.custom`).
    """
    try:
        return REGIONS[code.strip().lower()]
    except (KeyError, AttributeError):
        known = ", ".join(REGIONS)
        raise ValueError(f"unknown region {code!r}; known regions: {known}") from None
