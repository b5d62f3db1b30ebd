"""A clinic's revisions of the content: drafts, decisions, and what the catalog in use needs.

The shipped content is read from the files (``neuromod_aid.catalog.store``); the
database keeps only revisions, one row each in ``content_revisions``, every one kept
(who wrote it and why, who decided and when). The approved ones are applied over the
shipped catalog by ``neuromod_aid.catalog.overrides``; approving one supersedes the
item's revision approved before it. A revision may have parts (``part_of``: a source
added with a figure's edit), decided with it. Each draft and decision is audited, by
its author or decider, in the unit of work that writes it; so is a clinician's sign-off
of the content in use (``content_sign_offs``, every one kept).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neuromod_aid.catalog.clinic import SignOff
from neuromod_aid.catalog.overrides import Override
from neuromod_aid.db import audit_repo, models
from neuromod_aid.errors import NotFound
from neuromod_aid.records import AuditAction, ContentRevision, RevisionState, as_utc

DRAFT = "draft"
APPROVED = "approved"
SUPERSEDED = "superseded"
TABLE = models.ContentRevisionRow.__tablename__  # what the audit log names
SIGN_OFFS = models.ContentSignOffRow.__tablename__


def approved_overrides(session: Session) -> tuple[Override, ...]:
    """The approved revisions, oldest decision first (so the newest one for an item wins)."""
    revision = models.ContentRevisionRow
    rows = session.scalars(
        select(revision)
        .where(revision.state == APPROVED)
        .order_by(func.coalesce(revision.decided_at, revision.created_at), revision.id)
    )
    return tuple(_override(row) for row in rows)


def overrides_by_id(session: Session, ids: Iterable[int]) -> tuple[Override, ...]:
    """The revisions ``ids``, whatever their state now, in the order given (a document's
    record of what it was built from)."""
    wanted = list(ids)
    rows = {
        r.id: r
        for r in session.scalars(
            select(models.ContentRevisionRow).where(models.ContentRevisionRow.id.in_(wanted))
        )
    }
    missing = [i for i in wanted if i not in rows]
    if missing:
        raise NotFound(f"content revision {missing[0]} does not exist")
    return tuple(_override(rows[i]) for i in wanted)


def approved_count(session: Session) -> int:
    statement = select(func.count()).where(models.ContentRevisionRow.state == APPROVED)
    return int(session.scalar(statement) or 0)


def decisions(session: Session) -> tuple[int, str]:
    """How many revisions were decided and sign-offs made, and when the last decision
    was: it changes with every approval, rejection or sign-off, in this program or
    another."""
    revision = models.ContentRevisionRow
    count, last = session.execute(
        select(func.count(), func.max(revision.decided_at)).where(revision.state != DRAFT)
    ).one()
    signed = session.scalar(select(func.count()).select_from(models.ContentSignOffRow)) or 0
    return int(count or 0) + int(signed), str(last or "")


def add_sign_off(session: Session, member: int, sign_off: SignOff) -> int:
    """Record ``sign_off`` by the staff member ``member`` (its id), audited as theirs."""
    row = models.ContentSignOffRow(
        staff_id=member,
        signed_by=sign_off.by,
        role=sign_off.role,
        signed_on=sign_off.on,
        content_version=sign_off.content_version,
        content_revisions=list(sign_off.revisions),
    )
    session.add(row)
    session.flush()
    audit_repo.append(session, sign_off.by, "content_signed_off", SIGN_OFFS, row.id)
    return row.id


def latest_sign_off(session: Session, made_by: dt.datetime | None = None) -> SignOff | None:
    """The newest sign-off, or the newest one recorded by the time ``made_by`` (a
    document's, to rebuild it as it was); None when there is none."""
    signed = models.ContentSignOffRow
    query = select(signed).order_by(signed.id.desc()).limit(1)
    if made_by is not None:
        query = query.where(signed.created_at <= made_by)
    row = session.scalars(query).first()
    if row is None:
        return None
    return SignOff(
        by=row.signed_by,
        role=row.role,
        on=row.signed_on,
        content_version=row.content_version,
        revisions=tuple(row.content_revisions),
    )


def add_draft(
    session: Session,
    item_kind: str,
    item_id: str,
    document: Mapping[str, Any],
    author: str,
    reason: str,
    base_shipped_hash: str | None,
    part_of: int | None = None,
) -> int:
    row = models.ContentRevisionRow(
        item_kind=item_kind,
        item_id=item_id,
        document=copy.deepcopy(dict(document)),
        author=author,
        reason=reason,
        state=DRAFT,
        base_shipped_hash=base_shipped_hash,
        part_of=part_of,
    )
    session.add(row)
    session.flush()
    audit_repo.append(session, author, "content_drafted", TABLE, row.id)
    return row.id


def revisions(session: Session) -> list[ContentRevision]:
    """Every revision, oldest first."""
    rows = session.scalars(select(models.ContentRevisionRow).order_by(models.ContentRevisionRow.id))
    return [_revision(row) for row in rows]


def revision(session: Session, revision_id: int) -> ContentRevision:
    return _revision(_row(session, revision_id))


def decide(session: Session, revision_id: int, state: RevisionState, by: str) -> ContentRevision:
    """Approve or reject a draft and its parts; approving supersedes each item's earlier
    approved revision."""
    row = _row(session, revision_id)
    now = models.utcnow()
    parts = session.scalars(
        select(models.ContentRevisionRow).where(
            models.ContentRevisionRow.part_of == row.id,
            models.ContentRevisionRow.state == DRAFT,
        )
    )
    for decided in (row, *parts):
        if state == APPROVED:
            earlier = session.scalars(
                select(models.ContentRevisionRow).where(
                    models.ContentRevisionRow.item_kind == decided.item_kind,
                    models.ContentRevisionRow.item_id == decided.item_id,
                    models.ContentRevisionRow.state == APPROVED,
                )
            )
            for other in earlier:
                other.state = SUPERSEDED
        decided.state, decided.approver, decided.decided_at = state, by, now
    session.flush()
    action: AuditAction = "content_approved" if state == APPROVED else "content_rejected"
    audit_repo.append(session, by, action, TABLE, row.id)
    return _revision(row)


def parts(session: Session, revision_id: int) -> list[ContentRevision]:
    """The revisions decided with ``revision_id`` (the sources its figure added)."""
    rows = session.scalars(
        select(models.ContentRevisionRow)
        .where(models.ContentRevisionRow.part_of == revision_id)
        .order_by(models.ContentRevisionRow.id)
    )
    return [_revision(row) for row in rows]


def _row(session: Session, revision_id: int) -> models.ContentRevisionRow:
    row = session.get(models.ContentRevisionRow, revision_id)
    if row is None:
        raise NotFound(f"content revision {revision_id} does not exist")
    return row


def _override(row: models.ContentRevisionRow) -> Override:
    decided = as_utc(row.decided_at).astimezone().date() if row.decided_at else None
    return Override(
        row.id,
        row.item_kind,
        row.item_id,
        row.document,
        row.base_shipped_hash,
        approved_by=row.approver or "",
        approved_on=decided,
    )


def _revision(row: models.ContentRevisionRow) -> ContentRevision:
    state: RevisionState = row.state  # type: ignore[assignment]  # the table's check
    return ContentRevision(
        id=row.id,
        item_kind=row.item_kind,
        item_id=row.item_id,
        document=copy.deepcopy(row.document),
        author=row.author,
        reason=row.reason,
        state=state,
        approver=row.approver,
        created_at=as_utc(row.created_at),
        decided_at=as_utc(row.decided_at) if row.decided_at else None,
        base_shipped_hash=row.base_shipped_hash,
        part_of=row.part_of,
    )
