"""Translations: every string translatable and translated; starting in German."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backdiary.domain import redflags
from backdiary.domain.model import Trigger
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.ui import i18n, texts
from backdiary.ui.settings import Settings
from backdiary.ui.startup import prepare_app
from tests.factories import make_entry

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "backdiary_de.ts"
UI = Path(__file__).resolve().parent.parent / "backdiary" / "ui"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    yield i18n.install_translators(qapp, "de")
    i18n.install_translators(qapp, "en")


def test_german_ts_is_complete() -> None:
    assert i18n.problems(TS) == []


def test_every_ui_string_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    i18n.run_lupdate(fresh)
    wanted = {(m.context, m.source) for m in i18n.read_ts(fresh)}
    have = {(m.context, m.source) for m in i18n.read_ts(TS)}
    assert sorted(wanted - have) == [], "run: python -m backdiary.ui.i18n --update"


def test_redflag_table_is_current() -> None:
    source = i18n.TEXTS_MODULE.read_text(encoding="utf-8")
    assert i18n.redflag_block() in source, "run: python -m backdiary.ui.i18n --update"
    assert set(i18n.redflag_sources()) <= set(texts.REDFLAG_TEXTS)


def test_redflag_texts_are_marked_for_clinical_review() -> None:
    content = TS.read_text(encoding="utf-8")
    blocks = re.findall(r"<context>\s*<name>RedFlag</name>(.*?)</context>", content, re.S)
    messages = re.findall(r"<message>(.*?)</message>", blocks[0], re.S)
    assert len(messages) == len(i18n.redflag_sources())
    for message in messages:
        assert "clinician must review" in message


def test_placeholders_survive_translation() -> None:
    for m in i18n.read_ts(TS):
        assert sorted(re.findall(r"\{[^}]*\}", m.source)) == sorted(
            re.findall(r"\{[^}]*\}", m.translation)
        ), m.source


#: Calls whose text arguments the user sees (Qt widgets, message boxes, errors).
_UI_SINKS = frozenset(
    {
        "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
        "setAccessibleDescription", "setStatusTip", "setWhatsThis", "QLabel", "QPushButton",
        "QCheckBox", "QGroupBox", "QRadioButton", "QAction", "addItem", "insertItem", "addTab",
        "insertTab", "setTabText", "setTitle", "addMenu", "information", "warning", "critical",
        "question", "about", "showMessage", "QMessageBox", "setHeaderLabels",
        "setInformativeText", "setDetailedText", "addButton", "setLabelText", "setItemText",
        "setPlainText", "setHtml", "getExistingDirectory", "getSaveFileName",
        "getOpenFileName", "KnownError", "setNameFilter", "setNameFilters", "notify",
        "setSuffix", "setPrefix", "setSpecialValueText",
    }
)  # fmt: skip
#: Words that are the same in every language.
_UNTRANSLATED_OK = frozenset({"backdiary", "English", "Deutsch"})
#: Calls whose first argument only is a text (the others are data).
_FIRST_ARG_ONLY = frozenset({"addItem", "insertItem", "addTab", "insertTab", "addButton"})


def _literal_text(node: ast.AST) -> str | None:
    """The literal words of a string argument that is not passed through tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return (_literal_text(node.left) or "") + (_literal_text(node.right) or "")
    if isinstance(node, ast.IfExp):
        return (_literal_text(node.body) or "") + (_literal_text(node.orelse) or "")
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        return _literal_text(node.func.value)
    return None


def untranslated_literals(source: str, name: str = "<source>") -> list[str]:
    """Texts handed to a widget, message box or error without tr()/translate()."""
    offenders = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name) and func.value.id in ("log", "logging", "logger"):
                continue
            called = func.attr
        elif isinstance(func, ast.Name):
            called = func.id
        else:
            continue
        if called not in _UI_SINKS:
            continue
        args = list(call.args[:1] if called in _FIRST_ARG_ONLY else call.args)
        args += [k.value for k in call.keywords]
        for arg in args:
            text = re.sub(r"<[^>]*>", "", _literal_text(arg) or "")  # markup is not words
            if text and re.search(r"[A-Za-z]{2,}", text) and text.strip() not in _UNTRANSLATED_OK:
                offenders.append(f"{name}:{call.lineno}: {called}({text[:60]!r})")
    return offenders


