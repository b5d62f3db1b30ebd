"""A figure's fields in the editor, through its real widgets in English and Spanish: a
risk's numbers, what they are out of and its time frame, an outcome's rates and its
population, with the figure's checks said as it is edited (a number its text does not
show, a range that cannot be) and saved into the draft."""

from __future__ import annotations

import pytest

from neuromod_aid.ui.content.editor import ENTRY_ROLE
from neuromod_aid.ui.selftest import type_text
from ui.test_content_editor import _choose, _click, _field, _open_editor, _retype

WORDS = {
    "en": ("does not show 30 (frequency_low)", "The figure matches its text.", "Not a figure"),
    "es": ("no muestra 30 (frequency_low)", "La cifra coincide con su texto.", "No es una cifra"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_risks_figure_is_checked_against_its_text_as_it_is_edited(
    make_window, dialogs, qtbot, lang
) -> None:  # type: ignore[no-untyped-def]
    unshown, fine, invalid = WORDS[lang]
    editor = _open_editor(make_window(lang), qtbot)
    _choose(editor, "risk", "scs", "infection")
    tab, panel = editor.edit_tab, editor.edit_tab.figure_panel
    assert panel.check.text() == fine
    assert not panel.numbers["rate_treatment"].isVisible()
    assert panel.texts[("timeframe", "en")].text() == "After the operation"
    assert panel.denominator.currentData() == 1000
    for name in ("frequency_low", "frequency_high"):
        panel.numbers[name].setValue(30)
    assert unshown in panel.check.text()  # both languages' texts still say 25
    panel.numbers["frequency_low"].setValue(40)  # above the highest figure
    assert panel.check.text().startswith(invalid)
    panel.numbers["frequency_low"].setValue(30)
    _field(editor, "risks.infection.text")
    _retype(
        tab.texts["en"],
        "Germs can get in. In our clinic, this happened after about 30 in every 1,000 operations.",
    )
    _retype(
        tab.texts["es"],
        "Pueden entrar gérmenes. En nuestra clínica, pasó en unas 30 de cada 1000 operaciones.",
    )
    assert panel.check.text() == fine
    for lang_code, text in (("en", "In the first year"), ("es", "En el primer año")):
        _retype(panel.texts[("timeframe", lang_code)], text)
    type_text(tab.author, "Dr Ruiz")
    _click(qtbot, editor, tab.save)
    assert dialogs.warnings == []
    (draft,) = editor.content.revisions()
    risk = next(r for r in draft.document["risks"] if r["id"] == "infection")
    assert (risk["frequency_low"], risk["frequency_high"]) == (30, 30)
    assert risk["timeframe"] == {"en": "In the first year", "es": "En el primer año"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_outcomes_rates_and_population_are_fields(make_window, dialogs, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(make_window(lang), qtbot)
    tree = editor.edit_tab.tree
    (outcomes,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).child(0).data(0, ENTRY_ROLE).group == "outcome"
    ]
    tree.setCurrentItem(outcomes.child(0))  # SCS, the PROCESS trial at 6 months
    outcome = editor.catalog.therapy("scs").outcomes[0]
    panel = editor.edit_tab.figure_panel
    assert panel.isVisible() and not panel.numbers["frequency_low"].isVisible()
    assert panel.numbers["rate_treatment"].value() == outcome.rate_treatment
    assert panel.numbers["rate_comparator"].value() == outcome.rate_comparator
    assert panel.texts[("population", "es")].text() == outcome.population("es")
    assert panel.check.text() == WORDS[lang][1]
    panel.numbers["rate_comparator"].setValue(panel.numbers["rate_comparator"].minimum())
    assert panel.check.text().startswith(WORDS[lang][2])  # a comparison with no rate
    panel.numbers["rate_comparator"].setValue(outcome.rate_comparator)
    _retype(
        panel.texts[("population", "en")], "People with leg pain after back surgery (100 people)"
    )
    type_text(editor.edit_tab.author, "Dr Ruiz")
    _click(qtbot, editor, editor.edit_tab.save)
    assert dialogs.warnings == []
    (draft,) = editor.content.revisions()
    assert draft.document["outcomes"][0]["population"]["en"] == (
        "People with leg pain after back surgery (100 people)"
    )
