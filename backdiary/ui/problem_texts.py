"""The recovery window's words for a :class:`~backdiary.storage.recovery.DiaryProblem`, translated.

:mod:`backdiary.storage.recovery` words each problem in English for the terminal.
The window says the same in the user's language: this module builds the title,
message, advice and button texts from the problem's kind and facts through
``QCoreApplication.translate`` (context ``DiaryProblem``). Without a translator
the English is exactly the terminal's. A kind this module does not know falls
back to the problem's own (English) words.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from backdiary import __version__
from backdiary.storage.backup import BackupInfo
from backdiary.storage.recovery import (
    Action,
    DiaryProblem,
    ProblemKind,
    action_label,
    action_note,
)
from backdiary.ui.texts import QT_TRANSLATE_NOOP
from backdiary.ui.texts import count_text as count_text  # re-exported

_CONTEXT = "DiaryProblem"


def _tr(text: str) -> str:
    """Translate a text whose source is given elsewhere (e.g. by ``QT_TRANSLATE_NOOP``)."""
    return QCoreApplication.translate(_CONTEXT, text)


def describe_backup(info: BackupInfo) -> str:
    """``2026-11-24 09:12, 1,234 entries`` in the user's language (local time)."""
    when = f"{info.made_at.astimezone():%Y-%m-%d %H:%M}"
    if info.entries is None:
        return QCoreApplication.translate("DiaryProblem", "{when}, unreadable").format(when=when)
    count = count_text(info.entries)
    if info.entries == 1:
        return QCoreApplication.translate("DiaryProblem", "{when}, 1 entry").format(when=when)
    return QCoreApplication.translate("DiaryProblem", "{when}, {count} entries").format(
        when=when, count=count
    )


@dataclass(frozen=True, slots=True)
class ProblemTexts:
    """What the recovery window says."""

    title: str
    message: str
    advice: str


