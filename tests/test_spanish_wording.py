"""Spanish wording that fits every patient: the record stores no gender, so nothing
the patient reads may say "cansado" or "cansada" about them; and it stays plain."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pdf_helpers import all_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.readability import score
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.texts import text_blocks
from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation, with_demo_sign_off
from neuromod_aid.pdf import build_document
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.pdf.trial_diary import build_trial_diary

# "(no) estoy seguro", "cuando esté listo", "se siente ... preocupado", "sigue despierto":
# a verb of being or feeling, then (within three words) an adjective with a gender
SAID_OF_THE_PATIENT = re.compile(
    r"\b(?:estoy|está|esté|estar|estará|sigue|seguir|quedo|queda|quede|quedarse|"
    r"siento|siente|sienta|sentirse|encuentra|encuentre)\b(?:\s+[\wáéíóúñ]+){0,3}?\s+"
    r"(?:acompañad|agotad|animad|asustad|cansad|content|decidid|despiert|dormid|"
    r"ingresad|list|mare|nervios|operad|preocupad|recuperad|satisfech|segur|sentad|"
    r"tranquil)[oa]\b",
    re.IGNORECASE,
)


def test_the_pattern_finds_what_it_is_for() -> None:
    for phrase in (
        "No estoy seguro",
        "llámenos cuando esté listo",
        "Si se siente muy triste o preocupada",
        "Usted sigue despierto.",
        "Estar mucho rato sentado",
    ):
        assert SAID_OF_THE_PATIENT.search(phrase), phrase
    for phrase in ("la cifra es poco segura", "las piernas débiles o dormidas", "raíz nerviosa"):
        assert not SAID_OF_THE_PATIENT.search(phrase), phrase


def _spanish_documents(catalog: Catalog) -> dict[str, str]:
    record = replace(
        demo_consultation(catalog, "es"), therapies_discussed=tuple(t.id for t in catalog.therapies)
    )
    undecided = replace(record, next_steps=())  # "call us when you are ready"
    documents = {
        "summary": all_text(build_summary(record, catalog)),
        "summary, no step agreed": all_text(build_summary(undecided, catalog)),
    }
    for therapy in catalog.therapies:
        planned = replace(record, procedure=Procedure(therapy=therapy.id))
        documents[f"nurse sheet, {therapy.id}"] = all_text(build_nurse_sheet(planned, catalog))
        documents[f"diary, {therapy.id}"] = all_text(build_trial_diary(planned, catalog))
    return documents


def test_no_spanish_document_assumes_the_patients_gender(catalog: Catalog) -> None:
    found = {
        document: SAID_OF_THE_PATIENT.findall(" ".join(text.split()))
        for document, text in _spanish_documents(catalog).items()
    }
    assert not {document: phrases for document, phrases in found.items() if phrases}


def test_no_question_is_followed_by_a_colon_and_a_time_frame_reads_on_in_lower_case(
    catalog: Catalog,
) -> None:
    """A label that is a question is answered after its question mark ("¿Hace falta
    operar? No."), never "?:"; after "Plazo:" the time frame goes on in lower case
    ("Plazo: en 2 años"), as the rest of the text after a colon does (round-5 review,
    section 6)."""
    time_frame = re.compile(re.escape(catalog.words("es")("compare_over_time")) + r":\s+[A-ZÁÉÍÓÚ]")
    found = {
        document: [m.group() for m in re.finditer(r"\S*\?\s*:|" + time_frame.pattern, flat)]
        for document, text in _spanish_documents(catalog).items()
        for flat in [" ".join(text.split())]
    }
    assert not {document: said for document, said in found.items() if said}


def test_no_spanish_text_on_screen_assumes_the_patients_gender(catalog: Catalog) -> None:
    found = [
        (block.item, block.field, match.group())
        for block in text_blocks(catalog, {})
        for match in SAID_OF_THE_PATIENT.finditer(block.text("es"))
    ]
    assert not found


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_diary_wording_is_plain(catalog: Catalog, lang: Lang) -> None:
    """Grade 7 at most in English; INFLESZ 65 at least in Spanish ("fairly easy")."""
    words = catalog.words(lang)
    keys = [
        key
        for key in (*catalog.labels, *catalog.sentences)
        if key.startswith(("diary_", "time_", "sleep_"))
    ]
    sentences = [part.strip().rstrip(".:") + "." for key in keys for part in words(key).split("|")]
    value = score(" ".join(sentences), catalog.manifest.languages[lang].readability, lang).value
    assert value <= 7 if lang == "en" else value >= 65, value


def test_the_staff_are_named_without_assuming_a_gender_and_the_role_reads_in_the_sentence(
    catalog: Catalog,
) -> None:
    """Review 4, section 6: the record's staff list stores no gender, so the sign-off
    does not call the physician "médico" (nor "médica"); and the clinician's role,
    written with a capital in the record, reads in lower case after the comma, unless it
    starts with an acronym."""

    def read(data: bytes) -> str:  # words wrapped or hyphenated across lines joined up
        return squeezed(all_text(data)).replace("-", "")

    record = demo_consultation(catalog, "es")
    text = read(build_document("summary", record, catalog))  # with the demo's sign-off
    signed = with_demo_sign_off(record, catalog).sign_off
    assert signed is not None and squeezed(signed.by) in text  # the demo's lead signed it
    for gendered in ("médico", "médica"):  # what once followed the name
        assert squeezed(f"{signed.by}, {gendered}") not in text
    name, role = record.clinician.name, record.clinician.role
    assert role[:1].isupper() and squeezed(f"{name}, {role[:1].lower()}{role[1:]}") in text
    acronym = replace(record, clinician=replace(record.clinician, role="MIR de anestesia"))
    assert squeezed(f"{name}, MIR de anestesia") in read(
        build_document("summary", acronym, catalog)
    )
