"""Page templates shared by every document: header, footer, "page x of y", metadata.

The header carries the clinic's name and how to reach it. The footer says whose
document it is, as patient identification asks, with two identifiers: the patient's
full name (next to "Page x of y", on its top line) and the record number or birth date
(the nurse sheet and the trial diary both, with a line to fill in where one is missing)
under it across the page, in the document's language. The total page count is known
only at the end, so the canvas keeps each page's drawing state and paints the footers in
:meth:`_NumberedCanvas.save` (one pass, no second build).

The metadata (title, subject, author) names the document and the clinic, never the
patient: it shows in file lists and search indexes the patient never sees.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from neuromod_aid.consultation import Clinic, Patient
from neuromod_aid.pdf.fonts import BOLD, FALLBACK, REGULAR, register_fonts
from neuromod_aid.pdf.page import FRAME_WIDTH as FRAME_WIDTH
from neuromod_aid.pdf.page import MARGIN as MARGIN
from neuromod_aid.pdf.page import PAGE_HEIGHT as PAGE_HEIGHT
from neuromod_aid.pdf.page import PAGE_WIDTH as PAGE_WIDTH
from neuromod_aid.pdf.styles import BRAND, INK, MUTED
from neuromod_aid.pdf.text import fit_lines, plain, runs
from neuromod_aid.present.wording import Wording

EDGE = 10 * mm  # from the page's top and bottom edges to the header and the footer
# the name and the identifiers fit this many lines above the bottom edge (large print's
# footer is 12 pt: a line fewer, as its identifiers have the whole width)
FOOTER_LINES = {False: 4, True: 3}
BLANK = "_" * 16  # room to write a missing identifier by hand
# the header, in its type size: the clinic's name (its baseline this far below the
# edge), how to reach it a line below, then its rule, then the space above the text
NAME_LINE, CONTACT_LINE, HEADER_RULE, HEADER_ROOM = 1.1, 2.45, 3.0, 3.5
# the footer, in its type size: the lines' leading, and its rule above the top line
FOOTER_LEADING, FOOTER_RULE = 1.25, 1.4


def furniture_size(large_print: bool) -> float:
    """The header's and footer's type size: 12 pt in large print (issue 11 §6)."""
    return 12.0 if large_print else 9.5


def top_margin(large_print: bool) -> float:
    """Room above the text frame: the header and its rule."""
    return EDGE + furniture_size(large_print) * HEADER_ROOM


def _footer_top(large_print: bool, lines: int = 0) -> float:
    """The baseline of the footer's top line when it has ``lines`` lines (at most)."""
    lines = lines or FOOTER_LINES[large_print]
    return EDGE + furniture_size(large_print) * FOOTER_LEADING * (lines - 1)


def bottom_margin(large_print: bool) -> float:
    """Room below the text frame: the footer at its tallest, its rule and a little
    space above it (the footer is larger in large print)."""
    return _footer_top(large_print) + furniture_size(large_print) * (FOOTER_RULE + 0.5)


def frame_height(large_print: bool) -> float:
    """The height of every page's text frame."""
    return PAGE_HEIGHT - top_margin(large_print) - bottom_margin(large_print)


def stacked_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height ``flowables`` take at the top of a frame, as the frame stacks them
    (no space before the first one, none counted after the last one)."""
    total = 0.0
    last = len(flowables) - 1
    for n, flowable in enumerate(flowables):
        _, height = flowable.wrap(width, PAGE_HEIGHT)
        total += height
        if n:
            total += flowable.getSpaceBefore()
        if n < last:
            total += flowable.getSpaceAfter()
    return total


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line from :func:`fit_lines`, characters only the fallback font has set in it."""
    for piece, is_fallback in runs(text):
        name = FALLBACK if is_fallback else font
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
    canvas.setFont(font, size)


