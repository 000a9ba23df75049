"""Event scores on the annotated sample corpus for the extraction benchmark."""

from __future__ import annotations

import bisect
import json
import logging
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.bench.extract_score import GoldMention, SystemMention, score_events
from timeline.extract import extract_mentions
from timeline.extract.sentences import split_sentences

if TYPE_CHECKING:
    from timeline.bench.extraction import SystemRun

log = logging.getLogger(__name__)


def read_gold(path: Path) -> tuple[str, date | None, list[GoldMention]]:
    """The article file name, publication day and gold mentions of one gold file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    mentions = [
        GoldMention(
            m["quote"],
            date.fromisoformat(m["start"]),
            date.fromisoformat(m["end"]),
            bool(m.get("optional", False)),
        )
        for m in data["mentions"]
    ]
    return data["article"], published, mentions


def dateparser_mentions(body: str, published: date | None) -> list[SystemMention]:
    """One day-precision mention per search_dates hit, in the sentence that holds it."""
    from timeline.bench.extraction import dateparser_spans

    sentences = split_sentences(body)
    starts = [s for s, _ in sentences]
    out = []
    for start, _end, value in dateparser_spans(body, published):
        index = max(0, bisect.bisect_right(starts, start) - 1)
        s_start, s_end = sentences[index] if sentences else (0, len(body))
        day = date.fromisoformat(value)
        out.append(SystemMention(body[s_start:s_end], day, day))
    return out


def project_mentions(body: str, published: date | None) -> list[SystemMention]:
    """This project's mentions reduced to sentence and interval."""
    return [SystemMention(m.sentence, m.start, m.end) for m in extract_mentions(body, published)]


def run_corpus(gold_dir: Path, articles_dir: Path, runs: dict[str, SystemRun]) -> int:
    """Score both systems on every gold file whose article exists; returns the count."""
    from timeline.sources import SourceError, read_article

    systems = {"project": project_mentions, "dateparser": dateparser_mentions}
    used = 0
    for gold_path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
        try:
            name, gold_published, gold = read_gold(gold_path)
            article = read_article(articles_dir / name)
        except (OSError, ValueError, KeyError, SourceError) as error:
            log.warning("skipping %s: %s", gold_path.name, error)
            continue
        published = article.published or gold_published
        used += 1
        for system_name, system in systems.items():
            run = runs[system_name]
            began = time.perf_counter()
            found = system(article.body, published)
            run.seconds += time.perf_counter() - began
            run.chars += len(article.body)
            run.events.add(score_events(found, gold))
    return used
