"""The fixed words of the documents (headings, captions, footers), in each language.

Clinical text comes from the catalog in the record's language; these are only the
document's own labels, one module a language (``labels_en``, ``labels_es``). Every
language has exactly the same keys (a test checks it).
Placeholders use ``str.format`` names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from neuromod_aid.catalog.model import Lang
from neuromod_aid.pdf.labels_en import EN
from neuromod_aid.pdf.labels_es import ES

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
        """A figure as the reader writes it: 1,000 / 1000; 0.31 / 0,31; 10,000 / 10 000."""
        if value == int(value):
            whole = int(value)
            if self.lang == "es":
                return f"{whole:,}".replace(",", " ") if whole >= 10_000 else str(whole)
            return f"{whole:,}"
        shown = f"{value:.2f}".rstrip("0").rstrip(".")
        return shown.replace(".", ",") if self.lang == "es" else shown

    def date(self, value: dt.date) -> str:
        """A date in words: 23 November 2026 / 23 de noviembre de 2026."""
        month = _MONTHS[self.lang][value.month - 1]
        if self.lang == "es":
            return f"{value.day} de {month} de {value.year}"
        return f"{value.day} {month} {value.year}"


_MONTHS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
