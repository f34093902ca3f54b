"""The physiotherapist report: a multi-page A4 PDF built with matplotlib (headless, vector).

Sections (any of :data:`SECTIONS`, in this order):

* ``summary``: page 1, the numbers a clinician reads in a minute (see
  :mod:`backdiary.export.summary` for their exact definitions, which the page repeats in
  its small print), then the full list of red-flag warnings of the period;
* ``charts``: one page of vector charts (:mod:`backdiary.export.report_chart`);
* ``entries``: the diary as a table (date, time, NRS, duration, trigger, symptoms, notes).

Every page carries the period and "page N of M" in its footer. Text pages are laid out
by a small flow engine: text is measured with the same font matplotlib embeds (DejaVu
Sans, from matplotlib's own data, so the layout is identical on every machine), wrapped
to the column widths, and paginated; a table row longer than the rest of a page moves
to the next page (or, longer than a page, continues there) under a repeated header.
Notes and every other user text are drawn as plain text: mathtext is off for every text
(``parse_math=False``), nothing is interpreted or fetched.

No Qt here: the window shows :meth:`Report.summary_text` and page images from
:meth:`Report.page_rgba` (Agg), and prints those images.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any, cast

import matplotlib as mpl
from matplotlib import font_manager, ft2font
from matplotlib.artist import Artist
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import Transform

from backdiary import __version__
from backdiary.domain.medications import is_nsaid
from backdiary.domain.model import Entry, Pregnancy, Profile, Trigger
from backdiary.export.summary import (
    DEFINITIONS,
    URGENCY_ORDER,
    Count,
    FlagRecord,
    ReportSummary,
    summarize,
)

SECTIONS: tuple[str, ...] = ("summary", "charts", "entries")

# Page geometry, in points (1/72 inch): A4 portrait.
PAGE_W = 595.28
PAGE_H = 841.89
MARGIN_X = 42.0
MARGIN_TOP = 40.0
MARGIN_BOTTOM = 52.0
CONTENT_W = PAGE_W - 2 * MARGIN_X

TEXT = "#1A1A1A"
MUTED = "#555555"
RULE = "#BBBBBB"
RULE_LIGHT = "#E2E2E2"
SHADE = "#F2F2F2"
URGENCY_COLOR = {"emergency": "#B00020", "urgent": "#B34700", "gp": "#0B5394", "info": "#555555"}
#: Background of urgent and emergency rows in the full list of warnings.
URGENCY_TINT = {"emergency": "#F9DEDF", "urgent": "#FBE9DA"}
URGENCY_LABEL = {"emergency": "EMERGENCY", "urgent": "URGENT", "gp": "GP", "info": "INFO"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: matplotlib settings for every page: embedded TrueType (selectable, extractable text).
RC: dict[str, Any] = {
    "pdf.fonttype": 42,
    "font.family": "DejaVu Sans",
    "text.usetex": False,
    "axes.unicode_minus": True,
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")

BOOL_LABELS: dict[str, str] = {
    "saddle_numbness": "saddle numbness",
    "bladder_change": "bladder change",
    "bowel_change": "bowel change",
    "sexual_dysfunction_new": "new sexual dysfunction",
    "fever": "fever",
    "weight_loss_unexplained": "unexplained weight loss",
    "night_pain": "night pain",
    "chest_pain": "chest pain",
    "back_lump_or_deformity": "back lump or deformity",
    "diarrhea": "diarrhoea",
    "fluid_leak": "fluid leak",
    "pelvic_pressure": "pelvic pressure",
    "shoulder_tip_pain": "shoulder-tip pain",
    "one_sided_lower_abdominal_pain": "one-sided lower abdominal pain",
    "dizzy_or_faint": "dizzy or faint",
    "reduced_fetal_movements": "reduced fetal movements",
}
_SPECIAL_LABELS = {
    "accident_minor": "minor accident",
    "accident_major": "major accident",
    "none": "none",
}


# --------------------------------------------------------------------------- formatting
def label(value: str) -> str:
    """A stored word or tag as readable text (``prolonged_sitting`` → ``prolonged sitting``)."""
    return _SPECIAL_LABELS.get(value, value.replace("_", " "))


NBSP = "\u00a0"


def fmt_day(day: date) -> str:
    """``24 Nov 2026`` (independent of the process locale; never broken across lines)."""
    return f"{day.day}{NBSP}{MONTHS[day.month - 1]}{NBSP}{day.year}"


def fmt_period(start: date, end: date) -> str:
    """``28 Aug 2026 – 25 Nov 2026 (90 days)``."""
    days = (end - start).days + 1
    return f"{fmt_day(start)} – {fmt_day(end)} ({days} day{'s' if days != 1 else ''})"


def fmt_minutes(minutes: float) -> str:
    """A duration: ``45 min``, ``1 h 30 min``, ``2 d 3 h``."""
    total = round(minutes)
    if minutes < 1:
        return f"{round(minutes * 60)} s" if minutes > 0 else "0 min"
    if total < 60:
        return f"{total} min"
    if total < 24 * 60:
        h, m = divmod(total, 60)
        return f"{h} h {m} min" if m else f"{h} h"
    d, rest = divmod(total, 24 * 60)
    h = rest // 60
    return f"{d} d {h} h" if h else f"{d} d"


def table_minutes(minutes: float) -> str:
    """A duration for the table: minutes up to 10 hours (``102 min``), then hours and days."""
    if 1 <= minutes < 600:
        return f"{round(minutes)} min"
    return fmt_minutes(minutes)


def fmt_signed(value: float, digits: int = 1) -> str:
    """``+1.2`` / ``-0.8`` / ``0.0``."""
    text = f"{value:+.{digits}f}"
    return text.replace("+0.0", "0.0").replace("-0.0", "0.0") if digits == 1 else text


def weeks_text(weeks: Sequence[int]) -> str:
    """Pregnancy weeks with runs joined: ``week 31``, ``weeks 22–33``, ``weeks 12, 20–22``."""
    ordered = sorted(set(weeks))
    runs: list[list[int]] = []
    for w in ordered:
        if runs and w == runs[-1][-1] + 1:
            runs[-1].append(w)
        else:
            runs.append([w])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return ("week " if len(ordered) == 1 else "weeks ") + ", ".join(parts)


def _counts_text(counts: Sequence[Count], limit: int = 6) -> str:
    if not counts:
        return "none recorded"
    parts = [
        f"{label(c.label)} {c.count}{NBSP}({c.share * 100:.0f}{NBSP}%)" for c in counts[:limit]
    ]
    if len(counts) > limit:
        parts.append(f"{len(counts) - limit} more")
    return ", ".join(parts)


def clean_text(text: str) -> str:
    """User text as printable plain text: tabs to spaces, control characters removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))


