"""Reading the PDFs the way a reader (or a screen reader) would: text, fonts, sizes."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream, DictionaryObject

BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


PAGE_NUMBER = re.compile(r"(Page|Página) \d+ (of|de) \d+")


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def rectangles(data: bytes) -> list[int]:
    """How many rectangles each page draws: a picture of 100 people draws 100 or more."""
    counts = []
    for page in reader(data).pages:
        stream = ContentStream(page.get_contents(), page.pdf)
        counts.append(sum(1 for _, operator in stream.operations if operator == b"re"))
    return counts


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def running_text(data: bytes) -> str:
    """The document's text as one flow, without what every page repeats (the header and
    the footer, whose page number differs): for text that a page break may split."""
    pages = [page.splitlines() for page in page_texts(data)]
    repeated = set.intersection(*(set(lines) for lines in pages)) if len(pages) > 1 else set()
    return "\n".join(
        line
        for lines in pages
        for line in lines
        if line not in repeated and not PAGE_NUMBER.search(line)
    )


def squeezed(text: str) -> str:
    """Text without any whitespace: for words that wrapped across lines."""
    return "".join(text.split())


@dataclass(frozen=True)
class FontUse:
    name: str
    embedded: bool


def fonts(data: bytes) -> set[FontUse]:
    found: set[FontUse] = set()
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            name = str(font.get("/BaseFont", "")).lstrip("/")
            descriptors = [font.get("/FontDescriptor")]
            for child in font.get("/DescendantFonts", []) or []:
                descriptors.append(child.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found.add(FontUse(name, embedded))
    return found


def text_sizes(data: bytes, top_margin: float = 100, bottom_margin: float = 90) -> Counter[float]:
    """Characters drawn per effective font size, inside the body (header/footer left out)."""
    sizes: Counter[float] = Counter()
    for page in reader(data).pages:
        height = float(page.mediabox.height)

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            height: float = height,
        ) -> None:
            if not text.strip():
                return
            y = tm[5] * cm[3] + cm[5]
            if y > height - top_margin or y < bottom_margin:
                return
            effective = round(size * abs(tm[3]) * abs(cm[3]), 1)
            sizes[effective] += len(text.strip())

        page.extract_text(visitor_text=visit)
    return sizes


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: where it starts and ends on its baseline."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool = False


def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    entries = cmap.get_object().get_data().decode("latin-1").split("beginbfchar", 1)[-1]
    return {
        int(code, 16): bytes.fromhex(text).decode("utf-16-be")
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", entries)
    }


Matrix = list[float]
IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def _then(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF matrices [a b c d e f])."""
    a, b, c, d, e, f = m
    return [
        a * n[0] + b * n[2],
        a * n[1] + b * n[3],
        c * n[0] + d * n[2],
        c * n[1] + d * n[3],
        e * n[0] + f * n[2] + n[4],
        e * n[1] + f * n[3] + n[5],
    ]


def _shift(x: float, y: float = 0.0) -> Matrix:
    return [1.0, 0.0, 0.0, 1.0, x, y]


class _PageText:
    """Follows one page's content stream as a PDF reader does, to place each text run."""

    def __init__(self, pdf: PdfReader, page: PageObject) -> None:
        resources = page["/Resources"].get_object()
        self.fonts = {
            name: ref.get_object() for name, ref in resources.get("/Font", {}).get_object().items()
        }
        self.unicode = {name: _to_unicode(font) for name, font in self.fonts.items()}
        self.runs: list[Run] = []
        self.ctm, self.saved = IDENTITY, list[Matrix]()
        self.tm = self.tlm = IDENTITY
        self.font, self.size, self.leading = "", 0.0, 0.0
        self.char_space = self.word_space = 0.0
        for operands, operator in ContentStream(page.get_contents(), pdf).operations:
            self.do(operator, operands)

    def do(self, operator: bytes, operands: list[Any]) -> None:
        values = [float(v) for v in operands if isinstance(v, (int, float))]
        if operator == b"q":
            self.saved.append(self.ctm)
        elif operator == b"Q":
            self.ctm = self.saved.pop()
        elif operator == b"cm":
            self.ctm = _then(values, self.ctm)
        elif operator == b"BT":
            self.tm = self.tlm = IDENTITY
        elif operator == b"Tm":
            self.tm = self.tlm = values
        elif operator in (b"Td", b"TD"):
            self.leading = -values[1] if operator == b"TD" else self.leading
            self.move(values[0], values[1])
        elif operator == b"T*":
            self.move(0, -self.leading)
        elif operator == b"TL":
            self.leading = values[0]
        elif operator == b"Tc":
            self.char_space = values[0]
        elif operator == b"Tw":
            self.word_space = values[0]
        elif operator == b"Tf":
            self.font, self.size = str(operands[0]), float(operands[1])
        elif operator == b"Tj":
            self.show(operands[0].original_bytes)
        elif operator == b"'":
            self.move(0, -self.leading)
            self.show(operands[0].original_bytes)
        elif operator == b"TJ":
            for part in operands[0]:
                if isinstance(part, (int, float)):
                    self.tm = _then(_shift(-float(part) / 1000 * self.size), self.tm)
                else:
                    self.show(part.original_bytes)

    def move(self, x: float, y: float) -> None:
        self.tlm = _then(_shift(x, y), self.tlm)
        self.tm = self.tlm

    def show(self, raw: bytes) -> None:
        font = self.fonts[self.font]
        first = int(font.get("/FirstChar", 0))
        widths = [float(w) for w in font.get("/Widths", [])]
        advance = 0.0
        for code in raw:
            width = widths[code - first] if 0 <= code - first < len(widths) else 0.0
            advance += width / 1000 * self.size + self.char_space
            advance += self.word_space if code == 32 else 0.0
        text = "".join(self.unicode[self.font].get(code, chr(code)) for code in raw)
        start = _then(self.tm, self.ctm)
        end = _then(_then(_shift(advance), self.tm), self.ctm)
        bold = "Bold" in str(font.get("/BaseFont", ""))
        self.runs.append(Run(text, start[4], end[4], start[5], self.size * abs(start[3]), bold))
        self.tm = _then(_shift(advance), self.tm)


def text_runs(data: bytes) -> list[list[Run]]:
    """Every text-showing operation of every page, placed from the PDF's own font widths
    and positions (not from the code that drew it): to check what overlaps what."""
    pdf = reader(data)
    return [_PageText(pdf, page).runs for page in pdf.pages]


def lines_of(runs: list[Run]) -> list[str]:
    """The runs as lines of text, top to bottom, each read left to right."""
    rows: dict[float, list[Run]] = {}
    for run in runs:
        rows.setdefault(round(run.y, 1), []).append(run)
    return [
        "".join(run.text for run in sorted(rows[y], key=lambda run: run.x0))
        for y in sorted(rows, reverse=True)
    ]
