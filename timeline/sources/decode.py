"""Read a text file's bytes and decode them: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1252."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from timeline.sources.errors import SourceError

#: Larger files are refused: no news article is this big.
MAX_BYTES = 20 * 1024 * 1024

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "a SQLite database",
}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing missing, unreadable, empty and oversized files."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SourceError(shown, "is a folder, not a file")
        if size > MAX_BYTES:
            raise SourceError(
                shown, f"file too large ({size / 1024 / 1024:.1f} MB; the limit is 20 MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(shown, "no such file") from None
    except PermissionError:
        raise SourceError(shown, "cannot read the file: permission denied") from None
    except OSError as error:
        raise SourceError(shown, f"cannot read the file: {error.strerror or error}") from None
    if not data.strip():
        raise SourceError(shown, "the file is empty")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """Decode article bytes; binary data and undecodable text raise ``SourceError``."""
    shown = str(path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(shown, "undecodable text: broken UTF-16") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise SourceError(shown, f"binary file ({kind}), not text")
    if b"\x00" in data:
        raise SourceError(shown, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise SourceError(
                shown, "undecodable text: neither UTF-8, UTF-16 nor Windows-1252"
            ) from None
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise SourceError(shown, "binary file (control characters), not text")
    return text
