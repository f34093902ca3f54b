"""Chart data aggregated in SQL: one ``GROUP BY`` per chart, never one object per entry.

Every function takes the diary's engine and an inclusive range of local days
(either end may be None for "open") and returns a dataclass of
:mod:`backdiary.domain.chartdata`. The range is a ``local_time`` prefix range,
so SQLite walks the ``ix_entry_local_time_nrs`` index instead of computing
``date()`` on every row (platform.md, pitfall 5). Set-valued columns are counted
in SQL too: bit masks with ``SUM((locations & :bit) != 0)`` and JSON tag arrays
with ``json_each``. All queries of one call run in one read transaction, so the
subtitle's entry count always matches the bars.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, text

from backdiary.domain.chartdata import (
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
    Period,
    PregnancyData,
    PregnancySeries,
    ReliefData,
    ReliefStat,
    TrendData,
    TrendPoint,
    TriggerData,
    TrimesterSpan,
    choose_bucket,
    format_day,
    tr,
    week_start,
)
from backdiary.domain.model import Location, Pregnancy, Quality
from backdiary.domain.pregnancy import MAX_OPEN_WEEKS
from backdiary.storage.convert import bit

#: The range filter every query uses; ``:lo``/``:hi`` are ISO day prefixes.
IN_RANGE = "local_time >= :lo AND local_time < :hi"
#: SQL for an entry's local day and the Monday of its week.
DAY_SQL = "substr(local_time, 1, 10)"
WEEK_SQL = "date(local_time, 'weekday 0', '-6 days')"
#: At most this many factor tags are charted (the rest are rare by definition).
MAX_FACTORS = 12
#: At most this many relief tags are charted.
MAX_RELIEF = 12


@dataclass(frozen=True, slots=True)
class _Range:
    """The requested range as SQL parameters."""

    start: date | None
    end: date | None

    def params(self, **extra: Any) -> dict[str, Any]:
        lo = self.start.isoformat() if self.start else "0000"
        hi = (self.end + timedelta(days=1)).isoformat() if self.end else "9999-99"
        return {"lo": lo, "hi": hi, **extra}


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        yield conn


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def period(conn: Connection, start: date | None, end: date | None) -> Period:
    """The days covered and the entry counts of a range.

    An open end becomes the day of the first (last) entry in the range.
    """
    row = conn.execute(
        text(
            f"SELECT MIN(local_time), MAX(local_time), COUNT(*), "
            f"COALESCE(SUM(nrs >= 1), 0) FROM entry WHERE {IN_RANGE}"
        ),
        _Range(start, end).params(),
    ).one()
    lo, hi, entries, episodes = row
    first = start or (_day(lo) if lo else None)
    last = end or (_day(hi) if hi else None)
    if first is not None and last is None:
        last = first
    if last is not None and first is None:
        first = last
    return Period(first, last, int(entries), int(episodes))


# ---------------------------------------------------------------------- trend
def _pregnancies(conn: Connection) -> list[Pregnancy]:
    rows = conn.execute(text("SELECT due_date, lmp, ended_on FROM pregnancy ORDER BY id")).all()

    def day(value: str | None) -> date | None:
        return None if value is None else date.fromisoformat(value)

    return [Pregnancy(due_date=day(d), lmp=day(lmp), ended_on=day(e)) for d, lmp, e in rows]


def _pregnancy_end(p: Pregnancy, start: date) -> date:
    if p.ended_on is not None:
        return p.ended_on
    return start + timedelta(weeks=MAX_OPEN_WEEKS, days=-1)


def trimester_spans(
    pregnancies: Sequence[Pregnancy], first: date, last: date
) -> tuple[TrimesterSpan, ...]:
    """The trimesters of ``pregnancies`` clipped to [first, last].

    Trimesters follow :func:`backdiary.domain.pregnancy.trimester`: weeks 0–13,
    14–27 and 28 onwards, counted in completed weeks from the pregnancy's start.
    """
    spans: list[TrimesterSpan] = []
    for p in pregnancies:
        start = p.start
        if start is None:
            continue
        end = _pregnancy_end(p, start)
        bounds = (
            (1, start, start + timedelta(weeks=14, days=-1)),
            (2, start + timedelta(weeks=14), start + timedelta(weeks=28, days=-1)),
            (3, start + timedelta(weeks=28), end),
        )
        for trimester, lo, hi in bounds:
            lo, hi = max(lo, first), min(hi, end, last)
            if lo <= hi:
                spans.append(TrimesterSpan(lo, hi, trimester))
    return tuple(spans)


def trend(engine: Engine, start: date | None, end: date | None) -> TrendData:
    """Daily (or, beyond :data:`~backdiary.domain.chartdata.DAILY_MAX_DAYS`, weekly) NRS."""
    rng = _Range(start, end)
    with _reading(engine) as conn:
        per = period(conn, start, end)
        if per.first is None or per.last is None or per.entries == 0:
            return TrendData(per, Bucket.DAY, ())
        bucket = choose_bucket(per.first, per.last)
        key = DAY_SQL if bucket is Bucket.DAY else WEEK_SQL
        points = tuple(
            TrendPoint(_day(b), int(worst), float(mean), int(n))
            for b, worst, mean, n in conn.execute(
                text(
                    f"SELECT {key} AS b, MAX(nrs), AVG(nrs), COUNT(*) FROM entry "
                    f"WHERE {IN_RANGE} GROUP BY b ORDER BY b"
                ),
                rng.params(),
            )
        )
        pain_free = tuple(
            _day(d)
            for (d,) in conn.execute(
                text(
                    f"SELECT DISTINCT {DAY_SQL} AS d FROM entry "
                    f"WHERE {IN_RANGE} AND nrs = 0 ORDER BY d"
                ),
                rng.params(),
            )
        )
        flags = tuple(
            FlagDay(_day(d), str(u))
            for d, u in conn.execute(
                text(
                    f"SELECT DISTINCT {DAY_SQL} AS d, f.urgency FROM entry "
                    f"JOIN finding AS f ON f.entry_id = entry.id "
                    f"WHERE {IN_RANGE} ORDER BY d"
                ),
                rng.params(),
            )
        )
        spans = trimester_spans(_pregnancies(conn), per.first, per.last)
    return TrendData(per, bucket, points, pain_free, flags, spans)


# ---------------------------------------------------------------------- frequency
def frequency(engine: Engine, start: date | None, end: date | None) -> FrequencyData:
    """Episodes per week and the median episode duration, every week of the period."""
    sql = f"""
        WITH ep AS (
            SELECT {WEEK_SQL} AS wk, duration_min AS d FROM entry
            WHERE {IN_RANGE} AND nrs >= 1
        ),
        ranked AS (
            SELECT wk, d,
                   ROW_NUMBER() OVER (PARTITION BY wk ORDER BY d) AS rn,
                   COUNT(*) OVER (PARTITION BY wk) AS n
            FROM ep WHERE d IS NOT NULL
        ),
        medians AS (
            SELECT wk, AVG(d) AS median FROM ranked
            WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY wk
        )
        SELECT counts.wk, counts.n, medians.median
        FROM (SELECT wk, COUNT(*) AS n FROM ep GROUP BY wk) AS counts
        LEFT JOIN medians ON medians.wk = counts.wk
        ORDER BY counts.wk
    """
    with _reading(engine) as conn:
        per = period(conn, start, end)
        found = {
            _day(wk): (int(n), None if median is None else float(median))
            for wk, n, median in conn.execute(text(sql), _Range(start, end).params())
        }
    if per.first is None or per.last is None or per.entries == 0:
        return FrequencyData(per, ())
    weeks: list[FrequencyWeek] = []
    monday = week_start(per.first)
    while monday <= per.last:
        n, median = found.get(monday, (0, None))
        partial = monday < per.first or monday + timedelta(days=6) > per.last
        weeks.append(FrequencyWeek(monday, n, median, partial))
        monday += timedelta(days=7)
    return FrequencyData(per, tuple(weeks))


# ---------------------------------------------------------------------- heatmap
def heatmap(engine: Engine, start: date | None, end: date | None) -> HeatmapData:
    """Episodes by weekday (Monday first) × hour of the day."""
    sql = f"""
        SELECT (CAST(strftime('%w', local_time) AS INTEGER) + 6) % 7 AS wd,
               CAST(substr(local_time, 12, 2) AS INTEGER) AS hr,
               COUNT(*)
        FROM entry WHERE {IN_RANGE} AND nrs >= 1
        GROUP BY wd, hr
    """
    counts = HeatmapData.empty_counts()
    with _reading(engine) as conn:
        per = period(conn, start, end)
        for wd, hr, n in conn.execute(text(sql), _Range(start, end).params()):
            counts[int(wd)][int(hr)] = int(n)
    return HeatmapData(per, tuple(tuple(row) for row in counts))


# ---------------------------------------------------------------------- categories
def _stats(conn: Connection, sql: str, params: dict[str, Any]) -> tuple[CategoryStat, ...]:
    return tuple(
        CategoryStat(str(key), int(n), None if mean is None else float(mean))
        for key, n, mean in conn.execute(text(sql), params)
    )


def triggers(engine: Engine, start: date | None, end: date | None) -> TriggerData:
    """Episode triggers (except "none") and aggravating factors, most frequent first."""
    rng = _Range(start, end)
    with _reading(engine) as conn:
        per = period(conn, start, end)
        by_trigger = _stats(
            conn,
            f"SELECT trigger, COUNT(*) AS n, AVG(nrs) FROM entry "
            f"WHERE {IN_RANGE} AND nrs >= 1 GROUP BY trigger ORDER BY n DESC, trigger",
            rng.params(),
        )
        factors = _stats(
            conn,
            f"SELECT tag.value, COUNT(*) AS n, AVG(entry.nrs) "
            f"FROM entry, json_each(entry.factors) AS tag "
            f"WHERE {IN_RANGE} AND nrs >= 1 "
            f"GROUP BY tag.value ORDER BY n DESC, tag.value LIMIT :top",
            rng.params(top=MAX_FACTORS),
        )
    no_trigger = sum(s.count for s in by_trigger if s.key == "none")
    return TriggerData(per, tuple(s for s in by_trigger if s.key != "none"), factors, no_trigger)


def _mask_stats(
    conn: Connection, column: str, members: Sequence[StrEnum], rng: _Range
) -> tuple[CategoryStat, ...]:
    parts = []
    params = rng.params()
    for i, member in enumerate(members):
        params[f"b{i}"] = bit(member)
        parts.append(f"COALESCE(SUM(({column} & :b{i}) != 0), 0)")
        parts.append(f"AVG(CASE WHEN ({column} & :b{i}) != 0 THEN nrs END)")
    row = conn.execute(
        text(f"SELECT {', '.join(parts)} FROM entry WHERE {IN_RANGE} AND nrs >= 1"), params
    ).one()
    return tuple(
        CategoryStat(
            member.value,
            int(row[2 * i]),
            None if row[2 * i + 1] is None else float(row[2 * i + 1]),
        )
        for i, member in enumerate(members)
    )


def locations(engine: Engine, start: date | None, end: date | None) -> LocationData:
    """How often each location and pain quality was recorded for an episode."""
    rng = _Range(start, end)
    with _reading(engine) as conn:
        per = period(conn, start, end)
        where = _mask_stats(conn, "locations", list(Location), rng)
        how = _mask_stats(conn, "qualities", list(Quality), rng)
    return LocationData(per, where, how)


def relief(engine: Engine, start: date | None, end: date | None) -> ReliefData:
    """Relief tags tried, with the entries' "did it help" answers, most tried first."""
    sql = f"""
        SELECT tag.value, COUNT(*) AS n,
               COALESCE(SUM(relief_helped = 'yes'), 0),
               COALESCE(SUM(relief_helped = 'somewhat'), 0),
               COALESCE(SUM(relief_helped = 'no'), 0),
               COALESCE(SUM(relief_helped IS NULL), 0)
        FROM entry, json_each(entry.relief) AS tag
        WHERE {IN_RANGE}
        GROUP BY tag.value ORDER BY n DESC, tag.value LIMIT :top
    """
    with _reading(engine) as conn:
        per = period(conn, start, end)
        items = tuple(
            ReliefStat(str(key), int(n), int(y), int(s), int(no), int(u))
            for key, n, y, s, no, u in conn.execute(
                text(sql), _Range(start, end).params(top=MAX_RELIEF)
            )
        )
    return ReliefData(per, items)


