"""A therapy as the content describes it: what it is, its steps and trial (how many pass
it, what happens if it fails), what it is commonly considered for, its benefits
(outcomes, each with the conditions and the kind of comparison it was measured in) and
harms (risks), how sure the evidence is, what happens to pain medicines, and the same
at-a-glance rows as every other option, and what having it is like; and current care, the
option of carrying on."""

from __future__ import annotations

from typing import Annotated, Literal

from neuromod_aid.catalog.clinic import ClinicAudit
from neuromod_aid.catalog.text import Id, Review, Text
from neuromod_aid.validation import Limits, Strict, record


@record
class Step(Strict):
    title: Text
    text: Text


# The EU's frequency words (SmPC guideline, from CIOMS): each band's lowest rate, the
# commonest first; below the last is "very rare".
BANDS = (("very_common", 1 / 10), ("common", 1 / 100), ("uncommon", 1 / 1000), ("rare", 1 / 10000))
BAND_NAMES = (*(name for name, _ in BANDS), "very_rare")


def band(rate: float) -> str:
    """The EU band of ``rate`` (a share, 0 to 1): "very_common" ... "very_rare"."""
    return next((name for name, lowest in BANDS if rate >= lowest - 1e-12), "very_rare")


@record(kw_only=True)
class TrialPass(Strict):
    """How many people passed the trial in one study that reports it: ``passed`` of
    ``tried``, said in ``text`` (which shows both numbers)."""

    passed: int
    tried: int
    text: Text
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]

    def __post_init__(self) -> None:
        if not 0 <= self.passed <= self.tried or self.tried == 0:
            raise ValueError("need 0 <= passed <= tried, and tried > 0")


@record(kw_only=True)
class Trial(Strict):
    used: bool
    text: Text  # what the trial is, how long, what counts as success; or why there is none
    sources: tuple[Id, ...] = ()
    # how much of the pain must be gone, in percent, for the trial to count as a success,
    # as the text says and its sources give it (None: the text gives no one figure)
    success_relief: Annotated[int, Limits(ge=1, le=100)] | None = None
    pass_rates: tuple[TrialPass, ...] = ()  # from the studies that report it
    # what happens if it fails (what is removed, what is left): every shipped trial that
    # is used says it (``content check``)
    if_fails: Text | None = None

    def __post_init__(self) -> None:
        if not self.used and self.pass_rates:
            raise ValueError("pass_rates belong to a trial that is used")


@record
class Indication(Strict):
    """Why a therapy is commonly considered for these conditions or pain areas."""

    ids: Annotated[tuple[Id, ...], Limits(min_length=1)]
    reason: Text
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]


@record
class ConsideredFor(Strict):
    conditions: tuple[Indication, ...] = ()  # condition ids
    pain_areas: tuple[Indication, ...] = ()  # pain *region* ids, e.g. "foot" (both sides)


Design = Literal[
    "vs_usual_care",  # the treatment (often added to usual care) against usual care alone
    "vs_sham",  # against a fake (sham or placebo) treatment, the patients not told which
    "device_vs_device",  # one device or way of stimulating against another
    "non_random",  # a comparison group that chance did not choose
    "single_group",  # no comparison group: the change in the treated people only
]
Funding = Literal["industry", "independent", "mixed", "not_stated"]
# how a study against a fake treatment judged the difference, as its authors report it
Finding = Literal["no_clear_difference", "treatment_better"]


@record(kw_only=True)
class Outcome(Strict):
    """A benefit as a natural frequency: ``rate_treatment`` in ``denominator`` people, an
    average change in one group (a percentage, or points on the ``scale`` it names), or
    (``difference_percent``) how many percent more than the ``comparison`` group, with no
    rate of its own for that group.

    ``conditions`` are the condition ids the study's people had (empty: a mix, or none
    of the catalog's conditions); ``design`` what the comparison was; ``funding`` who paid
    for the study, as ``funding_source`` (one of ``sources``, cross-checked) says;
    ``finding`` (against a fake treatment only) how its authors judged the difference."""

    id: Id
    text: Text
    measure: Literal["people", "average_percent", "average_points", "difference_percent"]
    rate_treatment: float
    rate_comparator: float | None = None  # None: no comparison group, or a difference
    denominator: Literal[100, 1000]
    population: Text
    timeframe: Text
    comparison: Text | None = None
    certainty: Text | None = None  # how sure the source is of the figure, where it says
    scale: Text | None = None  # what the points are on, with average_points only
    # What the study was: every shipped outcome says it (``content check``); a clinic's
    # revision written before these fields existed still loads, "not described".
    conditions: tuple[Id, ...] = ()
    design: Design | None = None
    funding: Funding = "not_stated"
    funding_source: Id | None = None  # the source that says who paid; not with "not_stated"
    finding: Finding | None = None  # what its authors concluded of the groups' difference
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]

    @property
    def single_group(self) -> bool:
        """A change within the treated people only, with no comparison group."""
        return self.comparison is None

    def __post_init__(self) -> None:
        self._described()
        self._consistent()

    def _described(self) -> None:
        if self.design is not None and (self.design == "single_group") != (self.comparison is None):
            raise ValueError('design "single_group" goes with no comparison, and only with it')
        if (self.funding == "not_stated") != (self.funding_source is None):
            raise ValueError('funding_source names who paid; none with funding "not_stated"')
        if (self.measure == "average_points") != (self.scale is not None):
            raise ValueError('scale goes with measure "average_points", and only with it')
        if self.finding is not None and self.design != "vs_sham":
            raise ValueError('a finding goes with design "vs_sham" (against a fake treatment)')

    def _consistent(self) -> None:
        if self.measure == "difference_percent":
            if self.comparison is None or self.rate_comparator is not None:
                raise ValueError("a difference names its comparison and has no rate of its own")
        elif (self.rate_comparator is None) != (self.comparison is None):
            raise ValueError("rate_comparator and comparison go together")
        for rate in (self.rate_treatment, self.rate_comparator):
            if rate is not None and not 0 <= rate <= self.denominator:
                raise ValueError("rates must lie between 0 and the denominator")


