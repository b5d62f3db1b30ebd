"""A patient's history of changes in the patient view: the audit log's lines for their
record number (when, who, what), newest first. The log holds no names or notes: each
line says what was done to which of their records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from neuromod_aid.records import AuditEntry
    from neuromod_aid.ui.services import Services


class HistoryPanel(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History of changes"), parent)
        self.services = services
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Changes to this patient's records, newest first"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def show_record(self, record_number: str) -> None:
        """The lines of ``record_number`` (none without one: nothing names the patient)."""
        self.list.clear()
        for entry in reversed(self.services.audit.entries(record_number)):
            self.list.addTopLevelItem(QTreeWidgetItem(self.columns(entry)))
        for column in range(2):
            self.list.resizeColumnToContents(column)

    def columns(self, entry: AuditEntry) -> list[str]:
        who = entry.who or self.tr("not recorded")
        return [entry.at.astimezone().strftime("%Y-%m-%d %H:%M"), who, self.action(entry.action)]

    def action(self, code: str) -> str:
        names = {
            "consultation_started": self.tr("Consultation started"),
            "consultation_saved": self.tr("Consultation saved"),
            "consultation_finished": self.tr("Consultation finished"),
            "consultation_amended": self.tr("Consultation opened for an amendment"),
            "consultation_archived": self.tr("Consultation archived"),
            "consultation_unarchived": self.tr("Consultation shown in the lists again"),
            "document_produced": self.tr("Document saved"),
            "document_printed": self.tr("Document printed"),
            "document_withdrawn": self.tr("Document not written, taken off the record"),
            "patient_created": self.tr("Patient added"),
            "patient_corrected": self.tr("Patient's details corrected"),
            "patient_archived": self.tr("Patient archived"),
            "patient_unarchived": self.tr("Patient shown in the lists again"),
            "patient_merged": self.tr("Records of this patient merged"),
            "patient_deleted": self.tr("Patient deleted"),
            "patient_exported": self.tr("Everything about the patient exported"),
            "checklist_marked": self.tr("Checklist item marked"),
            "call_recorded": self.tr("Call recorded"),
            "diary_entered": self.tr("Trial diary entered"),
            "trial_decided": self.tr("Trial decision recorded"),
            "trial_decision_withdrawn": self.tr("Trial decision withdrawn"),
            "follow_up_recorded": self.tr("Follow-up visit recorded"),
        }
        return names.get(code, code)  # another kind of change (a newer program's): its code