# ---------------------------------------------------------------------- pregnancy
def _weeks(conn: Connection, where: str, params: dict[str, Any]) -> tuple[GestationWeek, ...]:
    sql = f"""
        SELECT gestational_weeks AS w, COUNT(*), COALESCE(SUM(nrs >= 1), 0), AVG(nrs), MAX(nrs)
        FROM entry
        WHERE {IN_RANGE} AND pregnant = 1 AND gestational_weeks IS NOT NULL AND {where}
        GROUP BY w ORDER BY w
    """
    return tuple(
        GestationWeek(int(w), int(n), int(ep), float(mean), int(worst))
        for w, n, ep, mean, worst in conn.execute(text(sql), params)
    )


def pregnancy(engine: Engine, start: date | None, end: date | None) -> PregnancyData:
    """NRS by completed week of gestation, one series per recorded pregnancy.

    Entries marked pregnant outside every recorded pregnancy (an import can say
    so explicitly) form one more series.
    """
    rng = _Range(start, end)
    series: list[PregnancySeries] = []
    with _reading(engine) as conn:
        per = period(conn, start, end)
        recorded = _pregnancies(conn)
        spans: list[tuple[str, str]] = []
        for p in recorded:
            p_start = p.start
            if p_start is None:
                continue
            p_end = _pregnancy_end(p, p_start)
            bounds = (p_start.isoformat(), (p_end + timedelta(days=1)).isoformat())
            spans.append(bounds)
            weeks = _weeks(
                conn,
                "local_time >= :p_lo AND local_time < :p_hi",
                rng.params(p_lo=bounds[0], p_hi=bounds[1]),
            )
            if weeks:
                due = p.due_date or p_start + timedelta(days=280)
                label = tr("Pregnancy due {day}").format(day=format_day(due))
                series.append(PregnancySeries(label, p_start, p_end, weeks))
        outside = " AND ".join(
            f"NOT (local_time >= :s{i} AND local_time < :e{i})" for i in range(len(spans))
        )
        extra = {f"s{i}": lo for i, (lo, _) in enumerate(spans)}
        extra |= {f"e{i}": hi for i, (_, hi) in enumerate(spans)}
        others = _weeks(conn, outside or "1", rng.params(**extra))
        if others:
            label = tr("Other entries marked pregnant" if spans else "Entries marked pregnant")
            series.append(PregnancySeries(label, None, None, others))
    return PregnancyData(per, len(recorded), tuple(series))


# ---------------------------------------------------------------------- dispatch
LOADERS: dict[ChartKind, Callable[[Engine, date | None, date | None], ChartData]] = {
    ChartKind.TREND: trend,
    ChartKind.FREQUENCY: frequency,
    ChartKind.HEATMAP: heatmap,
    ChartKind.TRIGGERS: triggers,
    ChartKind.LOCATIONS: locations,
    ChartKind.RELIEF: relief,
    ChartKind.PREGNANCY: pregnancy,
}


def load(engine: Engine, kind: ChartKind, start: date | None, end: date | None) -> ChartData:
    """The data of chart ``kind`` for the inclusive day range [start, end]."""
    return LOADERS[kind](engine, start, end)
