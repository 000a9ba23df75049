"""What the shell commands share: opening the database and reporting errors on one line."""

from __future__ import annotations

import sys
from pathlib import Path

from timeline.paths import default_db_path
from timeline.store import Store, StoreError

PROG = "timeline"


def error_line(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"{PROG}: error: {message}", file=sys.stderr)


def open_store(db: Path | None, *, readonly: bool = False) -> Store | None:
    """The store at ``--db``/``$TIMELINE_DB``/the default, or ``None`` after an error line."""
    path = default_db_path(db)
    if readonly and not path.exists():
        error_line(f"{path}: no such database (import articles with 'timeline ingest' first)")
        return None
    try:
        return Store(path, readonly=readonly)
    except StoreError as error:
        error_line(str(error))
        return None
