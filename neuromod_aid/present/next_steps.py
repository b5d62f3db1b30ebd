"""A next step as the patient reads it, on paper and on the patient screen, and the
pain diary's first day that a dated trial brings with it."""

from __future__ import annotations

import datetime as dt

from neuromod_aid.consultation import Clinic, Consultation, NextStep, NextStepKind
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import fold
from neuromod_aid.trial import BASELINE_DAYS, diary_date


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


def diary_start(step: NextStep) -> dt.date | None:
    """The first day of the pain diary for a trial with its date: the diary's usual days
    come before the trial (``trial.BASELINE_DAYS``); ``None`` for any other step."""
    if step.kind != "trial_planned" or step.date is None:
        return None
    return diary_date(step.date, "baseline", 1)


def diary_start_text(step: NextStep, words: Wording, *, in_trial: bool = False) -> str:
    """ "Start your pain diary 3 days before the trial (on 11 December 2026).", or ""
    when ``step`` brings no diary (:func:`diary_start`); ``in_trial``: said after the
    trial's own words, "Start your pain diary on 11 December 2026."."""
    start = diary_start(step)
    if start is None:
        return ""
    when = words("on_date", date=words.date(start))
    if in_trial:
        return words("diary_start_in_trial", on_date=when)
    return words("diary_start", days=BASELINE_DAYS, on_date=when)


def agreed_step_text(record: Consultation, words: Wording) -> str:
    """The agreed next step as the patient screen says it, with the diary's first day
    when it is a dated trial; "" when none was agreed."""
    agreed = record.agreed_step
    if agreed is None:
        return ""
    return " ".join(filter(None, (step_text(agreed, words), diary_start_text(agreed, words))))
