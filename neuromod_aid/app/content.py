"""The clinic's own content: draft revisions, review and sign-off, export and import.

An edit of an item (a therapy, a blood-thinner row, a wording table...) is a draft
revision with its author and reason, saved only when the catalog with it still loads
and passes the checks of ``content check`` for that item (readability, figures with
sources, numbers matching the text). It reaches patients only once a second person,
not its author, approves it; approving supersedes the item's revision approved before.
Every revision is kept; going back is a new draft of an earlier document. A source
that an edit adds and cites is saved as a part of that edit's revision, decided with
it (approving the figure approves its new source). Qt-free:
the window's editor and ``neuromod-aid content`` both use :class:`ClinicContent`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from neuromod_aid.app.content_history import FieldChange, differences, previous_document
from neuromod_aid.app.errors import UserError
from neuromod_aid.app.messages import Refusal
from neuromod_aid.app.staff import Staff, Working
from neuromod_aid.catalog.checks import catalog_problems
from neuromod_aid.catalog.export import export_subset, items_from_export
from neuromod_aid.catalog.kinds import WORDING
from neuromod_aid.catalog.loader import ContentError, Problem, catalog_documents, item_id
from neuromod_aid.catalog.messages import ENGLISH, refused
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.overrides import (
    Override,
    apply_overrides,
    document_hash,
    with_overrides,
)
from neuromod_aid.db import Database
from neuromod_aid.db import content_repo as repo
from neuromod_aid.errors import NotFound
from neuromod_aid.records import ContentRevision, DocumentEntry, RevisionState


class ContentRefused(UserError):
    """An edit refused for the problems the content checks found: said in English, or
    in another language by :meth:`said` (the Spanish editor, ``--lang es``)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(refused(self.problems, ENGLISH))

    def said(self, lang: str) -> str:
        return refused(self.problems, lang)


@dataclass(frozen=True)
class Edit:
    """A new document for one item: ``kind`` is a top-level content key."""

    kind: str
    item_id: str
    document: Mapping[str, Any]


