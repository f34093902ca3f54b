"""The PDF report: its summary numbers against values computed here, independently.

The PDF's text is read back with ``pdftotext -layout`` (poppler-utils); those tests are
skipped with a reason when it is not installed.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import statistics
import subprocess
import zlib
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from backdiary.domain.model import (
    Entry,
    Location,
    Medication,
    Pregnancy,
    Profile,
    Quality,
    ReliefHelped,
    Trigger,
)
from backdiary.export import summary as summary_mod
from backdiary.export.report import Report, ReportInput, fmt_day, fmt_minutes, weeks_text
from backdiary.export.summary import FlagRecord, PeriodStats, compare, summarize

TZ = timezone(timedelta(hours=1))
START = date(2026, 6, 1)
END = date(2026, 8, 29)  # 90 days
CREATED = datetime(2026, 8, 30, 9, 0)

#: Reading the PDF's text needs pdftotext (poppler-utils; CI installs it). Without it these
#: tests fail rather than skip silently, unless BACKDIARY_ALLOW_NO_PDFTOTEXT=1 says to skip.
HAVE_PDFTOTEXT = shutil.which("pdftotext") is not None
needs_pdftotext = pytest.mark.skipif(
    not HAVE_PDFTOTEXT and os.environ.get("BACKDIARY_ALLOW_NO_PDFTOTEXT") == "1",
    reason="pdftotext (poppler-utils) is not installed and BACKDIARY_ALLOW_NO_PDFTOTEXT=1",
)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def synthetic_diary(seed: int, first: date, last: date, level: float) -> list[Entry]:
    """Entries with every case the definitions distinguish (several a day, check-ins…)."""
    rng = random.Random(seed)
    entries: list[Entry] = []
    day = first
    while day <= last:
        kind = rng.random()
        if kind < 0.15:
            pass  # no record at all
        elif kind < 0.35:
            for _ in range(rng.choice([1, 1, 2])):  # pain-free check-ins
                entries.append(
                    Entry(
                        timestamp=_at(day, rng.randint(18, 22)),
                        nrs=0,
                        pain_locations=frozenset(),
                    )
                )
        else:
            for i in range(rng.choice([1, 1, 2, 3])):
                nrs = max(1, min(10, round(rng.gauss(level, 2))))
                entries.append(
                    Entry(
                        timestamp=_at(day, 7 + 4 * i, rng.randint(0, 59)),
                        nrs=nrs,
                        episode_duration_min=None
                        if rng.random() < 0.2
                        else float(rng.randint(2, 120)),
                        trigger=rng.choice([Trigger.NONE, Trigger.LIFTING, Trigger.UNKNOWN]),
                        factors=tuple(rng.sample(["stress", "posture", "cold"], rng.randint(0, 2))),
                        pain_locations=frozenset(
                            rng.sample([Location.LOWER_BACK, Location.BUTTOCK], rng.randint(1, 2))
                        ),
                        pain_qualities=frozenset({rng.choice([Quality.CRAMPING, Quality.SHARP])}),
                        relief=("heat",) if rng.random() < 0.5 else (),
                        relief_helped=rng.choice(list(ReliefHelped)),
                    )
                )
            if rng.random() < 0.2:  # a check-in on a day with pain: not a pain-free day
                entries.append(Entry(timestamp=_at(day, 23), nrs=0))
        day += timedelta(days=1)
    return entries


def expected_numbers(entries: list[Entry], first: date, last: date) -> dict[str, object]:
    """The documented definitions, computed the plain way."""
    days = (last - first).days + 1
    inside = [e for e in entries if first <= e.timestamp.date() <= last]
    episodes = [e for e in inside if e.nrs >= 1]
    by_day: dict[date, list[int]] = {}
    for e in inside:
        by_day.setdefault(e.timestamp.date(), []).append(e.nrs)
    pain_free = sum(1 for v in by_day.values() if 0 in v and max(v) == 0)
    pain_days = sum(1 for v in by_day.values() if max(v) >= 1)
    durations = sorted(e.episode_duration_min for e in episodes if e.episode_duration_min)
    worst = max(e.nrs for e in episodes)
    worst_day = min(e.timestamp.date() for e in episodes if e.nrs == worst)
    return {
        "entries": len(inside),
        "episodes": len(episodes),
        "check_ins": len(inside) - len(episodes),
        "pain_free": pain_free,
        "pain_days": pain_days,
        "unrecorded": days - len(by_day),
        "mean": sum(e.nrs for e in episodes) / len(episodes),
        "worst": worst,
        "worst_day": worst_day,
        "per_week": len(episodes) / (days / 7),
        "median": statistics.median(durations),
        "durations": len(durations),
    }


def pdf_text(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page (``pdftotext -layout``)."""
    if not HAVE_PDFTOTEXT:
        pytest.fail(
            "pdftotext (poppler-utils) is needed to read the report's text: install "
            "poppler-utils, or set BACKDIARY_ALLOW_NO_PDFTOTEXT=1 to skip these tests"
        )
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def flat(text: str) -> str:
    return " ".join(text.split())


