"""The unlock dialog, the Encryption settings and the keyring (issue #9)."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from backdiary import keystore
from backdiary.paths import AppPaths
from backdiary.storage import crypto
from backdiary.storage.diary import open_diary
from backdiary.ui import launch
from backdiary.ui.dataio import ExportDialog
from backdiary.ui.encryption_settings import EncryptionBox
from backdiary.ui.settings import Settings
from backdiary.ui.settings_dialog import SettingsDialog, copy_diary
from backdiary.ui.unlock import PassphraseDialog, PassphraseMode, UnlockDialog, ensure_unlocked

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not crypto.availability().available, reason="SQLCipher not installed"),
]
PASS = "open sesame 'n\" 100%+"


class MemoryKeyring:
    """A stand-in for a real system keyring (module name outside keyring.backends.fail)."""

    priority = 5

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.store[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        if self.store.pop((service, user), None) is None:
            raise KeyError(user)


@pytest.fixture(autouse=True)
def _locked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    crypto.lock_all()
    yield
    crypto.lock_all()


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fail:
        pass

    Fail.__module__ = "keyring.backends.fail"
    fake = type("K", (), {"get_keyring": staticmethod(lambda: Fail())})
    monkeypatch.setattr(keystore, "_keyring", lambda: fake)


@pytest.fixture
def ring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    fake = type(
        "K",
        (),
        {
            "get_keyring": staticmethod(lambda: backend),
            "get_password": staticmethod(backend.get_password),
            "set_password": staticmethod(backend.set_password),
            "delete_password": staticmethod(backend.delete_password),
        },
    )
    monkeypatch.setattr(keystore, "_keyring", lambda: fake)
    return backend


@pytest.fixture
def encrypted(app_paths: AppPaths) -> AppPaths:
    open_diary(app_paths).dispose()
    crypto.encrypt_diary(app_paths.db, app_paths.backups, PASS)
    crypto.lock_all()
    return app_paths


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.usefixtures("no_keyring")
def test_unlock_dialog_says_wrong_and_lets_you_retry(
    qtbot: QtBot, encrypted: AppPaths, tmp_path: Path
) -> None:
    before = digest(encrypted.db)
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "This diary is encrypted" in dialog.findChildren(type(dialog.error))[0].text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert not dialog.remember.isVisible()
    assert "not available" in dialog.keyring_note.text()
    dialog.passphrase.setText(PASS + "x")
    assert not dialog.try_unlock()
    assert dialog.error.isVisible()
    assert "Wrong passphrase" in dialog.error.text() and "not changed" in dialog.error.text()
    assert dialog.isVisible() and dialog.key is None
    dialog.grab().save(str(tmp_path / "unlock-wrong.png"))
    assert digest(encrypted.db) == before
    dialog.passphrase.setText(PASS)
    assert dialog.try_unlock()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.key is not None and crypto.key_for(encrypted.db) == dialog.key
    assert dialog.passphrase.text() == ""


def test_unlock_dialog_remembers_in_the_keyring(
    qtbot: QtBot, encrypted: AppPaths, ring: MemoryKeyring
) -> None:
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isVisible() and not dialog.keyring_note.isVisible()
    dialog.passphrase.setText(PASS)
    dialog.remember.setChecked(True)
    assert dialog.try_unlock()
    assert ring.store == {("backdiary", keystore.account(encrypted.db)): PASS}
    crypto.lock_all()
    assert ensure_unlocked(encrypted)  # no dialog: the keyring had it
    assert crypto.key_for(encrypted.db) is not None
    settings_files = list(encrypted.data.rglob("*.ini"))
    assert all(PASS not in p.read_text() for p in settings_files)


def test_refused_keyring_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file"):
        backend = type("B", (), {})
        backend.__module__ = module
        fake = type("K", (), {"get_keyring": staticmethod(lambda b=backend: b())})
        monkeypatch.setattr(keystore, "_keyring", lambda f=fake: f)
        found = keystore.status()
        assert not found.available and "no system keyring" in found.reason
        assert found.code == "no-backend"

    def missing() -> Any:
        raise ImportError("keyring")

    monkeypatch.setattr(keystore, "_keyring", missing)
    assert "not installed" in keystore.status().reason


@pytest.mark.usefixtures("no_keyring")
def test_start_up_asks_for_the_passphrase_and_never_shows_recovery(
    qtbot: QtBot, encrypted: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(encrypted.db)
    seen: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                if not seen:
                    widget.passphrase.setText("wrong")
                    widget.try_unlock()
                    seen.append(widget.error.text())
                    QTimer.singleShot(10, answer)
                else:
                    widget.reject()  # Quit
                return
        QTimer.singleShot(10, answer)

    from backdiary.ui import recovery as recovery_ui

    monkeypatch.setattr(
        recovery_ui, "resolve_problem", lambda *a: pytest.fail("recovery dialog shown")
    )
    QTimer.singleShot(10, answer)
    status = launch.run_gui(argparse.Namespace(data_dir=str(encrypted.data), smoke_test=False))
    assert status == 1
    assert seen and "Wrong passphrase" in seen[0]
    assert digest(encrypted.db) == before
    assert not (encrypted.data / ".backdiary.lock").exists()


def test_start_up_with_the_passphrase_in_the_environment(
    encrypted: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AppPaths] = []

    def fake_show(app: QApplication, opened: launch.Opened, smoke: bool) -> int:
        with opened.load().connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        opened.close()
        shown.append(opened.paths)
        return 0

    monkeypatch.setattr(launch, "_show", fake_show)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    status = launch.run_gui(argparse.Namespace(data_dir=str(encrypted.data), smoke_test=True))
    assert status == 0 and shown


def test_smoke_test_without_a_passphrase_says_so(
    encrypted: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(encrypted.db)
    status = launch.run_gui(argparse.Namespace(data_dir=str(encrypted.data), smoke_test=True))
    assert status == 1
    assert "needs its passphrase" in capsys.readouterr().err
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, "wrong")
    status = launch.run_gui(argparse.Namespace(data_dir=str(encrypted.data), smoke_test=True))
    assert status == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    assert digest(encrypted.db) == before


def test_settings_encrypt_change_decrypt(
    qtbot: QtBot, app_paths: AppPaths, ring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_diary(app_paths).dispose()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    dialog = SettingsDialog(Settings(app_paths.settings_file), app_paths)
    qtbot.addWidget(dialog)
    box = dialog.encryption
    assert "not encrypted" in box.status.text()
    assert box.encrypt_button.isEnabled() and not box.decrypt_button.isEnabled()
    result = box.convert(crypto.Mode.ENCRYPT, None, PASS, remember=True)
    assert result.entries == 0
    assert crypto.looks_encrypted(app_paths.db)
    assert "is encrypted" in box.status.text()
    assert box.change_button.isEnabled() and box.decrypt_button.isEnabled()
    assert not box.encrypt_button.isEnabled()
    assert box.remember.isChecked()
    assert "Exports you made before are not encrypted" in box.summary(result)
    box.convert(crypto.Mode.REKEY, PASS, "second pass", remember=True)
    assert ring.store[("backdiary", keystore.account(app_paths.db))] == "second pass"
    crypto.lock_all()
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(app_paths.db, PASS)
    box.convert(crypto.Mode.DECRYPT, "second pass", None)
    assert not crypto.looks_encrypted(app_paths.db)
    assert ring.store == {}
    assert "not encrypted" in box.status.text()


def test_passphrase_dialog_checks_what_was_typed(qtbot: QtBot, encrypted: AppPaths) -> None:
    new = PassphraseDialog(PassphraseMode.NEW, encrypted.db)
    qtbot.addWidget(new)
    assert new.check() == "Enter the new passphrase."
    new.new.setText("a b")
    new.again.setText("a c")
    assert new.check() == "The two new passphrases differ."
    new.again.setText("a b")
    assert new.check() is None
    change = PassphraseDialog(PassphraseMode.CHANGE, encrypted.db)
    qtbot.addWidget(change)
    change.current.setText("nope")
    change.new.setText("x")
    change.again.setText("x")
    assert change.check() == "The current passphrase is wrong."
    change.current.setText(PASS)
    assert change.check() is None


def test_without_the_driver_the_section_says_why(
    qtbot: QtBot, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_diary(app_paths).dispose()

    def missing() -> Any:
        raise ImportError("No module named 'sqlcipher3'")

    monkeypatch.setattr(crypto, "_driver", None)
    monkeypatch.setattr(crypto, "_import_driver", missing)
    box = EncryptionBox(app_paths)
    qtbot.addWidget(box)
    box.show()
    assert "not available on this computer" in box.status.text()
    assert "No module named 'sqlcipher3'" in box.status.text()
    assert not any(
        b.isEnabled() for b in (box.encrypt_button, box.change_button, box.decrypt_button)
    )
    box.grab().save(str(tmp_path / "unavailable.png"))


def test_moving_an_encrypted_diary_keeps_it_encrypted(encrypted: AppPaths, tmp_path: Path) -> None:
    crypto.unlock(encrypted.db, PASS)
    copied = copy_diary(encrypted.db, tmp_path / "moved")
    assert crypto.looks_encrypted(copied)
    assert copied.read_bytes()[:16] == encrypted.db.read_bytes()[:16]
    assert (copied.parent / crypto.MARKER_NAME).is_file()
    crypto.lock_all()
    crypto.unlock(copied, PASS)


def test_export_dialog_says_exports_are_not_encrypted(qtbot: QtBot) -> None:
    dialog = ExportDialog(encrypted=True)
    qtbot.addWidget(dialog)
    assert "Your diary is encrypted, but exports are not" in dialog.plain_note.text()
    plain = ExportDialog()
    qtbot.addWidget(plain)
    assert "not encrypted" in plain.plain_note.text()


@pytest.mark.usefixtures("no_keyring")
def test_encrypting_from_the_settings_reopens_the_diary_encrypted(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from backdiary.ui.backups import RESTART_EXIT_CODE

    open_diary(app_paths).dispose()
    calls: list[str] = []

    def fake_show(app: QApplication, opened: launch.Opened, smoke: bool) -> int:
        engine, paths = opened.load(), opened.paths
        if not calls:
            window = QWidget()
            window.service = SimpleNamespace(repo=SimpleNamespace(engine=engine))  # type: ignore[attr-defined]
            box = EncryptionBox(paths, window)
            box.convert(crypto.Mode.ENCRYPT, None, PASS)  # closes the window's connections
            calls.append("encrypted")
            window.deleteLater()
            opened.close()
            return RESTART_EXIT_CODE
        with engine.connect() as conn:  # reopened with the key, no dialog
            calls.append(str(conn.exec_driver_sql("PRAGMA cipher_version").scalar()))
        opened.close()
        return 0

    monkeypatch.setattr(launch, "_show", fake_show)
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    status = launch.run_gui(argparse.Namespace(data_dir=str(app_paths.data), smoke_test=False))
    assert status == 0
    assert calls[0] == "encrypted" and calls[1].startswith("4.")
    assert crypto.looks_encrypted(app_paths.db)
