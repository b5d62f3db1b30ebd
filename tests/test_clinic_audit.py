"""A risk counted in the clinic's own audit: said beside the published figure in each
language, refused when the counts or years cannot be, and carried through a revision
approved by a second person into the catalog in use."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import ValidationError

from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.clinic import ClinicAudit
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.paths import data_location
from neuromod_aid.present.figures import audit_line
from neuromod_aid.present.wording import Wording
from neuromod_aid.validation import adapter


def _infection(catalog: Catalog):  # type: ignore[no-untyped-def]
    risk = catalog.therapy("scs").risk("infection")
    assert risk is not None
    return risk


def test_the_audit_is_said_in_each_language_beside_the_published_figure(
    catalog: Catalog,
) -> None:
    risk = replace(
        _infection(catalog),
        clinic_audit=ClinicAudit(count=3, total=1200, first_year=2021, last_year=2025),
    )
    assert (
        audit_line(risk, Wording(catalog, "en"))
        == "In our clinic: 3 in 1,200 operations. This figure is from the records of"
        " this clinic, 2021–2025, not a published study."
    )
    assert (
        audit_line(risk, Wording(catalog, "es"))
        == "En nuestra clínica: 3 de 1200 operaciones. Esta cifra es de los registros de"
        " esta clínica, 2021–2025, no de un estudio publicado."
    )
    one_year = replace(
        risk, clinic_audit=ClinicAudit(count=0, total=40, first_year=2024, last_year=2024)
    )
    assert audit_line(one_year, Wording(catalog, "en")).endswith(
        "this clinic, 2024, not a published study."
    )
    assert audit_line(_infection(catalog), Wording(catalog, "en")) == ""  # no audit: nothing


@pytest.mark.parametrize(
    ("counts", "said"),
    [
        ({"count": 5, "total": 3, "first_year": 2021, "last_year": 2025}, "count <= total"),
        ({"count": 0, "total": 0, "first_year": 2021, "last_year": 2025}, "total > 0"),
        (
            {"count": 1, "total": 3, "first_year": 2025, "last_year": 2021},
            "first_year <= last_year",
        ),
    ],
)
def test_an_audit_that_cannot_be_is_refused(counts: dict[str, int], said: str) -> None:
    with pytest.raises(ValueError, match=said):  # made in code
        ClinicAudit(**counts)
    with pytest.raises(ValidationError, match=said):  # read from a content file
        adapter(ClinicAudit).validate_python(counts)


def test_an_audit_reaches_the_catalog_only_once_approved() -> None:
    context = AppContext(data_location().ensure())
    try:
        content = context.content()
        scs = content.document_in_use("therapy", "scs")
        infection = next(r for r in scs["risks"] if r["id"] == "infection")
        infection["clinic_audit"] = {
            "count": 3,
            "total": 120,
            "first_year": 2021,
            "last_year": 2025,
        }
        (draft,) = content.propose([Edit("therapy", "scs", scs)], "Dr Ruiz", "our audit")
        assert _infection(content.catalog()).clinic_audit is None
        content.approve(draft, "Dr Gómez")
        audit = _infection(content.catalog()).clinic_audit
        assert (audit.count, audit.total, audit.first_year, audit.last_year) == (3, 120, 2021, 2025)
    finally:
        context.close()
