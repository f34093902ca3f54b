"""Errors shared by every layer.

:class:`KnownError` is the environment's fault (disk full, database locked, a diary
from a newer backdiary…): the user gets its calm message and a way forward.
Anything else is a bug: logged with its traceback.
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can understand and fix; ``str(exc)`` is the message.

    Attributes:
        hint: what to do about it (may be empty).
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def full_message(self) -> str:
        """The message followed by the hint, for a dialog or stderr."""
        return f"{self}\n{self.hint}" if self.hint else str(self)


class DatabaseLockedError(KnownError):
    """Another program holds the diary's write lock."""


class SchemaTooNewError(KnownError):
    """The diary was written by a newer backdiary (unknown schema revision)."""


class NotADiaryError(KnownError):
    """The file exists but is not a backdiary database (or is damaged)."""


class StorageError(KnownError):
    """Writing failed for a reason outside the app: disk full, read-only file, I/O error."""
