"""A small catalog risk for present-layer tests."""

from __future__ import annotations

from neuromod_aid.catalog.text import Text
from neuromod_aid.catalog.therapy import Risk


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
