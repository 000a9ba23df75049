"""The bundled sample corpus: its articles, its gold annotations, and what the pipeline makes of it."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from timeline.core.records import PRECISIONS, Article
from timeline.paths import data_path
from timeline.sources import read_article

SEED_NAME = "000_253e49cc8d59382d.txt"
SHARED_SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / SEED_NAME
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
MIN_WORDS, MAX_WORDS = 150, 500
# Publishers this project must never claim as the source of its own text.
REAL_AGENCIES = re.compile(
    r"\b(Reuters|Associated Press|AP|AFP|Agence France|TASS|RIA|Interfax|Xinhua|UPI|Bloomberg)\b"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "Dec. 4", "March 21", "May 18-19", "on Dec. 31, 1999" (but not "in March 2000").
MONTH_DAY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:-(\d{1,2}))?\b(?!\d)"
)
# A period ends a sentence unless it closes one of these (or an initial such as "U.S.").
ABBREVIATIONS = {"mr", "mrs", "dr", "gen", "sen", "rep", "st", "md", "jr", "no", "sept", *MONTHS}


@dataclass(frozen=True)
class KeyEvent:
    """An event the timeline must show: its days and a pattern its source sentence matches."""

    start: date
    end: date
    pattern: str


KEY_EVENTS = [
    KeyEvent(date(2010, 12, 22), date(2010, 12, 22), r"Senate"),
    KeyEvent(date(2011, 1, 25), date(2011, 1, 25), r"Duma"),
    KeyEvent(date(2011, 1, 26), date(2011, 1, 26), r"Federation Council|upper house"),
    KeyEvent(date(2011, 1, 28), date(2011, 1, 28), r"sign"),
    KeyEvent(date(2011, 10, 4), date(2011, 10, 4), r"veto"),
    KeyEvent(date(2011, 11, 23), date(2011, 11, 23), r"Medvedev"),
    KeyEvent(date(2011, 12, 4), date(2011, 12, 4), r"election|vote"),
    KeyEvent(date(2011, 12, 10), date(2011, 12, 10), r"Bolotnaya|rally|protest"),
    KeyEvent(date(2011, 12, 16), date(2011, 12, 16), r"World Trade Organization|WTO"),
    KeyEvent(date(2011, 12, 24), date(2011, 12, 24), r"Sakharov|rally|protest"),
    KeyEvent(date(2012, 2, 4), date(2012, 2, 4), r"veto"),
    KeyEvent(date(2012, 3, 4), date(2012, 3, 4), r"election|vote"),
    KeyEvent(date(2012, 3, 7), date(2012, 3, 7), r"declared|Election Commission"),
    KeyEvent(date(2012, 3, 9), date(2012, 3, 9), r"Obama|call"),
    KeyEvent(date(2012, 3, 26), date(2012, 3, 26), r"Obama|Medvedev"),
    KeyEvent(date(2012, 5, 7), date(2012, 5, 7), r"sworn in|inaugurat|took office"),
    KeyEvent(date(2012, 5, 9), date(2012, 5, 9), r"Putin"),
    KeyEvent(date(2012, 5, 18), date(2012, 5, 19), r"G8|Group of Eight|Camp David"),
    KeyEvent(date(2012, 5, 20), date(2012, 5, 21), r"NATO"),
]


def _article_paths() -> list[Path]:
    folder = data_path("articles")
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES)


@cache
def _article(name: str) -> Article:
    return read_article(data_path("articles", name))


@cache
def _gold(stem: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(data_path("gold", f"{stem}.json").read_text("utf-8"))
    return document


def _gold_stems() -> list[str]:
    return sorted(p.stem for p in data_path("gold").glob("*.json"))


def _all_mentions() -> list[tuple[str, dict[str, Any]]]:
    return [(stem, m) for stem in _gold_stems() for m in _gold(stem)["mentions"]]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (a cautious splitter)."""

    def is_boundary(i: int) -> bool:
        if text[i] == "\n":
            return True
        if text[i] not in ".!?" or i + 1 >= len(text) or not text[i + 1].isspace():
            return False
        word = re.findall(r"[A-Za-z]+$", text[:i])
        abbreviated = bool(word) and (word[0].lower() in ABBREVIATIONS or len(word[0]) == 1)
        return not (text[i] == "." and abbreviated)

    left = start
    while left > 0 and not is_boundary(left - 1):
        left -= 1
    right = end
    while right < len(text) and not is_boundary(right):
        right += 1
    return text[left : right + 1]


