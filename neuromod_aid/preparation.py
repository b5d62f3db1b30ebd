"""How far a planned procedure's preparation has gone: the checklist items that apply
to it, how many are done, the problems found, and what kind of procedure it is.

Qt-free and database-free: the procedures list, the procedure's screen and the nurse's
checklist PDF all count the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog, ChecklistItem
from neuromod_aid.consultation import Procedure, ProcedureKind


def applicable(procedure: Procedure, catalog: Catalog) -> tuple[ChecklistItem, ...]:
    """The checklist items for this procedure (the trial's only with a trial)."""
    therapy = next((t for t in catalog.therapies if t.id == procedure.therapy), None)
    trial = therapy is not None and therapy.trial.used
    return tuple(item for item in catalog.checklist if trial or not item.with_trial)


def kind_of(procedure: Procedure, catalog: Catalog) -> ProcedureKind | None:
    """What is planned; a record that does not say (before version 4) is a trial when
    its therapy has one, else not known."""
    if procedure.kind is not None:
        return procedure.kind
    therapy = next((t for t in catalog.therapies if t.id == procedure.therapy), None)
    return "trial" if therapy is not None and therapy.trial.used else None


@dataclass(frozen=True)
class ChecklistStatus:
    done: int  # marked done or not applicable
    total: int
    problems: int  # marked as a problem

    @property
    def complete(self) -> bool:
        return self.done == self.total and not self.problems


def checklist_status(procedure: Procedure, catalog: Catalog) -> ChecklistStatus:
    items = applicable(procedure, catalog)
    marks = [procedure.mark(item.id) for item in items]
    states = [mark.state for mark in marks if mark is not None]
    done = sum(1 for state in states if state in ("done", "not_applicable"))
    return ChecklistStatus(done, len(items), states.count("problem"))
