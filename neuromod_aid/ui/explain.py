"""The full explanation of one option as simple HTML for a QTextBrowser (no Qt here).

Every piece of content text is escaped; the markup is ours.
"""

from __future__ import annotations

from html import escape

from neuromod_aid.catalog.model import Catalog, Words
from neuromod_aid.catalog.therapy import CurrentCare, Therapy
from neuromod_aid.present.figures import outcome_figure
from neuromod_aid.present.wording import Wording


def _h(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def therapy_html(therapy: Therapy, words: Wording) -> str:
    lang = words.lang
    parts = [f"<h2>{escape(therapy.name(lang))}</h2>", _p(therapy.summary(lang))]
    parts += [_h(words("screen_what")), _p(therapy.what_it_is(lang))]
    parts += [_h(words("screen_how")), _p(therapy.how_it_works(lang))]
    parts.append(_h(words("screen_steps")))
    parts.append(
        "<ol>"
        + "".join(
            f"<li><b>{escape(s.title(lang))}</b>: {escape(s.text(lang))}</li>"
            for s in therapy.steps
        )
        + "</ol>"
    )
    parts += [_h(words("screen_trial")), _p(therapy.trial.text(lang))]
    if therapy.outcomes:
        parts.append(_h(words("screen_benefits")))
        parts.append(
            _ul(
                [
                    f"<b>{escape(o.population(lang).rstrip('.'))}.</b> {escape(o.text(lang))} "
                    f"<i>{escape(outcome_figure(o, therapy, words))}</i>"
                    for o in therapy.outcomes
                ]
            )
        )
    parts.append(_h(words("screen_living")))
    parts.append(_ul([escape(item(lang)) for item in therapy.living_with]))
    parts += [_h(words("screen_reverse")), _p(therapy.adjust_and_reverse(lang))]
    return "".join(parts)


def current_care_html(care: CurrentCare, words: Words) -> str:
    lang = words.lang
    return "".join(
        [
            f"<h2>{escape(care.name(lang))}</h2>",
            _p(care.what_it_is(lang)),
            _h(words("screen_benefits")),
            _ul([escape(b(lang)) for b in care.benefits]),
            _h(words("screen_downsides")),
            _ul([escape(d(lang)) for d in care.downsides]),
        ]
    )


def option_html(catalog: Catalog, option_id: str, lang: str) -> str:
    words = Wording(catalog, lang)
    if option_id == "current_care":
        return current_care_html(catalog.current_care, words)
    return therapy_html(catalog.therapy(option_id), words)
