"""Who works here and who is working now: the staff list dialog, choosing the person
working at start (remembered on this computer) and switching from the toolbar.

The staff list is kept with the clinic's details. People are added, edited and
retired, never deleted (each change a person signed names them). No passwords: on a
single-user install choosing is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.errors import RecordRejected
from neuromod_aid.records import STAFF_ROLES, StaffMember, StaffRole
from neuromod_aid.ui.settings import WORKING_AS
from neuromod_aid.ui.widgets.clinician_field import ClinicianField

if TYPE_CHECKING:
    from neuromod_aid.app.staff import Staff
    from neuromod_aid.ui.services import Services


def signer(by: str | None) -> str:
    """Who signed a mark, a call, a decision or a visit; "nobody recorded" when nobody
    was chosen as working."""
    return by if by is not None else QCoreApplication.translate("Staff", "nobody recorded")


def role_name(role: StaffRole) -> str:
    names = {
        "physician": QCoreApplication.translate("StaffDialog", "Physician"),
        "nurse": QCoreApplication.translate("StaffDialog", "Nurse"),
        "other": QCoreApplication.translate("StaffDialog", "Other"),
    }
    return names[role]


class StaffDialog(QDialog):
    """The staff list: pick a line to edit or retire it; add someone below."""

    def __init__(self, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.setWindowTitle(self.tr("Staff list"))
        self.setMinimumWidth(max(480, self.fontMetrics().averageCharWidth() * 70))
        intro = QLabel(
            self.tr(
                "Everyone who works with the program. Each saved change records who made "
                "it. Nobody is deleted: retire someone who has left."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.people = QTreeWidget()
        self.people.setRootIsDecorated(False)
        self.people.setAccessibleName(self.tr("Staff list"))
        self.people.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in STAFF_ROLES:
            self.role.addItem(role_name(role), role)
        form = QFormLayout()
        for text, field in ((self.tr("&Name"), self.name), (self.tr("&Role"), self.role)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add as a new person"))
        self.save_button = QPushButton(self.tr("&Save the changes"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.retire_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.people.currentItemChanged.connect(lambda *_: self._picked())
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.retire_button.clicked.connect(self._retire)
        self._show()

    def chosen(self) -> StaffMember | None:
        item = self.people.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, current: int | None = None) -> None:
        self.people.clear()
        for member in self.staff.members():
            # "active", not "working": "Working as" on the toolbar names who uses it now
            status = self.tr("retired") if member.retired else self.tr("active")
            item = QTreeWidgetItem([member.name, role_name(member.role), status])
            item.setData(0, Qt.ItemDataRole.UserRole, member)
            self.people.addTopLevelItem(item)
            if member.id == current:
                self.people.setCurrentItem(item)
        room = self.fontMetrics().averageCharWidth() * 3  # a gap between the columns
        for column in range(self.people.columnCount()):
            self.people.resizeColumnToContents(column)
            self.people.setColumnWidth(column, self.people.columnWidth(column) + room)
        self._picked()

    def _picked(self) -> None:
        chosen = self.chosen()
        self.save_button.setEnabled(chosen is not None)
        self.retire_button.setEnabled(chosen is not None)
        if chosen is None:
            return
        self.name.setText(chosen.name)
        self.role.setCurrentIndex(self.role.findData(chosen.role))
        self.retire_button.setText(
            self.tr("Back to &work") if chosen.retired else self.tr("Re&tire")
        )

    def _role(self) -> StaffRole:
        chosen: StaffRole = self.role.currentData()
        return chosen

    def _add(self) -> None:
        self._try(lambda: self.staff.add(self.name.text(), self._role()))

    def _save(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self._try(lambda: self.staff.edit(chosen.id, self.name.text(), self._role()))

    def _retire(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self._try(lambda: self.staff.retire(chosen.id, not chosen.retired))

    def _try(self, change: Callable[[], StaffMember]) -> None:
        try:
            member = change()
        except RecordRejected as error:
            self.problem.setText(self._refusal(error))
            return
        self.problem.clear()
        self._show(member.id)

    def _refusal(self, error: RecordRejected) -> str:
        text = str(error)
        if "signed" in text:
            return self.tr(
                "This person has signed changes, so their name stays as it is. You can "
                "change their role, or retire them and add the new name."
            )
        if "already" in text:
            return self.tr("{0} is on the staff list already.").format(self.name.text().strip())
        return self.tr("A name is needed.")


def offer_names(field: ClinicianField, services: Services) -> None:
    """The clinician is chosen from the staff still working (typed while there are none)."""
    field.set_names([m.name for m in services.staff.members(retired_too=False)])


def start_working(services: Services) -> StaffMember | None:
    """Who is working: the person remembered on this computer, or (someone on the list,
    nobody remembered) the one chosen now."""
    member = services.staff.choose(WORKING_AS.get(services.settings))
    if member is None and services.staff.members(retired_too=False):
        return switch_person(services)
    return member


def switch_person(services: Services) -> StaffMember | None:
    """Ask who is working now (through the dialog seam) and remember it here."""
    working = services.staff.members(retired_too=False)
    if not working:
        services.dialogs.inform(
            QCoreApplication.translate("StaffDialog", "Who is working"),
            QCoreApplication.translate(
                "StaffDialog", "The staff list is empty: add the people who work here first."
            ),
        )
        return None
    chosen = services.dialogs.choose_person(
        QCoreApplication.translate("StaffDialog", "Who is working"),
        QCoreApplication.translate("StaffDialog", "Who is using the program now?"),
        working,
    )
    if chosen is None:
        return services.staff.choose(services.staff.working.name)
    WORKING_AS.set(services.settings, chosen.name)
    return services.staff.choose(chosen.name)


def working_label(member: StaffMember | None) -> str:
    if member is None:
        return QCoreApplication.translate("StaffDialog", "Working as: nobody chosen")
    return QCoreApplication.translate("StaffDialog", "Working as: {0}").format(member.name)
