"""Encryption at rest (issue #9): SQLCipher diaries, conversions, passphrases, no plaintext left.

The SQLCipher key derivation (PBKDF2, 256,000 iterations) takes about 0.1 s, so the
diaries here are small and each test derives few keys; the process-wide cache of
derived keys is kept between tests (only the "unlocked" state is reset).
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from backdiary.app import main
from backdiary.domain.model import Entry, Medication, Profile
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage import crypto
from backdiary.storage.backup import Kind, backup_engine, list_backups
from backdiary.storage.diary import open_diary
from backdiary.storage.recovery import DiaryProblem
from backdiary.storage.repository import Repository

WHEEL_PLATFORM = (
    sys.platform == "linux" and platform.machine() == "x86_64" and sys.version_info < (3, 15)
)
AVAILABLE = crypto.availability().available
if WHEEL_PLATFORM:
    # sqlcipher3-binary is a dependency here: the tests must run, not skip.
    assert AVAILABLE, crypto.availability().reason
needs_sqlcipher = pytest.mark.skipif(not AVAILABLE, reason="SQLCipher driver not installed")

PASS = "correct horse battery"
CANARIES = ("CANARY-NOTE-7f3a", "CANARY-FACTOR-91b2", "CANARY-MED-55c1", "CANARY-NAME-d00d")
NASTY = [
    "with spaces in it",
    'double "quote"',
    "single 'quote'",
    "per%cent %41%20",
    "plus+plus+",
    "Grüße, Jürgen – Ça va?",
    "emoji 🔒😀",
    "\"'; DROP TABLE entry; --",
    "  leading and trailing  ",
    "x'00'",
]


@pytest.fixture(autouse=True)
def _locked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv("BACKDIARY_NEW_PASSPHRASE", raising=False)
    crypto.lock_all()
    yield
    crypto.lock_all()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def canary_entry(when: datetime, n: int = 0) -> Entry:
    return Entry(
        timestamp=when,
        nrs=5,
        notes=f"{CANARIES[0]} {n}",
        factors=(CANARIES[1],),
        medications=(Medication(name=CANARIES[2]),),
        pregnant=True,
        gestational_weeks=20,
        pregnancy_explicit=True,
    )


def make_diary(paths: AppPaths, entries: int = 5) -> None:
    engine = open_diary(paths)
    try:
        service = DiaryService(Repository(engine))
        service.set_profile(Profile(name=CANARIES[3]))
        start = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
        for i in range(entries):
            service.add_entry(canary_entry(start + timedelta(hours=i), i))
        backup_engine(engine, paths.backups, Kind.MANUAL)
    finally:
        engine.dispose()


def count_entries(paths: AppPaths) -> int:
    engine = open_diary(paths, backup=False)
    try:
        return DiaryService(Repository(engine)).count()
    finally:
        engine.dispose()


def hits(folder: Path) -> list[str]:
    """Files under ``folder`` holding any canary's bytes (UTF-8 or UTF-16)."""
    found = []
    needles = [c.encode(enc) for c in CANARIES for enc in ("utf-8", "utf-16-le")]
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(str(path))
    return found


def raw_open(path: Path, passphrase: str) -> Any:
    """Open with the bare driver and the passphrase itself (what any SQLCipher tool does)."""
    conn = crypto.driver().connect(str(path))
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return conn


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.resolve(tmp_path / "data")
    make_diary(p)
    return p


