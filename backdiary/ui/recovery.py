"""The recovery dialog: shown instead of the main window when the diary cannot be opened.

It says what happened in plain words, that nothing was changed, and offers the ways
forward of the :class:`~backdiary.storage.recovery.DiaryProblem` as large buttons
(restore the newest backup with its date and entry count, rescue the readable
entries, start a new diary, open another folder, try again). :func:`resolve_problem`
carries the chosen one out and returns the folder to open next.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backdiary.errors import KnownError
from backdiary.paths import AppPaths
from backdiary.storage import recovery
from backdiary.storage.recovery import Action, DiaryProblem, ProblemKind
from backdiary.ui.problem_texts import action_texts, describe_backup, problem_texts

log = logging.getLogger("backdiary.ui")

#: Problems that are about the file's contents (a warning icon); the rest are about
#: the surroundings (an information icon).
_SERIOUS = {ProblemKind.DAMAGED, ProblemKind.EMPTY, ProblemKind.NOT_SQLITE}


class RecoveryDialog(QDialog):
    """What happened, that nothing was changed, and one button per way forward.

    Attributes:
        chosen: the action the user picked, or None (Quit).
    """

    def __init__(self, problem: DiaryProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.chosen: Action | None = None
        self.setObjectName("RecoveryDialog")
        self.texts = problem_texts(problem)
        self.setWindowTitle(self.tr("backdiary – {title}").format(title=self.texts.title))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        icon = QLabel()
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if problem.kind in _SERIOUS
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        text = QVBoxLayout()
        heading = QLabel(self.texts.title)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        text.addWidget(heading)
        self.message = QLabel(self.texts.message)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.message)
        if self.texts.advice:
            advice = QLabel(self.texts.advice)
            advice.setObjectName("advice")
            advice.setWordWrap(True)
            text.addWidget(advice)
        top.addLayout(text, 1)
        layout.addLayout(top)

        if problem.actions:
            layout.addSpacing(8)
            layout.addWidget(QLabel(self.tr("What would you like to do?")))
        self.buttons: dict[Action, QCommandLinkButton] = {}
        for action in problem.actions:
            button = QCommandLinkButton(*action_texts(problem, action))
            button.setObjectName(f"action-{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self._choose(a))
            layout.addWidget(button)
            self.buttons[action] = button
        if self.buttons:
            first = next(iter(self.buttons.values()))
            first.setDefault(True)
            first.setFocus()

        if problem.detail:
            detail = QLabel(self.tr("Technical details: {detail}").format(detail=problem.detail))
            detail.setObjectName("detail")
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            small = detail.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            detail.setFont(small)
            layout.addWidget(detail)
        box = QDialogButtonBox()
        quit_button = box.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(620)

    def _choose(self, action: Action) -> None:
        self.chosen = action
        self.accept()

    def text(self) -> str:
        """Everything the dialog says, for tests and screen readers."""
        parts = [self.texts.title, self.texts.message, self.texts.advice]
        for action in self.problem.actions:
            parts.extend(action_texts(self.problem, action))
        return "\n".join(p for p in parts if p)

    @classmethod
    def ask(cls, problem: DiaryProblem, parent: QWidget | None = None) -> Action | None:
        """Show the dialog; return the chosen action, or None for Quit."""
        dialog = cls(problem, parent)
        dialog.exec()
        return dialog.chosen


def confirm_restore(parent: QWidget | None, what: str, keep_note: str) -> bool:
    """Ask before replacing the diary with a backup; True to go ahead."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "backdiary",
        QCoreApplication.translate("Recovery", "Restore the backup from {what}?").format(what=what)
        + f"\n\n{keep_note}",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _confirm_restore(problem: DiaryProblem, parent: QWidget | None) -> bool:
    assert problem.backup is not None
    return confirm_restore(
        parent,
        describe_backup(problem.backup),
        QCoreApplication.translate(
            "Recovery",
            "The current file is kept in the backups folder ({folder}), "
            "so nothing is lost. Entries made after this backup are not in it.",
        ).format(folder=problem.paths.backups),
    )


