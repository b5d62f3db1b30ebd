"""User text on its way into a ReportLab ``Paragraph``.

``Paragraph`` parses a small XML-like markup, so a patient called ``<b>&"'`` would
otherwise break the build or turn bold. Every piece of text that did not come from
our own templates passes through :func:`markup` (or :func:`plain`) first:

* ``<``, ``>``, ``&`` and quotes are escaped, so they appear literally;
* characters DejaVu lacks but the fallback font has (most emoji, also beyond
  U+FFFF) are set in the fallback font (:func:`runs`, ``<font name=...>``); other
  characters no font can draw become ``�`` instead of an invisible gap or a crash;
  emoji variation selectors (invisible) are dropped; control characters become
  spaces;
* very long words wrap: every style keeps ReportLab's ``splitLongWords`` on, so a
  5,000-character word is cut at the frame edge instead of running off the page;
* line breaks the user typed are kept.

* right-to-left runs (Hebrew, Arabic) are put into display order, line by line, with
  ``python-bidi`` (:func:`visual`), so they no longer read mirrored. Arabic letters
  are still drawn in their isolated forms (not joined): a known limit.
"""

from __future__ import annotations

import unicodedata
from itertools import groupby
from xml.sax.saxutils import escape

from neuromod_aid.pdf.fonts import FALLBACK, REPLACEMENT, covered_codepoints, fallback_codepoints

_ENTITIES = {'"': "&quot;", "'": "&#39;"}
_INVISIBLE = frozenset((0xFE0E, 0xFE0F))  # text / emoji presentation selectors


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def visual(text: str) -> str:
    """Text with right-to-left runs in display order (each line on its own)."""
    if text.isascii() or not _has_rtl(text):
        return text
    try:
        from bidi import get_display
    except ImportError:  # pragma: no cover - a dependency, but never fatal
        return text
    try:
        return "\n".join(get_display(line) for line in text.split("\n"))
    except Exception:  # never let reordering break a document
        return text


def drawable(text: str) -> str:
    """Replace what no font can draw; drop invisible control characters."""
    if text.isascii() and text.replace("\n", "").isprintable():
        return text  # the common case, and every ASCII printable is in the font
    covered = covered_codepoints()
    fallback = fallback_codepoints()
    out = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        category = unicodedata.category(char)
        if char in "\n\t":
            out.append(char)
        elif category in ("Cc", "Cs", "Co", "Cn"):
            out.append(REPLACEMENT if category != "Cc" else " ")
        elif code in covered or code in fallback:
            out.append(char)
        elif category == "Cf" or code in _INVISIBLE:
            pass  # zero-width joiners, direction marks, variation selectors: invisible
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each with whether it is set in the fallback font."""
    if text.isascii():
        return [(text, False)] if text else []
    fallback = fallback_codepoints()
    return [
        ("".join(chars), is_fallback)
        for is_fallback, chars in groupby(text, key=lambda char: ord(char) in fallback)
    ]


def markup(text: str) -> str:
    """User text as safe Paragraph markup, line breaks kept."""
    safe = escape(visual(drawable(text)), _ENTITIES)
    safe = safe.replace("\t", " ")
    if not safe.isascii():
        safe = "".join(
            f'<font name="{FALLBACK}">{piece}</font>' if is_fallback else piece
            for piece, is_fallback in runs(safe)
        )
    return "<br/>".join(safe.split("\n"))


def plain(text: str) -> str:
    """User text for a single line drawn on the canvas (no markup parsed); draw it
    with :func:`runs`, so characters only the fallback font has are set in it."""
    return " ".join(visual(drawable(text)).split())


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters for a header or footer line, with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
