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


def save_failure(exc: BaseException, folder: Path | None = None) -> KnownError:
    """The error the entry form shows for a save that raised ``exc``.

    Args:
        exc: a SQLAlchemy ``DBAPIError``, a ``sqlite3.Error`` or an ``OSError``.
        folder: the diary's folder, named in the advice.
    """
    cause = cause_of(exc)
    where = str(folder) if folder is not None else ""
    if cause is Cause.DISK_FULL:
        return KnownError(
            QCoreApplication.translate("SaveFailure", "the disk is full."),
            QCoreApplication.translate(
                "SaveFailure",
                "Free some space on the disk that holds the diary ({folder}), for example by "
                "emptying the trash or deleting large files you no longer need, then press "
                "Save again: what you typed is still in the form.",
            ).format(folder=where),
        )
    if cause is Cause.READ_ONLY:
        return KnownError(
            QCoreApplication.translate(
                "SaveFailure", "the diary file cannot be written (it is read-only)."
            ),
            QCoreApplication.translate(
                "SaveFailure",
                "Check that the disk is not write-protected and that you may write to the "
                "diary folder ({folder}), then press Save again: what you typed is still in "
                "the form.",
            ).format(folder=where),
        )
    if cause is Cause.LOCKED:
        return KnownError(
            QCoreApplication.translate(
                "SaveFailure", "another program is using the diary right now."
            ),
            QCoreApplication.translate(
                "SaveFailure",
                "Close other programs that may have the diary open (a database tool, or "
                "backdiary started from a terminal), wait a moment, then press Save again: "
                "what you typed is still in the form.",
            ),
        )
    if cause is Cause.IO_ERROR:
        return KnownError(
            QCoreApplication.translate("SaveFailure", "the disk reported an error while writing."),
            QCoreApplication.translate(
                "SaveFailure",
                "If the diary is on a USB stick or another removable drive, check that it is "
                "still connected, then press Save again: what you typed is still in the form. "
                "Make a backup soon.",
            ),
        )
    if cause is Cause.DAMAGED:
        return KnownError(
            QCoreApplication.translate("SaveFailure", "the diary file appears to be damaged."),
            QCoreApplication.translate(
                "SaveFailure",
                "Copy what you typed somewhere safe, then close backdiary and start it "
                "again: it will check the diary and offer to restore a backup or rescue "
                "your entries.",
            ),
        )
    if cause is Cause.CANNOT_OPEN:
        return KnownError(
            QCoreApplication.translate("SaveFailure", "the diary file could not be reached."),
            QCoreApplication.translate(
                "SaveFailure",
                "If the diary is on a removable or network drive, reconnect it ({folder}), "
                "then press Save again: what you typed is still in the form.",
            ).format(folder=where),
        )
    orig = getattr(exc, "orig", None) or exc
    reason = getattr(orig, "strerror", None) or str(orig) or type(orig).__name__
    return KnownError(
        QCoreApplication.translate("SaveFailure", "writing the diary failed ({reason}).").format(
            reason=reason
        ),
        QCoreApplication.translate(
            "SaveFailure",
            "Check the disk and the diary folder ({folder}), then press Save again: what you "
            "typed is still in the form.",
        ).format(folder=where),
    )


def delete_failure(exc: BaseException, folder: Path | None = None) -> str:
    """What to say when deleting an entry failed (the entry is still in the diary)."""
    cause = save_failure(exc, folder)
    if cause_of(exc) is Cause.DAMAGED:
        return QCoreApplication.translate(
            "SaveFailure",
            "The entry was not deleted: {what}\n\nClose backdiary and start it again: it will "
            "check the diary and offer to restore a backup or rescue your entries.",
        ).format(what=str(cause))
    return QCoreApplication.translate(
        "SaveFailure",
        "The entry was not deleted: {what}\n\nIt is still in the diary. Once the cause is "
        "fixed, delete it again.",
    ).format(what=str(cause))
