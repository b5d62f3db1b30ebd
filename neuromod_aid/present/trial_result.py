"""The trial's result as the patient, their family doctor and the team read it: the
diary's pain and relief by day against the usual days before the trial (the baseline),
the therapy's success criterion (how much of the pain must be gone, from the content),
and what the patient said matters most to them.

The chart is described here once, as plain numbers (:class:`Chart`), and
:func:`points` places its values in a box: the window's chart (``ui/charts.py``) and the
PDF's (``pdf/trial_result.py``) both draw from it, so both show exactly the values
entered. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation, Procedure
from neuromod_aid.trial import DiaryDay, diary_in_order

PAIN_MAX = 10.0
RELIEF_MAX = 100.0


@dataclass(frozen=True)
class Series:
    """One line of the chart: a value per column (None: nothing written that day)."""

    key: str  # "pain", "relief"
    values: tuple[float | None, ...]
    top: float  # the value at the top of the chart (10 for pain, 100 for a percent)


@dataclass(frozen=True)
class Level:
    """A level across the chart: the baseline's pain, the success criterion."""

    key: str  # "baseline", "success"
    value: float
    top: float


@dataclass(frozen=True)
class Chart:
    columns: tuple[str, ...]  # the label under each column
    series: tuple[Series, ...]
    levels: tuple[Level, ...] = ()
    before: int = 0  # the first columns, the days before the trial


@dataclass(frozen=True)
class TrialResult:
    days: tuple[DiaryDay, ...]  # baseline days first, then the trial's
    baseline_pain: float | None  # the usual pain before the trial (mean of the days)
    trial_pain: float | None  # the usual pain during the trial
    pain_gone: float | None  # percent of the baseline's pain gone during the trial
    relief: float | None  # the relief the patient wrote, mean of the trial days
    success_relief: int | None  # the therapy's criterion: this much of the pain gone
    goals: tuple[str, ...]  # what matters a lot to the patient (the values step)

    @property
    def success_pain(self) -> float | None:
        """The pain score at or under which the trial counts as a success."""
        if self.success_relief is None or self.baseline_pain is None:
            return None
        return self.baseline_pain * (100 - self.success_relief) / 100

    @property
    def met(self) -> bool | None:
        """Whether the pain went down by the criterion (None: no criterion or no data)."""
        if self.success_relief is None or self.pain_gone is None:
            return None
        return self.pain_gone >= self.success_relief


def trial_result(record: Consultation, catalog: Catalog) -> TrialResult:
    procedure = record.procedure
    assert procedure is not None
    days = diary_in_order(procedure.diary)
    baseline = _mean(d.pain for d in days if d.phase == "baseline")
    during = _mean(d.pain for d in days if d.phase == "trial")
    gone = None
    if baseline and during is not None:
        gone = (baseline - during) / baseline * 100
    return TrialResult(
        days=days,
        baseline_pain=baseline,
        trial_pain=during,
        pain_gone=gone,
        relief=_mean(d.relief for d in days if d.phase == "trial"),
        success_relief=success_relief(procedure, catalog),
        goals=tuple(
            v.statement(record.language)
            for v in catalog.values
            if record.values.get(v.id) == "a_lot"
        ),
    )


def success_relief(procedure: Procedure, catalog: Catalog) -> int | None:
    therapy = next((t for t in catalog.therapies if t.id == procedure.therapy), None)
    return None if therapy is None else therapy.trial.success_relief


def _mean(values: Iterable[int | None]) -> float | None:
    found = [float(v) for v in values if v is not None]
    return fmean(found) if found else None


def trial_chart(result: TrialResult, column_label: Sequence[str]) -> Chart:
    """Pain (0-10) and relief (percent) by day, the baseline's pain and the success
    level; ``column_label`` names each of ``result.days``."""
    levels = []
    if result.baseline_pain is not None:
        levels.append(Level("baseline", result.baseline_pain, PAIN_MAX))
    if result.success_pain is not None:
        levels.append(Level("success", result.success_pain, PAIN_MAX))
    return Chart(
        columns=tuple(column_label),
        series=(
            Series("pain", tuple(_number(d.pain) for d in result.days), PAIN_MAX),
            Series("relief", tuple(_number(d.relief) for d in result.days), RELIEF_MAX),
        ),
        levels=tuple(levels),
        before=sum(1 for d in result.days if d.phase == "baseline"),
    )


def _number(value: int | None) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class Box:
    """Where the chart's plot goes; ``y`` grows downwards (Qt's way; a PDF flips it)."""

    left: float
    top: float
    width: float
    height: float

    def x(self, column: int, columns: int) -> float:
        """The middle of a column."""
        return self.left + (column + 0.5) * self.width / max(columns, 1)

    def y(self, value: float, top: float) -> float:
        return self.top + (1 - value / top) * self.height


def points(chart: Chart, series: Series, box: Box) -> tuple[tuple[float, float], ...]:
    """Where the series' values go in ``box``, left to right; a day with nothing
    written has no point."""
    count = len(chart.columns)
    return tuple(
        (box.x(column, count), box.y(value, series.top))
        for column, value in enumerate(series.values)
        if value is not None
    )


def level_y(level: Level, box: Box) -> float:
    return box.y(level.value, level.top)
