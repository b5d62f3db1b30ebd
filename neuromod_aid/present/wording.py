"""The words a presentation function is handed: one language's wording, numbers and dates.

The words are the catalog's wording (``resources/content/wording/``, read by id), the
documents' and the patient screen's alike; the numbers and dates are written as the
manifest declares the language (:mod:`neuromod_aid.present.formatting`). Whoever
renders makes one ``Wording(catalog, lang)`` and passes it in, so this package depends
on no renderer.
"""

from __future__ import annotations

import datetime as dt

from neuromod_aid.catalog.model import Words
from neuromod_aid.present import formatting


class Wording(Words):
    """One language's words, ``words("key", name=...)``, and its numbers and dates."""

    @property
    def locale(self) -> str:
        """The CLDR locale the manifest declares for the language ("en_GB", "es")."""
        return self.catalog.manifest.languages[self.lang].locale

    def counted(self, key: str, how_many: float, /, **values: object) -> str:
        """The wording ``key`` said of ``how_many`` things: its singular form, the id
        ``key + "_one"``, where the language's plural rule says the number in the singular
        ("alrededor de 1 tuvo", "1 day"), else ``key`` ("alrededor de 3 tuvieron")."""
        language = self.catalog.manifest.languages[self.lang]
        return self(f"{key}_one" if formatting.is_one(how_many, language) else key, **values)

    def unit(self, per: str, how_many: float, /) -> dict[str, str]:
        """What a figure counts (``per`` as the catalog names it: "procedures") and what
        happened to ``how_many`` of them and to the rest, for a wording's ``{per}``,
        ``{had}`` and ``{had_not}``: people "had this problem", operations "led to this
        problem", leads "were affected"."""
        return {
            "per": self(f"per_{per}"),
            "had": self.counted(f"had_{per}", how_many),
            "had_not": self(f"had_not_{per}"),
        }

    def number(self, value: float) -> str:
        """A figure as the reader writes it (:func:`neuromod_aid.present.formatting.number`)."""
        return formatting.number(value, self.catalog.manifest.languages[self.lang])

    def percent(self, value: float) -> str:
        """A whole percent (:func:`neuromod_aid.present.formatting.percent`)."""
        return formatting.percent(value, self.catalog.manifest.languages[self.lang])

    def date(self, value: dt.date) -> str:
        """A date in words (:func:`neuromod_aid.present.formatting.date`)."""
        return formatting.date(value, self.catalog.manifest.languages[self.lang])

    def day_month(self, value: dt.date) -> tuple[str, str]:
        """A date's day and short month (:func:`neuromod_aid.present.formatting.day_month`)."""
        return formatting.day_month(value, self.catalog.manifest.languages[self.lang])
