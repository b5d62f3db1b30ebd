"""The body map's two views, and where each view shows the patient's left and right.

One rule for the window and the PDF. The content's shapes are drawn where each area
belongs (``side`` is always the patient's); what the renderers must agree on is the
labels: on the front view, as if facing the patient, the patient's left is on the side
the catalog's :attr:`~neuromod_aid.catalog.model.BodyMapFrame.left_side_on` names (the
viewer's right); on the back view, seen from behind, it is on the other side.
"""

from __future__ import annotations

from typing import Literal

from neuromod_aid.catalog.model import BodyMapFrame

View = Literal["front", "back"]
Side = Literal["left", "right"]
VIEWS: tuple[View, ...] = ("front", "back")  # drawn left to right, numbered in this order


def viewer_sides(frame: BodyMapFrame, view: str) -> tuple[Side, Side]:
    """The patient's sides as ``view`` shows them: (on the viewer's left, on the viewer's
    right)."""
    left_on_viewer_right = (frame.left_side_on == "viewer_right") != (view == "back")
    return ("right", "left") if left_on_viewer_right else ("left", "right")
