"""The trial review: the trial diary's results entered day by day against the usual days
before the trial (``ui/diary_table.py``), the chart of them (``ui/charts.py``) with the
trial's success level and the patient's goals, the decision and its reasons (an implant
decided is planned at once, pre-filled; no implant ends the pathway), and the trial
result PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QWidget,
)

from neuromod_aid.consultation import Consultation
from neuromod_aid.errors import NotAllowed
from neuromod_aid.present.trial_result import TrialResult, trial_chart, trial_result
from neuromod_aid.trial import DECISIONS, Decision
from neuromod_aid.ui.calls import text_field
from neuromod_aid.ui.charts import LineChart
from neuromod_aid.ui.checklist import procedure_layout, save_document
from neuromod_aid.ui.diary_table import DiaryTable
from neuromod_aid.ui.focus import announce
from neuromod_aid.ui.staff import signer
from neuromod_aid.ui.steps.base import scaled_font

if TYPE_CHECKING:
    from neuromod_aid.ui.services import Services


def decision_name(decision: Decision) -> str:
    names = {
        "implant": QCoreApplication.translate("TrialReview", "Implant: put in the full device"),
        "no_implant": QCoreApplication.translate("TrialReview", "No implant: the pathway ends"),
        "longer_trial": QCoreApplication.translate("TrialReview", "A longer trial"),
    }
    return names[decision]


class TrialReviewScreen(QWidget):
    back_requested = Signal()
    consultation_requested = Signal(int)  # the implant planned

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id: int | None = None
        self.record: Consultation | None = None
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.table = DiaryTable()
        self.add_day = QPushButton(self.tr("Add a trial &day"))
        self.save_diary = QPushButton(self.tr("&Save the diary"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.chart = LineChart(
            {
                "pain": self.tr("Pain (0 to 10, left)"),
                "relief": self.tr("Relief written (percent, right)"),
                "baseline": self.tr("Usual pain before the trial"),
                "success": self.tr("Success: pain at or under this level"),
            }
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.goals = QLabel()
        self.goals.setWordWrap(True)
        box = QGroupBox(self.tr("Decision"))
        form = QFormLayout(box)
        self.decision = QComboBox()
        for decision in DECISIONS:
            self.decision.addItem(decision_name(decision), decision)
        self.reasons = text_field()
        for text, field in (
            (self.tr("D&ecision:"), self.decision),
            (self.tr("&Reasons:"), self.reasons),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.decide_button = QPushButton(self.tr("Record the decisi&on"))
        # taken back with the reasons written above: kept in the history, the trial open again
        self.withdraw_button = QPushButton(self.tr("&Withdraw the decision…"))
        self.decided = QLabel()
        self.decided.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the reasons typed
        self.decided.setWordWrap(True)
        decide_buttons = QHBoxLayout()
        decide_buttons.addWidget(self.decide_button)
        decide_buttons.addWidget(self.withdraw_button)
        decide_buttons.addStretch(1)
        form.addRow("", decide_buttons)
        form.addRow("", self.decided)
        self.implant_button = QPushButton(self.tr("Open the planned &implant"))
        self.print_button = QPushButton(self.tr("Save the &trial result (PDF)…"))
        self.back_button = QPushButton("← " + self.tr("Back to the procedure"))
        diary_buttons = QHBoxLayout()
        diary_buttons.addWidget(self.add_day)
        diary_buttons.addStretch(1)
        diary_buttons.addWidget(self.save_diary)
        parts: list[QWidget | QLayout] = [self.heading, self.table, diary_buttons, self.problem]
        parts += [self.chart, self.result, self.goals, box]
        procedure_layout(
            self,
            tuple(parts),
            self.back_button,
            (self.implant_button, self.print_button),
        )
        self.add_day.clicked.connect(self.table.add_day)
        self.save_diary.clicked.connect(self._save_diary)
        self.decide_button.clicked.connect(self._decide)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.implant_button.clicked.connect(self._open_implant)
        self.print_button.clicked.connect(self._print)
        self.back_button.clicked.connect(self.back_requested)

    # --- showing -----------------------------------------------------------------------

    def show_review(self, consultation_id: int) -> None:
        self.consultation_id = consultation_id
        record = self.services.pathway.load(consultation_id).record
        self._show(record)
        self._fill_table(record)

    def _show(self, record: Consultation) -> None:
        procedure = record.procedure
        assert procedure is not None
        self.record = record
        therapy = self.services.catalog.therapy(procedure.therapy)
        self.heading.setText(
            self.tr("Trial review: {0}, {1}").format(
                record.patient.name, therapy.name(self.services.ui_lang)
            )
        )
        result = trial_result(record, self.services.catalog)
        labels = [str(day.day) for day in result.days]
        self.chart.show_chart(trial_chart(result, labels))
        self.result.setText(self._result_text(result))
        self.goals.setText(
            self.tr("What matters most to the patient: {0}").format("; ".join(result.goals))
            if result.goals
            else self.tr("The patient rated nothing as mattering a lot.")
        )
        made = procedure.decision
        self.withdraw_button.setEnabled(made is not None)
        if made is None:
            self.decided.setText(self.tr("Not decided yet.") + self._withdrawn(record))
        else:
            self.decision.setCurrentIndex(self.decision.findData(made.decision))
            self.decided.setText(  # the reasons too: the box is cleared for the next one
                self.tr("Decided: {0}, by {1} on {2}. Why: {3}").format(
                    decision_name(made.decision),
                    signer(made.by),
                    made.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    made.reasons,
                )
            )
        self.implant_button.setEnabled(
            made is not None and made.decision == "implant" and made.next_consultation is not None
        )

    def _result_text(self, result: TrialResult) -> str:
        if result.baseline_pain is None or result.trial_pain is None:
            return self.tr("Enter the pain scores of the days before the trial and of the trial.")
        text = self.tr(
            "Usual pain before the trial {0:.1f}, during it {1:.1f}: {2:.0f}% of the pain gone."
        ).format(result.baseline_pain, result.trial_pain, result.pain_gone or 0)
        if result.relief is not None:
            text += " " + self.tr("Relief written: {0:.0f}% on average.").format(result.relief)
        if result.met is not None:
            text += " " + (
                self.tr("The success criterion ({0}% of the pain gone) is met.")
                if result.met
                else self.tr("The success criterion ({0}% of the pain gone) is not met.")
            ).format(result.success_relief)
        return text

    def _fill_table(self, record: Consultation) -> None:
        assert record.procedure is not None
        self.table.fill(record.procedure)
        self.problem.clear()

    # --- entering ----------------------------------------------------------------------

    def _save_diary(self) -> None:
        if self.consultation_id is None:
            return
        days, problems = self.table.diary()
        self.problem.setText(" ".join(problems))
        if problems:
            self.table.setFocus()
            return
        self._show(self.services.pathway.enter_diary(self.consultation_id, days))

    def _decide(self) -> None:
        if self.consultation_id is None:
            return
        if not self.reasons.toPlainText().strip():
            self._say(self.tr("Write the reasons for the decision first."))
            self.reasons.setFocus()
            return
        decision: Decision = self.decision.currentData()
        try:
            made = self.services.pathway.decide(
                self.consultation_id, decision, self.reasons.toPlainText()
            )
        except NotAllowed:
            self._say(self.tr("Not recorded: only a physician records the decision."))
            return
        self._show(made)
        self.reasons.clear()
        self._say(self.decided.text())

    def _withdrawn(self, record: Consultation) -> str:
        """The last decision taken back, if any: what, who, when and why."""
        earlier = record.procedure.withdrawn_decisions if record.procedure else ()
        last = earlier[-1].withdrawn if earlier else None
        if not earlier or last is None:
            return ""
        return " " + self.tr('The decision "{0}" was withdrawn by {1} on {2}: {3}').format(
            decision_name(earlier[-1].decision),
            signer(last.by),
            last.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            last.reasons,
        )

    def _withdraw(self) -> None:
        """Take the decision back, saying why in the reasons box; asked first."""
        made = self.record.procedure.decision if self.record and self.record.procedure else None
        if self.consultation_id is None or made is None:
            return
        if not self.reasons.toPlainText().strip():
            self._say(self.tr("Write in Reasons why the decision is withdrawn first."))
            self.reasons.setFocus()
            return
        question = self.tr(
            'Withdraw the decision "{0}"? It stays in the history, and the trial is not '
            "decided any more."
        ).format(decision_name(made.decision))
        if made.decision == "implant" and made.next_consultation is not None:
            question += " " + self.tr(
                "The implant planned from it is archived: it leaves the procedures list, "
                "and comes back if an implant is decided again."
            )
        if not self.services.dialogs.ask(self.tr("Withdraw the decision"), question):
            return
        reasons = self.reasons.toPlainText()
        try:
            withdrawn = self.services.pathway.withdraw_decision(self.consultation_id, reasons)
        except NotAllowed:
            self._say(self.tr("Not withdrawn: only a physician withdraws the decision."))
            return
        self._show(withdrawn)
        self.reasons.clear()
        self._say(self.decided.text())

    def _say(self, text: str) -> None:
        """What became of the decision, under its buttons: scrolled into sight (on a
        laptop it is below the fold) and told to a screen reader."""
        self.decided.setText(text)
        scroll = self.findChild(QScrollArea)  # procedure_layout's, the only one
        if scroll is not None:
            scroll.ensureWidgetVisible(self.decided)
        announce(self.decided, text)

    def _open_implant(self) -> None:
        made = self.record.procedure.decision if self.record and self.record.procedure else None
        if made is not None and made.next_consultation is not None:
            self.consultation_requested.emit(made.next_consultation)

    def _print(self) -> None:
        """Save the trial result as a PDF (recorded with the consultation)."""
        if self.record is not None and self.consultation_id is not None:
            save_document(
                self.services,
                self.consultation_id,
                self.record,
                "trial_result",
                (self.tr("Save the trial result"), self.tr("Trial result")),
            )
