"""Synthetic articles and mentions for store tests."""

from __future__ import annotations

import hashlib
from datetime import date

from timeline.core.records import Article, Mention


def make_article(path: str, body: str, published: date | None = date(2012, 3, 10)) -> Article:
    return Article(
        path=path,
        sha256=hashlib.sha256(body.encode()).hexdigest(),
        title=body[:30],
        body=body,
        published=published,
        published_how="header" if published else "none",
        source="Example Wire",
    )


def make_mention(sentence: str, day: date, end: date | None = None, title: str = "") -> Mention:
    return Mention(
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        expression="on Friday",
        expression_start=0,
        expression_end=9,
        start=day,
        end=end or day,
        precision="day",
        confidence=0.9,
        title=title or sentence[:40],
        lane="Diplomacy",
        tags=("g8",),
    )
