"""Large print that is large: every character 16 pt or more (the page header and
footer 12 pt), table words broken only at a syllable with a hyphen, web addresses
inside the page, and a box of the patient's details never split across pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

import pytest
from pdf_helpers import Run, page_texts, rectangles, running_text, squeezed, text_runs
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.layout import (
    FRAME_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PageDecor,
    bottom_margin,
    build_pdf,
    frame_height,
    top_margin,
)
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.pictures import scenes
from neuromod_aid.pdf.sections.by_question import (
    NAMES,
    PADDING,
    PICTURE,
    Question,
    by_question,
    narrowest,
)
from neuromod_aid.pdf.sections.comparison import comparison, names_column
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.sections.experience import what_it_is_like
from neuromod_aid.pdf.styles import LARGE_BODY_PT, stylesheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.pdf.trial_diary import build_trial_diary
from neuromod_aid.pdf.trial_result import build_trial_result
from neuromod_aid.present.comparison import harms_named, options, row_ids, rows
from neuromod_aid.present.figures import GridCounts
from neuromod_aid.present.wording import Wording

Builder = Callable[..., bytes]
BUILDERS: dict[str, Builder] = {
    "summary": build_summary,
    "nurse sheet": build_nurse_sheet,
    "trial diary": build_trial_diary,
    "trial result": build_trial_result,
}
FRAME_TOP = PAGE_HEIGHT - top_margin(True)
FRAME_BOTTOM = bottom_margin(True)
TOLERANCE = 0.05


@pytest.fixture(scope="module")
def large(catalog: Catalog) -> dict[tuple[str, Lang], bytes]:
    return {
        (name, lang): build(demo_consultation(catalog, lang), catalog, large_print=True)
        for name, build in BUILDERS.items()
        for lang in ("en", "es")
    }


def _drawn(runs: list[Run]) -> list[Run]:
    return [run for run in runs if run.text.strip()]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("document", list(BUILDERS))
def test_every_character_is_16_pt_and_the_header_and_footer_12(
    large: dict[tuple[str, Lang], bytes], document: str, lang: Lang
) -> None:
    small_in_body, small_around = [], []
    for number, runs in enumerate(text_runs(large[document, lang]), start=1):
        for run in _drawn(runs):
            in_frame = FRAME_BOTTOM - 1 < run.y < FRAME_TOP + 1
            if in_frame and run.size < 16 - TOLERANCE:
                small_in_body.append((number, round(run.size, 1), run.text))
            if not in_frame and run.size < 12 - TOLERANCE:
                small_around.append((number, round(run.size, 1), run.text))
    assert not small_in_body, small_in_body[:10]
    assert not small_around, small_around[:10]


def _cell_lines(data: bytes, lefts: list[float], right: float) -> dict[int, list[list[str]]]:
    """Per column of the options table, each page's lines of text top to bottom."""
    columns: dict[int, list[list[str]]] = {n: [] for n in range(len(lefts))}
    for runs in text_runs(data):
        rows: dict[tuple[int, float], list[Run]] = {}
        for run in _drawn(runs):
            if not (lefts[0] <= run.x0 < right and FRAME_BOTTOM < run.y < FRAME_TOP):
                continue  # the header and the footer are no part of the table
            column = max(n for n, left in enumerate(lefts) if left <= run.x0)
            rows.setdefault((column, round(run.y, 1)), []).append(run)
        for (column, _), parts in sorted(rows.items(), key=lambda item: -item[0][1]):
            columns[column].append(
                ["".join(run.text for run in sorted(parts, key=lambda run: run.x0))]
            )
    return columns


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _paragraph_texts(flowables: object) -> list[str]:
    """The plain text of every paragraph in ``flowables``, tables' cells included."""
    if isinstance(flowables, Paragraph):
        return [flowables.getPlainText()]
    if isinstance(flowables, Table):
        return [t for row in flowables._cellvalues for cell in row for t in _paragraph_texts(cell)]
    if isinstance(flowables, (list, tuple)):
        return [t for item in flowables for t in _paragraph_texts(item)]
    return []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_options_table_breaks_only_a_word_too_wide_for_its_column_at_a_syllable(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    compared = options(record, catalog)
    assert len(compared) == 3  # two therapies and current care: one large-print table
    texts = [option.short_name for option in compared]
    for row in rows(compared, words):  # a row cut in parts repeats its label, "(continued)"
        texts += [row.heading, words("compare_row_continued", row=row.heading), *row.answers]
    ctx = SectionContext(record, catalog, words, stylesheet(True, words.locale), True)
    flowables = comparison(ctx).flowables
    texts += _paragraph_texts(flowables)  # the key and the pictures' words too
    whole = {word.casefold() for text in texts for word in _words(text)}
    decor = PageDecor(record.clinic, record.patient, words, large_print=True)
    # the options' tables alone (their heading row repeated on each page): the key's
    # words, side by side above them, are in no option's column
    tables = [f for f in flowables if isinstance(f, Table) and f.repeatRows]
    data = build_pdf(tables, decor=decor, title="t", subject="s")
    # the names, the answers, and an answer's words beside its picture
    width = names_column(ctx, compared)
    lefts = [MARGIN, MARGIN + width, MARGIN + width + PICTURE]
    found = _cell_lines(data, lefts, MARGIN + FRAME_WIDTH)
    table_lines = [line for column in found.values() for [line] in column]
    assert table_lines
    broken: list[tuple[str, str]] = []
    hyphenated: list[str] = []
    for line in table_lines:
        tokens = line.split()
        for n, token in enumerate(tokens):
            last = n == len(tokens) - 1
            for word in _words(token):
                if word.casefold() in whole:
                    continue
                ends_hyphen = last and token.endswith("-") and token.rstrip("-").endswith(word)
                part_of_word = any(
                    w.startswith(word.casefold()) or w.endswith(word.casefold()) for w in whole
                )
                if part_of_word and (ends_hyphen or n == 0):
                    if ends_hyphen:  # broken at a syllable: only a word too wide to fit
                        hyphenated.append(word)
                    continue
                broken.append((line, word))
    assert not broken, broken[:10]
    named = {w.casefold() for option in compared for w in _words(option.short_name)}
    for head in hyphenated:
        cut = [w for w in whole if w.startswith(head.casefold()) and w != head.casefold()]
        # a name's word in the names' column ("Tratamiento"), any other in the answers'
        column = {w: width - 6 if w in named else narrowest(width) for w in cut}
        assert any(stringWidth(w, BOLD, LARGE_BODY_PT) > column[w] for w in cut), head


@pytest.mark.parametrize("which", ["demo", "scs_drg_pns"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_large_print_answers_each_question_for_every_option_current_care_last(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    """Large print's options table asks each question once, then gives every option's
    answer on a row of its own led by its name, current care's last: SCS, DRG and PNS
    each read with current care (round 5's review), in one table whose first row, the
    pictures' key, is repeated on every page up to the last one with a picture."""
    demo = demo_consultation(catalog, lang)
    three = replace(demo, therapies_discussed=("scs", "drg", "pns"))
    record = demo if which == "demo" else three
    words = Wording(catalog, lang)
    ctx = SectionContext(record, catalog, words, stylesheet(True, words.locale), True)
    (table,) = [f for f in comparison(ctx).flowables if isinstance(f, Table) and f.repeatRows]

    def read(text: str) -> str:  # words broken at a syllable read whole
        return squeezed(text).replace("-", "")

    cells = [_paragraph_texts(row) for row in table._cellvalues]
    key = [words(f"compare_legend_{kind}") for kind in ("solid", "hatched", "empty")]
    assert table.repeatRows == 1 and all(label in cells[0] for label in key)
    compared = options(record, catalog)
    names = [option.short_name for option in compared]
    asked = rows(compared, words, row_ids(record), harms_named(len(compared)))
    starts = [next(n for n, cell in enumerate(cells) if cell[:1] == [row.heading]) for row in asked]
    led_by = {
        ", ".join(names[a:b]) for a in range(len(names)) for b in range(a + 1, len(names) + 1)
    }
    for row, start, end in zip(asked, starts, [*starts[1:], len(cells)], strict=True):
        said = cells[start + 1 : end]
        led = [cell[0] for cell in said if cell and cell[0] in led_by]  # a row's names
        assert ", ".join(led) == ", ".join(names), (row.id, led)  # every option, care last
        text = read(" ".join(t for cell in said for t in cell))
        for option, answer in zip(compared, row.answers, strict=True):
            assert read(answer.split("\n")[-1])[:20] in text, (row.id, option.id)
    document = build_summary(record, catalog, large_print=True)
    questions = {row.heading for row in asked}
    asking = [
        (page, squares >= 100)  # a page of the table, and whether it draws a picture
        for page, squares in zip(page_texts(document), rectangles(document), strict=True)
        if questions & {line.strip() for line in page.splitlines()}
        or any("(" in line and line.split(" (")[0] in questions for line in page.splitlines())
    ]
    drawn = max(n for n, (_, pictured) in enumerate(asking) if pictured)
    keyed = [read(key[1]) in read(page) for page, _ in asking]  # the key, up to the last picture
    assert len(asking) > 1 and keyed == [n <= drawn for n in range(len(asking))]


def _table_lines(runs: list[Run], names: float) -> list[tuple[str, bool]]:
    """A page's lines in the options table's left column (``names`` wide), bold (a
    question's heading, an answer's names), top to bottom, each with whether an answer's
    words are beside it."""
    body = [run for run in _drawn(runs) if FRAME_BOTTOM < run.y < FRAME_TOP]
    answers = [run for run in body if run.x0 > MARGIN + names]
    out: list[tuple[str, bool]] = []
    for label in sorted(body, key=lambda run: -run.y):
        if label.bold and abs(label.x0 - MARGIN - PADDING[2]) < 0.5:
            # beside: on its line, or a little lower beside a picture
            near = any(abs(run.y - label.y) < label.size / 2 for run in answers)
            out.append((squeezed(label.text), label.x1 < MARGIN + names and near))
    return out


@pytest.mark.parametrize("which", ["demo", "scs_drg_pns"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_page_that_goes_on_with_a_question_starts_with_it_continued(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    """Large print's options table cut between a question's answers: the next page
    starts, under the key, with that question, "(continued)", so that no answer is on a
    page without the question it answers; a question is never without an answer under
    it on its page (a page that opens with a new question needs no other)."""
    demo = demo_consultation(catalog, lang)
    record = demo if which == "demo" else replace(demo, therapies_discussed=("scs", "drg", "pns"))
    words = Wording(catalog, lang)
    compared = options(record, catalog)
    ctx = SectionContext(record, catalog, words, stylesheet(True, words.locale), True)
    width = names_column(ctx, compared)
    names = [option.short_name for option in compared]
    asked = [
        row.heading for row in rows(compared, words, row_ids(record), harms_named(len(compared)))
    ]
    again = {squeezed(words("compare_row_continued", row=h)): h for h in asked}
    headings = {squeezed(h): h for h in asked} | again
    led = [", ".join(names[a:b]) for a in range(len(names)) for b in range(a + 1, len(names) + 1)]
    labels = [squeezed(s) for n in led for s in (n, words("compare_row_continued", row=n))]
    pages = text_runs(build_summary(record, catalog, large_print=True))
    answered, continued = None, 0  # the question the answers are under, in the document
    for number, runs in enumerate(pages, start=1):
        lines = _table_lines(runs, width)
        here, unanswered = None, False  # this page's question
        while lines:
            text, beside = lines.pop(0)
            while not beside and lines and not lines[0][1]:  # a heading on two lines
                if not any(h.startswith(text + lines[0][0]) for h in headings):
                    break
                text += lines.pop(0)[0]
            if not beside and text in headings:
                assert not unanswered, (number, here)  # the one before has an answer
                here, unanswered = headings[text], True
                if text in again:
                    continued += 1
                    assert here == answered, (number, here, answered)  # the one going on
                answered = here
            elif beside and any(label.startswith(text.rstrip("-")) for label in labels):
                assert here is not None, (number, text)  # under its question, on the page
                unanswered = False
        assert not unanswered, (number, here)  # nor a question alone at a page's foot
    assert continued  # the table is cut between a question's answers


@pytest.mark.parametrize("which", ["demo", "scs_drg_pns"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_large_print_breaks_no_word_of_its_running_text(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    """A line of the large-print summary that ends with a hyphen after a letter ends at
    a hyphen the word has itself ("long-term", a web address's), which the normal print
    shows too: no word that fits a line whole is broken at a syllable, the options'
    names included (their column holds "Tratamiento", which was "Trata-miento")."""
    record = demo_consultation(catalog, lang)
    if which != "demo":
        record = replace(record, therapies_discussed=("scs", "drg", "pns"))
    normal = squeezed(running_text(build_summary(record, catalog, large_print=False)))
    lines = running_text(build_summary(record, catalog, large_print=True)).splitlines()
    ends = 0
    for line, after in pairwise(lines):
        head = re.search(r"(\w+-)$", line.rstrip())
        tail = re.match(r"\s*(\w+)", after)
        if head and tail:
            ends += 1
            assert head.group(1) + tail.group(1) in normal, (line, after)
    assert ends  # the check has met such lines (web addresses, "long-term")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("document", list(BUILDERS))
def test_no_line_runs_past_the_right_edge_of_the_text(
    large: dict[tuple[str, Lang], bytes], document: str, lang: Lang
) -> None:
    """Web addresses in the sources included: they wrap inside the page."""
    right = MARGIN + FRAME_WIDTH
    past = [
        (number, run.text)
        for number, runs in enumerate(text_runs(large[document, lang]), start=1)
        for run in _drawn(runs)
        if run.x1 > right + 0.5
    ]
    assert not past, past[:5]


def test_web_addresses_are_printed_whole(
    large: dict[tuple[str, Lang], bytes], catalog: Catalog
) -> None:
    text = "".join("".join(page_texts(large["summary", "en"])).split())
    addresses = [s.url for s in catalog.sources if s.url and len(s.url) > 60]
    shown = [url for url in addresses if url.replace("https://", "").replace("http://", "") in text]
    assert shown  # long addresses are cited in the demo, and each is there in full


def _procedure_box_record(catalog: Catalog) -> Consultation:
    """A long name and a long place: the nurse sheet's first box no longer fits under
    the title on page 1."""
    record = demo_consultation(catalog, "en")
    assert record.procedure is not None
    place = "Day surgery unit, second floor, east wing, " * 24 + "room 4"
    procedure = replace(record.procedure, place=place, arrival_time="08:30")
    patient = replace(record.patient, name="Alexandra " * 19 + "Sample")
    return replace(record, procedure=procedure, patient=patient)


def test_the_box_of_procedure_details_is_never_split_across_pages(catalog: Catalog) -> None:
    record = _procedure_box_record(catalog)
    pages = [
        "".join(page.split())
        for page in page_texts(build_nurse_sheet(record, catalog, large_print=True))
    ]
    with_place = [n for n, page in enumerate(pages) if "Where:" in page]
    with_arrival = [n for n, page in enumerate(pages) if "Arriveat:" in page]
    assert with_place == with_arrival and len(with_place) == 1
    assert "room4" in pages[with_place[0]]


def test_each_picture_has_its_words_beside_it(catalog: Catalog) -> None:
    """An answer with two pictures: each beside the lines from the one that says it to
    the next picture (the first picture's, the lines before it too), never above them."""
    words = Wording(catalog, "en")
    sheet = stylesheet(True, words.locale)
    grid = GridCounts(solid=30, hatched=10, total=100)
    lines = [Paragraph(text, sheet["CompareCell"]) for text in ("study", "helped", "harmed")]
    cell: list[Flowable] = [lines[0], IconArray(grid, PICTURE), lines[1]]
    cell += [IconArray(grid, PICTURE), lines[2]]
    names = [Paragraph("SCS", sheet["CompareBold"])]
    heading = [Paragraph("How likely it helps", sheet["CompareBold"])]
    question = Question(heading, [(names, cell)], heading)
    table = by_question([], [question], 600, NAMES)
    (pairs,) = [row[1] for row in table._cellvalues if row[0] is names]
    assert [len(pair._cellvalues[0][1]) for pair in pairs] == [2, 1]
    for pair, said in zip(pairs, (["study", "helped"], ["harmed"]), strict=True):
        (picture, *_), beside = pair._cellvalues[0]  # a cell's flowable, as a table holds it
        assert isinstance(picture, IconArray) and picture.width >= 60 * mm  # 6 cm or more
        assert [p.getPlainText() for p in beside] == said


def test_a_table_cut_between_a_question_s_answers_goes_on_under_it_continued(
    catalog: Catalog,
) -> None:
    """Cut at any height: every row is on one of the two pages once, in its order; the
    second page, with no picture left, has no key, and starts, when the cut fell between
    a question's answers, with that question "(continued)", then the answers after it."""
    sheet = stylesheet(True, Wording(catalog, "en").locale)

    def said(text: str) -> list[Flowable]:
        return [Paragraph(text, sheet["CompareBold"])]

    questions = [
        Question(said(f"Q{q}"), [(said(n), said(f"{n}{q}")) for n in "ABC"], said(f"Q{q} again"))
        for q in range(3)
    ]
    table = by_question(said("key"), questions, 90, NAMES)  # a question's heading with one answer
    whole = [_paragraph_texts(row) for row in table._cellvalues]
    cuts: list[bool] = []  # whether each cut fell between a question's answers
    for height in range(60, 400, 8):
        parts = table.split(FRAME_WIDTH, height)
        if len(parts) != 2:
            continue
        first, second = ([_paragraph_texts(row) for row in part._cellvalues] for part in parts)
        assert first[0] == ["key"] and second[0] != ["key"]  # no picture after the cut
        cuts.append(second[0][0].endswith(" again"))
        if cuts[-1]:
            heading = next(row[0] for row in reversed(first) if row[0].startswith("Q"))
            assert second[0] == [f"{heading} again"] and first[-1][0] in "ABC", height
        assert first[1:] + second[1 if cuts[-1] else 0 :] == whole[1:], height
    assert set(cuts) == {True, False}  # cut between answers, and before a question


@pytest.mark.parametrize("room", [40 * mm, 60 * mm])
def test_what_it_is_like_starts_on_a_page_its_picture_does_not_fit_on(
    catalog: Catalog, room: float
) -> None:
    """With less room left on a page than SCS's picture needs, but room for a heading
    and its first lines, "What it is like" starts there and runs on, and the picture
    follows on the next page with its caption beside it: the page is not left empty
    (the whole block used to move to the next page)."""
    record = demo_consultation(catalog, "en")
    words = Wording(catalog, "en")
    ctx = SectionContext(record, catalog, words, stylesheet(True, words.locale), True)
    scs = catalog.therapy("scs")
    block = what_it_is_like(ctx, scs, SectionResult(())).flowables
    decor = PageDecor(record.clinic, record.patient, words, large_print=True)
    filler = Spacer(1, frame_height(True) - room)
    first, second, *_ = page_texts(build_pdf([filler, *block], decor=decor, title="t", subject="s"))
    like = scs.what_it_is_like
    assert like is not None and like.stimulation is not None
    assert squeezed(words("what_it_is_like")) in squeezed(first)
    assert squeezed(like.stimulation("en"))[:40] in squeezed(first)
    caption = squeezed(words(scenes("scs", False)[0].caption))
    assert caption not in squeezed(first) and caption in squeezed(second)
