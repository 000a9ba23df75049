"""Label widths fast enough for every label of every frame: per-character advances, summed.

Asking Qt for a string's advance shapes the string, about 16 µs each; a zoom
step that brings a few hundred new events into view spends several
milliseconds on it. For text in scripts that need no shaping (Latin, Greek,
Cyrillic and common punctuation), the sum of each character's advance is the
same width give or take kerning, which mostly narrows a pair: on the sample's
titles the sum was up to 5 px wider than Qt's and at most half a pixel
narrower, so the layout leaves room to spare rather than too little. The
canvas writes without kerning (``canvas_font``), so there the sums are the
drawn widths. Any other text is measured by Qt as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"

#: Anything outside these ranges may need shaping (combining marks, joining
#: scripts, emoji sequences, bidirectional controls): such text is measured whole.
_NEEDS_SHAPING = re.compile(
    "[^\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u058f\u2010-\u2027\u2030-\u205e\u20a0-\u20cf]"
)


def canvas_font(font: QFont) -> QFont:
    """``font`` as the timeline canvas writes with it: no optional shaping.

    Kerning and ligatures are left out of scripts that do not need them
    (``PreferNoShaping``): text is written in about two thirds of the time, and
    the per-character sums below become the widths Qt draws. Scripts that need
    shaping are still shaped.
    """
    canvas = QFont(font)
    canvas.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return canvas


class _Advances(dict[str, float]):
    """Each character's advance, asked of Qt the first time the character is met."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        super().__init__()
        self._metrics = metrics

    def __missing__(self, char: str) -> float:
        advance = self[char] = self._metrics.horizontalAdvance(char)
        return advance


class TextWidths:
    """The advance width of label texts in one font (see the module notes)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self._advance = _Advances(metrics).__getitem__

    def width(self, text: str) -> float:
        """The width of ``text``: summed per character where that is safe, else Qt's."""
        if text.isascii() or _NEEDS_SHAPING.search(text) is None:
            return sum(map(self._advance, text))
        return self._metrics.horizontalAdvance(text)

    def elide(self, text: str, room: float) -> str:
        """``text`` cut at the right, with an ellipsis, to fit ``room`` px.

        Where summing is safe the cut is found from the running sum of advances
        (Qt's ``elidedText`` shapes the text for every width it tries).
        """
        if _NEEDS_SHAPING.search(text) is not None:
            return self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        ends = list(accumulate(map(self._advance, text)))
        if not ends or ends[-1] <= room:
            return text
        room -= self._advance(ELLIPSIS)
        if room < 0:
            return ""
        return text[: bisect_right(ends, room)].rstrip() + ELLIPSIS
