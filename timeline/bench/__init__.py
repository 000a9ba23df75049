"""Benchmarks that print numbers: ``python -m timeline.bench {extract,ingest,view}``."""
