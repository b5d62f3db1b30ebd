"""The take-home summary: the patient's own consultation, as a decision aid.

Order (issue #4): key points on page 1; what matters most to you and where you are
leaning (issue #11); your pain; what neuromodulation is; each
therapy discussed; the options side by side; your questions; notes; next steps;
warning signs; glossary; sources; about this summary. Each section is a module of
:mod:`neuromod_aid.pdf.sections`; the glossary and the sources list what the sections
before them showed and cited.
"""

from __future__ import annotations

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf.layout import PageDecor, build_pdf
from neuromod_aid.pdf.sections.about import about
from neuromod_aid.pdf.sections.comparison import comparison
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.sections.cover import cover
from neuromod_aid.pdf.sections.glossary import glossary
from neuromod_aid.pdf.sections.next_steps import next_steps
from neuromod_aid.pdf.sections.questions import notes, questions
from neuromod_aid.pdf.sections.sources import sources
from neuromod_aid.pdf.sections.therapy import neuromodulation, therapy
from neuromod_aid.pdf.sections.values import what_matters
from neuromod_aid.pdf.sections.warning_signs import warning_signs
from neuromod_aid.pdf.sections.your_pain import your_pain
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.present.wording import Wording


def build_summary(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    """The summary PDF as bytes; ``large_print`` defaults to the record's choice."""
    large = record.large_print if large_print is None else large_print
    labels = Wording(catalog, record.language)
    ctx = SectionContext(record, catalog, labels, stylesheet(large, labels.locale), large)
    body = SectionResult.combine(
        [
            cover(ctx),
            what_matters(ctx),
            your_pain(ctx),
            neuromodulation(ctx),
            *(therapy(ctx, item) for item in ctx.therapies),
            comparison(ctx),
            questions(ctx),
            notes(ctx),
            next_steps(ctx),
            warning_signs(ctx),
        ]
    )
    story = SectionResult.combine(
        [body, glossary(ctx, body.terms), sources(ctx, body.sources), about(ctx)]
    )
    return build_pdf(
        story.flowables,
        decor=PageDecor(record.clinic, record.patient, labels, large),
        title=labels("summary_title"),
        subject=labels("summary_subtitle"),
    )