# --------------------------------------------------------------------------- measuring
class TextMeasure:
    """Widths of text in DejaVu Sans (the font the PDF embeds), in points."""

    _REF = 100.0

    def __init__(self) -> None:
        self._fonts: dict[bool, Any] = {}
        self._advances: dict[bool, dict[str, float]] = {False: {}, True: {}}
        for bold in (False, True):
            props = font_manager.FontProperties(
                family="DejaVu Sans", weight="bold" if bold else "normal"
            )
            font = ft2font.FT2Font(font_manager.findfont(props, fallback_to_default=True))
            font.set_size(self._REF, 72)
            self._fonts[bold] = font

    def _advance(self, ch: str, bold: bool) -> float:
        table = self._advances[bold]
        width = table.get(ch)
        if width is None:
            glyph = self._fonts[bold].load_char(ord(ch), flags=ft2font.LoadFlags.NO_HINTING)
            width = glyph.linearHoriAdvance / 65536 / self._REF
            table[ch] = width
        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The advance width of ``text`` at ``size`` points."""
        return sum(self._advance(ch, bold) for ch in text) * size * 1.01

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Lines of at most ``width`` points; words longer than a line are split."""
        lines: list[str] = []
        space = self.width(" ", size, bold)
        for para in clean_text(text).split("\n"):
            words = [w for w in para.split(" ") if w]  # no-break spaces keep words together
            if not words:
                lines.append("")
                continue
            current = ""
            current_w = 0.0
            for word in words:
                w = self.width(word, size, bold)
                if current and current_w + space + w <= width:
                    current += " " + word
                    current_w += space + w
                    continue
                if current:
                    lines.append(current)
                while w > width:
                    cut = self._fit(word, width, size, bold)
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = self.width(word, size, bold)
                current, current_w = word, w
            lines.append(current)
        while len(lines) > 1 and lines[-1] == "":
            lines.pop()
        return lines or [""]

    def _fit(self, word: str, width: float, size: float, bold: bool) -> int:
        total = 0.0
        for i, ch in enumerate(word):
            total += self._advance(ch, bold) * size * 1.01
            if total > width:
                return max(i, 1)
        return len(word)


_MEASURE: TextMeasure | None = None


def measure() -> TextMeasure:
    """The shared :class:`TextMeasure` (fonts are loaded once)."""
    global _MEASURE
    if _MEASURE is None:
        _MEASURE = TextMeasure()
    return _MEASURE


class TextLines(Artist):
    """Many single-line texts drawn straight by the renderer at known baselines.

    Laid-out report text needs no alignment or wrapping from matplotlib, so this skips
    :class:`matplotlib.text.Text`'s per-string layout: one artist per page, about twice
    as fast for table pages. Text is never parsed as mathtext.

    Args:
        transform: figure-fraction to display coordinates (``fig.transFigure``).
        items: (x, baseline y, text, style), x and y in figure fractions.
    """

    def __init__(self, transform: Transform, items: Sequence[tuple[float, float, str, Style]]):
        super().__init__()
        self.set_zorder(5)
        self._to_display = transform
        self._items = list(items)

    def draw(self, renderer: RendererBase) -> None:
        """Draw every text line."""
        if not self.get_visible():
            return
        gc = renderer.new_gc()
        flip = renderer.flipy()  # raster backends count y from the top
        _, canvas_height = renderer.get_canvas_width_height()
        props: dict[tuple[float, bool], FontProperties] = {}
        renderer.open_group("report-text", gid=None)
        for fx, fy, text, style in self._items:
            if not text:
                continue
            key = (style.size, style.bold)
            prop = props.get(key)
            if prop is None:
                prop = FontProperties(
                    family="DejaVu Sans", size=style.size, weight="bold" if style.bold else "normal"
                )
                props[key] = prop
            x, y = self._to_display.transform((fx, fy))
            if flip:
                y = canvas_height - y
            gc.set_foreground(style.color)
            renderer.draw_text(gc, float(x), float(y), text, prop, 0.0, ismath=False)
        renderer.close_group("report-text")
        gc.restore()
        self.stale = False


# --------------------------------------------------------------------------- layout model
@dataclass(frozen=True, slots=True)
class Style:
    """Font size (points), weight and colour of a text."""

    size: float = 9.0
    bold: bool = False
    color: str = TEXT


