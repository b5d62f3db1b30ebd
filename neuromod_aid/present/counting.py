"""A figure's numbers as whole people: no fraction of a person is ever said
(:func:`whole_counts`), a figure moved to another denominator without float noise
(:func:`rescaled`), and rounding half up (:func:`half_up`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Counts:
    """A figure's numbers as whole people (or operations...) out of ``denominator``;
    ``about`` when one of them had to be rounded to be whole."""

    denominator: int
    values: tuple[int, ...]
    about: bool = False


def whole_counts(values: tuple[float, ...], denominator: int) -> Counts:
    """``values`` in ``denominator`` as whole numbers: exactly out of 100 when they all
    are whole there, else exactly out of 1,000; else rounded half up out of 1,000 (213 in
    10,000 is about 21 in 1,000), or out of 10,000 and beyond when a figure is under 1
    there (0.71 in 1,000 is about 7 in 10,000) or rounding would make two figures one."""
    for den in (100, 1000):
        exact = [whole(rescaled(value, denominator, den)) for value in values]
        if None not in exact:
            return Counts(den, tuple(n for n in exact if n is not None))
    den = 1000
    while True:
        scaled = [rescaled(value, denominator, den) for value in values]
        counts = tuple(half_up(value) for value in scaled)
        kept = all(value >= 1 for value in scaled if value > 0)
        if kept and len(set(counts)) == len(set(values)):
            return Counts(den, counts, about=list(counts) != scaled)
        den *= 10


def half_up(value: float) -> int:
    """``value`` rounded half up (2.5 is 3; Python's ``round`` gives 2)."""
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rescaled(value: float, denominator: int, new: int) -> float:
    """``value`` in ``denominator`` said over ``new`` instead, without float noise
    (14 in 1,000 is 1.4 in 100, not 1.4000000000000001)."""
    return round(value * new / denominator, 9)


def whole(value: float) -> int | None:
    """``value`` as an int when it is a whole number (tolerating float noise)."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) < 1e-9 else None
