"""Scores for the extraction benchmark: TimeML span/value F1 and event precision/recall."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Counts:
    """True positives against the sizes of the system and gold sets."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.system += other.system
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "system": self.system,
            "gold": self.gold,
        }


Span = tuple[int, int, str]  # start, end, value


@dataclass(slots=True)
class TimexScores:
    """Relaxed span, strict span and value counts over a set of documents."""

    relaxed: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)

    def add(self, system: Sequence[Span], gold: Sequence[Span]) -> None:
        """Score one document: each gold span matches at most one system span."""
        relaxed, strict, value = Counts(), Counts(), Counts()
        for counts in (relaxed, strict, value):
            counts.system, counts.gold = len(system), len(gold)
        used: set[int] = set()
        for g_start, g_end, g_value in gold:
            best = None
            for i, (s_start, s_end, _) in enumerate(system):
                if i in used or s_start >= g_end or s_end <= g_start:
                    continue
                if best is None or (s_start, s_end) == (g_start, g_end):
                    best = i
            if best is None:
                continue
            used.add(best)
            s_start, s_end, s_value = system[best]
            relaxed.tp += 1
            strict.tp += (s_start, s_end) == (g_start, g_end)
            value.tp += s_value == g_value
        self.relaxed.add(relaxed)
        self.strict.add(strict)
        self.value.add(value)


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One annotated event mention: its quote and inclusive interval."""

    quote: str
    start: date
    end: date
    optional: bool = False


@dataclass(frozen=True, slots=True)
class SystemMention:
    """One predicted mention reduced to what the event score compares."""

    sentence: str
    start: date
    end: date


def score_events(system: Iterable[SystemMention], gold: Sequence[GoldMention]) -> Counts:
    """Event counts for one article.

    A system mention is right when its sentence contains a gold quote and its
    start and end equal that gold's. Optional golds are not counted as misses
    and a system mention matching only optional golds is not a false positive.
    """
    counts = Counts(gold=sum(not g.optional for g in gold))
    matched: set[int] = set()
    for mention in system:
        hit = None
        for i, g in enumerate(gold):
            if i in matched or g.start != mention.start or g.end != mention.end:
                continue
            if _normal(g.quote) in _normal(mention.sentence) and (
                hit is None or (gold[hit].optional and not g.optional)
            ):
                hit = i
        if hit is None:
            counts.system += 1
            continue
        matched.add(hit)
        if not gold[hit].optional:
            counts.system += 1
            counts.tp += 1
    return counts


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())
