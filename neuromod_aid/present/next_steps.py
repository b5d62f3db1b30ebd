"""A next step as the patient reads it, on paper and on the patient screen."""

from __future__ import annotations

from neuromod_aid.consultation import Clinic, NextStep, NextStepKind
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import fold


def step_text(step: NextStep, words: Wording) -> str:
    """ "Kind: words (on 3 March 2027)"; the kind once when the words start with it
    ("Cita con psicología del dolor", not "Cita con psicología: cita con psicología...")."""
    kind = words(f"kind_{step.kind}")
    said = step.text.strip()
    if not said:
        text = kind
    elif f"{fold(said)} ".startswith(f"{fold(kind)} "):
        text = said
    else:
        text = f"{kind}: {said}"
    if step.date is None:
        return text
    when = f" ({words('on_date', date=words.date(step.date))})"
    # the date belongs to the sentence: "… stimulation (on 14 December 2026)."
    stop = text[-1] if text[-1] in ".!?" else ""
    return f"{text.removesuffix(stop)}{when}{stop}"


def booked_change(kind: NextStepKind, clinic: Clinic, words: Wording) -> str:
    """What a booked step says after it: that it can still be changed or cancelled, and
    the clinic's number to call for that. Its first words are the step kind's own
    (``booked_<kind>``), so that they agree with the kind's noun ("Reservada" for "la
    prueba", "Reservado" for "el siguiente paso")."""
    booked = words(f"booked_{kind}")
    if clinic.phone.strip():
        return words("booked_change", booked=booked, clinic=clinic.name, phone=clinic.phone.strip())
    return words("booked_change_no_phone", booked=booked, clinic=clinic.name)
