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

import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
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
from tests.readonly import read_only

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


SERVER = """
import os, signal, sys, time
from pathlib import Path

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped at once
from backdiary.storage import backup as bk
from backdiary.storage import migrate
from backdiary.storage.database import open_engine
from backdiary.ui.instance import DiaryLock


def say(line):
    os.write(1, (line + "\\n").encode())  # one write: whole or absent when killed


def backups(db, folder):
    engine = open_engine(Path(db))
    say("ready")
    while True:
        bk.backup_engine(engine, Path(folder), bk.Kind.AUTO)
        bk.rotate(Path(folder))


def upgrade(db, scripts, current):
    engine = open_engine(Path(db))
    migrate.known_revisions(Path(scripts))  # the scripts are read before "ready"
    say("ready")
    migrate.upgrade(engine, current, script_location=Path(scripts))
    say("done")


def claim(folder, start, release):
    lock = DiaryLock(Path(folder))
    say("ready")
    while not os.path.exists(start):
        time.sleep(0.0005)
    owner = lock.acquire(0)
    say("owner" if owner else "refused")
    deadline = time.monotonic() + 60
    while owner and not os.path.exists(release) and time.monotonic() < deadline:
        time.sleep(0.001)  # the owner holds the diary until every launch has tried
    lock.release()


WORK = {"backups": backups, "upgrade": upgrade, "claim": claim}
for line in sys.stdin:
    words = line.split()
    if not words or words[0] == "quit":
        break
    pid = os.fork()
    if pid == 0:
        try:
            WORK[words[0]](*words[1:])
        finally:
            os._exit(0)
    say(f"pid {pid}")
"""


class ForkServer:
    """A child that imports backdiary once and forks a worker per request (fast starts).

    Workers print ``ready`` when they are about to do the work to interrupt, then
    their results; each line is one ``os.write``, so it is whole or absent.
    """

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env=child_env(),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("eof")

    def start(self, *words: str) -> int:
        """Fork a worker; return its pid once it is ready."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(" ".join(words) + "\n")
        self.proc.stdin.flush()
        # The server's "pid" and the worker's "ready" may come in either order.
        first, second = self.expect(""), self.expect("")
        pid_line = first if first.startswith("pid ") else second
        assert {first, second} == {pid_line, "ready"}, (first, second)
        return int(pid_line.split()[1])

    def expect(self, prefix: str, timeout: float = 60.0) -> str:
        line = self.lines.get(timeout=timeout)
        if line == "eof":
            raise AssertionError("the fork server ended")
        assert line.startswith(prefix), (prefix, line)
        return line

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("quit\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=30)


@pytest.fixture
def server() -> Iterator[ForkServer]:
    forks = ForkServer()
    yield forks
    forks.close()


def kill(pid: int) -> None:
    """SIGKILL ``pid`` and wait until it is gone."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return  # it had finished already
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.001)
    raise AssertionError(f"{pid} did not die")


# ------------------------------------------------------------ T05: kill while backing up
@pytest.mark.slow
def test_a_kill_while_backing_up_never_damages_the_diary_or_a_backup(
    diary: AppPaths, server: ForkServer
) -> None:
    entries = entry_count(diary.db)
    before = diary.db.read_bytes()
    rng = random.Random(4)
    for _ in range(30):
        pid = server.start("backups", str(diary.db), str(diary.backups))
        time.sleep(rng.uniform(0.002, 0.100))
        kill(pid)
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
    diary: AppPaths, tmp_path: Path, server: ForkServer
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(bundled("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9101_slow.py").write_text(SLOW_REVISION.format(head=SCHEMA_HEAD))
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(diary.db, pristine)
    rows = table_rows(diary.db)

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{diary.db}{suffix}").unlink(missing_ok=True)
        shutil.copy(pristine, diary.db)

    # One run to the end: how long the upgrade takes here.
    started = time.monotonic()
    server.start("upgrade", str(diary.db), str(scripts), SCHEMA_HEAD)
    server.expect("done")
    duration = time.monotonic() - started
    assert state(diary.db) == ("9101", True) and table_rows(diary.db) == rows

    rng = random.Random(15)
    seen: set[tuple[str, bool]] = set()
    for _ in range(12):
        fresh()
        pid = server.start("upgrade", str(diary.db), str(scripts), SCHEMA_HEAD)
        time.sleep(rng.uniform(0.0, duration))
        kill(pid)
        while not server.lines.empty():  # a "done" that made it before the kill
            server.expect("done")
        assert integrity(diary.db) == [("ok",)]
        found = state(diary.db)
        assert found in {(SCHEMA_HEAD, False), ("9101", True)}, f"half-migrated: {found}"
        assert table_rows(diary.db) == rows
        seen.add(found)
    assert (SCHEMA_HEAD, False) in seen, "some kills landed inside the upgrade"
    # After a killed attempt the same diary upgrades normally.
    fresh()
    server.start("upgrade", str(diary.db), str(scripts), SCHEMA_HEAD)
    server.expect("done")
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
@pytest.mark.slow
def test_of_simultaneous_launches_exactly_one_owns_the_diary(
    tmp_path: Path, server: ForkServer
) -> None:
    folder = tmp_path / "diary"
    folder.mkdir()
    for attempt in range(12):
        start, release = tmp_path / f"start-{attempt}", tmp_path / f"release-{attempt}"
        for _ in range(3):
            server.start("claim", str(folder), str(start), str(release))
        start.touch()  # all three try at (nearly) the same moment
        results = sorted(server.expect("") for _ in range(3))
        assert results == ["owner", "refused", "refused"], results
        release.touch()
        lock = DiaryLock(folder)  # the owner's lock goes with it
        assert lock.acquire(10_000)
        lock.release()
    # Every owner is gone: the next start takes the lock at once.
    lock = DiaryLock(folder)
    assert lock.acquire(2000)
    lock.release()


# ---------------------------------------------------------------------------- T07: read-only media
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
    with read_only(stick):
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
