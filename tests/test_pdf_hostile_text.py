"""User text reaches ReportLab escaped: markup, emoji, right-to-left, huge input."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from pdf_helpers import all_text, fonts, page_texts, reader, squeezed
from pypdf.generic import DictionaryObject

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Clinic, Patient, Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.pdf.text import drawable, markup
from neuromod_aid.pdf.trial_diary import build_trial_diary

MARKUP = """<b>&"' Smith</b> <font size=40>"""
HEBREW = "שלום"
ARABIC = "مرحبا"
LONG_WORD = "x" * 1_000 + "y" * 900  # as long as a question may be (2,000 characters)


@pytest.fixture(scope="module")
def hostile(catalog: Catalog):  # type: ignore[no-untyped-def]
    record = demo_consultation(catalog, "en")
    return replace(
        record,
        patient=Patient(name=f"{MARKUP} 😀 {HEBREW} {ARABIC}"),
        clinic=Clinic(name="Clinic <i>&amp;", phone="<tel>", address=LONG_WORD[:1500]),
        patient_questions=(f"Question with a long word: {LONG_WORD}", "¿Y <esto>? ¡Sí!"),
        notes_for_patient=("Notes & <more> notes. " * 1_000)[:20_000],
        treatments_tried=("<script>alert(1)</script>",),
        procedure=Procedure(therapy="scs", place=f"Room <9> & {LONG_WORD}"),
    )


@pytest.mark.parametrize("builder", [build_summary, build_nurse_sheet, build_trial_diary])
@pytest.mark.parametrize("large", [False, True])
def test_hostile_text_appears_literally(hostile, catalog: Catalog, builder, large: bool) -> None:  # type: ignore[no-untyped-def]
    text = all_text(builder(hostile, catalog, large_print=large))
    flat = squeezed(text)
    assert squeezed(MARKUP) in flat  # the tags were printed, not obeyed
    # right-to-left letters are all there (put in display order by python-bidi)
    assert set(HEBREW) <= set(text) and set(ARABIC) <= set(text)
    assert "😀" in text  # the emoji, drawn and copyable
    assert "Clinic<i>&amp;" in flat  # the header shows the name as typed


def _without_header_and_footer(data: bytes) -> str:
    repeated = ("Clinic <i>", "Phone <tel>", "For <b>", "Date of birth: ", "Page ")
    return "\n".join(
        line
        for page in page_texts(data)
        for line in page.splitlines()
        if not line.startswith(repeated)
    )


def test_long_word_and_long_notes_wrap_in_the_summary(hostile, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    text = _without_header_and_footer(build_summary(hostile, catalog))
    flat = squeezed(text)
    assert LONG_WORD in flat  # every character, wrapped over many lines
    assert flat.count("Notes&<more>notes.") >= 900  # 20,000 characters of notes
    assert "<script>alert(1)</script>" in flat
    assert "¿Y<esto>?¡Sí!" in flat


def test_the_long_word_really_wraps_inside_the_page(hostile, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    text = all_text(build_summary(hostile, catalog))
    longest_line = max(len(line) for line in text.splitlines())
    assert longest_line < 200  # a 1,900-character line would mean it ran off the page


def test_characters_no_font_has_become_a_visible_replacement() -> None:
    # an emoji newer than both fonts is replaced; one they have is kept
    assert drawable("a\U0001fae0b\U0001f600\U0001f44d") == "a\ufffdb\U0001f600\U0001f44d"
    assert "\ufffd" not in drawable("\u2708\ufe0f \u2764\ufe0f")  # selectors: no box
    assert drawable("ñ¿¡ שלום") == "ñ¿¡ שלום"
    assert drawable("a\x07b") == "a b"
    assert markup("<b>&\"'\nnext") == "&lt;b&gt;&amp;&quot;&#39;<br/>next"


def test_right_to_left_text_is_put_in_display_order() -> None:
    # stored in typing (logical) order; drawn right to left, so the glyph order flips
    assert markup(HEBREW) == HEBREW[::-1]
    assert markup(f"Dr {HEBREW} <x>") == f"Dr {HEBREW[::-1]} &lt;x&gt;"
    assert markup("plain text") == "plain text"  # left-to-right text is untouched


EMOJI_NAME = "Ana \U0001f44d\U0001f415 \U0001f600 <Ruiz>"  # thumbs up, dog, grinning face


def _fonts_drawing(data: bytes, wanted: str) -> set[str]:
    """The fonts the text runs holding ``wanted`` are drawn in, on every page."""
    used: set[str] = set()
    for page in reader(data).pages:

        def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
            if wanted in text and isinstance(font, DictionaryObject):
                used.add(str(font.get("/BaseFont", "")).split("+")[-1])

        page.extract_text(visitor_text=visit)
    return used


@pytest.mark.parametrize("builder", [build_summary, build_nurse_sheet, build_trial_diary])
def test_emoji_are_drawn_in_the_fallback_font_and_copy_out_literally(
    catalog: Catalog,
    builder,  # type: ignore[no-untyped-def]
) -> None:
    record = replace(
        demo_consultation(catalog, "en"),
        patient=Patient(name=EMOJI_NAME),
        notes_for_patient="Bring \U0001f48a to the visit",
    )
    data = builder(record, catalog, large_print=False)
    text = all_text(data)
    assert EMOJI_NAME in text  # in the body (and the footer), copyable: a valid text map
    assert "\ufffd" not in text
    assert "Symbola" in _fonts_drawing(data, "\U0001f44d")  # DejaVu has no thumbs up
    assert "DejaVuSans" in _fonts_drawing(data, "\U0001f600")  # DejaVu has this one
    used = fonts(data)
    assert "Symbola" in {font.name.split("+")[-1] for font in used}
    assert all(font.embedded for font in used), used
    if builder is build_summary:
        assert "Bring \U0001f48a to the visit" in text


def test_markup_sets_only_the_characters_dejavu_lacks_in_the_fallback_font() -> None:
    assert markup("a\U0001f44d\U0001f415b \U0001f600") == (
        'a<font name="Symbola">\U0001f44d\U0001f415</font>b \U0001f600'
    )
    assert markup("ñ ¿ <x>") == "ñ ¿ &lt;x&gt;"


def test_the_fallback_font_is_loaded_only_for_a_character_that_needs_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # fonts are registered once per process: a fresh one shows what a document loads
    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from dataclasses import replace\n"
        "from neuromod_aid.catalog import shipped_catalog\n"
        "from neuromod_aid.consultation import Patient\n"
        "from neuromod_aid.demo import demo_consultation\n"
        "from neuromod_aid.pdf.summary import build_summary\n"
        "catalog = shipped_catalog()\n"
        "for lang in ('en', 'es'):\n"
        "    build_summary(demo_consultation(catalog, lang), catalog)\n"
        "print('Symbola' in pdfmetrics.getRegisteredFontNames())\n"
        "record = replace(demo_consultation(catalog, 'es'), patient=Patient(name='Ana 👍'))\n"
        "open(r'%s', 'wb').write(build_summary(record, catalog))\n"
        "print('Symbola' in pdfmetrics.getRegisteredFontNames())\n"
    ) % (tmp_path / "emoji.pdf")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
    data = (tmp_path / "emoji.pdf").read_bytes()
    assert "Symbola" in _fonts_drawing(data, "\U0001f44d")
