"""Risk and benefit figures in plain words, in the *consultation's* language.

These are patient-facing sentences (they follow the summary language, not the UI
language), so they live here as data with one entry per language, not as tr().
"""

from __future__ import annotations

from neuromod_aid.catalog.model import Lang, Outcome, Risk

_PER = {
    "en": {
        "people": "people",
        "procedures": "procedures",
        "sessions": "sessions",
        "leads": "leads",
    },
    "es": {
        "people": "personas",
        "procedures": "intervenciones",
        "sessions": "sesiones",
        "leads": "cables",
    },
}


def _number(value: float, lang: Lang) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
    if lang == "es":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def risk_frequency(risk: Risk, lang: Lang) -> str:
    if not risk.known:
        return (
            "How often this happens is not known."
            if lang == "en"
            else ("No se sabe con qué frecuencia ocurre.")
        )
    low, high = risk.frequency_low or 0, risk.frequency_high or 0
    denominator = _number(risk.denominator, lang)
    per = _PER[lang][risk.per]
    if low == high:
        amount = _number(low, lang)
        text = (
            f"About {amount} in every {denominator} {per}"
            if lang == "en"
            else f"Unas {amount} de cada {denominator} {per}"
        )
    else:
        text = (
            f"Between {_number(low, lang)} and {_number(high, lang)} in every {denominator} {per}"
            if lang == "en"
            else f"Entre {_number(low, lang)} y {_number(high, lang)} de cada {denominator} {per}"
        )
    if risk.timeframe is not None:
        text += f", {risk.timeframe(lang)}"
    return text + "."


def outcome_frequency(outcome: Outcome, lang: Lang) -> str:
    denominator = _number(outcome.denominator, lang)
    treated = _number(outcome.rate_treatment, lang)
    if outcome.measure == "average_percent":
        text = f"On average {treated}%" if lang == "en" else f"De media, un {treated}\u00a0%"
    else:
        text = (
            f"{treated} in every {denominator} people"
            if lang == "en"
            else f"{treated} de cada {denominator} personas"
        )
    if outcome.rate_comparator is not None and outcome.comparison is not None:
        other = _number(outcome.rate_comparator, lang)
        text += (
            f" (compared with {other}: {outcome.comparison(lang)})"
            if lang == "en"
            else f" (frente a {other}: {outcome.comparison(lang)})"
        )
    return text + f"; {outcome.population(lang)}, {outcome.timeframe(lang)}."


def labels(lang: Lang) -> dict[str, str]:
    """Fixed headings of the patient-facing explanation."""
    if lang == "es":
        return {
            "what": "Qué es",
            "how": "Cómo funciona",
            "steps": "Los pasos",
            "trial": "La prueba",
            "benefits": "Beneficios",
            "living": "Vivir con ello",
            "reverse": "Ajustar y retirar",
            "considered": "Se suele considerar porque",
            "risks": "Riesgos",
            "downsides": "Inconvenientes",
            "sources": "Fuentes",
            "source": "Fuente: {0}.",
            "front": "Delante",
            "back": "Detrás",
            "right": "Derecha",
            "left": "Izquierda",
            "welcome": "Su consulta de hoy",
            "with": "Con",
            "date": "Fecha",
            "conditions": "Su dolor",
            "where": "Dónde le duele",
            "tried": "Lo que ya ha probado",
            "options": "Opciones de las que hablamos",
            "your_questions": "Sus preguntas",
            "next": "Siguiente paso acordado",
            "sure": "Para comprobar que lo tiene claro",
            "summary": "Su resumen para llevar a casa",
            "summary_text": "Se lleva a casa un resumen impreso con todo lo que hemos hablado.",
            "no_options": "Todavía no hemos elegido opciones.",
            "picture": "Relleno: a quien le pasa. Con rayas: hasta este número. "
            "Solo contorno: a quien no le pasa.",
        }
    return {
        "what": "What it is",
        "how": "How it works",
        "steps": "The steps",
        "trial": "The trial",
        "benefits": "Benefits",
        "living": "Living with it",
        "reverse": "Adjusting and reversing",
        "considered": "Commonly considered because",
        "risks": "Risks",
        "downsides": "Downsides",
        "sources": "Sources",
        "source": "Source: {0}.",
        "front": "Front",
        "back": "Back",
        "right": "Right",
        "left": "Left",
        "welcome": "Your consultation today",
        "with": "With",
        "date": "Date",
        "conditions": "Your pain",
        "where": "Where it hurts",
        "tried": "What you have tried",
        "options": "Options we talked about",
        "your_questions": "Your questions",
        "next": "The next step we agreed",
        "sure": "Checking that it is clear",
        "summary": "Your take-home summary",
        "summary_text": "You take home a printed summary of everything we talked about.",
        "no_options": "We have not chosen options yet.",
        "picture": "Filled: people this happens to. Striped: up to this many. "
        "Outline only: people it does not happen to.",
    }


SURE_QUESTIONS = {
    "en": (
        "Do you feel sure about the best choice for you?",
        "Do you know the benefits and risks of each option?",
        "Are you clear about which benefits and risks matter most to you?",
        "Do you have enough support and advice to make a choice?",
    ),
    "es": (
        "¿Se siente seguro de cuál es la mejor opción para usted?",
        "¿Conoce los beneficios y los riesgos de cada opción?",
        "¿Tiene claro qué beneficios y qué riesgos le importan más?",
        "¿Tiene suficiente apoyo y consejo para decidir?",
    ),
}
