"""Loading the shipped content into the database, and reading the catalog back.

The database copy is what the app uses, so a clinic's local edits (a later feature:
rows with ``edited_locally``) survive. A newer shipped content version replaces
every item that was not edited locally; for an edited item the new shipped version
is parked in ``pending_shipped`` and reported, never applied silently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from neuromod_aid.catalog.loader import Documents, catalog_documents, catalog_from_documents
from neuromod_aid.catalog.model import Catalog, version_tuple
from neuromod_aid.db import models
from neuromod_aid.records import ContentSyncReport

Doc = Mapping[str, Any]


def _names(prefix: str = "name") -> Callable[[Doc], dict[str, Any]]:
    return lambda d: {f"{prefix}_en": d[prefix]["en"], f"{prefix}_es": d[prefix]["es"]}


@dataclass(frozen=True)
class _Kind:
    """How one top-level content key is stored."""

    key: str
    row: type[Any]
    identity: Callable[[Doc], dict[str, Any]]  # primary-key (and discriminator) columns
    columns: Callable[[Doc], dict[str, Any]]  # typed copies for querying


def _part(key: str, suffix: Callable[[Doc], str]) -> _Kind:
    return _Kind(
        key,
        models.CatalogPart,
        lambda d: {"kind": key, "key": f"{key}:{suffix(d)}"},
        lambda d: {},
    )


_KINDS: tuple[_Kind, ...] = (
    _part("manifest", lambda d: "manifest"),
    _part("body_map", lambda d: "frame"),
    _part("body_outline", lambda d: str(d["view"])),
    _part("current_care", lambda d: "current_care"),
    _part("blood_thinner_policy", lambda d: "policy"),
    _part("seed_topic", lambda d: str(d["id"])),
    _Kind(
        "source",
        models.SourceRow,
        lambda d: {"id": d["id"]},
        lambda d: {k: d[k] for k in ("short", "citation", "year", "doi", "url")},
    ),
    _Kind("condition", models.ConditionRow, lambda d: {"id": d["id"]}, _names()),
    _Kind(
        "pain_area",
        models.PainAreaRow,
        lambda d: {"id": d["id"]},
        lambda d: {**_names()(d), "view": d["view"], "side": d["side"], "region": d["region"]},
    ),
    _Kind(
        "therapy",
        models.TherapyRow,
        lambda d: {"id": d["id"]},
        lambda d: {**_names()(d), "invasiveness": d["invasiveness"]},
    ),
    _Kind("benefit", models.FeatureRow, lambda d: {"kind": "benefit", "id": d["id"]}, _names()),
    _Kind(
        "innovation", models.FeatureRow, lambda d: {"kind": "innovation", "id": d["id"]}, _names()
    ),
    _Kind("instruction", models.InstructionRow, lambda d: {"id": d["id"]}, _names("title")),
    _Kind(
        "blood_thinner",
        models.BloodThinnerRow,
        lambda d: {"id": d["id"]},
        lambda d: {
            **_names("medicine")(d),
            "hold_days_min": d.get("hold_days_min"),
            "hold_days_max": d.get("hold_days_max"),
        },
    ),
    _Kind("glossary", models.GlossaryRow, lambda d: {"id": d["id"]}, _names("term")),
)


def document_hash(document: Doc) -> str:
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def stored_content_version(session: Session) -> str | None:
    meta = session.get(models.ContentMeta, 1)
    return meta.content_version if meta else None


def is_current(stored: str | None, shipped: str) -> bool:
    """The database already holds ``shipped`` content or newer."""
    return stored is not None and version_tuple(stored) >= version_tuple(shipped)


def sync_content(session: Session, shipped: Catalog) -> ContentSyncReport:
    """Load ``shipped`` unless the database already holds this version or a newer one."""
    before = stored_content_version(session)
    version = shipped.manifest.content_version
    if is_current(before, version):
        return ContentSyncReport(version, before, loaded=False, kept_local_edits=())
    documents = catalog_documents(shipped)
    kept: list[str] = []
    for kind in _KINDS:
        kept.extend(_sync_kind(session, kind, documents[kind.key]))
    session.flush()
    _rebuild_figures(session)
    meta = session.get(models.ContentMeta, 1)
    if meta is None:
        session.add(models.ContentMeta(id=1, content_version=version))
    else:
        meta.content_version = version
    return ContentSyncReport(version, before, loaded=True, kept_local_edits=tuple(kept))


def _rows_of(session: Session, kind: _Kind) -> list[Any]:
    statement = select(kind.row)
    if kind.row in (models.CatalogPart, models.FeatureRow):
        statement = statement.where(kind.row.kind == kind.key)
    return list(session.scalars(statement))


def _sync_kind(session: Session, kind: _Kind, documents: list[dict[str, Any]]) -> list[str]:
    existing = {_identity_of(row, kind): row for row in _rows_of(session, kind)}
    kept: list[str] = []
    shipped_ids = set()
    for position, document in enumerate(documents):
        identity = kind.identity(document)
        key = tuple(sorted(identity.items()))
        shipped_ids.add(key)
        digest = document_hash(document)
        row = existing.get(key)
        if row is None:
            session.add(
                kind.row(
                    **identity,
                    **kind.columns(document),
                    position=position,
                    document=document,
                    shipped_hash=digest,
                )
            )
        elif row.edited_locally:
            if row.shipped_hash != digest:
                row.pending_shipped = document
                kept.append(f"{kind.key}:{_label(identity)}")
        else:
            for column, value in kind.columns(document).items():
                setattr(row, column, value)
            row.position = position
            row.document = document
            row.shipped_hash = digest
            row.pending_shipped = None
    for key, row in existing.items():
        if key not in shipped_ids and not row.edited_locally:
            session.delete(row)
    return kept


def _identity_of(row: Any, kind: _Kind) -> tuple[tuple[str, Any], ...]:
    columns = kind.identity(row.document)
    return tuple(sorted((name, getattr(row, name)) for name in columns))


def _label(identity: dict[str, Any]) -> str:
    return str(identity.get("id") or identity.get("key"))


def _rebuild_figures(session: Session) -> None:
    """Outcome and risk rows are typed copies of the therapy documents."""
    session.execute(delete(models.OutcomeRow))
    session.execute(delete(models.RiskRow))
    for therapy in session.scalars(select(models.TherapyRow)):
        for outcome in therapy.document["outcomes"]:
            session.add(
                models.OutcomeRow(
                    therapy_id=therapy.id,
                    id=outcome["id"],
                    measure=outcome["measure"],
                    rate_treatment=outcome["rate_treatment"],
                    rate_comparator=outcome["rate_comparator"],
                    denominator=outcome["denominator"],
                    text_en=outcome["text"]["en"],
                    text_es=outcome["text"]["es"],
                    timeframe_en=outcome["timeframe"]["en"],
                    timeframe_es=outcome["timeframe"]["es"],
                    source_ids=list(outcome["sources"]),
                )
            )
        for risk in therapy.document["risks"]:
            session.add(
                models.RiskRow(
                    therapy_id=therapy.id,
                    id=risk["id"],
                    frequency_low=risk["frequency_low"],
                    frequency_high=risk["frequency_high"],
                    denominator=risk["denominator"],
                    per=risk["per"],
                    name_en=risk["name"]["en"],
                    name_es=risk["name"]["es"],
                    text_en=risk["text"]["en"],
                    text_es=risk["text"]["es"],
                    source_ids=list(risk["sources"]),
                )
            )


def stored_catalog(session: Session) -> Catalog:
    """The catalog as the database holds it, validated like the content files."""
    documents: Documents = {}
    for kind in _KINDS:
        rows = sorted(_rows_of(session, kind), key=lambda row: row.position)
        origin = f"database table {kind.row.__tablename__}"
        documents[kind.key] = [(origin, row.document) for row in rows]
    return catalog_from_documents(documents)
