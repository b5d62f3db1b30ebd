"""Follow-up visits after the trial or the implant: the list, and recording a new one
(the day, pain 0-10, relief in percent, the device settings changed, problems found),
written down by the person working."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.trial import FollowUp
from neuromod_aid.ui.calls import text_field
from neuromod_aid.ui.staff import signer
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form

if TYPE_CHECKING:
    from neuromod_aid.ui.services import Services


class FollowUpPanel(QGroupBox):
    changed = Signal(object)  # the consultation's record, with the new visit

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up visits"), parent)
        self.services = services
        self.consultation_id: int | None = None
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Follow-up visits"))
        self.list.setHeaderLabels(self.headers())
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8)
        self.day = DateField(DateKind.VISIT, self.tr("Today"))
        self.pain = _score(10, self.tr("not asked"))
        self.relief = _score(100, self.tr("not asked"))
        self.relief.setSuffix(" %")
        self.settings = text_field()
        self.problems = text_field()
        self.record_button = QPushButton(self.tr("Record the follow-&up visit"))
        form = QFormLayout()
        day_label = QLabel(self.tr("Day of the visi&t:"))
        day_label.setBuddy(self.day)
        self.day.setAccessibleName(self.tr("Day of the visit"))
        add_to_form(form, day_label, self.day)
        for text, field in (
            (self.tr("Pain (0-10):"), self.pain),
            (self.tr("Relief:"), self.relief),
            (self.tr("Device settings changed:"), self.settings),
            (self.tr("Problems found:"), self.problems),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.rstrip(":"))
            form.addRow(label, field)
        form.addRow("", self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        self.record_button.clicked.connect(self._record)

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Pain"),
            self.tr("Relief"),
            self.tr("Settings changed"),
            self.tr("Problems"),
            self.tr("By"),
        ]

    def show_visits(self, consultation_id: int, visits: tuple[FollowUp, ...]) -> None:
        self.consultation_id = consultation_id
        self.list.clear()
        for visit in sorted(visits, key=lambda v: v.date, reverse=True):
            self.list.addTopLevelItem(QTreeWidgetItem(visit_columns(visit)))
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)

    def _record(self) -> None:
        if self.consultation_id is None:
            return
        record = self.services.pathway.add_follow_up(
            self.consultation_id,
            self.day.value() or dt.date.today(),
            pain=_value(self.pain),
            relief=_value(self.relief),
            settings=self.settings.toPlainText(),
            problems=self.problems.toPlainText(),
        )
        for field in (self.settings, self.problems):
            field.clear()
        for spin in (self.pain, self.relief):
            spin.setValue(spin.minimum())
        self.day.clear_value()
        self.changed.emit(record)


def visit_columns(visit: FollowUp) -> list[str]:
    return [
        visit.date.isoformat(),
        "—" if visit.pain is None else str(visit.pain),
        "—" if visit.relief is None else f"{visit.relief} %",
        " ".join(visit.settings.split()) or "—",
        " ".join(visit.problems.split()) or "—",
        signer(visit.by),
    ]


def _score(top: int, empty: str) -> QSpinBox:
    """From 0 to ``top``, or the step below 0, shown as ``empty``: not asked."""
    spin = QSpinBox()
    spin.setRange(-1, top)
    spin.setSpecialValueText(empty)
    spin.setValue(-1)
    return spin


def _value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()
