"""A risk's or an outcome's figure in words, and a risk picture's counts (100 or 1,000).

The rules (see ``shared/reference/patient-materials-standards.md``):

* a figure is never re-rounded while it is a whole number out of 100 or 1,000: the words
  give it exactly, with how many are NOT affected as well;
* a 10 x 10 grid of 100 icons only when both ends are whole numbers per 100 (130 in
  1,000 is 13 in 100; 25 in 1,000 is not a whole number per 100);
* a per-1,000 figure (or a per-100 one with a decimal) of at least 10 in 1,000 that
  is not whole per 100 gets a 1,000-icon array (25 x 40 small squares) instead;
* icons are grouped from the top-left, row by row; a range is solid icons for the
  low figure, hatched (outlined, striped) icons up to the high figure, then empty
  outlines;
* rarer than 1 in 100: words only, "fewer than 1 in 100" first, then the figure;
* counted per 10,000 (and not rarer): words only;
* a figure from fewer than ``MIN_PICTURED`` people (one small study's own counts):
  words only, those counts ("in one small study of 14 people, 2 had this problem"),
  and no EU frequency word;
* the detail pages' rows say every figure of 1 in 100 or more out of 100, in whole
  numbers (``RiskFigure.row``; a range stays a range), and only rarer ones out of 1,000;
* no fraction of a person (:func:`whole_counts`): a figure is said out of 100 when all
  its numbers are whole out of 100, else out of 1,000; a figure not whole even out of
  1,000 is rounded half up and said with "about" (213 in 10,000 is "about 21 in every
  1,000"), a range's ends never rounded into one number.

The printed summary draws these counts with ReportLab (``pdf/icons.py``), the window
with Qt (``ui/widgets/icon_array.py``); both print these words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from neuromod_aid.catalog.therapy import Outcome, Risk, Therapy, band
from neuromod_aid.present.counting import Counts, half_up, rescaled, whole, whole_counts
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import lower_first

GRID = 10
BIG_COLUMNS, BIG_ROWS = 25, 40  # the 1,000-icon array: 25 across, 40 down
MIN_PICTURED = 50
"""The fewest people a figure may come from to be drawn. With fewer than 50, one person
more or less moves the figure by more than 2 in 100, so a picture of 100 (or 1,000)
would show a precision the study does not have: the words give its own counts instead
("in one small study of 14 people, 2 had this problem and 12 did not")."""


@dataclass(frozen=True)
class GridCounts:
    """How many of the ``total`` icons are solid (low figure) and hatched (up to high)."""

    solid: int
    hatched: int
    total: int = GRID * GRID

    @property
    def empty(self) -> int:
        return self.total - self.solid - self.hatched


@dataclass(frozen=True)
class RiskFigure:
    """Everything a patient reads about how often a risk happens."""

    words: str  # the figure in words, in the catalog's own denominator
    caption: str  # the exact figure with both sides (or the rare / not-known sentence)
    how_often: str  # what follows "How often:" (the caption, or "Not known.")
    grid: GridCounts | None  # a 10 x 10 picture of 100, only when whole per 100
    grid_1000: GridCounts | None = None  # a 1,000-icon picture, when not whole per 100
    picture_caption: str = ""  # what the picture shows ("Each picture shows 1,000 people")
    same_as: str = ""  # a per-1,000 figure drawn over 100: "14 in 100 is the same as 140 ..."
    over_time: str = ""  # "Over what time: in the first year", when the catalog says
    timeframe: str = ""  # that time frame alone: "In the first year"
    band: str = ""  # the EU frequency word, from the figure: "In a medicine leaflet: common."
    band_word: str = ""  # that word alone: "common"
    in_100: str = ""  # a detail row's how often, out of 100, when it differs from how_often

    @property
    def picture(self) -> GridCounts | None:
        return self.grid or self.grid_1000

    @property
    def details(self) -> tuple[str, ...]:
        """The lines said after how often: its frequency word, "the same as" and over what
        time, when given."""
        return tuple(line for line in (self.band, self.same_as, self.over_time) if line)

    @property
    def listed(self) -> str:
        """How often as a detail row says it: out of 100 when it is 1 in 100 or more."""
        return self.in_100 or self.how_often

    @property
    def row(self) -> str:
        """The figure as one compact row of the paper's risk list says it: the EU word
        first, then how often as the screen says it (``how_often``: how many had it and did
        not, in whole people out of 100 or 1,000; its best estimate and uncertainty for a
        95% interval; under 1 in 100, "fewer than 1 in 100" first), then the time frame:
        "common. Out of 100 operations, about 3 led to this problem and 97 did not. In the
        first year." (after "How often:"). 1 in 100 or more is said out of 100 (``in_100``)."""
        time = self.timeframe + ("" if self.timeframe[-1:] in ".!?" else ".")
        word = self.band_word + "." if self.band_word else ""
        parts = (word, self.listed, time)
        return lower_first(" ".join(line for line in parts if line and line != "."))


