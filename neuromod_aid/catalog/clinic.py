"""What a clinic says of itself in its content: a risk counted in its own audit, which
therapies it offers (each offered, offered elsewhere by referral, or hidden), the
approved revisions of its own that the catalog in use holds, and its clinician's
sign-off of the content."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from neuromod_aid.catalog.text import Id
from neuromod_aid.validation import Strict, record

FIRST_YEAR, LAST_YEAR = 1950, 2100  # a plausible audit year


@record(kw_only=True)
class ClinicAudit(Strict):
    """The clinic's own count of a risk ("in our clinic, 3 of 120 implants, 2021-2025"):
    ``count`` of ``total`` (in the risk's ``per``: people, operations...) from
    ``first_year`` to ``last_year``. Said beside the published figure, never instead."""

    count: int
    total: int
    first_year: int
    last_year: int

    def __post_init__(self) -> None:
        if not 0 <= self.count <= self.total or self.total == 0:
            raise ValueError("need 0 <= count <= total, and total > 0")
        if not FIRST_YEAR <= self.first_year <= self.last_year <= LAST_YEAR:
            raise ValueError(f"need {FIRST_YEAR} <= first_year <= last_year <= {LAST_YEAR}")


Offer = Literal["offered", "referral", "hidden"]


@record(kw_only=True)
class OfferedTherapy(Strict):
    therapy: Id
    offer: Offer


@record(kw_only=True)
class ClinicOffer(Strict):
    """Which therapies the clinic offers (``[clinic_offer]``, one table): a therapy not
    listed is offered; "referral" is shown as not offered here, to ask about a referral;
    "hidden" is not shown at all."""

    therapies: tuple[OfferedTherapy, ...] = ()

    def offer(self, therapy_id: str) -> Offer:
        return next((t.offer for t in self.therapies if t.therapy == therapy_id), "offered")

    def __post_init__(self) -> None:
        named = [t.therapy for t in self.therapies]
        if len(named) != len(set(named)):
            raise ValueError("each therapy is listed once")


@record(kw_only=True)
class LocalRevision(Strict):
    """One of the clinic's approved revisions in the catalog in use, as a document names
    it: its id, the item it changed, who approved it and on what day."""

    id: int
    item_kind: str
    item_id: str
    approved_by: str = ""
    approved_on: dt.date | None = None


@record(kw_only=True)
class SignOff(Strict):
    """A clinician of the clinic has read and checked the patient content: who (their
    name and role on the staff list), on what day, and which content: its version and
    the clinic's approved revisions in force then. It applies only while the content is
    exactly that (:meth:`covers`); a new version or a new approved revision ends it."""

    by: str
    role: str  # the staff list's role when they signed ("physician")
    on: dt.date
    content_version: str
    revisions: tuple[int, ...] = ()

    def covers(self, content_version: str, revisions: tuple[int, ...]) -> bool:
        return self.content_version == content_version and sorted(self.revisions) == sorted(
            revisions
        )