# ---------------------------------------------------------------------------- no plaintext
@needs_sqlcipher
def test_no_canary_bytes_anywhere_after_encrypt(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert hits(paths.data), "the plain diary holds the canaries (the scan works)"
    # A damaged plaintext file kept for rescue, with its companions: plaintext too.
    kept = paths.backups / "diary-20260101T000000.000Z-damaged.sqlite3"
    kept.write_bytes(b"garbage " + CANARIES[0].encode() * 10)
    Path(f"{kept}-wal").write_bytes(CANARIES[1].encode())
    result = crypto.encrypt_diary(paths.db, paths.backups, PASS)
    assert result.entries == 5
    assert kept in result.backups_removed
    assert hits(paths.data) == []
    # Used while encrypted: WAL, SHM and a new automatic backup exist and hold no plaintext.
    crypto.lock_all()
    crypto.unlock(paths.db, PASS)
    engine = open_diary(paths)
    service = DiaryService(Repository(engine))
    service.add_entry(canary_entry(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), 99))
    backup_engine(engine, paths.backups, Kind.MANUAL)
    assert Path(f"{paths.db}-wal").exists()
    assert hits(paths.data) == []
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    engine.dispose()
    assert hits(paths.data) == []
    for path in [paths.db, *paths.backups.glob("*.sqlite3")]:
        assert not path.read_bytes().startswith(b"SQLite format 3"), path
        assert path.stat().st_mode & 0o777 == 0o600
    assert not any(PASS in r.getMessage() or "CANARY" in r.getMessage() for r in caplog.records)


@needs_sqlcipher
def test_files_open_with_the_passphrase_in_any_sqlcipher_tool(paths: AppPaths) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    for path in [paths.db, *paths.backups.glob("*.sqlite3")]:
        with closing(raw_open(path, PASS)) as conn:
            settings = {r[0] for r in conn.execute("PRAGMA cipher_settings")}
            assert "PRAGMA kdf_iter = 256000;" in settings
            assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
            assert "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 5