def check_person(database: Database, name: str) -> str:
    """The name of whoever writes or decides a revision, as it is stored: someone on
    the staff list who has not retired (anyone named while the clinic keeps no list)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise Refusal("give_name")
    problem = Staff(database, Working()).check_person(cleaned)
    if problem is not None:
        raise problem
    return cleaned


@dataclass
class ClinicContent:
    database: Database
    shipped: Catalog
    folder: Path  # the shipped content folder (the clinic's article, for the checks)

    def catalog(self) -> Catalog:
        """The catalog as patients get it: shipped, with the approved revisions."""
        return self.database.catalog(self.shipped).catalog

    def decisions(self) -> tuple[int, str]:
        """A mark of the decisions taken so far, which any approval or rejection (here
        or in another room) changes: the window compares it to know when to refresh."""
        with self.database.session(read_only=True) as session:
            return repo.decisions(session)

    def revisions(self) -> list[ContentRevision]:
        with self.database.session() as session:
            return repo.revisions(session)

    def revision(self, revision_id: int) -> ContentRevision:
        try:
            with self.database.session() as session:
                return repo.revision(session, revision_id)
        except NotFound:
            raise Refusal("no_revision", revision=revision_id) from None

    def history(self, kind: str, name: str) -> list[ContentRevision]:
        """Every revision of one item, oldest first."""
        return [r for r in self.revisions() if (r.item_kind, r.item_id) == (kind, name)]

    def shipped_document(self, kind: str, name: str) -> dict[str, Any] | None:
        return _document(self.shipped, kind, name)

    def changes(self, revision_id: int) -> tuple[FieldChange, ...]:
        """What revision ``revision_id`` changed, field by field, from the item as it was."""
        revision = self.revision(revision_id)
        history = self.history(revision.item_kind, revision.item_id)
        shipped = self.shipped_document(revision.item_kind, revision.item_id)
        own = differences(previous_document(revision, history, shipped), revision.document)
        added = tuple(
            replace(change, path=f"{part.item_kind}:{part.item_id}.{change.path}")
            for part in self.parts(revision.id)
            for change in self.changes(part.id)
        )
        return own + added

    def propose(
        self, edits: Sequence[Edit], by: str, why: str, origin: str = "(this edit)"
    ) -> tuple[int, ...]:
        """Save each edit that changes its item as a draft; all of them, or none (a
        :class:`UserError` naming each problem's ``origin``, item and field)."""
        author = check_person(self.database, by)
        reason = why.strip() or "(no reason given)"
        current = self.catalog()
        checked = _checked(current, edits, self.folder, origin)
        owners = _new_source_owners(current, checked)
        ids: dict[tuple[str, str], int] = {}
        with self.database.session() as session:
            for edit in sorted(checked, key=lambda e: (e.kind, e.item_id) in owners):
                owner = owners.get((edit.kind, edit.item_id))
                ids[(edit.kind, edit.item_id)] = repo.add_draft(
                    session,
                    edit.kind,
                    edit.item_id,
                    edit.document,
                    author,
                    reason,
                    _hash_of(self.shipped, edit.kind, edit.item_id),
                    ids[owner] if owner is not None else None,
                )
        return tuple(ids.values())

    def parts(self, revision_id: int) -> list[ContentRevision]:
        """The revisions decided with ``revision_id``: the sources its edit added."""
        with self.database.session() as session:
            return repo.parts(session, revision_id)

    def review_blood_thinner(
        self, thinner_id: str, by: str, on: dt.date, why: str, row: Mapping[str, Any] | None = None
    ) -> int:
        """A draft of one blood-thinner row (as it is, or ``row`` as edited: its stop days
        and restart rule) marked as checked by ``by`` on ``on``; once a second person
        approves it, the row counts as locally reviewed."""
        reviewer = check_person(self.database, by)
        document = dict(row or self.document_in_use("blood_thinner", thinner_id))
        document["local_review"] = {"reviewed_by": reviewer, "reviewed_on": on.isoformat()}
        ids = self.propose([Edit("blood_thinner", thinner_id, document)], reviewer, why)
        if not ids:
            raise Refusal("thinner_reviewed", thinner=thinner_id, reviewer=reviewer, on=on)
        return ids[0]

    def document_in_use(self, kind: str, name: str) -> dict[str, Any]:
        found = _document(self.catalog(), kind, name)
        if found is None:
            raise Refusal("no_item", kind=kind, name=repr(name))
        return found

    def import_file(self, data: Any, by: str, why: str, origin: str) -> tuple[int, ...]:
        """A file in the shape of ``content export`` (any subset): each changed item a
        draft; ``origin`` names the file in problems."""
        try:
            items = items_from_export(data, self.catalog(), origin)
        except ContentError as error:
            raise ContentRefused(error.problems) from None
        edits = [Edit(kind, item_id(kind, document), document) for kind, document in items]
        return self.propose(edits, by, why, origin)

    def approve(self, revision_id: int, by: str) -> ContentRevision:
        """Approve a draft: it takes effect in every document made from now on."""
        draft = self._draft(revision_id, by, "approve")
        overrides = [
            Override(r.id, r.item_kind, r.item_id, r.document, None)
            for r in (*self.parts(draft.id), draft)
        ]
        try:
            with_overrides(self.catalog(), overrides)
        except ContentError as error:
            raise Refusal("no_longer_fits", revision=draft.id, problem=error.problems[0]) from None
        return self._decide(draft.id, "approved", by)

    def reject(self, revision_id: int, by: str) -> ContentRevision:
        draft = self._draft(revision_id, by, "reject")
        return self._decide(draft.id, "rejected", by)

    def revert(self, revision_id: int, by: str, why: str) -> int:
        """A new draft with the document of revision ``revision_id`` (it needs approval)."""
        earlier = self.revision(revision_id)
        edit = Edit(earlier.item_kind, earlier.item_id, earlier.document)
        ids = self.propose([edit], by, why or f"back to revision {earlier.id}")
        if not ids:
            raise Refusal("already_as", revision=earlier.id)
        return ids[0]

    def export_local(self) -> dict[str, Any]:
        """The items the approved revisions changed, in the shape of ``content export``,
        with ``revisions``: which revision each came from."""
        catalog = self.catalog()
        with self.database.session() as session:
            applied = repo.overrides_by_id(session, catalog.local_revisions)
        items = {(o.item_kind, o.item_id) for o in applied if o.item_kind not in WORDING}
        wording = {
            name
            for o in applied
            if o.item_kind in WORDING
            for name in _changed_words(
                getattr(catalog, WORDING[o.item_kind]), getattr(self.shipped, WORDING[o.item_kind])
            )
        }
        return {**export_subset(catalog, items, wording), "revisions": item_revisions(self)}

    def catalog_for(self, document: DocumentEntry) -> Catalog:
        """The catalog a recorded document was made from: the shipped content of its
        version with exactly its revisions and the sign-off in force when it was made,
        for rebuilding it as it was."""
        version = self.shipped.manifest.content_version
        if document.content_version is None:
            raise Refusal("content_not_kept")
        if document.content_version != version:
            raise Refusal("other_content", made=document.content_version, version=version)
        with self.database.session() as session:
            overrides = repo.overrides_by_id(session, document.content_revisions)
            sign_off = repo.latest_sign_off(session, document.created_at)
        in_use = apply_overrides(self.shipped, overrides)
        if in_use.refused:
            revision, why = in_use.refused[0]
            raise Refusal("not_fit_shipped", revision=revision, why=why)
        return replace(in_use.catalog, sign_off=sign_off)

    def _draft(self, revision_id: int, by: str, verb: str) -> ContentRevision:
        person = check_person(self.database, by)
        revision = self.revision(revision_id)
        if revision.state != "draft":
            raise Refusal(f"not_a_draft_{revision.state}", revision=revision_id)
        if revision.part_of is not None:
            raise Refusal(f"part_of_{verb}", revision=revision_id, whole=revision.part_of)
        if revision.author.casefold() == person.casefold():
            raise Refusal(f"author_{verb}", person=person, revision=revision_id)
        return revision

    def _decide(self, revision_id: int, state: RevisionState, by: str) -> ContentRevision:
        with self.database.session() as session:
            return repo.decide(session, revision_id, state, check_person(self.database, by))


def item_revisions(content: ClinicContent) -> dict[str, int]:
    """``"kind:id"`` -> the approved revision each item of the catalog in use comes
    from (an item not named is as shipped)."""
    catalog = content.catalog()
    with content.database.session() as session:
        applied = repo.overrides_by_id(session, catalog.local_revisions)
    return {f"{o.item_kind}:{o.item_id}": o.revision for o in applied}


def _checked(current: Catalog, edits: Iterable[Edit], folder: Path, origin: str) -> list[Edit]:
    """The edits that change their item, each as the content files will store it, once
    the catalog with all of them loads and passes the checks for those items."""
    overrides = [Override(0, e.kind, e.item_id, e.document, None, origin) for e in edits]
    try:
        merged = with_overrides(current, overrides)
    except ContentError as error:
        raise ContentRefused(error.problems) from None
    changed: list[Edit] = []
    origins: dict[tuple[str, str], str] = {}
    after_documents, before_documents = catalog_documents(merged), catalog_documents(current)
    for edit in edits:
        stored = _find(after_documents, edit.kind, edit.item_id)
        before = _find(before_documents, edit.kind, edit.item_id)
        if stored is None or stored == before:
            continue
        changed.append(Edit(edit.kind, edit.item_id, stored))
        names = _changed_words(stored, before or {}) if edit.kind in WORDING else [edit.item_id]
        origins.update({(edit.kind, name): origin for name in names})
    problems = [p for p in catalog_problems(merged, folder, origins, origin) if p.file == origin]
    if problems:
        raise ContentRefused(problems)
    return changed


def _new_source_owners(
    current: Catalog, edits: Sequence[Edit]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Each source among ``edits`` that the catalog in use lacks -> the first other edit
    citing it, whose revision it becomes a part of."""
    known = {s.id for s in current.sources}
    added = {e.item_id for e in edits if e.kind == "source" and e.item_id not in known}
    owners: dict[tuple[str, str], tuple[str, str]] = {}
    for edit in edits:
        if edit.kind != "source":
            for cited in sorted(added & set(_strings(edit.document))):
                owners.setdefault(("source", cited), (edit.kind, edit.item_id))
    return owners


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for child in value.values():
            yield from _strings(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from _strings(child)


def _changed_words(table: Mapping[str, Any], before: Mapping[str, Any]) -> list[str]:
    return [name for name, text in table.items() if before.get(name) != text]


def _document(catalog: Catalog, kind: str, name: str) -> dict[str, Any] | None:
    return _find(catalog_documents(catalog), kind, name)


def _find(
    documents: Mapping[str, list[dict[str, Any]]], kind: str, name: str
) -> dict[str, Any] | None:
    return next((d for d in documents.get(kind, []) if item_id(kind, d) == name), None)


def _hash_of(catalog: Catalog, kind: str, name: str) -> str | None:
    document = _document(catalog, kind, name)
    return document_hash(document) if document is not None else None
