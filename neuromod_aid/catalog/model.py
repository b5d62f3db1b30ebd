"""The content catalog: frozen, typed, Qt-free.

These frozen dataclasses are at once the schema pydantic validates the content files
against (:mod:`neuromod_aid.validation`; nothing here imports pydantic) and the plain
data every other layer (database, PDF, UI) receives. A field added here is a field the
content files may (or must) carry. Texts and the shared
pieces are in :mod:`~neuromod_aid.catalog.text`, the manifest and its languages in
:mod:`~neuromod_aid.catalog.manifest`, therapies in :mod:`~neuromod_aid.catalog.therapy`;
here are the other items, the catalog that holds them all, and its wording.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, TypeVar

from neuromod_aid.catalog.clinic import ClinicOffer, LocalRevision, SignOff
from neuromod_aid.catalog.manifest import Manifest
from neuromod_aid.catalog.text import Id, NonEmpty, Review, Text, Wording
from neuromod_aid.catalog.therapy import CurrentCare, Therapy
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.validation import Limits, Strict, record

Point = tuple[float, float]
Polygon = Annotated[tuple[Point, ...], Limits(min_length=3)]

THERAPY_IDS: tuple[str, ...] = ("scs", "drg", "brain", "idd", "pns", "tms")
# Instruction sections the nurse sheet places by ID, in its three parts: before the day,
# on the day, and after it: a trial's after-care (the leads are out, through the skin)
# or an implant's. A section shows where it lists the planned therapy (or lists none).
NURSE_SHEET_BEFORE: tuple[str, ...] = ("infection_prevention", "what_to_bring")
NURSE_SHEET_ON_THE_DAY: tuple[str, ...] = ("day_of_procedure",)
NURSE_SHEET_AFTER_TRIAL: tuple[str, ...] = (
    "during_trial",
    "pump_test_dose",
    "driving",
    "diathermy",
)
NURSE_SHEET_AFTER_IMPLANT: tuple[str, ...] = (
    "after_implant",
    "after_pump",
    "after_brain",
    "after_pns",
    "driving",
    "diathermy",
    "device_id_card",
)
NURSE_SHEET_SECTION_IDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *NURSE_SHEET_BEFORE,
            *NURSE_SHEET_ON_THE_DAY,
            *NURSE_SHEET_AFTER_TRIAL,
            *NURSE_SHEET_AFTER_IMPLANT,
        )
    )
)
# The warning signs every document prints, then those of one therapy (its ``therapies``).
WARNING_SIGNS_ID = "warning_signs"
WARNING_SIGN_IDS: tuple[str, ...] = (WARNING_SIGNS_ID, "warning_signs_pump")
INSTRUCTION_IDS: tuple[str, ...] = (*NURSE_SHEET_SECTION_IDS, *WARNING_SIGN_IDS)
CONDITION_IDS: tuple[str, ...] = (
    "spinal_surgery",
    "neuropathic",
    "cancer",
    "crps",
    "neuralgia",
    "amputation_sci",
)


@record
class Source(Strict):
    id: Id
    short: NonEmpty  # e.g. "PROCESS, 2007": how the patient sees it cited
    citation: NonEmpty  # full reference
    year: int
    doi: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if not (self.doi or self.url):
            raise ValueError("a source needs a doi or a url")


@record
class Condition(Strict):
    id: Id
    name: Text
    what_it_is: Text
    how_it_feels: Text
    why_hard_to_treat: Text
    sources: tuple[Id, ...]
    review: Review


@record
class Shape(Strict):
    """A polygon in body-map coordinates (see :class:`BodyMapFrame`)."""

    points: Polygon


@record
class PainArea(Strict):
    id: Id
    name: Text
    view: Literal["front", "back"]
    side: Literal["left", "right", "centre"]
    region: Literal[
        "head",
        "neck",
        "shoulder",
        "arm",
        "hand",
        "chest",
        "abdomen",
        "upper_back",
        "lower_back",
        "buttock",
        "groin",
        "hip",
        "thigh",
        "knee",
        "lower_leg",
        "foot",
    ]  # groups left/right and front/back for "commonly considered for"
    shapes: Annotated[tuple[Shape, ...], Limits(min_length=1)]


@record
class BodyOutline(Strict):
    view: Literal["front", "back"]
    shapes: Annotated[tuple[Shape, ...], Limits(min_length=1)]


@record
class BodyMapFrame(Strict):
    """Coordinate system shared by the UI and the PDF: x right, y down, in units."""

    width: float
    height: float
    left_side_on: Literal["viewer_left", "viewer_right"]  # front view: patient's left


@record
class Feature(Strict):
    """A benefit or an innovation named in the clinic's article."""

    id: Id
    name: Text
    text: Text
    therapies: Annotated[tuple[Id, ...], Limits(min_length=1)]
    sources: tuple[Id, ...]
    review: Review


