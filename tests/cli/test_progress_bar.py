"""The terminal progress bar: drawn only when worth it, cleared at the end."""

from __future__ import annotations

import io

import pytest

from timeline.commands.progress import MIN_FILES, ProgressBar


def test_bar_draws_counts_and_clears() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, enabled=True)
    for done in range(1, 11):
        bar(done, 10, f"/corpus/article-{done}.txt")
    text = stream.getvalue()
    assert "10/10" in text and "article-10.txt" in text and "#" in text
    bar.close()
    assert stream.getvalue().endswith("\r")


@pytest.mark.parametrize(("enabled", "files"), [(False, 50), (True, MIN_FILES - 1)])
def test_bar_stays_silent_off_a_terminal_or_for_few_files(enabled: bool, files: int) -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, enabled=enabled)
    bar(1, files, "/a.txt")
    bar.close()
    assert stream.getvalue() == ""


def test_bar_is_off_when_the_stream_is_not_a_terminal() -> None:
    assert ProgressBar(io.StringIO()).enabled is False
