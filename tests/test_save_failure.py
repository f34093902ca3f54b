"""A failed save (disk full, read-only, locked, I/O error) keeps the form; a retry saves once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import errno
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from backdiary.errors import StorageError
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.failures import Cause, cause_of, describe
from backdiary.storage.repository import Repository
from backdiary.ui.entry_dialog import EntryDialog
from backdiary.ui.mainwindow import MainWindow
from tests.factories import make_entry

NOTES = "Typed before the disk filled up: ✍️ שלום e\u0301"


@pytest.fixture
def window(qtbot: QtBot, service: DiaryService, app_paths: AppPaths) -> Iterator[MainWindow]:
    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    yield w


def new_form(qtbot: QtBot, window: MainWindow) -> EntryDialog:
    dialog = EntryDialog(window.service, None, window, window._save_new)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.severity.set_value(7)
    dialog.notes.setPlainText(NOTES)
    return dialog


def press_save(dialog: EntryDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def wrapped(message: str) -> OperationalError:
    return OperationalError("INSERT INTO entry …", {}, sqlite3.OperationalError(message))


def test_disk_full_once_keeps_the_form_then_saves_exactly_once(
    qtbot: QtBot, window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = service.add_entry
    calls = 0

    def full_once(entry: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise wrapped("database or disk is full")
        return original(entry)

    monkeypatch.setattr(service, "add_entry", full_once)
    dialog = new_form(qtbot, window)
    press_save(dialog)
    assert dialog.isVisible(), "the form stays open"
    assert "disk is full" in dialog.error.text()
    assert dialog.notes.toPlainText() == NOTES and dialog.severity.value() == 7
    assert service.count() == 0

    press_save(dialog)
    assert not dialog.isVisible()
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    [stored] = service.entries()
    assert (stored.nrs, stored.notes) == (7, NOTES)
    assert calls == 2


def test_read_only_database_keeps_the_form_then_saves_exactly_once(
    qtbot: QtBot, window: MainWindow, service: DiaryService
) -> None:
    """A real SQLite refusal: every connection is made read-only, then the cause is fixed."""
    engine = service.repo.engine

    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    engine.dispose()
    event.listen(engine, "connect", read_only)
    dialog = new_form(qtbot, window)
    press_save(dialog)
    assert dialog.isVisible()
    assert "readonly" in dialog.error.text() or "read-only" in dialog.error.text()
    assert dialog.notes.toPlainText() == NOTES

    event.remove(engine, "connect", read_only)
    engine.dispose()
    press_save(dialog)
    assert not dialog.isVisible()
    assert service.count() == 1


@pytest.mark.parametrize(
    ("error", "cause", "words"),
    [
        (wrapped("database or disk is full"), Cause.DISK_FULL, "disk is full"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            Cause.READ_ONLY,
            "read-only",
        ),
        (wrapped("database is locked"), Cause.LOCKED, "another program"),
        (wrapped("disk I/O error"), Cause.IO_ERROR, "reported an error"),
        (sqlite3.DatabaseError("database disk image is malformed"), Cause.DAMAGED, "damaged"),
        (OSError(errno.ENOSPC, "No space left on device"), Cause.DISK_FULL, "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), Cause.READ_ONLY, "read-only"),
        (wrapped("something odd"), Cause.OTHER, "something odd"),
    ],
)
def test_describe_says_what_happened_and_what_to_do(
    error: BaseException, cause: Cause, words: str, tmp_path: Path
) -> None:
    assert cause_of(error) is cause
    described = describe(error, tmp_path)
    assert isinstance(described, StorageError)
    assert str(described).startswith("The entry was not saved")
    assert words in described.full_message()
    if cause is not Cause.DAMAGED:
        assert "what you typed is still in the form" in described.hint


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system (root only)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root to mount a tiny file system")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_really_full_disk(tiny_disk: Path) -> None:
    """Save until the disk is full, free space, retry: exactly one more entry, nothing lost."""
    paths = AppPaths.resolve(tiny_disk / "data")
    engine = open_diary(paths)
    service = DiaryService(Repository(engine))
    filler = tiny_disk / "filler"
    filler.write_bytes(b"\0" * 400_000)
    saved = 0
    failure: BaseException | None = None
    for i in range(10_000):
        try:
            service.add_entry(make_entry(notes=f"{i} " + "x" * 2000))
        except OperationalError as exc:
            failure = exc
            break
        saved += 1
    assert failure is not None and saved > 10
    assert cause_of(failure) is Cause.DISK_FULL
    assert "disk is full" in describe(failure).full_message()
    assert service.count() == saved
    filler.unlink()
    service.add_entry(make_entry(notes="after freeing space"))
    assert service.count() == saved + 1
    engine.dispose()
    with closing(sqlite3.connect(paths.db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize(
    ("error", "words", "how"),
    [
        (wrapped("database or disk is full"), "the disk is full", "Free some space"),
        (wrapped("attempt to write a readonly database"), "read-only", "write-protected"),
        (wrapped("database is locked"), "another program", "Close other programs"),
        (wrapped("disk I/O error"), "reported an error", "still connected"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full", "Free some"),
        (OSError(errno.ENODEV, "No such device"), "could not be reached", "reconnect it"),
        (wrapped("something odd"), "something odd", "Check the disk"),
    ],
)
def test_the_form_says_what_happened_and_how_to_fix_it(
    error: BaseException, words: str, how: str, tmp_path: Path
) -> None:
    """The window's own wording (translated) for each cause of a failed save."""
    from backdiary.ui.save_failure import save_failure

    explained = save_failure(error, tmp_path)
    assert words in str(explained)
    assert how in explained.hint
    assert "what you typed is still in the form" in explained.hint
    assert str(tmp_path) in explained.hint or "Close other" in how or "connected" in how


def test_a_damaged_file_while_saving_keeps_the_form_and_says_what_to_do(
    qtbot: QtBot, window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import DatabaseError

    def damaged(_entry: Any) -> Any:
        raise DatabaseError(
            "INSERT INTO entry …", {}, sqlite3.DatabaseError("database disk image is malformed")
        )

    monkeypatch.setattr(service, "add_entry", damaged)
    dialog = new_form(qtbot, window)
    press_save(dialog)
    assert dialog.isVisible(), "no crash: the form stays open"
    assert "appears to be damaged" in dialog.error.text()
    assert "start it again" in dialog.error.text()
    assert dialog.notes.toPlainText() == NOTES


def test_a_failed_delete_says_so_keeps_the_entry_and_leaves_nothing_to_undo(
    qtbot: QtBot, window: MainWindow, service: DiaryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    entry = make_entry(notes="keep me")
    service.add_entry(entry)
    window.entries_changed.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.setCurrentIndex(window.model.index(0, 0))
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: said.append(text))
    )
    engine = service.repo.engine

    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    engine.dispose()
    event.listen(engine, "connect", read_only)
    window.delete_entry()
    event.remove(engine, "connect", read_only)
    engine.dispose()
    assert said and "The entry was not deleted" in said[0] and "read-only" in said[0]
    assert "delete it again" in said[0]
    assert [e.id for e in service.entries()] == [entry.id]
    assert not window.undo_stack.canUndo(), "nothing happened, so there is nothing to undo"
    window.delete_entry()  # once fixed, deleting works
    assert service.count() == 0 and window.undo_stack.canUndo()
