"""The charts' visual vocabulary: palette, line styles, markers, hatches and font sizes.

Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies). Colour never carries meaning alone: every series also differs in
line style, marker or hatching, so a chart still reads when printed in grey.
Pure data; no matplotlib import. Names are English templates, translated on use.
"""

from __future__ import annotations

from dataclasses import dataclass

from backdiary.domain.chartdata import N_

#: Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8C8C8C"
LIGHT_GREY = "#D9D9D9"
TEXT = "#1A1A1A"
MUTED_TEXT = "#404040"
GRID = "#E3E3E3"

#: Sequential colour map for counts: one hue from white (none) to dark blue (most),
#: so it reads in grey and for people with colour-vision deficiencies.
SEQUENTIAL_CMAP = "Blues"


@dataclass(frozen=True, slots=True)
class SeriesStyle:
    """How one data series looks: colour plus a non-colour cue."""

    color: str
    linestyle: str = "-"
    marker: str = ""
    linewidth: float = 1.5
    markersize: float = 4.0
    hatch: str = ""


#: Trend lines.
WORST = SeriesStyle(VERMILLION, "-", "^", 1.0, 6.5)
MEAN = SeriesStyle(BLUE, "--", "o", 1.2, 3.5)
ROLLING = SeriesStyle(BLACK, "-", "", 2.4)
PAIN_FREE = SeriesStyle(BLUISH_GREEN, "", "o", 0, 5.0)

#: Red-flag urgencies in the trend's event strip, lowest first.
URGENCY_STYLES: dict[str, SeriesStyle] = {
    "info": SeriesStyle(SKY_BLUE, "", "o", 0, 4.5),
    "gp": SeriesStyle(ORANGE, "", "s", 0, 4.5),
    "urgent": SeriesStyle(VERMILLION, "", "D", 0, 5.5),
    "emergency": SeriesStyle(BLACK, "", "X", 0, 7.0),
}

#: Pregnancy trimesters: one hue, darker and more densely hatched as weeks pass.
TRIMESTER_STYLES: dict[int, SeriesStyle] = {
    1: SeriesStyle("#F2DCE8", hatch=""),
    2: SeriesStyle("#E6BCD4", hatch=".."),
    3: SeriesStyle("#D99BBF", hatch="//"),
}
#: Edge of the trimester shading, and how strongly the full-height wash is drawn.
TRIMESTER_EDGE = "#B07A9A"
TRIMESTER_WASH_ALPHA = 0.45
#: Share of the plot's height taken by the hatched trimester band at its top.
TRIMESTER_BAND = 0.06
#: English names (translate with ``chartdata.tr`` on use).
TRIMESTER_NAMES = {1: N_("1st trimester"), 2: N_("2nd trimester"), 3: N_("3rd trimester")}

#: Bars.
BAR = SeriesStyle(SKY_BLUE, hatch="")
BAR_PARTIAL = SeriesStyle("#CFE9F8", hatch="///")
BAR_EDGE = "#2B6E99"
BAR_LIGHT = "#A9D7F2"
DURATION = SeriesStyle(VERMILLION, "-", "D", 1.2, 3.5)
COUNT_BAR = SeriesStyle(BLUE)
MEAN_DOT = SeriesStyle(VERMILLION, "", "D", 0, 6.0)

#: Relief outcomes, from best to unknown.
RELIEF_STYLES: dict[str, SeriesStyle] = {
    "helped": SeriesStyle(BLUISH_GREEN, hatch=""),
    "somewhat": SeriesStyle(YELLOW, hatch=".."),
    "not_helped": SeriesStyle(VERMILLION, hatch="xx"),
    "unrecorded": SeriesStyle(LIGHT_GREY, hatch="//"),
}
RELIEF_NAMES = {
    "helped": N_("helped"),
    "somewhat": N_("helped somewhat"),
    "not_helped": N_("did not help"),
    "unrecorded": N_("not recorded"),
}

#: Several pregnancies in one chart.
PREGNANCY_SERIES: tuple[SeriesStyle, ...] = (
    SeriesStyle(BLUE, "-", "o", 1.8, 4.5),
    SeriesStyle(VERMILLION, "--", "s", 1.8, 4.5),
    SeriesStyle(BLUISH_GREEN, "-.", "^", 1.8, 4.5),
    SeriesStyle(BLACK, ":", "D", 1.8, 4.5),
)

#: Font sizes in points.
TITLE_SIZE = 14.0
SUBTITLE_SIZE = 10.0
LABEL_SIZE = 10.0
TICK_SIZE = 9.0
NOTE_SIZE = 8.5
ANNOTATION_SIZE = 8.0
EMPTY_SIZE = 13.0

#: Header and footer heights in inches (title + subtitle, footnote).
HEADER_IN = 0.72
FOOTER_IN = 0.32

#: Size of exported figures in inches (landscape; fits A4 / Letter with margins).
EXPORT_SIZE = (11.0, 6.5)
#: Resolution of PNG exports.
EXPORT_DPI = 300
