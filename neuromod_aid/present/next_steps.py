"""A next step as the patient reads it, on paper and on the patient screen."""

from __future__ import annotations

from neuromod_aid.consultation import NextStep
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
