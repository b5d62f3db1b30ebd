"""The core's harm lines for a device (:func:`uses_harm_lines`), the same in every file
whatever the number of options discussed: any problem with the device or the
procedure, another operation to fix it, and having it taken out (``HARM_LINES``), in
that order. Each line is the risk
that answers it (its ``core_line``, else its own id) with its figure out of 100, how many
did not have it and its time frame; a line without a figure of the device's own says
plainly that it is not known for that device, with what is known instead (the risk's
``core_note``, said after a known line too); a device put in without an operation has no
line about a second operation or removal it has no figure for (:func:`operated`). A
figure from one small study is said in its own counts, never drawn, with no frequency
word (``present.figures.MIN_PICTURED``)."""

from __future__ import annotations

from neuromod_aid.catalog.therapy import Risk, Therapy
from neuromod_aid.present.counting import half_up, rescaled
from neuromod_aid.present.figures import MIN_PICTURED, out_of_100, range_of_100, risk_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import lower_first

HARM_LINES = ("any_complication", "revision", "explant")


def uses_harm_lines(therapy: Therapy | None, words: Wording) -> bool:
    """Whether ``therapy``'s core cell is its ``HARM_LINES``: a device (it puts something
    in the body) with a figure of its own for at least one of them. A device with none
    (the pump and brain stimulation today) keeps its commonest harms with their figures
    instead, so that its cell never says only "not known"."""
    if therapy is None or therapy.invasiveness == "non_invasive":
        return False
    return any(r.known and not borrowed(r, words) for r in core_risks(therapy))


def line_risk(therapy: Therapy, line: str) -> Risk | None:
    """The risk that answers ``line``: one that names it as its ``core_line``, else the
    one with that id that answers no other line; ``None`` when there is none."""
    named = [r for r in therapy.risks if r.core_line == line]
    own = [r for r in therapy.risks if r.id == line and r.core_line is None]
    return next(iter(named + own), None)


def core_risks(therapy: Therapy) -> tuple[Risk, ...]:
    """The risks behind ``therapy``'s harm lines, in the lines' order."""
    found = (line_risk(therapy, line) for line in HARM_LINES)
    return tuple(r for r in found if r is not None)


def harm_lines(therapy: Therapy, words: Wording) -> tuple[str, ...]:
    """``therapy``'s three harm lines, each followed by its time line when known."""
    out: list[str] = []
    for line in HARM_LINES:
        risk = line_risk(therapy, line)
        if risk is None:
            if not operated(therapy):  # no operation to repeat or to take it out
                continue
            out.append(words("harm_not_known", line=words(f"harm_{line}")))
            continue
        if not risk.known or borrowed(risk, words):  # not known for this device alone
            short = therapy.short_name(words.lang)
            unknown = words("harm_not_known_alone", line=words(f"harm_{line}"), option=short)
            note = risk.core_note(words.lang) if risk.core_note else ""
            out.append(f"{unknown} {note}".strip())
            continue
        out += [risk_words(risk, words), time_line(when(risk, words), words)]
        if risk.core_note:  # what is true instead of the lines it does not say
            out.append(risk.core_note(words.lang))
    return tuple(out)


def operated(therapy: Therapy) -> bool:
    """Whether ``therapy`` is put in with an operation: a device placed through a needle
    (PNS's 60-day wire, pulled out at the end) has no second operation or operation to
    take it out to say "not known" about; its answering risk's ``core_note`` says how it
    ends instead."""
    return therapy.invasiveness not in ("non_invasive", "minimally_invasive")


def risk_words(risk: Risk, words: Wording) -> str:
    """A known risk's line: the picture's words when it is drawn; one small study's own
    counts; else its figure out of 100 and how many did not have it."""
    name = risk.name(words.lang)
    figure = risk_figure(risk, words)
    if figure.grid is not None:
        return drawn_words(risk, words)
    if risk.studied is not None and risk.studied < MIN_PICTURED:
        said = figure.how_often  # the study's own counts
        return words("compare_risk", name=name, amount=said[:1].lower() + said[1:].rstrip("."))
    return words(
        "compare_risk_not", name=name, amount=out_of_100(risk, words), rest=_rest(risk, words)
    )


def _rest(risk: Risk, words: Wording) -> str:
    """How many out of 100 did not have ``risk``: "82", "83 to 91", "at least 83"."""
    low, high = risk.frequency_low or 0.0, risk.frequency_high or 0.0
    if risk.estimate is not None:
        low = high = risk.estimate
    least, most = rescaled(low, risk.denominator, 100), rescaled(high, risk.denominator, 100)
    n = words.number
    if least < 1 <= most:
        return words("compare_rest_at_least", rest=n(100 - half_up(most)))
    if half_up(least) == half_up(most):
        return n(100 - half_up(most))
    return words("compare_range", low=n(100 - half_up(most)), high=n(100 - half_up(least)))


def borrowed(risk: Risk, words: Wording) -> str:
    """Where ``risk``'s figure comes from when it is another device's: the label its time
    frame ends with, as the detail page prints it ("(figure from spinal cord
    stimulation)"); "" when the figure is the therapy's own. A borrowed figure is never
    drawn in the core, and the core's line says whose figure it is."""
    timeframe = risk.timeframe(words.lang) if risk.timeframe is not None else ""
    start = timeframe.find(words("borrowed_marker"))
    return timeframe[start:] if start >= 0 else ""


def time_line(timeframe: str, words: Wording) -> str:
    """ "Time: 6 months." (printed in bold), in lower case after the colon (an acronym
    kept); a figure stored "over the time studied" says plainly that the studies give no
    time."""
    unsaid = words("time_studied")
    if timeframe.startswith(unsaid):
        timeframe = words("compare_time_not_given") + timeframe[len(unsaid) :]
    stop = "" if timeframe[-1:] in ".!?" else "."
    return f"{words('compare_over_time')}: {lower_first(timeframe)}{stop}"


def when(risk: Risk, words: Wording) -> str:
    """A risk's time frame for the core, "not given" when none is stored."""
    return risk.timeframe(words.lang) if risk.timeframe else words("compare_time_not_given")


def drawn_words(risk: Risk, words: Wording) -> str:
    """What a drawn risk's picture shows, in the table's few words: "Any problem: 30 to 40
    in 100 people had it, 60 to 70 did not." A 95% interval is its best estimate, then the
    uncertainty in words (the risk pages keep the whole caption and the exact figure)."""
    grid = risk_figure(risk, words).grid
    assert grid is not None  # drawn: it has a picture of 100
    n, name = words.number, risk.name(words.lang)
    per = words(f"compare_group_{risk.per}")
    if risk.estimate is not None and risk.frequency_low is not None and risk.frequency_high:
        return words(
            "compare_drawn_ci",
            name=name,
            per=per,
            estimate=n(grid.solid),
            not_estimate=n(100 - grid.solid),
            low=n(risk.frequency_low * 100 / risk.denominator),
            high=n(risk.frequency_high * 100 / risk.denominator),
        )
    low, high = grid.solid, grid.solid + grid.hatched
    if low == high:
        return words("compare_drawn_single", name=name, per=per, low=n(low), not_low=n(100 - low))
    return range_of_100(words, "compare_drawn_range", low, high, name=name, per=per)
