"""The fixed words of the documents (headings, captions, footers), in each language.

Clinical text comes from the catalog in the record's language; these are only the
document's own labels, one module a language (``labels_en``, ``labels_es``). Every
language has exactly the same keys (a test checks it). Numbers and dates are
formatted by :mod:`neuromod_aid.present.formatting`.
Placeholders use ``str.format`` names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from neuromod_aid.catalog.model import Lang
from neuromod_aid.pdf.labels_en import EN
from neuromod_aid.pdf.labels_es import ES
from neuromod_aid.present import formatting

LABELS: Final[dict[Lang, dict[str, str]]] = {"en": EN, "es": ES}


class Labels:
    """The labels of one language: ``labels("key", name=...)``."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self._table = LABELS[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def number(self, value: float) -> str:
        """A figure as the reader writes it (:func:`neuromod_aid.present.formatting.number`)."""
        return formatting.number(value, self.lang)

    def date(self, value: dt.date) -> str:
        """A date in words (:func:`neuromod_aid.present.formatting.date`)."""
        return formatting.date(value, self.lang)
