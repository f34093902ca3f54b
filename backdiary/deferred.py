"""The service the window starts with: the first screen now, the full service after the first paint.

Importing SQLAlchemy and building the :class:`~backdiary.services.DiaryService`
costs about 250 ms, more than the whole bare-Qt floor of start-up. The window
does not need it to paint: its first screen (entry count, newest rows, the first
row's findings) is read with :mod:`sqlite3` by
:func:`~backdiary.storage.listing.first_screen`. :class:`DeferredService` answers
those questions from that snapshot and builds the real service on the first
other question, or when the composition root calls :meth:`load` right after the
first paint, whichever comes first.

:meth:`load` first waits for the integrity check that runs beside start-up and
the open-time backup after it (``before_load``): nothing reaches the engine, so
nothing is written, before the diary passed ``quick_check`` and was backed up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from backdiary.domain.region import Region, region_by_code
from backdiary.paths import LOCK_NAME, AppPaths
from backdiary.storage.diary import Checked
from backdiary.storage.listing import ALL, EntryQuery, FirstScreen, ListedEntry, SortKey

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from backdiary.services import DiaryService
    from backdiary.storage.listing import StoredFinding


class IntegrityCheck:
    """``quick_check`` on a thread of its own, beside start-up; then the open-time backup.

    It reads every page (0.6 s at 1,000,000 entries) while PySide6 loads and the
    window is built and painted; the app's start starts it before importing Qt.
    :meth:`wait` blocks until it is over and raises what it found. The open-time
    backup follows once :meth:`decide_backup` says whether one is due (not for a
    diary created just now), never from a damaged file. The service is loaded
    only after :meth:`ready` (both done), so nothing writes to an unchecked diary.
    """

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.problem: Exception | None = None
        self._backup = False
        self._checked = threading.Event()
        self._decided = threading.Event()
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from backdiary.storage.diary import backup_after_check  # noqa: PLC0415
        from backdiary.storage.recovery import deep_check  # noqa: PLC0415

        try:
            deep_check(self.paths)
        except Exception as exc:  # a DiaryProblem, or what opening failed on
            self.problem = exc
        finally:
            self._checked.set()
        self._decided.wait()
        try:
            if self.problem is None and self._backup:
                backup_after_check(self.paths)
        finally:
            self._finished.set()

    @property
    def done(self) -> bool:
        """Whether the check itself is over (the backup may still be running)."""
        return self._checked.is_set()

    @property
    def finished(self) -> bool:
        """Whether the check and the open-time backup are both over."""
        return self._finished.is_set()

    def wait(self) -> None:
        """Block until the check is over; raise its problem."""
        self._checked.wait()
        if self.problem is not None:
            raise self.problem

    def ready(self) -> None:
        """:meth:`wait`, then wait for the open-time backup too: the first write (and a
        restore, which moves the file) comes after it, as when it ran before the window."""
        self.wait()
        if self._decided.is_set():
            self._finished.wait()

    def decide_backup(self, backup: bool) -> None:
        """Take the open-time backup after a passed check (``backup``), or not."""
        if not self._decided.is_set():
            self._backup = backup
            self._decided.set()

    def join(self) -> None:
        """Wait for the check and the backup (before the diary is closed)."""
        self.decide_backup(False)  # closed before it was decided: no backup
        self._thread.join()


def start_check(paths: AppPaths) -> IntegrityCheck | None:
    """The integrity check of an existing plain diary, started now (None otherwise:
    a new diary has nothing to check, an encrypted one needs its key first, and a
    diary another backdiary holds is not opened at all: that launch hands over)."""
    from backdiary.storage import crypto  # noqa: PLC0415

    if not paths.db.is_file() or crypto.is_cipher_file(paths.db) or _lock_held(paths):
        return None
    return IntegrityCheck(paths)


def _lock_held(paths: AppPaths) -> bool:
    """Whether the folder's single-instance lock (a ``QLockFile``: its first line is
    the owner's process id) may belong to a running process. Unreadable means yes."""
    lock = paths.data / LOCK_NAME
    try:
        text = lock.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        pid = int(text.split("\n", 1)[0])
    except ValueError:
        return True
    from backdiary.storage.backup import pid_alive  # noqa: PLC0415

    return pid_alive(pid)  # a stale lock (its process gone) is taken over by Qt


