"""Newer shipped content over the clinic's own, and the items due for review (Qt-free).

When a new program version ships newer content, an item the clinic never changed is
simply the new one. An item it changed keeps the clinic's approved revision, and when
the shipped item has changed since that revision was written, :func:`shipped_updates`
shows the new shipped text beside the clinic's for a decision: :func:`take_shipped`
(a draft of the new shipped item) or :func:`keep_ours` (a draft of the clinic's
own, written against the new shipped item); either needs a second person's approval,
and nothing is overwritten silently. :func:`review_due` lists the items whose review
date (``review.next_review``, set by the update policy) has come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from neuromod_aid.app.content import ClinicContent, Edit, check_person
from neuromod_aid.app.content_history import FieldChange, differences
from neuromod_aid.app.messages import Refusal
from neuromod_aid.catalog.kinds import COLLECTIONS, SINGLETONS
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.overrides import document_hash
from neuromod_aid.db import content_repo as repo
from neuromod_aid.records import ContentRevision


@dataclass(frozen=True)
class ShippedUpdate:
    revision: ContentRevision  # the clinic's revision in use
    changes: tuple[FieldChange, ...]  # before: the clinic's; after: the new shipped item
    shipped_gone: bool = False  # the new content no longer has the item


@dataclass(frozen=True)
class DueItem:
    kind: str
    item_id: str
    next_review: dt.date


def shipped_updates(content: ClinicContent) -> list[ShippedUpdate]:
    """The clinic's revisions in use whose shipped item changed since they were written."""
    catalog = content.catalog()
    in_use = {r.id: r for r in content.revisions() if r.id in catalog.local_revisions}
    found = []
    for revision in in_use.values():
        shipped = content.shipped_document(revision.item_kind, revision.item_id)
        current = document_hash(shipped) if shipped is not None else None
        if revision.base_shipped_hash == current:
            continue
        changes = differences(revision.document, shipped) if shipped is not None else ()
        found.append(ShippedUpdate(revision, changes, shipped is None))
    return found


def take_shipped(content: ClinicContent, revision_id: int, by: str, why: str) -> int:
    """A draft of the new shipped item in place of the clinic's revision ``revision_id``."""
    update = _update(content, revision_id)
    revision = update.revision
    shipped = content.shipped_document(revision.item_kind, revision.item_id)
    if shipped is None:
        raise Refusal("no_longer_shipped", item=f"{revision.item_kind}:{revision.item_id}")
    edit = Edit(revision.item_kind, revision.item_id, shipped)
    drafts = content.propose([edit], by, why or "take the new shipped content")
    if not drafts:
        raise Refusal("already_shipped", revision=revision_id)
    return drafts[0]


def keep_ours(content: ClinicContent, revision_id: int, by: str, why: str) -> int:
    """A draft of the clinic's own item, as in ``revision_id``, noted as written against
    the new shipped item (so it is no longer listed once approved)."""
    revision = _update(content, revision_id).revision
    shipped = content.shipped_document(revision.item_kind, revision.item_id)
    with content.database.session() as session:
        return repo.add_draft(
            session,
            revision.item_kind,
            revision.item_id,
            revision.document,
            check_person(content.database, by),
            why.strip() or "keep ours over the new shipped content",
            document_hash(shipped) if shipped is not None else None,
        )


def review_due(catalog: Catalog, on: dt.date) -> list[DueItem]:
    """Every item whose next review falls on or before ``on``, soonest first."""
    due = []
    for key, (attr, _) in COLLECTIONS.items():
        for item in getattr(catalog, attr):
            review = getattr(item, "review", None)
            if review is not None and review.next_review <= on:
                due.append(DueItem(key, str(item.id), review.next_review))
    for key, (attr, _) in SINGLETONS.items():
        review = getattr(getattr(catalog, attr), "review", None)
        if review is not None and review.next_review <= on:
            due.append(DueItem(key, key, review.next_review))
    return sorted(due, key=lambda d: (d.next_review, d.kind, d.item_id))


def _update(content: ClinicContent, revision_id: int) -> ShippedUpdate:
    update = next((u for u in shipped_updates(content) if u.revision.id == revision_id), None)
    if update is None:
        raise Refusal("not_waiting", revision=revision_id)
    return update
