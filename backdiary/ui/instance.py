"""One backdiary per diary: a lock file in the data folder and a local socket to the window.

The first window on a diary holds ``<data>/.backdiary.lock`` (a :class:`QLockFile`)
and listens on a :class:`QLocalServer` whose name is derived from a hash of the
data folder. A second launch finds the lock taken, asks the first window to come
to the front, and exits without opening the database. A lock left by a crashed
process is stale (Qt checks that its process is gone) and is taken over.

The command-line commands that write (``add``, ``demo``, ``import``, ``restore``,
``salvage``, ``start-new``) take the same lock for as long as they run, so they
refuse politely while the window has the diary open, and a window cannot open a
diary that a restore is replacing.

Only local sockets are used (Unix domain sockets / named pipes): nothing here can
reach the network.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backdiary.paths import LOCK_NAME as LOCK_NAME  # re-exported

log = logging.getLogger("backdiary.ui")

RAISE = b"raise\n"
ANSWER = b"ok\n"


def server_name(folder: Path) -> str:
    """The local server name of the window showing the diary in ``folder``."""
    digest = hashlib.sha256(os.path.realpath(folder).encode("utf-8", "surrogateescape"))
    return f"backdiary-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest.hexdigest()[:16]}"


class DiaryLock:
    """The single-instance lock of one data folder (usable without a QApplication).

    Args:
        folder: the data folder (the lock file is created inside it).
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # Long-lived lock: only a dead owner makes it stale, never its age.
        self._lock.setStaleLockTime(0)

    def acquire(self, timeout_ms: int = 0) -> bool:
        """Take the lock, waiting up to ``timeout_ms``; a stale lock is taken over."""
        if self._lock.tryLock(timeout_ms):
            self._make_private()
            return True
        if self._lock.error() is QLockFile.LockError.LockFailedError and self._stale():
            log.info("removing a stale lock left by a crashed backdiary")
            self._lock.removeStaleLockFile()
            if self._lock.tryLock(0):
                self._make_private()
                return True
        return False

    def _make_private(self) -> None:
        """The lock file names this computer and a process: readable by its owner only."""
        try:
            os.chmod(self.path, 0o600)
        except OSError:
            log.debug("could not make the lock file private")

    def _stale(self) -> bool:
        pid, host, _app = self.holder()
        if pid <= 0 or (host and host != QSysInfo.machineHostName()):
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def holder(self) -> tuple[int, str, str]:
        """(process id, host name, program) of the lock's owner; pid 0 when unknown."""
        pid, host, app = self._lock.getLockInfo()
        return int(pid), str(host), str(app)

    @property
    def unavailable(self) -> bool:
        """Whether the lock file could not be created at all (no folder, no permission)."""
        return self._lock.error() in (
            QLockFile.LockError.PermissionError,
            QLockFile.LockError.UnknownError,
        )

    def release(self) -> None:
        """Give the lock up (also done when the process ends)."""
        if self._lock.isLocked():
            self._lock.unlock()


def ask_to_raise(folder: Path, timeout_ms: int = 2000) -> bool:
    """Ask the window showing ``folder`` to come to the front; True when it answered."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(folder))
    if not sock.waitForConnected(min(timeout_ms, 1000)):
        return False
    try:
        sock.write(RAISE)
        sock.waitForBytesWritten(1000)
        deadline = time.monotonic() + timeout_ms / 1000
        answer = b""
        while not answer.endswith(b"\n") and time.monotonic() < deadline:
            if sock.waitForReadyRead(100):
                answer += bytes(sock.readAll().data())
        return answer == ANSWER
    finally:
        sock.abort()


class Claim(Enum):
    """What :meth:`SingleInstance.claim` found."""

    OWNER = "owner"
    """This process holds the lock and listens for later launches."""
    HANDED_OVER = "handed-over"
    """Another window has the diary and was asked to come to the front."""
    BUSY = "busy"
    """Another process holds the lock but did not answer (a command, or a frozen window)."""
    UNAVAILABLE = "unavailable"
    """No lock can be made here (missing or read-only folder); opening will say why."""


class SingleInstance(QObject):
    """The lock and the local server of the window on one diary.

    Signals:
        activated: a later launch asked this window to come to the front.
    """

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = DiaryLock(folder)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def claim(self, wait_ms: int = 5000) -> Claim:
        """Take the lock, or hand over to the window that has it.

        Args:
            wait_ms: how long to keep trying while the owner does not answer (a
                command finishing, or a window still starting).
        """
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            if self.lock.acquire(0):
                self._listen()
                return Claim.OWNER
            if self.lock.unavailable:
                return Claim.UNAVAILABLE
            if ask_to_raise(self.folder):
                return Claim.HANDED_OVER
            if time.monotonic() >= deadline:
                return Claim.BUSY
            time.sleep(0.1)

    def _listen(self) -> None:
        name = server_name(self.folder)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket left by a crashed window: we hold the lock, so it is stale.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("cannot listen for later launches: %s", server.errorString())
                return
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._clients.append(sock)
            sock.readyRead.connect(lambda s=sock: self._on_client_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            if sock.bytesAvailable():
                self._on_client_ready_read(sock)

    def _on_client_ready_read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        line = bytes(sock.readLine().data())
        if line == RAISE:
            sock.write(ANSWER)
            sock.flush()
            self.activated.emit()
        sock.disconnectFromServer()

    def _forget(self, sock: QLocalSocket) -> None:
        if sock in self._clients:
            self._clients.remove(sock)
        sock.deleteLater()

    def holder_pid(self) -> int:
        """The process id holding the lock (0 when unknown)."""
        return self.lock.holder()[0]

    def release(self) -> None:
        """Stop listening and give the lock up."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()
