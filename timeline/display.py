"""Whether this session has a screen for windows (checked without starting Qt)."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = (
    "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
    "the command-line commands work without one (timeline --help), and "
    "--screenshot renders offscreen"
)


def has_display() -> bool:
    """A desktop session to show windows in (always true on Windows and macOS)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def can_show_windows() -> bool:
    """A screen to open windows on, or a Qt platform plugin chosen explicitly."""
    return has_display() or bool(os.environ.get("QT_QPA_PLATFORM"))