def problem_texts(problem: DiaryProblem) -> ProblemTexts:
    """Title, message and advice of ``problem`` in the user's language."""
    paths, facts = problem.paths, problem.facts
    db, folder = str(paths.db), str(paths.data)
    unchanged = QCoreApplication.translate("DiaryProblem", "backdiary has not changed it.")
    safe = (
        QCoreApplication.translate(
            "DiaryProblem", "Your newest backup ({backup}) is safe and can be restored."
        ).format(backup=describe_backup(problem.backup))
        if problem.backup is not None
        else ""
    )
    kind = problem.kind
    if kind is ProblemKind.FOLDER_MISSING:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary folder not found"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary folder {folder} does not exist. If your diary is on a USB stick, "
                "an external disk or a network drive, it may not be connected.",
            ).format(folder=folder),
            QCoreApplication.translate(
                "DiaryProblem", "Nothing was created or changed. Connect the drive and try again."
            ),
        )
    if kind is ProblemKind.FOLDER_READ_ONLY:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary folder is read-only"),
            QCoreApplication.translate(
                "DiaryProblem",
                "backdiary cannot write in the diary folder {folder}: it is read-only "
                "(a write-protected drive, or no permission to write there).",
            ).format(folder=folder),
            QCoreApplication.translate(
                "DiaryProblem",
                "Your diary has not been changed. Make the folder writable (or copy it to a "
                "folder you can write to and open that one), then try again.",
            ),
        )
    if kind is ProblemKind.FILE_READ_ONLY:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary file is read-only"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary file {db} is read-only, so backdiary cannot save new entries in it.",
            ).format(db=db),
            QCoreApplication.translate(
                "DiaryProblem",
                "Your entries are safe and unchanged. Make the file writable "
                "(for example: chmod u+w {file}), then try again.",
            ).format(file=shlex.quote(db)),
        )
    if kind is ProblemKind.DIARY_MISSING:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary file missing"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary file is missing from {folder}, but backups of it are there. "
                "backdiary has not created a new, empty diary in its place.",
            ).format(folder=folder),
            safe,
        )
    if kind is ProblemKind.EMPTY:
        message = (
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary file {db} is empty (0 bytes), so it holds no entries. This can "
                "happen after a crash or when the disk was full.",
            )
            if facts.get("bytes", "0") == "0"
            else QCoreApplication.translate(
                "DiaryProblem",
                "The diary file {db} is empty (a database without any tables), so it holds "
                "no entries. This can happen after a crash or when the disk was full.",
            )
        )
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary file is empty"),
            message.format(db=db) + " " + unchanged,
            safe,
        )
    if kind is ProblemKind.NOT_SQLITE:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Not a diary file"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary file {db} is not a database: it was overwritten, or it is a "
                "different kind of file.",
            ).format(db=db)
            + " "
            + unchanged,
            safe,
        )
    if kind is ProblemKind.DAMAGED:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary file is damaged"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The diary file {db} is damaged. This can happen after a power cut, a full "
                "or failing disk, or when another program changed it.",
            ).format(db=db)
            + " "
            + unchanged,
            safe
            or QCoreApplication.translate(
                "DiaryProblem", "Readable entries can still be rescued from it."
            ),
        )
    if kind is ProblemKind.FOREIGN:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "File of another program"),
            QCoreApplication.translate(
                "DiaryProblem",
                "The file {db} belongs to another program: it is a database, but not a "
                "backdiary diary.",
            ).format(db=db)
            + " "
            + unchanged,
            QCoreApplication.translate(
                "DiaryProblem",
                "Perhaps this folder was chosen by mistake, or another program saved its file "
                "under the diary's name.",
            )
            + " "
            + (
                safe
                or QCoreApplication.translate(
                    "DiaryProblem", "Your diary may be in another folder."
                )
            ),
        )
    if kind is ProblemKind.TOO_NEW:
        version = facts.get("app_version")
        by = (
            QCoreApplication.translate("DiaryProblem", "backdiary {version}").format(
                version=version
            )
            if version
            else QCoreApplication.translate("DiaryProblem", "a newer version of backdiary")
        )
        advice = QCoreApplication.translate(
            "DiaryProblem", "Install {by} or newer again to use it."
        ).format(by=by)
        if problem.backup is not None:
            advice += " " + QCoreApplication.translate(
                "DiaryProblem",
                "Or restore a backup made with this version; entries added since are not in it.",
            )
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary from a newer backdiary"),
            QCoreApplication.translate(
                "DiaryProblem",
                "This diary was last used by {by} (schema {revision}), which this version "
                "({version}) cannot read safely.",
            ).format(by=by, revision=facts.get("revision", "?"), version=__version__)
            + " "
            + unchanged,
            advice,
        )
    if kind is ProblemKind.LOCKED:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary in use"),
            QCoreApplication.translate(
                "DiaryProblem",
                "Another program is using the diary file right now, so backdiary cannot "
                "open it. Nothing has been changed.",
            ),
            QCoreApplication.translate(
                "DiaryProblem",
                "Close the other program – for example a database tool, or a backdiary "
                "started from a terminal – then try again.",
            ),
        )
    if kind is ProblemKind.UNREADABLE:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Diary cannot be read"),
            QCoreApplication.translate(
                "DiaryProblem", "The diary file {db} could not be read."
            ).format(db=db)
            + " "
            + unchanged,
            QCoreApplication.translate(
                "DiaryProblem",
                "If it is on a removable or network drive, check that the drive is connected; "
                "check the file's permissions; then try again.",
            ),
        )
    if kind is ProblemKind.BACKUP_FAILED:
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Update postponed"),
            QCoreApplication.translate(
                "DiaryProblem",
                "This version of backdiary needs to update the diary's format, but could "
                "not make a backup first, so it has not updated it. Nothing has been changed.",
            ),
            QCoreApplication.translate(
                "DiaryProblem",
                "Free some disk space or check the backups folder's permissions, then try again.",
            ),
        )
    if kind is ProblemKind.MIGRATION_FAILED:
        kept = facts.get("kept")
        advice = (
            QCoreApplication.translate(
                "DiaryProblem", "A backup was made before the attempt: {kept}."
            ).format(kept=kept)
            + " "
            if kept
            else ""
        )
        return ProblemTexts(
            QCoreApplication.translate("DiaryProblem", "Update failed"),
            QCoreApplication.translate(
                "DiaryProblem",
                "backdiary could not update the diary to this version. The update was undone "
                "completely: the diary is exactly as it was.",
            ),
            advice
            + QCoreApplication.translate(
                "DiaryProblem",
                "Please report this problem; until it is fixed, the previous version of "
                "backdiary can still open the diary.",
            ),
        )
    return ProblemTexts(problem.title, str(problem), problem.advice)


