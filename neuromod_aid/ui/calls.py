"""Telephone calls about a planned procedure: the list, and recording a new one (before
the procedure or a follow-up; when, reached or not, what was said, problems found).
The call is signed by the person working."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import CALL_KINDS, Call, CallKind
from neuromod_aid.ui.focus import say_under
from neuromod_aid.ui.staff import signer
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form
from neuromod_aid.ui.widgets.time_field import typed_time

if TYPE_CHECKING:
    from neuromod_aid.ui.services import Services


def call_kind_name(kind: CallKind) -> str:
    names = {
        "pre_procedure": QCoreApplication.translate("CallsPanel", "Before the procedure"),
        "follow_up": QCoreApplication.translate("CallsPanel", "Follow-up"),
    }
    return names[kind]


def call_columns(call: Call) -> list[str]:
    """A call as a line of a list: when, kind, who, reached, what was said, problems."""
    reached = (
        QCoreApplication.translate("CallsPanel", "reached")
        if call.reached
        else QCoreApplication.translate("CallsPanel", "not reached")
    )
    return [
        call.at.astimezone().strftime("%Y-%m-%d %H:%M"),
        call_kind_name(call.kind),
        signer(call.by),
        reached,
        " ".join(call.said.split()) or "—",
        " ".join(call.problems.split()) or "—",
    ]


def call_headers() -> list[str]:
    return [
        QCoreApplication.translate("CallsPanel", "When"),
        QCoreApplication.translate("CallsPanel", "Call"),
        QCoreApplication.translate("CallsPanel", "By"),
        QCoreApplication.translate("CallsPanel", "Reached"),
        QCoreApplication.translate("CallsPanel", "What was said"),
        QCoreApplication.translate("CallsPanel", "Problems found"),
    ]


class CallsPanel(QGroupBox):
    changed = Signal(object)  # the consultation's record, with the new call

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calls"), parent)
        self.services = services
        self.consultation_id: int | None = None
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Calls about this procedure"))
        self.list.setHeaderLabels(call_headers())
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8)
        self.kind = QComboBox()
        for kind in CALL_KINDS:
            self.kind.addItem(call_kind_name(kind), kind)
        self.day = DateField(DateKind.VISIT, self.tr("Today"))
        self.time = QLineEdit()
        self.time.setMaxLength(20)
        self.time.setPlaceholderText(self.tr("Now (or for example 09:15)"))
        self.time_problem = QLabel()
        self.time_problem.setObjectName("problem")
        self.time_problem.hide()
        self.reached = QCheckBox(self.tr("The patient was r&eached"))
        self.reached.setChecked(True)
        self.said = text_field()
        self.problems = text_field()
        self.record_button = QPushButton(self.tr("Record the ca&ll"))
        form = QFormLayout()
        day_label = QLabel(self.tr("&Day of the call:"))
        day_label.setBuddy(self.day)
        self.day.setAccessibleName(self.tr("Day of the call"))
        add_to_form(form, day_label, self.day)
        for text, field in (
            (self.tr("Ti&me:"), self.time),
            (self.tr("Call &kind:"), self.kind),
            (self.tr("What was &said:"), self.said),
            (self.tr("Problems &found:"), self.problems),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
            if field is self.time:
                form.addRow("", self.time_problem)
            if field is self.kind:
                form.addRow("", self.reached)
        form.addRow("", self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        self.record_button.clicked.connect(self._record)

    def show_calls(self, consultation_id: int, calls: tuple[Call, ...]) -> None:
        self.consultation_id = consultation_id
        self.list.clear()
        for call in sorted(calls, key=lambda c: c.at, reverse=True):
            self.list.addTopLevelItem(QTreeWidgetItem(call_columns(call)))
        for column in range(5):  # the last, the problems found, takes the rest
            self.list.resizeColumnToContents(column)

    def when(self) -> dt.datetime | None:
        """The moment typed (the day, today if none; the time, now if none), in UTC;
        None when the time typed is not a time of day."""
        now = dt.datetime.now().astimezone()
        typed = typed_time(self.time.text())
        if typed is None:
            return None
        day = self.day.value() or now.date()
        moment = now.time() if not typed else dt.time(int(typed[:2]), int(typed[3:]))
        local = dt.datetime.combine(day, moment).astimezone()
        return local.astimezone(dt.UTC).replace(microsecond=0)

    def _record(self) -> None:
        if self.consultation_id is None:
            return
        at = self.when()
        problem = (
            ""
            if at is not None
            else self.tr(
                "Type the time as hours:minutes, for example 09:15, or leave it empty for now."
            )
        )
        say_under(self.time, self.time_problem, problem)
        if at is None:
            self.time.setFocus()
            return
        kind: CallKind = self.kind.currentData()
        record = self.services.pathway.add_call(
            self.consultation_id,
            kind,
            reached=self.reached.isChecked(),
            said=self.said.toPlainText(),
            problems=self.problems.toPlainText(),
            at=at,
        )
        for field in (self.said, self.problems, self.time):
            field.clear()
        self.day.clear_value()
        self.reached.setChecked(True)
        self.changed.emit(record)


def text_field() -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 12)
    return field
