"""The layering rules: pure layers never import Qt, the CLI parses before Qt exists."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
PURE = ("core", "extract", "store", "sources")


@pytest.mark.parametrize("layer", PURE)
def test_pure_layer_source_never_mentions_qt(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.startswith(("PySide6", "shiboken6", "timeline.app")) for n in names), (
                f"{path.relative_to(PACKAGE.parent)} imports {names}"
            )


def test_importing_the_pipeline_and_cli_loads_no_qt() -> None:
    code = (
        "import sys, timeline.cli, timeline.ingest, timeline.store, timeline.extract, "
        "timeline.sources, timeline.core.records\n"
        "from timeline.cli import build_parser\n"
        "build_parser().parse_args(['events'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_only_the_store_speaks_sql() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "store" in path.relative_to(PACKAGE).parts[:1] or path.parts[-2] == "bench":
            continue
        text = path.read_text(encoding="utf-8")
        assert "import sqlite3" not in text, path
        assert ".execute(" not in text or "QProcess" in text, path
