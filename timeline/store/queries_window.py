"""Read queries the main window needs beyond the Store's own (only the store speaks SQL)."""

from __future__ import annotations

from datetime import date

from timeline.store.store import Store


def publication_extent(store: Store) -> tuple[date, date] | None:
    """The first and last publication dates of the stored articles (None if none is dated)."""
    row = store.db.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])
