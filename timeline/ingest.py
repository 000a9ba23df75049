"""The one import pipeline: files -> sources -> extract -> store, article by article.

Both the command line and the window's import dialog run it. Each article is
read, extracted and stored on its own, in its own transaction, so one bad file
never spoils the others and nothing of it is left behind.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.core.records import Article, Mention
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
    workers: int | None = None,
) -> IngestReport:
    """Import every article under ``paths`` into ``store``.

    ``published`` is the publication date for articles that carry none of their
    own. ``progress(done, total, path)`` is called after each file. A
    ``StoreError`` (the database itself is unusable) stops the import and is
    raised; problems with single files are collected in the report.

    Reading and extraction run in ``workers`` processes when there are many
    files (by default one per core); storing stays in this process, in file
    order, one transaction per article.
    """
    report = IngestReport()
    files: list[Path] = []
    for found in iter_article_paths(paths):
        if isinstance(found, SourceError):
            report.failed.append(FileProblem(found.path, found.reason))
        else:
            files.append(found)
    count = _worker_count(workers, len(files))
    prepared: Iterator[Prepared]
    if count > 1:
        prepared = _prepare_in_processes(files, published, store.known_hashes(), count)
    else:
        prepared = (
            prepare(path, published, lambda sha: store.find_article_by_hash(sha) is not None)
            for path in files
        )
    total = len(files)
    try:
        for done, item in enumerate(prepared, start=1):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            _store(item, store, report)
            if progress is not None:
                progress(done, total, str(item.path))
    finally:
        close = getattr(prepared, "close", None)
        if close is not None:
            close()  # stops the worker processes when cancelled or failing
    return report


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file read and extracted, ready to store (or the reason it cannot be)."""

    path: Path
    article: Article | None = None
    mentions: tuple[Mention, ...] = ()
    problem: FileProblem | None = None
    unchanged: bool = False


def prepare(path: Path, published: date | None, known: Callable[[str], bool]) -> Prepared:
    """Read ``path`` and extract its mentions unless ``known(sha256)`` says it is stored."""
    try:
        article = read_article(path, published)
    except SourceError as error:
        log.info("skipped %s", error)
        return Prepared(path, problem=FileProblem(error.path, error.reason))
    if known(article.sha256):
        return Prepared(path, article, unchanged=True)
    try:
        mentions = tuple(extract_mentions(article.body, article.published))
    except Exception as error:  # an extractor bug must not stop the whole import
        log.exception("extraction failed for %s", path)
        return Prepared(path, problem=FileProblem(str(path), f"extraction failed: {error}"))
    return Prepared(path, article, mentions)


def _store(item: Prepared, store: Store, report: IngestReport) -> None:
    if item.problem is not None:
        report.failed.append(item.problem)
        return
    article = item.article
    if item.unchanged or article is None:
        report.unchanged += 1
        return
    result = store.import_article(article, item.mentions, same_happening)
    if result.status == "unchanged":
        report.unchanged += 1
        return
    if result.status == "added":
        report.added += 1
    else:
        report.replaced += 1
    if article.published is None:
        report.undated.append(str(item.path))
    report.events_found += result.events_created
    report.mentions_found += result.mentions


# -- reading and extracting in worker processes ---------------------------------------

#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 40
#: Files handed to the workers ahead of the one being stored (keeps memory flat).
_AHEAD_PER_WORKER = 8

_worker_known: frozenset[str] = frozenset()
_worker_published: date | None = None


def _can_fork() -> bool:
    """Worker processes are forked, which is only safe from a single-threaded program.

    The command line is; the window (Qt runs threads of its own) imports in one process.
    """
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        return False
    return (
        sys.platform.startswith("linux")
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _worker_count(requested: int | None, files: int) -> int:
    if not _can_fork():
        return 1
    if requested is not None:
        return max(1, requested)
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _init_worker(known: frozenset[str], published: date | None) -> None:
    global _worker_known, _worker_published
    _worker_known, _worker_published = known, published


def _prepare_in_worker(path: Path) -> Prepared:
    return prepare(path, _worker_published, _worker_known.__contains__)


def _prepare_in_processes(
    files: Sequence[Path], published: date | None, known: frozenset[str], workers: int
) -> Iterator[Prepared]:
    """``prepare`` for each file in ``workers`` processes, yielded in file order."""
    context = multiprocessing.get_context("fork")  # see _can_fork
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(known, published)
    ) as pool:
        pending: deque[Future[Prepared]] = deque()
        queue = iter(files)
        try:
            for path in itertools.islice(queue, workers * _AHEAD_PER_WORKER):
                pending.append(pool.submit(_prepare_in_worker, path))
            while pending:
                item = pending.popleft().result()
                for path in itertools.islice(queue, 1):
                    pending.append(pool.submit(_prepare_in_worker, path))
                yield item
        finally:
            for future in pending:
                future.cancel()