@record
class InstructionSection(Strict):
    id: Id
    title: Text
    items: Annotated[tuple[Text, ...], Limits(min_length=1)]
    therapies: tuple[Id, ...]  # empty: applies to every procedure
    sources: tuple[Id, ...]
    review: Review


# The guideline's bleeding-risk classes of procedure (Narouze 2018), for which a
# blood-thinner row gives its advice; a therapy's ``bleeding_risk`` is one of them, or
# "none" (no needle, no cut) or "outside_guideline" (the surgical team's own plan).
GUIDELINE_CLASSES: tuple[str, ...] = ("high", "intermediate", "low")


def _pair(low: int | None, high: int | None, name: str) -> None:
    if (low is None) != (high is None):
        raise ValueError(f"give both {name}_min and {name}_max, or neither")
    if low is not None and high is not None and not 0 <= low <= high:
        raise ValueError(f"need 0 <= {name}_min <= {name}_max")


@record(kw_only=True)
class StopAdvice(Strict):
    """What the guideline advises for one medicine before procedures of one bleeding-risk
    class: stop it (for ``stop_min`` to ``stop_max`` days or hours before, where the source
    gives the figure; else the team writes it in), keep taking it, or decide with the
    doctor who prescribed it ("shared assessment")."""

    action: Literal["stop", "keep", "shared"]
    stop_min: int | None = None
    stop_max: int | None = None
    unit: Literal["days", "hours"] = "days"
    restart_hours_min: int | None = None  # how long after the procedure it usually restarts
    restart_hours_max: int | None = None
    note: Text | None = None  # said with this advice only, e.g. the INR test before a stop

    def __post_init__(self) -> None:
        _pair(self.stop_min, self.stop_max, "stop")
        _pair(self.restart_hours_min, self.restart_hours_max, "restart_hours")
        if self.action != "stop" and self.stop_min is not None:
            raise ValueError("only a 'stop' advice has a stop interval")

    @property
    def has_interval(self) -> bool:
        return self.stop_min is not None


@record
class LocalReview(Strict):
    """A clinician of the clinic has checked one blood-thinner row against the guideline
    and the clinic's own protocol: only then does the nurse sheet print its dates."""

    reviewed_by: NonEmpty
    reviewed_on: date


@record(kw_only=True)
class BloodThinner(Strict):
    id: Id
    medicine: Text
    examples: Text  # brand or common names
    note: Text | None
    # the advice for each class of procedure; left out where the source's advice for it
    # could not be confirmed (the team then writes the time in by hand)
    high: StopAdvice | None = None
    intermediate: StopAdvice | None = None
    low: StopAdvice | None = None
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]
    # who at the clinic checked this row, and when; None: the sheet leaves the dates blank
    local_review: LocalReview | None = None

    def advice(self, bleeding_risk: str) -> StopAdvice | None:
        """The advice before a procedure of this class; None outside the guideline's classes."""
        if bleeding_risk not in GUIDELINE_CLASSES:
            return None
        found: StopAdvice | None = getattr(self, bleeding_risk)
        return found


@record(kw_only=True)
class BloodThinnerPolicy(Strict):
    rule: Text  # never stop a medicine unless the team says so
    restart: Text
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]


@record
class GlossaryTerm(Strict):
    id: Id
    term: Text
    definition: Text


@record
class SeedTopic(Strict):
    """One item of the clinic's article and the catalog entries that cover it."""

    id: Id
    kind: Literal["indication", "therapy", "innovation", "benefit", "risk"]
    article_text: NonEmpty
    covered_by: Annotated[tuple[NonEmpty, ...], Limits(min_length=1)]  # "therapy:scs", ...


@record
class ValueStatement(Strict):
    """Something a patient may weigh in the decision ("having less pain"), which they
    rate for how much it matters to them (values clarification, IPDAS)."""

    id: Id
    statement: Text  # the patient's own kind of words; read as prose
    sources: tuple[Id, ...] = ()  # none: a statement shows no figure


