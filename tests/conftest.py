"""Shared test set-up: offscreen Qt, a private database and settings, GUI tests marked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_GUI_FOLDERS = ("app", "present")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/app and tests/present as ``gui``."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if any(folder in parts for folder in _GUI_FOLDERS):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_places(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the user's real database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TIMELINE_DB", str(home / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
