"""Small building blocks the three documents share (bullets, boxes, write-in lines)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple, TypeVar

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Therapy
from neuromod_aid.consultation import Clinic, Consultation, Procedure
from neuromod_aid.pdf.layout import frame_height
from neuromod_aid.pdf.styles import (
    BRAND,
    BRAND_SOFT,
    WARNING,
    WARNING_SOFT,
    WRITE_LINE,
    stylesheet,
    table_style,
)
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.formatting import NO_BREAK_SPACE
from neuromod_aid.present.wording import Wording

BULLET = "•"
AnyTable = TypeVar("AnyTable", bound=Table)
BOX = "☐"


def para(text: str, style: str, sheet: StyleSheet1) -> Paragraph:
    """A paragraph of text that may hold user or catalog text: always escaped."""
    return Paragraph(markup(text), sheet[style])


def as_lead(label: str) -> str:
    """A label as it opens a line, before its answer: "The trial:"; a question keeps its
    question mark alone, with no colon after it ("¿Hace falta operar? No.")."""
    label = label.removesuffix(":")
    return label if label.endswith("?") else label + ":"


def bold_lead(lead: str, text: str, style: str, sheet: StyleSheet1) -> Paragraph:
    """'Lead: text' with the lead in bold (:func:`as_lead`: a question has no colon); both
    escaped."""
    return Paragraph(f"<b>{markup(as_lead(lead))}</b> {markup(text)}", sheet[style])


def bullets(items: Iterable[str], sheet: StyleSheet1, symbol: str = BULLET) -> list[Flowable]:
    style = "Check" if symbol == BOX else "Bullet"
    return [Paragraph(markup(item), sheet[style], bulletText=symbol) for item in items]


def numbered(items: Sequence[tuple[str, str]], sheet: StyleSheet1) -> list[Flowable]:
    """1. **Title** text ..."""
    return [
        Paragraph(f"<b>{markup(title)}</b><br/>{markup(text)}", sheet["Bullet"], bulletText=f"{n}.")
        for n, (title, text) in enumerate(items, start=1)
    ]


class WriteLines(Flowable):
    """Ruled lines to write on by hand; at a page's foot, as many as it holds (two at
    least), never a few more at the top of the next page's other matter."""

    def __init__(self, count: int, spacing: float) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.spacing

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.spacing)
        if fits < 2 or fits >= self.count:
            return []
        return [WriteLines(fits, self.spacing)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(WRITE_LINE)
        canvas.setLineWidth(0.6)
        for n in range(self.count):
            y = n * self.spacing + 2
            canvas.line(0, y, self.width, y)


def boxed(
    rows: Sequence[Flowable],
    width: float,
    *,
    warning: bool = False,
    kind: type[AnyTable] = Table,  # type: ignore[assignment]
) -> AnyTable:
    """A shaded box, one row per flowable, so it can break across pages."""
    table = kind([[row] for row in rows], colWidths=[width], splitByRow=1, splitInRow=1)
    edge, fill = (WARNING, WARNING_SOFT) if warning else (BRAND, BRAND_SOFT)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 2 if warning else 1, edge),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        )
    )
    return table


def ruled_rows(
    rows: Sequence[Flowable], width: float, shaded: Iterable[int] = (), *, whole: bool = False
) -> list[Flowable]:
    """A compact list, one full-width row per flowable, ruled between rows; the rows
    ``shaded`` (by index) on a soft background; ``whole``: a row is never split across
    two pages. Used where a two-column table would leave half of each row empty (the
    detail pages' outcomes and risks); nothing without rows."""
    if not rows:
        return []
    table = Table([[row] for row in rows], colWidths=[width], splitInRow=0 if whole else 1)
    table.setStyle(
        table_style(
            ("LINEABOVE", (0, 0), (-1, 0), 1, BRAND),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, BRAND),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *(("BACKGROUND", (0, n), (0, n), BRAND_SOFT) for n in shaded),
        )
    )
    return [table]


class _KeptWhole(Table):
    """A table that moves to the next page rather than split, unless it is taller than
    a page (``page_height``) and has to."""

    page_height = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._height <= self.page_height:  # type: ignore[attr-defined]
            return []
        return super().split(availWidth, availHeight)


def side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    """Two lists in two columns of ``width``, top-aligned, kept whole on one page unless
    taller than a page (split, each column would read on across the break and back)."""
    half = width / 2
    table = _KeptWhole([[left, right]], colWidths=[half, half], splitInRow=1)
    table.page_height = frame_height(False)
    return table


def details_box(rows: Sequence[Flowable], width: float, *, large_print: bool) -> Table:
    """A box of the patient's or the procedure's details: :func:`boxed`, kept whole on
    one page."""
    table = boxed(rows, width, kind=_KeptWhole)
    table.page_height = frame_height(large_print)
    return table


