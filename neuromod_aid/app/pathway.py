"""The patient's pathway after the consultation: the planned procedures, the nurses'
pre-procedure checklist and the telephone calls.

The checklist and the calls are kept with the procedure in the consultation's record
(``docs/consultation-format.md``, version 4); they are written here, as new
revisions, also once the consultation is finished, each naming who wrote it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

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
)
from neuromod_aid.db import Database, records_repo
from neuromod_aid.db import pathway_repo as repo
from neuromod_aid.errors import RecordRejected
from neuromod_aid.preparation import ChecklistStatus, checklist_status, kind_of
from neuromod_aid.records import StoredConsultation

NOBODY = "(not recorded)"  # who a mark or a call names when nobody is chosen as working


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
            )
        mark = CheckMark(item=item_id, state=state, by=self._who(), at=_now(), note=note.strip())
        return self._change(consultation_id, lambda p: replace(p, checklist=p.marked(mark)))

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
        return self._change(consultation_id, lambda p: replace(p, calls=(*p.calls, call)))

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

    def _change(
        self, consultation_id: int, change: Callable[[Procedure], Procedure]
    ) -> Consultation:
        with self.database.session() as session:
            return repo.change_procedure(session, consultation_id, change, self.working.name)

    def _who(self) -> str:
        return self.working.name or NOBODY


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
