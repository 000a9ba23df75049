"""The settings wrapper: typed values with defaults, kept in a file under tmp_path."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from timeline.app.settings import Settings


@pytest.fixture
def settings(qapp: object, tmp_path: Path) -> Settings:
    return Settings.at(tmp_path / "config")


def test_defaults_when_nothing_is_stored(settings: Settings) -> None:
    assert settings.geometry is None
    assert settings.window_state is None
    assert settings.lane_mode == "topic"
    assert settings.animations is True
    assert settings.show_event_list is True
    assert settings.last_window is None


def test_values_survive_a_new_wrapper_on_the_same_file(settings: Settings, tmp_path: Path) -> None:
    settings.geometry = QByteArray(b"\x01\x02geometry")
    settings.lane_mode = "source"
    settings.animations = False
    settings.last_window = (datetime(2011, 3, 1), datetime(2011, 4, 1, 12))
    settings.sync()

    again = Settings.at(tmp_path / "config")
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    assert again.lane_mode == "source"
    assert again.animations is False
    assert again.last_window == (datetime(2011, 3, 1), datetime(2011, 4, 1, 12))
    assert Path(again.file_name()).parent == tmp_path / "config"


@pytest.mark.parametrize("damaged", ["", "nonsense", "2012-01-01/garbage", "2012-02-01/2012-01-01"])
def test_damaged_last_window_reads_as_none(settings: Settings, damaged: str) -> None:
    settings._q.setValue("view/last_window", damaged)
    assert settings.last_window is None


def test_unknown_lane_mode_is_refused_and_ignored(settings: Settings) -> None:
    with pytest.raises(ValueError):
        settings.lane_mode = "sideways"
    settings._q.setValue("view/lane_mode", "sideways")
    assert settings.lane_mode == "topic"
