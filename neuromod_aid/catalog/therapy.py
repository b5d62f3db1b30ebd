"""A therapy as the content describes it: what it is, its steps and trial, what it is
commonly considered for, its benefits (outcomes) and harms (risks), and the same
at-a-glance rows as every other option; and current care, the option of carrying on."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic.dataclasses import dataclass

from neuromod_aid.catalog.clinic import ClinicAudit
from neuromod_aid.catalog.text import STRICT, Id, Review, Text


@dataclass(frozen=True, config=STRICT)
class Step:
    title: Text
    text: Text


@dataclass(frozen=True, config=STRICT)
class Trial:
    used: bool
    text: Text  # what the trial is, how long, what counts as success; or why there is none
    sources: tuple[Id, ...] = ()


@dataclass(frozen=True, config=STRICT)
class Indication:
    """Why a therapy is commonly considered for these conditions or pain areas."""

    ids: Annotated[tuple[Id, ...], Field(min_length=1)]
    reason: Text
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]


@dataclass(frozen=True, config=STRICT)
class ConsideredFor:
    conditions: tuple[Indication, ...] = ()  # condition ids
    pain_areas: tuple[Indication, ...] = ()  # pain *region* ids, e.g. "foot" (both sides)


@dataclass(frozen=True, config=STRICT, kw_only=True)
class Outcome:
    """A benefit as a natural frequency: ``rate_treatment`` in ``denominator`` people, an
    average change in one group, or (``difference_percent``) how many percent more than
    the ``comparison`` group, with no rate of its own for that group."""

    id: Id
    text: Text
    measure: Literal["people", "average_percent", "difference_percent"]
    rate_treatment: float
    rate_comparator: float | None = None  # None: no comparison group, or a difference
    denominator: Literal[100, 1000]
    population: Text
    timeframe: Text
    comparison: Text | None = None
    certainty: Text | None = None  # how sure the source is of the figure, where it says
    sources: Annotated[tuple[Id, ...], Field(min_length=1)]

    @property
    def single_group(self) -> bool:
        """A change within the treated people only, with no comparison group."""
        return self.comparison is None

    @model_validator(mode="after")
    def _consistent(self) -> Outcome:
        if self.measure == "difference_percent":
            if self.comparison is None or self.rate_comparator is not None:
                raise ValueError("a difference names its comparison and has no rate of its own")
        elif (self.rate_comparator is None) != (self.comparison is None):
            raise ValueError("rate_comparator and comparison go together")
        for rate in (self.rate_treatment, self.rate_comparator):
            if rate is not None and not 0 <= rate <= self.denominator:
                raise ValueError("rates must lie between 0 and the denominator")
        return self


@dataclass(frozen=True, config=STRICT, kw_only=True)
class Risk:
    """A harm as a range over one denominator; both ends ``None`` when not known.

    ``interval`` says what low-high is: the range of results studies found (``"range"``),
    or a 95% confidence interval around a best ``estimate`` (``"ci95"``), which is said
    as the estimate and its uncertainty, never as a range of results."""

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
    interval: Literal["range", "ci95"] = "range"
    estimate: float | None = None  # the best estimate, with interval = "ci95" only

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
        if (self.interval == "ci95") != (self.estimate is not None):
            raise ValueError('an estimate goes with interval = "ci95", and only with it')
        if self.estimate is not None and not (
            low is not None and high is not None and low <= self.estimate <= high
        ):
            raise ValueError("the estimate must lie between frequency_low and frequency_high")
        return self

    # the clinic's own count of this risk, said beside the published figure
    clinic_audit: ClinicAudit | None = None


@dataclass(frozen=True, config=STRICT)
class Glance:
    """The same rows for every option, so the comparison table has equal depth."""

    what_happens: Text
    invasiveness: Text
    benefits: Text
    downsides: Text
    upkeep: Text
    reversible: Text


@dataclass(frozen=True, config=STRICT, kw_only=True)
class Therapy:
    id: Id
    order: int
    name: Text
    short_name: Text
    summary: Text
    what_it_is: Text
    how_it_works: Text
    invasiveness: Literal["non_invasive", "minimally_invasive", "surgical", "brain_surgery"]
    # the procedure's bleeding-risk class (Narouze 2018), "none" without a needle or a cut,
    # "outside_guideline" where the guideline does not cover it (brain surgery)
    bleeding_risk: Literal["high", "intermediate", "low", "none", "outside_guideline"]
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


@dataclass(frozen=True, config=STRICT)
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
