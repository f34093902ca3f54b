"""The damaged-file matrix: each way a diary cannot be opened gets a calm message, a way forward.

Each case is checked three ways: ``open_diary`` raises a :class:`DiaryProblem` of the
right kind; the command line exits non-zero with the message on stderr and no
traceback; the recovery dialog says the same and offers the right buttons. The
damaged file's bytes are never changed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import shlex
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backdiary.app import main
from backdiary.demo import generate
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.recovery import Action, DiaryProblem, ProblemKind
from backdiary.storage.repository import Repository
from backdiary.ui.recovery import RecoveryDialog
from tests.readonly import read_only

ENTRIES = 0  # set by the template fixture


# ---------------------------------------------------------------------------- the diary to damage
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary folder with demo entries and one automatic backup."""
    global ENTRIES
    folder = tmp_path_factory.mktemp("template") / "data"
    paths = AppPaths.resolve(folder)
    engine = open_diary(paths)
    service = DiaryService(Repository(engine))
    ENTRIES = service.add_many(generate(days=300, seed=5).entries)
    engine.dispose()
    open_diary(paths).dispose()  # changed since the last backup: makes one
    return folder


@pytest.fixture
def paths(template: Path, tmp_path: Path) -> AppPaths:
    target = tmp_path / "diary"
    shutil.copytree(template, target)
    return AppPaths.resolve(target)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------- damage
def zero_bytes(paths: AppPaths) -> None:
    paths.db.write_bytes(b"")


def not_sqlite(paths: AppPaths) -> None:
    paths.db.write_text("date,nrs\n2025-01-01,4\n", encoding="utf-8")


