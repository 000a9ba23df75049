"""Presentation steps and the period the band shows for each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.core.viewport import Viewport, to_days
from timeline.store.rows import EventRow


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a presentation: an event and the teacher's note for it."""

    event: EventRow
    note: str = ""


def step_viewport(steps: Sequence[Step], index: int) -> Viewport:
    """The period to show at step ``index``: the event with its neighbours when they are near."""
    event = steps[index].event
    t0, t1 = to_days(event.start), to_days(event.end) + 1.0
    own = t1 - t0
    lo, hi = t0, t1
    for j in (index - 1, index + 1):
        if 0 <= j < len(steps):
            other = steps[j].event
            o0, o1 = to_days(other.start), to_days(other.end) + 1.0
            if max(hi, o1) - min(lo, o0) <= max(730.0, own * 4):
                lo, hi = min(lo, o0), max(hi, o1)
    span = max(hi - lo, own * 3, 60.0)
    centre = (lo + hi) / 2
    pad = span * 0.12
    return Viewport.from_days(centre - span / 2 - pad, centre + span / 2 + pad)
