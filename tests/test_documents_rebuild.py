"""``neuromod-aid documents rebuild DOC_ID -o OUT.pdf``: a recorded document made again
from its record and the content it was built from, after the clinic changed a figure
since; refused in one line when that content is not available (issue #12, point 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_helpers import running_text, squeezed
from sqlalchemy import update
from test_content_trace import _approved

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.db import models
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording


def _said(catalog: Catalog, lang: str) -> str:
    """The SCS infection figure, as the summary's risk list made from ``catalog`` says it."""
    infection = catalog.therapy("scs").risk("infection")
    assert infection is not None
    return squeezed(risk_figure(infection, Wording(catalog, lang)).row)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_rebuild_shows_the_figure_as_printed_and_a_new_summary_the_new_one(
    tmp_path: Path, catalog: Catalog, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    context = AppContext(data_location().ensure())
    content = context.content()
    _approved(content, 30)
    then = context.catalog()
    stored = Consultations(context.database()).start(demo_consultation(catalog, lang))
    first = tmp_path / "first.pdf"
    assert main(["summary", "--consultation", str(stored.id), "-o", str(first)]) == 0
    (document,) = Consultations(context.database()).documents(stored.id)
    second = _approved(content, 35)  # the clinic changes the figure after it was handed out
    later = context.catalog()
    context.close()
    assert _said(then, lang) != _said(later, lang)

    rebuilt, new = tmp_path / "rebuilt.pdf", tmp_path / "new.pdf"
    assert main(["documents", "rebuild", str(document.id), "-o", str(rebuilt)]) == 0
    assert f"wrote {rebuilt}" in capsys.readouterr().out
    assert main(["summary", "--consultation", str(stored.id), "-o", str(new)]) == 0
    as_printed = running_text(rebuilt.read_bytes())
    assert as_printed == running_text(first.read_bytes())  # the words, page by page
    assert _said(then, lang) in squeezed(as_printed)
    now = squeezed(running_text(new.read_bytes()))
    assert _said(later, lang) in now and _said(then, lang) not in now
    assert f"#{second}" in now and f"#{second}" not in squeezed(as_printed)


def test_a_rebuild_is_refused_in_one_line_when_its_content_is_gone(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    context = AppContext(data_location().ensure())
    stored = Consultations(context.database()).start(demo_consultation(catalog, "en"))
    out = tmp_path / "nurse.pdf"
    assert main(["nurse-sheet", "--consultation", str(stored.id), "-o", str(out)]) == 0
    (document,) = Consultations(context.database()).documents(stored.id)
    with context.database().session() as session:  # as if made by an older program
        session.execute(update(models.DocumentRow).values(content_version="0.9.0"))
    context.close()
    capsys.readouterr()
    again = tmp_path / "again.pdf"
    assert main(["documents", "rebuild", str(document.id), "-o", str(again)]) == 2
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1
    assert "0.9.0" in said and catalog.manifest.content_version in said  # what differs
    assert not again.exists()
    assert main(["documents", "rebuild", "999", "-o", str(again)]) == 2
    assert "999" in capsys.readouterr().err
