"""Privacy: private file modes, durable connection settings, deleted text gone, no network, no
diary text in logs, and a warning for network drives and cloud-sync folders."""

from __future__ import annotations

import ast
import logging
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

import backdiary
from backdiary.app import main
from backdiary.paths import AppPaths
from backdiary.privacy import cloud_folder_of, location_warning, mount_of
from backdiary.services import DiaryService
from backdiary.storage.database import open_engine, writer
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository
from tests.factories import make_entry

CANARY = "canary-7f3a-secret-note"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# ---------------------------------------------------------------------------- connection settings
def test_every_connection_is_durable_and_careful(service: DiaryService) -> None:
    """Pragmas read back from live connections, for readers and writers alike."""
    engine = service.repo.engine
    for eng in (engine, writer(engine)):
        with eng.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
            assert conn.execute(text("PRAGMA trusted_schema")).scalar() == 0
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_writes_begin_immediately(tmp_path: Path) -> None:
    """A writer takes the write lock at BEGIN, so it never fails half-way with SQLITE_BUSY."""
    engine = open_engine(tmp_path / "x.sqlite3")
    statements: list[str] = []
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with writer(engine).begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    assert statements[0] == "BEGIN IMMEDIATE"
    engine.dispose()


# ---------------------------------------------------------------------------- file modes
def test_files_and_folders_are_private(app_paths: AppPaths, umask_022: None) -> None:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    service.add_entry(make_entry(notes="x"))
    assert mode(app_paths.data) == 0o700
    assert mode(app_paths.db) == 0o600
    for suffix in ("-wal", "-shm"):  # SQLite gives them the database file's mode
        assert mode(Path(f"{app_paths.db}{suffix}")) == 0o600
    engine.dispose()
    open_diary(app_paths).dispose()  # changed: an automatic backup
    [backup] = list(app_paths.backups.iterdir())
    assert mode(app_paths.backups) == 0o700 and mode(backup) == 0o600


