"""Languages: installing Qt translators, and regenerating the translation files.

The app follows the desktop's locale unless the language setting says otherwise.
Translations live in ``resources/i18n``: ``backdiary_<lang>.ts`` (the sources,
edited with Qt Linguist or by hand) and the compiled ``backdiary_<lang>.qm``.
Qt's own strings (standard buttons, the calendar…) come from ``qtbase_<lang>.qm``
shipped with PySide6.

Regenerate after changing user-visible text::

    python -m backdiary.ui.i18n --update     # red-flag table, lupdate, lrelease
    python -m backdiary.ui.i18n --check      # exit 1 when something is untranslated

``--update`` first rewrites the generated red-flag block of :mod:`backdiary.ui.texts`
from :mod:`backdiary.domain.redflags`, so new or changed clinical texts reach the
translators (marked for clinical review).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backdiary.paths import REPO_ROOT, bundled

log = logging.getLogger("backdiary.ui")

#: Languages with a translation (English is the source language).
TRANSLATED = ("de",)
#: Every language the app can show.
AVAILABLE = ("en", *TRANSLATED)
#: Where the sources of the user interface live (scanned by lupdate).
UI_SOURCES = REPO_ROOT / "backdiary" / "ui"
TEXTS_MODULE = UI_SOURCES / "texts.py"
_BEGIN = "# BEGIN GENERATED RED FLAG TEXTS"
_END = "# END GENERATED RED FLAG TEXTS"
#: The translator comment on every clinical text.
CLINICAL_REVIEW = "Clinical text: a clinician must review this translation. Keep {placeholders}."

#: Translators stay installed while the application lives (Qt does not own them).
_installed: list[QTranslator] = []


def i18n_folder() -> Path:
    """``resources/i18n`` (inside the package in a wheel)."""
    return bundled("resources") / "i18n"


def choose_language(language: str | None) -> str:
    """The language to show: the setting, else the desktop's, else English.

    Args:
        language: ``"en"``, ``"de"``…, or None / ``"system"`` to follow the desktop.
    """
    if language and language != "system":
        return language if language in AVAILABLE else "en"
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in AVAILABLE:
            return code
    return "en"


def formats_locale(code: str, system: QLocale) -> QLocale:
    """The locale for dates and numbers when showing language ``code``.

    The desktop's locale when it speaks that language (keeps its country: en_US,
    de_AT…); British English when the desktop has only the C/POSIX locale (whose
    dates read "3 12 2026") or when English is chosen on a desktop in another
    language; otherwise the language's main locale (``de`` → de_DE).

    Args:
        code: the language shown (``"en"``, ``"de"``…).
        system: the desktop's locale (:meth:`QLocale.system`).
    """
    language = system.language()
    real = language not in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    if real and QLocale.languageToCode(language) == code:
        return system
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(code)


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install backdiary's and Qt's translations for ``language``; set the default locale.

    Args:
        app: the application.
        language: ``"en"``, ``"de"``…, or None / ``"system"`` to follow the desktop.

    Returns:
        The language code now in use (``"en"`` when nothing better was found).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = choose_language(language)
    system = QLocale.system()
    follow = not language or language == "system"
    if follow and system.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        QLocale.setDefault(system)  # the desktop's formats even when its language is missing
    else:
        QLocale.setDefault(formats_locale(code, system))
    if code == "en":
        return code
    ours = QTranslator(app)
    if ours.load(f"backdiary_{code}", str(i18n_folder())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", code)
        return "en"
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


# --------------------------------------------------------------------------- maintenance
def redflag_sources() -> list[str]:
    """Every red-flag text translators must see: titles, advice, "why" texts, the safety net."""
    from backdiary.domain.redflags import rules  # noqa: PLC0415

    found: dict[str, None] = {}
    for rule in rules.RULES:
        for text in (rule.title, rule.advice, rule.escalated_advice, rule.why, rule.escalated_why):
            if text:
                found[text] = None
    found[rules.SAFETY_NET] = None
    return list(found)


def _literal(text: str, indent: str) -> str:
    """``text`` as adjacent string literals of at most ~80 characters."""
    import textwrap  # noqa: PLC0415 (the translation tools' imports wait until they run)

    pieces = textwrap.wrap(text, 76, drop_whitespace=False, break_on_hyphens=False) or [""]
    return f"\n{indent}".join(json.dumps(p, ensure_ascii=False) for p in pieces)


def redflag_block() -> str:
    """The generated part of :mod:`backdiary.ui.texts` (between the markers)."""
    lines = [
        _BEGIN,
        "# Generated by `python -m backdiary.ui.i18n --update` from backdiary.domain.redflags.",
        "# fmt: off",
        "REDFLAG_TEXTS: tuple[str, ...] = (",
    ]
    for text in redflag_sources():
        lines.append(f"    #: {CLINICAL_REVIEW}")
        lines.append('    QT_TRANSLATE_NOOP(\n        "RedFlag",')
        lines.append(f"        {_literal(text, ' ' * 8)},\n    ),")
    lines += [")", "# fmt: on", _END]
    return "\n".join(lines)


def update_texts_module(path: Path = TEXTS_MODULE) -> bool:
    """Rewrite the generated red-flag block; True when it changed."""
    source = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(_BEGIN) + r".*?" + re.escape(_END), re.DOTALL)
    updated = pattern.sub(lambda _m: redflag_block(), source)
    if updated == source:
        return False
    path.write_text(updated, encoding="utf-8")
    return True


def _tool(name: str) -> str:
    """A PySide6 tool next to the running Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    import shutil  # noqa: PLC0415

    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6-Essentials)")
    return found


