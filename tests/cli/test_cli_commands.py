"""The command line: ingest, events in every format, tag, version, help and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main

SEED = Path(__file__).resolve().parents[2] / "data" / "articles"


def _events_json(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", ["ingest", "events", "tag", "view", "present", "handout"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: timeline " + command in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["ingest"],
        ["ingest", "x.txt", "--published", "2011-02-30"],
        ["events", "--from", "March 2011"],
        ["events", "--format", "xml"],
        ["tag", "-"],
        ["tag", "-", "--dct", "yesterday"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "error" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_program() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"timeline {__version__}"


def test_ingest_then_events_json_schema(
    good_folder: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(good_folder), "--db", str(db)]) == 0
    summary = capsys.readouterr().out
    assert "2 articles added" in summary and "0 failed" in summary
    events = _events_json(db, capsys)
    assert events, "the good articles state dated events"
    for event in events:
        assert set(event) == {"id", "start", "end", "precision", "title", "sources"}
        assert event["precision"] in {"day", "month", "season", "year", "decade"}
        assert event["start"] <= event["end"]
        for source in event["sources"]:
            assert set(source) == {
                "article_id", "path", "title", "published", "sentence", "expression", "offset",
            }  # fmt: skip
            assert source["expression"] in source["sentence"]
            body_path = Path(source["path"])
            assert body_path.is_file()
    assert [e["start"] for e in events] == sorted(e["start"] for e in events)
    duma = [e for e in events if any("Duma" in s["sentence"] for s in e["sources"])]
    assert [(e["start"], e["end"]) for e in duma] == [("2011-01-25", "2011-01-25")]


def test_reimport_is_idempotent(
    good_folder: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(good_folder), "--db", str(db)]) == 0
    first = _events_json(db, capsys)
    assert main(["ingest", str(good_folder), "--db", str(db)]) == 0
    assert "0 articles added, 0 replaced, 2 unchanged" in capsys.readouterr().out
    assert _events_json(db, capsys) == first


def test_events_filters_and_formats(
    good_folder: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ingest", str(good_folder), "--db", str(db)])
    everything = _events_json(db, capsys)
    in_2011 = _events_json(db, capsys, "--from", "2011", "--to", "2011-12")
    assert in_2011 and all(e["end"] >= "2011-01-01" for e in in_2011)
    assert len(in_2011) < len(everything)
    found = _events_json(db, capsys, "--search", "duma")
    assert found and all("Duma" in json.dumps(e) for e in found)
    assert _events_json(db, capsys, "--search", "zanzibar") == []
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["id"] for r in rows] == [str(e["id"]) for e in everything]
    assert main(["events", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert f"{len(everything)} event" in table and "2011-01-25" in table


def test_database_from_environment_variable(
    good_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("TIMELINE_DB", str(target))
    assert main(["ingest", str(good_folder)]) == 0
    assert target.exists()


def test_published_option_dates_undated_articles(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Officials met on Friday to discuss the treaty.")
    assert main(["ingest", str(article), "--db", str(db), "--published", "2012-03-10"]) == 0
    assert "0 undated" in capsys.readouterr().out
    [event] = _events_json(db, capsys)
    assert event["start"] == "2012-03-09"


def test_undated_article_is_imported_and_listed(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(
        "Officials met on Friday to discuss the treaty. It was signed on April 8, 2010, in Prague."
    )
    assert main(["ingest", str(article), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "1 undated" in captured.out and "undated.txt" in captured.err
    events = _events_json(db, capsys)
    assert [(e["start"], e["end"]) for e in events] == [("2010-04-08", "2010-04-08")]


def test_tag_prints_timeml_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Putin won the March 4 election and Obama called him on Friday."
    source = tmp_path / "t.txt"
    source.write_text(text)
    assert main(["tag", str(source), "--dct", "2012-03-10"]) == 0
    found = json.loads(capsys.readouterr().out)
    values = {text[t["start"] : t["end"]]: (t["type"], t["value"]) for t in found}
    assert values["March 4"] == ("DATE", "2012-03-04")
    assert any(v == ("DATE", "2012-03-09") for v in values.values())
    assert all(t["text"] == text[t["start"] : t["end"]] for t in found)


def test_tag_reads_standard_input() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run(
        [sys.executable, "-m", "timeline", "tag", "-", "--dct", "2011-02-05T09:30"],
        input="The treaty entered into force today.",
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    [timex] = json.loads(out.stdout)
    assert (timex["text"], timex["value"]) == ("today", "2011-02-05")
