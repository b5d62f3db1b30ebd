"""A paragraph wrapped again at the width it was last wrapped at is not broken into
lines again.

ReportLab asks a paragraph for its size many times at one width: a table wraps
every cell each time it is measured and again as it draws it, a ``KeepTogether``
measures its content before the frame does. Breaking the lines is most of a
paragraph's cost (about 40 ms of the summary's build went to breaking lines that
were already broken), and the result depends only on the width (ReportLab's
``Paragraph.wrap`` reads nothing of the height but whether there is any), the text
and the style, which never change once a paragraph is made. So the lines of the last
wrap are kept with its width, and a wrap at that width returns its size.

They are forgotten when the lines are no longer the paragraph's own: ``split``
(which may delete them, or change the paragraph's fragments in place) or anything
that replaces them. :func:`remember_wraps` installs this once, for every paragraph.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.platypus.paragraph import Paragraph

_LAST = "_neuromod_last_wrap"  # (width, the lines, the size) of the last wrap


@cache
def remember_wraps() -> None:
    """Make every ``Paragraph`` keep its last wrap (once per process)."""
    wrap = Paragraph.wrap
    split = Paragraph.split

    def remembered_wrap(self: Paragraph, availWidth: float, availHeight: float) -> Any:
        last = self.__dict__.get(_LAST)
        if last is not None and last[0] == availWidth and self.__dict__.get("blPara") is last[1]:
            return last[2]
        size = wrap(self, availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        self.__dict__[_LAST] = None if lines is None else (availWidth, lines, size)
        return size

    def forgetting_split(self: Paragraph, availWidth: float, availHeight: float) -> Any:
        self.__dict__.pop(_LAST, None)
        return split(self, availWidth, availHeight)

    Paragraph.wrap = remembered_wrap  # type: ignore[method-assign, assignment]
    Paragraph.split = forgetting_split  # type: ignore[method-assign, assignment]
