"""A clinic's revisions of the content, as the catalog in use needs them.

The shipped content is read from the files (``neuromod_aid.catalog.store``); the
database keeps only revisions, one row each in ``content_revisions``. Nothing in the
program writes them yet (the content editor will); the approved ones are applied over
the shipped catalog by ``neuromod_aid.catalog.overrides``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neuromod_aid.catalog.overrides import Override
from neuromod_aid.db import models

APPROVED = "approved"


def approved_overrides(session: Session) -> tuple[Override, ...]:
    """The approved revisions, oldest decision first (so the newest one for an item wins)."""
    revision = models.ContentRevisionRow
    rows = session.scalars(
        select(revision)
        .where(revision.state == APPROVED)
        .order_by(func.coalesce(revision.decided_at, revision.created_at), revision.id)
    )
    return tuple(
        Override(row.id, row.item_kind, row.item_id, row.document, row.base_shipped_hash)
        for row in rows
    )


def approved_count(session: Session) -> int:
    statement = select(func.count()).where(models.ContentRevisionRow.state == APPROVED)
    return int(session.scalar(statement) or 0)