def risk_figure(risk: Risk, words: Wording) -> RiskFigure:
    """The words, caption and icon counts for ``risk``; figures exactly as stored. A 95%
    confidence interval is said as its best estimate (the picture shows the estimate
    alone) and the uncertainty in words, never as a range of results."""
    timeframe = risk.timeframe(words.lang) if risk.timeframe is not None else ""
    over_time = f"{words('over_time')}: {timeframe}" if timeframe else ""
    low, high = risk.frequency_low, risk.frequency_high
    if low is None or high is None:
        text = words("not_known")
        return RiskFigure(
            text, text, words("not_known_short"), None, over_time=over_time, timeframe=timeframe
        )
    word = frequency_word(low, high, risk.denominator, words)
    band = words("band_line", band=word)
    if risk.estimate is None:
        said = _figure(risk, low, high, over_time, words)
    else:
        said = _figure(risk, risk.estimate, risk.estimate, over_time, words)
        caption = _ci95(risk, risk.estimate, words)
        said = replace(said, caption=caption, how_often=caption)
    if risk.studied is not None and risk.studied < MIN_PICTURED:
        small = small_study(risk, words)
        said = replace(said, caption=small, how_often=small, grid=None, grid_1000=None)
        # nor a frequency word: "very common" would read as a rate in everyone
        return replace(said, picture_caption="", same_as="", timeframe=timeframe)
    elif risk.estimate is None:
        said = replace(said, in_100=_in_100(risk, low, high, words))
    return replace(said, band=band, band_word=word, timeframe=timeframe)


def small_study(risk: Risk, words: Wording) -> str:
    """A figure from one small study, in its own counts: "In one small study of 14
    people, 2 had this problem and 12 did not." (no picture: ``MIN_PICTURED``)."""
    n, studied, count = words.number, risk.studied or 0, risk.count or 0
    said = {"studied": n(studied), "count": n(count), "not_count": n(studied - count)}
    return words.counted("small_study", count, **said)


def _in_100(risk: Risk, low: float, high: float, words: Wording) -> str:
    """The detail row's how often out of 100 in whole numbers, when the figure is 1 in
    100 or more but said over another denominator (25 in 1,000 is "about 3 in 100"); ""
    when it is already out of 100 or rarer than 1 in 100 (said out of 1,000)."""
    least, most = rescaled(low, risk.denominator, 100), rescaled(high, risk.denominator, 100)
    if most < 1 or whole_counts((low, high), risk.denominator).denominator == 100:
        return ""
    few, many = half_up(least), half_up(most)
    n, den, unit = words.number, words.number(100), words.unit(risk.per, many)
    if least < 1:
        return words("row_100_fewer", high=n(many), not_high=n(100 - many), **unit)
    if few == many and low != high:  # a range is never rounded into one number
        return ""
    if few == many:
        return words.counted("grid_single", few, den=den, low=n(few), not_low=n(100 - few), **unit)
    return range_of_100(words, "grid_range_about", few, many, den=den, **unit)


def range_of_100(words: Wording, key: str, low: int, high: int, **named: str) -> str:
    """The wording ``key`` for low to high out of 100, with how many did not (100 - high
    to 100 - low): ``low``, ``high``, ``not_low`` and ``not_high``, and ``named``."""
    n = words.number
    return words(
        key, low=n(low), high=n(high), not_low=n(100 - low), not_high=n(100 - high), **named
    )


