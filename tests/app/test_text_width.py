"""Label widths summed per character: close to Qt's shaped width, never short of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from timeline.app.text_width import TextWidths

TITLES = [
    "Senate ratifies New START, 71 to 26",
    "Medvedev signs the ratification law",
    "Treaty enters into force in Munich",
    "AVAST: Wave, Tower, Yield — “quoted” at 10:30, €5bn",
    "Ökonomie: Straße, déjà vu, naïve façade",
    "Переговоры в Москве",
    "Synthetic economy event 12345",
]
#: Kerning only ever narrows a pair by a little; per-character sums may be this much wider.
ROOM_PX = 8.0


@pytest.mark.parametrize("bold", [False, True])
def test_summed_widths_are_close_and_never_short(qapp: QApplication, bold: bool) -> None:
    font = QFont(qapp.font())
    font.setBold(bold)
    metrics = QFontMetricsF(font)
    widths = TextWidths(metrics)
    for title in TITLES:
        exact = metrics.horizontalAdvance(title)
        assert exact - 0.75 <= widths.width(title) <= exact + ROOM_PX, title


@pytest.mark.parametrize(
    "text",
    [
        "مجلس الشيوخ يصادق على المعاهدة",  # joining script: shaped as a whole
        "e\u0301te\u0301",  # combining accents
        "प्रधानमंत्री",
    ],
)
def test_text_needing_shaping_is_measured_whole(qapp: QApplication, text: str) -> None:
    metrics = QFontMetricsF(qapp.font())
    assert TextWidths(metrics).width(text) == metrics.horizontalAdvance(text)


def test_empty_text_is_zero_wide(qapp: QApplication) -> None:
    assert TextWidths(QFontMetricsF(qapp.font())).width("") == 0.0


@pytest.mark.parametrize("room", [0.0, 8.0, 40.0, 95.5, 160.0, 400.0])
def test_elided_text_fits_and_keeps_as_much_as_fits(qapp: QApplication, room: float) -> None:
    metrics = QFontMetricsF(qapp.font())
    widths = TextWidths(metrics)
    for title in TITLES[:5]:
        short = widths.elide(title, room)
        assert metrics.horizontalAdvance(short) <= room + 0.5, (title, short)
        if short == title:
            continue
        assert short == "" or short.endswith("\N{HORIZONTAL ELLIPSIS}")
        kept = short.removesuffix("\N{HORIZONTAL ELLIPSIS}")
        assert title.startswith(kept)
        # Not cut shorter than Qt's own elision would (give or take a character).
        qt = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
        assert len(kept) >= len(qt.removesuffix("\N{HORIZONTAL ELLIPSIS}")) - 2


def test_text_needing_shaping_is_elided_by_qt(qapp: QApplication) -> None:
    metrics = QFontMetricsF(qapp.font())
    text = "مجلس الشيوخ يصادق على المعاهدة"
    expected = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 60)
    assert TextWidths(metrics).elide(text, 60) == expected


def test_the_canvas_font_skips_optional_shaping_so_sums_are_the_drawn_widths(
    qapp: QApplication,
) -> None:
    from timeline.app.text_width import canvas_font

    font = canvas_font(qapp.font())
    assert font.styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    assert font.family() == qapp.font().family() and font.pointSizeF() == qapp.font().pointSizeF()
    metrics = QFontMetricsF(font)
    widths = TextWidths(metrics)
    for title in TITLES[:4]:
        assert widths.width(title) == pytest.approx(metrics.horizontalAdvance(title), abs=0.75)