def start_new_diary(paths: AppPaths) -> str:
    """Move the current file aside and create a new, empty diary; say where the old one is."""
    from backdiary.storage.diary import open_diary  # noqa: PLC0415 (import cycle)

    kept = recovery.start_new(paths)
    open_diary(paths, new_ok=True, backup=False).dispose()
    if kept is None:
        return QCoreApplication.translate(
            "Recovery", "A new, empty diary was started. Your backups are where they were."
        )
    return QCoreApplication.translate(
        "Recovery", "A new, empty diary was started. The previous file was kept as {kept}."
    ).format(kept=kept)


def _carry_out(action: Action, problem: DiaryProblem, parent: QWidget | None) -> AppPaths | None:
    """Do what ``action`` says; return the folder to open next, None to show the dialog again."""
    from backdiary.storage.diary import prepare_folder  # noqa: PLC0415 (import cycle)

    paths = problem.paths
    if action is Action.RETRY:
        return paths
    if action is Action.RESTORE:
        if problem.backup is None or not _confirm_restore(problem, parent):
            return None
        result = recovery.restore(paths, problem.backup.path)
        kept = (
            " "
            + QCoreApplication.translate(
                "Recovery", "The previous file was kept as {kept}."
            ).format(kept=result.kept_as)
            if result.kept_as
            else ""
        )
        QMessageBox.information(
            parent,
            "backdiary",
            QCoreApplication.translate(
                "Recovery", "The diary was restored from the backup of {when}."
            ).format(when=describe_backup(problem.backup))
            + kept,
        )
        return paths
    if action is Action.SALVAGE:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rescued = recovery.salvage(paths)
        finally:
            QApplication.restoreOverrideCursor()
        partly = (
            " "
            + QCoreApplication.translate(
                "Recovery",
                "Some parts of the damaged file could not be read, so a few entries may be "
                "missing: compare with your newest backup.",
            )
            if rescued.unreadable
            else ""
        )
        QMessageBox.information(
            parent,
            "backdiary",
            QCoreApplication.translate(
                "Recovery", "{n} entries were rescued into a new diary."
            ).format(n=QLocale().toString(rescued.entries))
            + partly
            + "\n\n"
            + QCoreApplication.translate("Recovery", "The damaged file was kept as {kept}.").format(
                kept=rescued.kept_as
            ),
        )
        return paths
    if action is Action.START_NEW:
        QMessageBox.information(parent, "backdiary", start_new_diary(paths))
        return paths
    if action is Action.CREATE_FOLDER:
        prepare_folder(paths, create_parents=True)
        return paths
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Recovery", "Open a diary in another folder"),
        str(paths.data.parent),
    )
    if not folder:
        return None
    if paths.config.is_relative_to(paths.data):
        return AppPaths.resolve(folder)  # its settings live with it, as with --data-dir
    return AppPaths(data=Path(folder).absolute(), config=paths.config)


def resolve_problem(problem: DiaryProblem, parent: QWidget | None = None) -> AppPaths | None:
    """Show the recovery dialog until a way forward succeeds.

    Returns:
        The folder to try opening next, or None when the user chose Quit.
    """
    log.info("cannot open the diary: %s", problem.kind.value)
    while True:
        action = RecoveryDialog.ask(problem, parent)
        if action is None:
            return None
        try:
            chosen = _carry_out(action, problem, parent)
        except KnownError as exc:
            QMessageBox.warning(parent, "backdiary", exc.full_message())
            continue
        except OSError as exc:
            QMessageBox.warning(
                parent,
                "backdiary",
                QCoreApplication.translate(
                    "Recovery",
                    "That did not work: {reason}. Nothing was lost; "
                    "check the free disk space and the folder's permissions.",
                ).format(reason=exc.strerror or exc),
            )
            continue
        if chosen is not None:
            return chosen
