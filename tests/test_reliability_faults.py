"""Faults at the worst moment: kills during backups and migrations, a foreign lock while
saving, two launches at once, a backup on read-only media, private lock and settings files.

reliability.md T05 (a kill never damages the live diary or an earlier backup), T07 (a
backup opens on read-only media), T11 (exactly one of two simultaneous launches owns the
diary), T12 (a foreign writer's lock: the save waits, then says "retry"; the retry saves
once), T15 (a killed upgrade leaves the diary entirely at the old or the new revision),
T19 (every file backdiary makes is private).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from backdiary.demo import generate
from backdiary.paths import AppPaths, bundled
from backdiary.services import DiaryService
from backdiary.storage import backup as bk
from backdiary.storage import database
from backdiary.storage.backup import Kind, list_backups
from backdiary.storage.diary import open_diary
from backdiary.storage.failures import Cause, cause_of, describe
from backdiary.storage.repository import Repository
from backdiary.storage.schema import SCHEMA_HEAD
from backdiary.ui.entry_dialog import EntryDialog
from backdiary.ui.instance import LOCK_NAME, DiaryLock
from backdiary.ui.mainwindow import MainWindow
from tests.factories import make_entry

ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def integrity(db: Path) -> list[tuple[object, ...]]:
    with closing(bk.connect_readonly(db, immutable=False)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def entry_count(db: Path) -> int:
    with closing(bk.connect_readonly(db, immutable=False)) as conn:
        return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])


@pytest.fixture(scope="module")
def demo_diary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary with two years of demo entries (copied by each test that damages it)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    engine = open_diary(AppPaths.resolve(folder))
    DiaryService(Repository(engine)).add_many(generate(days=730, seed=11).entries)
    engine.dispose()
    return folder


@pytest.fixture
def diary(demo_diary: Path, tmp_path: Path) -> AppPaths:
    target = tmp_path / "diary"
    shutil.copytree(demo_diary, target)
    return AppPaths.resolve(target)


def start_child(code: str, *args: str) -> subprocess.Popen[str]:
    """A Python child that prints ``ready`` when it is about to do the work to interrupt."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != "ready":
        child.kill()
        _out, err = child.communicate()
        raise AssertionError(f"the child did not start: {line!r} {err}")
    return child


# ------------------------------------------------------------ T05: kill while backing up
BACKUP_LOOP = """
    import sys
    from pathlib import Path
    from backdiary.storage import backup as bk
    from backdiary.storage.database import open_engine
    engine = open_engine(Path(sys.argv[1]))
    print("ready", flush=True)
    while True:
        bk.backup_engine(engine, Path(sys.argv[2]), bk.Kind.AUTO)
        bk.rotate(Path(sys.argv[2]))
"""


@pytest.mark.slow
def test_a_kill_while_backing_up_never_damages_the_diary_or_a_backup(diary: AppPaths) -> None:
    entries = entry_count(diary.db)
    before = diary.db.read_bytes()
    rng = random.Random(4)
    kills = 20
    for _ in range(kills):
        child = start_child(BACKUP_LOOP, str(diary.db), str(diary.backups))
        time.sleep(rng.uniform(0.005, 0.150))
        child.send_signal(signal.SIGKILL)
        child.wait()
        # Every file listed as a backup is whole, private and holds every entry.
        for info in list_backups(diary.backups):
            assert info.entries == entries, info.path
            assert integrity(info.path) == [("ok",)]
            assert info.path.stat().st_mode & 0o777 == 0o600
        assert integrity(diary.db) == [("ok",)]
    assert diary.db.read_bytes() == before, "a backup only reads the diary"
    assert list_backups(diary.backups), "some backups were completed"
    # The next start cleans up what the killed processes left half-written.
    open_diary(diary).dispose()
    assert not [p.name for p in diary.backups.iterdir() if p.name.startswith(".")]
    assert not [p.name for p in diary.data.iterdir() if p.name.endswith(".tmp")]


