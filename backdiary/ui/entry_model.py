"""The diary table: a Qt model over domain entries that loads pages on demand.

:class:`EntryTableModel` never holds the whole diary: it asks the service for the
number of matching entries and fetches 200 rows at a time as the view scrolls
(``canFetchMore``/``fetchMore``). Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from backdiary.domain.model import Entry
from backdiary.storage.listing import EntryQuery, ListedEntry, SortKey
from backdiary.ui import texts

if TYPE_CHECKING:
    from backdiary.services import DiaryService

PAGE_SIZE = 200
#: Rows the table asks for when it is built: a tall window shows about 50. The
#: window's first screen reads exactly these before the service is loaded
#: (:func:`backdiary.storage.listing.first_screen`); the rest come ``PAGE_SIZE`` at a
#: time as the view scrolls.
FIRST_ROWS = 60
EntryRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
#: The invalid (root) index, shared as a default argument.
ROOT = QModelIndex()


class Column(IntEnum):
    """The table's columns."""

    WHEN = 0
    NRS = 1
    DURATION = 2
    TRIGGER = 3
    WHERE = 4
    FLAG = 5
    NOTES = 6


_COLUMNS = tuple(Column)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

_SORT_KEYS = {
    Column.WHEN: SortKey.TIME,
    Column.NRS: SortKey.NRS,
    Column.DURATION: SortKey.DURATION,
    Column.TRIGGER: SortKey.TRIGGER,
    Column.FLAG: SortKey.FLAG,
    Column.NOTES: SortKey.NOTES,
}


def urgency_icon(urgency: str | None) -> QIcon:
    """A standard icon for an urgency (shown next to its word, never alone)."""
    style = QApplication.style()
    pixmap = {
        "emergency": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "urgent": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "gp": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }.get(urgency or "")
    return QIcon() if pixmap is None else style.standardIcon(pixmap)


class EntryTableModel(QAbstractTableModel):
    """Entries matching a query, newest first by default, loaded page by page."""

    def __init__(self, service: DiaryService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = EntryQuery()
        self._sort = SortKey.TIME
        self._descending = True
        self._rows: list[ListedEntry] = []
        self._total = 0
        self.reload(FIRST_ROWS)

    # ---- public API --------------------------------------------------------
    @property
    def query(self) -> EntryQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many entries match the query (loaded or not)."""
        return self._total

    def set_query(self, query: EntryQuery) -> None:
        """Filter by date range and text; reloads from the database."""
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self, rows: int = PAGE_SIZE) -> None:
        """Forget loaded rows and fetch the first ``rows`` again."""
        self.beginResetModel()
        self._total = self._service.count(self._query)
        self._rows = self._service.page(self._query, self._sort, self._descending, 0, rows)
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        """The entry shown in ``row``."""
        return self._rows[row].entry

    def row_of(self, entry_id: str) -> int | None:
        """The row of a loaded entry, or None."""
        for i, listed in enumerate(self._rows):
            if listed.entry.id == entry_id:
                return i
        return None

    # ---- Qt overrides ------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if parent.isValid():
            return
        more = self._service.page(
            self._query, self._sort, self._descending, len(self._rows), PAGE_SIZE
        )
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(Column(column))
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # already in that order (the view asks again when sorting is enabled)
        self._sort = key
        self._descending = descending
        self.reload()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return texts.column_title(Column(section).name.lower())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: plain ints and a tuple
        # lookup, not Qt enum attributes and Column(...) (about 1 µs each).
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        listed = self._rows[row]
        column = _COLUMNS[index.column()]
        if role in (_DISPLAY, _ACCESSIBLE_TEXT):
            return self._display(listed.entry, listed.urgency, column)
        if role == EntryRole:
            return listed.entry
        if role == UrgencyRole:
            return listed.urgency
        if role == _DECORATION and column is Column.FLAG:
            return urgency_icon(listed.urgency) if listed.urgency else None
        if role == _ALIGNMENT and (column is Column.NRS or column is Column.DURATION):
            return _RIGHT
        if role == _TOOL_TIP and column is Column.NOTES and listed.entry.notes:
            return listed.entry.notes[:500]
        return None

    @staticmethod
    def _display(entry: Entry, urgency: str | None, column: Column) -> str:
        if column is Column.WHEN:
            return texts.when_text(entry.local_time)
        if column is Column.NRS:
            return texts.nrs_short(entry.nrs)
        if column is Column.DURATION:
            d = entry.episode_duration_min
            return "" if d is None else texts.minutes_text(d)
        if column is Column.TRIGGER:
            return "" if entry.nrs == 0 else texts.label(entry.trigger)
        if column is Column.WHERE:
            return ", ".join(texts.label(loc) for loc in sorted(entry.pain_locations))
        if column is Column.FLAG:
            return texts.urgency_word(urgency) if urgency else ""
        first_line = entry.notes.strip().splitlines()[0] if entry.notes.strip() else ""
        return first_line[:120]