def ui_source_files() -> list[Path]:
    """The Python files lupdate scans."""
    return sorted(UI_SOURCES.glob("*.py"))


def run_lupdate(ts_file: Path, *, no_obsolete: bool = True) -> None:
    """Extract the user-visible strings of ``backdiary/ui`` into ``ts_file``."""
    command = [_tool("pyside6-lupdate"), *map(str, ui_source_files()), "-locations", "none"]
    if no_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", str(ts_file)]
    import subprocess  # noqa: PLC0415

    subprocess.run(command, check=True, capture_output=True)


def run_lrelease(ts_file: Path) -> Path:
    """Compile ``ts_file`` to the ``.qm`` beside it."""
    qm = ts_file.with_suffix(".qm")
    import subprocess  # noqa: PLC0415

    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    translation: str
    unfinished: bool
    numerus: bool


def read_ts(ts_file: Path) -> list[Message]:
    """The messages of a ``.ts`` file (obsolete/vanished ones left out)."""
    messages: list[Message] = []
    import xml.etree.ElementTree as ET  # noqa: PLC0415

    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if translation is None:
                text = ""
            elif message.get("numerus") == "yes":
                text = "|".join(f.text or "" for f in translation.iter("numerusform"))
            else:
                text = translation.text or ""
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=text,
                    unfinished=kind == "unfinished",
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def problems(ts_file: Path) -> list[str]:
    """Untranslated or unfinished messages, as ``context: source`` lines."""
    result = []
    for m in read_ts(ts_file):
        empty = not m.translation.replace("|", "").strip()
        if m.unfinished or empty:
            result.append(f"{m.context}: {m.source}")
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m backdiary.ui.i18n --update | --check``."""
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m backdiary.ui.i18n", description=__doc__)
    parser.add_argument("--update", action="store_true", help="regenerate .ts and .qm files")
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages")
    args = parser.parse_args(argv)
    folder = REPO_ROOT / "resources" / "i18n"
    status = 0
    if args.update:
        if update_texts_module():
            sys.stdout.write("updated the red-flag table in backdiary/ui/texts.py\n")
        for code in TRANSLATED:
            ts = folder / f"backdiary_{code}.ts"
            run_lupdate(ts)
            run_lrelease(ts)
            sys.stdout.write(f"updated {ts.name} and {ts.with_suffix('.qm').name}\n")
    if args.check or not args.update:
        for code in TRANSLATED:
            missing = problems(folder / f"backdiary_{code}.ts")
            for line in missing:
                sys.stdout.write(f"{code}: untranslated: {line}\n")
            status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
