"""The extraction benchmark runs on a tiny TimeML folder and reports both systems."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.bench.extraction import dateparser_spans, main, project_spans, timeml_folders

TML = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2012-03-10">20120310</TIMEX3></DCT>
<TEXT>Obama called Putin on <TIMEX3 tid="t1" type="DATE" value="2012-03-09">Friday</TIMEX3>
after the <TIMEX3 tid="t2" type="DATE" value="2012-03-04">March 4</TIMEX3> election.</TEXT></TimeML>
"""


def test_project_spans_are_dates_with_values() -> None:
    text = "Obama called Putin on Friday for two hours."
    assert project_spans(text, date(2012, 3, 10)) == [(22, 28, "2012-03-09")]


def test_dateparser_spans_are_located_in_the_text() -> None:
    text = "The vote was on March 4, 2012 and again on March 4, 2012."
    spans = dateparser_spans(text, date(2012, 3, 10))
    assert spans, "search_dates should find the written dates"
    for start, end, value in spans:
        assert text[start:end].strip()
        assert len(value) == 10
    assert len({s for s, _, _ in spans}) == len(spans)


def test_timeml_folders_finds_subfolders(tmp_path: Path) -> None:
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "x.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert timeml_folders(tmp_path) == [tmp_path / "A"]
    assert timeml_folders(tmp_path / "A") == [tmp_path / "A"]


@pytest.mark.slow
def test_benchmark_json_reports_both_systems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "x.tml").write_text(TML, encoding="utf-8")
    code = main(["--timeml", str(tmp_path / "tml"), "--gold", str(tmp_path / "none"), "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    project = report["systems"]["project"]["timeml"]["tml"]
    assert project["value"]["f1"] == 1.0
    assert set(report["systems"]) == {"project", "dateparser"}
    assert report["corpus_articles"] == 0


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1998", "1998"),
        ("March 1998", "1998-03"),
        ("last month", "1998-03"),
        ("next year", "1998"),
        ("March 4", "1998-03-04"),
        ("Friday", "1998-03-04"),
        ("5 days ago", "1998-03-04"),
    ],
)
def test_dateparser_values_at_phrase_grain(phrase: str, value: str) -> None:
    from timeline.bench.extraction import at_phrase_grain

    text = f"It happened {phrase}."
    start = text.index(phrase)
    spans = [(start, start + len(phrase), "1998-03-04")]
    assert at_phrase_grain(text, spans) == [(start, start + len(phrase), value)]