_RETRY_NOTES = {
    ProblemKind.FOLDER_MISSING: QT_TRANSLATE_NOOP("DiaryProblem", "Once the drive is connected."),
    ProblemKind.FOLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "DiaryProblem", "Once the folder can be written to."
    ),
    ProblemKind.FILE_READ_ONLY: QT_TRANSLATE_NOOP(
        "DiaryProblem", "Once the file can be written to."
    ),
    ProblemKind.LOCKED: QT_TRANSLATE_NOOP("DiaryProblem", "Once the other program is closed."),
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP(
        "DiaryProblem", "Once the drive is connected and the file can be read."
    ),
    ProblemKind.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "DiaryProblem", "Once there is free space for the backup."
    ),
    ProblemKind.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "DiaryProblem", "If it fails again, the diary still stays as it is."
    ),
}


def action_texts(problem: DiaryProblem, action: Action) -> tuple[str, str]:
    """(button label, the sentence under it) for ``action``, in the user's language."""
    paths = problem.paths
    if action is Action.RESTORE:
        label = (
            QCoreApplication.translate(
                "DiaryProblem", "Restore the newest backup ({backup})"
            ).format(backup=describe_backup(problem.backup))
            if problem.backup is not None
            else QCoreApplication.translate("DiaryProblem", "Restore a backup")
        )
        note = QCoreApplication.translate(
            "DiaryProblem",
            "The current {file} is kept in the backups folder, untouched. "
            "Entries made after the backup are not in it.",
        ).format(file=paths.db.name)
        return label, note
    if action is Action.SALVAGE:
        return QCoreApplication.translate(
            "DiaryProblem", "Rescue the readable entries into a new diary"
        ), QCoreApplication.translate(
            "DiaryProblem",
            "Entries that can still be read are copied into a fresh diary; "
            "the damaged file is kept in the backups folder.",
        )
    if action is Action.START_NEW:
        note = (
            QCoreApplication.translate(
                "DiaryProblem", "The current file is kept in the backups folder, untouched."
            )
            if paths.db.exists()
            else QCoreApplication.translate("DiaryProblem", "Your backups stay where they are.")
        )
        return QCoreApplication.translate("DiaryProblem", "Start a new, empty diary"), note
    if action is Action.CREATE_FOLDER:
        return QCoreApplication.translate(
            "DiaryProblem", "Create the folder and start a new diary there"
        ), QCoreApplication.translate("DiaryProblem", "Creates {folder}.").format(folder=paths.data)
    if action is Action.CHOOSE_FOLDER:
        return QCoreApplication.translate(
            "DiaryProblem", "Open a diary in another folder…"
        ), QCoreApplication.translate(
            "DiaryProblem", "For example a diary on another drive, or an empty folder."
        )
    retry_note = _RETRY_NOTES.get(problem.kind)
    if action is Action.RETRY and retry_note is not None:
        return QCoreApplication.translate("DiaryProblem", "Try again"), _tr(retry_note)
    return action_label(problem, action), action_note(problem, action)
