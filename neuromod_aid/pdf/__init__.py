"""The printed documents: take-home summary, nurse pre-procedure sheet, trial diary,
the nurse's checklist for the team, and the trial result.

Qt-free. Each builder takes a :class:`~neuromod_aid.consultation.Consultation` and the
:class:`~neuromod_aid.catalog.model.Catalog` and returns the PDF as ``bytes``.
"""

from __future__ import annotations

import threading
from typing import Literal

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation

PdfKind = Literal[
    "summary", "summary_core", "nurse_sheet", "trial_diary", "nurse_checklist", "trial_result"
]
SUMMARIES: tuple[PdfKind, ...] = ("summary", "summary_core")  # in full; its core pages alone
_ONE_AT_A_TIME = threading.Lock()  # ReportLab keeps global state: never two builds at once


def build_document(
    kind: PdfKind, record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    """Build one document. ReportLab is imported here, on first use, not at start-up.
    Whichever threads ask (the window previews on a worker), one build runs at a time.
    The demo's documents carry its fictional clinic lead's sign-off (``demo``)."""
    from neuromod_aid.demo import with_demo_sign_off

    catalog = with_demo_sign_off(record, catalog)
    with _ONE_AT_A_TIME:
        if kind in SUMMARIES:
            from neuromod_aid.pdf.summary import Scope, build_summary

            scope: Scope = "core" if kind == "summary_core" else "full"
            return build_summary(record, catalog, large_print=large_print, scope=scope)
        if kind == "nurse_sheet":
            from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet

            return build_nurse_sheet(record, catalog, large_print=large_print)
        if kind == "nurse_checklist":
            from neuromod_aid.pdf.checklist import build_checklist

            return build_checklist(record, catalog, large_print=large_print)
        if kind == "trial_result":
            from neuromod_aid.pdf.trial_result import build_trial_result

            return build_trial_result(record, catalog, large_print=large_print)
        from neuromod_aid.pdf.trial_diary import build_trial_diary

        return build_trial_diary(record, catalog, large_print=large_print)


def needs_procedure(kind: PdfKind) -> bool:
    """The nurse sheet, the trial diary, the nurse's checklist and the trial result are
    about a planned procedure."""
    return kind not in SUMMARIES


def visit_documents(
    record: Consultation, catalog: Catalog, summary: PdfKind = "summary"
) -> tuple[PdfKind, ...]:
    """What a visit hands out, in the order it is given: the ``summary`` (in full or its
    core), and with a planned procedure the nurse sheet and, for a trial, the diary and,
    once its days are entered, the trial's result."""
    procedure = record.procedure
    if procedure is None:
        return (summary,)
    trial = procedure.kind == "trial" or (
        procedure.kind is None and catalog.therapy(procedure.therapy).trial.used
    )
    if not trial:
        return (summary, "nurse_sheet")
    result: tuple[PdfKind, ...] = ("trial_result",) if procedure.diary else ()
    return (summary, "nurse_sheet", "trial_diary", *result)
