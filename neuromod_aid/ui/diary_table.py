"""The trial review's diary table: one row a day, the usual days before the trial then
the trial's days (pain 0-10, relief in percent, what the patient did, sleep, medicines,
problems), filled from the record and read back as :class:`~neuromod_aid.trial.DiaryDay`
values with what is wrong in them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from neuromod_aid.consultation import Procedure
from neuromod_aid.trial import BASELINE_DAYS, DiaryDay, DiaryPhase, Sleep

COLUMNS = ("day", "pain", "relief", "activity", "sleep", "medicines", "problems")
BAD = -1  # what :func:`_number` gives for a text that is not a number it takes


def sleep_names() -> dict[Sleep, str]:
    return {
        "well": QCoreApplication.translate("TrialReview", "well"),
        "ok": QCoreApplication.translate("TrialReview", "OK"),
        "badly": QCoreApplication.translate("TrialReview", "badly"),
    }


def day_label(phase: DiaryPhase, day: int) -> str:
    return (
        QCoreApplication.translate("TrialReview", "Before {0}").format(day)
        if phase == "baseline"
        else QCoreApplication.translate("TrialReview", "Trial {0}").format(day)
    )


class DiaryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.phases: list[tuple[DiaryPhase, int]] = []
        self.setAccessibleName(self.tr("Trial diary, day by day"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Pain (0-10)"),
                self.tr("Relief (%)"),
                self.tr("What the patient did"),
                self.tr("Sleep (well, OK, badly)"),
                self.tr("Medicines"),
                self.tr("Problems"),
            ]
        )
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 20)

    def fill(self, procedure: Procedure) -> None:
        """The days before the trial and the trial's days (more where more were entered)."""
        entered = {(d.phase, d.day): d for d in procedure.diary}
        before = max([BASELINE_DAYS, *(d for p, d in entered if p == "baseline")])
        during = max([procedure.trial_days, *(d for p, d in entered if p == "trial")])
        self.phases = [("baseline", n) for n in range(1, before + 1)]
        self.phases += [("trial", n) for n in range(1, during + 1)]
        self.setRowCount(0)
        for phase, day in self.phases:
            self._add_row(phase, day, entered.get((phase, day)))
        self.resizeColumnsToContents()

    def add_day(self) -> None:
        day = 1 + max((d for p, d in self.phases if p == "trial"), default=0)
        self.phases.append(("trial", day))
        self._add_row("trial", day, None)

    def _add_row(self, phase: DiaryPhase, day: int, entered: DiaryDay | None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        sleep = sleep_names()
        values = ["", "", "", "", "", ""]
        if entered is not None:
            values = [
                "" if entered.pain is None else str(entered.pain),
                "" if entered.relief is None else str(entered.relief),
                entered.activity,
                "" if entered.sleep is None else sleep[entered.sleep],
                entered.medicines,
                entered.problems,
            ]
        label = QTableWidgetItem(day_label(phase, day))
        label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, 0, label)
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            if phase == "baseline" and COLUMNS[column] == "relief":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # no relief before the trial
            self.setItem(row, column, item)

    def cell(self, row: int, key: str) -> str:
        item = self.item(row, COLUMNS.index(key))
        return "" if item is None else item.text().strip()

    def diary(self) -> tuple[tuple[DiaryDay, ...], list[str]]:
        """The days as typed (a row left empty is not entered), and what is wrong."""
        days, problems = [], []
        sleep = {name.casefold(): key for key, name in sleep_names().items()}
        for row, (phase, day) in enumerate(self.phases):
            values = {key: self.cell(row, key) for key in COLUMNS[1:]}
            if not any(values.values()):
                continue
            wrong = []
            pain = _number(values["pain"], 10)
            relief = _number(values["relief"].rstrip("%").strip(), 100)
            if pain == BAD:
                wrong.append(self.tr("{0}: the pain is a whole number from 0 to 10."))
            if relief == BAD:
                wrong.append(self.tr("{0}: the relief is a percent from 0 to 100."))
            slept = sleep.get(values["sleep"].casefold()) if values["sleep"] else None
            if values["sleep"] and slept is None:
                wrong.append(self.tr("{0}: sleep is well, OK or badly."))
            if wrong:
                problems += [text.format(day_label(phase, day)) for text in wrong]
                continue
            days.append(
                DiaryDay(
                    phase=phase,
                    day=day,
                    pain=pain,
                    relief=relief,
                    activity=values["activity"],
                    sleep=slept,
                    medicines=values["medicines"],
                    problems=values["problems"],
                )
            )
        return tuple(days), problems


def _number(text: str, top: int) -> int | None:
    """A whole number from 0 to ``top``; None when empty; :data:`BAD` when it is not one."""
    if not text:
        return None
    return int(text) if text.isdigit() and int(text) <= top else BAD