def test_cli_backup_and_export_files_are_private(
    app_paths: AppPaths, umask_022: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(app_paths.data)
    assert main(["--data-dir", data, "add", "--nrs", "4"]) == 0
    assert main(["--data-dir", data, "backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert mode(tmp_path / "b.sqlite3") == 0o600
    assert main(["--data-dir", data, "export", "-o", str(tmp_path / "e.json")]) == 0
    assert mode(tmp_path / "e.json") == 0o600
    capsys.readouterr()


def test_a_loose_data_folder_is_made_private_again(app_paths: AppPaths) -> None:
    open_diary(app_paths).dispose()
    os.chmod(app_paths.data, 0o755)
    open_diary(app_paths).dispose()
    assert mode(app_paths.data) == 0o700


# ---------------------------------------------------------------------------- deleted text
def test_deleted_text_is_gone_from_the_file(app_paths: AppPaths) -> None:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    entry = make_entry(notes=CANARY * 20)
    service.add_entry(make_entry(notes="keep"))
    service.add_entry(entry)
    service.delete_entry(entry.id)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for path in app_paths.data.glob("diary.sqlite3*"):
        assert CANARY.encode() not in path.read_bytes(), path.name


# ---------------------------------------------------------------------------- logs
def test_no_diary_text_in_logs(
    app_paths: AppPaths, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(app_paths.data)
    with caplog.at_level(logging.DEBUG):
        assert main(["--data-dir", data, "add", "--nrs", "8", "--note", CANARY]) == 0
        assert main(["--data-dir", data, "list"]) == 0  # reopened: backup taken
        with app_paths.db.open("r+b") as fh:  # and a failing open, which logs a warning
            fh.write(b"X" * 16)
        assert main(["--data-dir", data, "list"]) == 1
    capsys.readouterr()
    assert caplog.records, "something was logged"
    for record in caplog.records:
        assert CANARY not in record.getMessage()
    for log_file in app_paths.logs.glob("**/*") if app_paths.logs.exists() else []:
        assert CANARY.encode() not in log_file.read_bytes()


# ---------------------------------------------------------------------------- no network
NETWORK_MODULES = {
    "socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket", "websockets",
}  # fmt: skip
QT_NETWORK_ALLOWED = {"QLocalServer", "QLocalSocket"}


def test_the_program_imports_nothing_that_reaches_the_network() -> None:
    root = Path(backdiary.__file__).parent
    offenders = []
    for source in root.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[tuple[str, str | None]]
            if isinstance(node, ast.Import):
                names = [(a.name, None) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [(node.module, a.name) for a in node.names]
            else:
                continue
            for module, name in names:
                if module in NETWORK_MODULES or module.split(".")[0] in NETWORK_MODULES - {
                    "urllib"
                }:
                    offenders.append(f"{source.relative_to(root)}: {module}")
                if module.endswith("QtNetwork") and (
                    name is None or name not in QT_NETWORK_ALLOWED
                ):
                    offenders.append(f"{source.relative_to(root)}: {module}.{name}")
                if module.startswith("PySide6.QtWeb"):
                    offenders.append(f"{source.relative_to(root)}: {module}")
    assert not offenders, offenders


def test_a_full_cli_session_makes_no_network_connection(
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    data = str(app_paths.data)
    for command in (
        ["demo", "--days", "60"],
        ["add", "--nrs", "5", "--note", "<img src='http://127.0.0.1:9/x.png'/>"],
        ["list"],
        ["backup"],
        ["check"],
        ["export", "-o", str(tmp_path / "all.json")],
        ["export", "-o", str(tmp_path / "all.csv")],
        ["report", "-o", str(tmp_path / "report.pdf")],
    ):
        status = main(["--data-dir", data, *command])
        assert status == 0, (command, capsys.readouterr().err)
    capsys.readouterr()
    assert attempts == []


# ---------------------------------------------------------------------------- unsafe places
def test_network_file_systems_are_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"server:/export {tmp_path}/nfs nfs4 rw 0 0\n"
        f"//nas/share {tmp_path}/smb cifs rw 0 0\n"
        f"me@host: {tmp_path}/ssh fuse.sshfs rw 0 0\n"
        f"drvfs {tmp_path}/with\\040space 9p rw 0 0\n"
    )
    for name, fstype in (("nfs", "nfs4"), ("smb", "cifs"), ("ssh", "fuse.sshfs")):
        warning = location_warning(tmp_path / name / "backdiary", mounts)
        assert warning is not None and fstype in warning and "network drive" in warning
    assert mount_of(tmp_path / "with space" / "x", mounts) == (f"{tmp_path}/with space", "9p")
    assert location_warning(tmp_path / "local", mounts) is None


@pytest.mark.parametrize(
    ("path", "cloud"),
    [
        ("/home/me/Dropbox/backdiary", "Dropbox"),
        ("/home/me/Dropbox (Personal)/backdiary", "Dropbox (Personal)"),
        ("/home/me/OneDrive - Contoso/Documents/backdiary", "OneDrive - Contoso"),
        ("/home/me/Nextcloud/backdiary", "Nextcloud"),
        ("/home/me/ownCloud/x", "ownCloud"),
        ("/home/me/Google Drive/My Drive/x", "Google Drive"),
        ("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/x", "Mobile Documents"),
        ("/home/me/iCloud Drive/x", "iCloud Drive"),
        ("/home/me/pCloud Drive/x", "pCloud Drive"),
        ("/home/me/MEGA/x", "MEGA"),
        ("/home/me/Box Sync/x", "Box Sync"),
        ("/home/me/.local/share/backdiary", None),
        ("/home/me/dropboxes-of-old-letters/x", None),
        ("/home/me/megaproject/x", None),
    ],
)
def test_cloud_sync_folders_are_recognised(path: str, cloud: str | None) -> None:
    assert cloud_folder_of(Path(path)) == cloud


def test_cli_warns_about_a_cloud_folder_and_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Dropbox").mkdir()
    data = str(tmp_path / "Dropbox" / "backdiary")
    assert main(["--data-dir", data, "add", "--nrs", "2"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "cloud-sync folder (Dropbox)" in err


def test_open_diary_uses_only_the_file_it_was_given(app_paths: AppPaths) -> None:
    """No stray databases or journals appear anywhere else in the data folder."""
    engine = open_diary(app_paths)
    DiaryService(Repository(engine)).add_entry(make_entry())
    engine.dispose()
    names = {p.name for p in app_paths.data.iterdir()}
    assert names <= {"diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm", "backups", "config"}
    with closing(sqlite3.connect(app_paths.db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_loose_diary_files_are_made_private_again(app_paths: AppPaths) -> None:
    """A diary copied in or made by an older version with 0644: only its mode changes."""
    engine = open_diary(app_paths)
    DiaryService(Repository(engine)).add_entry(make_entry(notes="x"))
    engine.dispose()
    open_diary(app_paths).dispose()  # one automatic backup
    os.chmod(app_paths.db, 0o644)
    os.chmod(app_paths.backups, 0o755)
    content = app_paths.db.read_bytes()
    open_diary(app_paths).dispose()
    assert mode(app_paths.db) == 0o600 and mode(app_paths.backups) == 0o700
    assert app_paths.db.read_bytes() == content


def test_a_damaged_file_moved_aside_is_private_too(
    app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_diary(app_paths).dispose()
    app_paths.db.write_bytes(b"not a diary at all")
    os.chmod(app_paths.db, 0o644)
    assert main(["--data-dir", str(app_paths.data), "start-new"]) == 0
    capsys.readouterr()
    [kept] = app_paths.backups.glob("diary-*-damaged-*.sqlite3")
    assert kept.read_bytes() == b"not a diary at all" and mode(kept) == 0o600


def test_a_backup_is_private_and_flushed_before_it_is_renamed_into_place(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, umask_022: None
) -> None:
    """Temporary file → quick_check → 0600 → fsync → rename → fsync of the folder."""
    from backdiary.storage import backup as bk

    engine = open_diary(app_paths)
    DiaryService(Repository(engine)).add_entry(make_entry(notes="x"))
    steps: list[tuple[str, str, int | None]] = []
    real_fsync, real_replace, real_check = bk.fsync_path, os.replace, bk.quick_check

    def fsync(path: Path) -> None:
        steps.append(("fsync", Path(path).name, Path(path).stat().st_mode & 0o777))
        real_fsync(path)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        steps.append(("rename", Path(src).name, Path(src).stat().st_mode & 0o777))
        real_replace(src, dst)

    def check(conn: sqlite3.Connection) -> str | None:
        steps.append(("quick_check", "", None))
        return real_check(conn)

    monkeypatch.setattr(bk, "fsync_path", fsync)
    monkeypatch.setattr(bk, "quick_check", check)
    monkeypatch.setattr(bk.os, "replace", replace)
    info = bk.backup_engine(engine, app_paths.backups, bk.Kind.MANUAL)
    engine.dispose()
    temp = f".{info.path.name}.{os.getpid()}.tmp"
    assert steps == [
        ("quick_check", "", None),  # the diary itself, before copying
        ("quick_check", "", None),  # the copy
        ("fsync", temp, 0o600),
        ("rename", temp, 0o600),
        ("fsync", "backups", 0o700),
    ]
    assert mode(info.path) == 0o600


def test_database_errors_never_repeat_the_diary_text(service: DiaryService) -> None:
    """SQLAlchemy puts a failed statement's parameters in its message: not ours."""
    from sqlalchemy.exc import OperationalError

    with (
        pytest.raises(OperationalError) as caught,
        writer(service.repo.engine).begin() as conn,
    ):
        conn.execute(text("UPDATE no_such_table SET notes = :notes"), {"notes": CANARY})
    assert "no_such_table" in str(caught.value)
    assert CANARY not in str(caught.value)


def test_text_deleted_in_the_window_is_gone_from_every_file_at_once(
    service: DiaryService, app_paths: AppPaths, qtbot: object
) -> None:
    """The window may stay open for weeks: the -wal must not keep what was deleted."""
    from backdiary.ui.mainwindow import MainWindow

    window = MainWindow(service, app_paths)
    service.add_entry(make_entry(notes="keep"))
    secret = make_entry(notes=CANARY * 20)
    service.add_entry(secret)
    window.entries_changed.emit()
    window.select_entry(secret.id)
    assert window.current_entry() is not None and window.current_entry().id == secret.id
    window.delete_entry()
    assert service.count() == 1
    for path in app_paths.data.glob("diary.sqlite3*"):  # the diary is still open
        assert CANARY.encode() not in path.read_bytes(), path.name
    window.undo_stack.undo()  # undo brings it back
    assert service.count() == 2
    window.close()