def call_now(clinic: Clinic, labels: Wording) -> str:
    """'If you have any of these, call <clinic> straight away (on <phone>)', then
    what to do when the clinic is closed; a phone number never breaks across lines."""
    if clinic.phone.strip():
        text = labels("call_now", clinic=clinic.name, phone=unbroken(clinic.phone))
    else:
        text = labels("call_now_no_phone", clinic=clinic.name)
    closed = out_of_hours(clinic, labels)
    return f"{text} {closed}" if closed else text


def hours_line(clinic: Clinic, labels: Wording) -> str:
    """'Hours: …' in the document's language; empty when the clinic gave none in it."""
    hours = clinic.hours_in(labels.lang)
    return f"{labels('hours')}: {hours}" if hours else ""


def out_of_hours(clinic: Clinic, labels: Wording) -> str:
    """What to do when the clinic is closed, in the document's language, with its phone."""
    text = clinic.out_of_hours_in(labels.lang)
    phone = clinic.out_of_hours_phone.strip()
    if not (text or phone):
        return ""
    number = labels("out_of_hours_phone", phone=unbroken(phone)) if phone else ""
    return " ".join(part for part in (labels("out_of_hours"), after_colon(text), number) if part)


def unbroken(phone: str) -> str:
    """A phone number that never breaks across lines."""
    return NO_BREAK_SPACE.join(phone.split())


def after_colon(text: str) -> str:
    """Words as they read inside a sentence, after a colon: the clinic's "at night…" after
    "When we are closed:", not "At night…"; a medicine's "clopidogrel" after "You told us
    you take:" (a name or a short form, "NHS 111", keeps its capitals)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def contact_lines(clinic: Clinic, labels: Wording) -> list[str]:
    """Name; phone and email; hours; out of hours; address (lines left out when empty)."""
    reach = " · ".join(
        f"{labels(key)}: {value}"
        for key, value in (("phone", clinic.phone), ("email", clinic.email))
        if value.strip()
    )
    lines = (clinic.name, reach, hours_line(clinic, labels), out_of_hours(clinic, labels))
    return [line for line in (*lines, clinic.address) if line.strip()]


def contact_block(clinic: Clinic, labels: Wording, sheet: StyleSheet1) -> list[Flowable]:
    """The clinic's name in bold, then phone, email, hours and address, one per line."""
    first, *rest = contact_lines(clinic, labels)
    body = "<br/>".join(markup(line) for line in rest)
    text = f"<b>{markup(first)}</b>" + (f"<br/>{body}" if body else "")
    return [Paragraph(text, sheet["Body"])]


def contact_compact(clinic: Clinic, labels: Wording, sheet: StyleSheet1) -> list[Flowable]:
    """The clinic's name, then its phone (else email) in bold, then the opening hours,
    then what to do when it is closed with its number, as the full block says it: each on
    its own line, so a phone number is never cut in two."""
    reach = next(
        (
            f"{labels(key)}: {value}"
            for key, value in (("phone", clinic.phone), ("email", clinic.email))
            if value.strip()
        ),
        "",
    )
    lines = [f"<b>{markup(line)}</b>" for line in (clinic.name, reach) if line.strip()]
    night = out_of_hours(clinic, labels)
    lines += [markup(line) for line in (hours_line(clinic, labels), night) if line]
    return [Paragraph("<br/>".join(lines), sheet["Body"])]


def contact_rest(clinic: Clinic, labels: Wording) -> list[str]:
    """What :func:`contact_compact` leaves out: the email, where a phone is given, and
    the address (lines left out when empty)."""
    shown = clinic.phone.strip() and clinic.email.strip()
    email = f"{labels('email')}: {clinic.email}" if shown else ""
    return [line for line in (email, clinic.address) if line.strip()]


def gap(sheet: StyleSheet1, lines: float = 1.0) -> Spacer:
    return Spacer(1, sheet["Body"].leading * lines)


class ProcedureDocument(NamedTuple):
    """What the nurse sheet and the trial diary both start from."""

    large: bool
    labels: Wording
    sheet: StyleSheet1
    lang: Lang
    procedure: Procedure
    therapy: Therapy


def procedure_document(
    record: Consultation, catalog: Catalog, large_print: bool | None
) -> ProcedureDocument:
    """Print size, wording and the planned procedure these documents are about."""
    large = record.large_print if large_print is None else large_print
    procedure = record.procedure
    if procedure is None:
        raise ValueError("this document needs a planned procedure (record.procedure)")
    labels = Wording(catalog, record.language)
    return ProcedureDocument(
        large,
        labels,
        stylesheet(large, labels.locale),
        record.language,
        procedure,
        catalog.therapy(procedure.therapy),
    )
