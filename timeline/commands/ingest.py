"""``timeline ingest``: import files and folders, then print a summary."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from timeline.commands.common import error_line, open_store
from timeline.commands.progress import ProgressBar
from timeline.store import StoreError


def run_ingest(paths: list[str], db: Path | None, published: date | None) -> int:
    """Exit 0 when every file was imported, 1 when some failed."""
    from timeline.ingest import ingest_paths

    store = open_store(db)
    if store is None:
        return 1
    bar = ProgressBar()
    try:
        report = ingest_paths(paths, store, published=published, progress=bar)
    except StoreError as error:
        bar.close()
        error_line(str(error))
        return 1
    finally:
        store.close()
    bar.close()
    for problem in report.failed:
        error_line(str(problem))
    for path in report.undated:
        print(
            f"{path}: undated (no publication date found); relative dates were not used",
            file=sys.stderr,
        )
    print(report.summary())
    return 1 if report.failed else 0