TITLE = Style(17, True)
HEADING = Style(11, True)
BODY = Style(9)
BODY_BOLD = Style(9, True)
LABEL = Style(9, True, "#333333")
SMALL = Style(7, False, MUTED)
SMALL_BOLD = Style(7.5, True, MUTED)
TABLE = Style(7.5)
TABLE_MUTED = Style(7.5, False, MUTED)
TABLE_BOLD = Style(7.5, True)
TABLE_HEAD = Style(7.5, True, "#333333")


@dataclass(frozen=True, slots=True)
class Cell:
    """One text on a line: left edge (or right edge when ``right``) in points from the margin."""

    x: float
    text: str
    style: Style
    right: bool = False


@dataclass(slots=True)
class Line:
    """One line of a text page."""

    height: float
    cells: list[Cell] = field(default_factory=list)
    rule_below: str | None = None
    fill: str | None = None
    x0: float = 0.0
    width: float = 0.0


@dataclass(slots=True)
class TextPage:
    """A laid-out text page: lines with their top positions (points from the page top)."""

    section: str
    lines: list[tuple[float, Line]] = field(default_factory=list)


@dataclass(slots=True)
class ChartPage:
    """The chart page."""

    section: str = "charts"


Page = TextPage | ChartPage


def line_height(style: Style, factor: float = 1.32) -> float:
    """The height of one line of text in ``style``."""
    return style.size * factor


class Flow:
    """Places lines top to bottom, starting new pages (with repeated header lines) as needed."""

    def __init__(self, section: str) -> None:
        self.section = section
        self.pages: list[TextPage] = []
        self.repeat: list[Line] = []
        self.top = MARGIN_TOP
        self.bottom = PAGE_H - MARGIN_BOTTOM
        self._fresh = True
        self.new_page()

    @property
    def room(self) -> float:
        """Points left on the current page."""
        return self.bottom - self.y

    def new_page(self) -> None:
        """Start a page; the header lines in :attr:`repeat` come first."""
        self.pages.append(TextPage(self.section))
        self.y = self.top
        for line in self.repeat:
            self._place(line)
        self._fresh = True

    def _place(self, line: Line) -> None:
        self.pages[-1].lines.append((self.y, line))
        self.y += line.height

    def add(self, lines: Sequence[Line], keep_together: bool = True, keep_after: float = 0) -> None:
        """Place ``lines``; move them to a new page first when they would be split needlessly.

        Args:
            lines: the lines (a paragraph, a table row, a heading…).
            keep_together: move the block to the next page when it does not fit here but
                would fit on an empty page.
            keep_after: also require this much room after the block (keeps a heading
                with what follows).
        """
        total = sum(line.height for line in lines)
        capacity = self.bottom - self.top - sum(line.height for line in self.repeat)
        if (
            keep_together
            and not self._fresh
            and total + keep_after > self.room
            and total <= capacity
        ):
            self.new_page()
        for line in lines:
            if line.height > self.room and not self._fresh:
                self.new_page()
            self._place(line)
            self._fresh = False

    def space(self, height: float) -> None:
        """Vertical space (dropped at the top of a page)."""
        if not self._fresh and height < self.room:
            self.y += height


def text_lines(
    text: str, style: Style, x: float = 0.0, width: float = CONTENT_W, factor: float = 1.32
) -> list[Line]:
    """A wrapped paragraph as lines."""
    h = line_height(style, factor)
    return [
        Line(h, [Cell(x, t, style)])
        for t in measure().wrap(text, width - x, style.size, style.bold)
    ]


