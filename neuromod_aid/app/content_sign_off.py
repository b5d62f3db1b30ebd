"""A clinician's sign-off of the content in use: who checked it clinically (IPDAS).

A physician on the staff list records that they have read and checked the patient
content, on a day, for the content in use: its version and the clinic's approved
revisions in force. Someone not on the list (or with no list kept), retired, or in
another role is refused, as is a day still to come: the documents print the name and
role, so both must be the clinic's own record of a real person. The sign-off is
audited as theirs and kept for ever; it applies only while the content stays exactly
as signed (:meth:`neuromod_aid.catalog.clinic.SignOff.covers`): a new content version
or a new approved revision ends it, and the documents say so. Qt-free: the window's
content editor and ``neuromod-aid content sign-off`` both use :func:`sign_off`.
"""

from __future__ import annotations

import datetime as dt

from neuromod_aid.app.content import ClinicContent
from neuromod_aid.app.messages import Refusal
from neuromod_aid.app.roles import is_physician
from neuromod_aid.catalog.clinic import SignOff
from neuromod_aid.db import content_repo, pathway_repo


def sign_off(content: ClinicContent, by: str, on: dt.date, today: dt.date) -> SignOff:
    """Record that ``by`` checked the content in use on ``on``; the sign-off made."""
    name = " ".join(by.split())
    if not name:
        raise Refusal("give_name")
    if on > today:
        raise Refusal("sign_off_later", on=on.isoformat())
    catalog = content.catalog()
    with content.database.session() as session:
        member = pathway_repo.find_staff(session, name)
        if member is None:
            raise Refusal("not_on_staff", name=name)
        if member.retired:
            raise Refusal("retired", name=member.name)
        if not is_physician(member):
            raise Refusal("sign_off_physician", name=member.name)
        signed = SignOff(
            by=member.name,
            role=member.role,
            on=on,
            content_version=catalog.manifest.content_version,
            revisions=catalog.local_revisions,
        )
        content_repo.add_sign_off(session, member.id, signed)
    return signed
