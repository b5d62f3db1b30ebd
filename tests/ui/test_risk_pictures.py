"""Risk pictures: large enough to read, 100 or 1,000 people as on the printed summary."""

from __future__ import annotations

from neuromod_aid.pdf.icons import risk_figure
from neuromod_aid.pdf.labels import Labels
from neuromod_aid.ui.widgets.icon_array import OTHERS_EDGE, IconArray


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
        printed = risk_figure(risk, Labels(window.controller.record.language))
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
    assert OTHERS_EDGE.lightness() < 110  # a dark edge, not a faint grey
