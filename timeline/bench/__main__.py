"""Dispatch ``python -m timeline.bench NAME [ARGS]`` to the benchmark module's ``main``."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "extract": "timeline.bench.extraction",
    "ingest": "timeline.bench.extract_ingest",
    "view": "timeline.bench.view",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in BENCHMARKS:
        names = ", ".join(BENCHMARKS)
        print(f"usage: python -m timeline.bench {{{names}}} [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(BENCHMARKS[argv[0]])
    return int(module.main(argv[1:]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