def _ci95(risk: Risk, estimate: float, words: Wording) -> str:
    """A 95% interval around ``estimate`` in whole numbers: its best estimate, and the
    uncertainty in words."""
    low, high = risk.frequency_low or 0.0, risk.frequency_high or 0.0
    counts = whole_counts((estimate, low, high), risk.denominator)
    (best, least, most), den = counts.values, counts.denominator
    n = words.number
    return words.counted(
        "ci95_caption",
        best,
        den=n(den),
        estimate=n(best),
        not_estimate=n(den - best),
        low=n(least),
        high=n(most),
        **words.unit(risk.per, best),
    )


def frequency_word(low: float, high: float, denominator: int, words: Wording) -> str:
    """The EU frequency word for low-high in ``denominator``, computed from the figure:
    "common"; a range over two bands or more says both ends: "uncommon to common"."""
    first, last = band(low / denominator), band(high / denominator)
    if first == last:
        return words(f"band_{first}")
    return words("band_span", low=words(f"band_{first}"), high=words(f"band_{last}"))


def _figure(risk: Risk, low: float, high: float, over_time: str, words: Wording) -> RiskFigure:
    per = words(f"per_{risk.per}")
    counts = whole_counts((low, high), risk.denominator)
    exact, caption = _in_words(words, risk.per, counts)
    if high * 1000 / risk.denominator < 10:  # rarer than 1 in 100
        (few, many), den = counts.values, words.number(counts.denominator)
        ranged = "rare_range_about" if counts.about else "rare_range"
        key = "rare_single" if low == high else ranged
        caption = words(key, low=words.number(few), high=words.number(many), den=den, per=per)
        return RiskFigure(exact, caption, caption, None, over_time=over_time)
    plain = RiskFigure(exact, caption, caption, None, over_time=over_time)
    if risk.denominator > 1000 or counts.about:  # per 10,000, or rounded: words only
        return plain
    solid, most = counts.values
    drawn = GridCounts(solid=solid, hatched=most - solid, total=counts.denominator)
    if counts.denominator == 100:
        # the picture of 100 and its words; the published per-1,000 figure, exact, follows
        # ("14 in 100 is the same as 140 ...")
        return replace(
            plain,
            grid=drawn,
            picture_caption=words("picture_100", per=per),
            same_as=_same_as(words, risk.denominator, low, high, solid, most),
        )
    return replace(plain, grid_1000=drawn, picture_caption=words("picture_1000", per=per))


def _in_words(words: Wording, counted: str, counts: Counts) -> tuple[str, str]:
    """The figure in words ("In studies: about 14 in every 100 people.") and its caption
    with how many were not affected, in whole numbers over ``counts.denominator``, of
    what the risk counts (``counted``: "people", "procedures")."""
    total, (low, high) = counts.denominator, counts.values
    n, den, unit = words.number, words.number(total), words.unit(counted, high)
    amount = (
        words("about", low=n(low)) if low == high else words("between", low=n(low), high=n(high))
    )
    exact = words("exact_figure", text=amount, den=den, per=unit["per"])
    if low == high:
        caption = words.counted(
            "grid_single", low, den=den, low=n(low), not_low=n(total - low), **unit
        )
    else:
        caption = words(
            "grid_range_about" if counts.about else "grid_range",
            den=den,
            low=n(low),
            high=n(high),
            not_low=n(total - low),
            not_high=n(total - high),
            **unit,
        )
    return exact, caption


def _same_as(
    words: Wording, denominator: int, low: float, high: float, low_100: int, high_100: int
) -> str:
    """ "14 in 100 is the same as 140 in 1,000": the published figure beside its per-100
    form; nothing when it was published per 100."""
    if denominator == 100:
        return ""
    n = words.number
    if low == high:
        return words("same_as_single", low=n(low_100), low_den=n(low), den=n(denominator))
    return words(
        "same_as_range",
        low=n(low_100),
        high=n(high_100),
        low_den=n(low),
        high_den=n(high),
        den=n(denominator),
    )


