"""Encryption at rest with SQLCipher 4: keys, connections, and converting a diary in place.

An encrypted diary is an SQLCipher 4 database with the library's defaults
(AES-256-CBC, PBKDF2-HMAC-SHA512 with 256,000 iterations, 4096-byte pages, a
per-page HMAC-SHA512). Its first 16 bytes are the random salt; everything else,
including the ``-wal`` file, is ciphertext.

Keys: the passphrase never goes into SQL, a URL or a log line. backdiary derives
the very key SQLCipher would derive from it (PBKDF2-HMAC-SHA512, the file's salt,
256,000 iterations, 32 bytes) with :func:`hashlib.pbkdf2_hmac` and hands SQLCipher
the raw key as ``PRAGMA key = "x'<hex>'"``. The file therefore opens with the plain
passphrase in any SQLCipher 4 tool, while backdiary pays for the slow derivation
once per process and file, not once per connection. Derived keys are kept in this
process only (:func:`register`), looked up by the file's salt, so every connection
the storage layer makes (the main engine, read-only checks, backups of the same
diary) finds its key without passing it around.

The driver (``sqlcipher3``, from the ``sqlcipher3-binary`` wheel) is optional:
:func:`availability` says whether it can be used and why not, and nothing here
imports it until an encrypted diary is met.

Converting (:func:`encrypt_diary`, :func:`decrypt_diary`, :func:`change_passphrase`):
the diary is written anew with ``sqlcipher_export()`` into a private temporary file
next to it, which is checked (``integrity_check``, ``cipher_integrity_check``, every
table's row count, ``application_id``, ``user_version``), flushed and then renamed
over the diary in one step. The replaced file and its ``-wal``/``-shm`` are
overwritten with zeros before they are deleted. The backups are converted the
same way (or, when they cannot be read, overwritten and deleted, and named in the
result), so after ``encrypt`` no plaintext copy of the diary is left in the data
folder.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from backdiary.errors import KnownError
from backdiary.privacy import create_private, fsync_path, make_private

log = logging.getLogger("backdiary.storage")

#: The package that provides SQLCipher to Python.
DRIVER = "sqlcipher3"
#: Where the passphrase is taken from when set (commands and the window).
PASSPHRASE_ENV = "BACKDIARY_PASSPHRASE"
#: SQLCipher 4 defaults.
KDF_ITER = 256_000
KDF_HASH = "sha512"
KEY_SIZE = 32
SALT_SIZE = 16
PAGE_SIZE = 4096
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Exit status of a command given a wrong passphrase (documented in the README).
EXIT_WRONG_PASSPHRASE = 3
#: Exit status of a command that needs a passphrase and could not ask for one.
EXIT_PASSPHRASE_NEEDED = 4
#: Exit status when the diary is encrypted but SQLCipher is not available here.
EXIT_UNAVAILABLE = 5


# ---------------------------------------------------------------------------- errors
class EncryptionUnavailableError(KnownError):
    """The SQLCipher driver cannot be used on this computer.

    Attributes:
        reason: why, in a few words (for "not available: …").
    """

    def __init__(self, message: str, hint: str = "", reason: str = "") -> None:
        super().__init__(message, hint)
        self.reason = reason or message


class PassphraseRequiredError(KnownError):
    """The diary is encrypted and no passphrase was given."""


class WrongPassphraseError(KnownError):
    """The passphrase does not unlock the diary; the file was not changed."""


def wrong_passphrase(path: Path) -> WrongPassphraseError:
    """The error for a passphrase that does not open ``path``."""
    return WrongPassphraseError(
        f"Wrong passphrase: it does not unlock the encrypted diary {path}. "
        "The file has not been changed.",
        "Check Caps Lock and the keyboard layout, then try again. A forgotten passphrase "
        "cannot be recovered; if you are sure it is right, the file may be damaged: restore "
        "one of its encrypted backups (backdiary backup --list, backdiary restore FILE).",
    )


def passphrase_required(path: Path) -> PassphraseRequiredError:
    """The error for an encrypted diary met without a passphrase."""
    return PassphraseRequiredError(
        f"The diary {path} is encrypted and needs its passphrase.",
        f"Set {PASSPHRASE_ENV} or run the command in a terminal, where it asks for the "
        "passphrase without showing it.",
    )


# ---------------------------------------------------------------------------- the driver
@dataclass(frozen=True, slots=True)
class Availability:
    """Whether encryption can be used here, and why not."""

    available: bool
    reason: str = ""
    version: str = ""


_driver: ModuleType | None = None
_driver_lock = threading.Lock()


def _import_driver() -> ModuleType:
    return importlib.import_module(f"{DRIVER}.dbapi2")


def driver() -> ModuleType:
    """The ``sqlcipher3.dbapi2`` module.

    Raises:
        EncryptionUnavailableError: with the reason, when it cannot be imported.
    """
    global _driver
    with _driver_lock:
        if _driver is not None:
            return _driver
        try:
            module = _import_driver()
            probe = module.connect(":memory:")
            try:
                probe.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
                version = probe.execute("PRAGMA cipher_version").fetchone()
            finally:
                probe.close()
            if not version or not str(version[0]).startswith("4."):
                raise ImportError(f"SQLCipher 4 is needed, found {version and version[0]!r}")
        except Exception as exc:  # ImportError, OSError from the shared library…
            reason = (
                f"the SQLCipher driver ({DRIVER}) cannot be loaded ({type(exc).__name__}: {exc})"
            )
            install = (
                "pip install sqlcipher3-binary (Linux x86-64) or pip install sqlcipher3 "
                "(needs SQLCipher's library)"
            )
            raise EncryptionUnavailableError(
                f"Encryption is not available: {reason}.",
                f"Install it with: {install}.",
                f"{reason}; install it with {install}",
            ) from None
        _driver = module
        return module


def availability() -> Availability:
    """Whether encrypted diaries can be opened and made here (imports the driver)."""
    try:
        module = driver()
    except EncryptionUnavailableError as exc:
        return Availability(False, exc.reason)
    conn = module.connect(":memory:")
    try:
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
    return Availability(True, "", version)


def sql_errors(*extra: type[BaseException]) -> tuple[type[BaseException], ...]:
    """``extra``, ``sqlite3.Error`` and, once the driver is loaded, its own ``Error`` class.

    For ``except sql_errors():`` where both plain and encrypted connections are met.
    """
    module = sys.modules.get(f"{DRIVER}.dbapi2")
    found: tuple[type[BaseException], ...] = (*extra, sqlite3.Error)
    return found if module is None else (*found, module.Error)


def database_errors() -> tuple[type[BaseException], ...]:
    """``sqlite3.DatabaseError`` and the driver's, like :func:`sql_errors`."""
    module = sys.modules.get(f"{DRIVER}.dbapi2")
    found: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    return found if module is None else (*found, module.DatabaseError)


