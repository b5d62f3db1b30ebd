"""Risk figures for the screen, the same words and counts as the printed summary."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Risk


@dataclass(frozen=True)
class Figure:
    words: str
    caption: str
    solid: int | None  # None: no picture (not known, rare, or not whole per 1,000)
    hatched: int
    total: int = 100  # people in the picture: 100 or 1,000
    picture_caption: str = ""  # "Each picture shows 1,000 people."
    same_as: str = ""  # "14 in 100 is the same as 140 in 1,000"


def risk_view(risk: Risk, catalog: Catalog, lang: Lang) -> Figure:
    from neuromod_aid.pdf.icons import risk_figure
    from neuromod_aid.pdf.labels import Labels

    figure = risk_figure(risk, Labels(catalog, lang))
    picture = figure.grid or getattr(figure, "grid_1000", None)
    if picture is None:
        return Figure(figure.words, figure.caption, None, 0)
    return Figure(
        figure.words,
        figure.caption,
        picture.solid,
        picture.hatched,
        total=getattr(picture, "total", 100),
        picture_caption=getattr(figure, "picture_caption", ""),
        same_as=getattr(figure, "same_as", ""),
    )
