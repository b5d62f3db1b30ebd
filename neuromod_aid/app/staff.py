"""Who works at the clinic, and who is working at this computer now.

The staff list is kept with the clinic's details: a name and a role (physician,
nurse, other). Nobody is ever deleted: someone who leaves is retired, so every
change they signed still names a person on the list. The person working is chosen
when the program starts (the window remembers the choice on this computer; a
single-user install has no passwords) and every saved change records them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from neuromod_aid.db import Database, audit_repo
from neuromod_aid.db import pathway_repo as repo
from neuromod_aid.records import AuditAction, StaffMember, StaffRole

if TYPE_CHECKING:
    from neuromod_aid.app.messages import Refusal


@dataclass
class Working:
    """The person working at this computer ("": nobody chosen yet)."""

    name: str = ""


@dataclass
class Staff:
    database: Database
    working: Working = field(default_factory=Working)

    def members(self, *, retired_too: bool = True) -> list[StaffMember]:
        with self.database.session() as session:
            found = repo.staff(session)
        return found if retired_too else [member for member in found if not member.retired]

    def add(self, name: str, role: StaffRole) -> StaffMember:
        """Add someone; a name already on the list is refused (``RecordRejected``)."""
        with self.database.session() as session:
            return self._audited(session, "staff_added", repo.save_staff(session, None, name, role))

    def edit(self, member_id: int, name: str, role: StaffRole) -> StaffMember:
        """Change someone's role, or their name while they have signed nothing."""
        with self.database.session() as session:
            changed = repo.save_staff(session, member_id, name, role)
            return self._audited(session, "staff_edited", changed)

    def retire(self, member_id: int, retired: bool = True) -> StaffMember:
        with self.database.session() as session:
            changed = repo.retire_staff(session, member_id, retired)
            return self._audited(session, "staff_retired" if retired else "staff_returned", changed)

    def _audited(self, session: Session, action: AuditAction, member: StaffMember) -> StaffMember:
        audit_repo.append(session, self.working.name, action, "staff", member.id)
        return member

    def choose(self, name: str) -> StaffMember | None:
        """Make the person named ``name`` the one working, if they are on the list and
        not retired; return them (None: nobody is working now)."""
        with self.database.session() as session:
            member = repo.find_staff(session, name) if name.strip() else None
        if member is None or member.retired:
            self.working.name = ""
            return None
        self.working.name = member.name
        return member

    def check_person(self, name: str) -> Refusal | None:
        """Why ``name`` cannot sign (approve content, record a change), or None when
        they can: someone on the staff list who has not retired. While the list is
        empty (a single-user install that keeps none) anyone named can."""
        from neuromod_aid.app.messages import Refusal

        if not name.strip():
            return Refusal("name_needed")
        with self.database.session() as session:
            if not repo.staff(session):
                return None
            member = repo.find_staff(session, name)
        if member is None:
            return Refusal("not_on_staff", name=name.strip())
        if member.retired:
            return Refusal("retired", name=member.name)
        return None