# ------------------------------------------------------------ T15: kill while migrating
SLOW_REVISION = '''
"""Injected by a test: rebuilds every table (slow enough to be interrupted)."""
import sqlalchemy as sa
from alembic import op

revision = "9101"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entry", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))
    op.execute("UPDATE entry SET mood = nrs")
    for table in ("medication", "finding"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))


def downgrade() -> None:
    pass
'''

MIGRATE = """
    import sys
    from pathlib import Path
    from backdiary.storage import migrate
    from backdiary.storage.database import open_engine
    engine = open_engine(Path(sys.argv[1]))
    scripts = Path(sys.argv[2])
    migrate.known_revisions(scripts)  # Alembic and the scripts loaded before "ready"
    print("ready", flush=True)
    migrate.upgrade(engine, sys.argv[3], script_location=scripts)
    print("done", flush=True)
"""


def table_rows(db: Path) -> dict[str, int]:
    with closing(bk.connect_readonly(db, immutable=False)) as conn:
        return {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in ("entry", "medication", "finding", "profile", "pregnancy")
        }


def state(db: Path) -> tuple[str, bool]:
    """(stored revision, whether the new column exists)."""
    with closing(bk.connect_readonly(db, immutable=False)) as conn:
        revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(entry)")}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return revision, "mood" in columns


