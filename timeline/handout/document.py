"""What a handout says: numbered events, quoted sentences, numbered source references."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale

from timeline.app.present.dates import day_text, when_text
from timeline.store.rows import EventRow, SourceRow

#: How many sentences are quoted per event (the rest are counted).
MAX_QUOTES = 3
#: What replaces the date words in a worksheet's sentences.
BLANK = "________"


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence quoted for an event and the number of its source reference."""

    text: str
    reference: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One numbered event of the handout."""

    number: int
    event_id: int
    title: str
    when: str
    lane: str
    start: date
    end: date
    quotes: tuple[Quote, ...]
    more_sources: int


@dataclass(frozen=True, slots=True)
class Reference:
    """A numbered source: the article, its publisher and publication date."""

    number: int
    title: str
    publisher: str
    published: str


@dataclass(frozen=True, slots=True)
class Handout:
    """A whole handout (or worksheet) ready to be laid out on pages."""

    title: str
    subtitle: str
    entries: tuple[Entry, ...]
    references: tuple[Reference, ...]
    lanes: tuple[str, ...]
    worksheet: bool


def blank_expression(source: SourceRow) -> str:
    """The sentence with its temporal expression replaced by a blank to fill in."""
    start = source.expression_start - source.sentence_start
    end = source.expression_end - source.sentence_start
    text = source.sentence
    if 0 <= start < end <= len(text) and text[start:end] == source.expression:
        text = text[:start] + BLANK + text[end:]
    elif source.expression and source.expression in text:
        text = text.replace(source.expression, BLANK, 1)
    return " ".join(text.split())


def extent_text(entries: Sequence[Entry], locale: QLocale | None = None) -> str:
    """ "December 2010 – May 2012": the months of the first start and the last end."""
    if not entries:
        return ""
    first = min(e.start for e in entries)
    last = max(e.end for e in entries)
    return when_text(first, last, "month", locale)


def build_handout(
    events: Sequence[EventRow],
    title: str,
    *,
    worksheet: bool = False,
    lane_of: Callable[[EventRow], str] | None = None,
    lanes: Sequence[str] | None = None,
    locale: QLocale | None = None,
) -> Handout:
    """Number the events in the given order and their sources in order of first use."""
    lane_for = lane_of or (lambda e: e.lane)
    ref_numbers: dict[int, int] = {}
    references: list[Reference] = []
    entries: list[Entry] = []
    for number, event in enumerate(events, start=1):
        quotes: list[Quote] = []
        seen: set[str] = set()
        for source in event.sources:
            sentence = blank_expression(source) if worksheet else " ".join(source.sentence.split())
            if sentence.casefold() in seen or len(quotes) >= MAX_QUOTES:
                continue
            seen.add(sentence.casefold())
            if source.article_id not in ref_numbers:
                ref_numbers[source.article_id] = len(references) + 1
                published = day_text(source.published, locale) if source.published else ""
                references.append(
                    Reference(
                        len(references) + 1,
                        source.article_title,
                        source.publisher or "",
                        published,
                    )
                )
            quotes.append(Quote(sentence, ref_numbers[source.article_id]))
        count = max(event.source_count, len(event.sources))
        entries.append(
            Entry(
                number=number,
                event_id=event.id,
                title=event.title,
                when=when_text(event.start, event.end, event.precision, locale),
                lane=lane_for(event),
                start=event.start,
                end=event.end,
                quotes=tuple(quotes),
                more_sources=max(0, count - len(quotes)),
            )
        )
    used = {e.lane for e in entries}
    ordered = [lane for lane in (lanes or sorted(used)) if lane in used]
    count_text = f"{len(entries)} event" + ("" if len(entries) == 1 else "s")
    subtitle = (
        f"Worksheet \u00b7 {count_text}"
        if worksheet
        else f"{count_text} \u00b7 {extent_text(entries, locale)}"
    )
    return Handout(title, subtitle, tuple(entries), tuple(references), tuple(ordered), worksheet)