@needs_sqlcipher
@pytest.mark.parametrize("passphrase", NASTY)
def test_passphrase_round_trips_exactly(tmp_path: Path, passphrase: str) -> None:
    """The key backdiary derives is the one SQLCipher derives from the same passphrase."""
    path = tmp_path / "x.sqlite3"
    key = crypto.new_key(passphrase)
    crypto.create_private(path)
    with closing(crypto.new_target(path, key)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES ('ok')")
    with closing(raw_open(path, passphrase)) as conn:
        assert conn.execute("SELECT x FROM t").fetchall() == [("ok",)]
    crypto.lock_all()
    assert crypto.unlock(path, passphrase) == key
    # What a URL-encoding or trimming slip would turn it into must not open it.
    near = passphrase.replace(" ", "+") if " " in passphrase else passphrase + " "
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(path, near)


@needs_sqlcipher
def test_cli_round_trip_with_a_nasty_passphrase(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    nasty = "a b\"c'd%41+e ü 😀"
    data = str(paths.data)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, nasty)
    status, out, err = run_cli(capsys, "--data-dir", data, "encrypt")
    assert status == 0, err
    assert "encrypted the diary (5 entries) and 1 backup" in out
    assert "cannot be recovered" in out
    crypto.lock_all()
    status, out, err = run_cli(capsys, "--data-dir", data, "list")
    assert status == 0, err
    assert out.count("\n") >= 5
    with closing(raw_open(paths.db, nasty)) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 5


# ---------------------------------------------------------------------------- wrong passphrase
@needs_sqlcipher
def test_wrong_passphrase_is_not_corruption(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    before = tree_digest(paths.data)
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(paths.db, PASS + " ")
    with pytest.raises(crypto.PassphraseRequiredError):
        open_diary(paths)  # never a DiaryProblem (which would offer to replace the file)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, "not it")
    for command in ("list", "check", "backup", "salvage", "restore", "export"):
        args = ["--data-dir", str(paths.data), command]
        if command == "restore":
            args.append(str(next(paths.backups.glob("*.sqlite3"))))
        if command == "export":
            args += ["--format", "csv", "-o", str(paths.data.parent / "out.csv")]
        status, _out, err = run_cli(capsys, *args)
        assert status == crypto.EXIT_WRONG_PASSPHRASE == 3, (command, err)
        assert "Wrong passphrase" in err
        assert "damaged" not in err.split("\n")[0]
    assert tree_digest(paths.data) == before
    assert not list(paths.backups.glob("*damaged*"))


@needs_sqlcipher
def test_no_passphrase_and_no_terminal_is_a_clear_error(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    before = digest(paths.db)
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == crypto.EXIT_PASSPHRASE_NEEDED == 4
    assert "is encrypted and needs its passphrase" in err
    assert crypto.PASSPHRASE_ENV in err
    assert digest(paths.db) == before


@needs_sqlcipher
def test_terminal_prompt_without_echo_and_retry(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    answers = iter(["wrong", PASS])
    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers)
    )
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 0, err
    assert prompts[0].startswith("Passphrase for ")
    assert "try again" in prompts[1]


# ---------------------------------------------------------------------------- conversions
@needs_sqlcipher
def test_change_passphrase_and_decrypt(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(paths.data)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    assert run_cli(capsys, "--data-dir", data, "encrypt")[0] == 0
    crypto.lock_all()
    monkeypatch.setenv("BACKDIARY_NEW_PASSPHRASE", "brand new pass")
    status, out, err = run_cli(capsys, "--data-dir", data, "change-passphrase")
    assert status == 0, err
    assert "changed the passphrase" in out
    crypto.lock_all()
    for path in [paths.db, *paths.backups.glob("*.sqlite3")]:
        with pytest.raises(crypto.WrongPassphraseError):
            crypto.unlock(path, PASS)  # backups too: the old passphrase opens nothing
        crypto.unlock(path, "brand new pass")
    crypto.lock_all()
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, "brand new pass")
    status, out, err = run_cli(capsys, "--data-dir", data, "decrypt")
    assert status == 0, err
    for path in [paths.db, *paths.backups.glob("*.sqlite3")]:
        assert path.read_bytes().startswith(b"SQLite format 3\x00"), path
    monkeypatch.delenv(crypto.PASSPHRASE_ENV)
    crypto.lock_all()
    assert count_entries(paths) == 5
    status, out, _err = run_cli(capsys, "--data-dir", data, "check")
    assert (status, out.strip()) == (0, "ok")


@needs_sqlcipher
def test_conversion_keeps_every_row_and_the_file_identity(paths: AppPaths) -> None:
    with closing(sqlite3.connect(paths.db)) as conn:
        before = {
            t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    with closing(raw_open(paths.db, PASS)) as conn:
        after = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in before}
        assert conn.execute("PRAGMA application_id").fetchone()[0] == app_id
    assert after == before
    assert not list(paths.data.glob(".diary-*"))  # no temporary file left


@needs_sqlcipher
def test_a_failed_check_leaves_the_diary_as_it_was(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_digest(paths.data)
    monkeypatch.setattr(crypto, "_counts", lambda conn: {"entry": id(conn)})  # never equal
    with pytest.raises(crypto.ConversionError, match="did not match"):
        crypto.encrypt_diary(paths.db, paths.backups, PASS)
    assert tree_digest(paths.data) == before


@needs_sqlcipher
def test_backups_of_an_encrypted_diary_are_encrypted_and_restorable(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    crypto.lock_all()
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "backup")
    assert status == 0, err
    made = Path(out.split("backup written: ")[1].split(" (")[0])
    assert made.read_bytes()[:16] == paths.db.read_bytes()[:16]  # same salt, same key
    with closing(raw_open(made, PASS)) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 5
    infos = list_backups(paths.backups)
    assert all(i.entries == 5 for i in infos)
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "restore", str(made))
    assert status == 0, err
    assert crypto.looks_encrypted(paths.db)
    assert hits(paths.data) == []


@needs_sqlcipher
def test_locked_backups_are_listed_as_locked(paths: AppPaths) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    infos = list_backups(paths.backups)
    assert infos
    assert all(i.problem == "encrypted, locked" and not i.restorable for i in infos)


@needs_sqlcipher
def test_engine_url_carries_no_passphrase(paths: AppPaths) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    engine = open_diary(paths)
    try:
        assert engine.url.password is None
        assert PASS not in str(engine.url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM entry")).scalar() == 5
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


@needs_sqlcipher
def test_header_clobbered_plain_file_is_not_taken_for_encrypted(paths: AppPaths) -> None:
    with paths.db.open("r+b") as fh:
        fh.write(b"X" * 16)
    assert not crypto.looks_encrypted(paths.db)
    with pytest.raises(DiaryProblem):
        open_diary(paths)


def test_empty_passphrase_is_refused(paths: AppPaths) -> None:
    with pytest.raises(crypto.KnownError, match="empty"):
        crypto.check_passphrase("")


# ---------------------------------------------------------------------------- driver missing
@pytest.fixture
def no_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a platform where sqlcipher3 cannot be imported."""

    def missing() -> Any:
        raise ImportError("No module named 'sqlcipher3'")

    monkeypatch.setattr(crypto, "_driver", None)
    monkeypatch.setattr(crypto, "_import_driver", missing)


@pytest.mark.usefixtures("no_driver")
def test_without_the_driver_the_app_runs_and_says_why(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    found = crypto.availability()
    assert not found.available
    assert "sqlcipher3" in found.reason and "No module named" in found.reason
    assert count_entries(paths) == 5  # plain diaries open as always
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    before = tree_digest(paths.data)
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "encrypt")
    assert status == crypto.EXIT_UNAVAILABLE == 5
    assert "Encryption is not available" in err and "pip install" in err
    assert tree_digest(paths.data) == before


@needs_sqlcipher
def test_an_encrypted_diary_without_the_driver_is_not_damaged(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()

    def missing() -> Any:
        raise ImportError("No module named 'sqlcipher3'")

    monkeypatch.setattr(crypto, "_driver", None)
    monkeypatch.setattr(crypto, "_import_driver", missing)
    before = tree_digest(paths.data)
    with pytest.raises(crypto.EncryptionUnavailableError, match="is encrypted"):
        open_diary(paths)
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 5, err
    assert tree_digest(paths.data) == before
    assert os.listdir(paths.backups)


@needs_sqlcipher
def test_check_verifies_every_page_of_an_encrypted_diary(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    status, out, _err = run_cli(capsys, "--data-dir", str(paths.data), "check")
    assert (status, out.strip()) == (0, "ok")
    with paths.db.open("r+b") as fh:  # one flipped byte in the last page
        fh.seek(paths.db.stat().st_size - 100)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0xFF]))
    crypto.lock_all()
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "check")
    assert status == 1
    assert "problem" in err


def test_the_wal_deleted_on_close_is_overwritten_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    engine = open_diary(paths)
    DiaryService(Repository(engine)).add_entry(canary_entry(datetime(2026, 3, 1, tzinfo=UTC)))
    wal = Path(f"{paths.db}-wal")
    assert CANARIES[0].encode() in wal.read_bytes()
    overwritten: list[bytes] = []
    real_wipe = crypto.wipe

    def spy(path: Path) -> bool:
        if path.exists():
            overwritten.append(path.read_bytes())
        return real_wipe(path)

    monkeypatch.setattr(crypto, "wipe", spy)
    with crypto.keep_companions(paths.db):
        engine.dispose()  # SQLite checkpoints and deletes the -wal
    assert not wal.exists()
    assert any(CANARIES[0].encode() in data for data in overwritten)
    assert not list(paths.data.glob(".diary-held*"))


def test_a_wal_still_in_use_is_left_alone(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    engine = open_diary(paths)
    service = DiaryService(Repository(engine))
    service.add_entry(canary_entry(datetime(2026, 3, 1, tzinfo=UTC)))
    other = sqlite3.connect(paths.db)  # another connection keeps the WAL alive
    try:
        other.execute("SELECT count(*) FROM entry").fetchone()
        with crypto.keep_companions(paths.db):
            engine.dispose()
        assert Path(f"{paths.db}-wal").exists()
        assert other.execute("SELECT count(*) FROM entry").fetchone()[0] == 1
        assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        other.close()
    assert not list(paths.data.glob(".diary-held*"))


@needs_sqlcipher
def test_encrypt_before_the_first_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "fresh"
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    status, out, err = run_cli(capsys, "--data-dir", str(data), "encrypt")
    assert status == 0, err
    assert "(0 entries)" in out
    crypto.lock_all()
    status, out, err = run_cli(
        capsys, "--data-dir", str(data), "add", "--nrs", "4", "--note", CANARIES[0]
    )
    assert status == 0, err
    assert hits(data) == []
    with closing(raw_open(data / "diary.sqlite3", PASS)) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 1


@needs_sqlcipher
def test_restoring_a_plain_backup_keeps_an_encrypted_diary_encrypted(
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = tmp_path / "elsewhere.sqlite3"
    plain.write_bytes(next(paths.backups.glob("*.sqlite3")).read_bytes())
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)
    crypto.lock_all()
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "restore", str(plain))
    assert status == 0, err
    assert "restored 5 entries" in out
    assert crypto.looks_encrypted(paths.db)
    assert hits(paths.data) == []
    assert count_entries(paths) == 5


@needs_sqlcipher
def test_encrypt_asks_twice_at_the_terminal(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["first try", "first tyr"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    before = tree_digest(paths.data)
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "encrypt")
    assert status == 1
    assert "differ" in err
    assert tree_digest(paths.data) == before
    answers = iter(["same words", "same words"])
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "encrypt")
    assert status == 0, err
    crypto.lock_all()
    crypto.unlock(paths.db, "same words")


# ---------------------------------------------------------------------------- encrypted or damaged?
def test_random_bytes_in_an_unmarked_folder_are_a_damaged_diary(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.db.write_bytes(os.urandom(8192))  # indistinguishable from SQLCipher by its bytes
    assert crypto.is_cipher_file(paths.db)
    assert not crypto.looks_encrypted(paths.db)
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    assert caught.value.kind.value == "not-sqlite"
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASS)  # the user says it is encrypted
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(paths.db, PASS)


@needs_sqlcipher
def test_the_marker_follows_the_encryption(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = paths.data / crypto.MARKER_NAME
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    assert marker.is_file() and marker.stat().st_mode & 0o777 == 0o600
    assert PASS not in marker.read_text() and "cannot be recovered" in marker.read_text()
    crypto.lock_all()
    assert crypto.looks_encrypted(paths.db)
    with pytest.raises(crypto.PassphraseRequiredError):
        open_diary(paths)
    # A backup restored into another, plain folder makes that diary encrypted: marked.
    other = AppPaths.resolve(tmp_path / "other")
    open_diary(other).dispose()
    crypto.unlock(paths.db, PASS)
    from backdiary.storage import recovery

    recovery.restore(other, next(paths.backups.glob("*.sqlite3")))
    assert (other.data / crypto.MARKER_NAME).is_file()
    crypto.decrypt_diary(paths.db, paths.backups, PASS)
    assert not marker.exists()


@needs_sqlcipher
def test_delete_all_data_needs_no_passphrase_and_leaves_nothing(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "delete-all-data", "--yes")
    assert status == 0, err
    assert not paths.data.exists()


@needs_sqlcipher
def test_damage_after_the_first_page_is_damage_not_a_wrong_passphrase(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    crypto.encrypt_diary(paths.db, paths.backups, PASS)
    crypto.lock_all()
    real_connect = crypto.connect

    def damaged_schema(*args: Any, **kwargs: Any) -> Any:
        real_connect(*args, **kwargs).close()  # the key is checked for real first
        raise crypto.driver().DatabaseError("database disk image is malformed")

    monkeypatch.setattr(crypto, "connect", damaged_schema)
    # The right passphrase: the key is accepted, the damage is left to the checks at open.
    assert crypto.unlock(paths.db, PASS) is not None
    crypto.lock_all()
    # A wrong one is still refused as such.
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(paths.db, PASS + "x")
