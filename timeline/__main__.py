"""Run the command line: ``python -m timeline``."""

from timeline.cli import main

if __name__ == "__main__":  # not when a worker process imports this module
    raise SystemExit(main())
