"""The layout at 1366 x 768: cards stay readable, nothing is clipped."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang", ["en", "es"])
def test_option_cards_stay_readable_with_the_explanation_open(make_window, lang) -> None:
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(2)
    options = window.walkthrough.page("options")
    options.cards[options._order[0]].open_button.click()
    char = options.fontMetrics().averageCharWidth()
    for card in options.cards.values():
        assert card.width() >= 30 * char
    assert options.explanation.width() >= 40 * char
