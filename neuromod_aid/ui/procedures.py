"""The procedures list: every planned procedure by date, with its checklist's state.

Filters: all, this week, overdue (its day has come with the checklist not complete),
incomplete. Enter or "Open the procedure" opens its checklist and calls.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.ui.steps.base import scaled_font
from neuromod_aid.ui.steps.procedure import kind_name

if TYPE_CHECKING:
    from neuromod_aid.app.pathway import PlannedProcedure
    from neuromod_aid.preparation import ChecklistStatus
    from neuromod_aid.ui.services import Services

FILTERS = ("all", "week", "overdue", "incomplete")


class ProceduresView(QWidget):
    open_requested = Signal(int)  # consultation id
    back_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = dt.date.today
        heading = QLabel(self.tr("Planned procedures"))
        heading.setObjectName("stepHeading")
        heading.setFont(scaled_font(self, 1.5, bold=True))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        for key, text in zip(
            FILTERS,
            (
                self.tr("All planned procedures"),
                self.tr("This week"),
                self.tr("Overdue: the day has come, the checklist is not complete"),
                self.tr("Checklist not complete"),
            ),
            strict=True,
        ):
            self.filter.addItem(text, key)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Planned procedures"))
        self.list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Patient"),
                self.tr("Record number"),
                self.tr("Therapy"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Checklist"),
            ]
        )
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.open_button = QPushButton(self.tr("&Open the procedure"))
        self.open_button.setDefault(True)
        self.back_button = QPushButton("← " + self.tr("Back to the start screen"))
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.list.itemActivated.connect(lambda *_: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.open_button.clicked.connect(self._open)
        self.back_button.clicked.connect(self.back_requested)

    def refresh(self) -> None:
        """Read the procedures again and show those the filter keeps."""
        today = self.today()
        key = self.filter.currentData()
        shown = [
            line
            for line in self.services.pathway.procedures()
            if key == "all"
            or (key == "week" and line.this_week(today))
            or (key == "overdue" and line.overdue(today))
            or (key == "incomplete" and line.incomplete)
        ]
        self.list.clear()
        for line in shown:
            self.list.addTopLevelItem(self._item(line))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        self.empty.setText("" if shown else self.tr("No planned procedure to show."))
        self._update()

    def _item(self, line: PlannedProcedure) -> QTreeWidgetItem:
        lang = self.services.ui_lang
        therapy = next((t for t in self.services.catalog.therapies if t.id == line.therapy), None)
        item = QTreeWidgetItem(
            [
                line.date.isoformat() if line.date else self.tr("no date yet"),
                line.patient_name,
                line.record_number or "—",
                therapy.name(lang) if therapy else line.therapy,
                kind_name(line.kind) if line.kind else "—",
                line.place or "—",
                status_text(line.status),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, line.consultation_id)
        return item

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def _update(self) -> None:
        self.open_button.setEnabled(self.chosen() is not None)

    def _open(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.open_requested.emit(chosen)


def status_text(status: ChecklistStatus) -> str:
    """ "7 done, 2 not needed, 3 to do", with the problems found."""
    text = QCoreApplication.translate(
        "ProceduresView", "{0} done, {1} not needed, {2} to do"
    ).format(status.done, status.not_needed, status.to_do)
    if status.problems:
        text += QCoreApplication.translate("ProceduresView", ", {0} problem(s)").format(
            status.problems
        )
    return text