def operational_errors() -> tuple[type[BaseException], ...]:
    """``sqlite3.OperationalError`` and the driver's, like :func:`sql_errors`."""
    module = sys.modules.get(f"{DRIVER}.dbapi2")
    found: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
    return found if module is None else (*found, module.OperationalError)


def _is_not_a_database(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or "file is not a database" in str(exc)


# ---------------------------------------------------------------------------- recognising files
def is_cipher_header(header: bytes, size: int) -> bool:
    """Whether a file starting with ``header`` (100 bytes) of ``size`` looks like SQLCipher.

    SQLCipher files start with 16 random bytes and consist of whole pages. A plain
    SQLite file whose first bytes were overwritten still shows the page size and the
    fixed payload fractions (64, 32, 32) at bytes 21–23; those are not taken for
    encrypted.
    """
    if size < 1024 or size % 1024 or len(header) < 24:
        return False
    if header.startswith(SQLITE_MAGIC):
        return False
    return header[21:24] != b"\x40\x20\x20"


def is_cipher_file(path: Path) -> bool:
    """Whether ``path`` could be an SQLCipher database (random-looking whole pages).

    Random garbage cannot be told from an encrypted file by its bytes: see
    :func:`looks_encrypted` for the decision the app makes.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    return is_cipher_header(header, size)


#: Written next to an encrypted diary: it tells an encrypted diary from a damaged file.
MARKER_NAME = "ENCRYPTED.txt"
MARKER_TEXT = (
    "This folder holds a backdiary diary encrypted with SQLCipher 4 (AES-256; its key comes\n"
    "from the passphrase through PBKDF2-HMAC-SHA512 with 256,000 iterations). It opens only\n"
    "with its passphrase, and a forgotten passphrase cannot be recovered.\n"
    "backdiary reads this file to tell the encrypted diary from a damaged one (a wrong\n"
    "passphrase must never be taken for damage): keep it next to diary.sqlite3.\n"
)


def marked(path: Path) -> bool:
    """Whether ``path`` (a diary, or a backup in its ``backups`` folder) is marked encrypted."""
    return any((folder / MARKER_NAME).is_file() for folder in (path.parent, path.parent.parent))


def set_marker(folder: Path, encrypted: bool) -> None:
    """Write (private, flushed) or remove the marker of the diary folder ``folder``."""
    marker = folder / MARKER_NAME
    if not encrypted:
        marker.unlink(missing_ok=True)
        return
    if marker.is_file():
        return
    tmp = folder / f".diary-marker.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    create_private(tmp)
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(MARKER_TEXT)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, marker)
    fsync_path(folder)


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` is to be treated as an encrypted diary (asking for its passphrase).

    It must look like SQLCipher (:func:`is_cipher_file`) and either be marked
    encrypted (:data:`MARKER_NAME` in its folder), or have a known key, or a
    passphrase must have been given in :data:`PASSPHRASE_ENV`. An unmarked file of
    random bytes is therefore a damaged diary (the recovery path), while a wrong
    passphrase for a marked one is only ever "wrong passphrase".
    """
    if not is_cipher_file(path):
        return False
    if marked(path) or os.environ.get(PASSPHRASE_ENV):
        return True
    salt = _salt_of(path)
    with _keys_lock:
        return salt in _by_salt


def _salt_of(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SALT_SIZE)


def read_salt(path: Path) -> bytes | None:
    """The salt of a file that may be encrypted (its first 16 bytes), or None for other files."""
    if not is_cipher_file(path):
        return None
    with path.open("rb") as fh:
        return fh.read(SALT_SIZE)


# ---------------------------------------------------------------------------- keys
@dataclass(frozen=True, slots=True)
class DiaryKey:
    """The raw SQLCipher key of one file (derived from its passphrase and salt)."""

    key: bytes = field(repr=False)
    salt: bytes

    def pragma_value(self, *, with_salt: bool = False) -> str:
        """``x'…'``: the raw key in hex (and the salt, to make a new file with this salt)."""
        return f"x'{self.key.hex()}{self.salt.hex() if with_salt else ''}'"

    def __repr__(self) -> str:  # never the key itself
        return f"DiaryKey(salt={self.salt.hex()[:8]}…)"


_derived: dict[tuple[str, bytes], bytes] = {}
_by_salt: dict[bytes, DiaryKey] = {}
_passphrases: list[str] = []
_keys_lock = threading.Lock()


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase SQLCipher could not use (empty, or with a NUL character).

    Raises:
        KnownError: saying what is wrong with it.
    """
    if not passphrase:
        raise KnownError("The passphrase is empty.", "Choose a passphrase of a few words.")
    if "\0" in passphrase:
        raise KnownError("The passphrase contains a NUL character.", "Choose another one.")


def derive_key(passphrase: str, salt: bytes) -> DiaryKey:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``.

    PBKDF2-HMAC-SHA512, 256,000 iterations, over the passphrase's UTF-8 bytes
    exactly as given (no trimming, no normalisation). Cached per process.
    """
    check_passphrase(passphrase)
    with _keys_lock:
        cached = _derived.get((passphrase, salt))
    if cached is None:
        import hashlib  # noqa: PLC0415

        cached = hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ITER, KEY_SIZE)
        with _keys_lock:
            _derived[(passphrase, salt)] = cached
    return DiaryKey(cached, salt)