# --------------------------------------------------------------------------- input and report
@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything a report is made from (plain domain values, so it is testable headless).

    Attributes:
        entries: the period's entries (others are ignored).
        start: first day of the period.
        end: last day of the period.
        previous_entries: the entries of the previous period of the same length.
        profile: the profile (its optional name is printed).
        pregnancies: the recorded pregnancies.
        flags: the red-flag warnings of the period's entries.
        diary_start: the date of the diary's first entry.
        created: when the report is made (defaults to now).
        sections: which sections, any of :data:`SECTIONS`.
    """

    entries: Sequence[Entry]
    start: date
    end: date
    previous_entries: Sequence[Entry] = ()
    profile: Profile = field(default_factory=Profile)
    pregnancies: Sequence[Pregnancy] = ()
    flags: Sequence[FlagRecord] = ()
    diary_start: date | None = None
    created: datetime | None = None
    sections: tuple[str, ...] = SECTIONS


class Report:
    """A laid-out report: page count known, pages drawn on demand.

    Args:
        data: what the report is made from.
    """

    def __init__(self, data: ReportInput) -> None:
        unknown = [s for s in data.sections if s not in SECTIONS]
        if unknown:
            raise ValueError(f"unknown report section(s): {', '.join(unknown)}")
        if not data.sections:
            raise ValueError("choose at least one section: " + ", ".join(SECTIONS))
        self.data = data
        self.flag_list_page: int | None = None
        self._flags_start = 0
        self.created = data.created or datetime.now()
        self.entries = [e for e in data.entries if data.start <= e.local_date <= data.end]
        self.entries.sort(key=lambda e: e.instant)
        self.summary: ReportSummary = summarize(
            self.entries,
            data.start,
            data.end,
            previous_entries=data.previous_entries,
            profile=data.profile,
            pregnancies=data.pregnancies,
            flags=data.flags,
            diary_start=data.diary_start,
            as_of=self.created.date(),
        )
        self.pages: list[Page] = []
        self.first_page: dict[str, int] = {}
        for section in SECTIONS:
            if section not in data.sections:
                continue
            self.first_page[section] = len(self.pages)
            if section == "summary":
                self.pages.extend(self._layout_summary())
            elif section == "charts":
                self.pages.append(ChartPage())
            else:
                self.pages.extend(self._layout_entries())

    # ------------------------------------------------------------------ public API
    @property
    def page_count(self) -> int:
        """How many pages the PDF has."""
        return len(self.pages)

    def section_pages(self) -> dict[str, int]:
        """How many pages each section takes."""
        counts: dict[str, int] = {}
        for page in self.pages:
            counts[page.section] = counts.get(page.section, 0) + 1
        return counts

    def figure(self, index: int) -> Figure:
        """Draw page ``index`` (0-based) as a new Figure."""
        with _rc():
            fig = Figure(figsize=(PAGE_W / 72, PAGE_H / 72), dpi=72)
            page = self.pages[index]
            if isinstance(page, ChartPage):
                self._draw_chart_page(fig)
            else:
                self._draw_text_page(fig, page)
            self._draw_footer(fig, index)
        return fig

    def figures(self) -> Iterator[Figure]:
        """Every page in order."""
        for i in range(self.page_count):
            yield self.figure(i)

    def write_pdf(self, out: IO[bytes]) -> None:
        """Write the whole report as PDF to a binary stream."""
        metadata = {
            "Title": "Back pain diary report",
            "Subject": fmt_period(self.data.start, self.data.end),
            "Creator": f"backdiary {__version__}",
        }
        with _rc(), _quiet(), PdfPages(out, metadata=metadata) as pdf:
            for fig in self.figures():
                pdf.savefig(fig)

    def page_rgba(self, index: int, dpi: float = 100) -> tuple[bytes, int, int]:
        """Page ``index`` rendered by Agg: (RGBA bytes, width, height) for previews and printing."""
        fig = self.figure(index)
        with _rc(), _quiet():
            fig.set_dpi(dpi)
            canvas = FigureCanvasAgg(fig)
            canvas.draw()  # type: ignore[no-untyped-call]
            width, height = canvas.get_width_height()
            return bytes(canvas.buffer_rgba()), width, height  # type: ignore[no-untyped-call]

    def summary_text(self) -> str:
        """The summary as plain text (the window's preview)."""
        out: list[str] = []
        for kind, a, b in self._summary_items():
            if kind in ("title", "sub"):
                out.append(a)
            elif kind == "heading":
                out.extend(["", a.upper()])
            elif kind == "kv":
                out.append(f"{a}: {b}")
            elif kind in ("alert", "para"):
                out.append(f"  {a}")
            elif kind == "flag":
                out.append(f"  {a}  {b}")
        out.append("")
        out.append(f"The PDF has {self.page_count} page{'s' if self.page_count != 1 else ''}.")
        return "\n".join(out)

    # ------------------------------------------------------------------ summary section
    def _summary_items(self) -> list[tuple[str, str, str]]:
        s = self.summary
        cur = s.current
        items: list[tuple[str, str, str]] = [("title", "Back pain diary report", "")]
        if s.name:
            items.append(("sub", f"Name: {s.name}", ""))
        items.append(("sub", f"Period: {fmt_period(cur.start, cur.end)}", ""))
        if s.previous is not None:
            items.append(
                ("sub", f"Compared with the previous period: "
                 f"{fmt_period(s.previous.start, s.previous.end)}", "")
            )  # fmt: skip
        items.append(
            ("sub", f"Made on {fmt_day(self.created.date())} by backdiary {__version__} from "
             "the patient's own diary entries (self-reported).", "")
        )  # fmt: skip
        items.append(("heading", "At a glance", ""))
        items.append(
            ("kv", "Entries",
             f"{cur.entries}: {cur.episodes} pain episodes, {cur.check_ins} pain-free check-ins")
        )  # fmt: skip
        items.append(
            ("kv", "Days",
             f"{cur.pain_days} with pain, {cur.pain_free_days} pain-free, "
             f"{cur.unrecorded_days} without records (of {cur.days})")
        )  # fmt: skip
        if cur.mean_nrs is None:
            items.append(("kv", "Mean NRS", "no pain episodes recorded"))
        else:
            items.append(("kv", "Mean NRS", f"{cur.mean_nrs:.1f}"))
        if s.change is not None:
            ch = s.change
            verdict = (
                f"clinically meaningful {'worsening' if ch.points > 0 else 'improvement'}"
                if ch.meaningful
                else "not clinically meaningful"
            )
            items.append(
                ("kv", "Change",
                 f"{fmt_signed(ch.points)} points ({fmt_signed(ch.percent, 0)}{NBSP}%) against "
                 f"{ch.previous_mean:.1f} in the previous period: {verdict}")
            )  # fmt: skip
            if ch.meaningful:
                kind = "worsening" if ch.points > 0 else "improvement"
                items.append(
                    ("alert", f"Clinically meaningful {kind} (change ≥ 2 points or ≥ 30 %)",
                     "worse" if ch.points > 0 else "better")
                )  # fmt: skip
        elif s.previous is None:
            items.append(("kv", "Change", "no comparison: the diary began within this period"))
        else:
            items.append(("kv", "Change", "no comparison: no pain episodes in the previous period"))
        if cur.worst_nrs is not None and cur.worst_day is not None:
            items.append(
                ("kv", "Worst NRS", f"{cur.worst_nrs} (first on {fmt_day(cur.worst_day)})")
            )
        else:
            items.append(("kv", "Worst NRS", "–"))
        per_week = "–" if cur.episodes_per_week is None else f"{cur.episodes_per_week:.1f}"
        if s.previous is not None and s.previous.episodes_per_week is not None:
            per_week += f" (previous period {s.previous.episodes_per_week:.1f})"
        if cur.observed_days and cur.observed_days != cur.days:
            per_week += f", over {cur.observed_days} observed days"
        items.append(("kv", "Episodes per week", per_week))
        if cur.median_duration_min is None:
            items.append(("kv", "Median duration", "no durations recorded"))
        else:
            items.append(
                ("kv", "Median duration",
                 f"{fmt_minutes(cur.median_duration_min)} ({cur.durations} of {cur.episodes} "
                 "episodes have a duration)")
            )  # fmt: skip
        items.append(("kv", "Pregnancy", self._pregnancy_text()))
        items.append(("heading", "Pattern", ""))
        triggers = tuple(c for c in s.triggers if c.label != Trigger.NONE.value)
        items.append(("kv", "Triggers", _counts_text(triggers)))
        items.append(("kv", "Aggravating factors", _counts_text(s.factors)))
        items.append(("kv", "Where it hurts", _counts_text(s.locations)))
        items.append(("kv", "What it felt like", _counts_text(s.qualities)))
        items.append(("kv", "Relief that helped", self._relief_text()))
        items.append(("kv", "Medications", self._medication_text()))
        for med in s.medications:
            if med.in_pregnancy:
                weeks = ""
                if med.pregnancy_weeks:
                    weeks = ", " + weeks_text(med.pregnancy_weeks)
                items.append(
                    ("alert", f"NSAID in pregnancy: {med.name}, {med.in_pregnancy} "
                     f"entr{'ies' if med.in_pregnancy != 1 else 'y'}{weeks}", "worse")
                )  # fmt: skip
        if s.nsaid_unnamed_in_pregnancy:
            items.append(
                ("alert", f"NSAID in pregnancy (medicine not named): "
                 f"{s.nsaid_unnamed_in_pregnancy} entries", "worse")
            )  # fmt: skip
        items.append(("heading", "Red flags", ""))
        counts = s.flag_counts
        if not s.flags:
            items.append(("para", "No red-flag warnings were recorded in this period.", ""))
        else:
            total = sum(counts.values())
            parts = ", ".join(f"{n} {u}" for u, n in counts.items())
            where = ""
            if self.flag_list_page is not None:
                where = f"; every one is listed with its date on page {self.flag_list_page + 1}"
            items.append(
                ("para", f"{total} warning{'s' if total != 1 else ''} ({parts}){where}.", "")
            )
            for urgency, title, text in self._flag_groups():
                items.append(
                    ("flag", f"{URGENCY_LABEL.get(urgency, urgency.upper())}", f"{title}: {text}")
                )
        return items

    def _pregnancy_text(self) -> str:
        p = self.summary.pregnancy
        if p is None:
            return "not pregnant in this period (no pregnancy recorded)"
        if p.first_week is None or p.last_week is None:
            weeks = "week unknown"
        elif p.first_week == p.last_week:
            weeks = f"week {p.first_week}"
        else:
            weeks = f"weeks {p.first_week}–{p.last_week}"
        text = f"pregnant on {p.days} of {self.summary.current.days} days, {weeks}"
        if p.ended_on is not None:
            text += f"; pregnancy ended {fmt_day(p.ended_on)}"
        return text

    def _relief_text(self) -> str:
        relief = self.summary.relief
        if not relief:
            return "none recorded"
        parts = []
        for r in relief[:6]:
            unrated = r.tried - r.helped - r.somewhat - r.not_helped
            parts.append(
                f"{label(r.label)} helped {r.helped_any} of {r.tried} times "
                f"(yes {r.helped}, somewhat {r.somewhat}, no {r.not_helped}"
                + (f", not rated {unrated})" if unrated else ")")
            )
        if len(relief) > 6:
            parts.append(f"{len(relief) - 6} more")
        return "; ".join(parts)

    def _medication_text(self) -> str:
        meds = self.summary.medications
        if not meds:
            return "none recorded"
        parts = []
        for m in meds[:8]:
            dose = f" ({', '.join(m.doses[:3])})" if m.doses else ""
            nsaid = ", NSAID" if m.nsaid else ""
            parts.append(
                f"{m.name}{dose}{nsaid}: {m.entries} entr{'ies' if m.entries != 1 else 'y'}"
            )
        if len(meds) > 8:
            parts.append(f"{len(meds) - 8} more")
        return "; ".join(parts)

    def _flag_groups(self) -> list[tuple[str, str, str]]:
        groups: dict[tuple[str, str], list[FlagRecord]] = {}
        for f in self.summary.flags:
            groups.setdefault((f.urgency, f.title), []).append(f)
        order = {u: i for i, u in enumerate(URGENCY_ORDER)}
        out = []
        for (urgency, title), found in sorted(
            groups.items(), key=lambda kv: (order.get(kv[0][0], 9), -len(kv[1]), kv[0][1])
        ):
            days = sorted({f.when.date() for f in found})
            if urgency in ("urgent", "emergency") and len(days) <= 6:
                when = ", ".join(fmt_day(d) for d in days)
            elif len(days) == 1:
                when = fmt_day(days[0])
            else:
                when = f"{fmt_day(days[0])} to {fmt_day(days[-1])}"
            out.append((urgency, title, f"{len(found)}× ({when})"))
        return out

    def _layout_summary(self) -> list[TextPage]:
        # The page of the full flag list is only known after laying out: lay out twice.
        self.flag_list_page = None
        pages = self._layout_summary_once()
        if self.summary.flags:
            self.flag_list_page = self._flags_start
            pages = self._layout_summary_once()
            self.flag_list_page = self._flags_start
        return pages

    def _layout_summary_once(self) -> list[TextPage]:
        flow = Flow("summary")
        label_w = 118.0
        value_x = label_w + 6
        for kind, a, b in self._summary_items():
            if kind == "title":
                flow.add([Line(26, [Cell(0, a, TITLE)])])
            elif kind == "sub":
                flow.add(text_lines(a, Style(9, False, "#333333"), factor=1.3))
            elif kind == "heading":
                flow.space(7)
                flow.add(
                    [Line(line_height(HEADING, 1.45), [Cell(0, a, HEADING)], rule_below=RULE)],
                    keep_after=30,
                )
                flow.space(3)
            elif kind == "kv":
                wrapped = measure().wrap(b, CONTENT_W - value_x, BODY.size)
                h = line_height(BODY, 1.3)
                lines = [Line(h, [Cell(0, a, LABEL), Cell(value_x, wrapped[0], BODY)])]
                lines += [Line(h, [Cell(value_x, t, BODY)]) for t in wrapped[1:]]
                lines[-1].height += 2
                flow.add(lines)
            elif kind == "alert":
                color = URGENCY_COLOR["emergency"] if b == "worse" else "#1B6E3A"
                flow.add(text_lines(a, Style(9, True, color), x=value_x))
            elif kind == "para":
                flow.add(text_lines(a, BODY))
                flow.space(2)
            elif kind == "flag":
                tag_style = Style(8, True, URGENCY_COLOR.get(a.lower(), MUTED))
                wrapped = measure().wrap(b, CONTENT_W - 70, 8.5)
                h = line_height(Style(8.5), 1.3)
                lines = [Line(h, [Cell(8, a, tag_style), Cell(70, wrapped[0], Style(8.5))])]
                lines += [Line(h, [Cell(70, t, Style(8.5))]) for t in wrapped[1:]]
                flow.add(lines)
        flow.space(8)
        small = [
            "How the numbers are defined",
            *DEFINITIONS,
            "This report summarises what the patient recorded in backdiary; it is not a "
            "diagnosis. Warnings follow published guidance (NHS, NICE) and mean “get this "
            "checked”, not that something is wrong.",
        ]
        block: list[Line] = [
            Line(
                line_height(SMALL_BOLD, 1.5), [Cell(0, small[0], SMALL_BOLD)], rule_below=RULE_LIGHT
            )
        ]
        for text in small[1:]:
            block += text_lines("• " + text, SMALL, factor=1.3)
        flow.add(block[:3], keep_together=True)
        flow.add(block[3:], keep_together=False)
        self._flags_start = len(flow.pages) - 1
        if self.summary.flags:
            self._layout_flag_list(flow)
        return flow.pages

    def _layout_flag_list(self, flow: Flow) -> None:
        """Every warning in time order (one row per rule, urgency and day)."""
        rows: list[tuple[date, list[FlagRecord]]] = []
        index: dict[tuple[date, str, str], int] = {}
        for f in self.summary.flags:
            key = (f.when.date(), f.rule, f.urgency)
            if key in index:
                rows[index[key]][1].append(f)
            else:
                index[key] = len(rows)
                rows.append((key[0], [f]))
        flow.new_page()
        self._flags_start = len(flow.pages) - 1
        flow.add([Line(line_height(HEADING, 1.6), [Cell(0, "Red flags: every warning", HEADING)])])
        flow.add(
            text_lines(
                "In time order, with the urgency the app gave (info < gp < urgent < emergency) "
                "and the warning's title; the same warning on the same day is one row, with the "
                "times of its entries. The app showed its advice to the patient when the entry "
                "was saved.",
                SMALL, factor=1.3,
            )
        )  # fmt: skip
        flow.space(4)
        cols = (0.0, 52.0, 150.0, 212.0)
        names = ("Date", "Time of entry", "Urgency", "Warning")
        head = Line(
            line_height(TABLE_HEAD, 1.6),
            [Cell(c, n, TABLE_HEAD) for c, n in zip(cols, names, strict=True)],
            rule_below=RULE,
            fill=SHADE,
        )
        flow.add([head])
        flow.repeat = [head]
        h = line_height(TABLE, 1.3)
        m = measure()
        for day, found in rows:
            first = found[0]
            times = ", ".join(sorted({f.when.strftime("%H:%M") for f in found}))
            title = first.title + (f" ({len(found)}×)" if len(found) > 1 else "")
            color = URGENCY_COLOR.get(first.urgency, MUTED)
            time_lines = m.wrap(times, cols[2] - cols[1] - 6, TABLE.size)
            title_lines = m.wrap(title, CONTENT_W - cols[3], TABLE.size)
            lines = []
            for k in range(max(len(time_lines), len(title_lines))):
                cells = []
                if k == 0:
                    cells.append(Cell(cols[0], day.isoformat(), TABLE))
                    urgency = URGENCY_LABEL.get(first.urgency, first.urgency)
                    cells.append(Cell(cols[2], urgency, Style(7.5, True, color)))
                if k < len(time_lines):
                    cells.append(Cell(cols[1], time_lines[k], TABLE))
                if k < len(title_lines):
                    cells.append(Cell(cols[3], title_lines[k], TABLE))
                tint = URGENCY_TINT.get(first.urgency)
                lines.append(Line(h, cells, fill=tint))
            lines[-1].rule_below = RULE_LIGHT
            flow.add(lines)
        flow.repeat = []

    # ------------------------------------------------------------------ entries section
    def _table_columns(self) -> list[tuple[str, float, float]]:
        """(name, x, width) of the entries table; notes get the width their texts need."""
        m = measure()
        fixed = [("Date", 50.0), ("Time", 27.0), ("NRS", 20.0), ("Duration", 42.0),
                 ("Trigger, onset", 66.0)]  # fmt: skip
        widths = sorted(
            m.width(line, TABLE.size)
            for e in self.entries
            if e.notes.strip()
            for line in clean_text(e.notes).split("\n")
        )
        rest = CONTENT_W - sum(w for _, w in fixed)
        with_notes = sum(1 for e in self.entries if e.notes.strip())
        if widths and with_notes >= 0.3 * len(self.entries):
            median = widths[len(widths) // 2] + 6
            notes_w = min(max(median, 100.0), rest * 0.5)
        else:
            notes_w = 100.0 if widths else 80.0
        columns: list[tuple[str, float, float]] = []
        x = 0.0
        for name, w in [
            *fixed,
            ("Symptoms, medicines, relief", rest - notes_w),
            ("Notes", notes_w),
        ]:
            columns.append((name, x, w))
            x += w
        return columns

    def _layout_entries(self) -> list[TextPage]:
        flow = Flow("entries")
        flow.add([Line(line_height(HEADING, 1.6), [Cell(0, "Diary entries", HEADING)])])
        n = len(self.entries)
        flow.add(
            text_lines(
                f"{n} entr{'ies' if n != 1 else 'y'} in time order, local time. NRS 0 rows are "
                "pain-free check-ins. Notes are printed as the patient wrote them.",
                SMALL, factor=1.3,
            )
        )  # fmt: skip
        flow.space(4)
        columns = self._table_columns()
        head = Line(
            line_height(TABLE_HEAD, 1.6),
            [Cell(x, name, TABLE_HEAD) for name, x, _ in columns],
            rule_below=RULE,
            fill=SHADE,
        )
        flow.add([head])
        flow.repeat = [head]
        h = line_height(TABLE, 1.28)
        m = measure()
        serious: dict[datetime, list[str]] = {}
        for f in self.summary.flags:
            if f.urgency in ("urgent", "emergency"):
                serious.setdefault(f.when, []).append(f"{f.urgency.upper()} warning: {f.title}")
        previous_day: date | None = None
        if not self.entries:
            flow.add(text_lines("No entries in this period.", TABLE_MUTED))
        for e in self.entries:
            base = TABLE_MUTED if e.nrs == 0 else TABLE
            texts = [
                e.local_date.isoformat(),
                e.local_time.strftime("%H:%M"),
                str(e.nrs),
                "" if e.episode_duration_min is None else table_minutes(e.episode_duration_min),
                self._trigger_text(e),
                "; ".join([entry_details(e), *serious.get(e.timestamp, [])]),
                clean_text(e.notes),
            ]
            styles = [base] * len(texts)
            styles[2] = TABLE_BOLD if e.nrs >= 7 else base
            wrapped = [[t] for t in texts[:3]] + [
                m.wrap(t, columns[i][2] - 5, styles[i].size, styles[i].bold)
                for i, t in enumerate(texts)
                if i >= 3
            ]
            rows = max(len(c) for c in wrapped)
            lines: list[Line] = []
            for k in range(rows):
                cells = [
                    Cell(columns[i][1], col[k], styles[i])
                    for i, col in enumerate(wrapped)
                    if k < len(col) and col[k]
                ]
                lines.append(Line(h, cells))
            lines[0].height += 1.2
            lines[-1].height += 1.2
            lines[-1].rule_below = RULE_LIGHT
            if previous_day is not None and previous_day != e.local_date and flow.pages[-1].lines:
                last = flow.pages[-1].lines[-1][1]
                if last.rule_below == RULE_LIGHT:
                    last.rule_below = RULE
            previous_day = e.local_date
            flow.add(lines, keep_together=True)
        flow.repeat = []
        return flow.pages

    @staticmethod
    def _trigger_text(e: Entry) -> str:
        if e.nrs == 0:
            return ""
        parts = [label(e.trigger.value)] if e.trigger != Trigger.NONE else []
        if e.onset is not None:
            parts.append(e.onset.value)
        return ", ".join(parts)

    # ------------------------------------------------------------------ drawing
    def _draw_text_page(self, fig: Figure, page: TextPage) -> None:
        items: list[tuple[float, float, str, Style]] = []
        for top, line in page.lines:
            if line.fill:
                fig.patches.append(
                    Rectangle(
                        ((MARGIN_X + line.x0) / PAGE_W, 1 - (top + line.height) / PAGE_H),
                        (line.width or CONTENT_W) / PAGE_W,
                        line.height / PAGE_H,
                        transform=fig.transFigure,
                        facecolor=line.fill,
                        edgecolor="none",
                        zorder=0,
                    )
                )
            for cell in line.cells:
                baseline = (
                    top + line.height - (line.height - cell.style.size) * 0.55
                    - cell.style.size * 0.22
                )  # fmt: skip
                items.append(
                    ((MARGIN_X + cell.x) / PAGE_W, 1 - baseline / PAGE_H, cell.text, cell.style)
                )
            if line.rule_below:
                y = 1 - (top + line.height) / PAGE_H
                x0 = MARGIN_X + line.x0
                fig.lines.append(
                    Line2D(
                        [x0 / PAGE_W, (x0 + (line.width or CONTENT_W)) / PAGE_W],
                        [y, y],
                        transform=fig.transFigure,
                        color=line.rule_below,
                        linewidth=0.5,
                    )
                )
        fig.add_artist(TextLines(fig.transFigure, items))

    def _draw_chart_page(self, fig: Figure) -> None:
        from backdiary.export.report_chart import draw_charts  # noqa: PLC0415

        fig.text(
            MARGIN_X / PAGE_W, 1 - (MARGIN_TOP + 14) / PAGE_H, "Charts",
            fontsize=HEADING.size, fontweight="bold", color=TEXT, parse_math=False,
        )  # fmt: skip
        fig.text(
            MARGIN_X / PAGE_W, 1 - (MARGIN_TOP + 27) / PAGE_H,
            f"{fmt_period(self.data.start, self.data.end)}. NRS 0 = no pain, 10 = worst "
            "imaginable. Episodes = entries with NRS ≥ 1.",
            fontsize=SMALL.size, color=MUTED, parse_math=False,
        )  # fmt: skip
        draw_charts(
            fig,
            (
                (MARGIN_X + 26) / PAGE_W,
                (MARGIN_BOTTOM + 40) / PAGE_H,
                1 - (MARGIN_X + 4) / PAGE_W,
                1 - (MARGIN_TOP + 60) / PAGE_H,
            ),
            self.entries,
            self.data.start,
            self.data.end,
            self.data.pregnancies,
            self.summary.flags,
        )

    def _draw_footer(self, fig: Figure, index: int) -> None:
        y_rule = (MARGIN_BOTTOM - 14) / PAGE_H
        fig.lines.append(
            Line2D(
                [MARGIN_X / PAGE_W, (MARGIN_X + CONTENT_W) / PAGE_W],
                [y_rule, y_rule],
                transform=fig.transFigure,
                color=RULE,
                linewidth=0.5,
            )
        )
        name = " ".join(self.summary.name.split())
        if len(name) > 48:  # keep clear of "Page N of M"
            name = name[:47].rstrip() + "…"
        who = f"{name} · " if name else ""
        left = f"{who}Back pain diary report · {fmt_period(self.data.start, self.data.end)}"
        y = (MARGIN_BOTTOM - 26) / PAGE_H
        fig.text(MARGIN_X / PAGE_W, y, left, fontsize=7, color=MUTED, parse_math=False)
        fig.text(
            (MARGIN_X + CONTENT_W) / PAGE_W, y, f"Page {index + 1} of {self.page_count}",
            fontsize=7, color=MUTED, ha="right", parse_math=False,
        )  # fmt: skip


def entry_details(e: Entry) -> str:
    """The symptoms, medicines and relief of an entry in one short text (for the table)."""
    if e.nrs == 0:
        parts = ["pain-free check-in"]
    else:
        parts = []
        if e.pain_locations:
            parts.append(", ".join(label(v.value) for v in sorted(e.pain_locations)))
        if e.pain_qualities:
            parts.append(", ".join(label(v.value) for v in sorted(e.pain_qualities)))
    alarms = [label(v.value) for v in sorted(e.nerve_symptoms)]
    if e.leg_symptoms.value != "none":
        alarms.append(f"leg symptoms: {label(e.leg_symptoms.value)}")
    if e.leg_weakness.value != "none":
        alarms.append(f"leg weakness: {label(e.leg_weakness.value)}")
    alarms += [text for key, text in BOOL_LABELS.items() if getattr(e, key)]
    alarms += [label(v.value) for v in sorted(e.urinary_symptoms)]
    if e.temperature_c is not None:
        alarms.append(f"{e.temperature_c:g} °C")
    if e.vaginal_bleeding.value != "none":
        alarms.append(f"bleeding: {e.vaginal_bleeding.value}")
    alarms += [label(v.value) for v in sorted(e.preeclampsia_signs)]
    if alarms:
        parts.append(", ".join(alarms))
    if e.pregnant:
        parts.append(
            "pregnant" if e.gestational_weeks is None else f"pregnancy week {e.gestational_weeks}"
        )
    if e.factors:
        parts.append("factors: " + ", ".join(label(f) for f in e.factors))
    meds = []
    for med in e.medications:
        dose = "" if med.dose is None else f" {med.dose:g}{' ' + med.unit if med.unit else ''}"
        meds.append(f"{med.name}{dose}{' (NSAID)' if is_nsaid(med) else ''}")
    if meds:
        parts.append("medicine: " + ", ".join(meds))
    elif e.nsaid_taken:
        parts.append("NSAID taken")
    if e.relief:
        helped = f" (helped: {e.relief_helped.value})" if e.relief_helped else ""
        parts.append("relief: " + ", ".join(label(r) for r in e.relief) + helped)
    return "; ".join(parts)


@contextlib.contextmanager
def _rc() -> Iterator[None]:
    with mpl.rc_context(cast(Any, RC)):
        yield


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence matplotlib's warnings about characters DejaVu Sans lacks (they print as boxes)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from")
        warnings.filterwarnings("ignore", message=r".*[Mm]issing from font")
        yield


def build_report(data: ReportInput) -> Report:
    """Lay out a report (pages are drawn when written or shown)."""
    return Report(data)


def write_report_pdf(data: ReportInput, out: IO[bytes]) -> Report:
    """Lay out and write a report as PDF; return it (for its page count and summary)."""
    report = Report(data)
    report.write_pdf(out)
    return report
