"""Find bundled resources and sample data, and the user's default database."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent

DB_ENV = "TIMELINE_DB"


def _top_level(name: str) -> Path:
    """The folder ``name`` from an installed wheel, else from the checkout."""
    bundled = _BUNDLED / name
    if bundled.is_dir():
        return bundled
    return _CHECKOUT / name


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, style sheets)."""
    return _top_level("resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    """A file under ``data/`` (the sample corpus and its annotations)."""
    return _top_level("data").joinpath(*parts)


def sample_articles_dir() -> Path:
    """The folder of bundled sample articles."""
    return data_path("articles")


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` if given, else ``$TIMELINE_DB``, else the platform's user data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("diplomatic-timeline", appauthor=False) / "timeline.db"
