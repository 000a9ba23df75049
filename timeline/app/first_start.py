"""First start: fill an empty default database from the bundled sample corpus."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from timeline.paths import DB_ENV, sample_articles_dir
from timeline.store import Store

log = logging.getLogger(__name__)


def uses_default_db(explicit: Path | str | None) -> bool:
    """True when neither ``--db`` nor ``$TIMELINE_DB`` chose the database."""
    return not explicit and not os.environ.get(DB_ENV)


def needs_sample(explicit: Path | str | None, store: Store) -> bool:
    """Whether to import the sample corpus: the default database and no article in it yet."""
    if not uses_default_db(explicit):
        return False
    if store.readonly or store.count_articles() > 0:
        return False
    folder = sample_articles_dir()
    if not folder.is_dir() or not any(folder.iterdir()):
        log.warning("no sample corpus found at %s", folder)
        return False
    return True


def sample_paths() -> list[Path]:
    """What the first start imports: the bundled sample folder."""
    return [sample_articles_dir()]
