"""Backups (backup API, checked, private, durable, rotated), restore and check."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backdiary.app import main
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage import backup as bk
from backdiary.storage import recovery
from backdiary.storage.backup import BackupError, Kind, list_backups
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from tests.factories import make_entry


def cli(capsys: pytest.CaptureFixture[str], paths: AppPaths, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(paths.data), *args])
    out, err = capsys.readouterr()
    return status, out, err


def add(paths: AppPaths, n: int) -> None:
    engine = open_diary(paths, backup=False)
    service = DiaryService(Repository(engine))
    for i in range(n):
        service.add_entry(make_entry(notes=f"entry {i}"))
    engine.dispose()


def count(db: Path) -> int:
    with closing(bk.connect_readonly(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])


@pytest.fixture
def diary(app_paths: AppPaths) -> Iterator[AppPaths]:
    add(app_paths, 5)
    yield app_paths


# ---------------------------------------------------------------------------- making backups
def test_backup_is_checked_private_and_self_contained(diary: AppPaths) -> None:
    os.umask(0o022)
    engine = open_diary(diary, backup=False)
    info = bk.backup_engine(engine, diary.backups, Kind.MANUAL)
    engine.dispose()
    assert info.entries == 5 and info.kind is Kind.MANUAL
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert diary.backups.stat().st_mode & 0o777 == 0o700
    header = info.path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01", "rollback journal: opens on read-only media too"
    with closing(sqlite3.connect(f"file:{info.path}?mode=ro&immutable=1", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert not [p for p in diary.backups.iterdir() if p.name.startswith(".")], "no temp files"


def test_backups_under_write_load_are_consistent_prefixes(diary: AppPaths) -> None:
    """A writer saves continuously while 20 backups are taken through the backup API."""
    engine = open_diary(diary, backup=False)
    service = DiaryService(Repository(engine))
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            service.add_entry(make_entry(notes="load"))
            time.sleep(0.002)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        infos = []
        for _ in range(20):
            infos.append(bk.backup_engine(engine, diary.backups, Kind.MANUAL))
    finally:
        stop.set()
        writer.join()
    final = service.count()
    engine.dispose()
    counts = [i.entries or 0 for i in infos]
    assert counts == sorted(counts), "each backup is a later committed state"
    assert all(5 <= c <= final for c in counts)
    for info in infos:
        with closing(bk.connect_readonly(info.path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_automatic_backup_only_when_the_diary_changed(diary: AppPaths) -> None:
    open_diary(diary).dispose()
    assert len(list_backups(diary.backups)) == 1  # changed since creation: backed up
    open_diary(diary).dispose()
    open_diary(diary).dispose()
    assert len(list_backups(diary.backups)) == 1  # unchanged: no new backup
    add(diary, 1)
    open_diary(diary).dispose()
    backups = list_backups(diary.backups)
    # A new backup, and the older one of the same day rotated out (newest per day).
    assert [b.entries for b in backups] == [6]


def test_a_new_diary_is_not_backed_up(app_paths: AppPaths) -> None:
    open_diary(app_paths).dispose()
    assert list_backups(app_paths.backups) == []


def test_no_backup_from_a_damaged_diary_and_good_ones_stay(diary: AppPaths) -> None:
    open_diary(diary).dispose()
    good = list_backups(diary.backups)
    add(diary, 1)  # changed since the last backup, so one is due
    with diary.db.open("r+b") as fh:
        fh.seek(3 * 4096)
        fh.write(b"\xff" * 64)
    with closing(bk.connect_readonly(diary.db, immutable=False)) as conn:
        with pytest.raises(BackupError, match="failed its check"):
            bk.auto_backup(conn, diary.backups)
        for day in range(1, 40):
            with pytest.raises(BackupError):
                bk.auto_backup(conn, diary.backups, when=datetime.now(UTC) + timedelta(days=day))
    assert list_backups(diary.backups) == good


def test_half_written_backups_are_never_listed_and_are_cleaned_up(diary: AppPaths) -> None:
    diary.backups.mkdir(mode=0o700)
    dead = 2**22 + 12345  # above pid_max on most systems: certainly not running
    stale = diary.backups / f".diary-20260101T000000Z-auto.sqlite3.{dead}.tmp"
    stale.write_bytes(b"SQLite format 3\x00 half")
    Path(f"{stale}-journal").write_bytes(b"x")
    mine = diary.backups / f".diary-20260101T000000Z-auto.sqlite3.{os.getpid()}.tmp"
    mine.write_bytes(b"in progress")
    assert list_backups(diary.backups) == []
    bk.clean_temporaries(diary.backups)
    assert not stale.exists() and not Path(f"{stale}-journal").exists()
    assert mine.exists(), "a live process's temporary file is left alone"


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    """400 days of use with two automatic backups a day."""
    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    infos = [
        bk.BackupInfo(
            Path(f"{day}-{hour}"), start + timedelta(days=day, hours=hour), Kind.AUTO, "", 0
        )
        for day in range(400)
        for hour in (0, 9)
    ]
    kept = sorted((i for i in infos if i.path in bk._keep(infos)), key=lambda i: i.made_at)
    kept.reverse()
    local = [k.made_at.astimezone() for k in kept]
    newest = infos[-1].made_at.astimezone()
    assert local[0] == newest
    assert len(local) == len({d.date() for d in local}) == 7 + 4 + 12, "newest of each day"
    assert [d.date() for d in local[:7]] == [(newest - timedelta(days=n)).date() for n in range(7)]
    assert len({d.isocalendar()[:2] for d in local[7:11]}) == 4
    assert len({(d.year, d.month) for d in local[11:]}) == 12
    assert (newest - local[-1]).days > 300, "monthly backups reach back about a year"


def test_rotation_deletes_only_automatic_backups(diary: AppPaths) -> None:
    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    engine = open_diary(diary, backup=False)
    raw = engine.raw_connection()
    conn = raw.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    special = [
        bk.create_backup(conn, diary.backups, Kind.MANUAL, when=start),
        bk.create_backup(conn, diary.backups, Kind.PRE_MIGRATION, when=start, note="0001-to-0002"),
        bk.create_backup(conn, diary.backups, Kind.BEFORE_RESTORE, when=start),
    ]
    for day in range(12):
        bk.create_backup(conn, diary.backups, Kind.AUTO, when=start + timedelta(days=day))
        bk.create_backup(conn, diary.backups, Kind.AUTO, when=start + timedelta(days=day, hours=9))
    raw.close()
    engine.dispose()
    deleted = bk.rotate(diary.backups)
    autos = [b for b in list_backups(diary.backups) if b.kind is Kind.AUTO]
    assert len(autos) == 7 + 1 and len(deleted) == 24 - 8  # 7 days, then 1 older week
    assert all(s.path.exists() for s in special)
    assert all(a.entries == 5 for a in autos)


# ---------------------------------------------------------------------------- command line
def test_cli_backup_and_list(diary: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, diary, "backup")
    assert status == 0 and "backup written:" in out and "5 entries" in out
    target = diary.data.parent / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    status, out, _ = cli(capsys, diary, "backup", "-o", str(target))
    assert status == 0 and str(target) in out
    assert target.stat().st_mode & 0o777 == 0o600 and count(target) == 5
    status, _, err = cli(capsys, diary, "backup", "-o", str(target))
    assert status == 2 and "already exists" in err
    status, out, _ = cli(capsys, diary, "backup", "--list")
    assert status == 0 and "made by you" in out and "5" in out


def test_cli_check(diary: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, diary, "check")
    assert (status, out) == (0, "ok\n")
    with closing(sqlite3.connect(diary.db, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO medication (entry_id, position, name) VALUES (4242, 0, 'x')")
    status, out, err = cli(capsys, diary, "check")
    assert status == 1 and out == ""
    assert "problem: row 1 of table medication refers to a missing row of table entry" in err
    assert "salvage" in err


def test_cli_check_names_page_damage(diary: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with diary.db.open("r+b") as fh:
        fh.seek(4 * 4096)
        fh.write(b"\xff" * 64)
    status, _out, err = cli(capsys, diary, "check")
    assert status == 1
    assert "problem: " in err and "Traceback" not in err


# ---------------------------------------------------------------------------- restore
def test_restore_keeps_current_moves_stale_wal_and_checks(
    diary: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = cli(capsys, diary, "backup")
    backup_path = Path(out.split("backup written: ")[1].split(" (")[0])
    add(diary, 3)
    current = diary.db.read_bytes()
    Path(f"{diary.db}-wal").write_bytes(b"stale wal")
    Path(f"{diary.db}-shm").write_bytes(b"stale shm")
    status, out, err = cli(capsys, diary, "restore", str(backup_path))
    assert status == 0, err
    assert "restored 5 entries" in out and "kept as" in out
    safety = next(diary.backups.glob("diary-*-before-restore.sqlite3"))
    assert safety.read_bytes() == current
    assert Path(f"{safety}-wal").read_bytes() == b"stale wal"
    assert Path(f"{safety}-shm").read_bytes() == b"stale shm"
    assert count(diary.db) == 5
    assert diary.db.stat().st_mode & 0o777 == 0o600
    assert cli(capsys, diary, "check")[:2] == (0, "ok\n")
    # The safety copy is listed and can be restored in turn (undo).
    assert any(b.kind is Kind.BEFORE_RESTORE for b in list_backups(diary.backups))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"date,nrs\n2025-01-01,4\n", "not a database"),
        ("foreign", "another program"),
        ("newer", "newer version"),
        ("damaged", "failed its check"),
    ],
)
def test_restore_refuses_bad_files_and_changes_nothing(
    diary: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | str,
    reason: str,
) -> None:
    bad = tmp_path / "bad.sqlite3"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content == "foreign":
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("PRAGMA application_id = 7")
    else:
        engine = open_diary(diary, backup=False)
        bk.backup_engine(engine, tmp_path, Kind.MANUAL)
        engine.dispose()
        made = next(tmp_path.glob("diary-*.sqlite3"))
        made.rename(bad)
        with closing(sqlite3.connect(bad, isolation_level=None)) as conn:
            if content == "newer":
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
        if content == "damaged":
            with bad.open("r+b") as fh:
                fh.seek(3 * 4096)
                fh.write(b"\xff" * 64)
    before = diary.db.read_bytes()
    status, _out, err = cli(capsys, diary, "restore", str(bad))
    assert status == 1
    assert reason in err and "Traceback" not in err
    assert diary.db.read_bytes() == before
    assert not list(diary.data.glob(".diary-*"))


def test_restore_of_a_missing_file_is_a_usage_error(
    diary: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = cli(capsys, diary, "restore", str(diary.data / "nope.sqlite3"))
    assert status == 2 and "does not exist" in err


def test_restore_of_a_pre_migration_backup_upgrades_it(
    diary: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from backdiary.storage import migrate
    from backdiary.storage.database import open_engine

    old = tmp_path / "old.sqlite3"
    shutil.copy(diary.db, old)
    engine = open_engine(old)
    migrate.downgrade(engine, "0001")
    engine.dispose()
    status, _out, err = cli(capsys, diary, "restore", str(old))
    assert status == 0, err
    with closing(sqlite3.connect(diary.db)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
    assert count(diary.db) == 5


def test_recovery_restore_and_check_api(diary: AppPaths) -> None:
    engine = open_diary(diary, backup=False)
    info = bk.backup_engine(engine, diary.backups)
    engine.dispose()
    report = recovery.check(diary)
    assert report.ok and report.entries == 5
    result = recovery.restore(diary, info.path)
    assert result.entries == 5 and result.kept_as is not None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB file system (root only)."""
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root to mount a small file system")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_backup_on_a_full_disk_leaves_no_partial_file_and_keeps_the_last_one(
    diary: AppPaths, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = small_disk / "copy.sqlite3"
    assert cli(capsys, diary, "backup", "-o", str(earlier))[0] == 0
    kept = earlier.read_bytes()
    with (small_disk / "filler").open("wb", buffering=0) as fh:  # the disk fills up
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    status, out, err = cli(capsys, diary, "backup", "-o", str(small_disk / "new.sqlite3"))
    assert status == 1 and out == ""
    assert "No backup was made" in err and "Traceback" not in err
    assert sorted(p.name for p in small_disk.iterdir()) == ["copy.sqlite3", "filler"]
    assert earlier.read_bytes() == kept
    with closing(sqlite3.connect(diary.db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
