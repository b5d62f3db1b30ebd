"""A stack of pages that keeps the height of the tallest, so nothing below it moves."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class SteadyStack(QStackedWidget):
    """Pages taking turns in one place, always as tall as the tallest page needs.

    A plain stack is only as tall as its current page, so a page coming or going moves
    what is below it, and the user's next click lands elsewhere.
    """

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pages = [page for i in range(self.count()) if (page := self.widget(i)) is not None]
        return max(
            page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
            for page in pages
        )