def new_key(passphrase: str) -> DiaryKey:
    """A key for a new encrypted file: a fresh random salt."""
    return derive_key(passphrase, os.urandom(SALT_SIZE))


def register(key: DiaryKey, passphrase: str | None = None) -> None:
    """Remember ``key`` for files with its salt (and ``passphrase`` for other salts)."""
    with _keys_lock:
        _by_salt[key.salt] = key
        if passphrase is not None and passphrase not in _passphrases:
            _passphrases.append(passphrase)


def forget_all() -> None:
    """Forget every key and passphrase this process knows (tests; after a decrypt)."""
    with _keys_lock:
        _derived.clear()
        _by_salt.clear()
        _passphrases.clear()


def lock_all() -> None:
    """Forget which files are unlocked (the derived-key cache stays; tests use this)."""
    with _keys_lock:
        _by_salt.clear()
        _passphrases.clear()


def key_for(path: Path) -> DiaryKey | None:
    """The known key of the encrypted file ``path``; None when it is not encrypted or unknown.

    A file with a salt not seen yet (e.g. a backup copied from elsewhere) is tried
    with the passphrases given so far.
    """
    salt = read_salt(path)
    if salt is None:
        return None
    with _keys_lock:
        known = _by_salt.get(salt)
        candidates = list(_passphrases)
    if known is not None:
        return known
    for passphrase in candidates:
        key = derive_key(passphrase, salt)
        if _opens(path, key):
            register(key)
            return key
    return None


