"""What the entry form says when a save failed: what happened, and how to fix it.

The cause comes from :func:`backdiary.storage.failures.cause_of` (SQLite's result
code, or the ``errno`` of an ``OSError``); the words are translated here. The form
shows them after "Not saved:" and keeps what the user typed, so after fixing the
cause Save simply saves once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from backdiary.errors import KnownError
from backdiary.storage.failures import Cause, cause_of

_CONTEXT = "SaveFailure"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def save_failure(exc: BaseException, folder: Path | None = None) -> KnownError:
    """The error the entry form shows for a save that raised ``exc``.

    Args:
        exc: a SQLAlchemy ``DBAPIError``, a ``sqlite3.Error`` or an ``OSError``.
        folder: the diary's folder, named in the advice.
    """
    cause = cause_of(exc)
    where = str(folder) if folder is not None else ""
    again = _tr("then press Save again: what you typed is still in the form.")
    if cause is Cause.DISK_FULL:
        message = _tr("the disk is full.")
        hint = _tr(
            "Free some space on the disk that holds the diary ({folder}) – for example empty "
            "the trash or delete large files you no longer need –"
        ).format(folder=where)
    elif cause is Cause.READ_ONLY:
        message = _tr("the diary file cannot be written (it is read-only).")
        hint = _tr(
            "Check that the disk is not write-protected and that you may write to the "
            "diary folder ({folder}),"
        ).format(folder=where)
    elif cause is Cause.LOCKED:
        message = _tr("another program is using the diary right now.")
        hint = _tr(
            "Close other programs that may have the diary open (a database tool, or "
            "backdiary started from a terminal), wait a moment,"
        )
    elif cause is Cause.IO_ERROR:
        message = _tr("the disk reported an error while writing.")
        hint = _tr(
            "If the diary is on a USB stick or another removable drive, check that it is "
            "still connected, and make a backup soon;"
        )
    elif cause is Cause.DAMAGED:
        return KnownError(
            _tr("the diary file appears to be damaged."),
            _tr(
                "Copy what you typed somewhere safe, then close backdiary and start it "
                "again: it will check the diary and offer to restore a backup or rescue "
                "your entries."
            ),
        )
    elif cause is Cause.CANNOT_OPEN:
        message = _tr("the diary file could not be reached.")
        hint = _tr(
            "If the diary is on a removable or network drive, reconnect it ({folder}),"
        ).format(folder=where)
    else:
        orig = getattr(exc, "orig", None) or exc
        reason = getattr(orig, "strerror", None) or str(orig) or type(orig).__name__
        message = _tr("writing the diary failed ({reason}).").format(reason=reason)
        hint = _tr("Check the disk and the diary folder ({folder}),").format(folder=where)
    return KnownError(message, f"{hint} {again}")
