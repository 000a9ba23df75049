"""Temporal tagging and event-mention extraction for English news (pure, no Qt)."""

from timeline.extract.mentions import extract_mentions
from timeline.extract.tagger import tag

__all__ = ["extract_mentions", "tag"]
