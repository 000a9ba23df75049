"""The details panel and the article dialog show an event's sources and their sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from timeline.app.article_dialog import ArticleDialog
from timeline.app.details_panel import EMPTY_HINT, DetailsPanel
from timeline.app.event_text import highlighted_sentence, when_text
from timeline.app.timeline_model import TimelineModel
from timeline.store import ArticleRow, SourceRow, Store

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2012, 3, 9), date(2012, 3, 9), "day", "9 March 2012"),
        (date(2012, 5, 18), date(2012, 5, 19), "day", "18\u201319 May 2012"),
        (date(2012, 3, 30), date(2012, 4, 2), "day", "30 March \u2013 2 April 2012"),
        (date(2011, 12, 30), date(2012, 1, 2), "day", "30 December 2011 \u2013 2 January 2012"),
        (date(2012, 3, 1), date(2012, 3, 31), "month", "March 2012 (month)"),
        (date(2012, 3, 1), date(2012, 5, 31), "month", "March \u2013 May 2012 (months)"),
        (date(2012, 3, 1), date(2012, 5, 31), "season", "Spring 2012 (season)"),
        (date(2011, 12, 1), date(2012, 2, 29), "season", "Winter 2011\u201312 (season)"),
        (date(2011, 1, 1), date(2011, 12, 31), "year", "2011 (year)"),
        (date(2010, 1, 1), date(2019, 12, 31), "decade", "2010s (decade)"),
    ],
)
def test_when_text_says_the_date_as_precisely_as_known(
    qapp: object, start: date, end: date, precision: str, expected: str
) -> None:
    assert when_text(start, end, precision) == expected


def test_panel_starts_with_the_hint_and_shows_a_selected_event(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    panel = DetailsPanel(model)
    qtbot.addWidget(panel)
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text() == EMPTY_HINT

    camp_david = next(e for e in model.visible_events() if "Camp David" in e.title)
    model.select(camp_david.id)

    assert panel.stack.currentIndex() == 1
    assert panel.title.text() == camp_david.title
    assert panel.when.text() == "18\u201319 May 2012"
    assert panel.sentence_texts() == ["G8 summit at Camp David, the report said May 18-19."]
    card = panel.cards[0]
    assert "<b><span" in card.sentence.text() and "May 18-19</span></b>" in card.sentence.text()

    model.select(None)
    assert panel.stack.currentWidget() is panel.empty


def test_sentence_markup_is_escaped(sample_store: Store) -> None:
    source = sample_store.events(with_sources=True)[0].sources[0]
    risky = type(source).__new__(type(source))
    for name in source.__slots__:
        object.__setattr__(risky, name, getattr(source, name))
    object.__setattr__(risky, "sentence", "<script>x</script> on " + source.expression)
    object.__setattr__(risky, "sentence_start", 0)
    start = len("<script>x</script> on ")
    object.__setattr__(risky, "expression_start", start)
    object.__setattr__(risky, "expression_end", start + len(source.expression))
    text = highlighted_sentence(risky)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert f"<b><span>{source.expression}</span></b>" in text


def test_open_article_highlights_the_sentence_and_scrolls_to_it(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    panel = DetailsPanel(model)
    qtbot.addWidget(panel)
    last = model.visible_events()[-1]
    model.select(last.id)
    source = panel.cards[0].source

    with qtbot.waitSignal(panel.articleOpened) as opened:
        panel.cards[0].open_button.click()
    dialog = opened.args[0]  # a child of the panel's window, closed with it
    assert dialog.isVisible()
    assert dialog.highlighted_text() == source.sentence
    assert dialog.article.id == source.article_id


def test_article_dialog_scrolls_the_sentence_into_view(qtbot) -> None:
    filler = "".join(f"Paragraph {n} says nothing dated at all.\n\n" for n in range(80))
    sentence = "The summit opened on \U0001d54f Friday, May 18."
    body = filler + sentence + "\n\nMore text follows.\n"
    start = len(filler)
    expression = "Friday, May 18"
    article = ArticleRow(
        1,
        "/a.txt",
        "0" * 64,
        "Long article",
        "Wire",
        None,
        None,
        date(2012, 5, 19),
        "header",
        "2012-05-19",
        body,
    )
    source = SourceRow(
        1,
        1,
        "/a.txt",
        "Long article",
        "Wire",
        date(2012, 5, 19),
        sentence,
        start,
        start + len(sentence),
        expression,
        start + sentence.index(expression),
        start + sentence.index(expression) + len(expression),
        0.9,
    )
    dialog = ArticleDialog(article, source)
    qtbot.addWidget(dialog)
    dialog.resize(420, 260)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    # The highlight is exact despite a character outside the BMP before it.
    assert dialog.highlighted_text() == sentence
    rect = dialog.text.cursorRect()
    assert 0 <= rect.top() <= dialog.text.viewport().height()


def test_sentence_marks_follow_a_palette_switch(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    from timeline.app.details_panel import mark_colour
    from timeline.app.theme import dark_palette

    model = make_model(sample_store)
    panel = DetailsPanel(model)
    qtbot.addWidget(panel)
    model.select(model.visible_events()[0].id)
    panel.setPalette(dark_palette())
    dark_mark = mark_colour(dark_palette()).name()
    assert dark_mark in panel.cards[0].sentence.text()
    assert mark_colour(dark_palette()).lightness() < 128