def is_unlocked(path: Path) -> bool:
    """Whether ``path`` is plain SQLite (or missing), or encrypted with a known key."""
    return not looks_encrypted(path) or key_for(path) is not None


def require_key(path: Path) -> DiaryKey | None:
    """The key ``path`` needs (None for a plain file).

    Raises:
        EncryptionUnavailableError: the file is encrypted and SQLCipher is missing.
        PassphraseRequiredError: the file is encrypted and no passphrase is known.
    """
    if not looks_encrypted(path):
        return None
    try:
        driver()
    except EncryptionUnavailableError as exc:
        raise EncryptionUnavailableError(
            f"The diary {path} is encrypted (or is not a database), and encryption is not "
            f"available here: {exc.reason}.",
            exc.hint,
            exc.reason,
        ) from None
    key = key_for(path)
    if key is None:
        raise passphrase_required(path)
    return key


def unlock(path: Path, passphrase: str) -> DiaryKey:
    """Check ``passphrase`` against the encrypted file ``path`` and remember its key.

    The file is opened read-only; a wrong passphrase changes nothing.

    Raises:
        WrongPassphraseError: the passphrase does not open the file.
        EncryptionUnavailableError: SQLCipher is missing.
        KnownError: the file is not encrypted, or the passphrase is empty.
    """
    driver()
    salt = read_salt(path)
    if salt is None:
        raise KnownError(f"The diary {path} is not encrypted.", "No passphrase is needed.")
    key = derive_key(passphrase, salt)
    if not _opens(path, key):
        log.info("a passphrase was refused")
        raise wrong_passphrase(path)
    register(key, passphrase)
    return key


def _opens(path: Path, key: DiaryKey) -> bool:
    """Whether ``key`` decrypts ``path`` (read-only; never writes)."""
    try:
        conn = connect(path, key, readonly=True, timeout=2.0)
    except WrongPassphraseError:
        return False
    except driver().DatabaseError:
        # The first page decrypted (a wrong key fails there, as "not a database"), but a
        # later page of the schema did not: the key is right and the file is damaged,
        # which the checks at open report as damage (never as a wrong passphrase).
        return True
    conn.close()
    return True


# ---------------------------------------------------------------------------- connections
def connect(
    path: Path,
    key: DiaryKey | None,
    *,
    readonly: bool = False,
    immutable: bool = False,
    create: bool = False,
    timeout: float = 5.0,
) -> Any:
    """An ``sqlcipher3`` connection to ``path`` keyed with ``key`` (None: a plain file).

    The key is the first statement; ``temp_store = MEMORY`` keeps sorts and temporary
    tables off the disk. The key is checked at once by reading the schema.

    Args:
        path: the database file.
        key: its key; ``create=True`` makes a new file with the key's salt.
        readonly: open read-only (``mode=ro``); nothing is ever written to ``path``.
        immutable: with ``readonly``: no locking either (files nobody writes).
        create: the file is new (or empty).
        timeout: seconds to wait for another program's lock.

    Raises:
        WrongPassphraseError: the key does not decrypt the file (nothing was changed).
    """
    module = driver()
    if readonly:
        uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = module.connect(
            uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
        )
    else:
        conn = module.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.pragma_value(with_salt=create)}"')
            conn.execute("PRAGMA temp_store = MEMORY")
        if not create:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        if key is not None and _is_not_a_database(exc):
            raise wrong_passphrase(path) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def connect_to(path: Path, *, readonly: bool = False, timeout: float = 5.0) -> Any:
    """A connection to ``path`` with the right driver: ``sqlite3``, or SQLCipher with its key.

    Raises:
        PassphraseRequiredError, EncryptionUnavailableError: an encrypted file whose
            key is not known, or no SQLCipher here.
    """
    key = require_key(path)
    if key is None:
        if readonly:
            uri = f"file:{quote(str(path))}?mode=ro"
            return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)
    return connect(path, key, readonly=readonly, timeout=timeout)


