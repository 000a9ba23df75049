"""Import speed check: a generated folder imported end to end vs search_dates alone.

Run ``python -m timeline.bench.extract_ingest [--articles N] [--json]`` (the lead's
``python -m timeline.bench ingest`` can dispatch here). It writes N plain-text
articles (default 1,000) to a temporary folder by recombining paragraphs of the
sample corpus and of the TimeML texts when present (never into the repository),
imports it into a fresh database with ``timeline.ingest.ingest_paths`` and runs
``dateparser.search.search_dates`` alone over the same article texts, alternating
slices of 100 articles so that load from other processes weighs on both alike,
and reports both times and their ratio. Peak Python memory (tracemalloc) of a
whole import is measured at two corpus sizes to show whether it stays flat.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TIMEML = REPO.parent / "shared" / "tempeval"


def _paragraphs(articles: Path, timeml: Path) -> list[str]:
    """Source paragraphs: sample-corpus bodies, then TimeML texts if present."""
    from timeline.sources import SourceError, read_article

    found: list[str] = []
    for path in sorted(articles.glob("*")) if articles.is_dir() else []:
        try:
            body = read_article(path).body
        except (SourceError, OSError):
            continue
        found.extend(p.strip() for p in body.split("\n") if len(p.strip()) > 80)
    if timeml.is_dir():
        from timeline.bench.extract_timeml import read_timeml_folder

        for folder in sorted(p for p in timeml.iterdir() if p.is_dir()):
            for doc in read_timeml_folder(folder):
                found.extend(p.strip() for p in doc.text.split("\n\n") if len(p.strip()) > 80)
    return found


def generate(folder: Path, count: int, paragraphs: list[str], seed: int = 7) -> Iterator[Path]:
    """Write ``count`` articles of 6-14 paragraphs with a Title/Date header into ``folder``."""
    rng = random.Random(seed)
    start = date(2010, 1, 1)
    for number in range(count):
        published = start + timedelta(days=rng.randrange(0, 900))
        body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 14))))
        path = folder / f"article-{number:05d}.txt"
        path.write_text(
            f"Title: Generated article {number}\nDate: {published.isoformat()}\n\n{body}\n",
            encoding="utf-8",
        )
        yield path


def _ingest(folders: list[Path], database: Path) -> tuple[float, int]:
    from timeline.ingest import ingest_paths
    from timeline.store import Store

    began = time.perf_counter()
    with Store(database) as store:
        report = ingest_paths(folders, store)
    return time.perf_counter() - began, report.imported


def _interleaved(folders: list[Path], database: Path) -> tuple[float, float, int, int]:
    """Import each folder into one database and run search_dates on the same texts,
    slice by slice, so that load from other processes weighs on both alike.

    Returns (import seconds, search_dates seconds, articles imported, characters searched).
    """
    from timeline.ingest import ingest_paths
    from timeline.store import Store

    ingest_s = search_s = 0.0
    imported = chars = 0
    with Store(database) as store:
        for folder in folders:
            began = time.perf_counter()
            report = ingest_paths([folder], store)
            ingest_s += time.perf_counter() - began
            imported += report.imported
            seconds, searched = _search_dates(sorted(folder.glob("*.txt")))
            search_s += seconds
            chars += searched
    return ingest_s, search_s, imported, chars


def _search_dates(paths: list[Path]) -> tuple[float, int]:
    from dateparser.search import search_dates

    from timeline.sources import read_article

    texts = [(a.body, a.published) for a in (read_article(p) for p in paths)]
    began = time.perf_counter()
    chars = 0
    for body, published in texts:
        settings: dict[str, object] = {}
        if published is not None:
            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        search_dates(body, languages=["en"], settings=settings)
        chars += len(body)
    return time.perf_counter() - began, chars


def _peak_memory(folders: list[Path], database: Path) -> float:
    """Peak traced Python memory in MiB while importing ``folders``."""
    tracemalloc.start()
    try:
        _ingest(folders, database)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    """Generate, import, compare with search_dates, print the figures."""
    parser = argparse.ArgumentParser(prog="python -m timeline.bench ingest", description=__doc__)
    parser.add_argument("--articles", type=int, default=1000, help="articles to generate")
    parser.add_argument("--timeml", type=Path, default=DEFAULT_TIMEML)
    parser.add_argument("--corpus", type=Path, default=REPO / "data" / "articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    paragraphs = _paragraphs(args.corpus, args.timeml)
    if not paragraphs:
        print("no source paragraphs found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="timeline-ingest-bench-") as tmp:
        root = Path(tmp)
        big = root / "big"
        big.mkdir()
        paths = list(generate(big, args.articles, paragraphs))
        chars = sum(p.stat().st_size for p in paths)
        slices = []
        for number in range(0, len(paths), 100):
            part = root / f"part-{number // 100:03d}"
            part.mkdir()
            for path in paths[number : number + 100]:
                path.rename(part / path.name)
            slices.append(part)
        ingest_s, search_s, imported, searched_chars = _interleaved(slices, root / "big.db")
        small = root / "small"
        small.mkdir()
        small_count = max(1, args.articles // 4)
        everything = sorted(p for part in slices for p in part.glob("*.txt"))
        for path in everything[:small_count]:
            (small / path.name).write_bytes(path.read_bytes())
        memory_small = _peak_memory([small], root / "small-mem.db")
        memory_big = _peak_memory(slices, root / "big-mem.db")
    report = {
        "articles": len(paths),
        "imported": imported,
        "bytes": chars,
        "ingest_seconds": round(ingest_s, 2),
        "search_dates_seconds": round(search_s, 2),
        "speedup": round(search_s / ingest_s, 2) if ingest_s else None,
        "ingest_chars_per_second": round(chars / ingest_s) if ingest_s else None,
        "search_dates_chars_per_second": round(searched_chars / search_s) if search_s else None,
        "peak_memory_mib": {
            str(small_count): round(memory_small, 1),
            str(len(paths)): round(memory_big, 1),
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"articles generated / imported      {report['articles']} / {report['imported']}")
    print(f"text size                          {chars / 2**20:.1f} MiB")
    print(f"import end to end (fresh database) {ingest_s:8.1f} s")
    print(f"search_dates alone, same texts     {search_s:8.1f} s")
    print(f"import is faster by                {report['speedup']}x")
    print(
        f"peak traced memory during import   {memory_small:.1f} MiB at {small_count} articles, "
        f"{memory_big:.1f} MiB at {len(paths)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
