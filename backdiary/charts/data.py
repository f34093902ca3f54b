"""The charts' input dataclasses.

They live in :mod:`backdiary.domain.chartdata` so that the storage layer can fill
them without importing this (matplotlib-importing) package; this module
re-exports them for chart code and tests.
"""

from __future__ import annotations

from backdiary.domain.chartdata import (
    DAILY_MAX_DAYS,
    KIND_TITLES,
    ROLLING_DAYS,
    Bucket,
    CategoryStat,
    ChartData,
    ChartKind,
    FlagDay,
    FrequencyData,
    FrequencyWeek,
    GestationWeek,
    HeatmapData,
    LocationData,
    Match,
    Period,
    PickTarget,
    PregnancyData,
    PregnancySeries,
    ReliefData,
    ReliefStat,
    TrendData,
    TrendPoint,
    TriggerData,
    TrimesterSpan,
    choose_bucket,
    describe,
)

__all__ = [
    "DAILY_MAX_DAYS",
    "KIND_TITLES",
    "ROLLING_DAYS",
    "Bucket",
    "CategoryStat",
    "ChartData",
    "ChartKind",
    "FlagDay",
    "FrequencyData",
    "FrequencyWeek",
    "GestationWeek",
    "HeatmapData",
    "LocationData",
    "Match",
    "Period",
    "PickTarget",
    "PregnancyData",
    "PregnancySeries",
    "ReliefData",
    "ReliefStat",
    "TrendData",
    "TrendPoint",
    "TriggerData",
    "TrimesterSpan",
    "choose_bucket",
    "describe",
]
