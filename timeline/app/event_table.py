"""The event list: a table model over the visible events and a sortable view kept in sync."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline.app.event_text import event_when, short_when
from timeline.app.timeline_model import TimelineModel
from timeline.store.queries_view import TimelineRow

log = logging.getLogger(__name__)

COLUMNS = ("Date", "Title", "Lane", "Sources")
DATE, TITLE, LANE, SOURCES = range(4)
#: The role holding a value that sorts correctly (dates as tuples, counts as ints).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role holding the event id of a row.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """One row per visible event of a TimelineModel; sorts itself (see ``sort``)."""

    def __init__(self, model: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = model
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[TimelineRow] = []
        self._row_of: dict[int, int] = {}
        self._load()
        model.eventsChanged.connect(self._reset)
        model.laneModeChanged.connect(self._lanes_changed)

    def _load(self) -> None:
        # Light rows, already in time order: full rows (summary, tags, notes) are
        # not needed to list events, and reading them took a second at 100,000.
        self._rows = list(self.timeline.visible_rows())
        if (self._sort_column, self._sort_order) != (DATE, Qt.SortOrder.AscendingOrder):
            self._order_rows()
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}

    def _reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _lanes_changed(self) -> None:
        if self._sort_column == LANE:
            self.sort(LANE, self._sort_order)
        elif self._rows:
            top, bottom = self.index(0, LANE), self.index(len(self._rows) - 1, LANE)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole, SORT_ROLE])

    def _order_rows(self) -> None:
        key = self._sort_keys()[self._sort_column]
        self._rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_keys(self) -> dict[int, Callable[[TimelineRow], Any]]:
        return {
            DATE: lambda e: (e.start, e.end, e.id),
            TITLE: lambda e: (e.title.casefold(), e.start, e.id),
            LANE: lambda e: (self._lane(e).casefold(), e.start, e.id),
            SOURCES: lambda e: (e.source_count, e.start, e.id),
        }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by a column in Python.

        A QSortFilterProxyModel calls ``data()`` back into Python for every
        comparison, which took over 30 s for 100,000 events; a key sort here
        takes a fraction of a second. Selections survive through persistent indexes.
        """
        if not 0 <= column < len(COLUMNS) or (column, order) == (
            self._sort_column,
            self._sort_order,
        ):
            return  # rows are always kept in the current order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() else None for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._order_rows()
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}
        moved = [
            self.index(self._row_of[event_id], old.column())
            if event_id is not None and event_id in self._row_of
            else QModelIndex()
            for old, event_id in zip(persistent, ids, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows: one per visible event (none under a valid parent: it is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns: Date, Title, Lane, Sources."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def event_at(self, row: int) -> TimelineRow | None:
        """The event shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def first_row_from(self, day: date) -> int | None:
        """The first row starting on or after ``day`` while the rows are in time order."""
        if (self._sort_column, self._sort_order) != (DATE, Qt.SortOrder.AscendingOrder):
            return None
        row = bisect.bisect_left(self._rows, day, key=lambda e: e.start)
        if row >= len(self._rows):
            return len(self._rows) - 1 if self._rows else None
        return row

    def row_of(self, event_id: int) -> int | None:
        """The row showing ``event_id``, if it is listed."""
        return self._row_of.get(event_id)

    def _lane(self, event: TimelineRow) -> str:
        return self.timeline.lane_of(event) or event.lane

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys, alignment and tooltips."""
        if not index.isValid() or index.parent().isValid():
            return None
        event = self.event_at(index.row())
        column = index.column()
        if event is None or not 0 <= column < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return short_when(event)
            if column == TITLE:
                return event.title
            if column == LANE:
                return self._lane(event)
            return event.source_count
        if role == SORT_ROLE:
            if column == DATE:
                return f"{event.start.isoformat()} {event.end.isoformat()} {event.id:012d}"
            if column == TITLE:
                return event.title.casefold()
            if column == LANE:
                return self._lane(event).casefold()
            return event.source_count
        if role == ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE:
                return event_when(event)
            if column == TITLE:
                return event.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EventTable(QTableView):
    """A sortable table of the visible events; its selection follows the model's and drives it."""

    activated_event = Signal(int)  # double-click or Enter on a row

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = model
        self.source_model = EventTableModel(model, self)
        self.setModel(self.source_model)
        self._syncing = False

        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LANE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SOURCES, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        self.setColumnWidth(DATE, metrics.horizontalAdvance("2012-03-09 \N{EN DASH} 2012-03-10  "))
        self.setColumnWidth(LANE, metrics.horizontalAdvance("Arms control and security  "))
        self.setColumnWidth(SOURCES, metrics.horizontalAdvance("  Sources  ") + 16)
        self.setToolTip("")

        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.doubleClicked.connect(self._on_activated)
        model.selectionChanged.connect(self._follow_selection)
        self.source_model.modelReset.connect(self._after_reset)

    # -- table -> model --------------------------------------------------

    def event_id_at(self, row: int) -> int | None:
        """The event id shown in a (sorted) row."""
        event = self.source_model.event_at(row)
        return event.id if event is not None else None

    def row_count(self) -> int:
        """How many events are listed."""
        return self.source_model.rowCount()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        event_id = current.data(ID_ROLE)
        if event_id is not None:
            self.timeline.select(int(event_id))

    def _on_activated(self, index: QModelIndex) -> None:
        event_id = index.data(ID_ROLE)
        if event_id is not None:
            self.timeline.select(int(event_id))
            self.activated_event.emit(int(event_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the details of the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    # -- model -> table ---------------------------------------------------

    def _follow_selection(self, event_id: object) -> None:
        self._syncing = True
        try:
            row = self.source_model.row_of(event_id) if isinstance(event_id, int) else None
            if row is None:
                self.selectionModel().clearSelection()
                self.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                return
            index = self.source_model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().setCurrentIndex(index, flags)
            if not self.viewport().rect().contains(self.visualRect(index)):
                self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._syncing = False

    def _after_reset(self) -> None:
        self._follow_selection(self.timeline.selected_id())

    def follow_period(self, start: datetime, _end: datetime) -> None:
        """Scroll so the list starts where the timeline's visible period starts.

        Only while the list is in time order and its selection (if any) is out of
        sight, so a selected row is never scrolled away.
        """
        viewport = self.viewport().rect()
        if any(
            viewport.intersects(self.visualRect(i)) for i in self.selectionModel().selectedRows()
        ):
            return
        row = self.source_model.first_row_from(start.date())
        if row is not None:
            self.scrollTo(
                self.source_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def selected_event_id(self) -> int | None:
        """The event of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None
