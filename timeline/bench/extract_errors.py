"""Error listings for the extraction benchmark: what the project missed, added or misvalued."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from timeline.bench.extract_score import Span, _normal
from timeline.bench.extract_timeml import TimemlDoc

_CONTEXT = 50


def _around(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def timex_errors(doc: TimemlDoc, system: list[Span]) -> Iterator[tuple[str, str]]:
    """(category, line) for each DATE/TIME error in one TimeML document.

    Categories: "missed" (no overlapping system span), "spurious" (no
    overlapping gold span) and "value" (overlapping, but no overlapping system
    span has the gold value).
    """
    gold = [(t.start, t.end, t.value) for t in doc.timexes if t.type in ("DATE", "TIME")]
    for g_start, g_end, g_value in gold:
        near = [s for s in system if s[0] < g_end and g_start < s[1]]
        where = f"{doc.name} dct={doc.dct}"
        if not near:
            yield "missed", f"{where} gold={g_value} {_around(doc.text, g_start, g_end)}"
        elif not any(s[2] == g_value for s in near):
            ours = ", ".join(f"{doc.text[s[0] : s[1]]!r}={s[2]}" for s in near)
            line = f"{where} gold={g_value} ours: {ours} {_around(doc.text, g_start, g_end)}"
            yield "value", line
    for s_start, s_end, s_value in system:
        if not any(s_start < g[1] and g[0] < s_end for g in gold):
            yield "spurious", f"{doc.name} ours={s_value} {_around(doc.text, s_start, s_end)}"


def event_errors(gold_dir: Path, articles_dir: Path) -> Iterator[tuple[str, str]]:
    """(category, line) for each event-level error on the annotated corpus."""
    from timeline.bench.extract_events import read_gold
    from timeline.extract import extract_mentions
    from timeline.sources import SourceError, read_article

    for gold_path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
        try:
            name, gold_published, gold = read_gold(gold_path)
            article = read_article(articles_dir / name)
        except (OSError, ValueError, KeyError, SourceError):
            continue
        published: date | None = article.published or gold_published
        mentions = extract_mentions(article.body, published)
        for m in mentions:
            if not any(
                _normal(g.quote) in _normal(m.sentence) and (g.start, g.end) == (m.start, m.end)
                for g in gold
            ):
                line = f"{name} {m.expression!r} {m.start}..{m.end} {m.precision}: {m.sentence}"
                yield "event false positive", " ".join(line.split())[:240]
        for g in gold:
            if not g.optional and not any(
                _normal(g.quote) in _normal(m.sentence) and (g.start, g.end) == (m.start, m.end)
                for m in mentions
            ):
                yield "event missed", f"{name} {g.start}..{g.end}: {g.quote}"


def print_errors(errors: list[tuple[str, str]], out: Callable[[str], None] = print) -> None:
    """Print the errors grouped by category, with a count per category first."""
    counts = Counter(category for category, _ in errors)
    out("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for category in sorted(counts):
        out(f"== {category} ({counts[category]})")
        for cat, line in errors:
            if cat == category:
                out(f"  {line}")
