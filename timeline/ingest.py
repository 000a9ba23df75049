"""The one import pipeline: files -> sources -> extract -> store, article by article.

Both the command line and the window's import dialog run it. Each article is
read, extracted and stored on its own, in its own transaction, so one bad file
never spoils the others and nothing of it is left behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.extract import extract_mentions
from timeline.extract.merge import same_happening
from timeline.sources import SourceError, iter_article_paths, read_article
from timeline.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file that was not imported, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class IngestReport:
    """What an import did, for the summary line and the problem list."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    undated: list[str] = field(default_factory=list)
    failed: list[FileProblem] = field(default_factory=list)
    events_found: int = 0
    mentions_found: int = 0
    cancelled: bool = False

    @property
    def imported(self) -> int:
        """Files now in the database as they are on disk."""
        return self.added + self.replaced + self.unchanged

    def summary(self) -> str:
        """One line for people: what was added, unchanged, undated and failed."""
        parts = [
            f"{self.added} article{'s' if self.added != 1 else ''} added",
            f"{self.replaced} replaced",
            f"{self.unchanged} unchanged",
            f"{len(self.undated)} undated",
            f"{len(self.failed)} failed",
            f"{self.mentions_found} dated statements, {self.events_found} new events",
        ]
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    *,
    published: date | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> IngestReport:
    """Import every article under ``paths`` into ``store``.

    ``published`` is the publication date for articles that carry none of their
    own. ``progress(done, total, path)`` is called after each file. A
    ``StoreError`` (the database itself is unusable) stops the import and is
    raised; problems with single files are collected in the report.
    """
    report = IngestReport()
    files: list[Path] = []
    for item in iter_article_paths(paths):
        if isinstance(item, SourceError):
            report.failed.append(FileProblem(item.path, item.reason))
        else:
            files.append(item)
    total = len(files)
    for done, path in enumerate(files, start=1):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            break
        _ingest_one(path, store, published, report)
        if progress is not None:
            progress(done, total, str(path))
    return report


def _ingest_one(path: Path, store: Store, published: date | None, report: IngestReport) -> None:
    try:
        article = read_article(path, published)
    except SourceError as error:
        report.failed.append(FileProblem(error.path, error.reason))
        log.info("skipped %s", error)
        return
    if store.find_article_by_hash(article.sha256) is not None:
        report.unchanged += 1
        return
    try:
        mentions = extract_mentions(article.body, article.published)
    except Exception as error:  # an extractor bug must not stop the whole import
        log.exception("extraction failed for %s", path)
        report.failed.append(FileProblem(str(path), f"extraction failed: {error}"))
        return
    result = store.import_article(article, mentions, same_happening)
    if result.status == "unchanged":
        report.unchanged += 1
        return
    if result.status == "added":
        report.added += 1
    else:
        report.replaced += 1
    if article.published is None:
        report.undated.append(str(path))
    report.events_found += result.events_created
    report.mentions_found += result.mentions
