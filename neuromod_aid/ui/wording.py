"""The patient screen's own headings, in the *consultation's* language.

These are patient-facing words (they follow the summary language, not the UI
language), so they live here as data with one entry per language, not as tr().
Figures, next steps and every other sentence shared with the documents come from
:mod:`neuromod_aid.present`, worded with the documents' tables (``document_words``).
"""

from __future__ import annotations

from neuromod_aid.catalog.model import Lang
from neuromod_aid.pdf.labels import Labels
from neuromod_aid.present.wording import Wording


def document_words(lang: Lang) -> Wording:
    """The documents' word tables in ``lang``, for what the screen and paper both say.

    ``pdf.labels`` holds only the tables (no ReportLab); the screen takes nothing else
    from ``pdf``.
    """
    return Labels(lang)


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
