"""The writer side of the kill test: a fork server that starts diary writers on demand.

Run as ``python helpers_kill_writer.py DATA_DIR``. It imports backdiary once (so a
writer starts in milliseconds, not the ~0.3 s of a fresh interpreter), never opens
the database itself, and speaks one line at a time on stdin/stdout:

* parent → server ``go`` (or ``go-form``: save through the entry form of the
  window, offscreen): fork a writer; server → parent ``pid N``;
* writer → parent ``ready`` once ``open_diary`` returned (checks, backup, migration),
  then ``ack ID`` after each ``DiaryService.add_entry`` returned, i.e. after the
  commit: an acknowledged entry is one the user was told is saved;
* parent → server ``sync``: server → parent ``synced`` (every line of an earlier,
  killed writer is in the pipe before it);
* parent → server ``quit`` (or end of input): the server exits.

Every line is one ``os.write`` below PIPE_BUF, so a line is either whole or absent
when the parent kills a writer with SIGKILL.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from datetime import datetime, timedelta, timezone


def say(line: str) -> None:
    """Write one whole line to stdout (atomic for short lines on a pipe)."""
    os.write(1, (line + "\n").encode())


def writer(data_dir: str, seed: int) -> None:
    """Open the diary the way the app does and save entries until killed."""
    from backdiary.domain.model import Entry, Medication
    from backdiary.paths import AppPaths
    from backdiary.services import DiaryService
    from backdiary.storage.diary import open_diary
    from backdiary.storage.repository import Repository

    service = DiaryService(Repository(open_diary(AppPaths.resolve(data_dir))))
    say("ready")
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=timezone(timedelta(hours=1)))
    while True:
        when = start + timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
        medications = (Medication("ibuprofen", 400, "mg"),) if rng.random() < 0.3 else ()
        entry = Entry(
            timestamp=when,
            nrs=rng.randint(0, 10),
            notes=f"kill test {seed} " + "é" * rng.randrange(200),
            medications=medications,
        )
        service.add_entry(entry)
        say(f"ack {entry.id}")


def gui_writer(data_dir: str, seed: int) -> None:
    """Save through the entry form, as a user does: acknowledged once the form closed.

    The form closes only after ``MainWindow._save_new`` (service → commit) returned,
    and the status bar says "Saved" at that moment: that is the acknowledgement.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from backdiary.paths import AppPaths
    from backdiary.services import DiaryService
    from backdiary.storage.diary import open_diary
    from backdiary.storage.repository import Repository
    from backdiary.ui.entry_dialog import EntryDialog
    from backdiary.ui.mainwindow import MainWindow

    app = QApplication([])
    paths = AppPaths.resolve(data_dir)
    service = DiaryService(Repository(open_diary(paths)))
    window = MainWindow(service, paths)
    rng = random.Random(seed)
    say("ready")
    while True:
        dialog = EntryDialog(service, None, window, window._save_new)
        dialog.severity.set_value(rng.randint(0, 10))
        dialog.notes.setPlainText(f"kill test (form) {seed} " + "é" * rng.randrange(200))
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        if dialog.result() == EntryDialog.DialogCode.Accepted and dialog.result_entry:
            say(f"ack {dialog.result_entry.id}")
        dialog.deleteLater()
        app.processEvents()


def main() -> int:
    """Serve ``go``/``sync``/``quit`` until told to stop."""
    data_dir = sys.argv[1]
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed writers are reaped at once
    # Import everything a writer needs before forking.
    import backdiary.services
    import backdiary.storage.diary
    import backdiary.storage.migrate
    import backdiary.storage.repository
    import backdiary.ui.entry_dialog
    import backdiary.ui.mainwindow  # noqa: F401

    for n, line in enumerate(sys.stdin):
        command = line.strip()
        if command in ("go", "go-form"):
            pid = os.fork()
            if pid == 0:
                try:
                    (writer if command == "go" else gui_writer)(data_dir, n)
                finally:
                    os._exit(1)
            say(f"pid {pid}")
        elif command == "sync":
            say("synced")
        else:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
