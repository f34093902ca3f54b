"""Red-flag rules for back pain and pregnancy: a pure, table-driven engine.

Standard library only (no Qt, no SQLAlchemy); it may import ``backdiary.domain``.
The rules, thresholds and texts follow ``clinical/red-flags.md``:

* :mod:`.rules`: the rule table (:data:`RULES`) and thresholds, as data;
* :mod:`.history`: episode segmentation, trends, recurrence and regular contractions (§4);
* :mod:`.engine`: :func:`evaluate`, which applies the conditions and §1.3's semantics;
* :mod:`.render`: :func:`render_advice` and :func:`render_title` for a region.

Typical use::

    findings = evaluate(profile, entry, earlier_entries)
    for f in findings:
        print(f.urgency, render_title(f), render_advice(f, region_by_code("uk")))
"""

from backdiary.domain.redflags.engine import WEEK_UNKNOWN_MET, Finding, evaluate
from backdiary.domain.redflags.render import (
    first_sentence,
    render_action,
    render_advice,
    render_title,
    render_why,
)
from backdiary.domain.redflags.rules import (
    DISCLAIMER,
    RULES,
    RULESET_VERSION,
    SAFETY_NET,
    Rule,
    Urgency,
    rule,
)
from backdiary.domain.region import Region, region_by_code

__all__ = [
    "DISCLAIMER",
    "RULES",
    "RULESET_VERSION",
    "SAFETY_NET",
    "WEEK_UNKNOWN_MET",
    "Finding",
    "Region",
    "Rule",
    "Urgency",
    "evaluate",
    "first_sentence",
    "region_by_code",
    "render_action",
    "render_advice",
    "render_title",
    "render_why",
    "rule",
]