@record(kw_only=True)
class Risk(Strict):
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
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]
    article_risk: bool = False  # named in the clinic's article
    interval: Literal["range", "ci95"] = "range"
    estimate: float | None = None  # the best estimate, with interval = "ci95" only
    # the figure's own counts when one study gives it: ``count`` of ``studied`` people
    studied: Annotated[int, Limits(ge=1)] | None = None
    count: Annotated[int, Limits(ge=0)] | None = None
    # the core's harm line this risk answers (``present.comparison.HARM_LINES``), when it
    # is not the risk's own id; ``core_note``: what the core adds to its line (to "not
    # known", or how a device put in without an operation ends)
    core_line: Literal["any_complication", "revision", "explant"] | None = None
    core_note: Text | None = None

    @property
    def known(self) -> bool:
        return self.frequency_low is not None

    @property
    def bands(self) -> tuple[str, ...]:
        """The EU bands the figure spans, commonest first (empty when not known)."""
        if self.frequency_low is None or self.frequency_high is None:
            return ()
        first = BAND_NAMES.index(band(self.frequency_high / self.denominator))
        last = BAND_NAMES.index(band(self.frequency_low / self.denominator))
        return BAND_NAMES[first : last + 1]

    def __post_init__(self) -> None:
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
        if (self.studied is None) != (self.count is None):
            raise ValueError("studied and count are both set or both unset")
        if self.studied is not None and self.count is not None and self.count > self.studied:
            raise ValueError("count cannot be more than studied")

    # the clinic's own count of this risk, said beside the published figure
    clinic_audit: ClinicAudit | None = None


# Of the trials behind an option: all, none, some (at least one, not every one known),
# or not known from the sources read.
YesNoSome = Literal["yes", "no", "some", "not_known"]


@record(kw_only=True)
class Certainty(Strict):
    """How sure the evidence is, as a named review or guideline grades it (``grade``,
    with ``review`` the source that grades it; no grade where none was read), whether
    the trials were blinded or sham-controlled and whether a device maker paid for them,
    and one plain sentence or two saying so."""

    grade: Literal["high", "moderate", "low_to_moderate", "low", "very_low"] | None = None
    review: Id | None = None  # one of ``sources`` (cross-checked)
    # the review named in the patient's own language ("la revisión Cochrane (Traeger,
    # 2023)"); without it, the source's short name
    review_name: Text | None = None
    # the outcome the review grades differently, in its own words ("moderate for pain
    # at 6 months"), said after the grade
    grade_note: Text | None = None
    blinded: YesNoSome
    industry_funded: YesNoSome
    text: Text
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]

    def __post_init__(self) -> None:
        if self.grade is not None and self.review is None:
            raise ValueError("a grade names the review that gives it")
        if self.grade is None and (self.review_name or self.grade_note) is not None:
            raise ValueError("a review's name and a grade note go with a grade")


@record(kw_only=True)
class Medicines(Strict):
    """What happens to pain medicines with this therapy, where studies report it: the
    answer to "Will I still need my pain medicines?" for this option."""

    text: Text
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]


@record(kw_only=True)
class Experience(Strict):
    """What having the option is like, in plain words (IPDAS 6): how the stimulation
    feels, the wounds after it is put in, living with it day to day, and the trial's days
    at home (``None`` for an option with no trial: the therapy checks it)."""

    stimulation: Text
    healing: Text
    daily_life: Text
    trial_days: Text | None = None
    sources: Annotated[tuple[Id, ...], Limits(min_length=1)]


@record
class Glance(Strict):
    """The same rows for every option, so the comparison table has equal depth."""

    what_happens: Text
    invasiveness: Text
    benefits: Text
    downsides: Text
    upkeep: Text
    reversible: Text
    mri: Text | None = None  # whether MRI scans can be had with it, per device type


@record(kw_only=True)
class Therapy(Strict):
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
    steps: Annotated[tuple[Step, ...], Limits(min_length=1)]
    trial: Trial
    considered_for: ConsideredFor
    outcomes: tuple[Outcome, ...] = ()
    risks: tuple[Risk, ...]
    living_with: Annotated[tuple[Text, ...], Limits(min_length=1)]
    adjust_and_reverse: Text
    glance: Glance
    certainty: Certainty | None = None
    medicines: Medicines | None = None
    what_it_is_like: Experience | None = None
    sources: tuple[Id, ...]
    review: Review

    def __post_init__(self) -> None:
        like = self.what_it_is_like
        if like is not None and (like.trial_days is not None) != self.trial.used:
            raise ValueError(
                "what_it_is_like.trial_days goes with a trial that is used, and only with it"
            )

    def risk(self, risk_id: str) -> Risk | None:
        return next((r for r in self.risks if r.id == risk_id), None)


@record
class CurrentCare(Strict):
    """IPDAS: the status quo is an option of its own."""

    id: Literal["current_care"]
    name: Text
    what_it_is: Text
    benefits: Annotated[tuple[Text, ...], Limits(min_length=1)]
    downsides: Annotated[tuple[Text, ...], Limits(min_length=1)]
    glance: Glance
    sources: tuple[Id, ...]
    review: Review
