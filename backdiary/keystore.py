"""Remembering a diary's passphrase in the operating system's keyring (optional).

The passphrase is stored only through the ``keyring`` package, in the system's
own secret store (macOS Keychain, Windows Credential Locker, the Secret Service of
GNOME/KDE), never in a file of backdiary's. Backends that are not a real secret
store are refused: ``keyring``'s ``fail`` and ``null`` backends and the
``keyrings.alt`` file backends (plaintext or weakly protected files). Without an
acceptable backend, remembering is not offered and :func:`status` says why.

Trade-off (README): a remembered passphrase opens the diary for anyone who can use
the logged-in account, like a saved browser password.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("backdiary.keystore")

SERVICE = "backdiary"
#: Backend modules that are not a real secret store.
REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether a passphrase can be remembered here, and why not."""

    available: bool
    reason: str = ""
    backend: str = ""
    #: ``missing`` (no keyring package), ``unreachable`` or ``no-backend``; empty when available.
    code: str = ""


def _keyring() -> Any:
    return importlib.import_module("keyring")


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _acceptable(backend: object) -> bool:
    name = _name(backend)
    if name.startswith("keyring.backends.chainer"):
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(_acceptable(b) for b in inner)
    return not name.startswith(REFUSED)


def status() -> KeyringStatus:
    """Whether the system keyring can hold the passphrase (never raises)."""
    try:
        module = _keyring()
    except Exception as exc:  # ImportError, or a backend failing while loading
        return KeyringStatus(
            False, f"the keyring package is not installed ({type(exc).__name__})", code="missing"
        )
    try:
        backend = module.get_keyring()
    except Exception as exc:
        return KeyringStatus(
            False,
            f"the system keyring cannot be reached ({type(exc).__name__})",
            code="unreachable",
        )
    if not _acceptable(backend):
        return KeyringStatus(
            False,
            "no system keyring (such as GNOME Keyring, KWallet, macOS Keychain or the Windows "
            "Credential Locker) is available",
            _name(backend),
            "no-backend",
        )
    return KeyringStatus(True, "", _name(backend))


def account(db: Path) -> str:
    """The keyring entry's user name for the diary file ``db``."""
    return f"diary:{db.absolute()}"


def load(db: Path) -> str | None:
    """The remembered passphrase of ``db``, or None (also when the keyring fails)."""
    if not status().available:
        return None
    try:
        value = _keyring().get_password(SERVICE, account(db))
    except Exception as exc:
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) and value else None


def save(db: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for ``db`` in the system keyring.

    Raises:
        RuntimeError: no acceptable keyring, or storing failed (the message says why).
    """
    found = status()
    if not found.available:
        raise RuntimeError(found.reason)
    try:
        _keyring().set_password(SERVICE, account(db), passphrase)
    except Exception as exc:
        raise RuntimeError(f"the system keyring refused it ({type(exc).__name__})") from None


def forget(db: Path) -> bool:
    """Remove the remembered passphrase of ``db``; True when there was one."""
    if not status().available:
        return False
    module = _keyring()
    try:
        module.delete_password(SERVICE, account(db))
    except Exception:  # PasswordDeleteError: nothing stored
        return False
    return True


def remembered(db: Path) -> bool:
    """Whether a passphrase is remembered for ``db``."""
    return load(db) is not None
