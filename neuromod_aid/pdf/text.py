"""User text on its way into a ReportLab ``Paragraph``.

``Paragraph`` parses a small XML-like markup, so a patient called ``<b>&"'`` would
otherwise break the build or turn bold. Every piece of text that did not come from
our own templates passes through :func:`markup` (or :func:`plain`) first:

* ``<``, ``>``, ``&`` and quotes are escaped, so they appear literally;
* characters the font cannot draw become ``�`` instead of an invisible gap or a
  crash; so do all characters beyond U+FFFF (most emoji), because ReportLab writes
  an invalid ToUnicode entry for them and copy-paste / screen readers would break;
  control characters become spaces;
* very long words wrap: every style keeps ReportLab's ``splitLongWords`` on, so a
  5,000-character word is cut at the frame edge instead of running off the page;
* line breaks the user typed are kept.

* right-to-left runs (Hebrew, Arabic) are put into display order, line by line, with
  ``python-bidi`` (:func:`visual`), so they no longer read mirrored. Arabic letters
  are still drawn in their isolated forms (not joined): a known limit.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from neuromod_aid.pdf.fonts import REPLACEMENT, covered_codepoints

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


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
    """Replace what the font cannot draw; drop invisible control characters."""
    if text.isascii() and text.replace("\n", "").isprintable():
        return text  # the common case, and every ASCII printable is in the font
    covered = covered_codepoints()
    out = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            out.append(REPLACEMENT if unicodedata.category(char) != "Cc" else " ")
        elif unicodedata.category(char) == "Cf":
            # zero-width joiners, direction marks, variation selectors: keep if drawable
            if code in covered:
                out.append(char)
        elif code > 0xFFFF:
            out.append(REPLACEMENT)
        elif code in covered:
            out.append(char)
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def markup(text: str) -> str:
    """User text as safe Paragraph markup, line breaks kept."""
    safe = escape(visual(drawable(text)), _ENTITIES)
    safe = safe.replace("\t", " ")
    return "<br/>".join(safe.split("\n"))


def plain(text: str) -> str:
    """User text for a single line drawn straight on the canvas (no markup parsed)."""
    return " ".join(visual(drawable(text)).split())


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters for a header or footer line, with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
