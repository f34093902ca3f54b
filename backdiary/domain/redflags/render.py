"""Turning a rule or finding into user-facing text for a region.

Standard library only. The templates live in
:mod:`backdiary.domain.redflags.rules`; rendering picks the template for the finding's
urgency, appends the safety net (:data:`~backdiary.domain.redflags.rules.SAFETY_NET`)
and fills ``{emergency}``, ``{nonemergency}`` and ``{emergency_department}`` from the
:class:`~backdiary.domain.region.Region`.
"""

from __future__ import annotations

from backdiary.domain.redflags.engine import Finding
from backdiary.domain.redflags.rules import SAFETY_NET, Rule, Urgency, rule
from backdiary.domain.region import DEFAULT_REGION, Region


def _resolve(item: Rule | Finding) -> tuple[Rule, Urgency]:
    if isinstance(item, Rule):
        return item, item.urgency
    return rule(item.rule), item.urgency


def render_advice(item: Rule | Finding, region: Region = DEFAULT_REGION) -> str:
    """The advice text for a finding (or a rule at its base urgency), ending with the safety net.

    Args:
        item: a :class:`Finding` (its urgency picks the text of rules that escalate) or a
            :class:`Rule`.
        region: where the numbers and service names come from.

    Returns:
        Plain text, action first for ``urgent`` and ``emergency``.
    """
    r, urgency = _resolve(item)
    template = f"{r.advice_for(urgency)} {SAFETY_NET}"
    return template.format_map(region.placeholders())


def render_title(item: Rule | Finding, region: Region = DEFAULT_REGION) -> str:
    """The short heading for a finding or rule.

    Args:
        item: a :class:`Finding` or a :class:`Rule`.
        region: where any number or service name in the title comes from.
    """
    r, _ = _resolve(item)
    return r.title.format_map(region.placeholders())


def render_why(item: Rule | Finding, region: Region = DEFAULT_REGION) -> str:
    """One or two sentences saying why a finding matters (shown under the action).

    Args:
        item: a :class:`Finding` (its urgency picks the text of rules that escalate) or a
            :class:`Rule`.
        region: where any number or service name in the text comes from.
    """
    r, urgency = _resolve(item)
    return r.why_for(urgency).format_map(region.placeholders())


def render_action(item: Rule | Finding, region: Region = DEFAULT_REGION) -> str:
    """The advice's first sentence: what to do (for ``urgent`` and ``emergency``, the action)."""
    return first_sentence(render_advice(item, region))[0]


def first_sentence(text: str) -> tuple[str, str]:
    """``(first sentence, the rest)`` of a text; a sentence ends at ". " or "! "."""
    cuts = [i for i in (text.find(". "), text.find("! ")) if i != -1]
    if not cuts:
        return text, ""
    cut = min(cuts)
    return text[: cut + 1], text[cut + 2 :]
