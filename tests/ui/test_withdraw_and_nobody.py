"""Through the real widgets, in English and Spanish: a trial decision withdrawn from the
trial review (asked first, kept on the timeline), and a mark made with nobody chosen as
working shown as "nobody recorded" in the screen's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from neuromod_aid.ui.selftest import type_text
from ui.test_trial_review import _review

LANGS = ["en", "es"]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("lang", LANGS)
def test_a_decision_is_withdrawn_from_the_review_and_stays_on_the_timeline(
    make_window, context, dialogs, lang
) -> None:
    context.records().staff.add("Dra. Ana Ruiz", "physician")
    dialogs.person = "Dra. Ana Ruiz"
    window = make_window(lang)
    cid, review = _review(window)
    assert not review.withdraw_button.isEnabled()  # nothing to withdraw yet
    review.decision.setCurrentIndex(review.decision.findData("no_implant"))
    type_text(review.reasons, "Poco alivio")
    review.decide_button.click()
    assert review.withdraw_button.isEnabled()
    asked = len(dialogs.asked)
    review.withdraw_button.click()  # no reasons: asks for them, withdraws nothing
    assert window.services.pathway.load(cid).record.procedure.decision is not None
    assert window.focusWidget() is review.reasons and len(dialogs.asked) == asked
    type_text(review.reasons, "Anotado por error")
    review.withdraw_button.click()
    assert len(dialogs.asked) == asked + 1  # asked first
    procedure = window.services.pathway.load(cid).record.procedure
    assert procedure.decision is None
    (earlier,) = procedure.withdrawn_decisions
    assert earlier.withdrawn.reasons == "Anotado por error"
    assert earlier.withdrawn.by == "Dra. Ana Ruiz"
    shown = review.decided.text()
    assert shown.startswith(tr("TrialReviewScreen", "Not decided yet."))
    assert "Anotado por error" in shown and "Dra. Ana Ruiz" in shown
    assert not review.withdraw_button.isEnabled()
    window.show_patient(window.services.consultations.load(cid).patient_id)
    timeline = window.patient_view.timeline
    whats = [
        timeline.list.topLevelItem(i).text(1) for i in range(timeline.list.topLevelItemCount())
    ]
    withdrawn = tr("TimelinePanel", "Decision withdrawn: {0}").split("{")[0]
    assert sum(1 for what in whats if what.startswith(withdrawn)) == 1
    assert any(tr("TimelinePanel", "(withdrawn)") in what for what in whats)


@pytest.mark.parametrize("lang", LANGS)
def test_a_mark_with_nobody_working_says_nobody_recorded(make_window, qtbot, lang) -> None:
    window = make_window(lang)
    cid, _ = _review(window)  # on the way: the demo's procedure screen
    consent = next(row for row in window.workspace.screen.rows if row.item.id == "consent")
    window.workspace.show_procedure(cid)
    consent.state.setFocus()
    qtbot.keyClick(consent.state, Qt.Key.Key_Down)
    mark = window.services.pathway.load(cid).record.procedure.mark("consent")
    assert mark.by is None
    assert consent.who.text().startswith(tr("Staff", "nobody recorded") + ",")
