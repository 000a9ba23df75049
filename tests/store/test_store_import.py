"""Importing articles: atomic, idempotent, merging sources, keeping what a person changed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.store.factories import make_article, make_mention
from timeline.store import Store


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = ("articles", "mentions", "events", "event_sources")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_article_and_mentions_are_stored_with_sources(store: Store) -> None:
    article = make_article("/a.txt", "Obama called Putin on Friday.")
    result = store.import_article(article, [make_mention(article.body, date(2012, 3, 9))])
    assert (result.status, result.mentions, result.events_created) == ("added", 1, 1)
    [event] = store.events(with_sources=True)
    assert (event.start, event.end, event.precision) == (date(2012, 3, 9),) * 2 + ("day",)
    assert event.sources[0].sentence == article.body
    assert event.sources[0].published == date(2012, 3, 10)
    assert event.source_count == 1


def test_same_content_again_changes_nothing(store: Store) -> None:
    article = make_article("/a.txt", "Obama called Putin on Friday.")
    store.import_article(article, [make_mention(article.body, date(2012, 3, 9))])
    before = _dump(store)
    again = store.import_article(article, [make_mention(article.body, date(2012, 3, 9))])
    moved = store.import_article(replace(article, path="/copy.txt"), [])
    assert again.status == moved.status == "unchanged"
    assert _dump(store) == before


def test_changed_file_replaces_mentions_but_keeps_a_persons_edit(store: Store) -> None:
    old = make_article("/a.txt", "Obama called Putin on Friday.")
    store.import_article(old, [make_mention(old.body, date(2012, 3, 9))])
    [event] = store.events()
    store.update_event(event.id, title="Obama congratulates Putin", notes="check the source")
    new = make_article("/a.txt", "Obama phoned Putin on Thursday.")
    result = store.import_article(new, [make_mention(new.body, date(2012, 3, 8))])
    assert result.status == "replaced"
    kept = store.event(event.id)
    assert kept is not None
    assert kept.title == "Obama congratulates Putin" and kept.notes == "check the source"
    assert "title" in kept.edited
    texts = [s.sentence for e in store.events(with_sources=True) for s in e.sources]
    assert texts == [new.body]
    assert store.count_articles() == 1


def test_unedited_event_without_sources_is_removed(store: Store) -> None:
    old = make_article("/a.txt", "Obama called Putin on Friday.")
    store.import_article(old, [make_mention(old.body, date(2012, 3, 9))])
    new = make_article("/a.txt", "Nothing dated here.")
    store.import_article(new, [])
    assert store.events() == []


def test_mentions_of_the_same_happening_merge_into_one_event(store: Store) -> None:
    a = make_article("/a.txt", "Obama called Putin on Friday.")
    b = make_article("/b.txt", "Obama called Putin on Friday.  ")
    c = make_article("/c.txt", "Protesters marched on Friday.")
    store.import_article(a, [make_mention("Obama called Putin on Friday.", date(2012, 3, 9))])
    store.import_article(b, [make_mention("Obama  called Putin on Friday.", date(2012, 3, 9))])
    store.import_article(c, [make_mention(c.body, date(2012, 3, 9))])
    events = store.events(with_sources=True)
    assert sorted(e.source_count for e in events) == [1, 2]
    merged = next(e for e in events if e.source_count == 2)
    assert {s.path for s in merged.sources} == {"/a.txt", "/b.txt"}


def test_a_custom_matcher_decides_merging(store: Store) -> None:
    a = make_article("/a.txt", "The Duma ratified the treaty.")
    b = make_article("/b.txt", "Russia's lower house approved the pact.")
    for art in (a, b):
        store.import_article(
            art, [make_mention(art.body, date(2011, 1, 25))], same_happening=lambda x, y: True
        )
    [event] = store.events()
    assert event.source_count == 2
    assert event.summary.splitlines() == [a.body, b.body]


def test_failure_inside_an_import_leaves_nothing(store: Store) -> None:
    good = make_article("/good.txt", "Obama called Putin on Friday.")
    store.import_article(good, [make_mention(good.body, date(2012, 3, 9))])
    bad = make_article("/bad.txt", "A broken one.")
    broken = replace(make_mention(bad.body, date(2012, 3, 9)), precision="fortnight")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="CHECK constraint"):
        store.import_article(bad, [make_mention(bad.body, date(2012, 3, 8)), broken])
    assert [a.path for a in store.articles()] == ["/good.txt"]
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
    assert len(store.events()) == 1


def test_full_text_search_over_events_and_articles(store: Store) -> None:
    a = make_article("/a.txt", "Obama called Putin on Friday. The summit at Camp David follows.")
    a = replace(a, title="Call before the Camp David summit")
    store.import_article(a, [make_mention("Obama called Putin on Friday.", date(2012, 3, 9))])
    [event] = store.events()
    assert store.search_event_ids("putin") == {event.id}
    assert store.search_event_ids("camp david") == {event.id}  # found through the article title
    assert store.search_event_ids("follows") == set()  # article bodies do not light up events
    assert store.search_event_ids("Medvedev") == set()
    assert store.search_event_ids('"; DROP TABLE events; --') == set()
    assert [e.id for e in store.events(search="obam")] == [event.id]


def test_events_filter_by_overlap_in_date_order(store: Store) -> None:
    for i, (start, end) in enumerate(
        [
            (date(2012, 5, 18), date(2012, 5, 19)),
            (date(2011, 1, 25), None),
            (date(2012, 3, 4), None),
        ]
    ):
        art = make_article(f"/{i}.txt", f"Event number {i} happened.")
        store.import_article(art, [make_mention(art.body, start, end)])
    assert [e.start.year for e in store.events()] == [2011, 2012, 2012]
    window = store.events(start=date(2012, 5, 19), end=date(2012, 12, 31))
    assert [e.start for e in window] == [date(2012, 5, 18)]
    assert store.extent() == (date(2011, 1, 25), date(2012, 5, 19))


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO mentions (article_id, sentence, sentence_start, sentence_end,"
            ' expression, expression_start, expression_end, start, "end", precision,'
            " confidence, title, lane) VALUES (999, 's', 0, 1, 'e', 0, 1,"
            " '2012-01-01', '2012-01-01', 'day', 1, 't', 'l')"
        )


def test_update_event_rejects_unknown_fields(store: Store) -> None:
    art = make_article("/a.txt", "Obama called Putin on Friday.")
    store.import_article(art, [make_mention(art.body, date(2012, 3, 9))])
    with pytest.raises(ValueError, match="not editable"):
        store.update_event(1, summary="x")
    store.update_event(1, start=date(2012, 3, 8))
    event = store.event(1)
    assert event is not None and event.start == date(2012, 3, 8)
    assert json.loads(store.db.execute("SELECT edited FROM events").fetchone()[0]) == ["start"]


def test_database_file_is_readable_by_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Store(path) as s:
        art = make_article("/a.txt", "Obama called Putin on Friday.")
        s.import_article(art, [make_mention(art.body, date(2012, 3, 9))])
    conn = sqlite3.connect(path)
    assert conn.execute('SELECT start, "end", precision FROM events').fetchall() == [
        ("2012-03-09", "2012-03-09", "day")
    ]
    conn.close()


def test_mentions_within_one_article_never_merge(store: Store) -> None:
    art = make_article("/a.txt", "Leaders met on Friday. Leaders met on Friday again.")
    mentions = [make_mention("Leaders met on Friday.", date(2012, 3, 9))] * 2
    store.import_article(art, mentions, same_happening=lambda x, y: True)
    assert sorted(e.source_count for e in store.events()) == [1, 1]


def test_events_among_chosen_ids(store: Store) -> None:
    for i in range(4):
        art = make_article(f"/{i}.txt", f"Event number {i} happened.")
        store.import_article(art, [make_mention(art.body, date(2012, 3, 1 + i))])
    all_ids = [e.id for e in store.events()]
    chosen = store.events(ids={all_ids[3], all_ids[1]}, with_sources=True)
    assert [e.id for e in chosen] == [all_ids[1], all_ids[3]]
    assert all(e.sources for e in chosen)
    assert store.events(ids=[]) == []
