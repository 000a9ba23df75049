"""The database schema as forward migrations (sqlite-utils ``Migrations``)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("diplomatic-timeline")

#: Bump together with a new migration; stored in ``PRAGMA user_version``.
SCHEMA_VERSION = 1


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, mentions, events, their links, lessons, and full-text indexes."""
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            title TEXT NOT NULL,
            source TEXT,
            url TEXT,
            author TEXT,
            published TEXT,
            published_how TEXT NOT NULL,
            body TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_articles_sha256 ON articles(sha256)")
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            precision TEXT NOT NULL
                CHECK (precision IN ('day', 'month', 'season', 'year', 'decade')),
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            lane TEXT NOT NULL DEFAULT 'Other',
            tags TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            hidden INTEGER NOT NULL DEFAULT 0,
            -- JSON list of the fields a person changed; import never overwrites
            -- them, and an event with any such change is never deleted by import.
            edited TEXT NOT NULL DEFAULT '[]',
            source_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (start <= "end")
        )"""
    )
    db.execute('CREATE INDEX idx_events_start ON events(start, "end")')
    db.execute('CREATE INDEX idx_events_interval ON events(start, "end", precision)')
    db.execute(
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            expression TEXT NOT NULL,
            expression_start INTEGER NOT NULL,
            expression_end INTEGER NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            precision TEXT NOT NULL,
            confidence REAL NOT NULL,
            title TEXT NOT NULL,
            lane TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]'
        )"""
    )
    db.execute("CREATE INDEX idx_mentions_article ON mentions(article_id)")
    db.execute(
        """
        CREATE TABLE event_sources (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            mention_id INTEGER NOT NULL UNIQUE REFERENCES mentions(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, mention_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE lessons (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE lesson_steps (
            id INTEGER PRIMARY KEY,
            lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_lesson_steps ON lesson_steps(lesson_id, position)")
    db.table("events").enable_fts(["title", "summary"], fts_version="FTS5", create_triggers=True)
    db.table("articles").enable_fts(["title", "body"], fts_version="FTS5", create_triggers=True)


def migrate(db: Database) -> None:
    """Apply every pending migration and record the schema version."""
    if migrations.pending(db):
        migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
