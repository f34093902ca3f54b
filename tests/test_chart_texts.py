"""Chart texts are translatable: a pure ``tr()`` hook, every template listed for lupdate.

The charts stay free of Qt; the Charts view draws inside ``translating(chart_tr)``.
These tests check that the generated list in ``backdiary/ui/chart_texts.py``
matches the sources, that every text a chart asks to translate at run time is in
that list (so it reaches the ``.ts`` file), that a translated figure has no
English left in its titles, labels and legends, and that the German catalogue
turns the Charts view German.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from pytestqt.qtbot import QtBot

from backdiary.charts.figures import PICK_ATTR, build_figure, pick_target
from backdiary.demo import generate
from backdiary.domain.chartdata import (
    ChartKind,
    Period,
    PregnancyData,
    TriggerData,
    describe,
    format_day,
    tr,
    translating,
)
from backdiary.paths import AppPaths, bundled
from backdiary.services import DiaryService
from backdiary.storage.aggregates import load
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from backdiary.ui import chart_texts

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    folder = tmp_path_factory.mktemp("charttexts")
    engine = open_diary(AppPaths.resolve(folder))
    svc = DiaryService(Repository(engine))
    data = generate(days=900, seed=11, end=TODAY)
    assert data.pregnancies, "the demo should record a pregnancy"
    svc.repo.set_pregnancies(data.pregnancies)
    svc.add_many(data.entries)
    yield svc
    engine.dispose()


def _ranges(service: DiaryService) -> list[tuple[date | None, date | None]]:
    pregnancy = service.repo.pregnancies()[0]
    due = pregnancy.due_date or TODAY
    return [
        (None, None),  # all: weekly trend, long frequency chart, pregnancy
        (TODAY - timedelta(days=29), TODAY),  # daily
        (TODAY - timedelta(days=6), TODAY),  # a few weeks: numbered bars
        (due - timedelta(days=120), due),  # trimesters in the trend
        (date(1990, 1, 1), date(1990, 1, 31)),  # empty
    ]


def _all_texts(fig: Figure) -> list[str]:
    """Titles, labels, legends, tick labels and free texts of a drawn figure."""
    texts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        texts += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
        texts += [ax.get_xlabel(), ax.get_ylabel()]
        texts += [t.get_text() for t in ax.texts]
        texts += [t.get_text() for t in ax.get_yticklabels()]
        texts += [t.get_text() for t in ax.get_xticklabels()]  # month names on date axes
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]


def _pick_everything(fig: Figure) -> list[str]:
    """The labels of every pick target of ``fig`` (lists sampled, callables probed)."""
    labels: list[str] = []
    for ax in fig.axes:
        for artist in [*ax.lines, *ax.patches, *ax.images, *ax.collections]:
            spec = getattr(artist, PICK_ATTR, None)
            if spec is None:
                continue
            if callable(spec):
                found = pick_target(artist, None, ax.get_xlim()[0] + 0.6, 0.2)
                targets = [found]
            else:
                size = 1 if not hasattr(spec, "__len__") else min(len(spec), 3)
                targets = [pick_target(artist, i) for i in range(size)]
            labels += [t.label for t in targets if t is not None]
    return labels


def test_the_generated_list_matches_the_chart_sources() -> None:
    assert list(chart_texts.CHART_TEXTS) == chart_texts.extract(), (
        "chart texts changed: run `python -m backdiary.ui.chart_texts`, then "
        "`python -m backdiary.ui.i18n --update`"
    )
    assert "Pain intensity over time – weekly" in chart_texts.CHART_TEXTS
    assert "{n} entries" in chart_texts.CHART_TEXTS


def test_a_translation_with_wrong_placeholders_falls_back_to_english() -> None:
    with translating(lambda s: "{x} Einträge" if s == "{n} entries" else s):
        assert tr("{n} entries") == "{n} entries"
    with translating(lambda s: "{n} Einträge" if s == "{n} entries" else s):
        assert tr("{n} entries") == "{n} Einträge"


def test_tr_is_english_by_default_and_the_hook_is_scoped() -> None:
    assert tr("Triggers") == "Triggers"
    with translating(lambda s: s.upper()):
        assert tr("Triggers") == "TRIGGERS"
        with translating(None):
            assert tr("Triggers") == "Triggers"
        assert format_day(date(2026, 9, 1)) == "1 SEP 2026"
    assert tr("Triggers") == "Triggers"
    assert format_day(date(2026, 9, 1)) == "1 Sep 2026"


def test_every_text_asked_for_at_run_time_is_listed(service: DiaryService) -> None:
    asked: set[str] = set()

    def record(text: str) -> str:
        asked.add(text)
        return text

    listed = set(chart_texts.CHART_TEXTS)
    for first, last in _ranges(service):
        for kind in ChartKind:
            with translating(record):
                data = load(service.repo.engine, kind, first, last)
                fig = build_figure(data)
                describe(data)
            FigureCanvasAgg(fig).draw()
            _pick_everything(fig)  # lazily made labels, in the figure's language
    extra = [
        TriggerData(Period(TODAY, TODAY, 3, 3), (), (), 3),
        PregnancyData(Period(TODAY, TODAY, 0, 0), 0, ()),
        PregnancyData(Period(TODAY, TODAY, 2, 2), 1, ()),
    ]
    for data in extra:
        with translating(record):
            build_figure(data)
            describe(data)
    missing = sorted(asked - listed)
    assert not missing, f"not listed for translation: {missing}"
    assert len(asked) > 100  # the run really went through the charts


@pytest.mark.parametrize("kind", list(ChartKind))
def test_a_translated_figure_has_no_english_words_left(service: DiaryService, kind: str) -> None:
    def mark(text: str) -> str:
        parts = re.split(r"({[^{}]*})", text)  # keep the placeholders
        return (
            "«"
            + "".join(p if p.startswith("{") else re.sub("[A-Za-z]", "ß", p) for p in parts)
            + "»"
        )

    first, last = _ranges(service)[3]  # a pregnancy: trimesters, several panels
    with translating(mark):
        data = load(service.repo.engine, ChartKind(kind), first, last)
        fig = build_figure(data)
    FigureCanvasAgg(fig).draw()
    english = [t for t in _all_texts(fig) if re.search(r"[A-Za-z]{3,}", t)]
    assert not english, english
    labels = _pick_everything(fig)
    assert labels and not [t for t in labels if re.search(r"[A-Za-z]{3,}", t)], labels


def _german_sources() -> set[str]:
    ts = bundled("resources") / "i18n" / "backdiary_de.ts"
    tree = ET.parse(ts)
    found: set[str] = set()
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Chart":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found.add(message.findtext("source") or "")
    return found


def test_every_chart_text_has_a_german_translation() -> None:
    missing = [t for t in chart_texts.CHART_TEXTS if t not in _german_sources()]
    assert not missing, missing


def test_the_charts_view_speaks_german(qtbot: QtBot, service: DiaryService) -> None:
    from PySide6.QtWidgets import QApplication

    from backdiary.ui.chart_view import ChartView
    from backdiary.ui.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_translators(app, "de") == "de"
        view = ChartView(service, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1000, 640)
        with qtbot.waitSignal(view.chart_updated, timeout=15_000):
            view.show()
        fig: Any = view.canvas.figure
        title = next(t.get_text() for t in fig.texts if t.get_gid() == "title")
        assert title == "Schmerzstärke im Verlauf – täglich"
        assert view.kind_combo.itemText(0) == "Schmerz im Verlauf"
        assert view.range_combo.itemText(0) == "Letzte 7 Tage"
        assert "Einträge" in next(t.get_text() for t in fig.texts if t.get_gid() == "subtitle")
        view.close()
    finally:
        install_translators(app, "en")
