"""The patient's whole pathway on a timeline in the patient view: consultations,
procedures, calls, trial results, follow-up visits in date order, and a chart of the
patient's pain over time (the trial diary's days and the follow-ups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from neuromod_aid.present.trial_result import PAIN_MAX, Chart, Series
from neuromod_aid.ui.calls import call_kind_name
from neuromod_aid.ui.charts import LineChart
from neuromod_aid.ui.steps.procedure import kind_name
from neuromod_aid.ui.trial_review import decision_name

if TYPE_CHECKING:
    from neuromod_aid.timeline import Event, PainOn
    from neuromod_aid.ui.services import Services


class TimelinePanel(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The pathway"), parent)
        self.services = services
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("The patient's pathway, in date order"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.chart = LineChart({"pain": self.tr("Pain (0 to 10)")})
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.chart)

    def show_patient(self, patient_id: int) -> None:
        events, pain = self.services.pathway.timeline(patient_id)
        self.list.clear()
        for event in events:
            self.list.addTopLevelItem(QTreeWidgetItem(self.columns(event)))
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.chart.show_chart(pain_chart(pain))
        self.chart.setVisible(bool(pain))

    def columns(self, event: Event) -> list[str]:
        day = event.date.isoformat() if event.date else self.tr("no date yet")
        therapy = next((t for t in self.services.catalog.therapies if t.id == event.therapy), None)
        name = therapy.name(self.services.ui_lang) if therapy else ""
        if event.kind == "consultation":
            return [day, self.tr("Consultation"), name]
        if event.kind == "procedure":
            kind = kind_name(event.procedure_kind) if event.procedure_kind else ""
            return [day, self.tr("Procedure: {0}").format(kind or "—"), name]
        if event.call is not None:
            said = " ".join(event.call.said.split()) or "—"
            return [day, self.tr("Call: {0}").format(call_kind_name(event.call.kind)), said]
        made = event.decision
        if made is not None and made.withdrawn is not None and event.kind == "decision_withdrawn":
            what = self.tr("Decision withdrawn: {0}").format(decision_name(made.decision))
            return [day, what, made.withdrawn.reasons]
        if made is not None:
            what = self.tr("Trial result: {0}").format(decision_name(made.decision))
            if made.withdrawn is not None:
                what += " " + self.tr("(withdrawn)")
            return [day, what, made.reasons]
        visit = event.follow_up
        assert visit is not None
        pain = "—" if visit.pain is None else str(visit.pain)
        return [
            day,
            self.tr("Follow-up visit"),
            self.tr("pain {0}; {1}").format(pain, visit.settings or "—"),
        ]


def pain_chart(pain: list[PainOn]) -> Chart:
    """Every dated pain score, one column each, labelled by its date."""
    return Chart(
        columns=tuple(p.date.isoformat() for p in pain),
        series=(Series("pain", tuple(float(p.pain) for p in pain), PAIN_MAX),),
    )
