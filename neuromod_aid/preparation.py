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
    """The checklist items for this procedure (the trial's only when it is a trial: an
    implant after the trial has no diary to explain)."""
    trial = kind_of(procedure, catalog) == "trial"
    return tuple(item for item in catalog.checklist if trial or not item.with_trial)


THINNERS_ITEM = "blood_thinners"  # the checklist's item that asks about blood thinners


def takes_no_blood_thinners(procedure: Procedure) -> bool | None:
    """Whether the record says the patient takes no blood thinner: False when one is
    written down, True when none is and the checklist's blood-thinner item is marked
    (done, or not applicable), None when nobody has asked yet."""
    if procedure.blood_thinners or procedure.other_blood_thinners:
        return False
    mark = procedure.mark(THINNERS_ITEM)
    return True if mark is not None and mark.state != "problem" else None


def blood_thinner_names(procedure: Procedure, catalog: Catalog, lang: str) -> list[str]:
    """The blood thinners the patient takes: the table's by their medicine's name in
    ``lang``, then the others as written."""
    names = {thinner.id: thinner.medicine(lang) for thinner in catalog.blood_thinners}
    return [names.get(b, b) for b in procedure.blood_thinners] + list(
        procedure.other_blood_thinners
    )


def kind_of(procedure: Procedure, catalog: Catalog) -> ProcedureKind | None:
    """What is planned; a record that does not say (before version 4) is a trial when
    its therapy has one, else not known."""
    if procedure.kind is not None:
        return procedure.kind
    therapy = next((t for t in catalog.therapies if t.id == procedure.therapy), None)
    return "trial" if therapy is not None and therapy.trial.used else None


@dataclass(frozen=True)
class ChecklistStatus:
    """ "7 done, 2 not needed, 3 to do": an item not applicable is not counted as done."""

    done: int  # marked done
    not_needed: int  # marked not applicable to this patient
    total: int
    problems: int  # marked as a problem (still to do)

    @property
    def to_do(self) -> int:
        """Not checked yet, or a problem found."""
        return self.total - self.done - self.not_needed

    @property
    def complete(self) -> bool:
        return self.to_do == 0


def checklist_status(procedure: Procedure, catalog: Catalog) -> ChecklistStatus:
    items = applicable(procedure, catalog)
    marks = [procedure.mark(item.id) for item in items]
    states = [mark.state for mark in marks if mark is not None]
    return ChecklistStatus(
        states.count("done"), states.count("not_applicable"), len(items), states.count("problem")
    )
