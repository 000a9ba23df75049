"""Every kind of bad input: one clear line naming the file, the rest imported, nothing half-stored."""

from __future__ import annotations

import os
import pathlib
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.store import Store

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 64


def _write(name: str, content: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return make


def _huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        line = b"The treaty was debated again on Tuesday in the chamber.\n"
        handle.write(line * (21 * 1024 * 1024 // len(line) + 1))
    return path


def _empty_folder(folder: Path) -> Path:
    path = folder / "nothing-here"
    path.mkdir()
    (path / "notes.pdf").write_bytes(b"%PDF-1.4")
    return path


def _missing(folder: Path) -> Path:
    return folder / "does-not-exist.txt"


BAD_FILES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty file", _write("empty.txt", b""), "empty"),
    ("blank file", _write("blank.md", b"  \n\n \t\n"), "empty"),
    ("NUL bytes", _write("nul.txt", b"The Duma voted\x00\x00\x00 on Tuesday."), "binary"),
    ("image renamed .txt", _write("photo.txt", PNG), "PNG image"),
    ("over 20 MB", _huge, "too large"),
    ("undecodable", _write("mojibake.txt", b"The Duma voted \x81\x8d\x8f\x90 on Tuesday."), "undecodable"),
    ("folder with no articles", _empty_folder, "no articles"),
    ("missing path", _missing, "no such file or folder"),
    ("malformed HTML", _write("broken.html", "<!-- never closed <p>The Duma voted on Tuesday.</p>"), "malformed HTML"),
    (
        "HTML without main text",
        _write("furniture.html", "<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>"),
        "no main text",
    ),
    ("impossible header date", _write("bad-date.txt", "Title: X\nDate: 2011-02-30\n\nThe Duma voted on Tuesday."), "impossible date"),
    ("unparseable header date", _write("odd-date.txt", "Title: X\nDate: soon\n\nThe Duma voted on Tuesday."), "not a date"),
    ("header only", _write("header-only.txt", "Title: X\nDate: 2011-01-25\n"), "no article text"),
    ("unsupported file", _write("notes.docx", b"PK\x03\x04"), "not an article file"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "make", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_reported_and_the_rest_imported(
    label: str,
    make: Callable[[Path], Path],
    reason: str,
    good_folder: Path,
    tmp_path: Path,
    db: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad_place = tmp_path / "bad"
    bad_place.mkdir()
    bad = make(bad_place)
    code = main(["ingest", str(good_folder), str(bad), "--db", str(db)])
    captured = capsys.readouterr()
    assert code == 1, label
    lines = [line for line in captured.err.splitlines() if bad.name in line]
    assert len(lines) == 1, captured.err
    assert reason in lines[0] and str(bad) in lines[0]
    assert "Traceback" not in captured.err
    assert "2 articles added" in captured.out and "1 failed" in captured.out
    with Store(db) as store:
        assert sorted(Path(a.path).name for a in store.articles()) == ["good-1.txt", "good-2.txt"]
        assert store.integrity_ok()


def test_unreadable_file(
    good_folder: Path, tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    locked = tmp_path / "locked.txt"
    locked.write_text("The Duma voted on Tuesday.")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = pathlib.Path.read_bytes

        def refuse(self: pathlib.Path) -> bytes:
            if self.name == locked.name:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    assert main(["ingest", str(good_folder), str(locked), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"{locked}: cannot read the file: permission denied" in err
    locked.chmod(0o644)


@pytest.fixture
def read_only_db(db: Path, good_folder: Path) -> Iterator[Path]:
    """A database file that cannot be written, even by root (immutable when run as root)."""
    main(["ingest", str(good_folder / "good-1.txt"), "--db", str(db)])
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a file read-only for root here (no chattr +i)")
        yield db
        subprocess.run(["chattr", "-i", str(db)], check=True)
    else:
        db.chmod(0o444)
        yield db
        db.chmod(0o644)


def test_read_only_database(
    read_only_db: Path, good_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = main(["ingest", str(good_folder / "good-2.txt"), "--db", str(read_only_db)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and str(read_only_db) in err[0] and "read-only" in err[0]
    assert main(["events", "--db", str(read_only_db)]) == 0  # reading still works


def test_database_locked_by_another_writer(
    db: Path, good_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["ingest", str(good_folder / "good-1.txt"), "--db", str(db)])
    monkeypatch.setattr("timeline.store.connection.BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(db)
    other.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        code = main(["ingest", str(good_folder / "good-2.txt"), "--db", str(db)])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and str(db) in err[0] and "locked" in err[0]
    with Store(db) as store:
        assert [Path(a.path).name for a in store.articles()] == ["good-1.txt"]


@pytest.mark.parametrize("content", [b"just some text, not a database\n" * 100, PNG])
def test_file_that_is_not_a_database(
    tmp_path: Path, good_folder: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.db"
    fake.write_bytes(content)
    for argv in (["ingest", str(good_folder)], ["events"]):
        assert main([*argv, "--db", str(fake)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and str(fake) in err[0] and "not a SQLite database" in err[0]
    assert fake.read_bytes() == content
