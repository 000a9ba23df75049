"""A one-line progress bar for a terminal, drawn on stderr."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

#: With fewer files than this the bar is not worth drawing.
MIN_FILES = 5


class ProgressBar:
    """``bar(done, total, path)`` redraws the line; ``close()`` clears it."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.drawn = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total < MIN_FILES:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        bar_width = max(10, min(40, width // 3))
        filled = bar_width * done // max(total, 1)
        counter = f" {done}/{total} "
        room = max(0, width - bar_width - len(counter) - 3)
        name = path if len(path) <= room else "\u2026" + path[-max(room - 1, 0) :]
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}]{counter}{name}"
        self.stream.write("\r" + line.ljust(width - 1)[: width - 1])
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            width = shutil.get_terminal_size((80, 20)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.stream.flush()
