"""The clinic's own content through the command line: a draft reaches no patient, its
author cannot approve it, a second person's approval puts it in the next summary (which
names the revision), and the approved revisions travel to another installation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from content_checks.helpers import HARD_ENGLISH as HARD
from pdf_helpers import running_text

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.export import export_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import DATA_DIR_ENV, data_location

INFECTION_SHIPPED = "followed 25 to 140 in every 1,000"
INFECTION_OURS = "followed about 50 in every 1,000"
# the figure as the summary's risk row prints it
# (DRG's infection row borrows SCS's figure and says so: "figure from spinal cord stimulation")
# (every figure of the risk list out of 100, exactly)
PRINTED_SHIPPED = (
    "between about 3 and 14 led to this problem. Between about 86 and 97 did not. "
    "After the operation."
)
PRINTED_OURS = "about 5 led to this problem and 95 did not. After the operation."


def _export(tmp_path: Path, name: str = "all.json") -> dict[str, Any]:
    out = tmp_path / name
    assert main(["content", "export", "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _our_infection_figure(tmp_path: Path) -> Path:
    """A file holding SCS alone, its infection figure our clinic's 50 in 1,000."""
    scs = next(t for t in _export(tmp_path)["therapies"] if t["id"] == "scs")
    risk = next(r for r in scs["risks"] if r["id"] == "infection")
    risk["frequency_low"] = risk["frequency_high"] = 50
    risk["text"]["en"] = risk["text"]["en"].replace(INFECTION_SHIPPED, INFECTION_OURS)
    risk["text"]["es"] = risk["text"]["es"].replace("en 25 a 140 de", "en unas 50 de")
    path = tmp_path / "ours.json"
    path.write_text(json.dumps({"therapies": [scs]}, ensure_ascii=False), encoding="utf-8")
    return path


def _stored_consultation(catalog: Catalog) -> int:
    context = AppContext(data_location().ensure())
    try:
        stored = Consultations(context.database()).start(demo_consultation(catalog, "en"))
    finally:
        context.close()
    return stored.id


def _summary(tmp_path: Path, consultation_id: int, name: str) -> str:
    out = tmp_path / f"{name}.pdf"
    assert main(["summary", "--consultation", str(consultation_id), "-o", str(out)]) == 0
    return " ".join(running_text(out.read_bytes()).split())  # table cells wrap anywhere


def _revisions(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["content", "revisions", "--json"]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


def test_an_infection_figure_reaches_the_summary_only_once_a_second_person_approves_it(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    consultation = _stored_consultation(catalog)
    before = _summary(tmp_path, consultation, "before")
    assert PRINTED_SHIPPED in before and PRINTED_OURS not in before

    ours = _our_infection_figure(tmp_path)
    capsys.readouterr()
    assert main(["content", "import-local", str(ours), "--by", "Dr Ruiz", "--why", "audit"]) == 0
    assert capsys.readouterr().out.strip() == "draft revision 1"
    (draft,) = _revisions(capsys)
    assert (draft["item"], draft["author"], draft["reason"], draft["state"]) == (
        "therapy:scs",
        "Dr Ruiz",
        "audit",
        "draft",
    )
    while_draft = _summary(tmp_path, consultation, "draft")
    assert PRINTED_SHIPPED in while_draft and PRINTED_OURS not in while_draft

    assert main(["content", "approve", "1", "--by", "dr  ruiz"]) == 2
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "another person must approve it" in message
    assert _revisions(capsys)[0]["state"] == "draft"

    assert main(["content", "approve", "1", "--by", "Dr Gómez"]) == 0
    (approved,) = _revisions(capsys)
    assert (approved["state"], approved["approver"]) == ("approved", "Dr Gómez")
    assert approved["decided_at"] is not None
    after = _summary(tmp_path, consultation, "after")
    assert PRINTED_OURS in after and PRINTED_SHIPPED not in after
    assert "Changes used: #1." in after
    assert _export(tmp_path, "in-use.json")["revisions"] == {"therapy:scs": 1}

    local = tmp_path / "local.json"
    assert main(["content", "export-local", "-o", str(local)]) == 0
    _reproduced_on_a_fresh_installation(tmp_path, local, catalog, capsys)


def _reproduced_on_a_fresh_installation(
    tmp_path: Path, local: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(tmp_path / "sister-clinic"))
        consultation = _stored_consultation(catalog)
        assert main(["content", "import-local", str(local), "--by", "Dr Vidal"]) == 0
        assert PRINTED_OURS not in _summary(tmp_path, consultation, "sister-draft")
        assert main(["content", "approve", "1", "--by", "Dr Soto"]) == 0
        assert PRINTED_OURS in _summary(tmp_path, consultation, "sister-after")
        (revision,) = _revisions(capsys)
        assert revision["item"] == "therapy:scs"


def test_an_unchanged_file_makes_no_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = tmp_path / "all.json"
    assert main(["content", "export", "-o", str(everything)]) == 0
    assert main(["content", "import-local", str(everything), "--by", "Dr Ruiz"]) == 0
    assert "no draft made" in capsys.readouterr().out
    assert _revisions(capsys) == []


def test_a_rejected_draft_never_reaches_a_document(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    consultation = _stored_consultation(catalog)
    assert main(["content", "import-local", str(_our_infection_figure(tmp_path)), "--by", "A"]) == 0
    assert main(["content", "reject", "1", "--by", "a"]) == 2
    assert main(["content", "reject", "1", "--by", "B"]) == 0
    assert _revisions(capsys)[0]["state"] == "rejected"
    assert main(["content", "approve", "1", "--by", "C"]) == 2  # decided already
    assert "rejected, not a draft" in capsys.readouterr().err
    assert PRINTED_OURS not in _summary(tmp_path, consultation, "after")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        # the figure changed, its text not: the numbers no longer match
        (lambda risk: risk.update(frequency_low=30, frequency_high=30), "frequency"),
        # a hard text: too hard to read
        (
            lambda risk: risk["text"].update(
                en="Postoperative periprosthetic microbiological contamination necessitates "
                "comprehensive antimicrobial pharmacotherapeutic intervention, occurring in "
                "approximately 25 in every 1,000 operations."
            ),
            "too hard to read",
        ),
        # no source at all
        (lambda risk: risk.update(sources=[]), "sources"),
    ],
)
def test_an_edit_that_fails_the_content_checks_is_refused_and_nothing_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, named: str
) -> None:
    data = _export(tmp_path)
    scs = next(t for t in data["therapies"] if t["id"] == "scs")
    change(next(r for r in scs["risks"] if r["id"] == "infection"))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"therapies": [scs]}), encoding="utf-8")
    capsys.readouterr()
    assert main(["content", "import-local", str(path), "--by", "Dr Ruiz"]) == 2
    message = capsys.readouterr().err
    assert "nothing was saved" in message and "scs" in message and named in message
    assert _revisions(capsys) == []


