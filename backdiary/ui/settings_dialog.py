"""The settings dialog: reminders, region, theme, language, text size, tray, data folder.

Everything here is stored in the settings INI (never health data). The theme and
text size apply at once; the language applies on the next start. Moving the
diary copies it with SQLite's backup API into a private file in the new folder,
verifies the copy (integrity check, every table's rows), records ``data_dir`` so
later starts open it, and reopens backdiary from there at once (nothing is written
to the old copy afterwards); the old folder stays as it was until the user removes it.
"""

from __future__ import annotations

import sqlite3
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backdiary.errors import KnownError
from backdiary.paths import DB_FILE_NAME, AppPaths
from backdiary.storage import crypto
from backdiary.ui.settings import (
    SWITCH_PROPERTY,
    TEXT_SCALES,
    RegionForm,
    Settings,
    _parse_time,
)
from backdiary.ui.theme import apply_text_scale, apply_theme, error_style
from backdiary.ui.widgets import describe_inputs


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _table_digests(db: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of its rows in rowid order."""
    import hashlib  # noqa: PLC0415

    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    result: dict[str, tuple[int, str]] = {}
    for table in tables:
        digest = hashlib.sha256()
        count = 0
        for row in db.execute(f'SELECT * FROM "{table}"'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


def copy_diary(source_db: Path, target_folder: Path) -> Path:
    """Copy the diary safely into ``target_folder`` and verify the copy.

    Uses SQLite's online backup API (consistent even while the diary is open, with
    its WAL) into a private (0600) file in a private (0700) folder, then checks the
    copy's integrity and that every table holds the same rows as the original
    (count and digest). On any failure the partial copy is removed and the
    original is untouched.

    Args:
        source_db: the open diary's database file.
        target_folder: the new diary folder (created; must not hold a diary yet).

    Returns:
        The new database file.

    Raises:
        KnownError: when the folder already holds a diary, or the copy fails or differs.
    """
    from backdiary.privacy import create_private, fsync_path, make_private_dir  # noqa: PLC0415

    target_folder = target_folder.expanduser().absolute()
    target = target_folder / DB_FILE_NAME
    unchanged = QCoreApplication.translate("SettingsDialog", "Your diary has not been changed.")
    if target_folder == source_db.parent.absolute():
        raise KnownError(
            QCoreApplication.translate(
                "SettingsDialog", "The diary is already in {folder}."
            ).format(folder=target_folder),
            QCoreApplication.translate("SettingsDialog", "Choose an empty folder."),
        )
    if target.exists():
        raise KnownError(
            QCoreApplication.translate("SettingsDialog", "{folder} already holds a diary.").format(
                folder=target_folder
            ),
            QCoreApplication.translate("SettingsDialog", "Choose an empty folder."),
        )
    created = False
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        make_private_dir(target_folder)
        create_private(target)
        created = True
        # An encrypted diary is copied encrypted, with the same key (#9).
        src = crypto.connect_to(source_db)
        dst = crypto.new_target(target, crypto.key_for(source_db))
        try:
            src.backup(dst)
            dst.commit()
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            ok = ok and _table_digests(src) == _table_digests(dst)
        finally:
            dst.close()
            src.close()
    except crypto.sql_errors(OSError) as exc:
        if created:
            _remove_copy(target)
        raise KnownError(
            QCoreApplication.translate(
                "SettingsDialog", "The diary could not be copied ({reason})."
            ).format(reason=getattr(exc, "strerror", None) or exc),
            unchanged,
        ) from None
    if not ok:
        _remove_copy(target)
        raise KnownError(
            QCoreApplication.translate("SettingsDialog", "The copy of the diary did not match."),
            unchanged,
        )
    if crypto.is_cipher_file(target):
        crypto.set_marker(target_folder, True)  # the copy is encrypted too (#9)
    try:
        fsync_path(target)
        fsync_path(target_folder)
    except OSError:
        pass  # some file systems refuse fsync on folders; the copy is already verified
    return target


def switch_to(folder: Path) -> None:
    """End the event loop so :func:`~backdiary.ui.launch.run_gui` reopens from ``folder``."""
    from backdiary.ui.backups import RESTART_EXIT_CODE  # noqa: PLC0415

    app = QCoreApplication.instance()
    if app is None:
        return
    app.setProperty(SWITCH_PROPERTY, str(folder))
    QTimer.singleShot(0, lambda: QCoreApplication.exit(RESTART_EXIT_CODE))


def _copy_backups(source: Path, target: Path) -> int:
    """Copy the backups (closed files) along with a moved diary; the originals stay.

    A backup that cannot be copied is skipped: the diary itself is already copied
    and verified, and the old folder still holds every backup.

    Returns:
        How many backups were copied.
    """
    import shutil  # noqa: PLC0415

    from backdiary.privacy import make_private, make_private_dir  # noqa: PLC0415

    if not source.is_dir():
        return 0
    copied = 0
    try:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private_dir(target)
    except OSError:
        return 0
    for path in sorted(source.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue  # temporary files of a backup in progress
        destination = target / path.name
        if destination.exists():
            continue
        try:
            shutil.copyfile(path, destination)
            make_private(destination)
            copied += 1
        except OSError:
            destination.unlink(missing_ok=True)
    return copied


def _remove_copy(target: Path) -> None:
    """Remove a failed copy (and its journal files)."""
    for path in (
        target,
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        path.unlink(missing_ok=True)


class SettingsDialog(QDialog):
    """Edit the settings. Use :meth:`ask`; tests may build it and call :meth:`save`."""

    def __init__(self, settings: Settings, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self._settings = settings
        self._paths = paths
        self.moved_to: Path | None = None
        body = QWidget()
        layout = QVBoxLayout(body)

        reminders = QGroupBox(self.tr("Reminders"))
        rform = QFormLayout(reminders)
        self.reminder_on = QCheckBox(self.tr("Remind me daily if I have not logged anything"))
        self.reminder_on.setChecked(settings.reminder_enabled())
        self.reminder_time = QTimeEdit(_qtime(settings.reminder_time()))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Daily reminder time"))
        rform.addRow(self.reminder_on)
        time_label = QLabel(self.tr("Daily reminder &at"))
        time_label.setBuddy(self.reminder_time)
        rform.addRow(time_label, self.reminder_time)
        self.medication_on = QCheckBox(self.tr("Remind me to take my medicine"))
        self.medication_on.setChecked(settings.medication_reminder_enabled())
        self.medication_times = QLineEdit(
            ", ".join(t.strftime("%H:%M") for t in settings.medication_times())
        )
        self.medication_times.setPlaceholderText(self.tr("e.g. 08:00, 20:00"))
        self.medication_times.setAccessibleName(self.tr("Medication reminder times"))
        self.medication_times.setAccessibleDescription(
            self.tr("Times as hours:minutes, separated by commas")
        )
        rform.addRow(self.medication_on)
        med_label = QLabel(self.tr("Medicine &times"))
        med_label.setBuddy(self.medication_times)
        rform.addRow(med_label, self.medication_times)
        self.reminder_time.setEnabled(self.reminder_on.isChecked())
        self.reminder_on.toggled.connect(self.reminder_time.setEnabled)
        self.medication_times.setEnabled(self.medication_on.isChecked())
        self.medication_on.toggled.connect(self.medication_times.setEnabled)
        layout.addWidget(reminders)

        region = QGroupBox(self.tr("Region and emergency numbers"))
        region_layout = QVBoxLayout(region)
        self.region = RegionForm(settings.region())
        region_layout.addWidget(self.region)
        layout.addWidget(region)

        look = QGroupBox(self.tr("Appearance and language"))
        lform = QFormLayout(look)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, text in (
            ("system", self.tr("Like the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme()), 0))
        lform.addRow(self._label(self.tr("T&heme"), self.theme), self.theme)
        self.text_scale = QComboBox()
        self.text_scale.setAccessibleName(self.tr("Text size"))
        for percent in TEXT_SCALES:
            self.text_scale.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.text_scale.setCurrentIndex(max(self.text_scale.findData(settings.text_scale()), 0))
        lform.addRow(self._label(self.tr("Text si&ze"), self.text_scale), self.text_scale)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, text in (
            ("system", self.tr("Like the system")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        lform.addRow(self._label(self.tr("&Language"), self.language), self.language)
        lform.addRow(QLabel(self.tr("A new language applies the next time backdiary starts.")))
        layout.addWidget(look)

        tray = QGroupBox(self.tr("Tray"))
        tform = QVBoxLayout(tray)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps backdiary in the tray"))
        self.close_to_tray.setChecked(settings.close_to_tray())
        self.start_in_tray = QCheckBox(self.tr("Start in the tray (window hidden)"))
        self.start_in_tray.setChecked(settings.start_in_tray())
        tform.addWidget(self.close_to_tray)
        tform.addWidget(self.start_in_tray)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.no_tray_note = QLabel(
                self.tr(
                    "This desktop shows no tray icons right now: closing the window quits "
                    "backdiary, and reminders appear only while its window is open."
                )
            )
            self.no_tray_note.setWordWrap(True)
            tform.addWidget(self.no_tray_note)
        layout.addWidget(tray)

        data = QGroupBox(self.tr("Data folder"))
        dform = QVBoxLayout(data)
        self.folder = QLineEdit(str(paths.data))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Diary folder"))
        self.move_button = QPushButton(self.tr("Move the diary…"))
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.move_button)
        dform.addLayout(row)
        pending = settings.data_dir()
        self.data_note = QLabel(
            self.tr(
                "Moving copies the diary into a new folder, checks the copy and reopens "
                "backdiary from there."
            )
            if pending is None or pending == paths.data
            else self.tr("On the next start backdiary opens {folder}.").format(folder=pending)
        )
        self.data_note.setWordWrap(True)
        hint = QLabel(
            self.tr("You can also open any folder once with: backdiary --data-dir FOLDER")
        )
        hint.setWordWrap(True)
        dform.addWidget(self.data_note)
        dform.addWidget(hint)
        layout.addWidget(data)
        from backdiary.ui.encryption_settings import EncryptionBox  # noqa: PLC0415 (#9)

        self.encryption = EncryptionBox(paths)
        layout.addWidget(self.encryption)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self._body = body
        describe_inputs(self)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Tall enough to show every section without scrolling, when the screen allows."""
        hint = self._body.sizeHint()
        width = max(620, hint.width() + 60)
        height = hint.height() + self.buttons.sizeHint().height() + 60
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, 320), max(height, 300))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def medication_times_value(self) -> list[time]:
        """The typed medicine times.

        Raises:
            ValueError: naming the part that is not a time.
        """
        times = []
        for part in self.medication_times.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            parsed = _parse_time(part)
            if parsed is None:
                raise ValueError(
                    self.tr("{text} is not a time (use hours:minutes, e.g. 08:00)").format(
                        text=part.strip()
                    )
                )
            times.append(parsed)
        return sorted(set(times))

    def save(self) -> None:
        """Store the values and apply the theme and text size.

        Raises:
            ValueError: when a value is not valid (the region's numbers, the times).
        """
        region = self.region.value()
        times = self.medication_times_value()
        if self.medication_on.isChecked() and not times:
            raise ValueError(self.tr("Enter at least one time for the medicine reminder."))
        s = self._settings
        s.set_reminder_enabled(self.reminder_on.isChecked())
        s.set_reminder_time(_pytime(self.reminder_time.time()))
        s.set_medication_reminder_enabled(self.medication_on.isChecked())
        s.set_medication_times(times)
        s.set_region(region)
        s.set_theme(str(self.theme.currentData()))
        s.set_text_scale(int(self.text_scale.currentData()))
        s.set_language(str(self.language.currentData()))
        s.set_close_to_tray(self.close_to_tray.isChecked())
        s.set_start_in_tray(self.start_in_tray.isChecked())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, s.theme())
            apply_text_scale(app, s.text_scale())

    def accept(self) -> None:
        """Save; on a problem stay open and say what to fix."""
        try:
            self.save()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def move_diary(self, target_folder: Path) -> Path:
        """Copy the diary to ``target_folder``, verify it, and record it as the diary folder.

        The caller then reopens backdiary from the new folder (:func:`switch_to`), so
        nothing is written to the old copy after it was taken.

        Raises:
            KnownError: when the copy is refused or fails (nothing changes then).
        """
        copied = copy_diary(self._paths.db, target_folder)
        folder = copied.parent
        self._settings.set_data_dir(folder)
        note = self.tr(
            "The diary was copied to {folder} and checked; backdiary now reopens it from "
            "there. The old folder {old} stays as it is until you remove it."
        ).format(folder=folder, old=self._paths.data)
        _copy_backups(self._paths.backups, folder / "backups")
        if self._paths.config.is_relative_to(self._paths.data):
            # A diary opened with --data-dir keeps its settings inside its folder: take them along.
            self._copy_settings_to(folder / "config" / self._settings.path.name)
            note += " " + self.tr(
                "From now on, start it with: backdiary --data-dir {folder}"
            ).format(folder=folder)
        self.moved_to = folder
        self.folder.setText(str(folder))
        self.data_note.setText(note)
        return copied

    def _copy_settings_to(self, target: Path) -> None:
        """A private copy of the settings for the moved diary (no pending move in it)."""
        import shutil  # noqa: PLC0415

        from backdiary.privacy import make_private, make_private_dir  # noqa: PLC0415

        if target.exists() or not self._settings.path.exists():
            return
        try:
            make_private_dir(target.parent)
            shutil.copyfile(self._settings.path, target)
            make_private(target)
            Settings(target).set_data_dir(None)
        except OSError:
            pass  # the diary itself is moved and checked; settings fall back to defaults

    def _on_move_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the new diary folder"), str(self._paths.data.parent)
        )
        if not folder:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Moving the diary"),
            self.tr(
                "Move the diary to {folder}?\n\nbackdiary copies it there, checks the copy and "
                "then reopens from the new folder. The old folder is left as it is."
            ).format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.save()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        try:
            self.move_diary(Path(folder))
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Moving the diary"), exc.full_message())
            return
        QMessageBox.information(self, self.tr("Moving the diary"), self.data_note.text())
        self.accept()
        switch_to(self.moved_to or Path(folder))

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings, paths: AppPaths) -> bool:
        """Show the dialog; True when the settings were saved."""
        dialog = cls(settings, paths, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
