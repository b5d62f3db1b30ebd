"""The content catalog: frozen, typed, Qt-free.

These pydantic dataclasses are at once the schema the content files are validated
against and the plain data every other layer (database, PDF, UI) receives. A field
added here is a field the content files may (or must) carry.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, TypeVar

from pydantic import ConfigDict, Field, StringConstraints, model_validator
from pydantic.dataclasses import dataclass

Lang = Literal["en", "es"]
LANGUAGES: tuple[Lang, ...] = ("en", "es")

# defer_build: a class's validator is made when it first validates, not at import;
# reading the catalog then makes one for the whole Catalog instead of one per class
# (about 15 ms of every start and every printed document)
_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Point = tuple[float, float]
Polygon = Annotated[tuple[Point, ...], Field(min_length=3)]

THERAPY_IDS: tuple[str, ...] = ("scs", "drg", "brain", "idd", "pns", "tms")
# Instruction sections the documents place by ID, in the nurse sheet's order.
NURSE_SHEET_SECTION_IDS: tuple[str, ...] = (
    "infection_prevention",
    "what_to_bring",
    "day_of_procedure",
    "after_implant",
    "driving",
    "diathermy",
    "device_id_card",
)
WARNING_SIGNS_ID = "warning_signs"
INSTRUCTION_IDS: tuple[str, ...] = (*NURSE_SHEET_SECTION_IDS, WARNING_SIGNS_ID)
CONDITION_IDS: tuple[str, ...] = (
    "spinal_surgery",
    "neuropathic",
    "cancer",
    "crps",
    "neuralgia",
    "amputation_sci",
)


@dataclass(frozen=True, config=_STRICT)
class Text:
    """One piece of patient-facing text, in every supported language."""

    en: NonEmpty
    es: NonEmpty

    def __call__(self, lang: Lang) -> str:
        return self.es if lang == "es" else self.en


@dataclass(frozen=True, config=_STRICT)
class Review:
    """IPDAS asks for a production date and an update policy on every item."""

    produced: date
    last_reviewed: date
    next_review: date

    @model_validator(mode="after")
    def _ordered(self) -> Review:
        if not (self.produced <= self.last_reviewed < self.next_review):
            raise ValueError("dates must satisfy produced <= last_reviewed < next_review")
        return self


@dataclass(frozen=True, config=_STRICT)
class Source:
    id: Id
    short: NonEmpty  # e.g. "PROCESS, 2007": how the patient sees it cited
    citation: NonEmpty  # full reference
    year: int
    doi: str | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _locatable(self) -> Source:
        if not (self.doi or self.url):
            raise ValueError("a source needs a doi or a url")
        return self


@dataclass(frozen=True, config=_STRICT)
class Manifest:
    content_version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
    produced: date
    languages: tuple[Lang, ...]
    made_by: Text
    funding: Text
    update_policy: Text
    disclaimer: Text  # "supports, does not replace, the conversation with the care team"


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True, config=_STRICT)
class Condition:
    id: Id
    name: Text
    what_it_is: Text
    how_it_feels: Text
    why_hard_to_treat: Text
    sources: tuple[Id, ...]
    review: Review


@dataclass(frozen=True, config=_STRICT)
class Shape:
    """A polygon in body-map coordinates (see :class:`BodyMapFrame`)."""

    points: Polygon


@dataclass(frozen=True, config=_STRICT)
class PainArea:
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
    shapes: Annotated[tuple[Shape, ...], Field(min_length=1)]


@dataclass(frozen=True, config=_STRICT)
class BodyOutline:
    view: Literal["front", "back"]
    shapes: Annotated[tuple[Shape, ...], Field(min_length=1)]


@dataclass(frozen=True, config=_STRICT)
class BodyMapFrame:
    """Coordinate system shared by the UI and the PDF: x right, y down, in units."""

    width: float
    height: float
    left_side_on: Literal["viewer_left", "viewer_right"]  # front view: patient's left


@dataclass(frozen=True, config=_STRICT)
class Step:
    title: Text
    text: Text


@dataclass(frozen=True, config=_STRICT)
class Trial:
    used: bool
    text: Text  # what the trial is, how long, what counts as success; or why there is none
    sources: tuple[Id, ...] = ()


@dataclass(frozen=True, config=_STRICT)
class Indication:
    """Why a therapy is commonly considered for these conditions or pain areas."""

    ids: Annotated[tuple[Id, ...], Field(min_length=1)]
    reason: Text
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]


@dataclass(frozen=True, config=_STRICT)
class ConsideredFor:
    conditions: tuple[Indication, ...] = ()  # condition ids
    pain_areas: tuple[Indication, ...] = ()  # pain *region* ids, e.g. "foot" (both sides)


@dataclass(frozen=True, config=_STRICT, kw_only=True)
class Outcome:
    """A benefit as a natural frequency: ``rate_treatment`` in ``denominator`` people."""

    id: Id
    text: Text
    measure: Literal["people", "average_percent"]
    rate_treatment: float
    rate_comparator: float | None = None  # None: the study had no comparison group
    denominator: Literal[100, 1000]
    population: Text
    timeframe: Text
    comparison: Text | None = None
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _consistent(self) -> Outcome:
        if (self.rate_comparator is None) != (self.comparison is None):
            raise ValueError("rate_comparator and comparison go together")
        for rate in (self.rate_treatment, self.rate_comparator):
            if rate is not None and not 0 <= rate <= self.denominator:
                raise ValueError("rates must lie between 0 and the denominator")
        return self


@dataclass(frozen=True, config=_STRICT, kw_only=True)
class Risk:
    """A harm as a range over one denominator; both ends ``None`` when not known."""

    id: Id
    name: Text
    text: Text
    frequency_low: float | None = None  # both None: not known (the text says so)
    frequency_high: float | None = None
    denominator: Literal[100, 1000, 10000]
    per: Literal["people", "procedures", "sessions", "leads"]
    timeframe: Text | None = None
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]
    article_risk: bool = False  # named in the clinic's article

    @property
    def known(self) -> bool:
        return self.frequency_low is not None

    @model_validator(mode="after")
    def _range(self) -> Risk:
        low, high = self.frequency_low, self.frequency_high
        if (low is None) != (high is None):
            raise ValueError("frequency_low and frequency_high are both set or both null")
        if low is not None and high is not None and not 0 <= low <= high <= self.denominator:
            raise ValueError("need 0 <= frequency_low <= frequency_high <= denominator")
        return self


@dataclass(frozen=True, config=_STRICT)
class Glance:
    """The same rows for every option, so the comparison table has equal depth."""

    what_happens: Text
    invasiveness: Text
    benefits: Text
    downsides: Text
    upkeep: Text
    reversible: Text


@dataclass(frozen=True, config=_STRICT, kw_only=True)
class Therapy:
    id: Id
    order: int
    name: Text
    short_name: Text
    summary: Text
    what_it_is: Text
    how_it_works: Text
    invasiveness: Literal["non_invasive", "minimally_invasive", "surgical", "brain_surgery"]
    bleeding_risk: Literal["high", "low", "none"]
    steps: Annotated[tuple[Step, ...], Field(min_length=1)]
    trial: Trial
    considered_for: ConsideredFor
    outcomes: tuple[Outcome, ...] = ()
    risks: tuple[Risk, ...]
    living_with: Annotated[tuple[Text, ...], Field(min_length=1)]
    adjust_and_reverse: Text
    glance: Glance
    sources: tuple[Id, ...]
    review: Review

    def risk(self, risk_id: str) -> Risk | None:
        return next((r for r in self.risks if r.id == risk_id), None)


@dataclass(frozen=True, config=_STRICT)
class CurrentCare:
    """IPDAS: the status quo is an option of its own."""

    id: Literal["current_care"]
    name: Text
    what_it_is: Text
    benefits: Annotated[tuple[Text, ...], Field(min_length=1)]
    downsides: Annotated[tuple[Text, ...], Field(min_length=1)]
    glance: Glance
    sources: tuple[Id, ...]
    review: Review


@dataclass(frozen=True, config=_STRICT)
class Feature:
    """A benefit or an innovation named in the clinic's article."""

    id: Id
    name: Text
    text: Text
    therapies: Annotated[tuple[Id, ...], Field(min_length=1)]
    sources: tuple[Id, ...]
    review: Review


