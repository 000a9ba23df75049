"""Tag lanes: count the tags of events and give each event the lane of its most specific tag."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

#: The lane of an event without any tag.
UNTAGGED = "Untagged"
#: The lane of tagged events none of whose tags is frequent enough for a lane of its own.
OTHER_TAGS = "Other tags"
#: How many tags get a lane of their own (the most frequent ones).
MAX_TAG_LANES = 12


def tag_frequencies(tags_by_id: Mapping[int, tuple[str, ...]]) -> list[tuple[str, int]]:
    """Every tag with the number of events carrying it, most frequent first, then by name."""
    counts = Counter(t for tags in tags_by_id.values() for t in set(tags))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def tag_lanes(
    tags_by_id: Mapping[int, tuple[str, ...]],
    untagged: int,
    max_lanes: int = MAX_TAG_LANES,
) -> tuple[dict[int, str], list[str]]:
    """Each tagged event's lane and the lanes in display order.

    The lane tags are the ``max_lanes`` most frequent tags. Of those an event
    carries, the least frequent one (the most specific: "new start" rather than
    "russia") is its lane, ties going to the tag named first; events whose tags
    are all rarer go to ``OTHER_TAGS``. Lanes are ordered by how many events
    they hold, then by name, with ``OTHER_TAGS`` and then ``UNTAGGED`` (listed
    when ``untagged`` events exist, which are absent from ``tags_by_id``) last.
    """
    counts = tag_frequencies(tags_by_id)
    frequency = dict(counts)
    chosen = {tag for tag, _ in counts[:max_lanes]}
    lanes: dict[int, str] = {}
    for event_id, tags in tags_by_id.items():
        mine = [t for t in tags if t in chosen]
        if mine:
            lanes[event_id] = min(mine, key=lambda t: (frequency[t], tags.index(t)))
        elif tags:
            lanes[event_id] = OTHER_TAGS
    sizes = Counter(lanes.values())
    order = sorted((n for n in sizes if n != OTHER_TAGS), key=lambda n: (-sizes[n], n))
    if OTHER_TAGS in sizes:
        order.append(OTHER_TAGS)
    if untagged > 0:
        order.append(UNTAGGED)
    return lanes, order
