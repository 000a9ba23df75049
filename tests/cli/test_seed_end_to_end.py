"""The foundation's "done when": the seed article through ingest and events."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.paths import data_path

SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_253e49cc8d59382d.txt"
SHIPPED_SEED = data_path("articles", "2012-03-10-000_253e49cc8d59382d.txt")


def test_seed_article_yields_the_expected_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the issue asks: the seed as given (no date of its own) with --published.
    seed = tmp_path / "000_253e49cc8d59382d.txt"
    shutil.copyfile(SHARED_SEED if SHARED_SEED.exists() else SHIPPED_SEED, seed)
    db = tmp_path / "seed.db"
    assert main(["ingest", str(seed), "--published", "2012-03-10", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    by_interval = {
        (e["start"], e["end"]): " ".join(s["sentence"] for s in e["sources"]) for e in events
    }
    expected = {
        ("2012-03-09", "2012-03-09"): "agreed on Friday",
        ("2012-03-04", "2012-03-04"): "March 4 presidential election",
        ("2012-03-07", "2012-03-07"): "declared the winner",
        ("2012-03-08", "2012-03-08"): "a day earlier",
        ("2012-05-18", "2012-05-19"): "G8 summit",
    }
    for interval, words in expected.items():
        assert interval in by_interval, f"missing {interval}"
        assert words in by_interval[interval]
    for event in events:
        if (event["start"], event["end"]) not in expected:
            # Only the vague spans may add anything, and never as a precise day.
            assert event["precision"] != "day", event
