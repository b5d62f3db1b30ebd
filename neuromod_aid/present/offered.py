"""Which options a patient is shown, by what the clinic offers (``[clinic_offer]``): a
therapy the clinic hides is not shown at all; one it does not offer is shown with
"Not offered here: ask about a referral." The Options step and the documents read
these, so both leave out and say the same."""

from __future__ import annotations

from collections.abc import Iterable

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.present.wording import Wording


def shown_therapies(catalog: Catalog, therapy_ids: Iterable[str]) -> list[str]:
    """``therapy_ids`` in their order, without the ones the clinic hides."""
    return [t for t in therapy_ids if catalog.clinic_offer.offer(t) != "hidden"]


def offer_line(catalog: Catalog, therapy_id: str, words: Wording) -> str:
    """What to say of a therapy the clinic does not offer itself; empty when it does."""
    if catalog.clinic_offer.offer(therapy_id) != "referral":
        return ""
    return words("offer_referral")
