"""What a failed write means for the user, and what to do about it.

SQLite reports the cause of a failure as a result code (``SQLITE_FULL``,
``SQLITE_READONLY``…); Python 3.11 exposes it as ``sqlite_errorname``. Errors made
by hand (tests, other drivers) only carry the message, so both are looked at.
:func:`describe` turns any such error into a :class:`~backdiary.errors.StorageError`
whose message says what happened and whose hint says how to fix it; the entry form
shows both and keeps what the user typed, so Save can simply be pressed again.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from backdiary.errors import StorageError


class Cause(Enum):
    """Why a write failed."""

    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    IO_ERROR = "I/O error"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot open"
    OTHER = "other"


_BY_NAME = {
    "SQLITE_FULL": Cause.DISK_FULL,
    "SQLITE_READONLY": Cause.READ_ONLY,
    "SQLITE_PERM": Cause.READ_ONLY,
    "SQLITE_AUTH": Cause.READ_ONLY,
    "SQLITE_BUSY": Cause.LOCKED,
    "SQLITE_LOCKED": Cause.LOCKED,
    "SQLITE_IOERR": Cause.IO_ERROR,
    "SQLITE_CORRUPT": Cause.DAMAGED,
    "SQLITE_NOTADB": Cause.DAMAGED,
    "SQLITE_CANTOPEN": Cause.CANNOT_OPEN,
}
_BY_TEXT = (
    ("disk is full", Cause.DISK_FULL),
    ("readonly database", Cause.READ_ONLY),
    ("read-only", Cause.READ_ONLY),
    ("database is locked", Cause.LOCKED),
    ("database table is locked", Cause.LOCKED),
    ("disk i/o error", Cause.IO_ERROR),
    ("malformed", Cause.DAMAGED),
    ("not a database", Cause.DAMAGED),
    ("unable to open database", Cause.CANNOT_OPEN),
)
_BY_ERRNO = {
    errno.ENOSPC: Cause.DISK_FULL,
    errno.EDQUOT: Cause.DISK_FULL,
    errno.EROFS: Cause.READ_ONLY,
    errno.EACCES: Cause.READ_ONLY,
    errno.EPERM: Cause.READ_ONLY,
    errno.EIO: Cause.IO_ERROR,
    errno.ENOENT: Cause.CANNOT_OPEN,
    errno.ENODEV: Cause.CANNOT_OPEN,
    errno.ENXIO: Cause.CANNOT_OPEN,
}


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's exception behind a SQLAlchemy ``DBAPIError`` (or ``exc`` itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def cause_of(exc: BaseException) -> Cause:
    """Classify a failed write: a SQLite error (wrapped or not) or an ``OSError``."""
    exc = _driver_error(exc)
    if isinstance(exc, OSError):
        return _BY_ERRNO.get(exc.errno or 0, Cause.OTHER)
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE → SQLITE_IOERR
        if base in _BY_NAME:
            return _BY_NAME[base]
    text = str(exc).lower()
    for needle, cause in _BY_TEXT:
        if needle in text:
            return cause
    return Cause.OTHER


def describe(exc: BaseException, folder: Path | None = None) -> StorageError:
    """A calm message and a way forward for a write that failed.

    Args:
        exc: a ``sqlite3.Error``, a SQLAlchemy ``DBAPIError`` wrapping one, or an ``OSError``.
        folder: the data folder, named in the advice when given.

    Returns:
        The error to raise (``raise describe(exc) from None``); its message starts
        with what happened, its hint says how to fix it and that Save can be pressed again.
    """
    cause = cause_of(exc)
    where = f" ({folder})" if folder is not None else ""
    again = "then press Save again: what you typed is still in the form."
    if cause is Cause.DISK_FULL:
        return StorageError(
            "The entry was not saved: the disk is full.",
            f"Free some space on the disk that holds the diary{where} – for example "
            f"empty the trash or delete large files you no longer need – {again}",
        )
    if cause is Cause.READ_ONLY:
        return StorageError(
            "The entry was not saved: the diary file cannot be written (it is read-only).",
            f"Check that the disk is not write-protected and that you may write to the "
            f"diary folder{where}, {again}",
        )
    if cause is Cause.LOCKED:
        return StorageError(
            "The entry was not saved: another program is using the diary right now.",
            f"Close other programs that may have the diary open (a database tool, "
            f"a second backdiary), wait a moment, {again}",
        )
    if cause is Cause.IO_ERROR:
        return StorageError(
            "The entry was not saved: the disk reported an error while writing.",
            f"If the diary is on a USB stick or another removable drive, check that it "
            f"is still connected, {again} Make a backup soon.",
        )
    if cause is Cause.DAMAGED:
        return StorageError(
            "The entry was not saved: the diary file appears to be damaged.",
            "Copy what you typed somewhere safe, then close backdiary and start it again: "
            "it will check the diary and offer to restore a backup or rescue your entries.",
        )
    if cause is Cause.CANNOT_OPEN:
        return StorageError(
            "The entry was not saved: the diary file could not be reached.",
            f"If the diary is on a removable or network drive, reconnect it{where}, {again}",
        )
    detail = str(_driver_error(exc)) or type(exc).__name__
    return StorageError(
        f"The entry was not saved: writing the diary failed ({detail}).",
        f"Check the disk and the diary folder{where}, {again}",
    )