def test_a_file_with_one_bad_item_imports_nothing_and_names_the_item_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _export(tmp_path)
    glossary = data["glossary"][0]
    glossary["definition"]["en"] = "A short and plain new way to say it."
    glossary["definition"]["es"] = "Una forma nueva, corta y sencilla de decirlo."
    scs = next(t for t in data["therapies"] if t["id"] == "scs")
    scs["risks"][0]["denominator"] = "many"
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps({"glossary": [glossary], "therapies": [scs]}), encoding="utf-8")
    capsys.readouterr()
    assert main(["content", "import-local", str(path), "--by", "Dr Ruiz"]) == 2
    message = capsys.readouterr().err
    assert "'therapy scs'" in message and "denominator" in message
    assert _revisions(capsys) == []


def test_a_wording_change_travels_alone_and_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = {
        "how_to_use": {
            "en": "Read this at home, and share it with your family if you like.",
            "es": "Léalo en casa y, si quiere, compártalo con su familia.",
        }
    }
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"wording": words}, ensure_ascii=False), encoding="utf-8")
    assert main(["content", "import-local", str(path), "--by", "Ana", "--why", "shorter"]) == 0
    capsys.readouterr()
    assert main(["content", "revisions"]) == 0
    listed = capsys.readouterr().out
    assert "sentence:sentence" in listed and "draft" in listed and "Ana" in listed
    assert main(["content", "approve", "1", "--by", "Luis"]) == 0
    local = tmp_path / "local.json"
    assert main(["content", "export-local", "-o", str(local)]) == 0
    exported = json.loads(local.read_text(encoding="utf-8"))
    assert exported["wording"] == words  # that wording alone, not its whole table
    assert exported["revisions"] == {"sentence:sentence": 1}
    assert set(exported) == {"content_version", "wording", "revisions"}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"wording": {"no_such_words": words["how_to_use"]}}))
    assert main(["content", "import-local", str(bad), "--by", "Ana"]) == 2
    assert "'no_such_words'" in capsys.readouterr().err


def test_once_the_clinic_keeps_a_staff_list_only_its_members_sign_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from neuromod_aid.app.staff import Staff, Working

    context = AppContext(data_location().ensure())
    try:
        staff = Staff(context.database(), Working())
        staff.add("Dr Ruiz", "physician")
        gomez = staff.add("Dr Gómez", "physician")
        staff.retire(gomez.id)
    finally:
        context.close()
    ours = _our_infection_figure(tmp_path)
    capsys.readouterr()
    assert main(["content", "import-local", str(ours), "--by", "Dr Nobody"]) == 2
    assert "not on the staff list" in capsys.readouterr().err
    assert main(["content", "import-local", str(ours), "--by", "Dr Ruiz"]) == 0
    capsys.readouterr()
    assert main(["content", "approve", "1", "--by", "Dr Gómez"]) == 2
    assert "retired" in capsys.readouterr().err
    assert _revisions(capsys)[0]["state"] == "draft"


def test_a_draft_scores_the_texts_of_its_own_items_alone(
    monkeypatch: pytest.MonkeyPatch, catalog: Catalog
) -> None:
    """The shipped content passed the checks already: a draft's check scores the texts
    of the items it changes, and still refuses one of them that is too hard to read."""
    from neuromod_aid.catalog import text_checks

    scored: list[str] = []
    real = text_checks.score

    def counting(text, rule, lang):  # type: ignore[no-untyped-def]
        scored.append(text)
        return real(text, rule, lang)

    monkeypatch.setattr(text_checks, "score", counting)
    text_checks.cached_score.cache_clear()
    context = AppContext(data_location().ensure())
    content = context.content()
    glossary = json.loads(json.dumps(export_catalog(catalog)["glossary"][0]))
    glossary["definition"] = {**glossary["definition"], "en": HARD}
    with pytest.raises(UserError, match="too hard to read"):
        content.propose([Edit("glossary", glossary["id"], glossary)], "Dr Ruiz", "plainer")
    context.close()
    assert HARD in scored
    others = {
        text
        for term in catalog.glossary
        if term.id != glossary["id"]
        for text in (term.definition("en"), term.definition("es"))
    }
    assert not others & set(scored)  # no other item's text was scored
