"""Where the body map's keyboard focus goes: an arrow to the nearest area in that
direction, Home and End to the other view, typed letters to an area's name.

Plain geometry over each area's centre as drawn (the front view on the left, the back
view on its right), so an arrow moves the way it points on screen on both views.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from neuromod_aid.textfold import fold

Direction = Literal["left", "right", "up", "down"]
OFF_AXIS_WEIGHT = 2.0  # a step sideways counts twice a step the way the arrow points


@dataclass(frozen=True)
class Spot:
    """An area as the keyboard sees it: its view and its centre on screen."""

    id: str
    view: str
    region: str
    side: str
    x: float
    y: float


def nearest(spots: list[Spot], here: Spot, direction: Direction) -> Spot:
    """The area nearest to ``here`` in ``direction`` (``here`` when there is none)."""
    best, best_score = here, float("inf")
    for spot in spots:
        dx, dy = spot.x - here.x, spot.y - here.y
        along, across = {
            "right": (dx, dy),
            "left": (-dx, dy),
            "down": (dy, dx),
            "up": (-dy, dx),
        }[direction]
        if along <= 0 or abs(across) > along * 3:
            continue  # behind, or much more sideways than ahead
        score = along + OFF_AXIS_WEIGHT * abs(across)
        if score < best_score:
            best, best_score = spot, score
    return best


def counterpart(spots: list[Spot], here: Spot, view: str, panel_left: dict[str, float]) -> Spot:
    """The same part of the body on ``view``: the same region and side, else the area
    drawn nearest to the same place in that view's panel."""
    same = [s for s in spots if s.view == view and (s.region, s.side) == (here.region, here.side)]
    if same:
        return same[0]
    others = [s for s in spots if s.view == view]
    x = here.x - panel_left[here.view] + panel_left[view]
    return min(others, key=lambda s: (s.x - x) ** 2 + (s.y - here.y) ** 2)


def named(names: list[tuple[str, str]], typed: str, current: str) -> str | None:
    """The area whose name starts with what was typed (else one of whose words does).

    A first letter looks from the area after ``current``, so typing it again goes on
    to the next area with that letter; more letters look from ``current`` on, so a
    longer beginning of the same name keeps it. Case and accents do not matter."""
    wanted = fold(typed) + (" " if typed.endswith(" ") and typed.strip() else "")
    if not wanted.strip():
        return None
    if len(wanted) > 1 and set(wanted) == {wanted[0]} and not _find(names, wanted, 0):
        wanted = wanted[0]  # the same letter again: the next area with it
    start = next((i for i, (area, _) in enumerate(names) if area == current), -1)
    return _find(names, wanted, start + 1 if len(wanted) == 1 else max(start, 0))


def _find(names: list[tuple[str, str]], wanted: str, start: int) -> str | None:
    order = names[start:] + names[:start]
    for whole in (True, False):
        for area, name in order:
            folded = fold(name)
            if (
                folded.startswith(wanted)
                if whole
                else any(word.startswith(wanted) for word in folded.split())
            ):
                return area
    return None