@dataclass(frozen=True, config=_STRICT)
class InstructionSection:
    id: Id
    title: Text
    items: Annotated[tuple[Text, ...], Field(min_length=1)]
    therapies: tuple[Id, ...]  # empty: applies to every procedure
    sources: tuple[Id, ...]
    review: Review


@dataclass(frozen=True, config=_STRICT, kw_only=True)
class BloodThinner:
    id: Id
    medicine: Text
    examples: Text  # brand or common names
    # days before the procedure to stop; left out where the source gives no figure in
    # days for it (the team then writes the time in by hand)
    hold_days_min: int | None = None
    hold_days_max: int | None = None
    note: Text | None
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _days(self) -> BloodThinner:
        low, high = self.hold_days_min, self.hold_days_max
        if (low is None) != (high is None):
            raise ValueError("give both hold_days_min and hold_days_max, or neither")
        if low is not None and high is not None and not 0 <= low <= high:
            raise ValueError("need 0 <= hold_days_min <= hold_days_max")
        return self

    @property
    def has_hold_days(self) -> bool:
        return self.hold_days_min is not None


@dataclass(frozen=True, config=_STRICT, kw_only=True)
class BloodThinnerPolicy:
    rule: Text  # never stop a medicine unless the team says so
    restart: Text
    review_notice: Text  # shown while the table is not locally reviewed
    locally_reviewed: bool
    reviewed_by: str | None = None  # a clinician of the clinic, once reviewed
    reviewed_on: date | None = None
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _signed(self) -> BloodThinnerPolicy:
        if self.locally_reviewed and not (self.reviewed_by and self.reviewed_on):
            raise ValueError("a locally reviewed table names who reviewed it and when")
        return self


@dataclass(frozen=True, config=_STRICT)
class GlossaryTerm:
    id: Id
    term: Text
    definition: Text


@dataclass(frozen=True, config=_STRICT)
class SeedTopic:
    """One item of the clinic's article and the catalog entries that cover it."""

    id: Id
    kind: Literal["indication", "therapy", "innovation", "benefit", "risk"]
    article_text: NonEmpty
    covered_by: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]  # "therapy:scs", ...


@dataclass(frozen=True, config=_STRICT)
class Catalog:
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

    def outline(self, view: str) -> BodyOutline:
        return next(o for o in self.body_outlines if o.view == view)


class UnknownId(KeyError):
    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__(f"unknown {kind} id {item_id!r}")
        self.kind = kind
        self.item_id = item_id

    def __str__(self) -> str:
        return str(self.args[0])


_Item = TypeVar("_Item", Therapy, Condition, PainArea, Source, InstructionSection)


def _by_id(items: tuple[_Item, ...], item_id: str, kind: str) -> _Item:
    for item in items:
        if item.id == item_id:
            return item
    raise UnknownId(kind, item_id)
