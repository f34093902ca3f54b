"""Settings in an INI file in the config folder (never health data), and the region dialog.

Keys are lowercase with underscores, grouped (``region/code``, ``reminder/time``,
``ui/theme``…); every key has a typed accessor with a default, so a missing or
damaged value never stops the app. ``settings_version`` lets later releases
upgrade old files.
"""

from __future__ import annotations

import contextlib
from datetime import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backdiary.domain.region import REGIONS, Region, region_by_code
from backdiary.privacy import create_private, make_private, make_private_dir
from backdiary.ui.theme import error_style

#: The format of the settings file; bump it with an upgrade step when keys change.
SETTINGS_VERSION = 1
#: The themes the settings dialog offers.
THEMES = ("system", "light", "dark")
#: The languages the settings dialog offers ("system" follows the desktop's locale).
LANGUAGES = ("system", "en", "de")
#: Text sizes (percent of the desktop's font size) the settings dialog offers.
TEXT_SCALES = (100, 125, 150, 200)
#: The application property that tells :func:`backdiary.ui.launch.run_gui` which
#: folder to open when the event loop ends with ``RESTART_EXIT_CODE`` after a move.
SWITCH_PROPERTY = "backdiary_switch_to"
#: ``QApplication.exit`` status asking :func:`~backdiary.ui.launch.run_gui` to reopen the diary.
RESTART_EXIT_CODE = 0x4244
#: When the daily reminder appears unless changed.
DEFAULT_REMINDER_TIME = time(20, 0)


def _parse_time(text: str) -> time | None:
    """``"HH:MM"`` as a time, or None when it is not one."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":", 1))
        return time(hours, minutes)
    except ValueError:
        return None


def _truthy(value: object) -> bool:
    """An INI value as a boolean (QSettings hands back strings like "true")."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class Settings:
    """Typed access to the settings file.

    Args:
        path: the INI file (tests pass a file under ``tmp_path``).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    # ------------------------------------------------------------------ plumbing
    def _get_bool(self, key: str, default: bool) -> bool:
        value = self._qs.value(key)
        return default if value is None else _truthy(value)

    def _get_str(self, key: str, default: str, allowed: tuple[str, ...] = ()) -> str:
        value = self._qs.value(key)
        text = default if value is None else str(value)
        return text if not allowed or text in allowed else default

    def _set(self, key: str, value: object) -> None:
        make_private_dir(self.path.parent)
        if not self.path.exists():
            with contextlib.suppress(OSError):
                create_private(self.path)  # private from its first byte
        self._qs.setValue(key, value)
        self._qs.setValue("settings_version", SETTINGS_VERSION)
        self._qs.sync()
        with contextlib.suppress(OSError):
            make_private(self.path)  # the settings name the diary folder: owner only

    def version(self) -> int:
        """The format version of the file (0 for a file written before versions existed)."""
        try:
            return int(str(self._qs.value("settings_version", 0)))
        except ValueError:
            return 0

    # ------------------------------------------------------------------ reminders
    def reminder_enabled(self) -> bool:
        """Whether the daily "have you logged today?" reminder is on (off until chosen)."""
        return self._get_bool("reminder/enabled", False)

    def set_reminder_enabled(self, enabled: bool) -> None:
        self._set("reminder/enabled", enabled)

    def reminder_time(self) -> time:
        """When the daily reminder appears (local time)."""
        parsed = _parse_time(str(self._qs.value("reminder/time", "")))
        return parsed or DEFAULT_REMINDER_TIME

    def set_reminder_time(self, value: time) -> None:
        self._set("reminder/time", value.strftime("%H:%M"))

    def medication_reminder_enabled(self) -> bool:
        """Whether medication reminders are on (off until chosen)."""
        return self._get_bool("reminder/medication_enabled", False)

    def set_medication_reminder_enabled(self, enabled: bool) -> None:
        self._set("reminder/medication_enabled", enabled)

    def medication_times(self) -> list[time]:
        """When to remind about medicines, sorted; unreadable parts are skipped."""
        raw = self._qs.value("reminder/medication_times", "")
        parts = raw if isinstance(raw, list) else str(raw).split(",")
        times = {t for t in (_parse_time(str(p)) for p in parts) if t is not None}
        return sorted(times)

    def set_medication_times(self, times: list[time]) -> None:
        self._set("reminder/medication_times", ",".join(t.strftime("%H:%M") for t in times))

    # ------------------------------------------------------------------ appearance, language
    def theme(self) -> str:
        """``"system"``, ``"light"`` or ``"dark"``."""
        return self._get_str("ui/theme", "system", THEMES)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._set("ui/theme", theme)

    def language(self) -> str:
        """``"system"`` (follow the desktop) or a language code (``"en"``, ``"de"``)."""
        return self._get_str("ui/language", "system", LANGUAGES)

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._set("ui/language", language)

    def text_scale(self) -> int:
        """The text size in percent of the desktop's (100 = unchanged)."""
        try:
            value = int(str(self._qs.value("ui/text_scale", 100)))
        except ValueError:
            return 100
        return value if value in TEXT_SCALES else 100

    def set_text_scale(self, percent: int) -> None:
        if percent not in TEXT_SCALES:
            raise ValueError(f"unsupported text size {percent}")
        self._set("ui/text_scale", percent)

    # ------------------------------------------------------------------ tray, start-up
    def start_in_tray(self) -> bool:
        """Start hidden in the tray (when the desktop has one)."""
        return self._get_bool("ui/start_in_tray", False)

    def set_start_in_tray(self, value: bool) -> None:
        self._set("ui/start_in_tray", value)

    def close_to_tray(self) -> bool:
        """Closing the window keeps backdiary running in the tray (when there is one)."""
        return self._get_bool("ui/close_to_tray", False)

    def set_close_to_tray(self, value: bool) -> None:
        self._set("ui/close_to_tray", value)

    def first_run_done(self) -> bool:
        """Whether the welcome screen has been shown."""
        return self._get_bool("first_run_done", False)

    def set_first_run_done(self, value: bool = True) -> None:
        self._set("first_run_done", value)

    # ------------------------------------------------------------------ data folder
    def data_dir(self) -> Path | None:
        """The diary folder to open on the next start (after a move), or None for the default."""
        value = self._qs.value("data_dir")
        return Path(str(value)) if value else None

    def set_data_dir(self, folder: Path | None) -> None:
        """Open ``folder`` on the next start (None: the default folder again)."""
        if folder is None:
            self._qs.remove("data_dir")
            self._qs.sync()
        else:
            self._set("data_dir", str(folder))

    def region(self) -> Region:
        """The region whose emergency numbers the advice names (UK by default)."""
        code = str(self._qs.value("region/code", "uk"))
        if code == "custom":
            emergency = str(self._qs.value("region/emergency", ""))
            nonemergency = str(self._qs.value("region/nonemergency", ""))
            try:
                return Region.custom(emergency, nonemergency)
            except ValueError:
                return region_by_code("uk")
        try:
            return region_by_code(code)
        except ValueError:
            return region_by_code("uk")

    def set_region(self, region: Region) -> None:
        """Remember the region (and a custom region's numbers)."""
        if region.code == "custom":
            self._qs.setValue("region/emergency", region.emergency)
            self._qs.setValue("region/nonemergency", region.nonemergency)
        self._set("region/code", region.code)

    def geometry(self) -> QByteArray | None:
        """The main window's saved size and position."""
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, data: bytes) -> None:
        """Remember the main window's size and position."""
        self._set("window/geometry", QByteArray(data))


