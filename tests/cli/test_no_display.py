"""Without a screen, window commands say so in one line instead of aborting inside Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.cli import main


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")


def test_bare_timeline_prints_help_and_the_reason(
    headless: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    captured = capsys.readouterr()
    assert "usage: timeline" in captured.out and "ingest" in captured.out
    assert "no display" in captured.err


@pytest.mark.parametrize("command", ["view", "present"])
def test_window_commands_fail_with_one_line(
    headless: None, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--db", str(tmp_path / "t.db")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no display" in err[0]
