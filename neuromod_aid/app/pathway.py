"""The patient's pathway after the consultation: the planned procedures, the nurses'
pre-procedure checklist, the telephone calls, the trial diary's results, the trial
review's decision (an implant decided is planned as a new consultation, pre-filled; a
decision withdrawn is kept, with who, when and why, and the pathway opens again),
the follow-up visits, and the whole pathway of a patient as a timeline.

They are kept with the procedure in the consultation's record
(``docs/consultation-format.md``, version 6); they are written here, as new
revisions, also once the consultation is finished, each naming who wrote it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from neuromod_aid.app import roles
from neuromod_aid.app.staff import Working
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    Call,
    CallKind,
    CheckMark,
    CheckState,
    Consultation,
    Procedure,
    ProcedureKind,
    SureAnswers,
)
from neuromod_aid.db import Database, audit_repo, patients_repo, records_repo
from neuromod_aid.db import pathway_repo as repo
from neuromod_aid.errors import RecordRejected
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.preparation import ChecklistStatus, checklist_status, kind_of
from neuromod_aid.records import AuditAction, StoredConsultation
from neuromod_aid.timeline import Event, PainOn, events, pain_over_time
from neuromod_aid.trial import (
    Decision,
    DiaryDay,
    FollowUp,
    TrialDecision,
    Withdrawal,
    diary_in_order,
)


@dataclass(frozen=True)
class PlannedProcedure:
    """One line of the procedures list."""

    consultation_id: int
    patient_name: str
    record_number: str
    therapy: str  # catalog id
    kind: ProcedureKind | None
    date: dt.date | None
    place: str
    status: ChecklistStatus

    def this_week(self, today: dt.date) -> bool:
        monday = today - dt.timedelta(days=today.weekday())
        return self.date is not None and monday <= self.date < monday + dt.timedelta(days=7)

    def overdue(self, today: dt.date) -> bool:
        """Its day has come or gone with the checklist not complete."""
        return self.date is not None and self.date <= today and not self.status.complete

    @property
    def incomplete(self) -> bool:
        return not self.status.complete


@dataclass(frozen=True)
class PatientCall:
    """A call in a patient's history, with the procedure it was about."""

    consultation_id: int
    therapy: str
    call: Call


