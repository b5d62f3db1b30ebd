"""A small catalog risk for present-layer tests, and which risks a summary names as the
same as an earlier option's."""

from __future__ import annotations

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Text
from neuromod_aid.catalog.therapy import Risk
from neuromod_aid.pdf.text import first_sentence


def make_risk(low: float | None, high: float | None, den: int, per: str = "people") -> Risk:
    """A risk named "Infection" with ``low``-``high`` in ``den`` ``per``."""
    return Risk(
        id="r",
        name=Text(en="Infection", es="Infección"),
        text=Text(en="R", es="R"),
        frequency_low=low,
        frequency_high=high,
        denominator=den,  # type: ignore[arg-type]
        per=per,  # type: ignore[arg-type]
        sources=("s",),
        article_risk=True,
    )


def said_before(catalog: Catalog, discussed: tuple[str, ...], therapy_id: str, risk: Risk) -> str:
    """The id of the first option discussed before ``therapy_id`` that has a risk with the
    same name, words and figure as ``risk`` in every language ("" when none): the
    summary's risk list names such a risk on one "The same as for ..." row."""

    def same(other: Risk) -> bool:
        figure = ("frequency_low", "frequency_high", "estimate", "denominator", "per")
        return (
            other.name == risk.name
            and all(
                first_sentence(other.text(lang)) == first_sentence(risk.text(lang))
                for lang in ("en", "es")
            )
            and all(getattr(other, field) == getattr(risk, field) for field in figure)
        )

    for earlier in discussed[: discussed.index(therapy_id)]:
        if any(same(other) for other in catalog.therapy(earlier).risks):
            return earlier
    return ""
