"""The page every document is laid out on: A4, and the text's width between the left and
right margins (the header, the footer and the stylesheet's table columns follow it)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 13 * mm  # left and right
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
