"""Expand the paths a user gives into article files, in sorted order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.sources.errors import SourceError

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _accepted(path: Path) -> bool:
    return path.suffix.lower() in ACCEPTED_SUFFIXES and not path.name.startswith(".")


def iter_article_paths(inputs: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Yield each article file under ``inputs``, or a ``SourceError`` for a bad input.

    Folders are walked recursively, accepted extensions only, in sorted order;
    a folder with no article in it and a path that does not exist are errors.
    A file named explicitly with another extension is an error too.
    """
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(
                    (p for p in path.rglob("*") if p.is_file() and _accepted(p)),
                    key=lambda p: p.relative_to(path).parts,
                )
            except OSError as error:
                yield SourceError(str(path), f"cannot list the folder: {error.strerror or error}")
                continue
            if not found:
                kinds = ", ".join(ACCEPTED_SUFFIXES)
                yield SourceError(str(path), f"no articles ({kinds}) in this folder")
            yield from found
        elif path.exists():
            if _accepted(path) or path.suffix.lower() in ACCEPTED_SUFFIXES:
                yield path
            else:
                kinds = ", ".join(ACCEPTED_SUFFIXES)
                yield SourceError(str(path), f"not an article file (accepted: {kinds})")
        else:
            yield SourceError(str(path), "no such file or folder")
