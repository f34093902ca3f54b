"""Writing exports privately and atomically, reading imports within a size limit, deleting a diary.

Every export (PDF, JSON, CSV) holds health data, so it is created readable by its
owner only (0600) and appears under its final name only when complete: the bytes go
to a temporary file in the same folder (``mkstemp`` creates it 0600), are flushed to
disk, and the temporary file is renamed over the target. A crash or a full disk
leaves the previous file (if any) untouched and no half-written export behind.

Pure standard library: no Qt, no database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

#: The largest file ``backdiary import`` reads (JSON or CSV).
MAX_IMPORT_BYTES = 200 * 1024 * 1024
#: The same limit in words, for messages and help texts.
MAX_IMPORT_TEXT = "200 MB"


class ExportFileError(OSError):
    """An export could not be written or an import file could not be read; the message says why."""


def describe_size(size: float) -> str:
    """A file size for messages: ``250 MB``, ``12 KB``, ``80 bytes``."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size:.0f} bytes"


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary 0600 file that replaces ``path`` when the block ends without error.

    Usage::

        with private_file("report.pdf") as fh:
            fh.write(data)

    Raises:
        ExportFileError: when the folder does not exist, is not writable, or the disk is full.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportFileError(f"cannot write to {folder}: {_describe(exc)}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFileError(f"cannot write {target}: {_describe(exc)}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_private(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically, readable by the owner only."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with private_file(path) as fh:
        fh.write(raw)


def read_limited(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """Read a whole import file, refusing files larger than ``limit`` bytes.

    ``limit`` defaults to :data:`MAX_IMPORT_BYTES`.

    Raises:
        ExportFileError: naming the file and the problem (missing, unreadable, too large).
    """
    p = Path(path)
    if limit is None:
        limit = MAX_IMPORT_BYTES
    try:
        with p.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise ExportFileError(
                    f"{p} is {describe_size(size)}; backdiary imports files up to "
                    f"{describe_size(limit)}. Export a shorter period or split the file."
                )
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise ExportFileError(f"{p} is a folder, not a file") from None
    except FileNotFoundError:
        raise ExportFileError(f"{p} does not exist") from None
    except OSError as exc:
        raise ExportFileError(f"cannot read {p}: {_describe(exc)}") from None
    if len(data) > limit:  # the file grew while being read
        raise ExportFileError(f"{p} is larger than {describe_size(limit)}")
    return data


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when ``a`` and ``b`` name the same existing file (or the same absolute path)."""
    pa, pb = Path(a), Path(b)
    try:
        return pa.samefile(pb)
    except OSError:
        return pa.absolute() == pb.absolute()


#: The window's lock file in the data folder (``backdiary.ui.instance``).
LOCK_FILE_NAME = ".backdiary.lock"


def leftovers(data: Path) -> list[Path]:
    """Files the diary leaves in its data folder besides the database: temporary copies
    of an interrupted restore or new diary (``.diary-*.tmp``, health data too) and the
    window's lock file."""
    if not data.is_dir():
        return []
    found = sorted(data.glob(".diary-*.tmp*"))
    lock = data / LOCK_FILE_NAME
    if lock.exists() or lock.is_symlink():
        found.append(lock)
    marker = data / "ENCRYPTED.txt"  # backdiary.storage.crypto.MARKER_NAME (#9)
    if marker.is_file():
        found.append(marker)
    return found


@dataclass
class DeleteResult:
    """What :func:`delete_diary_files` removed and what it could not remove."""

    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def delete_diary_files(
    db: Path, backups: Path, settings_file: Path, logs: Path | None = None
) -> DeleteResult:
    """Delete a diary: the database with its ``-wal``/``-shm``/``-journal`` companions,
    temporary copies and the lock file (:func:`leftovers`), the backups folder, the logs
    folder and the settings file.

    Only these known names are touched: anything else in the data folder stays (the data
    folder itself is removed only if it is then empty). Missing files are not an error.
    """
    result = DeleteResult()
    files = [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    files += leftovers(db.parent)
    files.append(settings_file)
    for f in files:
        try:
            if f.is_file() or f.is_symlink():
                f.unlink()
                result.removed.append(f)
        except OSError as exc:
            result.failed.append((f, _describe(exc)))
    for folder in (backups, logs):
        if folder is None or not folder.exists():
            continue
        try:
            shutil.rmtree(folder)
            result.removed.append(folder)
        except OSError as exc:
            result.failed.append((folder, _describe(exc)))
    for folder in (settings_file.parent, db.parent):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only succeeds when empty
    return result
