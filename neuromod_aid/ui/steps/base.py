"""What every step of the walkthrough shares."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.present.formatting import language_name
from neuromod_aid.ui.headings import mark_heading

if TYPE_CHECKING:
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.ui.services import Services


class StepId(enum.StrEnum):
    """The steps of a consultation, in order."""

    PATIENT = "patient"
    PAIN = "pain"
    OPTIONS = "options"
    RISKS = "risks"
    QUESTIONS = "questions"
    SUMMARY = "summary"


class StepPage(QWidget):
    """One step: a scrolling page that reads from and writes to the controller.

    ``load`` fills the widgets from a record without writing anything back; the
    page writes each edit through ``services.controller.update``.
    """

    step_id: StepId
    presented = Signal()  # what the patient screen shows changed (not the record)
    rows_changed = Signal()  # controls were added, removed or moved: Tab's order is set again

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.heading.setContentsMargins(16, 12, 16, 4)
        mark_heading(self.heading)
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # sideways too when the page is wider than the room (200% on a small screen),
        # so a control at the right edge is never cut off
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # no Tab stop of its own: Tab scrolls the field it reaches into view
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 1)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(16, 4, 16, 16)
        self.body_layout.setSpacing(10)
        scroll.setWidget(self.body)
        self.scroll_area = scroll
        self._printed_in: list[QLabel] = []

    @property
    def record(self) -> Consultation | None:
        return self.services.controller.record

    def title(self) -> str:
        raise NotImplementedError

    def printed_in(self) -> QLabel:
        """A line saying which language the field beside it is printed in (the
        summary's, which may not be the program's): kept up to date by :meth:`load`."""
        badge = QLabel()
        badge.setObjectName("badge")
        badge.setWordWrap(True)
        self._printed_in.append(badge)
        return badge

    def load(self, record: Consultation) -> None:
        self._loading = True
        try:
            self.heading.setText(self.title())
            self.say_printed_in(record.language)
            self.fill(record)
        finally:
            self._loading = False

    def say_printed_in(self, language: str) -> None:
        """Each "printed in" line names the summary's ``language`` in the program's own."""
        languages = self.services.catalog.manifest.languages
        said_in = languages.get(self.services.ui_lang)
        name = language_name(language, said_in) if said_in is not None else language
        for badge in self._printed_in:
            badge.setText(self.tr("Printed for the patient in {0}.").format(name))

    def fill(self, record: Consultation) -> None:
        raise NotImplementedError

    def shown_item(self) -> tuple[str, ...]:
        """What of this step the patient screen shows: () for the step as a whole, else
        the ids of one item (an option; a therapy, or a therapy and one of its risks).

        A page whose item changes emits ``presented``.
        """
        return ()

    def to_top(self) -> None:
        """Back to the top: a different consultation starts at the beginning of each step."""
        for area in self.findChildren(QAbstractScrollArea):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        """A finished consultation: its fields cannot be changed, and stay readable.

        Text fields become read-only (their text keeps full contrast and can be
        selected and copied); every other control is disabled."""
        from neuromod_aid.ui.widgets.body_map import (
            BodyMap,  # not at start-up: it loads the catalog
        )

        editing = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView, BodyMap)
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
                # the style sheet's read-only look (no field to type in) follows the change
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            elif isinstance(widget, editing):
                widget.setEnabled(not read_only)

    def update_record(self, change: Callable[[Consultation], Consultation]) -> None:
        """Hand the controller ``change`` of the current record (see its ``update``);
        nothing while the page is being filled from a record."""
        if not self._loading:
            self.services.controller.update(change)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, larger by ``factor``: follows the system font size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def page_room(page: StepPage) -> int:
    """The width the page's content gets (the viewport lags while a page is hidden)."""
    margins = page.body_layout.contentsMargins()
    scroll_bar = page.scroll_area.verticalScrollBar().sizeHint().width()
    return page.width() - scroll_bar - margins.left() - margins.right()


def chars(widget: QWidget, count: int) -> int:
    """The width of ``count`` average characters in the widget's font, in pixels."""
    return max(widget.fontMetrics().averageCharWidth(), 1) * count


def side_by_side(layout: QBoxLayout, wide: bool) -> None:
    """Lay ``layout`` out in a row when there is room, else as a column (large fonts)."""
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