def truncated(paths: AppPaths) -> None:
    data = paths.db.read_bytes()
    paths.db.write_bytes(data[: len(data) // 2])


def corrupted_page(paths: AppPaths) -> None:
    with paths.db.open("r+b") as fh:
        for page in (4, 5):
            fh.seek((page - 1) * 4096)
            fh.write(b"\xff" * 64)


def header_clobbered(paths: AppPaths) -> None:
    with paths.db.open("r+b") as fh:
        fh.write(b"X" * 16)


def foreign_sqlite(paths: AppPaths) -> None:
    paths.db.unlink()
    with closing(sqlite3.connect(paths.db, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('about:blank')")


def foreign_app_id(paths: AppPaths) -> None:
    with closing(sqlite3.connect(paths.db, isolation_level=None)) as conn:
        conn.execute("PRAGMA application_id = 1598903374")  # Mozilla's "MOZ_"


def no_tables(paths: AppPaths) -> None:
    """A database without a single table (e.g. made by a tool that then crashed)."""
    paths.db.unlink()
    with closing(sqlite3.connect(paths.db, isolation_level=None)) as conn:
        conn.execute("PRAGMA user_version = 7")  # writes the header: 1 page, 0 tables


def newer_revision(paths: AppPaths) -> None:
    with closing(sqlite3.connect(paths.db, isolation_level=None)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute(
            "INSERT INTO diary_meta (key, value) VALUES ('app_version', '9.9.0') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )


CASES: dict[str, tuple[Callable[[AppPaths], None], ProblemKind, tuple[str, ...], set[Action]]] = {
    "zero-byte": (
        zero_bytes,
        ProblemKind.EMPTY,
        ("is empty (0 bytes)", "has not changed it"),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "not-sqlite": (
        not_sqlite,
        ProblemKind.NOT_SQLITE,
        ("is not a database", "has not changed it"),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "truncated": (
        truncated,
        ProblemKind.DAMAGED,
        ("is damaged", "has not changed it"),
        {Action.RESTORE, Action.SALVAGE, Action.CHOOSE_FOLDER},
    ),
    "corrupted-page": (
        corrupted_page,
        ProblemKind.DAMAGED,
        ("is damaged", "has not changed it"),
        {Action.RESTORE, Action.SALVAGE, Action.CHOOSE_FOLDER},
    ),
    "header-clobbered": (
        header_clobbered,
        ProblemKind.NOT_SQLITE,
        ("is not a database",),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "foreign-sqlite": (
        foreign_sqlite,
        ProblemKind.FOREIGN,
        ("belongs to another program", "has not changed it"),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "foreign-app-id": (
        foreign_app_id,
        ProblemKind.FOREIGN,
        ("belongs to another program",),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "no-tables": (
        no_tables,
        ProblemKind.EMPTY,
        ("is empty (a database without any tables)", "has not changed it"),
        {Action.RESTORE, Action.START_NEW, Action.CHOOSE_FOLDER},
    ),
    "newer-revision": (
        newer_revision,
        ProblemKind.TOO_NEW,
        ("last used by backdiary 9.9.0", "schema 9999", "has not changed it"),
        {Action.RESTORE, Action.CHOOSE_FOLDER},
    ),
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------------------- file damage
@pytest.mark.parametrize("case", list(CASES))
def test_open_diary_names_the_problem(case: str, paths: AppPaths) -> None:
    damage, kind, phrases, actions = CASES[case]
    damage(paths)
    before = digest(paths.db)
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    problem = caught.value
    assert problem.kind is kind
    assert set(problem.actions) == actions
    for phrase in phrases:
        assert phrase in problem.full_message()
    assert problem.backup is not None and problem.backup.entries == ENTRIES
    assert digest(paths.db) == before, "the damaged file must never be written to"


@pytest.mark.parametrize("case", list(CASES))
def test_cli_exits_1_with_a_calm_message(
    case: str, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, _kind, phrases, _actions = CASES[case]
    damage(paths)
    before = digest(paths.db)
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 1
    assert out == ""
    assert "Traceback" not in err
    for phrase in phrases:
        assert phrase in err
    assert f"{ENTRIES:,} entries" in err  # the newest good backup, with its entry count
    assert "restore" in err
    assert digest(paths.db) == before


@pytest.mark.parametrize("case", list(CASES))
def test_recovery_dialog_says_it_and_offers_the_ways_forward(
    case: str, paths: AppPaths, qtbot: QtBot
) -> None:
    damage, _kind, phrases, actions = CASES[case]
    damage(paths)
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    text = dialog.text()
    for phrase in phrases:
        assert phrase in text
    assert set(dialog.buttons) == actions
    if Action.RESTORE in actions:
        assert f"{ENTRIES:,} entries" in dialog.buttons[Action.RESTORE].text()
    assert "Traceback" not in text


# ---------------------------------------------------------------------------- surroundings
@contextmanager
def locked(db: Path) -> Iterator[None]:
    """Another process holds an exclusive lock on the diary."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute('SELECT count(*) FROM entry').fetchone()\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.3 s instead of 5 s for another program's lock."""
    defaults = dict(open_diary.__kwdefaults__ or {})
    defaults["timeout"] = 0.3
    monkeypatch.setattr(open_diary, "__kwdefaults__", defaults)


def test_locked_diary(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], qtbot: QtBot, short_lock_wait: None
) -> None:
    with locked(paths.db):
        with pytest.raises(DiaryProblem) as caught:
            open_diary(paths)
        assert caught.value.kind is ProblemKind.LOCKED
        status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 1
    assert "Another program is using the diary file right now" in err
    assert "Nothing has been changed" in err and "Traceback" not in err
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {Action.RETRY}
    assert "Close the other program" in dialog.text()
    # Once the other program is gone the same diary opens normally.
    open_diary(paths).dispose()


def test_read_only_folder(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    before = digest(paths.db)
    with read_only(paths.data):
        with pytest.raises(DiaryProblem) as caught:
            open_diary(paths)
        status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert caught.value.kind is ProblemKind.FOLDER_READ_ONLY
    assert status == 1
    assert "cannot write in the diary folder" in err and "read-only" in err
    assert "Your diary has not been changed" in err and "Traceback" not in err
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {Action.RETRY, Action.CHOOSE_FOLDER}
    assert digest(paths.db) == before


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot) -> None:
    paths = AppPaths.resolve(tmp_path / "usb-stick" / "backdiary")
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    assert caught.value.kind is ProblemKind.FOLDER_MISSING
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "add", "--nrs", "3")
    assert status == 1
    assert "does not exist" in err and "may not be connected" in err
    assert "Nothing was created or changed" in err
    assert not (tmp_path / "usb-stick").exists(), "nothing may be created on the wrong disk"
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {Action.RETRY, Action.CHOOSE_FOLDER, Action.CREATE_FOLDER}


def test_missing_diary_next_to_backups_is_not_replaced_silently(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.db.unlink()
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 1
    assert "missing" in err and f"{ENTRIES:,} entries" in err
    assert not paths.db.exists()


def test_stray_wal_is_moved_aside_before_a_new_diary(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "d")
    paths.data.mkdir()
    Path(f"{paths.db}-wal").write_bytes(b"stale wal of another database")
    open_diary(paths).dispose()
    kept = list(paths.backups.glob("diary-*-damaged-orphaned-journal.sqlite3-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"stale wal of another database"


# ---------------------------------------------------------------------------- ways forward
def test_restore_newest_backup_from_the_cli(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    truncated(paths)
    damaged = digest(paths.db)
    _status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    command = next(
        shlex.split(line)
        for line in err.splitlines()
        if line.strip().startswith("backdiary --data-dir") and " restore " in line
    )
    status, out, err = run_cli(capsys, *command[1:])
    assert status == 0, err
    assert f"restored {ENTRIES:,} entries" in out
    kept = next(paths.backups.glob("diary-*-damaged.sqlite3"))
    assert digest(kept) == damaged, "the damaged file is kept, byte for byte"
    status, out, _err = run_cli(capsys, "--data-dir", str(paths.data), "check")
    assert (status, out.strip()) == (0, "ok")


def test_salvage_rescues_readable_entries(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupted_page(paths)
    damaged = digest(paths.db)
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "salvage")
    assert status == 0, err
    assert "rescued" in out
    engine = open_diary(paths)
    rescued = DiaryService(Repository(engine)).count()
    engine.dispose()
    # The damage hits the entry table's root page: the rows are found on their leaf pages.
    assert ENTRIES * 0.9 <= rescued <= ENTRIES
    assert f"rescued {rescued:,} entries" in out
    assert digest(next(paths.backups.glob("diary-*-damaged.sqlite3"))) == damaged
    status, out, _err = run_cli(capsys, "--data-dir", str(paths.data), "check")
    assert (status, out.strip()) == (0, "ok")


def test_salvage_of_a_truncated_file(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    data = paths.db.read_bytes()
    paths.db.write_bytes(data[: len(data) * 4 // 5])  # the last fifth lost
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "salvage")
    assert status == 0, err
    assert "could not be read" in out
    engine = open_diary(paths)
    assert 0 < DiaryService(Repository(engine)).count() < ENTRIES
    engine.dispose()


def test_salvage_of_an_empty_file_says_there_is_nothing_to_rescue(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    zero_bytes(paths)
    status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "salvage")
    assert status == 1
    assert "Nothing can be rescued" in err and "Restore a backup" in err
    assert paths.db.stat().st_size == 0


def test_start_new_keeps_the_old_file(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    not_sqlite(paths)
    before = paths.db.read_bytes()
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "start-new")
    assert status == 0, err
    assert "started a new, empty diary" in out
    assert next(paths.backups.glob("diary-*-damaged-replaced.sqlite3")).read_bytes() == before
    status, out, _err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert status == 0 and "0 entries" in out


@pytest.mark.parametrize(
    ("case", "action"),
    [
        ("truncated", Action.RESTORE),
        ("corrupted-page", Action.SALVAGE),
        ("zero-byte", Action.START_NEW),
    ],
)
def test_recovery_dialog_actions_work(
    case: str, action: Action, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from backdiary.ui import recovery as ui_recovery

    CASES[case][0](paths)
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    shown: list[str] = []
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, p, parent=None: action))
    monkeypatch.setattr(ui_recovery, "confirm_restore", lambda *a: True)
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    chosen = ui_recovery.resolve_problem(caught.value)
    assert chosen == paths
    engine = open_diary(chosen)
    count = DiaryService(Repository(engine)).count()
    engine.dispose()
    expected = {Action.RESTORE: ENTRIES, Action.START_NEW: 0}.get(action)
    if expected is not None:
        assert count == expected
    else:
        assert 0 < count <= ENTRIES
    assert shown and "kept" in shown[0]


# ---------------------------------------------------------------------------- more of the matrix
def folder_instead_of_file(paths: AppPaths) -> None:
    paths.db.unlink()
    paths.db.mkdir()
    (paths.db / "something").write_text("not a diary")


def test_a_folder_where_the_diary_should_be(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    folder_instead_of_file(paths)
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    assert caught.value.kind is ProblemKind.UNREADABLE
    assert caught.value.backup is not None and caught.value.backup.entries == ENTRIES
    assert "it is a folder" in caught.value.full_message()
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert (status, out) == (1, "") and "Traceback" not in err and "could not be read" in err
    assert (paths.db / "something").read_text() == "not a diary", "nothing inside is touched"


def test_a_stray_wal_of_another_database_is_damage_not_a_foreign_file(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A -wal copied in from another database would turn the diary into that database."""
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE t (x)")
        for _ in range(50):
            conn.execute("INSERT INTO t VALUES (randomblob(3000))")
        shutil.copy(f"{other}-wal", f"{paths.db}-wal")
    before, wal = digest(paths.db), digest(Path(f"{paths.db}-wal"))
    with pytest.raises(DiaryProblem) as caught:
        open_diary(paths)
    assert caught.value.kind is ProblemKind.DAMAGED
    assert "-wal belongs to another database" in caught.value.detail
    assert Action.RESTORE in caught.value.actions
    assert digest(paths.db) == before and digest(Path(f"{paths.db}-wal")) == wal
    # Restoring the newest backup moves the file and the stray journal aside together.
    assert caught.value.backup is not None
    status, _out, err = run_cli(
        capsys, "--data-dir", str(paths.data), "restore", str(caught.value.backup.path)
    )
    assert status == 0, err
    [kept] = [p for p in paths.backups.glob("diary-*.sqlite3") if "-auto" not in p.name]
    assert digest(kept) == before and digest(Path(f"{kept}-wal")) == wal
    engine = open_diary(paths)
    assert DiaryService(Repository(engine)).count() == ENTRIES
    engine.dispose()


@pytest.mark.parametrize("case", ["zero-byte", "truncated", "corrupted-page", "foreign-sqlite"])
def test_repeated_starts_on_a_damaged_diary_change_and_copy_nothing(
    case: str, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five starts: the same message each time, the file's bytes unchanged, no copies piling up."""
    CASES[case][0](paths)
    before = digest(paths.db)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    messages = set()
    for _ in range(5):
        status, _out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
        assert status == 1
        messages.add(err)
    assert len(messages) == 1
    assert digest(paths.db) == before
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before
    leftovers = {p.name for p in paths.data.iterdir()} - {
        "diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm", "backups", "config",
        ".backdiary.lock",
    }  # fmt: skip
    assert not leftovers


def test_salvage_beside_a_stray_wal_reads_the_diary_without_it(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (randomblob(3000))")
        shutil.copy(f"{other}-wal", f"{paths.db}-wal")
    before = digest(paths.db)
    status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "salvage")
    assert status == 0, err
    assert f"rescued {ENTRIES:,} entries" in out
    [kept] = paths.backups.glob("diary-*-damaged.sqlite3")
    assert digest(kept) == before and Path(f"{kept}-wal").exists()
    engine = open_diary(paths)
    assert DiaryService(Repository(engine)).count() == ENTRIES
    engine.dispose()


def test_read_only_diary_file(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    before = digest(paths.db)
    with read_only(paths.db):
        with pytest.raises(DiaryProblem) as caught:
            open_diary(paths)
        status, out, err = run_cli(capsys, "--data-dir", str(paths.data), "list")
    assert caught.value.kind is ProblemKind.FILE_READ_ONLY
    assert (status, out) == (1, "") and "Traceback" not in err
    assert "is read-only" in err and "Your entries are safe and unchanged" in err
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {Action.RETRY, Action.CHOOSE_FOLDER}
    assert "chmod u+w" in dialog.text()
    assert digest(paths.db) == before
    open_diary(paths).dispose()  # writable again: opens normally
