"""Large print's options table, a question at a time: the question on a line across the
page, then each option's answer on a row of its own, the option's name on its left and
current care's answer last, so that each therapy's answer is read with current care's
under it, on one page (a question's rows move to the next page together when they fit
on one). Answers that options next to each other give alike are said once, their names
together.

With the answers the page's whole width (less the names' column), they take fewer lines
than in columns side by side, and a picture (6 cm wide) has its words beside it rather
than under it. The pictures' key is the table's first row, repeated at the top of every
page the table is on, so no picture is on a page without its key (round 5's review).

Why not a table a therapy beside current care ("SCS | current care; DRG | current care;
PNS | current care"): its rows move whole to the next page and current care's answers
are said three times; the core of SCS, DRG and PNS beside current care took 11 pages
(8 at most, issue 11)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.layout import FRAME_WIDTH, stacked_height
from neuromod_aid.pdf.styles import BRAND_SOFT, grid_style, table_style

NAMES = 30 * mm  # the options' names, on the left
PICTURE = 62 * mm  # large print: 6 cm or more
BESIDE = 8  # between a picture and its words, in points
PADDING = (2, 3, 3)  # a cell's top, bottom, left and right
SIDES = 2 * PADDING[2]


@dataclass(frozen=True)
class Question:
    """One question's rows: its heading (a paragraph or two), then the answers, each
    with the names of the options that give it."""

    heading: list[Flowable]
    answers: list[tuple[list[Flowable], list[Flowable]]]


def answer_width() -> float:
    """The answers' column, inside its padding."""
    return FRAME_WIDTH - NAMES - SIDES


def narrowest() -> float:
    """The answers' narrowest text: beside a picture."""
    return answer_width() - PICTURE - BESIDE


def by_question(key: list[Flowable], questions: list[Question], tallest: float) -> Table:
    """The table: ``key`` on its first row (repeated on every page), then each question
    and its answers. A question's rows stay on one page when they are at most
    ``tallest`` high together, else the question stays with its first answer; a row is
    never split (the caller cuts an answer taller than a page)."""
    width = answer_width()
    data: list[list[Flowable | str | list[Flowable]]] = [[key, ""]]
    commands: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0))]
    for question in questions:
        start = len(data)
        data.append([question.heading, ""])
        height = stacked_height(question.heading, FRAME_WIDTH - SIDES)
        for names, cell in question.answers:
            beside = _beside(cell, width)
            data.append([names, beside])
            height += max(stacked_height(names, NAMES - SIDES), stacked_height(beside, width))
        height += (len(data) - start) * (PADDING[0] + PADDING[1])
        end = len(data) - 1 if height <= tallest / 3 else start + 1
        commands += [
            ("SPAN", (0, start), (-1, start)),
            ("BACKGROUND", (0, start), (-1, start), BRAND_SOFT),
            ("NOSPLIT", (0, start), (-1, end)),
        ]
    table = Table(data, colWidths=[NAMES, FRAME_WIDTH - NAMES], repeatRows=1, splitInRow=0)
    table.setStyle(grid_style(*commands, padding=PADDING))
    return table


def _beside(cell: list[Flowable], width: float) -> list[Flowable]:
    """``cell`` with each picture at the left of its words: the lines up to the next
    picture (the first picture's, the lines before it too)."""
    pictures = [n for n, flowable in enumerate(cell) if isinstance(flowable, IconArray)]
    if not pictures:
        return cell
    out: list[Flowable] = []
    for n, at in enumerate(pictures):
        start = 0 if n == 0 else at + 1
        end = pictures[n + 1] if n + 1 < len(pictures) else len(cell)
        words = [f for f in cell[start:end] if not isinstance(f, IconArray)]
        picture = cell[at]
        left = picture.width + BESIDE
        pair = Table([[picture, words]], colWidths=[left, width - left])
        pair.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            )
        )
        out.append(pair)
    return out
