"""Settings in an INI file in the config folder (never health data), and the region dialog."""

from __future__ import annotations

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


class Settings:
    """Typed access to the settings file.

    Args:
        path: the INI file (tests pass a file under ``tmp_path``).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

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
        self._qs.setValue("region/code", region.code)
        if region.code == "custom":
            self._qs.setValue("region/emergency", region.emergency)
            self._qs.setValue("region/nonemergency", region.nonemergency)
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs.setValue("window/geometry", QByteArray(data))
        self._qs.sync()


class RegionDialog(QDialog):
    """Choose UK, EU, US or your own emergency and non-emergency numbers."""

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Region and emergency numbers"))
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
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&Region"), self.choice)
        form.addRow(self.tr("&Emergency number"), self.emergency)
        form.addRow(self.tr("&Non-emergency help"), self.nonemergency)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        custom = self.choice.currentData() == "custom"
        self.emergency.setEnabled(custom)
        self.nonemergency.setEnabled(custom)

    def value(self) -> Region:
        code = self.choice.currentData()
        if code == "custom":
            return Region.custom(self.emergency.text().strip(), self.nonemergency.text().strip())
        return region_by_code(code)

    def accept(self) -> None:
        try:
            self.result_region = self.value()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, region: Region) -> Region | None:
        dialog = cls(region, parent)
        return dialog.result_region if dialog.exec() == QDialog.DialogCode.Accepted else None
