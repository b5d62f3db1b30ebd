"""The options table's rows, shared by both print sizes: a row cut between its cells'
paragraphs so that no page break falls inside it (a picture kept with the line under
it), and an answer that options side by side give alike printed once across them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.layout import stacked_height
from neuromod_aid.pdf.sections.by_question import pictured

CELL_SIDES = 6  # a cell's padding, left and right


def row_parts(
    cells: list[list[Flowable]], widths: list[float], tallest: float
) -> list[list[list[Flowable]]]:
    """A row's cells as one row, or, when a cell is taller than ``tallest``, as the fewest
    rows each at most that tall: every cell cut between its paragraphs (a picture stays
    with the line under it), so that a page break never falls inside a row."""
    cut: list[list[list[Flowable]]] = []
    for cell, width in zip(cells, widths, strict=True):
        parts: list[list[Flowable]] = [[]]
        height = 0.0
        for kept in kept_groups(cell):
            size = stacked_height(kept, width - CELL_SIDES)
            if parts[-1] and height + size > tallest:
                parts.append([])
                height = 0.0
            parts[-1] += kept
            height += size
        cut.append(parts)
    count = max(len(parts) for parts in cut)
    return [[parts[n] if n < len(parts) else [] for parts in cut] for n in range(count)]


def shared_cells(
    answers: tuple[str, ...], cells: list[list[Flowable]], widths: list[float]
) -> list[tuple[int, list[Flowable], float]]:
    """A row's cells as (columns spanned, cell, width): an answer that options side by
    side give alike, with no picture, is printed once across their columns (the same
    after-care for SCS and DRG reads once, in fewer lines)."""
    out: list[tuple[int, list[Flowable], float]] = []
    for n, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        alike = n > 0 and answers[n] == answers[n - 1]
        if alike and not pictured(cell, out[-1][1]):
            span, kept, wide = out[-1]
            out[-1] = (span + 1, kept, wide + width)
        else:
            out.append((1, cell, width))
    return out


def kept_groups(cell: list[Flowable]) -> list[list[Flowable]]:
    """A cell's flowables in the groups that stay together: a picture with the
    paragraph under it."""
    groups: list[list[Flowable]] = []
    for flowable in cell:
        if groups and isinstance(groups[-1][-1], IconArray):
            groups[-1].append(flowable)
        else:
            groups.append([flowable])
    return groups
