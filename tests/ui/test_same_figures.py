"""One record, the same figure words everywhere: the Risks and Options steps, the patient
screen and the printed summary, in English and in Spanish, for every risk and every
outcome of the shipped catalog; and the agreed next step said in words on the screen."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed
from PySide6.QtWidgets import QLabel
from risk_helpers import said_before

from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.figures import outcome_figure, risk_figure
from neuromod_aid.present.next_steps import step_text
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import lower_first
from neuromod_aid.trial import BASELINE_DAYS
from neuromod_aid.ui.steps.base import StepId


def _read(html_text: str) -> str:
    """A label's rich text as the reader sees it, without spaces (lines wrap differently)."""
    return squeezed(html.unescape(re.sub(r"<[^>]+>", " ", html_text)))


def _labels_of(widget) -> str:
    return _read(" ".join(label.text() for label in widget.findChildren(QLabel)))


def _every_therapy_discussed(make_window, lang: str):
    window = make_window(lang)
    window.open_demo()
    catalog = window.services.catalog
    chosen = tuple(t.id for t in catalog.therapies)
    window.controller.update(lambda r: replace(r, therapies_discussed=chosen))
    record = window.controller.record
    assert record.language == lang
    return window, catalog, record


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_risk_and_outcome_reads_the_same_on_screen_and_on_paper(make_window, lang) -> None:
    window, catalog, record = _every_therapy_discussed(make_window, lang)
    words = Wording(catalog, lang)
    paper = squeezed(running_text(build_summary(record, catalog)))  # a row may cross a page
    window.walkthrough.go(3)
    risks_step = {
        (row.therapy_id, row.risk_id): _labels_of(row)
        for row in window.walkthrough.page("risks").rows
    }
    window.walkthrough.go(2)
    options_step = window.walkthrough.page("options")
    window.present_action.setChecked(True)
    screen = window.presentation
    checked = 0
    for therapy in catalog.therapies:
        screen.follow(record, StepId.RISKS, (therapy.id,))
        screen.rebuild()
        patient_risks = _read(screen.text())
        for risk in therapy.risks:
            figure = risk_figure(risk, words)
            on_step = risks_step[(therapy.id, risk.id)]
            said = [figure.caption, figure.band, figure.same_as, figure.over_time]
            for line in filter(None, said):
                assert squeezed(line) in on_step, (risk.id, line)
                assert squeezed(line) in patient_risks, (risk.id, line)
            # on paper one compact row with the same EU word and the screen's words for
            # how often, in whole people; a figure of 1 in 100 or more out of 100 there
            # (the screen's words go with its picture of 1,000)
            # (the row follows "How often:": its first letter in lower case)
            listed = figure.listed if figure.band_word else lower_first(figure.listed)
            assert figure.band_word in figure.band and listed in figure.row
            assert figure.listed == figure.how_often or words.number(100) in figure.listed
            earlier = said_before(catalog, record.therapies_discussed, therapy.id, risk)
            if earlier:  # the same risk as an earlier option's: its row says the figure
                same = words("risks_as_for", name=catalog.therapy(earlier).short_name(lang))
                assert squeezed(same) in paper and squeezed(figure.listed) in paper
            else:
                assert squeezed(figure.row) in paper, (risk.id, figure.row)
            if risk.frequency_low is not None:  # the caption the screen shows, word for word
                assert figure.how_often == figure.caption, risk.id
            checked += 1
        options_step.show_explanation(therapy.id)
        explained = squeezed(options_step.explanation.toPlainText())
        screen.follow(record, StepId.OPTIONS, (therapy.id,))
        screen.rebuild()
        patient_option = _read(screen.text())
        for outcome in therapy.outcomes:
            line = squeezed(outcome_figure(outcome, therapy, words))
            assert line in explained, outcome.id
            assert line in patient_option, outcome.id
            # on paper the study's text, and the figure line unless the text already
            # says each of its figures and the line has no certainty of its own to add
            text = outcome.text(lang)
            assert squeezed(text) in paper, outcome.id
            rates = (outcome.rate_treatment, outcome.rate_comparator)
            in_text = all(words.number(r) in text for r in rates if r is not None)
            assert line in paper or (in_text and outcome.certainty is None), outcome.id
            checked += 1
    assert checked == sum(len(t.risks) + len(t.outcomes) for t in catalog.therapies)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_patient_screen_says_the_agreed_step_and_its_date_in_words(make_window, lang) -> None:
    window = make_window(lang)
    window.open_demo()
    record = window.controller.record
    agreed = record.agreed_step
    assert agreed is not None and agreed.date is not None
    words = Wording(window.services.catalog, lang)
    said = squeezed(step_text(agreed, words))
    first_page = squeezed(page_texts(build_summary(record, window.services.catalog))[0])
    assert said in first_page  # as the summary's key points say it
    window.present_action.setChecked(True)
    screen = window.presentation
    for step in (StepId.QUESTIONS, StepId.SUMMARY):
        screen.follow(record, step)
        screen.rebuild()
        shown = _read(screen.text())
        assert said in shown, step
        assert squeezed(words(f"kind_{agreed.kind}")) in shown
        assert squeezed(words.date(agreed.date)) in shown
        assert agreed.date.isoformat() not in screen.text()
        # the demo's agreed step is its trial: the day the diary starts, before it
        assert agreed.kind == "trial_planned"
        diary = agreed.date - dt.timedelta(days=BASELINE_DAYS)
        assert squeezed(words.date(diary)) in shown, step
    screen.follow(record, StepId.PATIENT)
    screen.rebuild()
    assert squeezed(words.date(record.date)) in _read(screen.text())
    assert record.date.isoformat() not in screen.text()
