"""Open the SQLite file with the project's settings and turn failures into one clear reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database


class StoreError(Exception):
    """The database cannot be used; the message names the file and the reason."""


#: How long a writer waits for another writer's lock before giving up.
BUSY_TIMEOUT_S = 3.0


def describe_error(path: Path, error: sqlite3.Error) -> StoreError:
    """A one-line ``StoreError`` naming ``path`` for an SQLite failure."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        reason = "the database is read-only"
    elif "locked" in text or "busy" in text:
        reason = "the database is locked by another program writing to it"
    elif "not a database" in text or "malformed" in text or "encrypted" in text:
        reason = "not a SQLite database (or a damaged one)"
    elif "unable to open" in text:
        reason = "cannot open the database file (missing folder or no permission)"
    else:
        reason = str(error)
    return StoreError(f"{path}: {reason}")


def connect(path: Path, *, readonly: bool = False) -> Database:
    """A sqlite-utils ``Database`` on ``path`` with WAL and foreign keys on."""
    try:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                check_same_thread=False,
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        # Touch the file so a non-database fails here rather than mid-import.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise describe_error(path, error) from error
    except OSError as error:
        raise StoreError(f"{path}: {error.strerror or error}") from error
    return db
