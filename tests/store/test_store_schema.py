"""Schema versioning: fresh databases, forward migrations, refusing newer and foreign files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from tests.store.factories import make_article, make_mention
from timeline.store import Store, StoreError
from timeline.store.schema import SCHEMA_VERSION, m001_initial, migrations


def test_fresh_database_has_every_table_and_the_version(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        names = set(store.db.table_names())
        assert {
            "articles",
            "mentions",
            "events",
            "event_sources",
            "lessons",
            "lesson_steps",
        } <= names
        assert {"events_fts", "articles_fts"} <= names
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [m.name for m in migrations.applied(store.db)] == ["m001_initial"]


def test_reopening_applies_nothing_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as store:
        art = make_article("/a.txt", "Obama called Putin on Friday.")
        store.import_article(art, [make_mention(art.body, date(2012, 3, 9))])
    with Store(path) as store:
        assert len(migrations.applied(store.db)) == 1
        assert store.count_events() == 1


def test_a_later_migration_moves_an_existing_database_forward(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as store:
        art = make_article("/a.txt", "Obama called Putin on Friday.")
        store.import_article(art, [make_mention(art.body, date(2012, 3, 9))])
    later = Migrations("diplomatic-timeline")
    later()(m001_initial)

    @later()
    def m002_event_colour(db: Database) -> None:
        db["events"].add_column("colour", str)

    db = Database(sqlite3.connect(path))
    assert [m.name for m in later.pending(db)] == ["m002_event_colour"]
    later.apply(db)
    assert "colour" in db["events"].columns_dict
    assert db.execute("SELECT title FROM events").fetchall() == [("Obama called Putin on Friday.",)]
    db.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"This is a text file, not a database at all." * 40, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "not a SQLite database"),
    ],
)
def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=reason) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