@pytest.mark.slow
def test_a_kill_during_an_upgrade_leaves_the_old_or_the_new_revision(
    diary: AppPaths, tmp_path: Path
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(bundled("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9101_slow.py").write_text(SLOW_REVISION.format(head=SCHEMA_HEAD))
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(diary.db, pristine)
    rows = table_rows(diary.db)

    # One run to the end: how long the upgrade takes here.
    started = time.monotonic()
    child = start_child(MIGRATE, str(diary.db), str(scripts), SCHEMA_HEAD)
    out, err = child.communicate(timeout=120)
    duration = time.monotonic() - started
    assert child.returncode == 0 and "done" in out, err
    assert state(diary.db) == ("9101", True) and table_rows(diary.db) == rows

    rng = random.Random(15)
    seen: set[tuple[str, bool]] = set()
    for _ in range(20):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{diary.db}{suffix}").unlink(missing_ok=True)
        shutil.copy(pristine, diary.db)
        child = start_child(MIGRATE, str(diary.db), str(scripts), SCHEMA_HEAD)
        time.sleep(rng.uniform(0.0, duration))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert integrity(diary.db) == [("ok",)]
        found = state(diary.db)
        assert found in {(SCHEMA_HEAD, False), ("9101", True)}, f"half-migrated: {found}"
        assert table_rows(diary.db) == rows
        seen.add(found)
    assert (SCHEMA_HEAD, False) in seen, "some kills landed inside the upgrade"
    # After a killed attempt the same diary upgrades normally.
    if state(diary.db)[0] == SCHEMA_HEAD:
        child = start_child(MIGRATE, str(diary.db), str(scripts), SCHEMA_HEAD)
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    assert state(diary.db) == ("9101", True) and table_rows(diary.db) == rows


# ---------------------------------------------------------------------------- T12: a foreign lock
@contextmanager
def foreign_write_lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program holds the write lock (``BEGIN IMMEDIATE``) on the diary."""
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.2 s instead of 5 s for another program's lock."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


def test_a_save_waits_for_a_short_foreign_lock(app_paths: AppPaths) -> None:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    with foreign_write_lock(app_paths.db) as other:
        threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
        service.add_entry(make_entry(notes="saved once the other program let go"))
    assert service.count() == 1
    engine.dispose()


def test_a_long_foreign_lock_says_retry_and_the_retry_saves_once(
    app_paths: AppPaths, short_busy_timeout: None
) -> None:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 200
    entry = make_entry(notes="typed while another program held the diary")
    with foreign_write_lock(app_paths.db), pytest.raises(OperationalError) as caught:
        service.add_entry(entry)
    assert cause_of(caught.value) is Cause.LOCKED
    described = describe(caught.value, app_paths.db)
    assert "another program" in described.full_message()
    assert "still in the form" in described.hint
    assert service.count() == 0, "nothing half-saved"
    service.add_entry(entry)
    assert [e.id for e in service.entries()] == [entry.id]
    engine.dispose()


def test_the_form_keeps_the_entry_while_the_diary_is_locked(
    app_paths: AppPaths, short_busy_timeout: None, qtbot: QtBot
) -> None:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    window = MainWindow(service, app_paths)
    qtbot.addWidget(window)
    dialog = EntryDialog(service, None, window, window._save_new)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.severity.set_value(6)
    dialog.notes.setPlainText("Typed while the diary was locked 🔒")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    with foreign_write_lock(app_paths.db):
        save.click()
        assert dialog.isVisible(), "the form stays open"
        assert "another program" in dialog.error.text()
        assert dialog.notes.toPlainText() == "Typed while the diary was locked 🔒"
        assert service.count() == 0
    save.click()
    assert not dialog.isVisible()
    [stored] = service.entries()
    assert (stored.nrs, stored.notes) == (6, "Typed while the diary was locked 🔒")
    window.close()
    engine.dispose()


# ------------------------------------------------------------ T11: two launches at once
CLAIM = """
    import sys, time
    from pathlib import Path
    from backdiary.ui.instance import DiaryLock
    lock = DiaryLock(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
    print("owner" if lock.acquire(0) else "refused", flush=True)
    time.sleep(0.5)
"""


@pytest.mark.slow
def test_of_simultaneous_launches_exactly_one_owns_the_diary(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    folder.mkdir()
    for _round in range(8):
        children = [start_child(CLAIM, str(folder)) for _ in range(3)]
        for child in children:  # all three try at (nearly) the same moment
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            assert child.stdout is not None
            results.append(child.stdout.readline().strip())
            child.communicate(timeout=30)
        assert sorted(results) == ["owner", "refused", "refused"], results
    # Every owner is gone: the next start takes the lock at once.
    lock = DiaryLock(folder)
    assert lock.acquire()
    lock.release()


# ---------------------------------------------------------------------------- T07: read-only media
@contextmanager
def read_only_copy(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only (a read-only bind mount when running as root)."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        try:
            yield
        finally:
            os.chmod(folder, 0o700)
        return
    if subprocess.run(["mount", "--bind", folder, folder], capture_output=True).returncode:
        pytest.skip("running as root without permission to mount read-only")
    try:
        if subprocess.run(
            ["mount", "-o", "remount,ro,bind", folder], capture_output=True
        ).returncode:
            pytest.skip("cannot remount read-only")
        yield
    finally:
        subprocess.run(["umount", folder], check=True)


def test_a_backup_on_read_only_media_can_be_read_and_restored(
    diary: AppPaths, tmp_path: Path
) -> None:
    from backdiary.storage import recovery

    engine = open_diary(diary, backup=False)
    info = bk.backup_engine(engine, diary.backups, Kind.MANUAL)
    engine.dispose()
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy(info.path, stick / info.path.name)
    entries = entry_count(diary.db)
    with read_only_copy(stick):
        [found] = list_backups(stick)
        assert found.entries == entries and found.restorable
        assert recovery.validate_backup(stick / info.path.name).entries == entries
        diary.db.write_bytes(b"")  # the diary got lost; restore it from the stick
        result = recovery.restore(diary, stick / info.path.name)
    assert result.entries == entries
    assert entry_count(diary.db) == entries


# ---------------------------------------------------------------------------- T19: private files
def test_the_lock_and_the_settings_are_private(app_paths: AppPaths, qtbot: QtBot) -> None:
    from backdiary.ui.settings import Settings

    old = os.umask(0o022)
    try:
        open_diary(app_paths).dispose()
        lock = DiaryLock(app_paths.data)
        assert lock.acquire()
        assert (app_paths.data / LOCK_NAME).stat().st_mode & 0o777 == 0o600
        lock.release()
        settings = Settings(app_paths.settings_file)
        settings.set_reminder_enabled(True)
        settings.set_reminder_enabled(False)
    finally:
        os.umask(old)
    assert app_paths.config.stat().st_mode & 0o777 == 0o700
    assert app_paths.settings_file.stat().st_mode & 0o777 == 0o600
    for path in app_paths.data.rglob("*"):
        want = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == want, path
