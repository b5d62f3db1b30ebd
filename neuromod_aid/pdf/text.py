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

import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import groupby, islice

from reportlab.pdfbase.pdfmetrics import stringWidth

from neuromod_aid.pdf.fonts import FALLBACK, REPLACEMENT, covered_codepoints, needs_fallback

# what Paragraph markup would read as markup; not xml.sax.saxutils.escape, whose
# module imports urllib.request and ssl (30 ms of every command that prints)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
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
    out = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        category = unicodedata.category(char)
        if char in "\n\t":
            out.append(char)
        elif category in ("Cc", "Cs", "Co", "Cn"):
            out.append(REPLACEMENT if category != "Cc" else " ")
        elif code in covered or needs_fallback(char):
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
    return [
        ("".join(chars), is_fallback) for is_fallback, chars in groupby(text, key=needs_fallback)
    ]


def markup(text: str) -> str:
    """User text as safe Paragraph markup, line breaks kept."""
    safe = visual(drawable(text)).translate(_ESCAPES)
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


ELLIPSIS = "…"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[¿¡\"(]?[A-ZÁÉÍÓÚÑÜ])")


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (all of it when it is one): a long paragraph said
    in one short sentence where a table row has room for no more."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def text_width(text: str, font: str, size: float) -> float:
    """How wide a line is when drawn in ``font``, fallback characters in the fallback font."""
    return sum(
        stringWidth(piece, FALLBACK if is_fallback else font, size)
        for piece, is_fallback in runs(text)
    )


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """User text for the canvas (header, footer) as at most ``max_lines`` lines no wider
    than ``width``, each in display order (draw it with :func:`runs`). Lines break
    between words, inside a word only when it is wider than a line; when the text does
    not fit, the last line ends in an ellipsis."""

    def fits(line: str) -> bool:
        return text_width(line, font, size) <= width

    flat = " ".join(drawable(text).split())
    lines = list(islice(_broken(flat, fits), max_lines + 1))
    if len(lines) > max_lines:  # the last line holds as much of the rest as fits
        kept = lines[: max_lines - 1]
        start = 0
        for line in kept:
            start = flat.index(line, start) + len(line)
        rest = flat[start:].lstrip()
        cut = _longest_fitting(rest, lambda part: fits(part.rstrip() + ELLIPSIS))
        lines = [*kept, rest[:cut].rstrip() + ELLIPSIS]
    return [visual(line) for line in lines]


_URL_BREAKS = "/.?&=#-_"


def url_lines(
    address: str, font: str, size: float, width: float, first: float | None = None
) -> list[str]:
    """A web address (or doi) as lines no wider than ``width`` (the first no wider than
    ``first``, when it starts after other text): each line as long as fits, ending after
    a "/", ".", "?", "&", "=", "#", "-" or "_" where one is on it, otherwise cut where it
    fills the line. Nothing is added (no hyphen)."""
    lines: list[str] = []
    rest = address.strip()

    def fits(part: str) -> bool:
        room = width if lines or first is None else first
        return text_width(part, font, size) <= room

    while rest and not fits(rest):
        cut = _longest_fitting(rest, fits)
        at_break = max(rest.rfind(mark, 1, cut) for mark in _URL_BREAKS) + 1
        cut = at_break if at_break > 0 else cut
        lines.append(rest[:cut])
        rest = rest[cut:]
    return [*lines, rest] if rest else lines


def _broken(text: str, fits: Callable[[str], bool]) -> Iterator[str]:
    """``text`` (logical order) broken into lines that fit, one at a time."""
    line = ""
    for word in text.split(" "):
        joined = f"{line} {word}" if line else word
        if fits(joined):
            line = joined
            continue
        if line:
            yield line
        while not fits(word):  # wider than a whole line: cut it where it fills one
            cut = _longest_fitting(word, fits)
            yield word[:cut]
            word = word[cut:]
        line = word
    if line:
        yield line


def _longest_fitting(word: str, fits: Callable[[str], bool]) -> int:
    """How many of the first characters of ``word`` fit (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return low
