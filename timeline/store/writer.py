"""Store one article and its mentions atomically, merging mentions into events."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

from sqlite_utils import Database

from timeline.core.records import Article, Mention
from timeline.store.rows import ImportResult

#: Decides whether two source sentences with the same interval tell of the same happening.
SameHappening = Callable[[str, str], bool]


def identical_sentences(a: str, b: str) -> bool:
    """The conservative default: only the very same sentence is the same happening."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def import_article(
    db: Database,
    article: Article,
    mentions: Sequence[Mention],
    now: str,
    same_happening: SameHappening = identical_sentences,
) -> ImportResult:
    """Insert, replace or skip ``article`` inside one transaction."""
    with db.atomic():
        existing = db.execute(
            "SELECT id, sha256 FROM articles WHERE path = ?", [article.path]
        ).fetchone()
        if existing is not None and existing[1] == article.sha256:
            return ImportResult(int(existing[0]), "unchanged", 0, 0)
        if existing is None:
            same = db.execute(
                "SELECT id FROM articles WHERE sha256 = ?", [article.sha256]
            ).fetchone()
            if same is not None:
                return ImportResult(int(same[0]), "unchanged", 0, 0)
        record = {
            "path": article.path,
            "sha256": article.sha256,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "author": article.author,
            "published": article.published.isoformat() if article.published else None,
            "published_how": article.published_how,
            "body": article.body,
            "ingested_at": now,
        }
        if existing is None:
            article_id = _insert(db, "articles", record)
            status = "added"
        else:
            article_id = int(existing[0])
            touched = _remove_mentions(db, article_id)
            update_row(db, "articles", article_id, record)
            _refresh_events(db, touched, now)
            status = "replaced"
        created = 0
        merged_into: set[int] = set()
        for mention in mentions:
            mention_id = _insert(db, "mentions", _mention_record(article_id, mention))
            event_id = _matching_event(db, mention, article_id, same_happening)
            if event_id is None:
                # Complete as created: its one source is this mention (mentions of one
                # article never merge with each other), so it needs no refresh.
                event_id = _create_event(db, mention, now)
                created += 1
            else:
                merged_into.add(event_id)
            _insert(db, "event_sources", {"event_id": event_id, "mention_id": mention_id})
        _refresh_events(db, merged_into, now)
        return ImportResult(article_id, status, len(mentions), created)


def _mention_record(article_id: int, m: Mention) -> dict[str, object]:
    return {
        "article_id": article_id,
        "sentence": m.sentence,
        "sentence_start": m.sentence_start,
        "sentence_end": m.sentence_end,
        "expression": m.expression,
        "expression_start": m.expression_start,
        "expression_end": m.expression_end,
        "start": m.start.isoformat(),
        "end": m.end.isoformat(),
        "precision": m.precision,
        "confidence": m.confidence,
        "title": m.title,
        "lane": m.lane,
        "tags": json.dumps(list(m.tags)),
    }


def _matching_event(
    db: Database, m: Mention, article_id: int, same_happening: SameHappening
) -> int | None:
    """An event with the same interval and precision whose sources in other articles
    tell the same happening (sources merge across articles, not within one)."""
    candidates = db.execute(
        """SELECT e.id, m.sentence FROM events e
           JOIN event_sources es ON es.event_id = e.id
           JOIN mentions m ON m.id = es.mention_id
           WHERE e.start = ? AND e."end" = ? AND e.precision = ? AND m.article_id != ?
           ORDER BY e.id, m.id""",
        [m.start.isoformat(), m.end.isoformat(), m.precision, article_id],
    ).fetchall()
    for event_id, sentence in candidates:
        if same_happening(m.sentence, sentence):
            return int(event_id)
    return None


def _create_event(db: Database, m: Mention, now: str) -> int:
    return _insert(
        db,
        "events",
        {
            "start": m.start.isoformat(),
            "end": m.end.isoformat(),
            "precision": m.precision,
            "title": m.title,
            "summary": m.sentence,
            "lane": m.lane,
            "tags": json.dumps(list(m.tags)),
            "source_count": 1,
            "created_at": now,
            "updated_at": now,
        },
    )


def _insert(db: Database, table: str, record: Mapping[str, object]) -> int:
    """Insert one row and return its rowid (plain SQL: this runs for every mention)."""
    columns = ", ".join(f'"{name}"' for name in record)
    marks = ", ".join("?" * len(record))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(record.values()))
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def update_row(db: Database, table: str, row_id: int, values: Mapping[str, object]) -> None:
    """Set ``values`` on the row ``row_id`` of ``table``."""
    assignments = ", ".join(f'"{name}" = ?' for name in values)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])


def _remove_mentions(db: Database, article_id: int) -> set[int]:
    """Delete an article's mentions; return the events that lost a source."""
    touched = {
        int(r[0])
        for r in db.execute(
            "SELECT es.event_id FROM event_sources es JOIN mentions m ON m.id = es.mention_id "
            "WHERE m.article_id = ?",
            [article_id],
        )
    }
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    return touched


def _refresh_events(db: Database, event_ids: set[int], now: str) -> None:
    """Recompute machine-made fields of events from their sources.

    An event left without sources is deleted, unless a person changed it or
    uses it in a lesson: what a person did is never discarded by an import.
    """
    for event_id in sorted(event_ids):
        row = db.execute(
            "SELECT edited, notes, hidden FROM events WHERE id = ?", [event_id]
        ).fetchone()
        if row is None:
            continue
        edited = set(json.loads(row[0]))
        sources = db.execute(
            """SELECT m.sentence, m.title, m.lane, m.tags FROM event_sources es
               JOIN mentions m ON m.id = es.mention_id
               JOIN articles a ON a.id = m.article_id
               WHERE es.event_id = ? ORDER BY m.confidence DESC, a.published, m.id""",
            [event_id],
        ).fetchall()
        in_lesson = db.execute(
            "SELECT 1 FROM lesson_steps WHERE event_id = ? LIMIT 1", [event_id]
        ).fetchone()
        if not sources:
            if edited or row[1] or row[2] or in_lesson:
                update_row(db, "events", event_id, {"source_count": 0, "updated_at": now})
            else:
                db.execute("DELETE FROM events WHERE id = ?", [event_id])
            continue
        sentences = list(dict.fromkeys(s[0] for s in sources))
        values: dict[str, object] = {
            "summary": "\n".join(sentences),
            "source_count": len(sources),
            "updated_at": now,
        }
        if "title" not in edited:
            values["title"] = sources[0][1]
        if "lane" not in edited:
            values["lane"] = sources[0][2]
        tags: list[str] = []
        for source in sources:
            tags.extend(t for t in json.loads(source[3]) if t not in tags)
        values["tags"] = json.dumps(tags)
        update_row(db, "events", event_id, values)
