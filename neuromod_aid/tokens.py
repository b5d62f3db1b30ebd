"""Named colours for the printed documents and the window, in one place (Qt-free).

Each colour is a ``"#rrggbb"`` string: ReportLab reads it with ``HexColor``, Qt with
``QColor`` or in a style sheet. The documents and the window in its usual light colours
share the same values. The window also has a dark variant, :data:`DARK`, for a dark
desktop palette: :func:`screen_colours` picks one from the window's palette. Text keeps
WCAG AA contrast (4.5:1) on its window and on its soft background in both variants;
in the dark variant the frames and outlines do too, in the light one the orange frame
keeps WCAG's 3:1 for graphics (``tests/test_tokens.py``). Colour is never the only
signal: shapes, stripes and words carry the meaning too.
"""

from __future__ import annotations

from dataclasses import dataclass

BRAND = "#1f4e79"  # dark blue: headings, rules, frames, the people a risk happens to
BRAND_SOFT = "#e8eef5"  # light blue-grey: behind key points
INK = "#1a1a1a"  # text
MUTED = "#4d4d4d"  # secondary text on paper
PAPER = "#ffffff"  # the page; text on the brand colour; people a risk does not happen to
WARNING = "#8a1c1c"  # dark red: the warning box, a problem said in words
WARNING_SOFT = "#fbeaea"
CAUTION = "#b35900"  # orange: the frame around something to check
CAUTION_SOFT = "#fff4e5"
ICON_EDGE = "#5c5c5c"  # on screen, people a risk does not happen to: a clear outline

# the printed documents' lines
TABLE_GRID = "#7f8fa6"
CARD_RULE = "#c8c8c8"  # above each risk card
WRITE_LINE = "#9a9a9a"  # lines to write on by hand
# on paper the outlines of people a risk does not happen to are lighter: 1,000 small
# squares stay a light grid, so the dark ones the risk happens to stand out
PRINT_ICON_EDGE = "#8c8c8c"

# the body map, a light picture on screen and on paper alike
BODY_FILL = "#f4f4f4"
BODY_EDGE = "#6b6b6b"
AREA_EDGE = "#8a8a8a"  # between areas: 3:1 on the body, as the edge of what can be clicked
PRINT_MARK_FILL = "#f2c14e"  # the patient's areas on paper: warm yellow, striped, numbered
PRINT_MARK_EDGE = "#7a4b00"
SCREEN_MARK = "#c8553d"  # the patient's areas on screen: filled and hatched in white

# the patient screen is always light, whatever the desktop's palette
PRESENTATION_BACKGROUND = "#fffdf8"
PRESENTATION_MARK = "#fff0b3"  # behind the risk being discussed, inside a dark frame


@dataclass(frozen=True)
class ScreenColours:
    """The window's own colours, in a light and a dark variant."""

    brand: str  # emphasis text (badges), frames
    brand_soft: str  # behind a reason or the "finished" bar
    ink: str  # text on the soft backgrounds
    warning: str  # a problem said in words, the frame of a failed save
    warning_soft: str
    caution: str  # the frame around something to check
    caution_soft: str
    icon_edge: str  # the outline of people a risk does not happen to
    icon_fill: str  # inside them (and behind the stripes of "up to")
    focus: str  # the ring around the control with the keyboard focus: 3:1 on the window


LIGHT = ScreenColours(
    brand=BRAND,
    brand_soft=BRAND_SOFT,
    ink=INK,
    warning=WARNING,
    warning_soft=WARNING_SOFT,
    caution=CAUTION,
    caution_soft=CAUTION_SOFT,
    icon_edge=ICON_EDGE,
    icon_fill=PAPER,
    focus="#c25400",
)

DARK = ScreenColours(
    brand="#8cb8e8",
    brand_soft="#1c2d40",
    ink="#f0f0f0",
    warning="#f59a93",
    warning_soft="#3f1d1b",
    caution="#f0a95c",
    caution_soft="#3a2a14",
    icon_edge="#b3b3b3",
    icon_fill="#262626",
    focus="#ffb454",
)


# The window's own dark palette, for a desktop that asks for a dark colour scheme
# without giving a dark palette (Qt's Fusion style on most Linux desktops): Qt's
# palette roles, by name, and their colours.
DARK_PALETTE = {
    "Window": "#2d2d2d",
    "WindowText": "#f0f0f0",
    "Base": "#1e1e1e",
    "AlternateBase": "#353535",
    "Text": "#f0f0f0",
    "PlaceholderText": "#a8a8a8",
    "Button": "#3a3a3a",
    "ButtonText": "#f0f0f0",
    "BrightText": "#ffffff",
    "Highlight": "#3d6fb6",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#f0f0f0",
    "Link": "#8cb8e8",
    "LinkVisited": "#c6a6ec",
    "Light": "#4a4a4a",
    "Midlight": "#404040",
    "Mid": "#5a5a5a",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
}
# disabled text on the dark palette: dimmer, as every desktop shows it
DARK_DISABLED_TEXT = "#8a8a8a"


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``"#rrggbb"``."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def screen_colours(window: str, window_text: str) -> ScreenColours:
    """The dark variant when the window is darker than its text, else the light one."""
    return DARK if luminance(window) < luminance(window_text) else LIGHT
