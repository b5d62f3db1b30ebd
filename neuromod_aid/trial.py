"""What the trial and the visits after it record (``docs/consultation-format.md``,
version 6): the trial diary's days, written down by the patient and entered by the
team (the usual days before the trial, the baseline, then the trial's days), the
decision taken at the trial review (and those withdrawn), and the follow-up visits.

Qt-free; the consultation's :class:`~neuromod_aid.consultation.Procedure` holds them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from neuromod_aid.record_fields import LongText, ShortText, Signer
from neuromod_aid.validation import Limits, Strict, record

DiaryPhase = Literal["baseline", "trial"]
DIARY_PHASES: tuple[DiaryPhase, ...] = ("baseline", "trial")
Sleep = Literal["well", "ok", "badly"]
BASELINE_DAYS = 3  # usual days the diary asks for before the trial starts
# what the trial review decided: the full device, none (the pathway ends), a longer trial
Decision = Literal["implant", "no_implant", "longer_trial"]
DECISIONS: tuple[Decision, ...] = ("implant", "no_implant", "longer_trial")

PainScore = Annotated[int, Limits(ge=0, le=10)]
Percent = Annotated[int, Limits(ge=0, le=100)]


@record
class DiaryDay(Strict):
    """One page of the trial diary as the patient filled it in."""

    phase: DiaryPhase
    day: Annotated[int, Limits(ge=1, le=90)]  # 1 is the first day of its phase
    pain: PainScore | None = None  # the day's usual pain; None: not written
    relief: Percent | None = None  # how much of the pain is gone (trial days only)
    activity: ShortText = ""  # what the patient did
    sleep: Sleep | None = None
    medicines: ShortText = ""  # medicine use that day
    problems: ShortText = ""

    def __post_init__(self) -> None:
        if self.phase == "baseline" and self.relief is not None:
            raise ValueError("relief is written for trial days only, not before the trial")


@record
class Withdrawal(Strict):
    """A decision taken back: who, when and why."""

    by: Signer
    at: dt.datetime
    reasons: LongText


@record
class TrialDecision(Strict):
    """What the trial review decided, why, by whom and when; and, once taken back, its
    withdrawal."""

    decision: Decision
    reasons: LongText
    by: Signer
    at: dt.datetime
    # the implant planned from it (a new consultation's id; None: none planned)
    next_consultation: int | None = None
    withdrawn: Withdrawal | None = None


@record
class FollowUp(Strict):
    """A visit after the trial or the implant."""

    date: dt.date
    by: Signer
    at: dt.datetime  # when it was written down
    pain: PainScore | None = None
    relief: Percent | None = None
    settings: LongText = ""  # the device settings changed ("": none)
    problems: LongText = ""  # problems found ("": none)


def diary_date(
    start: dt.date, phase: DiaryPhase, day: int, baseline_days: int = BASELINE_DAYS
) -> dt.date:
    """The day a diary page is about: the trial's first day is the procedure's (``start``),
    the ``baseline_days`` days before the trial are the ones just before it."""
    shift = day - 1 if phase == "trial" else day - 1 - baseline_days
    return start + dt.timedelta(days=shift)


def diary_in_order(days: tuple[DiaryDay, ...]) -> tuple[DiaryDay, ...]:
    """The baseline days first, then the trial's, each by day; one page per day (the
    last one entered for a day wins)."""
    unique = {(day.phase, day.day): day for day in days}
    return tuple(sorted(unique.values(), key=lambda d: (DIARY_PHASES.index(d.phase), d.day)))