def is_cipher_connection(conn: object) -> bool:
    """Whether ``conn`` is an ``sqlcipher3`` connection."""
    return type(conn).__module__.startswith(DRIVER)


def engine_is_encrypted(engine: Any) -> bool:
    """Whether a SQLAlchemy engine opens its diary through SQLCipher."""
    dbapi = getattr(engine.dialect, "dbapi", None)
    return dbapi is not None and str(getattr(dbapi, "__name__", "")).startswith(DRIVER)


def main_file(conn: Any) -> Path | None:
    """The file of the ``main`` database of ``conn`` (None for an in-memory one)."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def connection_key(conn: Any) -> DiaryKey | None:
    """The key of the encrypted database behind ``conn`` (None for plain SQLite)."""
    if not is_cipher_connection(conn):
        return None
    path = main_file(conn)
    return None if path is None else key_for(path)


def new_target(path: Path, key: DiaryKey | None, timeout: float = 5.0) -> Any:
    """A connection to a new, empty (already created, private) file: plain or with ``key``."""
    if key is None:
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)
    return connect(path, key, create=True, timeout=timeout)


# ---------------------------------------------------------------------------- removing
def wipe(path: Path) -> bool:
    """Overwrite a file with zeros, flush it, then delete it. Returns whether it existed.

    On SSDs and copy-on-write file systems the old blocks may survive an overwrite;
    see the README. This is still far better than a plain delete.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    try:
        with path.open("r+b", buffering=0) as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                left -= fh.write(chunk[: min(left, len(chunk))]) or 0
            os.fsync(fh.fileno())
    except OSError:
        log.warning("a file could not be overwritten before deleting it")
    path.unlink(missing_ok=True)
    return True


def wipe_database(path: Path) -> None:
    """:func:`wipe` a database file and its ``-wal``, ``-shm`` and ``-journal``."""
    for p in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        wipe(p)


# ---------------------------------------------------------------------------- converting
class Mode(StrEnum):
    """What a conversion does."""

    ENCRYPT = "encrypt"
    DECRYPT = "decrypt"
    REKEY = "change-passphrase"


@dataclass(slots=True)
class ConversionResult:
    """What a conversion did.

    Attributes:
        mode: encrypt, decrypt or change-passphrase.
        entries: entries in the converted diary (the same as before).
        backups_converted: backups rewritten like the diary.
        backups_removed: backups that could not be read and were overwritten and deleted.
    """

    mode: Mode
    entries: int
    backups_converted: list[Path] = field(default_factory=list)
    backups_removed: list[Path] = field(default_factory=list)


def _pragma_int(conn: Any, name: str, schema: str = "main") -> int:
    return int(conn.execute(f"PRAGMA {schema}.{name}").fetchone()[0])


def _tables(conn: Any, schema: str = "main") -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _counts(conn: Any) -> dict[str, int]:
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in _tables(conn)
    }


class ConversionError(KnownError):
    """A conversion was refused or failed; the diary was not changed."""


