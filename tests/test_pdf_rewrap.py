"""A paragraph keeps its last wrap (``pdf.rewrap``): asked again at that width it gives
the same size and lines as a paragraph wrapped once; at another width, or once split,
it is broken into lines again, as ReportLab would."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from neuromod_aid.pdf.styles import stylesheet  # registers the fonts, and so the rewrap

TEXT = "Out of 1,000 people who had this, 25 had an infection where the device sits. " * 4


def _lines(paragraph: Paragraph) -> list[str]:
    return [" ".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]


def _fresh(width: float) -> tuple[tuple[float, float], list[str]]:
    paragraph = Paragraph(TEXT, stylesheet()["Body"])
    size = paragraph.wrap(width, 800)
    return size, _lines(paragraph)


def test_the_same_width_again_gives_the_same_lines_and_size() -> None:
    paragraph = Paragraph(TEXT, stylesheet()["Body"])
    first = paragraph.wrap(300, 800)
    kept = paragraph.blPara
    assert paragraph.wrap(300, 50) == first  # the height never changes the lines
    assert paragraph.blPara is kept  # not broken again
    assert (first, _lines(paragraph)) == _fresh(300)


def test_another_width_breaks_the_lines_again() -> None:
    paragraph = Paragraph(TEXT, stylesheet()["Body"])
    paragraph.wrap(300, 800)
    narrow = paragraph.wrap(150, 800)
    assert (narrow, _lines(paragraph)) == _fresh(150)
    wide = paragraph.wrap(300, 800)
    assert (wide, _lines(paragraph)) == _fresh(300)
    assert narrow[1] > wide[1]


def test_a_split_paragraph_is_wrapped_anew() -> None:
    paragraph = Paragraph(TEXT, stylesheet()["Body"])
    _, height = paragraph.wrap(150, 800)
    head, tail = paragraph.split(150, height / 2)
    tail.wrap(150, 800)
    assert _lines(head) + _lines(tail) == _fresh(150)[1]
    assert paragraph.split(150, 1) == []  # no room for two lines: ReportLab drops its lines
    assert paragraph.wrap(150, 800) == (150, height)  # so they are made again
    assert _lines(paragraph) == _fresh(150)[1]
