"""Plain records that flow from sources through extraction into the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "season", "year", "decade"]
PRECISIONS: tuple[Precision, ...] = ("day", "month", "season", "year", "decade")

PublishedHow = Literal["header", "html-meta", "dateline", "filename", "user", "none"]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, before extraction."""

    path: str
    sha256: str
    title: str
    body: str
    published: date | None
    published_how: PublishedHow
    source: str | None = None
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found by the tagger, with its TimeML value.

    ``start`` and ``end`` are character indices into the tagged text
    (``text == tagged[start:end]``); ``value`` is the ISO-TimeML value
    ("2012-03-09", "2012-03", "2012-W10", "2012-SP", "P3Y", "PRESENT_REF").
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One dated statement in one article: the sentence and its interval.

    Offsets are character indices into the article body. ``start`` and
    ``end`` are inclusive days; ``precision`` says how much of the interval
    is known (a month-precision mention spans its whole month).
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    expression: str
    expression_start: int
    expression_end: int
    start: date
    end: date
    precision: Precision
    confidence: float
    title: str
    lane: str = "Other"
    tags: tuple[str, ...] = field(default_factory=tuple)
