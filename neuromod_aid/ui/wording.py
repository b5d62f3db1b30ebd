"""The SURE questions, in the *consultation's* language.

These are patient-facing sentences (they follow the summary language, not the UI
language): their words are the catalog's wording (``sure_*``). The patient screen's
headings are the catalog's wording too (``screen_*``); figures, next steps and every
other sentence shared with the documents come from :mod:`neuromod_aid.present`,
worded with ``present.wording.Wording(catalog, lang)``.
"""

from __future__ import annotations

from neuromod_aid.catalog.model import Words
from neuromod_aid.consultation import SURE_FIELDS


def sure_questions(words: Words) -> tuple[str, ...]:
    """The four SURE questions as read to the patient."""
    return tuple(words(f"sure_{field}") for field in SURE_FIELDS)
