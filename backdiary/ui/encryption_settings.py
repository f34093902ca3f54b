"""The "Encryption" section of the settings: encrypt, change the passphrase, decrypt (#9).

Each action converts the diary and its backups at once (see
:mod:`backdiary.storage.crypto`): the window's connection to the diary is closed
first, and backdiary reopens the diary afterwards. "Remember on this computer"
keeps the passphrase in the system keyring (:mod:`backdiary.keystore`); it is
offered only when a real keyring is available, and otherwise the reason is shown.
When SQLCipher is missing, the section says why and offers nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from backdiary import keystore
from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.storage import crypto
from backdiary.ui.unlock import PassphraseDialog, PassphraseMode, keyring_reason

log = logging.getLogger("backdiary.ui")


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class EncryptionBox(QGroupBox):
    """Status of the diary's encryption and the three actions.

    Attributes:
        converted: the last conversion's result (None before one).
        reopen: ask the window to reopen the diary after a conversion (off in tests
            that build the box alone).
    """

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Encryption"))
        self.setObjectName("EncryptionBox")
        self._paths = paths
        self.converted: crypto.ConversionResult | None = None
        self.reopen = True
        self.availability = crypto.availability()
        self.ring = keystore.status()
        self.status = _label()
        self.status.setObjectName("encryptionStatus")
        explain = _label(
            self.tr(
                "Encryption protects the diary file and its backups when someone copies them "
                "or gets hold of your computer or disk. It does not protect the diary while "
                "backdiary has it open, nor files you export (they are plain files). A "
                "forgotten passphrase cannot be recovered."
            )
        )
        self.encrypt_button = QPushButton(self.tr("&Encrypt the diary…"))
        self.change_button = QPushButton(self.tr("Change the &passphrase…"))
        self.decrypt_button = QPushButton(self.tr("&Decrypt…"))
        row = QHBoxLayout()
        for button, slot in (
            (self.encrypt_button, self._on_encrypt),
            (self.change_button, self._on_change),
            (self.decrypt_button, self._on_decrypt),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.remember = QCheckBox(self.tr("&Remember the passphrase on this computer"))
        self.remember.setToolTip(
            self.tr(
                "Stored in the system keyring, never in a file of backdiary's. Anyone who can "
                "use your account on this computer can then open the diary without typing it."
            )
        )
        self.remember.toggled.connect(self._on_remember_toggled)
        self.keyring_note = _label(
            self.tr("Remembering the passphrase is not available: {reason}.").format(
                reason=keyring_reason(self.ring)
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        self.refresh()

    # ------------------------------------------------------------------ state
    def encrypted(self) -> bool:
        """Whether the diary file is encrypted now."""
        return crypto.looks_encrypted(self._paths.db)

    def refresh(self) -> None:
        """Show the current state and enable the actions that apply."""
        available = self.availability.available
        encrypted = self.encrypted()
        if not available:
            self.status.setText(
                self.tr("Encryption is not available on this computer: {reason}.").format(
                    reason=self.availability.reason
                )
            )
        elif encrypted:
            self.status.setText(
                self.tr(
                    "This diary is encrypted with a passphrase (SQLCipher, AES-256); its "
                    "backups are encrypted too."
                )
            )
        else:
            self.status.setText(
                self.tr("This diary is not encrypted: anyone who can read your files can read it.")
            )
        has_diary = self._paths.db.exists()
        self.encrypt_button.setEnabled(available and has_diary and not encrypted)
        self.change_button.setEnabled(available and encrypted)
        self.decrypt_button.setEnabled(available and encrypted)
        self.remember.setVisible(available and encrypted and self.ring.available)
        self.keyring_note.setVisible(available and not self.ring.available)
        self.remember.blockSignals(True)
        self.remember.setChecked(self.ring.available and keystore.remembered(self._paths.db))
        self.remember.blockSignals(False)

    # ------------------------------------------------------------------ actions
    def convert(
        self,
        mode: crypto.Mode,
        current: str | None,
        new: str | None,
        *,
        remember: bool = False,
    ) -> crypto.ConversionResult:
        """Carry out one action: close the window's diary, convert, update the keyring.

        Raises:
            KnownError: the conversion was refused or failed (the diary is unchanged).
        """
        db, backups = self._paths.db, self._paths.backups
        engine = _window_engine(self)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Closing the window's connections deletes the -wal; keep its bytes to overwrite.
            with crypto.keep_companions(db):
                if engine is not None:
                    engine.dispose()
            if mode is crypto.Mode.ENCRYPT:
                assert new is not None
                result = crypto.encrypt_diary(db, backups, new)
            elif mode is crypto.Mode.REKEY:
                assert current is not None and new is not None
                result = crypto.change_passphrase(db, backups, current, new)
            else:
                assert current is not None
                result = crypto.decrypt_diary(db, backups, current)
        finally:
            QApplication.restoreOverrideCursor()
        self.converted = result
        if self.ring.available:
            if mode is crypto.Mode.DECRYPT or not remember:
                keystore.forget(db)
            elif new is not None:
                try:
                    keystore.save(db, new)
                except RuntimeError as exc:
                    log.warning("the passphrase could not be remembered")
                    QMessageBox.warning(
                        self,
                        self.tr("Encryption"),
                        self.tr("The passphrase could not be remembered: {reason}.").format(
                            reason=exc
                        ),
                    )
        self.refresh()
        return result

    def summary(self, result: crypto.ConversionResult) -> str:
        """What a conversion did, for the message after it."""
        done = {
            crypto.Mode.ENCRYPT: self.tr(
                "The diary ({n:,} entries) and {b} backups are now encrypted."
            ),
            crypto.Mode.REKEY: self.tr(
                "The diary ({n:,} entries) and {b} backups now open with the new passphrase."
            ),
            crypto.Mode.DECRYPT: self.tr(
                "The diary ({n:,} entries) and {b} backups are no longer encrypted."
            ),
        }[result.mode].format(n=result.entries, b=len(result.backups_converted))
        if result.backups_removed:
            done += " " + self.tr(
                "{n} backup files could not be read, so they could not be converted; they "
                "were overwritten and deleted: {names}."
            ).format(
                n=len(result.backups_removed),
                names=", ".join(p.name for p in result.backups_removed),
            )
        if result.mode is not crypto.Mode.DECRYPT:
            done += " " + self.tr("Exports you made before are not encrypted.")
        return done

    def _run(self, mode: crypto.Mode, title: str) -> None:
        dialog_mode = {
            crypto.Mode.ENCRYPT: PassphraseMode.NEW,
            crypto.Mode.REKEY: PassphraseMode.CHANGE,
            crypto.Mode.DECRYPT: PassphraseMode.CURRENT,
        }[mode]
        dialog = PassphraseDialog(dialog_mode, self._paths.db, self, title)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            current = dialog.current.text() or None
            new = dialog.new.text() or None
            remember = dialog.remember.isVisible() and dialog.remember.isChecked()
        finally:
            dialog.clear()
            dialog.deleteLater()
        try:
            result = self.convert(mode, current, new, remember=remember)
        except KnownError as exc:
            QMessageBox.warning(self, title, exc.full_message())
            self._reopen()
            return
        QMessageBox.information(
            self,
            title,
            self.summary(result) + "\n\n" + self.tr("backdiary reopens the diary now."),
        )
        self._reopen()

    def _reopen(self) -> None:
        """Close the settings and let the window open the diary again (it was closed)."""
        if not self.reopen or _window_engine(self) is None:
            return
        from backdiary.ui.backups import RESTART_EXIT_CODE  # noqa: PLC0415

        top = self.window()
        if isinstance(top, QDialog):
            top.reject()
        QTimer.singleShot(0, lambda: QCoreApplication.exit(RESTART_EXIT_CODE))

    def _on_encrypt(self) -> None:
        self._run(crypto.Mode.ENCRYPT, self.tr("Encrypt the diary"))

    def _on_change(self) -> None:
        self._run(crypto.Mode.REKEY, self.tr("Change the passphrase"))

    def _on_decrypt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Decrypt the diary"),
            self.tr(
                "Remove the encryption? The diary and its backups are then plain files that "
                "anyone who can read your files can open."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(crypto.Mode.DECRYPT, self.tr("Decrypt the diary"))

    def set_remembered(self, on: bool, passphrase: str | None = None) -> bool:
        """Remember (with ``passphrase``, checked first) or forget the passphrase.

        Returns:
            Whether the keyring now holds it as asked.
        """
        db = self._paths.db
        if not on:
            keystore.forget(db)
            return True
        if passphrase is None:
            return False
        try:
            crypto.unlock(db, passphrase)
            keystore.save(db, passphrase)
        except (crypto.WrongPassphraseError, RuntimeError) as exc:
            QMessageBox.warning(self, self.tr("Encryption"), str(exc))
            return False
        return True

    def _on_remember_toggled(self, on: bool) -> None:
        passphrase = None
        if on:
            dialog = PassphraseDialog(
                PassphraseMode.CURRENT, self._paths.db, self, self.tr("Remember the passphrase")
            )
            if dialog.exec() == QDialog.DialogCode.Accepted:
                passphrase = dialog.current.text()
            dialog.clear()
            dialog.deleteLater()
        self.set_remembered(on, passphrase)
        self.refresh()


def _window_engine(widget: QWidget) -> Engine | None:
    """The engine of the main window's open diary, if ``widget`` lives in one."""
    node: QWidget | None = widget
    while node is not None:
        service = getattr(node, "service", None)
        repo = getattr(service, "repo", None)
        engine = getattr(repo, "engine", None)
        if isinstance(engine, Engine):
            return engine
        node = node.parentWidget()
    return None