@dataclass(frozen=True)
class PageDecor:
    """What every page shows around the content."""

    clinic: Clinic
    patient: Patient
    labels: Wording
    large_print: bool = False
    both_identifiers: bool = False  # record number AND birth date, a blank if one is missing

    @property
    def header_size(self) -> float:
        return furniture_size(self.large_print)

    def identifiers(self) -> list[str]:
        """'Record number: …', 'Date of birth: …': those the record has, or both with
        :attr:`both_identifiers`; a labelled blank to fill in for one that is missing,
        and for the birth date when the record has neither."""
        patient = self.patient
        known = {
            "record_number": patient.record_number,
            "date_of_birth": self.labels.date(patient.birth_date) if patient.birth_date else "",
        }
        shown = [key for key, value in known.items() if value or self.both_identifiers]
        return [f"{self.labels(key)}: {known[key] or BLANK}" for key in shown or ["date_of_birth"]]

    def draw_header(self, canvas: Canvas) -> None:
        canvas.saveState()
        size = self.header_size
        top = PAGE_HEIGHT - EDGE
        canvas.setFillColor(BRAND)
        for line in fit_lines(self.clinic.name, BOLD, size * 1.15, FRAME_WIDTH, 1):
            draw_text(canvas, MARGIN, top - size * NAME_LINE, line, BOLD, size * 1.15)
        contact = " · ".join(
            part
            for part in (
                f"{self.labels('phone')} {self.clinic.phone}" if self.clinic.phone else "",
                self.clinic.email,
            )
            if part
        )
        canvas.setFillColor(MUTED)
        for line in fit_lines(contact, REGULAR, size, FRAME_WIDTH, 1):
            draw_text(canvas, MARGIN, top - size * CONTACT_LINE, line, REGULAR, size)
        canvas.setStrokeColor(BRAND)
        canvas.setLineWidth(0.8)
        rule = top - size * HEADER_RULE
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.restoreState()

    def footer_lines(self, pages: int) -> list[str]:
        """The name, in the room beside "Page x of y" (on the footer's top line), then
        the identifiers across the whole width (on one line if they fit)."""
        size = self.header_size
        widest = self.labels("page_x_of_y", page=pages, pages=pages)
        room = FRAME_WIDTH - stringWidth(widest, BOLD, size) - size * 1.5
        items = self.identifiers()
        numbers = fit_lines(" · ".join(items), REGULAR, size, FRAME_WIDTH, len(items))
        if len(numbers) > 1:  # one identifier a line, each whole where it fits
            numbers = [
                line for item in items for line in fit_lines(item, REGULAR, size, FRAME_WIDTH, 1)
            ]
        name = self.labels("for_patient", name=self.patient.name)
        most = FOOTER_LINES[self.large_print] - len(numbers)
        return [*fit_lines(name, REGULAR, size, room, most), *numbers]

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        size = self.header_size
        leading = size * FOOTER_LEADING
        lines = self.footer_lines(pages)
        top = _footer_top(self.large_print, len(lines))
        rule = top + size * FOOTER_RULE
        canvas.setStrokeColor(BRAND)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.setFillColor(INK)
        for n, line in enumerate(lines):
            draw_text(canvas, MARGIN, top - n * leading, line, REGULAR, size)
        canvas.setFont(BOLD, size)
        canvas.drawRightString(  # beside the name's first line
            PAGE_WIDTH - MARGIN, top, self.labels("page_x_of_y", page=page, pages=pages)
        )
        canvas.restoreState()


def _numbered_canvas(decor: PageDecor) -> type[Canvas]:
    class _NumberedCanvas(Canvas):
        """Keeps every page until the end, then adds "Page x of y" footers."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decor.draw_footer(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    *,
    decor: PageDecor,
    title: str,
    subject: str,
    on_first_page: Callable[[Canvas], None] | None = None,
) -> bytes:
    """Lay out ``story`` on A4 pages with the header and footer; return the PDF bytes.
    ``title`` and ``subject`` say what the document is: never whose it is."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin(decor.large_print),
        bottomMargin=bottom_margin(decor.large_print),
        title=plain(title),
        author=plain(decor.clinic.name),
        subject=plain(subject),
        creator="neuromod-aid",
        producer="neuromod-aid (ReportLab)",
        lang=decor.labels.lang,
        initialFontName=REGULAR,
        initialFontSize=12,
        invariant=0,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        decor.draw_header(canvas)
        if on_first_page is not None and canvas.getPageNumber() == 1:
            on_first_page(canvas)

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    document.build(list(story), canvasmaker=_numbered_canvas(decor))
    return buffer.getvalue()
