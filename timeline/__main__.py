"""Run the command line: ``python -m timeline``."""

from timeline.cli import main

raise SystemExit(main())
