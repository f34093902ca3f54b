"""Gestational age and trimester, derived from recorded pregnancies (red-flags spec §6)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from backdiary.domain.model import Pregnancy

#: A pregnancy with dates but no end date stops counting after 44 weeks.
MAX_OPEN_WEEKS = 44


class Trimester(IntEnum):
    """ACOG trimesters by completed weeks: 1st ≤ 13, 2nd 14–27, 3rd ≥ 28."""

    FIRST = 1
    SECOND = 2
    THIRD = 3


def trimester(weeks: int) -> Trimester:
    """Return the ACOG trimester for ``weeks`` completed weeks."""
    if weeks <= 13:
        return Trimester.FIRST
    if weeks <= 27:
        return Trimester.SECOND
    return Trimester.THIRD


def completed_weeks(day: date, pregnancy: Pregnancy) -> int | None:
    """Completed weeks of gestation on ``day``.

    From the LMP: floor((day − LMP) / 7). From the due date:
    40 − ceil((due − day) / 7), which is the same number. None when the
    pregnancy has neither date.
    """
    if pregnancy.lmp is not None:
        return (day - pregnancy.lmp).days // 7
    if pregnancy.due_date is not None:
        return 40 - -(-(pregnancy.due_date - day).days // 7)
    return None


@dataclass(frozen=True, slots=True)
class PregnancyState:
    """Whether a day falls in a pregnancy, and its week (None = week unknown)."""

    pregnant: bool
    weeks: int | None = None


NOT_PREGNANT = PregnancyState(False)


def covers(pregnancy: Pregnancy, day: date) -> bool:
    """True when ``day`` lies inside the pregnancy (end day included).

    A pregnancy without an LMP or due date covers the :data:`MAX_OPEN_WEEKS` weeks
    up to its end date, or (still open) every day up to the present: its weeks are
    unknown.
    """
    start = pregnancy.start
    if start is not None and day < start:
        return False
    if pregnancy.ended_on is not None:
        if start is None and day <= pregnancy.ended_on - timedelta(weeks=MAX_OPEN_WEEKS):
            return False
        return day <= pregnancy.ended_on
    if start is not None:
        return day < start + timedelta(weeks=MAX_OPEN_WEEKS)
    return True


def state_on(day: date, pregnancies: Iterable[Pregnancy]) -> PregnancyState:
    """The pregnancy state on ``day`` given all recorded pregnancies."""
    for pregnancy in pregnancies:
        if covers(pregnancy, day):
            weeks = completed_weeks(day, pregnancy)
            return PregnancyState(True, None if weeks is None else max(weeks, 0))
    return NOT_PREGNANT