def _export(source: Path, source_key: DiaryKey | None, target: Path, key: DiaryKey | None) -> int:
    """Write ``source`` anew into ``target`` (private, new) keyed with ``key``; check it.

    Returns:
        The number of entries (the same in both).

    Raises:
        ConversionError: the source fails its check or the copy differs; ``target`` is removed.
    """
    module = driver()
    try:
        src = connect(source, source_key, timeout=5.0)
        try:
            problem = src.execute("PRAGMA quick_check(3)").fetchall()
            if problem != [("ok",)]:
                raise ConversionError(
                    f"The diary failed its check ({problem[0][0]}), so it was not converted.",
                    "Use Check diary or restore a backup first.",
                )
            expected = _counts(src)
            app_id = _pragma_int(src, "application_id")
            user_version = _pragma_int(src, "user_version")
            create_private(target)
            attach_key = "" if key is None else key.pragma_value(with_salt=True)
            src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), attach_key))
            try:
                src.execute("SELECT sqlcipher_export('converted')")
                src.execute(f"PRAGMA converted.application_id = {app_id}")
                src.execute(f"PRAGMA converted.user_version = {user_version}")
            finally:
                src.execute("DETACH DATABASE converted")
        finally:
            src.close()
        dest = connect(target, key, timeout=5.0)
        try:
            result = dest.execute("PRAGMA integrity_check").fetchall()
            if key is not None and result == [("ok",)]:
                bad = dest.execute("PRAGMA cipher_integrity_check").fetchall()
                result = bad if bad else [("ok",)]
            same = (
                _counts(dest) == expected
                and _pragma_int(dest, "application_id") == app_id
                and _pragma_int(dest, "user_version") == user_version
            )
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        if result != [("ok",)] or not same:
            raise ConversionError(
                "The converted copy did not match the diary, so the diary was not changed.",
                "Check the disk and try again.",
            )
        make_private(target)
        fsync_path(target)
    except ConversionError:
        wipe_database(target)
        raise
    except (OSError, module.Error, sqlite3.Error) as exc:
        wipe_database(target)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConversionError(
            f"The diary could not be converted ({reason}); it has not been changed.",
            "Free some disk space or check the folder's permissions, then try again.",
        ) from None
    return expected.get("entry", 0)


def export_copy(
    source: Path, source_key: DiaryKey | None, target: Path, key: DiaryKey | None
) -> int:
    """Write ``source`` into the new file ``target`` keyed with ``key``, checked and flushed.

    Returns:
        The number of entries.

    Raises:
        ConversionError: the source fails its check or the copy differs (``target`` is removed).
    """
    return _export(source, source_key, target, key)


def _swap(staged: Path, target: Path) -> None:
    """Put ``staged`` in place of ``target`` in one rename; wipe what was there."""
    for suffix in ("-wal", "-shm", "-journal"):
        # Left only by a connection still open or a crash: they belong to the old file.
        wipe(Path(f"{target}{suffix}"))
    old = target.with_name(f".diary-old-{target.name}.{os.getpid()}.tmp")
    old.unlink(missing_ok=True)
    linked = False
    if target.exists():
        try:
            os.link(target, old)
            linked = True
        except OSError:  # no hard links here (FAT, some network drives)
            os.replace(target, old)
    os.replace(staged, target)
    fsync_path(target.parent)
    if linked or old.exists():
        wipe(old)
    fsync_path(target.parent)


@contextlib.contextmanager
def keep_companions(db: Path) -> Iterator[None]:
    """Overwrite the ``-wal``/``-shm`` of ``db`` once SQLite has deleted them.

    SQLite deletes a diary's ``-wal`` (which holds copies of recent pages) when the
    last connection closes, without overwriting it. Inside this block the two files
    are hard-linked to temporary names first, so their bytes can be overwritten
    with zeros afterwards (:func:`wipe`) instead of lingering in free disk blocks.
    """
    held: list[tuple[Path, Path]] = []
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db}{suffix}")
        if not companion.exists():
            continue
        link = db.with_name(f".diary-held{suffix}.{os.getpid()}.tmp")
        wipe(link)
        try:
            os.link(companion, link)
            held.append((companion, link))
        except OSError:  # no hard links here: _swap still overwrites what is left
            continue
    try:
        yield
    finally:
        for companion, link in held:
            if companion.exists() and os.path.samefile(companion, link):
                link.unlink(missing_ok=True)  # still in use (another connection): not ours
            else:
                wipe(link)


@contextlib.contextmanager
def _staged(folder: Path, what: str) -> Iterator[Path]:
    staged = folder / f".diary-{what}.{os.getpid()}.tmp"
    wipe_database(staged)
    try:
        yield staged
    finally:
        wipe_database(staged)


