"""The main window's actions (shortcut, tooltip, icon each), its menus and its toolbar."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from timeline.app.theme import icon
from timeline.app.timeline_model import LaneMode

StdKey = QKeySequence.StandardKey

#: Lane modes as the user reads them, in menu order.
LANE_LABELS = {
    LaneMode.TOPIC: "By topic",
    LaneMode.TAG: "By tag",
    LaneMode.SOURCE: "By source",
    LaneMode.NONE: "None",
}


def _action(
    parent: QObject,
    text: str,
    tip: str,
    shortcuts: list[QKeySequence] | QKeySequence | str,
    icon_name: str | None = None,
    *,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcuts, list):
        action.setShortcuts(shortcuts)
    else:
        action.setShortcut(QKeySequence(shortcuts))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty("icon_name", icon_name)
    return action


class Actions(QObject):
    """Every action of the window; the window connects their ``triggered`` signals."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        a = _action
        self.import_files = a(
            self,
            "&Import articles\N{HORIZONTAL ELLIPSIS}",
            "Import article files",
            QKeySequence(StdKey.Open),
            "import",
        )
        self.import_folder = a(
            self,
            "Import &folder\N{HORIZONTAL ELLIPSIS}",
            "Import every article in a folder",
            "Ctrl+Shift+O",
            "import-folder",
        )
        self.export_json = a(
            self,
            "Export events as &JSON\N{HORIZONTAL ELLIPSIS}",
            "Save the listed events with their sources as JSON",
            "Ctrl+Shift+J",
        )
        self.export_csv = a(
            self,
            "Export events as &CSV\N{HORIZONTAL ELLIPSIS}",
            "Save the listed events as a spreadsheet table (CSV)",
            "Ctrl+Shift+E",
        )
        self.export_handout = a(
            self,
            "Export &handout (PDF)\N{HORIZONTAL ELLIPSIS}",
            "A printable handout of the chosen lesson, or of the listed events",
            "Ctrl+Shift+P",
        )
        self.export_worksheet = a(
            self,
            "Export &worksheet (PDF)\N{HORIZONTAL ELLIPSIS}",
            "Like the handout, with the dates left blank and the answers on the last page",
            "Ctrl+Shift+W",
        )
        self.quit = a(self, "&Quit", "Close the program", QKeySequence(StdKey.Quit))
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
            self.quit.setToolTip("Close the program (Ctrl+Q)")

        self.find = a(
            self,
            "&Find\N{HORIZONTAL ELLIPSIS}",
            "Search events and articles",
            QKeySequence(StdKey.Find),
        )
        self.clear_filters = a(
            self, "&Clear filters", "Show every event again (filters and search)", "Ctrl+Shift+L"
        )

        self.zoom_in = a(
            self,
            "Zoom &in",
            "Show a shorter period in more detail",
            [QKeySequence(StdKey.ZoomIn), QKeySequence("Ctrl+=")],
            "zoom-in",
        )
        self.zoom_out = a(
            self, "Zoom &out", "Show a longer period", QKeySequence(StdKey.ZoomOut), "zoom-out"
        )
        self.zoom_fit = a(self, "Zoom to &fit", "Show every listed event", "Ctrl+0", "zoom-fit")
        self.zoom_selection = a(
            self,
            "Zoom to &selection",
            "Centre and zoom on the selected event",
            "Ctrl+E",
            "zoom-selection",
        )
        self.lane_actions: dict[LaneMode, QAction] = {}
        self.lane_group = QActionGroup(self)
        for number, (mode, label) in enumerate(LANE_LABELS.items(), start=1):
            lane_action = a(
                self,
                f"Lanes: {label.lower()}",
                f"Split the timeline into lanes: {label.lower()}",
                f"Ctrl+{number}",
                checkable=True,
            )
            lane_action.setText(label)
            lane_action.setData(mode.value)
            self.lane_group.addAction(lane_action)
            self.lane_actions[mode] = lane_action
        self.animations = a(
            self, "&Animations", "Animate zoom and pan transitions", "Ctrl+Shift+A", checkable=True
        )
        self.show_details = a(
            self,
            "Show &details panel",
            "Show or hide the details of the selected event",
            "Ctrl+I",
            checkable=True,
        )
        self.show_table = a(
            self,
            "Show event &list",
            "Show or hide the list under the timeline",
            "Ctrl+L",
            checkable=True,
        )
        self.show_filters = a(
            self,
            "Show filte&rs",
            "Show or hide the filter panel",
            "Ctrl+Shift+F",
            "filter",
            checkable=True,
        )
        self.show_lessons = a(
            self,
            "Show l&essons panel",
            "Build lessons: ordered events with notes to present",
            "Ctrl+Shift+K",
            checkable=True,
        )
        self.present = a(
            self,
            "&Present",
            "Present the timeline full screen, one event at a time",
            "F5",
            "present",
        )
        self.about = a(self, "&About Diplomatic Timeline", "Version, purpose and licence", "F1")

    def refresh_icons(self) -> None:
        """Redraw the icons in the current palette (after a light/dark switch)."""
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(str(name)))


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    """File, Edit, View, Lessons and Help menus; returns them by name."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions.import_files, actions.import_folder])
    file_menu.addSeparator()
    file_menu.addActions([actions.export_json, actions.export_csv])
    file_menu.addActions([actions.export_handout, actions.export_worksheet])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions.find, actions.clear_filters])

    view_menu = bar.addMenu("&View")
    view_menu.addActions(
        [actions.zoom_in, actions.zoom_out, actions.zoom_fit, actions.zoom_selection]
    )
    view_menu.addSeparator()
    lanes_menu = view_menu.addMenu("&Lanes")
    lanes_menu.addActions(list(actions.lane_actions.values()))
    view_menu.addAction(actions.animations)
    view_menu.addSeparator()
    view_menu.addActions(
        [actions.show_details, actions.show_table, actions.show_filters, actions.show_lessons]
    )
    view_menu.addSeparator()
    view_menu.addAction(actions.present)

    # Filled by the window with populate_lessons_menu (one entry per lesson).
    lessons_menu = bar.addMenu("L&essons")
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.about)
    for menu in (file_menu, edit_menu, view_menu, lanes_menu, help_menu):
        menu.setToolTipsVisible(True)
    return {
        "file": file_menu,
        "edit": edit_menu,
        "view": view_menu,
        "lanes": lanes_menu,
        "lessons": lessons_menu,
        "help": help_menu,
    }


def lane_combo(parent: QWidget | None = None) -> QComboBox:
    """The toolbar's lane-mode selector (items carry the LaneMode value)."""
    combo = QComboBox(parent)
    for mode, label in LANE_LABELS.items():
        combo.addItem(f"Lanes: {label.lower()}", mode.value)
    combo.setToolTip("How the timeline is split into lanes (Ctrl+1 to Ctrl+4)")
    combo.setStatusTip("How the timeline is split into lanes")
    return combo


def build_toolbar(
    window: QMainWindow, actions: Actions, lanes: QComboBox, search: QWidget
) -> QToolBar:
    """Import, zoom, lane mode, filters and the search field."""
    bar = QToolBar("Main toolbar", window)
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.addAction(actions.import_files)
    bar.addSeparator()
    bar.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_fit, actions.zoom_selection])
    bar.addSeparator()
    bar.addWidget(lanes)
    bar.addAction(actions.show_filters)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(search)
    bar.addAction(actions.present)
    window.addToolBar(bar)
    return bar