def make_report(entries: list[Entry], previous: list[Entry], **kw: object) -> Report:
    data = ReportInput(
        entries=entries,
        start=START,
        end=END,
        previous_entries=previous,
        created=CREATED,
        **kw,  # type: ignore[arg-type]
    )
    return Report(data)


def render(report: Report) -> bytes:
    buf = io.BytesIO()
    report.write_pdf(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def diary() -> tuple[list[Entry], list[Entry]]:
    prev_first = START - timedelta(days=90)
    previous = synthetic_diary(1, prev_first, START - timedelta(days=1), level=5.5)
    current = synthetic_diary(2, START, END, level=3.5)
    return current, previous


# --------------------------------------------------------------------------- the numbers
@needs_pdftotext
def test_summary_numbers_in_the_pdf_match_independent_values(
    diary: tuple[list[Entry], list[Entry]], tmp_path: Path
) -> None:
    current, previous = diary
    want = expected_numbers(current, START, END)
    prev = expected_numbers(previous, START - timedelta(days=90), START - timedelta(days=1))
    report = make_report(current, previous, profile=Profile(name="Alex Example"))
    pages = pdf_text(render(report), tmp_path)
    page1 = flat(pages[0])

    assert "Back pain diary report" in page1
    assert "Name: Alex Example" in page1
    assert "Period: 1 Jun 2026 – 29 Aug 2026 (90 days)" in page1
    assert (
        f"Entries {want['entries']}: {want['episodes']} pain episodes, "
        f"{want['check_ins']} pain-free check-ins" in page1
    )
    assert (
        f"Days {want['pain_days']} with pain, {want['pain_free']} pain-free, "
        f"{want['unrecorded']} without records (of 90)" in page1
    )
    mean = float(re.search(r"Mean NRS (\d+\.\d)", page1).group(1))  # type: ignore[union-attr]
    assert mean == round(float(want["mean"]), 1)  # type: ignore[arg-type]
    change = re.search(
        r"Change ([+-]\d+\.\d) points \(([+-]\d+)\s%\) against (\d+\.\d) in the previous period: "
        r"(clinically meaningful \w+|not clinically meaningful)",
        page1,
    )
    assert change is not None
    points = float(want["mean"]) - float(prev["mean"])  # type: ignore[arg-type]
    percent = points / float(prev["mean"]) * 100  # type: ignore[arg-type]
    assert float(change.group(1)) == round(points, 1)
    assert int(change.group(2)) == round(percent)
    assert float(change.group(3)) == round(float(prev["mean"]), 1)  # type: ignore[arg-type]
    meaningful = abs(points) >= 2 or abs(percent) >= 30
    assert change.group(4).startswith("clinically") == meaningful
    worst = f"Worst NRS {want['worst']} (first on {fmt_day(want['worst_day'])})"  # type: ignore[arg-type]
    assert flat(worst) in page1
    per_week = re.search(r"Episodes per week (\d+\.\d) \(previous period (\d+\.\d)\)", page1)
    assert per_week is not None
    assert float(per_week.group(1)) == round(float(want["per_week"]), 1)  # type: ignore[arg-type]
    assert float(per_week.group(2)) == round(float(prev["per_week"]), 1)  # type: ignore[arg-type]
    assert (
        f"Median duration {fmt_minutes(float(want['median']))} ({want['durations']} of "  # type: ignore[arg-type]
        f"{want['episodes']} episodes have a duration)" in page1
    )
    assert "How the numbers are defined" in page1
    assert "Pain-free day = a day with at least one NRS 0 check-in and no entry" in page1


def _share_list(counter: dict[str, int], episodes: int) -> str:
    """``lifting 20 (11 %), unknown 17 (9 %)``: most frequent first, ties by name."""
    ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{name} {n} ({n / episodes * 100:.0f} %)" for name, n in ordered)


@needs_pdftotext
def test_pattern_lines_in_the_pdf_match_independent_counts(
    diary: tuple[list[Entry], list[Entry]], tmp_path: Path
) -> None:
    current, previous = diary
    episodes = [e for e in current if e.nrs >= 1 and START <= e.timestamp.date() <= END]
    n = len(episodes)
    triggers: dict[str, int] = {}
    factors: dict[str, int] = {}
    locations: dict[str, int] = {}
    qualities: dict[str, int] = {}
    relief: dict[str, list[ReliefHelped | None]] = {}
    for e in episodes:
        if e.trigger is not Trigger.NONE:
            triggers[e.trigger.value] = triggers.get(e.trigger.value, 0) + 1
        for f in e.factors:
            factors[f] = factors.get(f, 0) + 1
        for loc in e.pain_locations:
            name = loc.value.replace("_", " ")
            locations[name] = locations.get(name, 0) + 1
        for q in e.pain_qualities:
            qualities[q.value] = qualities.get(q.value, 0) + 1
        for r in e.relief:
            relief.setdefault(r, []).append(e.relief_helped)
    page1 = flat(pdf_text(render(make_report(current, previous)), tmp_path)[0])
    assert f"Triggers {_share_list(triggers, n)} Aggravating factors" in page1
    assert f"Aggravating factors {_share_list(factors, n)} Where it hurts" in page1
    assert f"Where it hurts {_share_list(locations, n)} What it felt like" in page1
    assert f"What it felt like {_share_list(qualities, n)} Relief that helped" in page1
    rated = relief["heat"]
    yes, somewhat, no = (rated.count(v) for v in list(ReliefHelped))
    assert (
        f"Relief that helped heat helped {yes + somewhat} of {len(rated)} times "
        f"(yes {yes}, somewhat {somewhat}, no {no}) Medications none recorded" in page1
    )


def test_summarize_agrees_with_the_plain_computation(
    diary: tuple[list[Entry], list[Entry]],
) -> None:
    current, previous = diary
    want = expected_numbers(current, START, END)
    s = summarize(current, START, END, previous_entries=previous, as_of=END)
    c = s.current
    assert (c.entries, c.episodes, c.check_ins) == (
        want["entries"],
        want["episodes"],
        want["check_ins"],
    )
    assert (c.pain_free_days, c.pain_days, c.unrecorded_days) == (
        want["pain_free"],
        want["pain_days"],
        want["unrecorded"],
    )
    assert c.mean_nrs == pytest.approx(want["mean"])
    assert (c.worst_nrs, c.worst_day) == (want["worst"], want["worst_day"])
    assert c.episodes_per_week == pytest.approx(want["per_week"])
    assert c.median_duration_min == want["median"]


def test_pain_free_day_definition_edge_cases() -> None:
    d = START
    entries = [
        Entry(timestamp=_at(d, 20), nrs=0),  # check-in only: pain-free
        Entry(timestamp=_at(d, 21), nrs=0),  # a second check-in the same day counts once
        Entry(timestamp=_at(d + timedelta(days=1), 8), nrs=3),
        Entry(timestamp=_at(d + timedelta(days=1), 21), nrs=0),  # with pain: not pain-free
    ]
    stats = summarize(entries, d, d + timedelta(days=2)).current
    assert (stats.pain_free_days, stats.pain_days, stats.unrecorded_days) == (1, 1, 1)
    assert stats.mean_nrs == 3  # check-ins do not dilute the mean


@pytest.mark.parametrize(
    ("previous", "current", "meaningful"),
    [
        (5.0, 3.0, True),  # exactly 2 points
        (6.0, 4.1, True),  # 1.9 points but 31.7 %
        (5.0, 6.5, True),  # 1.5 points, exactly 30 %
        (5.0, 3.6, False),  # 1.4 points, 28 %
        (8.0, 6.5, False),  # 1.5 points, 18.75 %
    ],
)
def test_clinically_meaningful_thresholds(
    previous: float, current: float, meaningful: bool
) -> None:
    def stats(mean: float) -> PeriodStats:
        return PeriodStats(START, END, 90, 90, 1, 1, 0, 1, 0, 89, mean, 5, START, 1.0, None, 0)

    change = compare(stats(current), stats(previous))
    assert change is not None and change.meaningful is meaningful
    assert change.direction == ("worse" if current > previous else "better")


def test_no_comparison_when_the_diary_began_within_the_period() -> None:
    entries = [Entry(timestamp=_at(START + timedelta(days=60), 9), nrs=4)]
    s = summarize(entries, START, END, diary_start=START + timedelta(days=60), as_of=END)
    assert s.previous is None and s.change is None
    assert s.current.observed_days == 30
    assert s.current.episodes_per_week == pytest.approx(1 / (30 / 7))


# --------------------------------------------------------------------------- content
@needs_pdftotext
def test_every_page_has_the_period_and_page_numbers(
    diary: tuple[list[Entry], list[Entry]], tmp_path: Path
) -> None:
    current, previous = diary
    report = make_report(current, previous)
    pages = pdf_text(render(report), tmp_path)
    assert len(pages) == report.page_count > 3
    for i, page in enumerate(pages, start=1):
        text = flat(page)
        assert "1 Jun 2026 – 29 Aug 2026 (90 days)" in text
        assert f"Page {i} of {report.page_count}" in text
    assert any("Diary entries" in p for p in pages)
    assert any("Charts" in p and "Pain per day" in p for p in pages)


@needs_pdftotext
def test_notes_are_plain_text(tmp_path: Path) -> None:
    note = "Took $\\alpha$ <b>two</b> & read http://example.invalid/x?y=1 \\n literally"
    entries = [Entry(timestamp=_at(START, 9), nrs=6, notes=note)]
    report = make_report(entries, [], sections=("entries",))
    text = flat("".join(pdf_text(render(report), tmp_path)))
    assert flat(note) in text


@needs_pdftotext
def test_long_notes_wrap_and_continue_on_the_next_page(tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(1100))  # about 8,900 characters
    entries = [Entry(timestamp=_at(START, 9), nrs=6, notes=words)]
    report = make_report(entries, [], sections=("entries",))
    pages = pdf_text(render(report), tmp_path)
    assert report.page_count >= 2
    text = flat(" ".join(pages))
    assert "word0 word1 " in text and text.count("word1099") == 1


@needs_pdftotext
def test_nsaid_in_pregnancy_and_red_flags_are_listed(tmp_path: Path) -> None:
    pregnancy = Pregnancy(due_date=date(2026, 10, 1))
    entries = [
        Entry(
            timestamp=_at(START + timedelta(days=3), 10),
            nrs=7,
            pregnant=True,
            gestational_weeks=31,
            pregnancy_explicit=True,
            medications=(Medication("Ibuprofen", 200.0, "mg"),),
        ),
        Entry(timestamp=_at(START + timedelta(days=4), 10), nrs=3, night_pain=True),
    ]
    flags = [
        FlagRecord(_at(START + timedelta(days=3), 10), "PREG_NSAID", "gp", "NSAID in pregnancy"),
        FlagRecord(_at(START + timedelta(days=4), 10), "NIGHT_PAIN", "urgent", "Night pain"),
    ]
    report = make_report(entries, [], pregnancies=[pregnancy], flags=flags)
    pages = pdf_text(render(report), tmp_path)
    page1 = flat(pages[0])
    assert "NSAID in pregnancy: Ibuprofen, 1 entry, week 31" in page1
    assert "Ibuprofen (200 mg), NSAID: 1 entry" in page1
    assert "2 warnings (1 urgent, 1 gp)" in page1
    assert "URGENT Night pain: 1× (5 Jun 2026)" in page1
    assert "pregnant on 90 of 90 days, weeks 22–35" in page1
    full = flat(" ".join(pages[1:]))
    assert "2026-06-04 10:00 GP NSAID in pregnancy" in full
    assert "2026-06-05 10:00 URGENT Night pain" in full


@needs_pdftotext
def test_sections_can_be_chosen(diary: tuple[list[Entry], list[Entry]], tmp_path: Path) -> None:
    current, previous = diary
    only = make_report(current, previous, sections=("summary",))
    text = flat(" ".join(pdf_text(render(only), tmp_path)))
    assert "At a glance" in text and "Diary entries" not in text and "Pain per day" not in text
    charts = make_report(current, previous, sections=("charts",))
    assert charts.page_count == 1
    with pytest.raises(ValueError, match="unknown report section"):
        make_report(current, previous, sections=("summary", "appendix"))


def test_empty_period_still_makes_a_report() -> None:
    report = make_report([], [])
    assert report.summary.current.mean_nrs is None
    data = render(report)
    assert data.startswith(b"%PDF") and report.page_count == 3
    assert "no pain episodes recorded" in report.summary_text()


def test_pages_render_as_images_for_preview_and_printing(
    diary: tuple[list[Entry], list[Entry]],
) -> None:
    current, previous = diary
    report = make_report(current, previous)
    rgba, width, height = report.page_rgba(0, dpi=30)
    assert abs(width - 595.28 / 72 * 30) <= 1 and abs(height - 841.89 / 72 * 30) <= 1
    assert len(rgba) == width * height * 4

    def ink(first_row: int, last_row: int) -> int:
        rows = rgba[first_row * width * 4 : last_row * width * 4]
        return sum(1 for i in range(0, len(rows), 4) if rows[i] < 100)

    # The big bold title is at the top of page 1, the footer's small text at the bottom:
    # a page drawn upside down (y not flipped for a raster backend) fails this.
    top = ink(int(height * 0.04), int(height * 0.09))
    bottom = ink(int(height * 0.91), int(height * 0.96))
    assert top > 3 * max(bottom, 1)


def test_definitions_are_documented() -> None:
    assert summary_mod.DEFINITIONS
    doc = summary_mod.__doc__ or ""
    for term in ("Pain-free day", "Mean NRS", "clinically meaningful", "Episodes per week"):
        assert term in doc


def test_pregnancy_weeks_are_written_as_runs() -> None:
    assert weeks_text([31]) == "week 31"
    assert weeks_text([24, 22, 23, 23]) == "weeks 22–24"
    assert weeks_text([12, 20, 21, 22, 30]) == "weeks 12, 20–22, 30"


def test_nsaid_in_pregnancy_is_derived_from_the_recorded_pregnancy() -> None:
    # Entries whose pregnancy fields were not given by an import follow the recorded
    # pregnancies, as the diary derives them on save.
    pregnancy = Pregnancy(due_date=date(2026, 10, 1))  # LMP 25 Dec 2025
    entries = [
        Entry(timestamp=_at(START + timedelta(days=d), 9), nrs=5,
              medications=(Medication("Naproxen", 250.0, "mg"),))
        for d in (0, 7, 8, 21)
    ]  # fmt: skip
    explicit = Entry(
        timestamp=_at(START + timedelta(days=30), 9), nrs=5, pregnant=False,
        pregnancy_explicit=True, medications=(Medication("Naproxen", 250.0, "mg"),),
    )  # fmt: skip
    s = summarize([*entries, explicit], START, END, pregnancies=[pregnancy])
    (med,) = s.medications
    assert (med.entries, med.in_pregnancy, med.pregnancy_weeks) == (5, 4, (22, 23, 25))
    text = make_report([*entries, explicit], [], pregnancies=[pregnancy]).summary_text()
    assert "NSAID in pregnancy: Naproxen, 4 entries, weeks 22–23, 25" in text


def test_relief_without_a_rating_is_counted_as_not_rated() -> None:
    entries = [
        Entry(timestamp=_at(START, 9), nrs=4, relief=("heat",), relief_helped=ReliefHelped.YES),
        Entry(timestamp=_at(START, 15), nrs=4, relief=("heat",)),
    ]
    text = make_report(entries, []).summary_text()
    assert "heat helped 1 of 2 times (yes 1, somewhat 0, no 0, not rated 1)" in text


@needs_pdftotext
def test_empty_charts_say_why_and_a_long_name_leaves_room_for_the_page_number(
    tmp_path: Path,
) -> None:
    name = "Maximiliane Alexandra Konstanze von Hohenberg-Schwarzenstein zu Altenau"
    report = make_report([], [], profile=Profile(name=name))
    pages = [flat(p) for p in pdf_text(render(report), tmp_path)]
    charts = pages[report.first_page["charts"]]
    assert "No entries in this period." in charts
    assert charts.count("No pain episodes in this period.") == 2
    assert f"Name: {name}" in pages[0]
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in page
        assert f"{name[:47]}… · Back pain diary report · 1 Jun 2026" in page


def test_charts_are_vector_graphics(diary: tuple[list[Entry], list[Entry]]) -> None:
    current, previous = diary
    data = render(make_report(current, previous, sections=("charts",)))
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data  # no raster image
    content = b"".join(
        zlib.decompress(m.group(1))
        for m in re.finditer(rb"/FlateDecode[^>]*>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S)
    )
    assert content.count(b" re") + content.count(b" l\n") > 100  # bars and lines are paths
