"""Tests of the SQL chart aggregations (``backdiary/storage/aggregates.py``).

Small hand-made diaries pin down each rule (ranges, buckets, medians, bit masks,
JSON tags); a demo diary is cross-checked against the same numbers computed in
Python from ``service.entries()``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from backdiary.demo import generate
from backdiary.domain.chartdata import (
    Bucket,
    ChartKind,
    FlagDay,
    FrequencyData,
    HeatmapData,
    LocationData,
    PregnancyData,
    ReliefData,
    TrendData,
    TriggerData,
    week_start,
)
from backdiary.domain.model import Entry, Location, Pregnancy, Quality, ReliefHelped, Trigger
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage import aggregates
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository, StoredFinding

TZ = timezone(timedelta(hours=1))
MON = date(2026, 9, 7)  # a Monday


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def entry(day: date, nrs: int, hour: int = 9, **fields: Any) -> Entry:
    if nrs == 0:
        fields.setdefault("pain_locations", frozenset())
    return Entry(timestamp=at(day, hour), nrs=nrs, **fields)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[DiaryService]:
    engine = open_diary(AppPaths.resolve(tmp_path / "diary"))
    yield DiaryService(Repository(engine))
    engine.dispose()


def _add(service: DiaryService, *entries: Entry) -> None:
    service.add_many(entries)
    service.repo.replace_all_findings({})  # tests set their own findings


# ---------------------------------------------------------------------- period and range
def test_period_counts_and_inclusive_range(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON - timedelta(days=1), 5, hour=23),
        entry(MON, 3),
        entry(MON + timedelta(days=2), 0),
        entry(MON + timedelta(days=3), 7, hour=23),
        entry(MON + timedelta(days=4), 2),
    )
    data = aggregates.trend(diary.repo.engine, MON, MON + timedelta(days=3))
    assert (data.period.first, data.period.last) == (MON, MON + timedelta(days=3))
    assert (data.period.entries, data.period.episodes, data.period.pain_free) == (3, 2, 1)
    everything = aggregates.trend(diary.repo.engine, None, None)
    assert everything.period.first == MON - timedelta(days=1)
    assert everything.period.last == MON + timedelta(days=4)
    assert everything.period.entries == 5


def test_empty_diary_gives_empty_data(diary: DiaryService) -> None:
    engine = diary.repo.engine
    for kind in ChartKind:
        data = aggregates.load(engine, kind, None, None)
        assert data.period.entries == 0
        assert data.period.first is None
    ranged = aggregates.trend(engine, MON, MON + timedelta(days=6))
    assert ranged.points == () and ranged.period.days == 7


# ---------------------------------------------------------------------- trend
def test_daily_trend_worst_mean_check_ins_and_flags(diary: DiaryService) -> None:
    first = entry(MON, 6, hour=8)
    _add(diary, first, entry(MON, 2, hour=18), entry(MON + timedelta(days=1), 0))
    diary.repo.set_findings(first.id, [StoredFinding("NIGHT_PAIN", "urgent", "test")])
    data = aggregates.trend(diary.repo.engine, MON, MON + timedelta(days=6))
    assert data.bucket is Bucket.DAY
    assert [(p.start, p.worst, p.mean, p.entries) for p in data.points] == [
        (MON, 6, 4.0, 2),
        (MON + timedelta(days=1), 0, 0.0, 1),
    ]
    assert data.pain_free_days == (MON + timedelta(days=1),)
    assert data.flags == (FlagDay(MON, "urgent"),)


def test_long_range_trend_is_weekly_from_monday(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 4),
        entry(MON + timedelta(days=6), 8, hour=22),  # Sunday: same week
        entry(MON + timedelta(days=7), 2),  # next Monday
    )
    end = MON + timedelta(days=10)
    assert aggregates.trend(diary.repo.engine, end - timedelta(days=179), end).bucket is Bucket.DAY
    data = aggregates.trend(diary.repo.engine, end - timedelta(days=180), end)
    assert data.bucket is Bucket.WEEK
    assert [(p.start, p.worst, p.mean, p.entries) for p in data.points] == [
        (MON, 8, 6.0, 2),
        (MON + timedelta(days=7), 2, 2.0, 1),
    ]


def test_trend_shades_trimesters_clipped_to_the_range(diary: DiaryService) -> None:
    lmp = date(2026, 1, 5)
    diary.repo.set_pregnancies([Pregnancy(lmp=lmp, ended_on=lmp + timedelta(weeks=39))])
    _add(diary, entry(lmp + timedelta(weeks=10), 3))
    data = aggregates.trend(diary.repo.engine, lmp + timedelta(weeks=10), lmp + timedelta(weeks=30))
    spans = [(s.trimester, s.first, s.last) for s in data.trimesters]
    assert spans == [
        (1, lmp + timedelta(weeks=10), lmp + timedelta(weeks=14, days=-1)),
        (2, lmp + timedelta(weeks=14), lmp + timedelta(weeks=28, days=-1)),
        (3, lmp + timedelta(weeks=28), lmp + timedelta(weeks=30)),
    ]


def test_trend_query_walks_the_local_time_index(diary: DiaryService) -> None:
    sql = (
        f"EXPLAIN QUERY PLAN SELECT {aggregates.DAY_SQL} AS b, MAX(nrs), AVG(nrs), COUNT(*) "
        f"FROM entry WHERE {aggregates.IN_RANGE} GROUP BY b"
    )
    with diary.repo.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(sql), {"lo": "2026", "hi": "2027"}))
    assert "ix_entry_local_time_nrs" in plan


# ---------------------------------------------------------------------- frequency
def test_frequency_fills_weeks_and_takes_medians(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 5, episode_duration_min=10),
        entry(MON + timedelta(days=1), 5, episode_duration_min=30),
        entry(MON + timedelta(days=2), 5, episode_duration_min=20),
        entry(MON + timedelta(days=3), 0),
        # no episodes in the second week
        entry(MON + timedelta(days=14), 4, episode_duration_min=10),
        entry(MON + timedelta(days=15), 4, episode_duration_min=40),
        entry(MON + timedelta(days=16), 4),  # no duration
    )
    data = aggregates.frequency(
        diary.repo.engine, MON + timedelta(days=1), MON + timedelta(days=17)
    )
    rows = [(w.start, w.episodes, w.median_duration_min, w.partial) for w in data.weeks]
    assert rows == [
        (MON, 2, 25.0, True),
        (MON + timedelta(days=7), 0, None, False),
        (MON + timedelta(days=14), 3, 25.0, True),
    ]
    whole = aggregates.frequency(diary.repo.engine, MON, MON + timedelta(days=6))
    assert [(w.episodes, w.median_duration_min, w.partial) for w in whole.weeks] == [
        (3, 20.0, False)
    ]


# ---------------------------------------------------------------------- heatmap
def test_heatmap_counts_episodes_by_weekday_and_hour(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 5, hour=8),
        entry(MON + timedelta(days=7), 6, hour=8),
        entry(MON + timedelta(days=6), 3, hour=21),  # Sunday
        entry(MON + timedelta(days=2), 0, hour=8),  # check-ins are not episodes
    )
    data = aggregates.heatmap(diary.repo.engine, None, None)
    assert data.counts[0][8] == 2
    assert data.counts[6][21] == 1
    assert sum(map(sum, data.counts)) == 3


# ---------------------------------------------------------------------- categories
def test_triggers_and_factors_with_mean_severity(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 6, trigger=Trigger.LIFTING, factors=("stress", "posture")),
        entry(MON, 4, hour=12, trigger=Trigger.LIFTING, factors=("stress",)),
        entry(MON, 3, hour=15, trigger=Trigger.NONE, factors=("cold",)),
        entry(MON, 0, hour=20, factors=("stress",)),  # a check-in does not count
    )
    data = aggregates.triggers(diary.repo.engine, None, None)
    assert [(s.key, s.count, s.mean_nrs) for s in data.triggers] == [("lifting", 2, 5.0)]
    assert data.no_trigger == 1
    assert [(s.key, s.count, s.mean_nrs) for s in data.factors] == [
        ("stress", 2, 5.0),
        ("cold", 1, 3.0),
        ("posture", 1, 6.0),
    ]


def test_locations_and_qualities_from_bit_masks(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 6, pain_locations=frozenset({Location.LOWER_BACK, Location.RIGHT_LEG}),
              pain_qualities=frozenset({Quality.CRAMPING})),
        entry(MON, 2, hour=12, pain_locations=frozenset({Location.LOWER_ABDOMEN}),
              pain_qualities=frozenset({Quality.CRAMPING, Quality.SHARP})),
    )  # fmt: skip
    data = aggregates.locations(diary.repo.engine, None, None)
    where = {s.key: (s.count, s.mean_nrs) for s in data.locations}
    assert where["lower_back"] == (1, 6.0)
    assert where["right_leg"] == (1, 6.0)
    assert where["lower_abdomen"] == (1, 2.0)
    assert where["left_leg"] == (0, None)
    assert [s.key for s in data.locations] == [m.value for m in Location]
    how = {s.key: s.count for s in data.qualities}
    assert (how["cramping"], how["sharp"], how["aching"]) == (2, 1, 0)


def test_relief_tried_and_helped(diary: DiaryService) -> None:
    _add(
        diary,
        entry(MON, 5, relief=("heat", "rest"), relief_helped=ReliefHelped.YES),
        entry(MON, 5, hour=12, relief=("heat",), relief_helped=ReliefHelped.NO),
        entry(MON, 5, hour=15, relief=("heat",)),
    )
    data = aggregates.relief(diary.repo.engine, None, None)
    rows = [(r.key, r.tried, r.helped, r.somewhat, r.not_helped, r.unrecorded) for r in data.items]
    assert rows == [("heat", 3, 1, 0, 1, 1), ("rest", 1, 1, 0, 0, 0)]


# ---------------------------------------------------------------------- pregnancy
def test_pregnancy_by_gestational_week(diary: DiaryService) -> None:
    lmp = date(2026, 1, 5)
    diary.repo.set_pregnancies([Pregnancy(lmp=lmp)])
    _add(
        diary,
        entry(lmp + timedelta(weeks=20), 6),
        entry(lmp + timedelta(weeks=20, days=3), 0),
        entry(lmp + timedelta(weeks=21), 4),
        entry(lmp - timedelta(days=30), 9),  # before the pregnancy
    )
    data = aggregates.pregnancy(diary.repo.engine, None, None)
    assert data.recorded == 1
    (series,) = data.series
    assert series.label == "Pregnancy due 12 Oct 2026"
    assert [(w.week, w.entries, w.episodes, w.mean_nrs, w.worst) for w in series.weeks] == [
        (20, 2, 1, 3.0, 6),
        (21, 1, 1, 4.0, 4),
    ]


def test_no_pregnancy_recorded(diary: DiaryService) -> None:
    _add(diary, entry(MON, 5))
    data = aggregates.pregnancy(diary.repo.engine, None, None)
    assert (data.recorded, data.series) == (0, ())


# ---------------------------------------------------------------------- cross-check with Python
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    engine = open_diary(AppPaths.resolve(tmp_path_factory.mktemp("demo")))
    service = DiaryService(Repository(engine))
    data = generate(days=420, seed=3, end=date(2026, 11, 25))
    service.repo.set_pregnancies(data.pregnancies)
    service.add_many(data.entries)
    yield service
    engine.dispose()


def _episodes(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if e.nrs >= 1]


def test_demo_aggregates_match_python(demo: DiaryService) -> None:
    start, end = date(2026, 5, 1), date(2026, 11, 25)
    engine = demo.repo.engine
    entries = demo.entries(start, end)
    episodes = _episodes(entries)

    trend = aggregates.load(engine, ChartKind.TREND, start, end)
    assert isinstance(trend, TrendData) and trend.bucket is Bucket.WEEK
    by_week: dict[date, list[int]] = defaultdict(list)
    for e in entries:
        by_week[week_start(e.local_date)].append(e.nrs)
    assert [(p.start, p.worst, p.entries) for p in trend.points] == [
        (k, max(v), len(v)) for k, v in sorted(by_week.items())
    ]
    assert [p.mean for p in trend.points] == pytest.approx(
        [statistics.mean(v) for _, v in sorted(by_week.items())]
    )

    freq = aggregates.load(engine, ChartKind.FREQUENCY, start, end)
    assert isinstance(freq, FrequencyData)
    counts = Counter(week_start(e.local_date) for e in episodes)
    durations: dict[date, list[float]] = defaultdict(list)
    for e in episodes:
        if e.episode_duration_min is not None:
            durations[week_start(e.local_date)].append(e.episode_duration_min)
    for w in freq.weeks:
        assert w.episodes == counts.get(w.start, 0)
        expected = statistics.median(durations[w.start]) if durations.get(w.start) else None
        assert w.median_duration_min == expected

    heat = aggregates.load(engine, ChartKind.HEATMAP, start, end)
    assert isinstance(heat, HeatmapData)
    cells = Counter((e.local_time.weekday(), e.local_time.hour) for e in episodes)
    assert {(d, h): n for d, row in enumerate(heat.counts) for h, n in enumerate(row) if n} == cells

    trig = aggregates.load(engine, ChartKind.TRIGGERS, start, end)
    assert isinstance(trig, TriggerData)
    assert {s.key: s.count for s in trig.triggers} == {
        k: n for k, n in Counter(e.trigger.value for e in episodes).items() if k != "none"
    }
    factors = Counter(f for e in episodes for f in e.factors)
    assert {s.key: s.count for s in trig.factors} == dict(factors)

    locs = aggregates.load(engine, ChartKind.LOCATIONS, start, end)
    assert isinstance(locs, LocationData)
    assert {s.key: s.count for s in locs.locations} == {
        m.value: sum(m in e.pain_locations for e in episodes) for m in Location
    }

    rel = aggregates.load(engine, ChartKind.RELIEF, start, end)
    assert isinstance(rel, ReliefData)
    tried = Counter(r for e in entries for r in e.relief)
    assert {r.key: r.tried for r in rel.items} == dict(tried)
    helped = Counter(r for e in entries for r in e.relief if e.relief_helped is ReliefHelped.YES)
    assert {r.key: r.helped for r in rel.items} == {k: helped.get(k, 0) for k in tried}


def test_demo_pregnancy_matches_python(demo: DiaryService) -> None:
    data = aggregates.load(demo.repo.engine, ChartKind.PREGNANCY, None, None)
    assert isinstance(data, PregnancyData)
    assert data.recorded == 1 and len(data.series) == 1
    pregnant = [e for e in demo.entries() if e.pregnant and e.gestational_weeks is not None]
    weeks: dict[int, list[int]] = defaultdict(list)
    for e in pregnant:
        assert e.gestational_weeks is not None
        weeks[e.gestational_weeks].append(e.nrs)
    assert [(w.week, w.entries, w.worst) for w in data.series[0].weeks] == [
        (k, len(v), max(v)) for k, v in sorted(weeks.items())
    ]


def test_aggregation_does_not_build_entry_objects(
    demo: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    convert = sys.modules["backdiary.storage.convert"]

    def forbidden(*_args: Any, **_kwargs: Any) -> Entry:
        raise AssertionError("aggregates must not load entries as objects")

    monkeypatch.setattr(convert, "entry_from_row", forbidden)
    monkeypatch.setattr(convert, "entry_from_values", forbidden)
    for kind in ChartKind:
        aggregates.load(demo.repo.engine, kind, None, None)