def _convert_backups(
    backups: Path, old_key_of: dict[Path, DiaryKey | None], key: DiaryKey | None, mode: Mode
) -> tuple[list[Path], list[Path]]:
    converted: list[Path] = []
    removed: list[Path] = []
    for path, old_key in sorted(old_key_of.items()):
        if not path.exists():
            continue
        try:
            with _staged(backups, f"{mode.value}-backup") as staged:
                _export(path, old_key, staged, key)
                _swap(staged, path)
            converted.append(path)
        except (KnownError, OSError) as exc:
            log.warning("a backup could not be converted: %s", type(exc).__name__)
            wipe_database(path)
            removed.append(path)
    return converted, removed


def _backup_files(backups: Path) -> list[Path]:
    """Every database-like file in the backups folder (backups, kept files, strays)."""
    try:
        names = sorted(os.listdir(backups))
    except OSError:
        return []
    return [
        backups / n
        for n in names
        if n.endswith(".sqlite3") and not n.startswith(".") and (backups / n).is_file()
    ]


def _old_keys(files: list[Path], mode: Mode) -> tuple[dict[Path, DiaryKey | None], list[Path]]:
    """The key each backup needs now (None: plain), and the ones locked with an unknown key.

    A decrypt leaves plain backups as they are; encrypt and change-passphrase
    encrypt them too.
    """
    found: dict[Path, DiaryKey | None] = {}
    locked: list[Path] = []
    for path in files:
        if is_cipher_file(path):
            key = key_for(path)
            if key is None:
                locked.append(path)  # ciphertext under another passphrase: left alone
            else:
                found[path] = key
        elif mode is not Mode.DECRYPT:
            found[path] = None
    return found, locked


def convert(
    db: Path, backups: Path, mode: Mode, *, old: DiaryKey | None, new_passphrase: str | None
) -> ConversionResult:
    """Encrypt, decrypt or re-key the diary file ``db`` and every backup in ``backups``.

    No connection to ``db`` may be open (the caller holds the diary's lock). See the
    module documentation for the steps. When converting the diary fails, nothing
    has changed; a backup that cannot be converted is overwritten and deleted
    (never left in plaintext) and listed in the result.

    Raises:
        ConversionError, EncryptionUnavailableError: nothing was changed.
    """
    driver()
    if new_passphrase is not None:
        check_passphrase(new_passphrase)
    key = None if new_passphrase is None else new_key(new_passphrase)
    files = _backup_files(backups)
    old_keys, locked = _old_keys(files, mode)
    with keep_companions(db), _staged(db.parent, mode.value) as staged:
        entries = _export(db, old, staged, key)
        _swap(staged, db)
    if key is not None:
        register(key, new_passphrase)
    set_marker(db.parent, key is not None)
    log.info("diary converted (%s)", mode.value)
    converted, removed = _convert_backups(backups, old_keys, key, mode)
    if locked:
        log.warning(
            "%d backup(s) locked with another passphrase were left as they are", len(locked)
        )
    if mode is not Mode.DECRYPT:
        # -wal/-shm kept next to damaged diaries moved aside hold plaintext pages.
        for path in _backup_files(backups) + removed:
            for suffix in ("-wal", "-shm", "-journal"):
                wipe(Path(f"{path}{suffix}"))
    fsync_path(db.parent)
    return ConversionResult(mode, entries, converted, sorted(removed))


def encrypt_diary(db: Path, backups: Path, passphrase: str) -> ConversionResult:
    """Encrypt the plain diary ``db`` and its backups with ``passphrase``."""
    if is_cipher_file(db):
        raise ConversionError("The diary is already encrypted.", "Use change-passphrase.")
    return convert(db, backups, Mode.ENCRYPT, old=None, new_passphrase=passphrase)


def decrypt_diary(db: Path, backups: Path, passphrase: str) -> ConversionResult:
    """Turn the encrypted diary ``db`` and its backups back into plain SQLite."""
    if not is_cipher_file(db):
        raise ConversionError("The diary is not encrypted.", "Nothing to decrypt.")
    old = unlock(db, passphrase)
    return convert(db, backups, Mode.DECRYPT, old=old, new_passphrase=None)


def change_passphrase(db: Path, backups: Path, old: str, new: str) -> ConversionResult:
    """Encrypt the diary ``db`` and its backups again with the passphrase ``new``."""
    if not is_cipher_file(db):
        raise ConversionError("The diary is not encrypted.", "Use encrypt.")
    key = unlock(db, old)
    return convert(db, backups, Mode.REKEY, old=key, new_passphrase=new)
