"""The one error a source file can raise: it names the file and the reason."""

from __future__ import annotations


class SourceError(Exception):
    """A file that cannot be read as an article; ``str()`` is one line "path: reason"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
