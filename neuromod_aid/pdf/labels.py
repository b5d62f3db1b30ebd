"""The documents' wording in one language, and how they write numbers and dates.

The words (headings, captions, footers) are content: the catalog's wording
(``resources/content/wording/``), read by id, in the record's language, checked by
``content check`` like every other text. Placeholders use ``str.format`` names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from neuromod_aid.catalog.model import Words
from neuromod_aid.catalog.text import Lang


class Labels(Words):
    """The wording of one language: ``Labels(catalog, "es")("key", name=...)``."""

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
        # a language without a month table (until dates come from Babel): English
        month = _MONTHS.get(self.lang, _MONTHS["en"])[value.month - 1]
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
