"""The clinic's own content on paper: its audit count beside the published figure, said
to be from the clinic's own records and not a published study, and "not offered here"
on an option the clinic refers elsewhere (issue #12, point 1)."""

from __future__ import annotations

from dataclasses import replace

from pdf_helpers import running_text

from neuromod_aid.catalog.clinic import ClinicAudit, ClinicOffer, OfferedTherapy
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording


def _summary(catalog: Catalog, lang: str) -> str:
    text = running_text(build_document("summary", demo_consultation(catalog, lang), catalog))
    return " ".join(text.split())


def test_the_clinics_audit_is_printed_beside_the_published_figure(catalog: Catalog) -> None:
    scs = catalog.therapy("scs")
    audit = ClinicAudit(count=3, total=120, first_year=2021, last_year=2025)
    risks = tuple(replace(r, clinic_audit=audit) if r.id == "infection" else r for r in scs.risks)
    therapies = tuple(replace(t, risks=risks) if t.id == "scs" else t for t in catalog.therapies)
    ours = replace(catalog, therapies=therapies)
    assert "In our clinic" not in _summary(catalog, "en")
    printed = _summary(ours, "en")
    assert (
        "In our clinic: 3 in 120 operations. This figure is from the records of this clinic,"
        " 2021–2025, not a published study." in printed
    )
    infection = scs.risk("infection")
    assert infection is not None  # the published figure stays, as the risk list says it
    assert risk_figure(infection, Wording(catalog, "en")).listed in printed
    assert (
        "En nuestra clínica: 3 de 120 operaciones. Esta cifra es de los registros de esta"
        " clínica, 2021–2025, no de un estudio publicado." in _summary(ours, "es")
    )


def test_an_option_the_clinic_refers_elsewhere_says_so(catalog: Catalog) -> None:
    offer = ClinicOffer(therapies=(OfferedTherapy(therapy="drg", offer="referral"),))
    ours = replace(catalog, clinic_offer=offer)
    line = "Not offered here: ask about a referral."
    assert line not in _summary(catalog, "en")
    assert line in _summary(ours, "en")