def test_no_untranslated_literals_in_ui_sources() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        offenders += untranslated_literals(path.read_text(encoding="utf-8"), path.name)
    assert offenders == []


def test_the_literal_check_finds_untranslated_texts() -> None:
    found = untranslated_literals(
        "QMessageBox.warning(self, 'backdiary', f'Restore the backup from {what}?')\n"
        "label = QLabel('Pain')\n"
        "box.addItem('None', 'none')\n"
        "raise KnownError('It broke.', self.tr('Try again.'))\n"
        "ok = QLabel(self.tr('Pain'))\n"
        "log.warning('not shown to the user: %s', x)\n"
        "box.addItem(self.tr('None'), 'none')\n"
    )
    assert [line.split(": ", 1)[1].split("(")[0] for line in found] == [
        "warning", "QLabel", "addItem", "KnownError",
    ]  # fmt: skip


def test_every_label_and_urgency_has_a_german_text(german: str) -> None:
    assert german == "de"
    assert texts.label(Trigger.LIFTING) == "Heben"
    assert texts.urgency_word("emergency") == "Notfall"
    assert texts.nrs_short(0) == "0 · Keine Schmerzen"
    for rule in redflags.RULES:
        assert texts.redflag_text(rule.title) != rule.title, rule.id


def test_language_choice(qapp: QApplication) -> None:
    assert i18n.choose_language("de") == "de"
    assert i18n.choose_language("xx") == "en"
    assert i18n.choose_language("system") in i18n.AVAILABLE


def test_main_window_starts_in_german(
    qtbot: QtBot, qapp: QApplication, service: DiaryService, app_paths: AppPaths
) -> None:
    from backdiary.ui.entry_model import Column
    from backdiary.ui.mainwindow import MainWindow

    settings = Settings(app_paths.settings_file)
    settings.set_language("de")
    before = QLocale()
    try:
        assert prepare_app(qapp, settings) == "de"
        assert QLocale().language() == QLocale.Language.German
        service.add_entry(make_entry(nrs=6, night_pain=True))
        w = MainWindow(service, app_paths, settings)
        qtbot.addWidget(w)
        w.show()
        assert w.tabs.tabText(0) == "&Tagebuch"
        assert w.model.index(0, Column.NRS).data() == "6 · Mäßig"
        assert w.model.index(0, Column.FLAG).data() == "Dringend: heute"
        when = w.model.index(0, Column.WHEN).data()
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when)
        assert w.model.headerData(0, Qt.Orientation.Horizontal) == "Wann"
        cards = w.findings_panel.cards()
        assert cards and all("Dringend" in c.accessibleName() for c in cards)
        shown = " ".join(label.text() for label in cards[0].findChildren(QLabel))
        assert "nachts" in shown
    finally:
        settings.set_language("en")
        prepare_app(qapp, settings)
        QLocale.setDefault(before)


def test_update_command_check_mode_passes() -> None:
    assert i18n.main(["--check"]) == 0


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("C", "en", "en_GB"),  # C/POSIX writes "3 12 2026": British English instead
        ("C", "de", "de_DE"),
        ("en_US", "en", "en_US"),  # the desktop's country is kept
        ("de_AT", "de", "de_AT"),
        ("de_DE", "en", "en_GB"),
        ("fr_FR", "de", "de_DE"),
    ],
)
def test_formats_locale(system: str, language: str, expected: str) -> None:
    assert i18n.formats_locale(language, QLocale(system)).name() == expected


def test_dates_read_well_in_english_and_german() -> None:
    from datetime import datetime

    moment = datetime(2026, 12, 3, 16, 40)
    before = QLocale()
    try:
        QLocale.setDefault(i18n.formats_locale("en", QLocale.c()))
        assert texts.when_text(moment) == "03/12/2026 16:40"
        assert texts.date_text(moment.date()) == "03/12/2026"
        assert texts.minutes_text(7.5) == "7.5 min"
        QLocale.setDefault(i18n.formats_locale("de", QLocale.c()))
        assert texts.when_text(moment) == "03.12.2026 16:40"
        assert texts.date_text(moment.date()) == "03.12.2026"
        assert QLocale().toString(7.5, "g", 6) == "7,5"
    finally:
        QLocale.setDefault(before)


