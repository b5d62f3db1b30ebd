"""The trial review, the follow-up visits and the timeline through the real widgets, in
English and Spanish (issue 13 §5, §6): the diary entered day by day, the chart drawn
from it, the decision planning the implant, the trial result PDF, a follow-up visit,
and the patient's pathway on a timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from neuromod_aid.present.trial_result import PAIN_MAX, RELIEF_MAX
from neuromod_aid.ui.selftest import pdf_text, type_text

LANGS = ["en", "es"]
PAINS = ["7", "8", "6", "4", "3", "", "2"]  # 3 days before the trial, then the trial's
RELIEF = ["", "", "", "40", "60", "50", "80"]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _review(window):  # type: ignore[no-untyped-def]
    window.open_demo()
    cid = window.controller.consultation_id
    window.workspace.show_procedure(cid)
    screen = window.workspace.screen
    assert screen.review_button.isVisible()  # the demo's procedure is a trial
    screen.review_button.click()
    review = window.workspace.review
    assert window.stack.currentWidget() is review
    return cid, review


def _flat(points) -> list[float]:  # type: ignore[no-untyped-def]
    return [value for point in points for value in point]


def _type(review, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from neuromod_aid.ui.diary_table import COLUMNS

    review.table.item(row, COLUMNS.index(key)).setText(text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_diary_entered_by_day_is_saved_and_drawn_point_by_point(
    make_window, qtbot, lang
) -> None:
    window = make_window(lang)
    cid, review = _review(window)
    # the demo's completed diary is shown: 3 days before, 7 trial days
    assert review.table.rowCount() == 10
    for row in range(review.table.rowCount()):
        for key in ("pain", "relief", "activity", "sleep", "medicines", "problems"):
            _type(review, row, key, "")
    for row, (pain, relief) in enumerate(zip(PAINS, RELIEF, strict=True)):
        _type(review, row, "pain", pain)
        _type(review, row, "relief", relief)
    _type(review, 5, "activity", "Paseo")  # a day with no pain written is still a day
    _type(review, 4, "sleep", tr("TrialReview", "well"))
    review.save_diary.click()
    assert review.problem.text() == ""
    diary = window.services.pathway.load(cid).record.procedure.diary
    assert [(d.phase, d.day, d.pain, d.relief) for d in diary] == [
        ("baseline", 1, 7, None),
        ("baseline", 2, 8, None),
        ("baseline", 3, 6, None),
        ("trial", 1, 4, 40),
        ("trial", 2, 3, 60),
        ("trial", 3, None, 50),
        ("trial", 4, 2, 80),
    ]
    assert diary[4].sleep == "well" and diary[5].activity == "Paseo"
    chart = review.chart
    box = chart.plot_box()
    columns = len(PAINS)
    pain, relief = chart.chart.series

    def at(column: int, value: float, top: float) -> tuple[float, float]:
        return (
            box.left + (column + 0.5) * box.width / columns,
            box.top + box.height - value / top * box.height,
        )

    expected = [at(n, int(p), PAIN_MAX) for n, p in enumerate(PAINS) if p]
    assert _flat(chart.points_of(pain)) == pytest.approx(_flat(expected))
    expected = [at(n, int(r), RELIEF_MAX) for n, r in enumerate(RELIEF) if r]
    assert _flat(chart.points_of(relief)) == pytest.approx(_flat(expected))
    levels = {level.key: level.value for level in chart.chart.levels}
    assert levels["baseline"] == pytest.approx(7.0)
    assert levels["success"] == pytest.approx(3.5)  # the content's 50% of the pain gone
    said = tr(
        "TrialReviewScreen",
        "Usual pain before the trial {0:.1f}, during it {1:.1f}: {2:.0f}% of the pain gone.",
    ).format(7.0, 3.0, 400 / 7)
    assert said in review.result.text()


@pytest.mark.parametrize("lang", LANGS)
def test_a_wrong_value_is_refused_with_the_day_named(make_window, lang) -> None:
    window = make_window(lang)
    cid, review = _review(window)
    before = window.services.pathway.load(cid).record.procedure.diary
    _type(review, 3, "pain", "11")
    _type(review, 4, "sleep", "zzz")
    review.save_diary.click()
    day1 = tr("TrialReview", "Trial {0}").format(1)
    wrong = tr("DiaryTable", "{0}: the pain is a whole number from 0 to 10.")
    assert wrong.format(day1) in review.problem.text()
    day2 = tr("TrialReview", "Trial {0}").format(2)
    assert tr("DiaryTable", "{0}: sleep is well, OK or badly.").format(day2) in (
        review.problem.text()
    )
    assert window.services.pathway.load(cid).record.procedure.diary == before


@pytest.mark.parametrize("lang", LANGS)
def test_the_decision_plans_the_implant_and_the_result_is_printed(
    make_window, context, dialogs, lang
) -> None:
    context.records().staff.add("Dra. Ana Ruiz", "physician")
    dialogs.person = "Dra. Ana Ruiz"
    window = make_window(lang)
    cid, review = _review(window)
    review.decide_button.click()  # no reasons yet: nothing recorded
    assert window.services.pathway.load(cid).record.procedure.decision is None
    assert window.focusWidget() is review.reasons
    review.decision.setCurrentIndex(review.decision.findData("implant"))
    type_text(review.reasons, "Más de la mitad del dolor se fue; camina más")
    review.decide_button.click()
    made = window.services.pathway.load(cid).record.procedure.decision
    assert (made.decision, made.by) == ("implant", "Dra. Ana Ruiz")
    # the box is cleared for the next decision; what was recorded, reasons too, is said
    assert review.reasons.toPlainText() == ""
    assert review.decided.text().endswith("Más de la mitad del dolor se fue; camina más")
    # and it is in sight: on a laptop's screen the line is below the fold
    shown = review.decided.visibleRegion().boundingRect()
    assert shown.height() == review.decided.height()
    assert review.implant_button.isEnabled()
    review.print_button.click()
    (saved,) = dialogs.folder.glob("*.pdf")
    text = " ".join(pdf_text(saved.read_bytes()).split())
    assert "Más de la mitad del dolor se fue; camina más" in text
    assert [d.kind for d in window.services.consultations.documents(cid)] == ["trial_result"]
    review.implant_button.click()  # the implant planned, pre-filled
    screen = window.workspace.screen
    assert window.stack.currentWidget() is screen
    assert screen.consultation_id == made.next_consultation
    assert tr("ProcedureEditor", "Implant") in screen.facts.text()
    assert not screen.review_button.isVisible()  # an implant has no trial review


@pytest.mark.parametrize("lang", LANGS)
def test_a_follow_up_visit_is_recorded_and_the_timeline_shows_the_pathway(
    make_window, qtbot, lang
) -> None:
    window = make_window(lang)
    window.open_demo()
    cid = window.controller.consultation_id
    window.workspace.show_procedure(cid)
    panel = window.workspace.screen.follow_ups
    panel.day.set_value(dt.date(2027, 1, 11))
    panel.pain.setValue(3)
    panel.relief.setValue(65)
    type_text(panel.settings, "Amplitud 2,1 mA")
    panel.record_button.click()
    (visit,) = window.services.pathway.load(cid).record.procedure.follow_ups
    assert (visit.date, visit.pain, visit.relief, visit.settings) == (
        dt.date(2027, 1, 11),
        3,
        65,
        "Amplitud 2,1 mA",
    )
    row = panel.list.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == ["2027-01-11", "3", "65 %", "Amplitud 2,1 mA"]
    assert panel.pain.value() == panel.pain.minimum()  # the form is ready for the next
    window.show_patient(window.services.consultations.load(cid).patient_id)
    timeline = window.patient_view.timeline
    rows = [
        [timeline.list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(timeline.list.topLevelItemCount())
    ]
    whats = [r[1] for r in rows]
    assert whats[0] == tr("TimelinePanel", "Consultation")
    assert tr("TimelinePanel", "Follow-up visit") == whats[-1]
    assert any(w.startswith(tr("TimelinePanel", "Call: {0}").split("{")[0]) for w in whats)
    dates = [r[0] for r in rows]
    assert dates == sorted(dates)
    # pain over time: the demo diary's 10 days, then the visit
    series = timeline.chart.chart.series[0]
    assert series.values[-1] == 3.0 and len(series.values) == 11
    assert timeline.chart.chart.columns[-1] == "2027-01-11"


@pytest.mark.parametrize("lang", LANGS)
def test_the_trial_review_reads_in_order_by_keyboard_with_every_stop_named(
    make_window, qtbot, lang
) -> None:
    from ui.test_keyboard import check_chain, clashes

    window = make_window(lang)
    cid, review = _review(window)
    qtbot.wait(10)
    assert check_chain(review) == []
    assert clashes(review) == []
    assert window.focusWidget() is review.table
    window.workspace.show_procedure(cid)
    qtbot.wait(10)
    assert check_chain(window.workspace.screen) == []
    assert clashes(window.workspace.screen) == []
