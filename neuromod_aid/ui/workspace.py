"""The nurses' workspace in the main window: who is working (chosen at start, switched
from the toolbar), the staff list, the procedures list, a procedure's screen and a
trial's review.

The procedures list and a procedure's screen are shown with no consultation open, so
the checklist and calls written there never meet the consultation's autosave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from neuromod_aid.ui.focus import kept_focus, let_go
from neuromod_aid.ui.staff import offer_names, start_working, switch_person, working_label

if TYPE_CHECKING:
    from neuromod_aid.records import StaffMember
    from neuromod_aid.ui.checklist import ProcedureScreen
    from neuromod_aid.ui.main_window import MainWindow
    from neuromod_aid.ui.procedures import ProceduresView
    from neuromod_aid.ui.trial_review import TrialReviewScreen


class Workspace:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._list: ProceduresView | None = None
        self._screen: ProcedureScreen | None = None
        self._review: TrialReviewScreen | None = None

    def attach(self) -> None:
        """The records are open: who is working, and the names the clinician fields offer."""
        for action in (self.window.working_action, self.window.staff_action):
            action.setEnabled(True)
        self.window.procedures_action.setEnabled(True)
        self._working(start_working(self.window.services))

    def _working(self, member: StaffMember | None) -> None:
        window = self.window
        window.working_action.setText(working_label(member))
        offer_names(window.start.clinician, window.services)
        if member is not None and member.role == "physician":
            window.start.clinician.setText(member.name)  # the clinician of new consultations

    @kept_focus()
    def switch_person(self) -> None:
        if self.window.with_records():
            self._working(switch_person(self.window.services))

    @kept_focus()
    def edit_staff(self) -> None:
        if not self.window.with_records():
            return
        services = self.window.services
        services.dialogs.edit_staff(services.staff)
        self._working(services.staff.choose(services.staff.working.name))

    @property
    def procedures(self) -> ProceduresView:
        if self._list is None:
            from neuromod_aid.ui.procedures import ProceduresView

            self._list = ProceduresView(self.window.services)
            self.window.stack.addWidget(self._list)
            self._list.open_requested.connect(self.show_procedure)
            self._list.back_requested.connect(self.window.show_start)
        return self._list

    @property
    def screen(self) -> ProcedureScreen:
        if self._screen is None:
            from neuromod_aid.ui.checklist import ProcedureScreen

            self._screen = ProcedureScreen(self.window.services)
            self.window.stack.addWidget(self._screen)
            self._screen.back_requested.connect(self.show_procedures)
            self._screen.consultation_requested.connect(self.window.open_consultation)
            self._screen.review_requested.connect(self.show_review)
        return self._screen

    @property
    def review(self) -> TrialReviewScreen:
        if self._review is None:
            from neuromod_aid.ui.trial_review import TrialReviewScreen

            self._review = TrialReviewScreen(self.window.services)
            self.window.stack.addWidget(self._review)
            self._review.back_requested.connect(
                lambda: self.show_procedure(self.review.consultation_id or 0)
            )
            self._review.consultation_requested.connect(self.show_procedure)
        return self._review

    def _leave(self) -> bool:
        window = self.window
        if not (window.with_records() and window.leave_consultation()):
            return False
        window.controller.close()
        window.save_action.setEnabled(False)
        window.present_action.setEnabled(False)
        return True

    def show_procedures(self) -> None:
        if not self._leave():
            return
        self.procedures.refresh()
        let_go(self.window.stack)
        self.window.stack.setCurrentWidget(self.procedures)
        self.procedures.list.setFocus()
        self.window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Planned procedures — neuromod-aid")
        )

    def show_procedure(self, consultation_id: int) -> None:
        if not self._leave():
            return
        self.screen.show_procedure(consultation_id)
        rows = self.screen.rows
        if rows:
            let_go(self.window.stack)
        self.window.stack.setCurrentWidget(self.screen)
        if rows:
            rows[0].state.setFocus()
        self.window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{0} — neuromod-aid").format(
                self.screen.heading.text()
            )
        )

    def show_review(self, consultation_id: int) -> None:
        """A trial's review: its diary, the chart, the decision."""
        if not self._leave():
            return
        self.review.show_review(consultation_id)
        self.window.stack.setCurrentWidget(self.review)
        self.review.table.setFocus()
        self.window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{0} — neuromod-aid").format(
                self.review.heading.text()
            )
        )
