"""Large print's options table, a question at a time: the question on a line across the
page, then each option's answer on a row of its own, the option's name on its left and
current care's answer last, so that each therapy's answer is read with current care's
under it, on one page (a question's rows move to the next page together when they fit
on one). Answers that options next to each other give alike are said once, their names
together.

With the answers the page's whole width (less the names' column), they take fewer lines
than in columns side by side, and a picture (6 cm wide) has its words beside it rather
than under it (as many as it is high; the rest under both). The pictures' key is the
table's first row, repeated at the top of every page up to the last with a picture, so
no picture is on a page without its key (round 5's review); the names' column is as wide
as their widest word ("Tratamiento"), up to a quarter of the page, so that a name breaks
only between its words.
A page that goes on with a question's answers starts, under the key, with the question
"(continued)", so that no answer is on a page without the question it answers.

Why not a table a therapy beside current care ("SCS | current care; DRG | current care;
PNS | current care"): its rows move whole to the next page and current care's answers
are said three times; the core of SCS, DRG and PNS beside current care took 11 pages
(8 at most, issue 11)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.layout import FRAME_WIDTH, stacked_height
from neuromod_aid.pdf.styles import BRAND_SOFT, grid_style, table_style

NAMES = 30 * mm  # the options' names, on the left: at least
NAMES_MOST = FRAME_WIDTH / 4  # at most: a wider word breaks at a syllable
PICTURE = 62 * mm  # large print: 6 cm or more
BESIDE = 8  # between a picture and its words, in points
PADDING = (1, 3, 3)  # a cell's top (a line's own leading is above its capitals), bottom, sides
SIDES = 2 * PADDING[2]


@dataclass(frozen=True)
class Question:
    """One question's rows: its heading (a paragraph or two), then the answers, each
    with the names of the options that give it; ``again``, the heading of a page that
    goes on with its answers ("How likely it helps people like you (continued)")."""

    heading: list[Flowable]
    answers: list[tuple[list[Flowable], list[Flowable]]]
    again: list[Flowable]


class _Asked(Table):
    """The table, which goes on on the next page under its key, and there, when the page
    was cut between a question's answers, under that question's ``again``."""

    asked: tuple[list[Flowable], list[Question], float, float] | None = None  # by_question's

    def __init__(self, data: list[list[Any]], *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.rows = len(data)  # a part's too: ReportLab makes the parts of a split so

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.asked is None:
            return parts
        key, questions, tallest, names = self.asked
        done = cast(_Asked, parts[0]).rows - (1 if key else 0)  # this page's rows under it
        n = 0
        while done > len(questions[n].answers):  # the page holds the whole question
            done -= 1 + len(questions[n].answers)
            n += 1
        question = questions[n]  # the page holds its heading and done - 1 answers
        if done:
            question = Question(question.again, question.answers[done - 1 :], question.again)
        later = [question, *questions[n + 1 :]]
        drawn = pictured(*(cell for q in later for _, cell in q.answers))
        return [parts[0], by_question(key if drawn else [], later, tallest, names)]


def pictured(*cells: list[Flowable]) -> bool:
    """Whether any of ``cells`` holds a picture."""
    return any(isinstance(flowable, IconArray) for cell in cells for flowable in cell)


def names_width(widest_word: float) -> float:
    """The names' column for names whose widest word is ``widest_word`` points wide: at
    least :data:`NAMES`, at most :data:`NAMES_MOST`, else the word and the padding."""
    return min(max(NAMES, widest_word + SIDES), NAMES_MOST)


def answer_width(names: float) -> float:
    """The answers' column beside the names' column ``names``, inside its padding."""
    return FRAME_WIDTH - names - SIDES


def narrowest(names: float) -> float:
    """The answers' narrowest text: beside a picture."""
    return answer_width(names) - PICTURE - BESIDE


def by_question(
    key: list[Flowable], questions: list[Question], tallest: float, names: float
) -> Table:
    """The table: ``key`` on its first row (repeated on every page up to the last one
    with a picture; none after), then each question and its answers, their names in a
    column ``names`` wide. A question's rows stay on one page when they are at most
    ``tallest`` high together, else the question stays with its first answer; a row is
    never split (the caller cuts an answer taller than a page). A page that goes on with
    a question's answers starts, under the key, with its ``again``."""
    width = answer_width(names)
    data: list[list[Flowable | str | list[Flowable]]] = [[key, ""]] if key else []
    commands: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0))] if key else []
    for question in questions:
        start = len(data)
        data.append([question.heading, ""])
        height = stacked_height(question.heading, FRAME_WIDTH - SIDES)
        for named, cell in question.answers:
            beside = _beside(cell, width)
            data.append([named, beside])
            height += max(stacked_height(named, names - SIDES), stacked_height(beside, width))
        height += (len(data) - start) * (PADDING[0] + PADDING[1])
        end = len(data) - 1 if height <= tallest / 3 else start + 1
        commands += [
            ("SPAN", (0, start), (-1, start)),
            ("BACKGROUND", (0, start), (-1, start), BRAND_SOFT),
            ("NOSPLIT", (0, start), (-1, end)),
        ]
    table = _Asked(
        data, colWidths=[names, FRAME_WIDTH - names], repeatRows=1 if key else 0, splitInRow=0
    )
    table.setStyle(grid_style(*commands, padding=PADDING))
    table.asked = (key, questions, tallest, names)
    return table


def _beside(cell: list[Flowable], width: float) -> list[Flowable]:
    """``cell`` with each picture at the left of its words: the lines up to the next
    picture (the first picture's, the lines before it too), as many as the picture is
    high; the rest under both, across the column."""
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
        side, under = _fill(words, width - left, picture.height)
        pair = Table([[picture, side]], colWidths=[left, width - left])
        pair.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            )
        )
        out += [pair, *under]
    return out


def _fill(
    words: list[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The first of ``words`` that fit in ``height`` at ``width`` (the first one always),
    and the others."""
    fit = 1
    while fit < len(words) and stacked_height(words[: fit + 1], width) <= height:
        fit += 1
    return words[:fit], words[fit:]
