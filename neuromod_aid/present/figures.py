"""A risk's or an outcome's figure in words, and a risk picture's counts (100 or 1,000).

The rules (see ``shared/reference/patient-materials-standards.md``):

* a figure is never re-rounded: the words give it exactly as the catalog stores it,
  over the catalog's own denominator, with how many are NOT affected as well;
* a 10 x 10 grid of 100 icons only when both ends are whole numbers per 100 (130 in
  1,000 is 13 in 100; 25 in 1,000 is not a whole number per 100);
* a per-1,000 figure (or a per-100 one with a decimal) of at least 10 in 1,000 that
  is not whole per 100 gets a 1,000-icon array (25 x 40 small squares) instead;
* icons are grouped from the top-left, row by row; a range is solid icons for the
  low figure, hatched (outlined, striped) icons up to the high figure, then empty
  outlines;
* rarer than 1 in 100: words only, "fewer than 1 in 100" first, then the exact figure;
* counted per 10,000 (and not rarer): words only, said out of 100 (213 in 10,000 is 2.13
  in 100).

The printed summary draws these counts with ReportLab (``pdf/icons.py``), the window
with Qt (``ui/widgets/icon_array.py``); both print these words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from neuromod_aid.catalog.therapy import Outcome, Risk, Therapy, band
from neuromod_aid.present.wording import Wording

GRID = 10
BIG_COLUMNS, BIG_ROWS = 25, 40  # the 1,000-icon array: 25 across, 40 down


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
    per_100: str = ""  # how often, said out of 100 (under 1 in 100: "fewer than 1", exact)
    band: str = ""  # the EU frequency word, from the figure: "In a medicine leaflet: common."
    band_word: str = ""  # that word alone: "common"

    @property
    def picture(self) -> GridCounts | None:
        return self.grid or self.grid_1000

    @property
    def details(self) -> tuple[str, ...]:
        """The lines said after how often: its frequency word, "the same as" and over what
        time, when given."""
        return tuple(line for line in (self.band, self.same_as, self.over_time) if line)

    @property
    def row(self) -> str:
        """The figure as one compact row of the paper's risk list says it, every row out
        of 100: the EU word first, then how many had it and did not (its best estimate
        and uncertainty, for a 95% interval; under 1 in 100, "fewer than 1 in 100" and
        the exact published figure) and the time frame: "Common. Out of 100 operations,
        about 2.5 had this problem and 97.5 did not. In the first year." The screen says
        the same figure and word over its picture's denominator (``caption``,
        ``details``: a picture and its words never count out of different numbers)."""
        word = self.band_word[:1].upper() + self.band_word[1:]
        time = self.timeframe + ("" if self.timeframe[-1:] in ".!?" else ".")
        return " ".join(
            line
            for line in (word + "." if word else "", self.per_100 or self.how_often, time)
            if line and line != "."
        )


def _over(value: float, denominator: int, new: int) -> float:
    """``value`` in ``denominator`` said over ``new`` instead, without float noise
    (14 in 1,000 is 1.4 in 100, not 1.4000000000000001)."""
    return round(value * new / denominator, 9)


def _whole(value: float) -> int | None:
    """``value`` as an int when it is a whole number (tolerating float noise)."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) < 1e-9 else None


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
        if said.picture is None and high * 100 < risk.denominator:  # "fewer than 1 in 100"
            per_100 = said.caption
        else:
            total = risk.denominator
            per_100 = _in_words(
                words, _per(risk, words), 100, _over(low, total, 100), _over(high, total, 100)
            )[1]
    else:
        said = _figure(risk, risk.estimate, risk.estimate, over_time, words)
        den = said.picture.total if said.picture is not None else risk.denominator
        caption = _ci95(risk, risk.estimate, den, words)
        said = replace(said, caption=caption, how_often=caption)
        per_100 = _ci95(risk, risk.estimate, 100, words)
    return replace(said, per_100=per_100, band=band, band_word=word, timeframe=timeframe)


def _per(risk: Risk, words: Wording) -> str:
    return words(f"per_{risk.per}")


