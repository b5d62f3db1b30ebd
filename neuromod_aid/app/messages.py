"""What the clinic-content tools and a rebuild say when they refuse, by message id, in
each language staff read them in.

A :class:`Refusal` is a :class:`~neuromod_aid.app.errors.UserError` made from a message
id and its parameters: the command line prints its English text as before; the window
shows :meth:`Refusal.said` in the language of the screen (the Spanish content editor,
review and documents list). A parameter that is a content check's problem is said in
that language too. Qt-free.
"""

from __future__ import annotations

from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.messages import ENGLISH, said

MESSAGES: dict[str, dict[str, str]] = {
    "give_name": {
        "en": "give the name of the person (--by NAME)",
        "es": "indique el nombre de la persona (--by NOMBRE)",
    },
    "name_needed": {"en": "a name is needed", "es": "hace falta un nombre"},
    "not_on_staff": {
        "en": "{name} is not on the staff list",
        "es": "{name} no está en la lista del personal",
    },
    "retired": {
        "en": "{name} has retired from the staff list",
        "es": "{name} ya no trabaja aquí según la lista del personal",
    },
    "sign_off_physician": {
        "en": "{name} is not a physician on the staff list: only a physician signs off the content",
        "es": "{name} no figura como médico en la lista del personal: "
        "solo un médico da el visto bueno al contenido",
    },
    "sign_off_later": {
        "en": "{on} is still to come: a sign-off is dated the day it is done or before",
        "es": "el {on} todavía no ha llegado: "
        "el visto bueno lleva la fecha en que se da o una anterior",
    },
    "no_revision": {
        "en": "content revision {revision} does not exist",
        "es": "no existe la revisión de contenido {revision}",
    },
    "thinner_reviewed": {
        "en": "{thinner} is already reviewed as given, by {reviewer} on {on}",
        "es": "{thinner} ya está revisado así, por {reviewer} el {on}",
    },
    "no_item": {"en": "there is no {kind} {name}", "es": "no existe {kind} {name}"},
    "no_longer_fits": {
        "en": "revision {revision} no longer fits the content in use: {problem}",
        "es": "la revisión {revision} ya no encaja con el contenido en uso: {problem}",
    },
    "already_as": {
        "en": "the item is already as revision {revision} has it",
        "es": "el elemento ya está como lo deja la revisión {revision}",
    },
    "content_not_kept": {
        "en": "the document was recorded before its content was kept",
        "es": "el documento se registró antes de que se guardara su contenido",
    },
    "other_content": {
        "en": "the document was made with content {made}; this program has {version}",
        "es": "el documento se hizo con el contenido {made}; este programa tiene el {version}",
    },
    "not_fit_shipped": {
        "en": "revision {revision} no longer fits the shipped content: {why}",
        "es": "la revisión {revision} ya no encaja con el contenido del programa: {why}",
    },
    "not_a_draft_approved": {
        "en": "revision {revision} is approved, not a draft",
        "es": "la revisión {revision} está aprobada, no es un borrador",
    },
    "not_a_draft_rejected": {
        "en": "revision {revision} is rejected, not a draft",
        "es": "la revisión {revision} está rechazada, no es un borrador",
    },
    "not_a_draft_superseded": {
        "en": "revision {revision} is superseded, not a draft",
        "es": "la revisión {revision} está sustituida, no es un borrador",
    },
    "part_of_approve": {
        "en": "revision {revision} is part of revision {whole}: approve that one",
        "es": "la revisión {revision} es parte de la revisión {whole}: apruebe esa",
    },
    "part_of_reject": {
        "en": "revision {revision} is part of revision {whole}: reject that one",
        "es": "la revisión {revision} es parte de la revisión {whole}: rechace esa",
    },
    "author_approve": {
        "en": "{person} wrote revision {revision}: another person must approve it",
        "es": "{person} escribió la revisión {revision}: debe aprobarla otra persona",
    },
    "author_reject": {
        "en": "{person} wrote revision {revision}: another person must reject it",
        "es": "{person} escribió la revisión {revision}: debe rechazarla otra persona",
    },
    "no_longer_shipped": {
        "en": "{item} is no longer shipped",
        "es": "{item} ya no viene con el programa",
    },
    "already_shipped": {
        "en": "revision {revision} is already as the new shipped item",
        "es": "la revisión {revision} ya está como el nuevo elemento del programa",
    },
    "not_waiting": {
        "en": "revision {revision} is not waiting for a newer shipped item",
        "es": "la revisión {revision} no espera ningún elemento más nuevo del programa",
    },
    "no_document": {
        "en": "document {document} does not exist",
        "es": "no existe el documento {document}",
    },
    "consultation_file": {
        "en": "document {document} is a consultation file, not a printed document: "
        "export the consultation instead",
        "es": "el documento {document} es un archivo de consulta, no un documento impreso: "
        "exporte la consulta",
    },
    "not_as_it_was": {
        "en": "document {document} cannot be rebuilt as it was: {why}",
        "es": "el documento {document} no se puede rehacer tal como era: {why}",
    },
}


class Refusal(UserError):
    """A refusal said by message id: in English as ``str()``, in another language by
    :meth:`said`. A parameter may be a content :class:`Problem` or another refusal:
    each is said in the same language."""

    def __init__(self, message_id: str, /, **params: object) -> None:
        self.message_id = message_id
        self.params = params
        super().__init__(_say(message_id, ENGLISH, params))

    def said(self, lang: str) -> str:
        return _say(self.message_id, lang, self.params)


def _say(message_id: str, lang: str, params: dict[str, object]) -> str:
    texts = MESSAGES[message_id]
    shown = {name: _in(value, lang) for name, value in params.items()}
    return texts.get(lang, texts[ENGLISH]).format(**shown)


def _in(value: object, lang: str) -> object:
    if isinstance(value, Problem):
        return said(value, lang)
    if isinstance(value, UserError):
        return value.said(lang)
    return value
