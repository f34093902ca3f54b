"""``backdiary encrypt``, ``decrypt`` and ``change-passphrase``; passphrases for every command.

Passphrases come from the environment or the terminal, never from an option (an
option would end up in the shell history and in ``ps``):

* the current passphrase: ``$BACKDIARY_PASSPHRASE``, else asked without echo when
  standard input is a terminal, else the command stops with exit status 4;
* a new passphrase (``encrypt``, ``change-passphrase``): ``$BACKDIARY_NEW_PASSPHRASE``
  (for ``encrypt`` also ``$BACKDIARY_PASSPHRASE``), else asked twice without echo.

Exit statuses: 3 wrong passphrase (the file is unchanged), 4 a passphrase is needed
but could not be asked for, 5 the diary is encrypted and SQLCipher is not
available here (see :mod:`backdiary.storage.crypto`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.storage import crypto

NEW_PASSPHRASE_ENV = "BACKDIARY_NEW_PASSPHRASE"
#: Commands that do not read the diary (they never ask for its passphrase).
NO_DIARY = frozenset({"run_install_desktop", "run_delete_all"})
#: Attempts at the terminal before a wrong passphrase ends the command.
ATTEMPTS = 3


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    """Register the encryption commands."""
    encrypt = sub.add_parser(
        "encrypt",
        help="encrypt the diary and its backups with a passphrase (SQLCipher)",
        description="Encrypt the diary and every backup with a passphrase (SQLCipher 4, "
        f"AES-256). The passphrase is taken from ${NEW_PASSPHRASE_ENV} or "
        f"${crypto.PASSPHRASE_ENV}, or asked twice without echo. The diary is written anew, "
        "checked and swapped in; the unencrypted file is overwritten and deleted. "
        "A forgotten passphrase cannot be recovered. Exports stay unencrypted.",
    )
    encrypt.set_defaults(func=run_encrypt, writes=True, own_passphrase=True)
    decrypt = sub.add_parser(
        "decrypt",
        help="remove the encryption from the diary and its backups",
        description="Write the diary and its backups back as plain SQLite files. The "
        f"passphrase is taken from ${crypto.PASSPHRASE_ENV} or asked without echo.",
    )
    decrypt.set_defaults(func=run_decrypt, writes=True, own_passphrase=True)
    change = sub.add_parser(
        "change-passphrase",
        help="encrypt the diary and its backups with a new passphrase",
        description=f"The current passphrase is taken from ${crypto.PASSPHRASE_ENV}, the new "
        f"one from ${NEW_PASSPHRASE_ENV}; each is asked without echo when not set.",
    )
    change.set_defaults(func=run_change_passphrase, writes=True, own_passphrase=True)


def _tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_passphrase(prompt: str) -> str:
    """Read a passphrase at the terminal without echo.

    Raises:
        PassphraseRequiredError: standard input is not a terminal.
    """
    if not _tty():
        raise crypto.PassphraseRequiredError(
            "A passphrase is needed, and standard input is not a terminal to ask for it.",
            f"Set {crypto.PASSPHRASE_ENV} (and {NEW_PASSPHRASE_ENV} for a new passphrase).",
        )
    return getpass.getpass(prompt)


def current_passphrase(paths: AppPaths, attempt: int = 0) -> str:
    """The passphrase of the encrypted diary: the environment, else the terminal."""
    given = os.environ.get(crypto.PASSPHRASE_ENV)
    if given:
        return given
    if not _tty():
        raise crypto.passphrase_required(paths.db)
    return ask_passphrase(
        f"Passphrase for {paths.db}: " if attempt == 0 else "Wrong passphrase, try again: "
    )


def new_passphrase(*env_names: str) -> str:
    """A new passphrase: the first of ``env_names`` set, else asked twice at the terminal."""
    for name in env_names:
        given = os.environ.get(name)
        if given:
            crypto.check_passphrase(given)
            return given
    first = ask_passphrase("New passphrase: ")
    crypto.check_passphrase(first)
    if ask_passphrase("The new passphrase again: ") != first:
        raise KnownError("The two passphrases differ; nothing was changed.", "Try again.")
    return first


def unlock_diary(paths: AppPaths) -> str | None:
    """Unlock the encrypted diary of ``paths`` for this command; None when it is not encrypted.

    Returns:
        The passphrase that unlocked it.

    Raises:
        WrongPassphraseError: after the attempts (one from the environment).
        PassphraseRequiredError, EncryptionUnavailableError.
    """
    if not crypto.is_cipher_file(paths.db):
        return None
    crypto.driver()
    interactive = not os.environ.get(crypto.PASSPHRASE_ENV)
    for attempt in range(ATTEMPTS if interactive else 1):
        passphrase = current_passphrase(paths, attempt)
        try:
            crypto.unlock(paths.db, passphrase)
            return passphrase
        except crypto.WrongPassphraseError:
            if not interactive or attempt == ATTEMPTS - 1:
                raise
    raise crypto.wrong_passphrase(paths.db)  # pragma: no cover (the loop raises)


def prepare(args: argparse.Namespace) -> None:
    """Before a command: unlock an encrypted diary (unless the command does it itself)."""
    if getattr(args, "own_passphrase", False) or args.func.__name__ in NO_DIARY:
        return
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if crypto.looks_encrypted(paths.db):
        unlock_diary(paths)


def exit_status(exc: KnownError) -> int | None:
    """The documented exit status of an encryption error (None for other errors)."""
    if isinstance(exc, crypto.WrongPassphraseError):
        return crypto.EXIT_WRONG_PASSPHRASE
    if isinstance(exc, crypto.PassphraseRequiredError):
        return crypto.EXIT_PASSPHRASE_NEEDED
    if isinstance(exc, crypto.EncryptionUnavailableError):
        return crypto.EXIT_UNAVAILABLE
    return None


def _paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def _require_diary(paths: AppPaths) -> None:
    if not paths.db.exists():
        raise KnownError(f"There is no diary in {paths.data} yet.", "Nothing to convert.")


def _report(result: crypto.ConversionResult, done: str) -> None:
    n = len(result.backups_converted)
    print(f"{done} ({result.entries:,} entries) and {n} backup{'' if n == 1 else 's'}")
    if result.backups_removed:
        print(
            f"{len(result.backups_removed)} backup file(s) could not be read, so they could not "
            "be converted; they were overwritten and deleted:"
        )
        for path in result.backups_removed:
            print(f"  {path}")


def run_encrypt(args: argparse.Namespace) -> int:
    """``backdiary encrypt``."""
    paths = _paths(args)
    if crypto.is_cipher_file(paths.db):
        raise KnownError("The diary is already encrypted.", "Use backdiary change-passphrase.")
    crypto.driver()
    passphrase = new_passphrase(NEW_PASSPHRASE_ENV, crypto.PASSPHRASE_ENV)
    if not paths.db.exists():
        # Encrypting before the first entry is the strongest choice: start an empty diary.
        from backdiary.storage.diary import open_diary  # noqa: PLC0415

        open_diary(paths, backup=False).dispose()
    result = crypto.encrypt_diary(paths.db, paths.backups, passphrase)
    _report(result, "encrypted the diary")
    print(
        "Keep the passphrase safe: a forgotten passphrase cannot be recovered. Exports you "
        "make (CSV, JSON, PDF) are not encrypted."
    )
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    """``backdiary decrypt``."""
    paths = _paths(args)
    _require_diary(paths)
    if not crypto.is_cipher_file(paths.db):
        raise KnownError("The diary is not encrypted.", "Nothing to decrypt.")
    passphrase = unlock_diary(paths)
    assert passphrase is not None
    result = crypto.decrypt_diary(paths.db, paths.backups, passphrase)
    _report(result, "decrypted the diary")
    print("The diary and its backups are no longer encrypted.")
    return 0


def run_change_passphrase(args: argparse.Namespace) -> int:
    """``backdiary change-passphrase``."""
    paths = _paths(args)
    _require_diary(paths)
    if not crypto.is_cipher_file(paths.db):
        raise KnownError("The diary is not encrypted.", "Use backdiary encrypt.")
    old = unlock_diary(paths)
    assert old is not None
    new = new_passphrase(NEW_PASSPHRASE_ENV)
    result = crypto.change_passphrase(paths.db, paths.backups, old, new)
    _report(result, "changed the passphrase of the diary")
    return 0
