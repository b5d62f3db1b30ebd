"""When to call the clinic at once: who to call (the clinic, out of hours, emergency
services), then the catalog's warning signs, in a red box; the signs list's own opening
and closing lines, which say the same as the call line, are not repeated. The summary
and the nurse sheet print the same box (:func:`warning_box`)."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Table

from neuromod_aid.catalog.model import (
    WARNING_SIGN_IDS,
    WARNING_SIGNS_ID,
    Catalog,
    InstructionSection,
)
from neuromod_aid.catalog.text import Text
from neuromod_aid.consultation import Clinic
from neuromod_aid.pdf.blocks import boxed, bullets, call_now, gap, para
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.present.wording import Wording


def warning_section(catalog: Catalog) -> InstructionSection:
    """The catalog's 'warning signs / when to call' instruction section."""
    return catalog.instruction(WARNING_SIGNS_ID)


def warning_parts(catalog: Catalog, therapies: tuple[str, ...]) -> list[InstructionSection]:
    """The warning signs every document prints, then those of a therapy among
    ``therapies`` (a pump's signs of too much or too little medicine only with a pump)."""
    sections = [catalog.instruction(section_id) for section_id in WARNING_SIGN_IDS]
    return [
        s for s in sections if s.id == WARNING_SIGNS_ID or any(t in s.therapies for t in therapies)
    ]


def signs_only(part: InstructionSection) -> tuple[Text, ...]:
    """The signs of ``part``: the main section opens with "call at once if you have any
    of these" and ends with "if you cannot reach the clinic, go to the emergency
    department", which the box's own call line already says above the signs."""
    if part.id != WARNING_SIGNS_ID:
        return part.items
    return part.items[1:-1]


def _two_columns(signs: list[str], sheet: StyleSheet1) -> Table:
    """The signs in two columns, down the first and then the second (normal print)."""
    half = (len(signs) + 1) // 2
    width = (FRAME_WIDTH - 24) / 2
    cells = [bullets(signs[:half], sheet), bullets(signs[half:], sheet)]
    table = Table([cells], colWidths=[width, width])
    table.setStyle(
        table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0))
    )
    return table


def warning_box(
    catalog: Catalog,
    clinic: Clinic,
    therapies: tuple[str, ...],
    labels: Wording,
    sheet: StyleSheet1,
    large: bool,
    take_along: bool = False,
) -> tuple[Flowable, list[str]]:
    """The red box, the summary's and the nurse sheet's alike: its heading, whom to call
    (and when closed, and the emergency services), then the signs of ``therapies``, in
    two columns in normal print; with ``take_along`` (the nurse sheet), to take the sheet
    and the device card to a hospital. Returned with the signs it prints."""
    lang = labels.lang
    parts = warning_parts(catalog, therapies)
    signs = [item(lang) for part in parts for item in signs_only(part)]
    rows: list[Flowable] = [
        para(warning_section(catalog).title(lang), "H2", sheet),
        para(call_now(clinic, labels), "BodyBold", sheet),
        *(bullets(signs, sheet) if large else [_two_columns(signs, sheet)]),
    ]
    if take_along:  # a procedure's sheet: there is, or will be, a device card
        rows.append(para(labels("warning_take_along"), "Body", sheet))
    return boxed(rows, FRAME_WIDTH, warning=True), signs


def warning_signs(ctx: SectionContext) -> SectionResult:
    therapies = ctx.record.therapies_discussed
    shown = Shown(ctx)
    for part in warning_parts(ctx.catalog, therapies):
        shown.cite(part.sources)
    box, signs = warning_box(
        ctx.catalog, ctx.record.clinic, therapies, ctx.labels, ctx.sheet, ctx.large
    )
    shown.texts += signs
    return shown.result([box, gap(ctx.sheet, 0.5)])
