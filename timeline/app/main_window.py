"""The main window: timeline, overview, event list, details, search, filters and import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.app.about import about_box
from timeline.app.actions import Actions, build_menus, build_toolbar, lane_combo
from timeline.app.details_panel import DetailsPanel
from timeline.app.docks import make_dock
from timeline.app.event_table import EventTable
from timeline.app.filters import FilterPanel, clear_filters
from timeline.app.import_worker import ImportController, IngestFunc
from timeline.app.lessons_dock import LessonsDock
from timeline.app.lessons_menu import populate_lessons_menu
from timeline.app.overview import OverviewStrip
from timeline.app.present import PresentationController
from timeline.app.search_bar import SearchField
from timeline.app.settings import Settings
from timeline.app.timeline_model import EventFilter, LaneMode, TimelineModel
from timeline.app.timeline_view import TimelineView
from timeline.app.window_files import FilesMixin
from timeline.store import Store

log = logging.getLogger(__name__)

#: What View > Present calls: (model, view, lesson_id, screen_index, parent) -> controller
#: with ``start()`` and a ``finished`` signal (timeline.app.present.PresentationController).
PresentationFactory = Callable[[TimelineModel, TimelineView, int | None, int | None, QWidget], Any]


@dataclass(frozen=True)
class ViewState:
    """What a presentation must give back: visible period, selection and filter."""

    window: tuple[datetime, datetime]
    selected: int | None
    filter: EventFilter
    lane_mode: LaneMode


class MainWindow(FilesMixin, QMainWindow):
    """The viewer's window over one store."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        ingest: IngestFunc | None = None,
        show_dialogs: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.show_dialogs = show_dialogs
        self.presentation_factory: PresentationFactory | None = PresentationController
        self.presentation: Any = None
        self.setWindowTitle(f"Diplomatic Timeline \N{EM DASH} {store.path.name}")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.model = TimelineModel(store, self)
        self.view = TimelineView(self.model)
        self.overview = OverviewStrip(self.model, self.view)
        self.table = EventTable(self.model)
        self.details = DetailsPanel(self.model)
        self.filters = FilterPanel(self.model)
        self.search = SearchField(self.model)
        self.importer = ImportController(self.model, self, ingest=ingest, show_dialogs=show_dialogs)
        for widget, name in (
            (self.search, "Search events and articles"),
            (self.table, "Event list"),
            (self.details, "Details of the selected event"),
            (self.filters, "Filters"),
        ):
            widget.setAccessibleName(name)

        self.commands = Actions(self)
        self.lanes_combo = lane_combo()
        self.menus = build_menus(self, self.commands)
        self.toolbar = build_toolbar(self, self.commands, self.lanes_combo, self.search)
        self._build_central()
        self.details_dock = make_dock(
            self, "Details", "details-dock", self.details, Qt.DockWidgetArea.RightDockWidgetArea, 30
        )
        self.filters_dock = make_dock(
            self, "Filters", "filters-dock", self.filters, Qt.DockWidgetArea.LeftDockWidgetArea, 22
        )
        self.filters_dock.hide()
        self.lessons_dock = LessonsDock(self.model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lessons_dock)
        self.lessons_dock.hide()
        populate_lessons_menu(self.menus["lessons"], self.model, self.start_presentation)
        self._build_status_bar()
        self._connect()
        self._restore_settings()
        self._update_counts()

    # -- construction --------------------------------------------------------

    def _build_central(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.overview)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton("Clear filters")
        self.empty_button.setToolTip("Show every event again (Ctrl+Shift+L)")
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_page)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timeline-list-splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.list_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.status_clear = QPushButton("Clear filters")
        self.status_clear.setFlat(True)
        self.status_clear.setToolTip("Show every event again (Ctrl+Shift+L)")
        bar.addPermanentWidget(self.status_clear)
        bar.addPermanentWidget(self.count_label)

    def _connect(self) -> None:
        a = self.commands
        a.import_files.triggered.connect(self.import_files)
        a.import_folder.triggered.connect(self.import_folder)
        a.export_json.triggered.connect(lambda: self.export_events("json"))
        a.export_csv.triggered.connect(lambda: self.export_events("csv"))
        a.export_handout.triggered.connect(lambda: self.export_handout(worksheet=False))
        a.export_worksheet.triggered.connect(lambda: self.export_handout(worksheet=True))
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.clear_filters)
        a.zoom_in.triggered.connect(lambda: self.view.zoom(0.5))
        a.zoom_out.triggered.connect(lambda: self.view.zoom(2.0))
        a.zoom_fit.triggered.connect(self.view.zoom_to_fit)
        a.zoom_selection.triggered.connect(self.view.zoom_to_selection)
        a.lane_group.triggered.connect(lambda act: self.set_lane_mode(LaneMode(act.data())))
        self.lanes_combo.activated.connect(
            lambda i: self.set_lane_mode(LaneMode(self.lanes_combo.itemData(i)))
        )
        a.animations.toggled.connect(self._set_animations)
        a.show_details.toggled.connect(self.details_dock.setVisible)
        self.details_dock.visibilityChanged.connect(self._sync_dock_actions)
        a.show_filters.toggled.connect(self.filters_dock.setVisible)
        self.filters_dock.visibilityChanged.connect(self._sync_dock_actions)
        a.show_table.toggled.connect(self.list_stack.setVisible)
        a.show_lessons.toggled.connect(self.lessons_dock.setVisible)
        self.lessons_dock.visibilityChanged.connect(self._sync_dock_actions)
        self.lessons_dock.presentRequested.connect(self.start_presentation)
        a.present.triggered.connect(lambda: self.start_presentation())
        a.about.triggered.connect(self.show_about)
        for action in (a.find, a.clear_filters, a.show_details, a.show_table):
            self.addAction(action)  # shortcuts work even with the menu bar hidden

        self.empty_button.clicked.connect(self.clear_filters)
        self.status_clear.clicked.connect(self.clear_filters)
        self.model.eventsChanged.connect(self._update_counts)
        self.model.selectionChanged.connect(self._selection_changed)
        self.model.laneModeChanged.connect(self._sync_lane_widgets)
        self.view.activated.connect(self.show_details)
        self.view.windowChanged.connect(self.table.follow_period)
        self.table.activated_event.connect(self.show_details)
        self.importer.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self._selection_changed(self.model.selected_id())

    # -- settings --------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1400, 900)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter_state is not None:
            self.splitter.restoreState(s.splitter_state)
        else:
            self.splitter.setSizes([600, 300])
        self.set_lane_mode(LaneMode(s.lane_mode))
        self.commands.animations.setChecked(s.animations)
        self.view.set_animations_enabled(s.animations)
        self.commands.show_table.setChecked(s.show_event_list)
        self.list_stack.setVisible(s.show_event_list)
        self._sync_dock_actions()
        remembered = s.last_window
        if remembered is not None and s.last_db == str(self.model.store.path.resolve()):
            self.view.set_window(*remembered, animate=False)
            QTimer.singleShot(0, self, self._list_to_view)
        else:
            QTimer.singleShot(0, self, self.frame_all)

    def save_settings(self) -> None:
        """Remember geometry, docks, splitter, lane mode, animations and the visible period."""
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_state = self.splitter.saveState()
        s.lane_mode = self.model.lane_mode().value
        s.animations = self.commands.animations.isChecked()
        s.show_event_list = self.commands.show_table.isChecked()
        s.last_window = self.view.visible_window()
        s.last_db = str(self.model.store.path.resolve())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running import and remember the window."""
        self.importer.shutdown()
        self.save_settings()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw icons when the palette switches between light and dark."""
        if event.type() == QEvent.Type.PaletteChange:
            self.commands.refresh_icons()
        super().changeEvent(event)

    # -- slots ---------------------------------------------------------------------

    def frame_all(self) -> None:
        """Frame the collection without animation (the view's zoom to fit)."""
        self.view.zoom_to_fit(animate=False)
        self._list_to_view()

    def _list_to_view(self) -> None:
        """Start the list at the timeline's period (it follows later changes by itself)."""
        self.table.follow_period(*self.view.visible_window())

    def set_lane_mode(self, mode: LaneMode) -> None:
        """Change how the timeline splits lanes (menu, toolbar and model agree)."""
        self.model.set_lane_mode(mode)
        self._sync_lane_widgets()

    def _sync_lane_widgets(self) -> None:
        mode = self.model.lane_mode()
        self.commands.lane_actions[mode].setChecked(True)
        self.lanes_combo.setCurrentIndex(max(0, self.lanes_combo.findData(mode.value)))

    def _set_animations(self, on: bool) -> None:
        self.view.set_animations_enabled(on)

    def _sync_dock_actions(self) -> None:
        for action, dock in (
            (self.commands.show_details, self.details_dock),
            (self.commands.show_filters, self.filters_dock),
            (self.commands.show_lessons, self.lessons_dock),
        ):
            action.blockSignals(True)
            action.setChecked(not dock.isHidden())
            action.blockSignals(False)

    def _selection_changed(self, event_id: object) -> None:
        self.commands.zoom_selection.setEnabled(isinstance(event_id, int))

    def _update_counts(self) -> None:
        shown, total = len(self.model.visible_events()), self.model.total_count()
        filtered = self.model.filter() != EventFilter()
        search = self.model.filter().search
        text = f"{shown:,} of {total:,} events"
        if search:
            text += f" match \N{LEFT DOUBLE QUOTATION MARK}{search}\N{RIGHT DOUBLE QUOTATION MARK}"
        self.count_label.setText(text)
        self.status_clear.setVisible(filtered)
        self.commands.clear_filters.setEnabled(filtered)
        if total == 0:
            self.empty_label.setText(
                "No events yet. Import articles with File \N{RIGHTWARDS ARROW} Import articles"
                "\N{HORIZONTAL ELLIPSIS} or drop files or folders onto this window."
            )
            self.empty_button.setVisible(False)
        elif shown == 0:
            reason = (
                f"nothing matches \N{LEFT DOUBLE QUOTATION MARK}{search}\N{RIGHT DOUBLE QUOTATION MARK}"
                if search
                else "the filters hide every event"
            )
            self.empty_label.setText(f"No events to show: {reason}.")
            self.empty_button.setVisible(True)
        self.list_stack.setCurrentIndex(1 if shown == 0 else 0)

    def is_empty_state(self) -> bool:
        """Whether the list area shows the "no events" message instead of the table."""
        return self.list_stack.currentIndex() == 1

    def clear_filters(self) -> None:
        """Drop every filter and the search."""
        clear_filters(self.model)

    def focus_search(self) -> None:
        """Put the caret in the search field (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_details(self, event_id: int | None = None) -> None:
        """Select ``event_id`` (if given) and bring the details panel forward."""
        if event_id is not None:
            self.model.select(event_id)
        self.details_dock.show()
        self.details_dock.raise_()

    def show_about(self) -> None:
        """The About box."""
        box = about_box(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- presentation hook -------------------------------------------------------------

    def view_state(self) -> ViewState:
        """The state a presentation must restore when it ends."""
        return ViewState(
            self.view.visible_window(),
            self.model.selected_id(),
            self.model.filter(),
            self.model.lane_mode(),
        )

    def restore_view_state(self, state: ViewState) -> None:
        """Put back exactly the view a presentation started from."""
        self.model.set_filter(state.filter)
        self.set_lane_mode(state.lane_mode)
        self.model.select(state.selected)
        self.view.set_window(*state.window, animate=False)

    def start_presentation(self, lesson_id: int | None = None) -> Any:
        """View > Present (F5): run the presentation, then restore the view."""
        if self.presentation_factory is None or self.presentation is not None:
            return None
        state = self.view_state()
        controller = self.presentation_factory(self.model, self.view, lesson_id, None, self)
        controller.finished.connect(lambda *_: self._presentation_finished(state))
        self.presentation = controller
        controller.start()
        return controller

    def _presentation_finished(self, state: ViewState) -> None:
        self.restore_view_state(state)
        if self.presentation is not None:
            self.presentation.deleteLater()
        self.presentation = None