class DeferredService:
    """Stands in for :class:`~backdiary.services.DiaryService` until it is loaded.

    Args:
        paths: the diary's folders.
        checked: what :func:`~backdiary.storage.diary.check_diary` found.
        screen: the first screen, read before the window was built.
        before_load: called once before the engine is made; waits for the
            background integrity check and raises its ``DiaryProblem``.
    """

    def __init__(
        self,
        paths: AppPaths,
        checked: Checked,
        screen: FirstScreen,
        before_load: Callable[[], None] = lambda: None,
    ) -> None:
        self._paths = paths
        self._checked = checked
        self._screen = screen
        self._before_load = before_load
        self._service: DiaryService | None = None
        self._region = region_by_code("uk")
        self._lock = threading.Lock()
        self._imports: threading.Thread | None = None
        #: What :meth:`load` failed on (the check's ``DiaryProblem``), once it has.
        self.failed: BaseException | None = None
        #: Called with that problem when :meth:`load` fails (the window reopens the diary).
        self.on_problem: Callable[[BaseException], None] | None = None

    # ---- what the first screen answers -----------------------------------------
    @property
    def loaded(self) -> bool:
        """Whether the real service exists."""
        return self._service is not None

    @property
    def engine(self) -> Engine | None:
        """The engine once loaded, else None."""
        return None if self._service is None else self._service.repo.engine

    @property
    def region(self) -> Region:
        return self._region if self._service is None else self._service.region

    @region.setter
    def region(self, region: Region) -> None:
        self._region = region
        if self._service is not None:
            self._service.region = region

    def count(self, query: EntryQuery = ALL) -> int:
        """How many entries match (from the first screen while it answers)."""
        if self._service is None and query == ALL:
            return self._screen.total
        return self.load().count(query)

    def page(
        self,
        query: EntryQuery = ALL,
        sort: SortKey = SortKey.TIME,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[ListedEntry]:
        """One page of the list (from the first screen when it holds that page)."""
        rows = self._screen.rows
        if (
            self._service is None
            and (query, sort, descending, offset) == (ALL, SortKey.TIME, True, 0)
            and (limit <= len(rows) or len(rows) == self._screen.total)
        ):
            return list(rows[:limit])
        return self.load().page(query, sort, descending, offset, limit)

    def findings(self, entry_id: str) -> list[StoredFinding]:
        """Stored findings of one entry (the newest one's from the first screen)."""
        rows = self._screen.rows
        if self._service is None and rows and rows[0].entry.id == entry_id:
            return list(self._screen.first_findings)
        return self.load().findings(entry_id)

    # ---- everything else ---------------------------------------------------------
    def prepare(self) -> None:
        """Import what the service needs (SQLAlchemy, the repository) on a thread.

        Importing reads no diary file; it takes about 250 ms, during which the window
        keeps answering. :meth:`load` waits for it.
        """
        if self._imports is None and self._service is None:
            self._imports = threading.Thread(
                target=_import_service_modules, name="service-imports", daemon=True
            )
            self._imports.start()

    @property
    def prepared(self) -> bool:
        """Whether :meth:`prepare` has finished (or was never started)."""
        return self._imports is None or not self._imports.is_alive()

    def load(self) -> DiaryService:
        """The real service, built on first use (waits for the integrity check first).

        Raises:
            DiaryProblem: the check found damage, or the diary cannot be opened.
        """
        with self._lock:
            if self._service is None:
                if self._imports is not None:
                    self._imports.join()
                try:
                    self._before_load()
                except Exception as exc:
                    self.failed = exc
                    if self.on_problem is not None:
                        self.on_problem(exc)
                    raise
                from backdiary.services import DiaryService  # noqa: PLC0415
                from backdiary.storage.diary import engine_for  # noqa: PLC0415
                from backdiary.storage.repository import Repository  # noqa: PLC0415

                service = DiaryService(Repository(engine_for(self._paths, self._checked)))
                service.region = self._region
                self._service = service
            return self._service

    def __getattr__(self, name: str) -> Any:
        return getattr(self.load(), name)


def _import_service_modules() -> None:
    import sqlalchemy.dialects.sqlite  # noqa: F401, PLC0415

    import backdiary.services  # noqa: PLC0415
    import backdiary.storage.database  # noqa: PLC0415
    import backdiary.storage.repository  # noqa: F401, PLC0415