def out_of_100(risk: Risk, words: Wording) -> str:
    """How often ``risk`` happens said out of 100, for the side-by-side comparison: "about
    3 in 100 operations" (25 in 1,000), "fewer than 1 to 17 in 100 people"; a figure under
    1 in 100 is "fewer than 1"; a 95% interval, its best estimate. Whole numbers only: a
    figure that is not whole out of 100 is rounded half up and said with "about"; the
    published figure itself is the risk's own (:func:`risk_figure`)."""
    low, high = risk.frequency_low, risk.frequency_high
    if low is None or high is None:
        return words("compare_not_known")

    def said(value: float) -> str:
        per_100 = rescaled(value, risk.denominator, 100)
        return words("compare_fewer") if per_100 < 1 else words.number(half_up(per_100))

    def rounded(value: float) -> bool:
        return whole(rescaled(value, risk.denominator, 100)) is None

    def one(value: float) -> str:
        return said(value) if value * 100 < risk.denominator else words("about", low=said(value))

    per = words(f"per_{risk.per}")
    if risk.estimate is not None:  # a 95% interval: its best estimate, said to be one
        figure = words("compare_per_100", amount=one(risk.estimate), per=per)
        return words("compare_estimate", figure=figure)
    if said(low) == said(high):
        amount = one(low)
    else:
        rounded_ends = (rounded(low) or rounded(high)) and low * 100 >= risk.denominator
        key = "compare_range_about" if rounded_ends else "compare_range"
        amount = words(key, low=said(low), high=said(high))
    return words("compare_per_100", amount=amount, per=per)


def audit_line(risk: Risk, words: Wording) -> str:
    """The clinic's own count of ``risk``, to say beside its published figure: "In our
    clinic: 3 in 120 operations (2021–2025)."; empty when the clinic has none."""
    audit = risk.clinic_audit
    if audit is None:
        return ""
    first, last = str(audit.first_year), str(audit.last_year)
    return words(
        "audit_line",
        count=words.number(audit.count),
        total=words.number(audit.total),
        per=words(f"per_{risk.per}"),
        years=first if first == last else f"{first}–{last}",
    )


def outcome_figure(
    outcome: Outcome, therapy: Therapy, words: Wording, *, with_time: bool = True
) -> str:
    """A benefit's figure, with its comparison group and its time frame, exactly as stored:
    "SCS: 48 in every 100 people. Medicines and usual care alone: 9 in every 100 people.
    Over what time: 6 months."; a difference from a comparison group says so ("on average
    7% more pain relief than a fake (sham) treatment"), with how sure the source is, and a
    change within one group says that there was no comparison group. ``with_time=False``
    leaves the time frame out (for a table that says it on a line of its own)."""
    lang = words.lang
    treated = _rate(outcome, outcome.rate_treatment, words)
    lines = [words("outcome_figure", option=therapy.short_name(lang), figure=treated)]
    if outcome.rate_comparator is not None and outcome.comparison is not None:
        other = outcome.comparison(lang)
        compared = _rate(outcome, outcome.rate_comparator, words)
        lines.append(words("outcome_figure", option=other[:1].upper() + other[1:], figure=compared))
    if outcome.single_group:
        lines.append(words("outcome_single_group"))
    if outcome.certainty is not None:
        lines.append(f"{words('outcome_certainty')}: {outcome.certainty(lang)}.")
    if with_time:
        lines.append(f"{words('over_time')}: {outcome.timeframe(lang)}.")
    return " ".join(lines)


def _rate(outcome: Outcome, rate: float, words: Wording) -> str:
    if outcome.measure == "difference_percent" and outcome.comparison is not None:
        value, other = words.number(rate), outcome.comparison(words.lang)
        return words("outcome_difference", value=value, comparison=other)
    if outcome.measure == "average_percent":
        return words("outcome_average", value=words.number(rate))
    if outcome.measure == "average_points" and outcome.scale is not None:
        return words("outcome_points", value=words.number(rate), scale=outcome.scale(words.lang))
    return words("outcome_people", value=words.number(rate), den=words.number(outcome.denominator))
