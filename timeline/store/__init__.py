"""The SQLite store: the only layer that speaks SQL (through sqlite-utils)."""

from timeline.store.connection import StoreError
from timeline.store.rows import ArticleRow, EventRow, ImportResult, SourceRow
from timeline.store.store import Store

__all__ = ["ArticleRow", "EventRow", "ImportResult", "SourceRow", "Store", "StoreError"]
