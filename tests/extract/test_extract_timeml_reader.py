"""The TimeML reader and the scores used by the extraction benchmark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.bench.extract_score import (
    Counts,
    GoldMention,
    SystemMention,
    TimexScores,
    score_events,
)
from timeline.bench.extract_timeml import parse_timeml, read_timeml_folder

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
<TEXT>
Leaders <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">today</TIMEX3> &amp; talked
for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>, AT&amp;T said <TIMEX3 tid="t3" type="DATE" value="1998-02-12">Thursday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_timeml_gives_text_offsets_types_and_dct() -> None:
    doc = parse_timeml(TML, "x.tml")
    assert doc.dct == date(1998, 2, 13)
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("today", "DATE", "1998-02-13"),
        ("two hours", "DURATION", "PT2H"),
        ("Thursday", "DATE", "1998-02-12"),
    ]


def test_read_timeml_folder_reads_sorted_files(tmp_path: Path) -> None:
    (tmp_path / "b.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "a.tml").write_text(TML.replace("1998-02-13", "1999-01-01"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    docs = list(read_timeml_folder(tmp_path))
    assert [d.name for d in docs] == ["a.tml", "b.tml"]
    assert docs[0].dct == date(1999, 1, 1)


@pytest.mark.parametrize(
    ("system", "relaxed", "strict", "value"),
    [
        ([(0, 5, "A")], 1, 1, 1),
        ([(0, 3, "A")], 1, 0, 1),
        ([(0, 5, "B")], 1, 1, 0),
        ([(6, 9, "A")], 0, 0, 0),
        ([(0, 5, "A"), (1, 4, "A")], 1, 1, 1),
    ],
)
def test_timex_scores(system: list, relaxed: int, strict: int, value: int) -> None:
    scores = TimexScores()
    scores.add(system, [(0, 5, "A")])
    assert (scores.relaxed.tp, scores.strict.tp, scores.value.tp) == (relaxed, strict, value)
    assert scores.relaxed.system == len(system) and scores.relaxed.gold == 1


def test_counts_f1() -> None:
    counts = Counts(tp=3, system=4, gold=6)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.5)
    assert counts.f1 == pytest.approx(0.6)
    assert Counts().f1 == 0.0


def test_event_score_counts_optional_golds_as_neither() -> None:
    day, other = date(2012, 3, 9), date(2012, 3, 4)
    gold = [
        GoldMention("agreed on Friday", day, day),
        GoldMention("the March 4 election", other, other, optional=True),
    ]
    system = [
        SystemMention("Obama and Putin agreed on Friday to talk.", day, day),
        SystemMention("He won the March 4 election.", other, other),
        SystemMention("He won the March 4 election.", day, day),
    ]
    counts = score_events(system, gold)
    assert (counts.tp, counts.system, counts.gold) == (1, 2, 1)
