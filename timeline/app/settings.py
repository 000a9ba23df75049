"""One typed wrapper around QSettings: every remembered value, its type and its default."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "Diplomatic Timeline"
APPLICATION = "diplomatic-timeline"

_LANE_MODES = ("topic", "tag", "source", "none")


class Settings:
    """The viewer's remembered state; tests build one with ``Settings.at(tmp_path)``."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def at(cls, folder: Path) -> Settings:
        """Settings kept in an INI file inside ``folder`` (for tests and portable use)."""
        folder.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._q.sync()

    def file_name(self) -> str:
        """Where the settings are stored."""
        return self._q.fileName()

    # -- helpers -----------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def _bool(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)

    def _str(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    # -- window layout ------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry (``QWidget.saveGeometry``)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Docks and toolbars (``QMainWindow.saveState``)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        """Sizes of the timeline / event list splitter."""
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._q.setValue("window/splitter", value)

    # -- view ----------------------------------------------------------------

    @property
    def lane_mode(self) -> str:
        """``topic``, ``tag``, ``source`` or ``none``."""
        value = self._str("view/lane_mode", "topic")
        return value if value in _LANE_MODES else "topic"

    @lane_mode.setter
    def lane_mode(self, value: str) -> None:
        if value not in _LANE_MODES:
            raise ValueError(f"unknown lane mode: {value}")
        self._q.setValue("view/lane_mode", value)

    @property
    def animations(self) -> bool:
        """Whether zoom and pan transitions are animated."""
        return self._bool("view/animations", True)

    @animations.setter
    def animations(self, value: bool) -> None:
        self._q.setValue("view/animations", bool(value))

    @property
    def show_event_list(self) -> bool:
        """Whether the event list under the timeline is shown."""
        return self._bool("view/show_event_list", True)

    @show_event_list.setter
    def show_event_list(self, value: bool) -> None:
        self._q.setValue("view/show_event_list", bool(value))

    @property
    def last_window(self) -> tuple[datetime, datetime] | None:
        """The visible period when the window was last closed."""
        text = self._str("view/last_window", "")
        start, sep, end = text.partition("/")
        if not sep:
            return None
        try:
            first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
        except ValueError:
            log.warning("ignoring a damaged remembered window: %r", text)
            return None
        return (first, last) if first < last else None

    @last_window.setter
    def last_window(self, value: tuple[datetime, datetime] | None) -> None:
        if value is None:
            self._q.remove("view/last_window")
        else:
            self._q.setValue("view/last_window", f"{value[0].isoformat()}/{value[1].isoformat()}")

    @property
    def last_db(self) -> str:
        """The database the last visible window belongs to."""
        return self._str("view/last_db", "")

    @last_db.setter
    def last_db(self, value: str) -> None:
        self._q.setValue("view/last_db", value)

    # -- import ----------------------------------------------------------------

    @property
    def import_folder(self) -> str:
        """The folder the last import dialog started in."""
        return self._str("import/folder", "")

    @import_folder.setter
    def import_folder(self, value: str) -> None:
        self._q.setValue("import/folder", value)
