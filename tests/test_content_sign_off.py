"""A physician's clinical sign-off of the content in use (issue 11 §5, IPDAS "who
checked it"): recorded from the command line, printed in every patient document with
their name, role and day, refused for anyone else, ended by a newly approved revision,
kept by a rebuild, and audited; a new data folder has none, the demo its own fictional
one."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import running_text, squeezed

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.staff import Staff, Working
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.present.wording import Wording

RUIZ = "Dra. Elena Ruiz"
ON = dt.date(2026, 11, 30)


def _staff() -> None:
    context = AppContext(data_location().ensure())
    try:
        staff = Staff(context.database(), Working())
        staff.add(RUIZ, "physician")
        staff.add("Rosa Pérez", "nurse")
        staff.add("Dr Luis Gómez", "physician")
        retired = staff.add("Dr Ana Sanz", "physician")
        staff.retire(retired.id)
    finally:
        context.close()


def _ours(catalog: Catalog, lang: str) -> Consultation:
    """A consultation of this clinic's own (not the demo's, which has its own sign-off)."""
    record = demo_consultation(catalog, lang)
    return replace(
        record,
        patient=replace(record.patient, name="Marta Vidal", record_number="H-4471"),
        clinic=replace(record.clinic, name="Unidad del Dolor, Hospital Norte"),
    )


def _stored(record: Consultation) -> int:
    context = AppContext(data_location().ensure())
    try:
        return Consultations(context.database()).start(record).id
    finally:
        context.close()


def _printed(kind: str, consultation: int, tmp_path: Path) -> str:
    out = tmp_path / f"{kind}-{consultation}.pdf"
    assert main([kind, "--consultation", str(consultation), "-o", str(out)]) == 0
    return squeezed(running_text(out.read_bytes()))


def _sign(who: str, on: dt.date = ON) -> int:
    return main(["content", "sign-off", "--by", who, "--on", on.isoformat()])


def _signed_words(catalog: Catalog, lang: str, key: str = "signed_off") -> str:
    words = Wording(catalog, lang)
    return squeezed(
        words(
            key,
            who=RUIZ,
            role=words("sign_off_role_physician"),
            on=words.date(ON),
            version=catalog.manifest.content_version,
        )
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_physicians_sign_off_is_printed_in_the_summary_and_the_sheets(
    lang: str, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _staff()
    consultation = _stored(_ours(catalog, lang))
    not_yet = squeezed(catalog.manifest.reviewed_by(lang))
    assert not_yet in _printed("summary", consultation, tmp_path)
    assert main(["content", "sign-off"]) == 0
    assert "nobody has signed off" in capsys.readouterr().out

    assert _sign(RUIZ) == 0
    said = capsys.readouterr().out
    assert f"signed off by {RUIZ} (physician) on 2026-11-30" in said
    assert "not signed off" not in said
    signed = _signed_words(catalog, lang)
    for kind in ("summary", "nurse-sheet", "trial-diary"):
        printed = _printed(kind, consultation, tmp_path)
        assert signed in printed, kind
        assert not_yet not in printed, kind
        # who wrote it is said beside who checked it
        assert squeezed(catalog.manifest.made_by(lang)) in printed, kind


def test_the_sign_off_is_audited_as_the_physicians(capsys: pytest.CaptureFixture[str]) -> None:
    _staff()
    assert _sign(RUIZ) == 0
    capsys.readouterr()
    assert main(["audit", "list", "--json"]) == 0
    lines = json.loads(capsys.readouterr().out)
    signed = [line for line in lines if line["action"] == "content_signed_off"]
    assert len(signed) == 1 and signed[0]["who"] == RUIZ


@pytest.mark.parametrize(
    ("who", "on", "why"),
    [
        ("Dr Nobody", ON, "is not on the staff list"),
        ("Rosa Pérez", ON, "is not a physician"),
        ("Dr Ana Sanz", ON, "has retired"),
        (RUIZ, dt.date.today() + dt.timedelta(days=1), "is still to come"),
        ("  ", ON, "give the name"),
    ],
)
def test_only_a_physician_on_the_staff_list_signs_off_on_a_day_that_has_come(
    who: str,
    on: dt.date,
    why: str,
    catalog: Catalog,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _staff()
    capsys.readouterr()
    assert _sign(who, on) == 2
    assert why in capsys.readouterr().err
    printed = _printed("summary", _stored(_ours(catalog, "en")), tmp_path)
    assert squeezed(catalog.manifest.reviewed_by("en")) in printed


def test_with_no_staff_list_nobody_can_sign_off(capsys: pytest.CaptureFixture[str]) -> None:
    """Approving content needs only a name while the clinic keeps no list; a sign-off
    prints a role, so it needs the list."""
    assert _sign(RUIZ) == 2
    assert "is not on the staff list" in capsys.readouterr().err


def _approve_a_change() -> int:
    context = AppContext(data_location().ensure())
    try:
        content = context.content()
        row = content.document_in_use("blood_thinner", "warfarin")
        row["local_review"] = {"reviewed_by": RUIZ, "reviewed_on": ON.isoformat()}
        (draft,) = content.propose([Edit("blood_thinner", "warfarin", row)], RUIZ, "checked")
        content.approve(draft, "Dr Luis Gómez")
        return draft
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_newly_approved_revision_ends_the_sign_off_until_it_is_signed_again(
    lang: str, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _staff()
    consultation = _stored(_ours(catalog, lang))
    assert _sign(RUIZ) == 0
    revision = _approve_a_change()
    capsys.readouterr()
    assert main(["content", "sign-off"]) == 0
    assert "it is not signed off" in capsys.readouterr().out
    lapsed = _printed("summary", consultation, tmp_path)
    words = Wording(catalog, lang)
    assert _signed_words(catalog, lang, "signed_off_earlier") in lapsed
    assert squeezed(words("sign_off_lapsed")) in lapsed
    assert _signed_words(catalog, lang) not in lapsed

    assert _sign(RUIZ) == 0  # checked again, with the clinic's change
    again = _printed("summary", consultation, tmp_path)
    assert _signed_words(catalog, lang) in again
    assert squeezed(words("signed_off_changes", revisions=f"#{revision}")) in again
    assert squeezed(words("sign_off_lapsed")) not in again


def test_a_rebuild_prints_the_sign_off_the_document_had(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _staff()
    consultation = _stored(_ours(catalog, "en"))
    assert _sign(RUIZ) == 0
    first = tmp_path / "first.pdf"
    assert main(["summary", "--consultation", str(consultation), "-o", str(first)]) == 0
    context = AppContext(data_location().ensure())
    try:
        (document,) = context.records().consultations.documents(consultation)
    finally:
        context.close()
    _approve_a_change()
    rebuilt = tmp_path / "rebuilt.pdf"
    assert main(["documents", "rebuild", str(document.id), "-o", str(rebuilt)]) == 0
    assert running_text(rebuilt.read_bytes()) == running_text(first.read_bytes())
    assert _signed_words(catalog, "en") in squeezed(running_text(rebuilt.read_bytes()))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_demo_is_signed_off_by_its_fictional_clinic_lead_and_a_new_clinic_is_not(
    lang: str, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.pdf"
    assert main(["summary", "--demo", "--lang", lang, "-o", str(out)]) == 0
    printed = squeezed(running_text(out.read_bytes()))
    words = Wording(catalog, lang)
    lead = "Dr. Robin Demo (demo clinic lead)" if lang == "en" else "Dra. Robin Demo"
    assert squeezed(lead) in printed
    assert squeezed(words("sign_off_role_physician")) in printed
    assert squeezed(catalog.manifest.reviewed_by(lang)) not in printed
    capsys.readouterr()
    assert main(["content", "sign-off"]) == 0
    assert "nobody has signed off" in capsys.readouterr().out


def test_a_real_clinic_with_the_demo_s_name_and_number_gets_no_fictional_sign_off(
    catalog: Catalog,
) -> None:
    from neuromod_aid.pdf import build_document

    demo = demo_consultation(catalog, "en")
    real = replace(demo, clinic=replace(demo.clinic, email="dolor@clinic.example"))
    printed = squeezed(running_text(build_document("summary", real, catalog)))
    assert squeezed("Robin Demo") not in printed
    assert squeezed(catalog.manifest.reviewed_by("en")) in printed


def test_a_database_at_0012_upgrades_with_its_staff_and_revisions_and_no_sign_off(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Written by the previous schema (``0012_audit``): a physician on the staff list and
    an approved revision; after the upgrade both are there, nobody has signed off, and
    the physician can."""
    from alembic import command
    from sqlalchemy import text

    from neuromod_aid.catalog.loader import catalog_documents, item_id
    from neuromod_aid.db.engine import make_engine
    from neuromod_aid.db.migrate import _config

    location = data_location().ensure()
    engine = make_engine(f"sqlite:///{location.database_file}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012_audit")
    warfarin = next(
        d
        for d in catalog_documents(catalog)["blood_thinner"]
        if item_id("blood_thinner", d) == "warfarin"
    )
    warfarin["local_review"] = {"reviewed_by": RUIZ, "reviewed_on": ON.isoformat()}
    now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO staff (id, name, name_folded, role, created_at, updated_at)"
                " VALUES (1, :name, 'dra. elena ruiz', 'physician', :now, :now)"
            ),
            {"name": RUIZ, "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO content_revisions (id, item_kind, item_id, document, author,"
                " reason, state, approver, created_at, decided_at)"
                " VALUES (1, 'blood_thinner', 'warfarin', :document, :author, 'checked',"
                " 'approved', 'Dr Luis Gómez', :now, :now)"
            ),
            {"document": json.dumps(warfarin), "author": RUIZ, "now": now},
        )
    engine.dispose()

    assert main(["content", "sign-off"]) == 0  # opening the database upgrades it
    assert "nobody has signed off" in capsys.readouterr().out
    assert main(["content", "revisions", "--json"]) == 0
    (revision,) = json.loads(capsys.readouterr().out)
    assert (revision["item"], revision["state"], revision["author"]) == (
        "blood_thinner:warfarin",
        "approved",
        RUIZ,
    )
    assert _sign(RUIZ) == 0
    assert "the clinic's revisions: #1" in capsys.readouterr().out