def _day(text: str) -> date:
    return date.fromisoformat(text)


# -- the articles --------------------------------------------------------------------------


def test_corpus_has_enough_articles() -> None:
    assert len(_article_paths()) >= 31


@pytest.mark.parametrize("path", _article_paths(), ids=lambda p: p.name)
def test_article_reads_with_publication_date(path: Path) -> None:
    article = _article(path.name)
    assert article.published is not None, f"{path.name} has no publication date"
    assert article.published_how in ("header", "html-meta", "dateline", "filename")


@pytest.mark.parametrize(
    "path", [p for p in _article_paths() if SEED_NAME not in p.name], ids=lambda p: p.name
)
def test_article_length_is_a_short_dispatch(path: Path) -> None:
    words = len(_article(path.name).body.split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"{path.name}: {words} words"


@pytest.mark.parametrize("path", _article_paths(), ids=lambda p: p.name)
def test_article_claims_no_real_news_agency(path: Path) -> None:
    article = _article(path.name)
    assert not REAL_AGENCIES.search(article.source or "")
    assert not REAL_AGENCIES.search(article.body.split("--", 1)[0][:120])


@pytest.mark.parametrize(
    "path", [p for p in _article_paths() if p.suffix == ".html"], ids=lambda p: p.name
)
def test_html_article_text_has_no_page_furniture(path: Path) -> None:
    body = _article(path.name).body
    assert "<" not in body
    assert "cookie" not in body.lower()
    assert "function" not in body and "{" not in body


def test_four_formats_are_mixed_roughly_equally() -> None:
    routes = Counter(_article(p.name).published_how for p in _article_paths())
    total = sum(routes.values())
    for route in ("header", "html-meta", "dateline", "filename"):
        assert routes[route] >= total * 0.15, routes


def test_articles_span_the_period() -> None:
    published = sorted(_article(p.name).published or date.max for p in _article_paths())
    assert published[0] <= date(2010, 12, 31)
    assert published[-1] >= date(2012, 5, 1)
    months = {(d.year, d.month) for d in published}
    assert (2010, 12) in months and (2012, 5) in months


def test_seed_copy_is_byte_identical() -> None:
    if not SHARED_SEED.is_file():
        pytest.skip("the shared seed folder is not next to this checkout")
    copies = [p for p in _article_paths() if p.name.endswith(SEED_NAME)]
    assert len(copies) == 1
    assert copies[0].read_bytes() == SHARED_SEED.read_bytes()


def test_readme_lists_every_article() -> None:
    readme = data_path("README.md").read_text("utf-8")
    listed = set(re.findall(r"^\| `([^`]+)`", readme, flags=re.MULTILINE))
    assert listed == {p.name for p in _article_paths()}


# -- the gold annotations ------------------------------------------------------------------


def test_every_article_has_gold_and_every_gold_an_article() -> None:
    assert {p.stem for p in _article_paths()} == set(_gold_stems())


@pytest.mark.parametrize("stem", _gold_stems())
def test_gold_header_matches_article(stem: str) -> None:
    gold = _gold(stem)
    assert Path(gold["article"]).stem == stem
    assert _day(gold["published"]) == _article(gold["article"]).published
    assert gold["mentions"], f"{stem} has no annotated mentions"


@pytest.mark.parametrize("stem", _gold_stems())
def test_gold_quotes_are_in_the_article_text(stem: str) -> None:
    gold = _gold(stem)
    body = _article(gold["article"]).body
    seen: set[tuple[str, str]] = set()
    for mention in gold["mentions"]:
        quote, expression = mention["quote"], mention["expression"]
        assert len(quote) >= 20, quote
        at = body.find(quote)
        assert at >= 0, f"quote not in body: {quote!r}"
        assert expression in _sentence_around(body, at, at + len(quote)), expression
        assert (quote, expression) not in seen, f"annotated twice: {quote!r}"
        seen.add((quote, expression))


@pytest.mark.parametrize("stem", _gold_stems())
def test_gold_intervals_are_valid(stem: str) -> None:
    for mention in _gold(stem)["mentions"]:
        start, end = _day(mention["start"]), _day(mention["end"])
        assert start <= end, mention
        assert mention["precision"] in PRECISIONS, mention
        assert isinstance(mention["optional"], bool), mention


@pytest.mark.parametrize("stem", _gold_stems())
def test_gold_weekdays_match_the_calendar(stem: str) -> None:
    """A one-day mention written with a weekday falls on that weekday, near publication."""
    published = _day(_gold(stem)["published"])
    for mention in _gold(stem)["mentions"]:
        words = mention["expression"].lower()
        named = [i for i, name in enumerate(WEEKDAYS) if name in words]
        if not named or mention["start"] != mention["end"]:
            continue
        day = _day(mention["start"])
        assert day.weekday() == named[0], f"{mention['expression']} is not {day:%A %Y-%m-%d}"
        assert abs((day - published).days) <= 7, mention


@pytest.mark.parametrize("stem", _gold_stems())
def test_gold_month_and_day_match_the_expression(stem: str) -> None:
    """'Dec. 4' starts on December 4 and 'May 18-19' ends on May 19, whatever the year."""
    for mention in _gold(stem)["mentions"]:
        match = MONTH_DAY.search(mention["expression"])
        if match is None:
            continue
        start, end = _day(mention["start"]), _day(mention["end"])
        month = MONTHS[match.group(1)[:3].lower()]
        assert (start.month, start.day) == (month, int(match.group(2))), mention
        if match.group(3):
            assert (end.month, end.day) == (month, int(match.group(3))), mention


def test_gold_covers_the_period() -> None:
    firm = [m for _, m in _all_mentions() if not m["optional"]]
    months = {(d.year, d.month) for m in firm for d in (_day(m["start"]),)}
    assert (2010, 12) in months and (2012, 5) in months


@pytest.mark.parametrize("key", KEY_EVENTS, ids=lambda k: f"{k.start}..{k.end}")
def test_key_event_is_annotated(key: KeyEvent) -> None:
    """Every event the pipeline is held to is also a firm gold mention."""
    found = []
    for stem, mention in _all_mentions():
        if mention["optional"] or (_day(mention["start"]), _day(mention["end"])) != (
            key.start,
            key.end,
        ):
            continue
        body = _article(_gold(stem)["article"]).body
        at = body.find(mention["quote"])
        found.append(_sentence_around(body, at, at + len(mention["quote"])))
    assert any(re.search(key.pattern, sentence) for sentence in found), found


# -- end to end: the pipeline over the whole corpus ----------------------------------------


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[Any]]:
    from timeline.ingest import ingest_paths
    from timeline.store import Store

    store = Store(tmp_path_factory.mktemp("corpus") / "t.db")
    try:
        report = ingest_paths([data_path("articles")], store)
        events = store.events(with_sources=True)
    finally:
        store.close()
    return report, events


def test_ingest_reads_every_article(ingested: tuple[Any, list[Any]]) -> None:
    report, _ = ingested
    assert report.failed == []
    assert report.undated == []


def test_ingested_collection_spans_the_period(ingested: tuple[Any, list[Any]]) -> None:
    _, events = ingested
    months = {(e.start.year, e.start.month) for e in events}
    assert (2010, 12) in months and (2012, 5) in months


@pytest.mark.parametrize("key", KEY_EVENTS, ids=lambda k: f"{k.start}..{k.end}")
def test_key_event_is_on_the_timeline(ingested: tuple[Any, list[Any]], key: KeyEvent) -> None:
    _, events = ingested
    on_day = [e for e in events if (e.start, e.end) == (key.start, key.end)]
    sentences = [s.sentence for e in on_day for s in e.sources]
    assert any(re.search(key.pattern, s) for s in sentences), (
        f"no event on {key.start}..{key.end} from a sentence matching {key.pattern!r}; "
        f"found {[e.title for e in on_day]}"
    )
