"""The Store: the only object that speaks SQL to the timeline database."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from timeline.core.records import Article, Mention
from timeline.store import writer
from timeline.store.connection import StoreError, connect, describe_error
from timeline.store.rows import (
    EVENT_COLUMNS,
    ArticleRow,
    EventRow,
    ImportResult,
    SourceRow,
    event_row,
)
from timeline.store.schema import SCHEMA_VERSION, migrate

_SOURCE_QUERY = """
    SELECT es.event_id, m.id, m.article_id, a.path, a.title, a.source, a.published,
           m.sentence, m.sentence_start, m.sentence_end,
           m.expression, m.expression_start, m.expression_end, m.confidence
    FROM event_sources es
    JOIN mentions m ON m.id = es.mention_id
    JOIN articles a ON a.id = m.article_id
"""
_ARTICLE_COLUMNS = (
    "id, path, sha256, title, source, url, author, published, published_how, ingested_at"
)
_EDITABLE = ("title", "start", "end", "precision", "notes", "hidden", "lane")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of ``text`` must appear (as a prefix)."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{word}"*' for word in words)


def now_iso() -> str:
    """The current UTC time as ISO text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A timeline database file: articles, mentions, events and lessons."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.db: Database = connect(self.path, readonly=readonly)
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: made by a newer version of the program "
                    f"(schema {version}, this one knows {SCHEMA_VERSION})"
                )
            if not readonly:
                migrate(self.db)
            elif version < SCHEMA_VERSION:
                raise StoreError(f"{self.path}: not a timeline database (or an older one)")
        except sqlite3.Error as error:
            self.db.close()
            raise describe_error(self.path, error) from error
        except StoreError:
            self.db.close()
            raise

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise describe_error(self.path, error) from error

    # -- writing -----------------------------------------------------------

    def import_article(
        self,
        article: Article,
        mentions: Sequence[Mention],
        same_happening: writer.SameHappening = writer.identical_sentences,
    ) -> ImportResult:
        """Store one article and its mentions in one transaction (all or nothing).

        A mention joins an existing event with the same interval and precision
        when ``same_happening(new_sentence, source_sentence)`` says so.
        """
        with self._guard():
            return writer.import_article(self.db, article, mentions, now_iso(), same_happening)

    def find_article_by_hash(self, sha256: str) -> int | None:
        """The id of an article with this body hash, if any."""
        row = self.db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha256]).fetchone()
        return None if row is None else int(row[0])

    def known_hashes(self) -> frozenset[str]:
        """The body hashes of every stored article (to skip unchanged files early)."""
        with self._guard():
            return frozenset(r[0] for r in self.db.execute("SELECT sha256 FROM articles"))

    def update_event(self, event_id: int, **fields: Any) -> None:
        """A person's change to an event; the fields are marked and survive imports."""
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self._guard(), self.db.atomic():
            row = self.db.execute("SELECT edited FROM events WHERE id = ?", [event_id]).fetchone()
            if row is None:
                raise KeyError(event_id)
            edited = sorted(set(json.loads(row[0])) | set(fields))
            values = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()}
            values.update(edited=json.dumps(edited), updated_at=now_iso())
            writer.update_row(self.db, "events", event_id, values)

    # -- reading -----------------------------------------------------------

    def events(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        search: str | None = None,
        ids: Collection[int] | None = None,
        with_sources: bool = False,
        include_hidden: bool = False,
    ) -> list[EventRow]:
        """Events in date order, optionally overlapping ``[start, end]``, matching ``search``
        and among ``ids`` (sources are then read for those events only)."""
        where: list[str] = []
        params: list[Any] = []
        if start is not None:
            where.append('e."end" >= ?')
            params.append(start.isoformat())
        if end is not None:
            where.append("e.start <= ?")
            params.append(end.isoformat())
        if not include_hidden:
            where.append("e.hidden = 0")
        for chosen in (self.search_event_ids(search) if search is not None else None, ids):
            if chosen is not None:
                listed = ",".join(str(int(i)) for i in sorted(chosen))
                where.append(f"e.id IN ({listed or 'NULL'})")
        sql = f"SELECT {EVENT_COLUMNS} FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY e.start, e."end", e.id'
        with self._guard():
            rows = [event_row(r) for r in self.db.execute(sql, params).fetchall()]
            if with_sources and rows:
                sources = self._sources_for([r.id for r in rows])
                rows = [_with_sources(r, sources.get(r.id, ())) for r in rows]
        return rows

    def event(self, event_id: int) -> EventRow | None:
        """One event with its sources, or ``None``."""
        with self._guard():
            row = self.db.execute(
                f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?", [event_id]
            ).fetchone()
            if row is None:
                return None
            sources = self._sources_for([event_id]).get(event_id, ())
            return _with_sources(event_row(row), sources)

    def sources(self, event_id: int) -> tuple[SourceRow, ...]:
        """The sources of one event, oldest article first."""
        with self._guard():
            return self._sources_for([event_id]).get(event_id, ())

    def search_event_ids(self, text: str) -> set[int]:
        """Events whose title or source sentences match ``text``, or whose article's title does.

        Article bodies are indexed too, but a match anywhere in a long article
        would light up every event it dates, so the search looks at titles.
        """
        query = fts_query(text)
        if not query:
            return set()
        with self._guard():
            direct = self.db.execute(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", [query]
            ).fetchall()
            via_article = self.db.execute(
                """SELECT DISTINCT es.event_id FROM articles_fts
                   JOIN mentions m ON m.article_id = articles_fts.rowid
                   JOIN event_sources es ON es.mention_id = m.id
                   WHERE articles_fts MATCH ?""",
                [f"title : ({query})"],
            ).fetchall()
        return {int(r[0]) for r in direct} | {int(r[0]) for r in via_article}

    def count_events(self, *, include_hidden: bool = False) -> int:
        """How many events there are."""
        sql = "SELECT count(*) FROM events" + ("" if include_hidden else " WHERE hidden = 0")
        with self._guard():
            return int(self.db.execute(sql).fetchone()[0])

    def extent(self) -> tuple[date, date] | None:
        """The first start and last end over all visible events."""
        with self._guard():
            row = self.db.execute(
                'SELECT min(start), max("end") FROM events WHERE hidden = 0'
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromisoformat(row[0]), date.fromisoformat(row[1])

    def lanes(self) -> list[str]:
        """The distinct lanes (topics) in use, alphabetically."""
        with self._guard():
            rows = self.db.execute("SELECT DISTINCT lane FROM events ORDER BY lane").fetchall()
        return [str(r[0]) for r in rows]

    def articles(self) -> list[ArticleRow]:
        """Every article without its body, by publication date."""
        with self._guard():
            rows = self.db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY published, path"
            ).fetchall()
        return [_article_row(r) for r in rows]

    def article(self, article_id: int) -> ArticleRow | None:
        """One article with its body."""
        with self._guard():
            row = self.db.execute(
                f"SELECT {_ARTICLE_COLUMNS}, body FROM articles WHERE id = ?", [article_id]
            ).fetchone()
        return None if row is None else _article_row(row)

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self._guard():
            return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def event_article_ids(self) -> dict[int, tuple[int, ...]]:
        """For every event, the ids of the articles that support it."""
        result: dict[int, list[int]] = {}
        with self._guard():
            for event_id, article_id in self.db.execute(
                "SELECT DISTINCT es.event_id, m.article_id FROM event_sources es "
                "JOIN mentions m ON m.id = es.mention_id"
            ):
                result.setdefault(int(event_id), []).append(int(article_id))
        return {k: tuple(v) for k, v in result.items()}

    def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` and the foreign-key check both pass."""
        with self._guard():
            ok = self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return ok and not self.db.execute("PRAGMA foreign_key_check").fetchall()

    # -- helpers -------------------------------------------------------------

    def _sources_for(self, event_ids: Iterable[int]) -> dict[int, tuple[SourceRow, ...]]:
        ids = list(event_ids)
        result: dict[int, list[SourceRow]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            sql = _SOURCE_QUERY + (
                f" WHERE es.event_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY a.published, a.path, m.sentence_start"
            )
            for r in self.db.execute(sql, chunk):
                result.setdefault(int(r[0]), []).append(
                    SourceRow(
                        mention_id=int(r[1]),
                        article_id=int(r[2]),
                        path=r[3],
                        article_title=r[4],
                        publisher=r[5],
                        published=_day(r[6]),
                        sentence=r[7],
                        sentence_start=int(r[8]),
                        sentence_end=int(r[9]),
                        expression=r[10],
                        expression_start=int(r[11]),
                        expression_end=int(r[12]),
                        confidence=float(r[13]),
                    )
                )
        return {k: tuple(v) for k, v in result.items()}


def _with_sources(row: EventRow, sources: tuple[SourceRow, ...]) -> EventRow:
    from dataclasses import replace

    return replace(row, sources=sources)


def _article_row(r: Sequence[Any]) -> ArticleRow:
    return ArticleRow(
        id=int(r[0]),
        path=r[1],
        sha256=r[2],
        title=r[3],
        source=r[4],
        url=r[5],
        author=r[6],
        published=_day(r[7]),
        published_how=r[8],
        ingested_at=r[9],
        body=r[10] if len(r) > 10 else "",
    )
