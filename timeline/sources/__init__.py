"""Turn files into Articles: decoding, header blocks, HTML main text, publication dates."""

from timeline.sources.discover import ACCEPTED_SUFFIXES, iter_article_paths
from timeline.sources.errors import SourceError
from timeline.sources.reader import read_article

__all__ = ["ACCEPTED_SUFFIXES", "SourceError", "iter_article_paths", "read_article"]
