"""Reading the PDFs the way a reader (or a screen reader) would: text, fonts, sizes."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

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


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


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
