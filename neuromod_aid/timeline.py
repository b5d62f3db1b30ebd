"""A patient's whole pathway in date order: the consultations, the planned procedures,
the calls, the trial results (a decision withdrawn: its day and the day it was taken
back), the follow-up visits; and their pain over time (the trial
diary's days, dated from the trial's day, and the follow-ups).

Qt-free and database-free: the patient view draws it from the records it is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from neuromod_aid.consultation import Call, Consultation, ProcedureKind
from neuromod_aid.trial import FollowUp, TrialDecision, diary_date, diary_in_order

EventKind = Literal[
    "consultation", "procedure", "call", "trial_result", "decision_withdrawn", "follow_up"
]


@dataclass(frozen=True)
class Event:
    date: dt.date | None  # None: a procedure with no date yet (last)
    kind: EventKind
    consultation_id: int
    therapy: str  # the procedure's therapy; a consultation's first discussed, or ""
    procedure_kind: ProcedureKind | None = None
    call: Call | None = None
    decision: TrialDecision | None = None
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class PainOn:
    """A pain score of one day: from the diary or a follow-up visit."""

    date: dt.date
    pain: int
    source: Literal["baseline", "trial", "follow_up"]


def events(records: Iterable[tuple[int, Consultation]]) -> list[Event]:
    found: list[Event] = []
    for cid, record in records:
        found.append(
            Event(record.date, "consultation", cid, next(iter(record.therapies_discussed), ""))
        )
        procedure = record.procedure
        if procedure is None:
            continue
        therapy = procedure.therapy
        found.append(Event(procedure.date, "procedure", cid, therapy, procedure.kind))
        found += [Event(c.at.date(), "call", cid, therapy, call=c) for c in procedure.calls]
        for made in (*procedure.withdrawn_decisions, procedure.decision):
            if made is None:
                continue
            found.append(Event(made.at.date(), "trial_result", cid, therapy, decision=made))
            if made.withdrawn is not None:
                day = made.withdrawn.at.date()
                found.append(Event(day, "decision_withdrawn", cid, therapy, decision=made))
        found += [
            Event(f.date, "follow_up", cid, therapy, follow_up=f) for f in procedure.follow_ups
        ]
    return sorted(found, key=lambda e: (e.date is None, e.date or dt.date.min))


def pain_over_time(records: Iterable[tuple[int, Consultation]]) -> list[PainOn]:
    """Every dated pain score, oldest first: the diary's days of a procedure with a date
    (the trial's first day is the procedure's; the baseline days are the ones before it)
    and the follow-ups."""
    found: list[PainOn] = []
    for _, record in records:
        procedure = record.procedure
        if procedure is None:
            continue
        days = diary_in_order(procedure.diary)
        before = max((d.day for d in days if d.phase == "baseline"), default=0)
        if procedure.date is not None:
            for d in days:
                if d.pain is None:
                    continue
                day = diary_date(procedure.date, d.phase, d.day, before)
                found.append(PainOn(day, d.pain, d.phase))
        found += [
            PainOn(f.date, f.pain, "follow_up") for f in procedure.follow_ups if f.pain is not None
        ]
    return sorted(found, key=lambda p: p.date)
