"""The named colours: readable on the window they are meant for, light or dark."""

from __future__ import annotations

import pytest

from neuromod_aid.tokens import (
    AREA_EDGE,
    BODY_EDGE,
    BODY_FILL,
    BRAND,
    DARK,
    INK,
    LIGHT,
    PAPER,
    ScreenColours,
    contrast,
    luminance,
    screen_colours,
)

AA = 4.5  # WCAG AA for text
GRAPHICS = 3.0  # WCAG AA for frames and parts of pictures
# window backgrounds of common desktops, and the panels drawn a little darker on them
LIGHT_WINDOWS = ("#ffffff", "#f6f5f4", "#efefef", "#e1e1e1")
DARK_WINDOWS = ("#1e1e1e", "#202020", "#242424", "#2d2d2d", "#31363b", "#323232", "#353535")


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast(BRAND, PAPER) == contrast(PAPER, BRAND)
    assert luminance("#ffffff") == pytest.approx(1.0) and luminance("#000000") == 0.0


def _text_and_frames(colours: ScreenColours) -> dict[str, str]:
    return {
        "brand": colours.brand,
        "warning": colours.warning,
        "caution": colours.caution,
        "icon_edge": colours.icon_edge,
    }


@pytest.mark.parametrize(("colours", "windows"), [(LIGHT, LIGHT_WINDOWS), (DARK, DARK_WINDOWS)])
def test_text_is_aa_on_its_window_and_on_every_soft_background(
    colours: ScreenColours, windows: tuple[str, ...]
) -> None:
    for window in windows:
        assert contrast(colours.brand, window) >= AA, window  # badges
        assert contrast(colours.warning, window) >= AA, window  # a problem said in words
        assert contrast(colours.ink, window) >= AA, window
    for soft in (colours.brand_soft, colours.warning_soft, colours.caution_soft):
        assert contrast(colours.ink, soft) >= AA, soft
    assert contrast(colours.brand, colours.brand_soft) >= AA  # the frame beside a reason


@pytest.mark.parametrize("window", DARK_WINDOWS)
def test_on_a_dark_window_every_frame_and_outline_is_aa_too(window: str) -> None:
    for name, colour in _text_and_frames(DARK).items():
        assert contrast(colour, window) >= AA, name
    assert contrast(DARK.brand, DARK.icon_fill) >= AA  # people it happens to, among the rest
    assert contrast(DARK.icon_edge, DARK.icon_fill) >= AA


@pytest.mark.parametrize("window", LIGHT_WINDOWS)
def test_on_a_light_window_frames_and_outlines_are_clear(window: str) -> None:
    for name, colour in _text_and_frames(LIGHT).items():
        assert contrast(colour, window) >= GRAPHICS, name
    assert contrast(LIGHT.icon_edge, window) >= AA  # a clear outline, not a faint grey


def test_the_light_window_has_the_printed_colours() -> None:
    assert LIGHT.brand == BRAND and LIGHT.ink == INK and LIGHT.icon_fill == PAPER


@pytest.mark.parametrize(
    ("window", "text", "expected"),
    [
        *((w, "#f0f0f0", DARK) for w in DARK_WINDOWS),
        *((w, "#000000", LIGHT) for w in LIGHT_WINDOWS),
    ],
)
def test_a_dark_desktop_gets_the_dark_variant(
    window: str, text: str, expected: ScreenColours
) -> None:
    assert screen_colours(window, text) is expected


def test_the_body_maps_areas_are_clearly_bounded_on_the_body() -> None:
    """The lines between areas are the edges of what can be clicked: 3:1 on the body."""
    assert contrast(AREA_EDGE, BODY_FILL) >= GRAPHICS
    assert contrast(BODY_EDGE, BODY_FILL) >= GRAPHICS
