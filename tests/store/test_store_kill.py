"""A kill at any moment leaves a sound database with every article whole or absent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline.store import Store

WRITER = textwrap.dedent(
    """
    import hashlib, sys
    from datetime import date, timedelta
    from timeline.core.records import Article, Mention
    from timeline.store import Store

    store = Store(sys.argv[1])
    start = int(sys.argv[2])
    for i in range(start, start + 100000):
        count = i % 7 + 1
        body = f"article {i} has {count} mentions. " + "Padding text for the body. " * 40
        article = Article(
            path=f"/synthetic/{i}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(),
            title=f"Article {i}", body=body, published=date(2012, 3, 10),
            published_how="user",
        )
        mentions = [
            Mention(
                sentence=f"Statement {k} of article {i}.", sentence_start=0, sentence_end=10,
                expression="on Friday", expression_start=0, expression_end=9,
                start=date(2011, 1, 1) + timedelta(days=(i + k) % 50),
                end=date(2011, 1, 1) + timedelta(days=(i + k) % 50),
                precision="day", confidence=0.9, title=f"Statement {k}", lane="Other",
            )
            for k in range(count)
        ]
        store.import_article(article, mentions)
        print(i, flush=True)
    """
)


@pytest.mark.slow
def test_kill_during_imports_leaves_whole_articles(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    Store(db).close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    next_index = 0
    for round_number, lines_before_kill in enumerate((5, 23, 61, 7)):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(next_index)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        last = next_index
        for seen, line in enumerate(proc.stdout, start=1):
            last = int(line)
            if seen >= lines_before_kill:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"round {round_number} did not die by the kill"
        next_index = last + 1000  # never reuse a path: each round adds new articles

    with Store(db) as store:
        assert store.integrity_ok()
        rows = store.db.execute(
            "SELECT a.body, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id "
            "GROUP BY a.id"
        ).fetchall()
        assert len(rows) >= 5 + 23 + 61 + 7
        for body, mention_count in rows:
            promised = int(body.split(" has ", 1)[1].split(" ", 1)[0])
            assert mention_count == promised, body[:40]
        unlinked = store.db.execute(
            "SELECT count(*) FROM mentions WHERE id NOT IN (SELECT mention_id FROM event_sources)"
        ).fetchone()[0]
        assert unlinked == 0
        counts = store.db.execute(
            "SELECT e.source_count, count(es.mention_id) FROM events e "
            "LEFT JOIN event_sources es ON es.event_id = e.id GROUP BY e.id"
        ).fetchall()
        assert all(stored == actual for stored, actual in counts), json.dumps(counts[:5])