@record
class ChecklistItem(Strict):
    """One item of the nurses' pre-procedure checklist (staff-facing: a label, not
    prose), in the order checked. ``with_trial`` items apply only when the planned
    therapy has a trial period."""

    id: Id
    label: Text
    with_trial: bool = False


@record
class Catalog(Strict):
    manifest: Manifest
    sources: tuple[Source, ...]
    conditions: tuple[Condition, ...]
    body_map: BodyMapFrame
    body_outlines: tuple[BodyOutline, ...]
    pain_areas: tuple[PainArea, ...]
    therapies: tuple[Therapy, ...]
    current_care: CurrentCare
    benefits: tuple[Feature, ...]
    innovations: tuple[Feature, ...]
    instructions: tuple[InstructionSection, ...]
    blood_thinners: tuple[BloodThinner, ...]
    blood_thinner_policy: BloodThinnerPolicy
    glossary: tuple[GlossaryTerm, ...]
    seed_topics: tuple[SeedTopic, ...]
    values: tuple[ValueStatement, ...]  # what the patient rates, in the order asked
    checklist: tuple[ChecklistItem, ...]  # the nurses' pre-procedure checklist
    # the fixed wording of the documents and the patient screen, by id: headings and
    # short labels (not read as prose), and sentences (held to the readability limits)
    labels: FrozenMap[Wording]
    sentences: FrozenMap[Wording]
    # which therapies the clinic offers, refers elsewhere or hides
    clinic_offer: ClinicOffer = ClinicOffer()
    # the clinic's approved revisions laid over the shipped content, in the order applied
    # (``catalog.overrides``): what a document names and records it was made from
    local_changes: tuple[LocalRevision, ...] = ()
    # the clinic's newest clinical sign-off of the content (``app.content_sign_off``),
    # whether or not it still covers this content (:meth:`signed_off`)
    sign_off: SignOff | None = None

    @property
    def signed_off(self) -> bool:
        """Whether :attr:`sign_off` is of exactly this content (version and revisions)."""
        return self.sign_off is not None and self.sign_off.covers(
            self.manifest.content_version, self.local_revisions
        )

    @property
    def local_revisions(self) -> tuple[int, ...]:
        """The ids of :attr:`local_changes`, in the order applied."""
        return tuple(change.id for change in self.local_changes)

    def wording(self, key: str) -> Wording:
        """One label or sentence of the documents or the patient screen, by its id."""
        found = self.labels.get(key) or self.sentences.get(key)
        if found is None:
            raise UnknownId("wording", key)
        return found

    def words(self, lang: str) -> Words:
        """The wording in ``lang``: ``catalog.words("es")("page_x_of_y", page=1, pages=2)``."""
        return Words(self, lang)

    def therapy(self, therapy_id: str) -> Therapy:
        return _by_id(self.therapies, therapy_id, "therapy")

    def condition(self, condition_id: str) -> Condition:
        return _by_id(self.conditions, condition_id, "condition")

    def pain_area(self, area_id: str) -> PainArea:
        return _by_id(self.pain_areas, area_id, "pain area")

    def source(self, source_id: str) -> Source:
        return _by_id(self.sources, source_id, "source")

    def instruction(self, section_id: str) -> InstructionSection:
        return _by_id(self.instructions, section_id, "instruction")

    def value(self, value_id: str) -> ValueStatement:
        return _by_id(self.values, value_id, "value statement")

    def outline(self, view: str) -> BodyOutline:
        return next(o for o in self.body_outlines if o.view == view)


class Words:
    """The fixed wording of one language, read by id; placeholders are ``str.format``
    names, filled from the keyword arguments."""

    def __init__(self, catalog: Catalog, lang: str) -> None:
        self.lang = lang
        self.catalog = catalog

    def __call__(self, key: str, **values: object) -> str:
        text = self.catalog.wording(key)(self.lang)
        return text.format(**values) if values else text


class UnknownId(KeyError):
    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__(f"unknown {kind} id {item_id!r}")
        self.kind = kind
        self.item_id = item_id

    def __str__(self) -> str:
        return str(self.args[0])


_Item = TypeVar("_Item", Therapy, Condition, PainArea, Source, InstructionSection, ValueStatement)


def _by_id(items: tuple[_Item, ...], item_id: str, kind: str) -> _Item:
    for item in items:
        if item.id == item_id:
            return item
    raise UnknownId(kind, item_id)
