"""Fixtures for command-line tests: a folder of small good articles."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD_ARTICLES = {
    "good-1.txt": (
        "Title: Senate backs treaty\nDate: 2010-12-23\nSource: Example Wire\n\n"
        "The Senate approved the arms treaty on Wednesday by a vote of 71-26."
    ),
    "good-2.txt": (
        "MOSCOW, Jan. 26, 2011 (Example Wire) -- The State Duma ratified the arms treaty "
        "on Tuesday, sending the bill to the upper house."
    ),
}


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    for name, text in GOOD_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"