@dataclass
class Pathway:
    database: Database
    catalog: Catalog
    working: Working

    def procedures(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[PlannedProcedure]:
        """Planned procedures by date (those with no date yet last), from ``start`` to
        ``end`` inclusive when given (a procedure with no date is then left out)."""
        with self.database.session() as session:
            found = [self._line(cid, record) for cid, record in repo.planned(session)]
        if start is not None:
            found = [p for p in found if p.date is not None and p.date >= start]
        if end is not None:
            found = [p for p in found if p.date is not None and p.date <= end]
        return sorted(found, key=lambda p: (p.date is None, p.date or dt.date.min, p.patient_name))

    def _line(self, consultation_id: int, record: Consultation) -> PlannedProcedure:
        procedure = record.procedure
        assert procedure is not None
        return PlannedProcedure(
            consultation_id,
            record.patient.name,
            record.patient.record_number,
            procedure.therapy,
            kind_of(procedure, self.catalog),
            procedure.date,
            procedure.place,
            checklist_status(procedure, self.catalog),
        )

    def load(self, consultation_id: int) -> StoredConsultation:
        with self.database.session() as session:
            return records_repo.load_consultation(session, consultation_id)

    def mark(
        self, consultation_id: int, item_id: str, state: CheckState | None, note: str = ""
    ) -> Consultation:
        """Mark one checklist item, by the person working, now (``None``: not checked
        yet, the item's mark taken away)."""
        if item_id not in {item.id for item in self.catalog.checklist}:
            raise RecordRejected(f"unknown checklist item {item_id!r}")
        if state is None:
            return self._change(
                consultation_id,
                lambda p: replace(p, checklist=tuple(m for m in p.checklist if m.item != item_id)),
                "checklist_marked",
            )
        mark = CheckMark(item=item_id, state=state, by=self._who(), at=_now(), note=note.strip())
        return self._change(
            consultation_id, lambda p: replace(p, checklist=p.marked(mark)), "checklist_marked"
        )

    def add_call(
        self,
        consultation_id: int,
        kind: CallKind,
        *,
        reached: bool,
        said: str = "",
        problems: str = "",
        at: dt.datetime | None = None,
    ) -> Consultation:
        """Record a call made by the person working (at ``at``, else now)."""
        call = Call(
            kind=kind,
            at=at or _now(),
            by=self._who(),
            reached=reached,
            said=said.strip(),
            problems=problems.strip(),
        )
        return self._change(
            consultation_id, lambda p: replace(p, calls=(*p.calls, call)), "call_recorded"
        )

    def calls_of_patient(self, patient_id: int) -> list[PatientCall]:
        """Every call about this patient's procedures, newest first."""
        with self.database.session() as session:
            records = repo.of_patient(session, patient_id)
        calls = [
            PatientCall(cid, record.procedure.therapy, call)
            for cid, record in records
            if record.procedure is not None
            for call in record.procedure.calls
        ]
        return sorted(calls, key=lambda found: found.call.at, reverse=True)

    def enter_diary(self, consultation_id: int, days: tuple[DiaryDay, ...]) -> Consultation:
        """The trial diary's days as entered (all of them: a day left out is taken away)."""
        return self._change(
            consultation_id, lambda p: replace(p, diary=diary_in_order(days)), "diary_entered"
        )

    def decide(self, consultation_id: int, decision: Decision, reasons: str) -> Consultation:
        """Record the trial review's decision, by the person working, now. An implant
        decided is planned once: a new consultation of the same patient, today, with the
        implant's procedure filled in from the trial's (therapy, place, allergies, blood
        thinners); its id is kept with the decision. No implant ends the pathway."""
        if not reasons.strip():
            raise RecordRejected("the decision needs its reasons")
        with self.database.session() as session:
            roles.check_trial_decision(session, self.working)
            record = records_repo.load_consultation(session, consultation_id).record
            procedure = record.procedure
            if procedure is None:
                raise RecordRejected("this consultation has no planned procedure")
            planned = _planned_implant(procedure)
            if decision == "implant" and planned is None:
                planned = repo.add_next(session, consultation_id, implant_planned(record))
                repo.note_change(session, planned, self.working.name)
                audit_repo.of_consultation(
                    session, self.working.name, "consultation_started", planned
                )
            elif planned is not None:  # planned by an earlier decision: in use only for one
                self._put_aside(session, planned, aside=decision != "implant")
            made = TrialDecision(decision, reasons.strip(), self._who(), _now(), planned)
            changed = repo.change_procedure(
                session, consultation_id, lambda p: replace(p, decision=made), self.working.name
            )
            audit_repo.of_consultation(session, self.working.name, "trial_decided", consultation_id)
            return changed

    def withdraw_decision(self, consultation_id: int, reasons: str) -> Consultation:
        """Take back the trial review's decision, by the person working, now, saying why:
        it is kept with its withdrawal, and the trial is not decided any more (a new
        decision can be recorded). An implant planned from it is archived (kept, out of
        the lists and the procedures); deciding an implant again brings it back."""
        if not reasons.strip():
            raise RecordRejected("withdrawing the decision needs its reasons")
        withdrawal = Withdrawal(self._who(), _now(), reasons.strip())

        def withdraw(procedure: Procedure) -> Procedure:
            if procedure.decision is None:
                raise RecordRejected("there is no decision to withdraw")
            taken_back = replace(procedure.decision, withdrawn=withdrawal)
            earlier = (*procedure.withdrawn_decisions, taken_back)
            return replace(procedure, decision=None, withdrawn_decisions=earlier)

        with self.database.session() as session:
            roles.check_trial_decision(session, self.working)
            who = self.working.name
            changed = repo.change_procedure(session, consultation_id, withdraw, who)
            audit_repo.of_consultation(session, who, "trial_decision_withdrawn", consultation_id)
            assert changed.procedure is not None
            planned = changed.procedure.withdrawn_decisions[-1].next_consultation
            if planned is not None:
                self._put_aside(session, planned, aside=True)
            return changed

    def _put_aside(self, session: Session, consultation_id: int, *, aside: bool) -> None:
        """Archive a planned implant (``aside``) or show it again, audited as a change."""
        if patients_repo.consultation_archived(session, consultation_id) == aside:
            return
        patients_repo.set_archived(session, archived=aside, consultation_id=consultation_id)
        action: AuditAction = "consultation_archived" if aside else "consultation_unarchived"
        audit_repo.of_consultation(session, self.working.name, action, consultation_id)

    def add_follow_up(
        self,
        consultation_id: int,
        date: dt.date,
        *,
        pain: int | None,
        relief: int | None,
        settings: str = "",
        problems: str = "",
    ) -> Consultation:
        """Record a follow-up visit, written down by the person working."""
        visit = FollowUp(
            date=date,
            by=self._who(),
            at=_now(),
            pain=pain,
            relief=relief,
            settings=settings.strip(),
            problems=problems.strip(),
        )
        return self._change(
            consultation_id,
            lambda p: replace(p, follow_ups=(*p.follow_ups, visit)),
            "follow_up_recorded",
        )

    def timeline(self, patient_id: int) -> tuple[list[Event], list[PainOn]]:
        """The patient's whole pathway in date order, and their pain over time."""
        with self.database.session() as session:
            records = repo.of_patient(session, patient_id)
        return events(records), pain_over_time(records)

    def _change(
        self, consultation_id: int, change: Callable[[Procedure], Procedure], action: AuditAction
    ) -> Consultation:
        with self.database.session() as session:
            changed = repo.change_procedure(session, consultation_id, change, self.working.name)
            audit_repo.of_consultation(session, self.working.name, action, consultation_id)
            return changed

    def _who(self) -> str | None:
        """Who signs: the person working; None when nobody is chosen (shown as "nobody
        recorded" in the language of the screen or the paper)."""
        return self.working.name or None


def _planned_implant(procedure: Procedure) -> int | None:
    """The implant already planned from this trial's decision, or from one withdrawn."""
    decisions = (*procedure.withdrawn_decisions, procedure.decision)
    planned = [d.next_consultation for d in decisions if d and d.next_consultation is not None]
    return planned[-1] if planned else None


def implant_planned(trial: Consultation) -> Consultation:
    """The consultation that plans the implant after a successful trial: the patient,
    the team, what was found and the options talked about, and the procedure as far as
    the trial's tells it (the date, the checklist and the calls are the implant's own,
    still to do). What the patient said or was told in the trial's conversation (the
    risks ticked as talked about, what matters to them, their leaning, the SURE test)
    is not carried: the implant's summary must not say it was talked about again."""
    procedure = trial.procedure
    assert procedure is not None
    implant = Procedure(
        therapy=procedure.therapy,
        kind="implant",
        place=procedure.place,
        blood_thinners=procedure.blood_thinners,
        other_blood_thinners=procedure.other_blood_thinners,
        allergies=procedure.allergies,
        no_known_allergies=procedure.no_known_allergies,
    )
    return replace(
        trial,
        date=dt.date.today(),
        risks_discussed=FrozenMap(),
        values=FrozenMap(),
        leaning="",
        patient_questions=(),
        notes_for_patient="",
        private_notes="",
        next_steps=(),
        procedure=implant,
        sure=SureAnswers(),
        teach_back=(),
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
