"""Two balanced columns of short entries (glossary terms, references): down the first
column, then the second, and on to the next page when they do not fit.

ReportLab's ``BalancedColumns`` finds its column height with a golden-section search
that wraps every paragraph again at each step: it took about a quarter of the whole
summary's build. These entries are never split, so each is wrapped once per width and
the columns are balanced over the heights already known.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from reportlab.platypus import Flowable


class TwoColumns(Flowable):
    """``entries`` in two columns ``gutter`` apart; it starts on a new page when less
    than ``needed`` is left on this one."""

    def __init__(self, entries: Sequence[Flowable], gutter: float, needed: float = 0.0) -> None:
        super().__init__()
        self._entries = tuple(entries)
        self._gutter = gutter
        self._needed = needed
        self._measured_at = -1.0
        self._heights: tuple[float, ...] = ()
        self._left = len(self._entries)  # how many entries the first column holds

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._measure(availWidth)
        self.width = availWidth
        self._left, self.height = self._balanced()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The entries that fill both columns of the room left, then the rest."""
        if availHeight < self._needed:
            return []
        self._measure(availWidth)
        first = self._fitting(0, availHeight)
        both = self._fitting(first, availHeight)
        if both == first:  # not even one entry fits: the next page
            return []
        head, tail = self._entries[:both], self._entries[both:]
        return [TwoColumns(head, self._gutter), TwoColumns(tail, self._gutter)]

    def draw(self) -> None:
        column = self._column_width()
        for x, entries in (
            (0.0, self._entries[: self._left]),
            (column + self._gutter, self._entries[self._left :]),
        ):
            top = self.height
            for index, entry in enumerate(entries):
                if index:
                    top -= entry.getSpaceBefore()
                _, height = entry.wrap(column, self.height)
                entry.drawOn(self.canv, x, top - height)
                top -= height + entry.getSpaceAfter()

    def _column_width(self) -> float:
        return (self.width - self._gutter) / 2

    def _measure(self, width: float) -> None:
        if width == self._measured_at:
            return
        column = (width - self._gutter) / 2
        self._heights = tuple(
            entry.wrap(column, 1e9)[1] + entry.getSpaceBefore() + entry.getSpaceAfter()
            for entry in self._entries
        )
        self._measured_at = width

    def _balanced(self) -> tuple[int, float]:
        """The first column's entry count that makes the taller column the shortest
        (the first column the taller on a tie), and that column's height."""
        sums = (0.0, *accumulate(self._heights))
        total = sums[-1]
        best = min(range(len(sums)), key=lambda k: (max(sums[k], total - sums[k]), -k))
        return best, max(sums[best], total - sums[best])

    def _fitting(self, start: int, height: float) -> int:
        """The index after the last entry, from ``start``, that fits ``height``."""
        used = 0.0
        end = start
        for size in self._heights[start:]:
            if used + size > height:
                break
            used += size
            end += 1
        return end