def test_system_language_on_a_c_locale_uses_british_formats(qapp: QApplication) -> None:
    before = QLocale()
    try:
        i18n.install_translators(qapp, "system")
        if QLocale.system().language() == QLocale.Language.C:
            assert QLocale().name() == "en_GB"
        else:
            assert QLocale().name() == QLocale.system().name()
    finally:
        QLocale.setDefault(before)


def test_run_gui_starts_in_the_chosen_language(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    import argparse

    from PySide6.QtCore import QCoreApplication

    from backdiary.storage.diary import open_diary
    from backdiary.ui import launch

    open_diary(app_paths).dispose()
    Settings(app_paths.settings_file).set_language("de")
    seen: list[str] = []

    def fake_show(app: QApplication, opened: launch.Opened, smoke: bool) -> int:
        seen.append(QCoreApplication.translate("MainWindow", "&Diary"))
        seen.append(QLocale().name())
        opened.close()
        return 0

    monkeypatch.setattr(launch, "_show", fake_show)
    before = QLocale()
    try:
        assert launch.run_gui(argparse.Namespace(data_dir=str(app_paths.data))) == 0
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(before)
    assert seen == ["&Tagebuch", "de_DE"]


#: Functions that translate a text handed to them; every caller passes a text that is
#: marked for lupdate elsewhere (QT_TRANSLATE_NOOP tables or the generated lists).
_KNOWN_WRAPPERS = {
    ("texts.py", "redflag_text"),
    ("chart_view.py", "chart_tr"),
    ("problem_texts.py", "_tr"),
}


def test_no_new_translate_wrappers_hide_texts_from_lupdate() -> None:
    """``def _tr(text): return translate(ctx, text)`` hides every ``_tr("…")`` from lupdate."""
    found = set()
    for path in sorted(UI.glob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef):
                continue
            params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
            for call in ast.walk(fn):
                if not isinstance(call, ast.Call):
                    continue
                func = call.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                index = {"translate": 1, "tr": 0}.get(called)
                if index is None or len(call.args) <= index:
                    continue
                arg = call.args[index]
                if isinstance(arg, ast.Name) and arg.id in params:
                    found.add((path.name, fn.name))
    assert found - _KNOWN_WRAPPERS == set(), "call tr()/translate() with the literal text"


def test_translation_contexts_are_literal() -> None:
    """lupdate skips ``QT_TRANSLATE_NOOP(CONTEXT, "…")`` when the context is a variable."""
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or len(call.args) < 2:
                continue
            func = call.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called not in ("QT_TRANSLATE_NOOP", "translate"):
                continue
            text = call.args[1]
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            context = call.args[0]
            if literal_text and not (
                isinstance(context, ast.Constant) and isinstance(context.value, str)
            ):
                offenders.append(f"{path.name}:{call.lineno}")
    assert offenders == []


def test_warning_sign_questions_are_german(
    german: str, qtbot: QtBot, service: DiaryService
) -> None:
    from backdiary.ui.entry_dialog import EntryDialog

    dialog = EntryDialog(service)
    qtbot.addWidget(dialog)
    texts_shown = [check.text() for check in dialog.flag_checks_in_order()]
    assert "Schmerzen in der Brust" in texts_shown
    assert not any("pain" in t.lower() for t in texts_shown)


def test_every_enum_value_has_a_translated_label(german: str) -> None:
    import enum

    from backdiary.domain import model

    translated = {m.source: m.translation for m in i18n.read_ts(TS) if m.context == "Label"}
    missing = []
    for name in dir(model):
        cls = getattr(model, name)
        if isinstance(cls, type) and issubclass(cls, enum.StrEnum) and cls is not enum.StrEnum:
            for member in cls:
                source = texts._LABELS.get(str(member))
                if source is None or not translated.get(source):
                    missing.append(f"{name}.{member.name}")
                elif texts.label(member) != translated[source]:
                    missing.append(f"{name}.{member.name} (not shown translated)")
    assert missing == []
