"""Risk pictures: large enough to read, 100 or 1,000 people as on the printed summary."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.tokens import DARK, LIGHT
from neuromod_aid.ui.style import colours
from neuromod_aid.ui.widgets.icon_array import IconArray


def _risks_page(window):
    window.open_demo()
    window.walkthrough.go(3)
    return window.walkthrough.page("risks")


def test_each_risk_shows_the_same_picture_as_the_pdf(window) -> None:
    page = _risks_page(window)
    assert page.rows
    kinds = set()
    for row in page.rows:
        risk = window.services.catalog.therapy(row.therapy_id)
        risk = next(r for r in risk.risks if r.id == row.risk_id)
        printed = risk_figure(
            risk, Wording(window.services.catalog, window.controller.record.language)
        )
        expected = printed.grid or printed.grid_1000
        if expected is None:
            assert row.picture.isHidden()
            kinds.add("words")
            continue
        assert not row.picture.isHidden()
        assert row.picture.total == expected.total
        assert (row.picture.certain, row.picture.upper) == (
            expected.solid,
            expected.solid + expected.hatched,
        )
        kinds.add(expected.total)
    assert 1000 in kinds, "the demo must include a 1,000-people picture"


def test_words_stand_out_when_there_is_no_picture(window) -> None:
    page = _risks_page(window)
    words_only = [row for row in page.rows if row.picture.isHidden()]
    assert words_only
    frequency = words_only[0].findChild(type(page.intro), "frequencyOnly")
    assert frequency is not None and frequency.font().bold()


def test_the_pictures_are_large_and_the_outlines_visible(qtbot) -> None:
    hundred = IconArray()
    qtbot.addWidget(hundred)
    assert hundred.cell >= 16
    assert hundred.width() >= 170
    thousand = IconArray(total=1000)
    qtbot.addWidget(thousand)
    thousand.set_counts(25, 0, "about 25 in every 1,000")
    assert thousand.kind(24) == "solid" and thousand.kind(25) == "empty"
    assert "1,000" in thousand.accessibleName()
    edge = QColor(colours(thousand.palette()).icon_edge)
    assert edge.lightness() < 110  # a dark edge, not a faint grey


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


@pytest.mark.parametrize(
    ("window", "text", "drawn", "not_drawn"),
    [("#efefef", "#000000", LIGHT, DARK), ("#353535", "#f0f0f0", DARK, LIGHT)],
)
def test_the_pictures_take_the_colours_of_the_desktop_palette(
    qtbot, window, text, drawn, not_drawn
) -> None:
    """On a dark desktop the people are drawn in the dark variant: a light blue and
    light outlines that stand out, not the printed dark blue on a dark window."""
    icons = IconArray()
    qtbot.addWidget(icons)
    icons.setPalette(_palette(window, text))
    icons.set_counts(30, 10, "between 30 and 40 in every 100 people")
    image = icons.grab().toImage()
    seen = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert {drawn.brand, drawn.icon_fill} <= seen
    assert not {not_drawn.brand, not_drawn.icon_fill} & seen


def _colours_drawn(icons: IconArray) -> list[str]:
    image = icons.grab().toImage()
    return [
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    ]


def test_a_picture_on_screen_follows_new_counts_and_a_new_desktop_palette(qtbot) -> None:
    """A picture already on screen is drawn again when its figure changes (another
    consultation) or the desktop turns dark, never left as it was first drawn."""
    icons = IconArray()
    qtbot.addWidget(icons)
    icons.setPalette(_palette("#efefef", "#000000"))
    icons.set_counts(5, 0, "about 5 in every 100 people")
    few = _colours_drawn(icons).count(LIGHT.brand)
    icons.set_counts(40, 0, "about 40 in every 100 people")
    many = _colours_drawn(icons).count(LIGHT.brand)
    assert many > few * 4
    icons.setPalette(_palette("#353535", "#f0f0f0"))
    dark = set(_colours_drawn(icons))
    assert DARK.brand in dark and LIGHT.brand not in dark
