"""What the content checks say, by message id, in each language staff read them in.

A check makes its :class:`~neuromod_aid.catalog.loader.Problem` with :func:`problem`:
a message id and its parameters (already written: names, numbers, quoted words), its
English ``message`` filled in for the logs, ``content check`` and every caller that
reads it as before. :func:`said` says a problem in another language (the Spanish
content editor; ``--lang es`` on the command line), :func:`refused` an edit refused
for its problems. A problem made without an id (the loader's schema messages) is said
as it is, its place in the language asked for. Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence

from neuromod_aid.catalog.loader import Problem

ENGLISH = "en"
SHOWN_PROBLEMS = 5  # problems listed when an edit is refused (and how many more)

MESSAGES: dict[str, dict[str, str]] = {
    "too_hard_at_most": {
        "en": "{language} ({lang}) text is too hard to read: {formula} {value} (at most {limit})",
        "es": "el texto en {language} ({lang}) es demasiado difícil de leer: "
        "{formula} {value} (como máximo {limit})",
    },
    "too_hard_at_least": {
        "en": "{language} ({lang}) text is too hard to read: {formula} {value} (at least {limit})",
        "es": "el texto en {language} ({lang}) es demasiado difícil de leer: "
        "{formula} {value} (como mínimo {limit})",
    },
    "unsourced_figure": {
        "en": "a figure appears in the text but {where} is empty: "
        "cite the source of every number ({text})",
        "es": "el texto muestra una cifra pero {where} está vacío: "
        "cite la fuente de cada número ({text})",
    },
    "number_not_shown": {
        "en": "{field} is {value} but the {language} ({lang}) text does not show that number",
        "es": "{field} es {value} pero el texto en {language} ({lang}) no muestra ese número",
    },
    "frequency_word": {
        "en": "the text says {word} ({band}) but the figure is {allowed} in the EU's words: "
        "use that word, or none",
        "es": "el texto dice {word} ({band}) pero la cifra es {allowed} según las palabras "
        "de la UE: use esa palabra, o ninguna",
    },
    "no_design": {
        "en": "say what the study compared: vs_usual_care, vs_sham, device_vs_device, "
        "non_random or single_group (and its conditions and funding)",
        "es": "diga con qué comparó el estudio: vs_usual_care, vs_sham, device_vs_device, "
        "non_random o single_group (y sus enfermedades y quién lo pagó)",
    },
    "no_finding": {
        "en": "say what the study's authors found of the difference against the fake "
        "treatment: finding = no_clear_difference or treatment_better",
        "es": "diga qué concluyeron los autores de la diferencia frente al tratamiento "
        "falso: finding = no_clear_difference o treatment_better",
    },
    "no_if_fails": {
        "en": "say what happens if the trial fails (if_fails), in every language",
        "es": "diga qué pasa si la prueba no funciona (if_fails), en cada idioma",
    },
    # the place of a problem, and an edit refused
    "item": {"en": "item {item}", "es": "elemento {item}"},
    "field": {"en": "field {field}", "es": "campo {field}"},
    "refused": {"en": "nothing was saved: {problems}", "es": "no se ha guardado nada: {problems}"},
    "more": {"en": " (and {count} more)", "es": " (y {count} más)"},
}


def say(message_id: str, lang: str, /, **params: object) -> str:
    """Message ``message_id`` in ``lang`` (in English when it has no such language)."""
    texts = MESSAGES[message_id]
    return texts.get(lang, texts[ENGLISH]).format(**params)


def problem(file: str, item: str, field: str, message_id: str, /, **params: str) -> Problem:
    """A problem whose message is ``message_id`` with ``params``, English filled in."""
    return Problem(
        file,
        item,
        field,
        say(message_id, ENGLISH, **params),
        message_id,
        tuple(sorted(params.items())),
    )


def said(found: Problem, lang: str) -> str:
    """``found`` as ``str(found)`` writes it, in ``lang``."""
    if lang == ENGLISH:
        return str(found)
    place = [
        found.file,
        say("item", lang, item=repr(found.item)) if found.item else "",
        say("field", lang, field=repr(found.field)) if found.field else "",
    ]
    message = (
        say(found.message_id, lang, **dict(found.params)) if found.message_id else found.message
    )
    return f"{', '.join(part for part in place if part)}: {message}"


def refused(problems: Sequence[Problem], lang: str) -> str:
    """An edit refused for ``problems``: the first few said, and how many more."""
    shown = "; ".join(said(p, lang) for p in problems[:SHOWN_PROBLEMS])
    more = len(problems) - SHOWN_PROBLEMS
    return say("refused", lang, problems=shown) + (
        say("more", lang, count=more) if more > 0 else ""
    )
