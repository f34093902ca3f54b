"""Unlocking an encrypted diary at start, and asking for passphrases (issue #9).

:func:`ensure_unlocked` runs before the diary is opened: a plain diary passes at
once; an encrypted one is unlocked with ``$BACKDIARY_PASSPHRASE``, else with the
passphrase remembered in the system keyring, else with the :class:`UnlockDialog`.
A wrong passphrase is said to be wrong (the file is not touched) and may be typed
again; it never leads to the recovery dialog.

:class:`PassphraseDialog` asks for the passphrases of the three actions in the
settings (encrypt, change the passphrase, decrypt).
"""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backdiary import keystore
from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.storage import crypto
from backdiary.ui.theme import error_style

log = logging.getLogger("backdiary.ui")


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


def _wrapped(text: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:  # secondary text: a little smaller, same (accessible) colour
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
    return label


def keyring_reason(status: keystore.KeyringStatus) -> str:
    """Why the passphrase cannot be remembered, in the user's language."""
    texts = {
        "missing": QApplication.translate(
            "Keyring", "the keyring package is not installed (pip install keyring)"
        ),
        "unreachable": QApplication.translate(
            "Keyring", "the system keyring does not answer; is your desktop session unlocked?"
        ),
        "no-backend": QApplication.translate(
            "Keyring",
            "no system keyring (such as GNOME Keyring, KWallet, macOS Keychain or the Windows "
            "Credential Locker) is available",
        ),
    }
    return texts.get(status.code, status.reason)


class UnlockDialog(QDialog):
    """Ask for the passphrase of an encrypted diary until it is right (or the user quits).

    Attributes:
        key: the key, once unlocked.
        attempts: wrong passphrases typed so far.
    """

    def __init__(self, paths: AppPaths, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("Unlock diary – backdiary"))
        self._paths = paths
        self.key: crypto.DiaryKey | None = None
        self.attempts = 0
        heading = QLabel(self.tr("This diary is encrypted"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        intro = _wrapped(
            self.tr("Enter its passphrase to open the diary in {folder}.").format(folder=paths.data)
        )
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.passphrase.setObjectName("passphrase")
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        self.show_text = QCheckBox(self.tr("&Show the passphrase"))
        self.show_text.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        ring = keystore.status()
        self.remember = QCheckBox(self.tr("&Remember on this computer (in the system keyring)"))
        self.remember.setVisible(ring.available)
        self.remember.setAccessibleDescription(
            self.tr("Anyone who can use your account on this computer can then open the diary.")
        )
        self.keyring_note = _wrapped(
            self.tr("Remembering the passphrase is not available: {reason}.").format(
                reason=keyring_reason(ring)
            ),
            muted=True,
        )
        self.keyring_note.setVisible(not ring.available)
        self.error = _wrapped(note)
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet(error_style())
        self.error.setVisible(bool(note))
        self.error.setAccessibleName(self.tr("Problem"))
        forgotten = _wrapped(
            self.tr(
                "A forgotten passphrase cannot be recovered: nobody, not even backdiary, "
                "can open the diary without it."
            ),
            muted=True,
        )
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(forgotten)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.passphrase.setFocus()

    def show_problem(self, text: str) -> None:
        """Show ``text`` as the problem (red, read out by screen readers)."""
        self.error.setText(text)
        self.error.setVisible(True)
        self.error.setAccessibleDescription(text)

    def try_unlock(self) -> bool:
        """Check the typed passphrase; close on success, say what is wrong otherwise."""
        text = self.passphrase.text()
        if not text:
            self.show_problem(self.tr("Enter the passphrase."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.key = crypto.unlock(self._paths.db, text)
        except crypto.WrongPassphraseError:
            QApplication.restoreOverrideCursor()
            self.attempts += 1
            self.show_problem(
                self.tr(
                    "Wrong passphrase – the diary was not changed. Check Caps Lock and the "
                    "keyboard layout, then try again (attempt {n})."
                ).format(n=self.attempts)
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            self.show_problem(exc.full_message())
            return False
        QApplication.restoreOverrideCursor()
        if self.remember.isVisible() and self.remember.isChecked():
            try:
                keystore.save(self._paths.db, text)
            except RuntimeError as exc:
                log.warning("the passphrase could not be remembered")
                self.show_problem(
                    self.tr("The passphrase could not be remembered: {reason}.").format(reason=exc)
                )
        self.passphrase.clear()
        self.accept()
        return True

    @classmethod
    def ask(cls, paths: AppPaths, parent: QWidget | None = None, note: str = "") -> bool:
        """Show the dialog; True once the diary is unlocked."""
        dialog = cls(paths, parent, note)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted and dialog.key is not None
        dialog.deleteLater()
        return unlocked


def ensure_unlocked(paths: AppPaths, *, smoke: bool = False) -> bool:
    """Make sure the diary of ``paths`` can be opened: unlock it if it is encrypted.

    Returns:
        True when it is plain or unlocked; False when the user quit: start-up then ends.

    Raises:
        EncryptionUnavailableError: the diary is encrypted and SQLCipher is missing.
        PassphraseRequiredError, WrongPassphraseError: with ``smoke`` (nobody to ask).
    """
    if not crypto.looks_encrypted(paths.db) or crypto.key_for(paths.db) is not None:
        return True
    crypto.driver()
    note = ""
    given = os.environ.get(crypto.PASSPHRASE_ENV)
    if given:
        try:
            crypto.unlock(paths.db, given)
            return True
        except crypto.WrongPassphraseError:
            if smoke:  # nobody to ask: say it (the file is untouched)
                raise
            note = QApplication.translate(
                "UnlockDialog", "The passphrase in {name} is wrong; enter the right one."
            ).format(name=crypto.PASSPHRASE_ENV)
    if smoke:
        raise crypto.passphrase_required(paths.db)
    remembered = keystore.load(paths.db)
    if remembered:
        try:
            crypto.unlock(paths.db, remembered)
            return True
        except crypto.WrongPassphraseError:
            note = QApplication.translate(
                "UnlockDialog",
                "The passphrase remembered on this computer no longer opens the diary.",
            )
    return UnlockDialog.ask(paths, None, note)


class PassphraseMode(StrEnum):
    """What :class:`PassphraseDialog` asks for."""

    NEW = "new"  # encrypt: the new passphrase twice
    CHANGE = "change"  # the current one, then the new one twice
    CURRENT = "current"  # decrypt, or remember: the current one


class PassphraseDialog(QDialog):
    """Ask for a current and/or a new passphrase; :meth:`check` validates."""

    def __init__(
        self, mode: PassphraseMode, db: Path, parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.mode = mode
        self._db = db
        self.setWindowTitle(title or self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.again = _password_field(self.tr("New passphrase again"))
        if mode is not PassphraseMode.NEW:
            form.addRow(self.tr("&Current passphrase"), self.current)
        if mode is not PassphraseMode.CURRENT:
            form.addRow(self.tr("&New passphrase"), self.new)
            form.addRow(self.tr("New passphrase &again"), self.again)
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "Choose a passphrase of several words and write it down somewhere "
                        "safe. If you forget it, nobody can open the diary or its backups – "
                        "backdiary cannot recover it."
                    )
                )
            )
        layout.addLayout(form)
        ring = keystore.status()
        self.remember = QCheckBox(self.tr("&Remember on this computer (in the system keyring)"))
        self.remember.setVisible(ring.available and mode is not PassphraseMode.CURRENT)
        self.remember.setChecked(ring.available and keystore.remembered(db))
        layout.addWidget(self.remember)
        if not ring.available and mode is not PassphraseMode.CURRENT:
            layout.addWidget(
                _wrapped(
                    self.tr("Remembering the passphrase is not available: {reason}.").format(
                        reason=keyring_reason(ring)
                    ),
                    muted=True,
                )
            )
        self.error = _wrapped("")
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> str | None:
        """What is wrong with the typed passphrases, or None."""
        if self.mode is not PassphraseMode.NEW:
            if not self.current.text():
                return self.tr("Enter the current passphrase.")
            if crypto.is_cipher_file(self._db):
                try:
                    crypto.unlock(self._db, self.current.text())
                except crypto.WrongPassphraseError:
                    return self.tr("The current passphrase is wrong.")
        if self.mode is not PassphraseMode.CURRENT:
            if not self.new.text():
                return self.tr("Enter the new passphrase.")
            if "\0" in self.new.text():
                return self.tr("The passphrase cannot contain a NUL character.")
            if self.new.text() != self.again.text():
                return self.tr("The two new passphrases differ.")
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def clear(self) -> None:
        """Forget what was typed."""
        for field in (self.current, self.new, self.again):
            field.clear()