def _ci95(risk: Risk, estimate: float, den: int, words: Wording) -> str:
    """A 95% interval around ``estimate`` said over ``den``: its best estimate, and the
    uncertainty in words."""
    low, high = risk.frequency_low or 0.0, risk.frequency_high or 0.0

    def n(value: float) -> str:
        return words.number(_over(value, risk.denominator, den))

    return words(
        "ci95_caption",
        den=words.number(den),
        per=_per(risk, words),
        estimate=n(estimate),
        not_estimate=n(risk.denominator - estimate),
        low=n(low),
        high=n(high),
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
    exact, caption = _in_words(words, per, risk.denominator, low, high)
    if high * 1000 / risk.denominator < 10:  # rarer than 1 in 100
        n, den = words.number, words.number(risk.denominator)
        key = "rare_single" if low == high else "rare_range"
        caption = words(key, low=n(low), high=n(high), den=den, per=per)
        return RiskFigure(exact, caption, caption, None, over_time=over_time)
    if risk.denominator > 1000:  # per 10,000: words only, said out of 100
        total = risk.denominator
        exact, caption = _in_words(words, per, 100, _over(low, total, 100), _over(high, total, 100))
        return RiskFigure(exact, caption, caption, None, over_time=over_time)
    plain = RiskFigure(exact, caption, caption, None, over_time=over_time)
    low_100, high_100 = _whole(low * 100 / risk.denominator), _whole(high * 100 / risk.denominator)
    if low_100 is not None and high_100 is not None:
        # the words beside the 100-square picture count out of 100 as it does; the
        # published per-1,000 figure, exact, follows ("14 in 100 is the same as 140 ...")
        exact, caption = _in_words(words, per, 100, low_100, high_100)
        return RiskFigure(
            exact,
            caption,
            caption,
            GridCounts(solid=low_100, hatched=high_100 - low_100),
            picture_caption=words("picture_100", per=per),
            same_as=_same_as(words, risk.denominator, low, high, low_100, high_100),
            over_time=over_time,
        )
    low_1000 = _whole(low * 1000 / risk.denominator)
    high_1000 = _whole(high * 1000 / risk.denominator)
    if low_1000 is None or high_1000 is None:  # a decimal per 1,000: words only
        return plain
    return RiskFigure(
        exact,
        caption,
        caption,
        None,
        grid_1000=GridCounts(solid=low_1000, hatched=high_1000 - low_1000, total=1000),
        picture_caption=words("picture_1000", per=per),
        over_time=over_time,
    )


def _in_words(
    words: Wording, per: str, denominator: int, low: float, high: float
) -> tuple[str, str]:
    """The figure in words ("In studies: about 14 in every 100 people.") and its caption
    with how many were not affected, over ``denominator``."""
    n, den = words.number, words.number(denominator)
    amount = (
        words("about", low=n(low)) if low == high else words("between", low=n(low), high=n(high))
    )
    exact = words("exact_figure", text=amount, den=den, per=per)
    if low == high:
        caption = words("grid_single", den=den, per=per, low=n(low), not_low=n(denominator - low))
    else:
        caption = words(
            "grid_range",
            den=den,
            per=per,
            low=n(low),
            high=n(high),
            not_low=n(denominator - low),
            not_high=n(denominator - high),
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
    2.5 in 100 operations", "fewer than 1 to 17 in 100 people"; a figure under 1 in 100 is
    "fewer than 1"; a 95% interval, its best estimate. Exact otherwise (never re-rounded);
    the published figure itself is the risk's own (:func:`risk_figure`)."""
    low, high = risk.frequency_low, risk.frequency_high
    if low is None or high is None:
        return words("compare_not_known")

    def said(value: float) -> str:
        per_100 = _over(value, risk.denominator, 100)
        return words("compare_fewer") if per_100 < 1 else words.number(per_100)

    def one(value: float) -> str:
        return said(value) if value * 100 < risk.denominator else words("about", low=said(value))

    per = words(f"per_{risk.per}")
    if risk.estimate is not None:  # a 95% interval: its best estimate, said to be one
        figure = words("compare_per_100", amount=one(risk.estimate), per=per)
        return words("compare_estimate", figure=figure)
    if said(low) == said(high):
        amount = one(low)
    else:
        amount = words("compare_range", low=said(low), high=said(high))
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
