"""Reading and extracting in worker processes stores exactly what one process stores.

Workers are forked only from a single-threaded program (the command line), so
the parallel runs happen in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline.ingest import ingest_paths
from timeline.paths import sample_articles_dir
from timeline.store import Store

REPO = Path(__file__).resolve().parents[2]

PARALLEL = textwrap.dedent(
    """
    import json, sys
    from timeline.ingest import _worker_count, ingest_paths
    from timeline.store import Store

    folder, db, cancel_after = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seen = []
    with Store(db) as store:
        report = ingest_paths(
            [folder], store, workers=2,
            progress=lambda done, total, path: seen.append(done),
            should_cancel=(lambda: len(seen) >= cancel_after) if cancel_after else None,
        )
    print(json.dumps({"workers": _worker_count(2, 10), "added": report.added,
                      "mentions": report.mentions_found, "cancelled": report.cancelled,
                      "failed": [p.reason for p in report.failed]}))
    """
)


def _parallel(folder: Path, db: Path, cancel_after: int = 0) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", PARALLEL, str(folder), str(db), str(cancel_after)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return json.loads(out.stdout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(sample_articles_dir(), target)
    (target / "zz-empty.txt").write_text("")
    return target


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return [
        (e.start, e.end, e.precision, e.title, tuple((s.path, s.sentence) for s in e.sources))
        for e in store.events(with_sources=True)
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_workers_store_the_same_events_in_the_same_order(folder: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "one.db") as one:
        single = ingest_paths([folder], one, workers=1)
    double = _parallel(folder, tmp_path / "two.db")
    assert double["workers"] == 2
    assert (double["added"], double["mentions"]) == (single.added, single.mentions_found)
    assert double["failed"] == ["the file is empty"]
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        assert _snapshot(one) == _snapshot(two)
    again = _parallel(folder, tmp_path / "two.db")
    assert again["added"] == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_cancelling_stops_the_workers_and_keeps_what_was_stored(
    folder: Path, tmp_path: Path
) -> None:
    result = _parallel(folder, tmp_path / "c.db", cancel_after=3)
    assert result["cancelled"] is True
    with Store(tmp_path / "c.db") as store:
        assert store.count_articles() == 3
        assert store.integrity_ok()
