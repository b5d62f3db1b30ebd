"""Shipped content is loaded into the database, newer versions replace it, local edits stay."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from neuromod_aid.catalog.model import Catalog, Text
from neuromod_aid.db import content_repo, models, open_database
from neuromod_aid.paths import data_location


def _open(catalog: Catalog):  # type: ignore[no-untyped-def]
    location = data_location().ensure()
    return open_database(f"sqlite:///{location.database_file}", location, catalog)


def _newer(catalog: Catalog, version: str = "99.0.0", **therapy_changes: object) -> Catalog:
    manifest = dataclasses.replace(catalog.manifest, content_version=version)
    therapies = tuple(
        dataclasses.replace(t, **therapy_changes) if t.id == "scs" else t for t in catalog.therapies
    )
    return dataclasses.replace(catalog, manifest=manifest, therapies=therapies)


def test_first_start_loads_the_shipped_catalog(data_dir: Path, catalog: Catalog) -> None:
    database, report = _open(catalog)
    assert report is not None and report.loaded and report.stored_version_before is None
    assert database.catalog() == catalog


def test_risk_figures_are_queryable_with_their_denominators(
    data_dir: Path, catalog: Catalog
) -> None:
    database, _ = _open(catalog)
    expected = {
        (t.id, r.id, r.frequency_low, r.frequency_high, r.denominator)
        for t in catalog.therapies
        for r in t.risks
    }
    with database.session() as session:
        rows = session.scalars(select(models.RiskRow)).all()
        stored = {
            (r.therapy_id, r.id, r.frequency_low, r.frequency_high, r.denominator) for r in rows
        }
    assert stored == expected


def test_same_version_is_not_reloaded(data_dir: Path, catalog: Catalog) -> None:
    _open(catalog)
    _, report = _open(catalog)
    assert report is not None and not report.loaded


def test_newer_content_replaces_items_not_edited_locally(data_dir: Path, catalog: Catalog) -> None:
    _open(catalog)
    new_summary = Text(en="A new summary.", es="Un resumen nuevo.")
    database, report = _open(_newer(catalog, summary=new_summary))
    assert report is not None and report.loaded
    assert database.catalog().therapy("scs").summary == new_summary
    assert database.catalog().manifest.content_version == "99.0.0"


def test_local_edits_are_kept_and_the_update_is_parked(data_dir: Path, catalog: Catalog) -> None:
    database, _ = _open(catalog)
    with Session(database.engine) as session, session.begin():
        row = session.get(models.TherapyRow, "scs")
        assert row is not None
        document = dict(row.document)
        document["summary"] = {"en": "Our clinic's own words.", "es": "Nuestras palabras."}
        row.document = document
        row.edited_locally = True
    database, report = _open(
        _newer(catalog, summary=Text(en="Shipped words.", es="Palabras nuevas."))
    )
    assert report is not None and report.kept_local_edits == ("therapy:scs",)
    assert database.catalog().therapy("scs").summary.en == "Our clinic's own words."
    with database.session() as session:
        row = session.get(models.TherapyRow, "scs")
        assert row is not None and row.pending_shipped is not None
        assert row.pending_shipped["summary"]["en"] == "Shipped words."
        assert content_repo.stored_content_version(session) == "99.0.0"


def test_an_up_to_date_database_does_not_load_the_content_files(
    data_dir: Path, catalog: Catalog
) -> None:
    _open(catalog)
    location = data_location().ensure()

    def must_not_load() -> Catalog:
        raise AssertionError("the shipped catalog was loaded although nothing changed")

    _, report = open_database(
        f"sqlite:///{location.database_file}",
        location,
        must_not_load,
        catalog.manifest.content_version,
    )
    assert report is not None and not report.loaded
