"""Two-column lists (the glossary and the sources): read down the first column, then the
second, page after page, every entry once and never cut; the last page's columns even."""

from __future__ import annotations

import io
import re

from pdf_helpers import Run, text_runs
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from neuromod_aid.pdf.columns import TwoColumns

ENTRY = re.compile(r"Entry (\d+)")
WORDS = "a word list long enough to wrap onto more lines in a narrow column " * 3


def _pdf(count: int, *, needed: float = 0.0, before: int = 0) -> bytes:
    style = getSampleStyleSheet()["Normal"]
    # entries of 1 to 4 lines, so the balance cannot come from counting entries
    entries = [
        Paragraph(f"Entry {n:03d}: " + WORDS[: 20 + (n * 37) % len(WORDS)], style)
        for n in range(count)
    ]
    filler = [Paragraph(f"Filler line {n}", style) for n in range(before)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([*filler, TwoColumns(entries, 5 * mm, needed)])
    return buffer.getvalue()


def _columns(page: list[Run], middle: float) -> tuple[list[Run], list[Run]]:
    left = sorted((r for r in page if r.x0 < middle), key=lambda r: -r.y)
    right = sorted((r for r in page if r.x0 >= middle), key=lambda r: -r.y)
    return left, right


def _numbers(runs: list[Run]) -> list[int]:
    return [int(m.group(1)) for run in runs for m in ENTRY.finditer(run.text)]


def test_entries_read_down_each_column_then_on_to_the_next_page_each_once() -> None:
    pages = text_runs(_pdf(150))
    assert len(pages) >= 3  # the list really does run over pages
    middle = A4[0] / 2
    order: list[int] = []
    for page in pages:
        left, right = _columns(page, middle)
        assert _numbers(left) and _numbers(right)  # both columns used on every page
        order += _numbers(left) + _numbers(right)
    assert order == list(range(150))


def test_the_last_pages_columns_end_at_about_the_same_height() -> None:
    page = text_runs(_pdf(150))[-1]
    left, right = _columns(page, A4[0] / 2)
    line = max(run.size for run in page) * 1.2
    longest_entry = 4 * line  # an entry has at most 4 lines here
    assert abs(left[-1].y - right[-1].y) <= longest_entry


def test_a_short_list_stays_on_one_page_in_two_columns() -> None:
    pages = text_runs(_pdf(12))
    assert len(pages) == 1
    left, right = _columns(pages[0], A4[0] / 2)
    assert _numbers(left) + _numbers(right) == list(range(12))
    assert _numbers(right)


def test_with_too_little_room_left_the_list_starts_on_the_next_page() -> None:
    # a page almost full of filler lines: with 40 mm needed, no entry may start on it
    pages = text_runs(_pdf(12, needed=40 * mm, before=54))
    assert not _numbers(pages[0])
    assert _numbers([run for page in pages[1:] for run in page]) == list(range(12))
