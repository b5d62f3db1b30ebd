"""What each role may change, enforced here for the window and the command line alike.

A physician may change anything. Which risks were recorded as discussed, where the
patient is leaning and the trial review's decision are the physician's: anyone else
working (a nurse, another role, or nobody chosen while there is a staff list) is
refused with :class:`~neuromod_aid.errors.NotAllowed`, whether they change them in a
stored record or bring them in with a consultation file. While the staff list is empty
(a single-user install that keeps none) everything is allowed. Approving content is
governed in :mod:`neuromod_aid.app.content` (a second person, never the author); signing
off the content is a physician's on the staff list, with or without a list to allow all
(:mod:`neuromod_aid.app.content_sign_off`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from neuromod_aid.app.staff import Working
from neuromod_aid.consultation import Consultation
from neuromod_aid.db import pathway_repo
from neuromod_aid.errors import NotAllowed
from neuromod_aid.records import StaffMember

CLINICAL = "only a physician can change which risks were discussed or where the patient is leaning"
TRIAL_DECISION = "only a physician can record the trial's decision"
BROUGHT_IN = (
    "only a physician can bring in a consultation file that records which risks were "
    "discussed, where the patient is leaning or the trial's decision"
)


def physician_or_no_staff(session: Session, working: Working) -> bool:
    """Whether the person working may make a physician's change."""
    member = pathway_repo.find_staff(session, working.name) if working.name.strip() else None
    if member is not None:
        return is_physician(member)
    return not pathway_repo.staff(session)


def is_physician(member: StaffMember) -> bool:
    """A physician on the staff list who has not retired: who may make a physician's
    change, and sign off the content (:mod:`neuromod_aid.app.content_sign_off`)."""
    return member.role == "physician" and not member.retired


def check_consultation_change(
    session: Session, working: Working, before: Consultation, after: Consultation
) -> None:
    """Refuse a change of the physician's parts of a record by anyone else."""
    if before.risks_discussed == after.risks_discussed and before.leaning == after.leaning:
        return
    if not physician_or_no_staff(session, working):
        raise NotAllowed("clinical", CLINICAL)


def check_trial_decision(session: Session, working: Working) -> None:
    if not physician_or_no_staff(session, working):
        raise NotAllowed("trial_decision", TRIAL_DECISION)


def check_brought_in(session: Session, working: Working, record: Consultation) -> None:
    """Refuse a consultation file carrying a physician's parts from anyone else: a file
    must not let a nurse store what the window would not let them mark."""
    procedure = record.procedure
    decided = procedure is not None and (
        procedure.decision is not None or bool(procedure.withdrawn_decisions)
    )
    if not (record.risks_discussed or record.leaning or decided):
        return
    if not physician_or_no_staff(session, working):
        raise NotAllowed("brought_in", BROUGHT_IN)