class RegionForm(QWidget):
    """The region choice: UK, EU, US or your own emergency and non-emergency numbers.

    Shared by :class:`RegionDialog` and the settings dialog.
    """

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        for code, preset in REGIONS.items():
            self.choice.addItem(f"{preset.name} ({preset.emergency})", code)
        self.choice.addItem(self.tr("Other: enter your own numbers"), "custom")
        self.choice.setAccessibleName(self.tr("Region"))
        self.emergency = QLineEdit(region.emergency if region.code == "custom" else "")
        self.emergency.setAccessibleName(self.tr("Emergency number"))
        self.nonemergency = QLineEdit(region.nonemergency if region.code == "custom" else "")
        self.nonemergency.setAccessibleName(self.tr("Non-emergency service"))
        self.nonemergency.setPlaceholderText(self.tr("e.g. your GP or the on-call doctor line"))
        self.choice.setCurrentIndex(max(self.choice.findData(region.code), 0))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Region"), self.choice)
        form.addRow(self.tr("&Emergency number"), self.emergency)
        form.addRow(self.tr("&Non-emergency help"), self.nonemergency)
        self.choice.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        custom = self.choice.currentData() == "custom"
        self.emergency.setEnabled(custom)
        self.nonemergency.setEnabled(custom)

    def value(self) -> Region:
        """The chosen region.

        Raises:
            ValueError: when custom numbers are missing or malformed.
        """
        code = self.choice.currentData()
        if code == "custom":
            return Region.custom(self.emergency.text().strip(), self.nonemergency.text().strip())
        return region_by_code(str(code))


class RegionDialog(QDialog):
    """Choose UK, EU, US or your own emergency and non-emergency numbers."""

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Region and emergency numbers"))
        self.form = RegionForm(region)
        self.choice = self.form.choice
        self.emergency = self.form.emergency
        self.nonemergency = self.form.nonemergency
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> Region:
        """The chosen region (see :meth:`RegionForm.value`)."""
        return self.form.value()

    def accept(self) -> None:
        """Keep the dialog open while the custom numbers are not valid."""
        try:
            self.result_region = self.value()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, region: Region) -> Region | None:
        """Show the dialog; the chosen region, or None when cancelled."""
        dialog = cls(region, parent)
        return dialog.result_region if dialog.exec() == QDialog.DialogCode.Accepted else None
