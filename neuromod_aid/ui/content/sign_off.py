"""The editor's clinical sign-off: a physician records that they read and checked the
patient content in use, on a day (``app.content_sign_off``), and the tab shows the
newest sign-off and whether it still covers the content (a new content version or a
newly approved revision ends it; the documents then say it has not been checked)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from neuromod_aid.app.content_sign_off import sign_off
from neuromod_aid.app.errors import UserError
from neuromod_aid.records import STAFF_ROLES
from neuromod_aid.ui.staff import role_name
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.ui.services import Services


class SignOffTab(QWidget):
    signed = Signal()  # a sign-off was recorded here

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.person = QLineEdit(services.staff.working.name)
        self.person.setAccessibleName(self.tr("Physician's name"))
        self.day = DateField(DateKind.VISIT, self.tr("Today"))
        self.day.setAccessibleName(self.tr("Day checked"))
        self.sign = QPushButton(self.tr("I have read and checked it: &sign off"))
        self.sign.clicked.connect(self._sign)
        form = QFormLayout()
        person_label = QLabel(self.tr("Physician's na&me"))
        person_label.setBuddy(self.person)
        form.addRow(person_label, self.person)
        day_label = QLabel(self.tr("Da&y checked"))
        day_label.setBuddy(self.day)
        add_to_form(form, day_label, self.day)
        form.addRow("", self.sign)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        catalog = self.services.content.catalog()
        self.status.setText(self.said(catalog))
        self.what.setText(
            self.tr(
                "Signing off records that you, a physician on the staff list, have read and "
                "checked the patient content in use: {0}. The documents then name you, your "
                "role and the day."
            ).format(self.content(catalog.manifest.content_version, catalog.local_revisions))
        )

    def said(self, catalog: Catalog) -> str:
        signed = catalog.sign_off
        if signed is None:
            return self.tr(
                "Nobody has signed off the content yet: the documents say that no doctor at "
                "this clinic has checked it."
            )
        text = self.tr("Signed off by {0} ({1}) on {2}, for {3}.").format(
            signed.by,
            _role(signed.role),
            signed.on.isoformat(),
            self.content(signed.content_version, signed.revisions),
        )
        if catalog.signed_off:
            return text + " " + self.tr("It covers the content in use.")
        return (
            text
            + " "
            + self.tr(
                "The content has changed since: the documents say it has not been checked "
                "until a physician signs it off again."
            )
        )

    def content(self, version: str, revisions: tuple[int, ...]) -> str:
        """Which content, as a sign-off names it: the version and the clinic's revisions."""
        if not revisions:
            shipped = self.tr(
                "content version {0} as shipped, with no revisions of the clinic's own"
            )
            return shipped.format(version)
        named = ", ".join(f"#{revision}" for revision in revisions)
        return self.tr("content version {0} with the clinic's approved revisions {1}").format(
            version, named
        )

    def _sign(self) -> None:
        today = dt.date.today()
        try:
            sign_off(self.services.content, self.person.text(), self.day.value() or today, today)
        except UserError as error:
            self.services.dialogs.warn(self.tr("Not done"), error.said(self.services.ui_lang))
            return
        self.day.clear_value()
        self.refresh()
        self.signed.emit()


def _role(role: str) -> str:
    """A role as the staff list names it (one a newer program wrote: as stored)."""
    names: dict[str, str] = {known: role_name(known) for known in STAFF_ROLES}
    return names.get(role, role)
