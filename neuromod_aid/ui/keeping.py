"""Keeping the record safe: what was open when the program stopped, leaving with
changes not saved, finishing and amending, and consultation files.

Nothing is changed behind the clinician's back and nothing is lost: every way out
of a consultation with unsaved changes asks, and a finished consultation changes
only through an amendment that records who and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from neuromod_aid.app.errors import escaped
from neuromod_aid.errors import NotAllowed, NotFound, PatientMismatch
from neuromod_aid.records import identified
from neuromod_aid.ui.settings import CLINICIAN_NAME

if TYPE_CHECKING:
    from neuromod_aid.ui.main_window import MainWindow


class Keeping(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def offer_recovery(self) -> bool:
        """After a crash or a kill: offer exactly what was being edited.

        Changes a failed save had kept come first (they are newer than the
        database); else the consultation the stopped program had open."""
        for unsaved in self.window.recovery.unsaved():
            if self.window.dialogs.ask(
                self.tr("Restore unsaved changes?"),
                self.tr(
                    "Changes to the consultation with {0} on {1} could not be saved last "
                    "time. Restore them and save them now?"
                ).format(unsaved.record.patient.name, unsaved.record.date.isoformat()),
            ):
                self.window.controller.restore(unsaved)
                return True
        interrupted = self.window.recovery.interrupted()
        if interrupted is None:
            return False
        self.window.recovery.stopped_editing()
        from neuromod_aid.consultation import ConsultationError  # loaded by now

        try:
            stored = self.window.services.consultations.load(interrupted)
        except (NotFound, ConsultationError):  # gone, or unreadable: opened only on request
            return False
        if self.window.dialogs.ask(
            self.tr("Continue?"),
            self.tr(
                "The program stopped while the consultation with {0} on {1} was open. "
                "Everything typed until a moment before was saved. Continue it now?"
            ).format(stored.record.patient.name, stored.record.date.isoformat()),
        ):
            self.window.controller.open(stored.id)
            return True
        return False

    def open(self, consultation_id: int) -> None:
        """Open a stored consultation; one whose stored record cannot be read (damaged
        in the database) is said so and left as it is, and every other still opens."""
        from neuromod_aid.consultation import ConsultationError  # loaded by now

        try:
            self.window.controller.open(consultation_id)
        except ConsultationError as error:
            self.window.dialogs.warn(
                self.tr("This consultation cannot be opened"),
                self.tr(
                    "Its stored record cannot be read ({0}). It was left as it is in the "
                    "patient records; every other consultation opens as usual."
                ).format(escaped(error.problems[0])),
            )

    def leave_consultation(self) -> bool:
        """Make sure nothing unsaved is left behind; False to stay where we are.

        When the changes cannot be saved the user chooses: try again, save them as a
        file elsewhere, or discard them (asked twice)."""
        if not self.window.attached:
            return True
        while not self.window.controller.flush():
            record = self.window.controller.record
            assert record is not None
            problem = self.window.controller.problem
            reason = self.window.save_banner.reason(problem) if problem else ""
            answer = self.window.dialogs.choose(
                self.tr("Changes not saved"),
                self.tr(
                    "{0}\n\nThe latest changes to the consultation with {1} are not in the "
                    "patient records yet."
                ).format(reason, record.patient.name),
                [
                    ("retry", self.tr("Try again")),
                    ("file", self.tr("Save as a file…")),
                    ("discard", self.tr("Discard the changes…")),
                    ("stay", self.tr("Go back")),
                ],
            )
            if answer == "file":
                if self.save_file():
                    return True
            elif answer == "discard":
                if self.window.dialogs.ask(
                    self.tr("Discard the changes?"),
                    self.tr(
                        "The changes to the consultation with {0} that are not saved will be "
                        "lost. Discard them?"
                    ).format(record.patient.name),
                    risky=True,
                ):
                    self.window.controller.discard_changes()
                    return True
            elif answer != "retry":
                return False
        return True

    def finish(self) -> None:
        record = self.window.controller.record
        if record is None or self.window.controller.finished:
            return
        if not self.window.dialogs.ask(
            self.tr("Finish the consultation?"),
            self.tr(
                "Finish the consultation with {0}? It is then kept as it is now and opens "
                "read-only; changing it later is an amendment, recorded with who and why."
            ).format(record.patient.name),
        ):
            return
        if self.window.controller.finish():
            self.window.show_start()

    def amend(self) -> None:
        working = self.window.services.staff.working.name if self.window.with_records() else ""
        # the person working signs the amendment; with no staff list, the name last typed
        answer = self.window.dialogs.amendment(working or CLINICIAN_NAME.get(self.window.settings))
        if answer is not None:
            self.window.controller.amend(*answer)
            self.window.statusBar().showMessage(
                self.tr("The consultation can be changed again."), 8000
            )

    def open_file(self) -> None:
        from neuromod_aid.consultation import ConsultationError, parse_consultation

        if not self.window.with_records():
            return
        path = self.window.dialogs.open_file(
            self.tr("Open a consultation file"),
            self.window.location.exports_dir,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return
        try:
            record = parse_consultation(
                path.read_text(encoding="utf-8"), self.window.services.catalog
            )
        except (OSError, UnicodeDecodeError) as error:
            self.window.dialogs.warn(self.tr("Not opened"), str(error))
            return
        except ConsultationError as error:
            self.window.dialogs.warn(
                self.tr("Not opened"),
                self.tr("The file is not a valid consultation:\n{0}").format(
                    "\n".join(error.problems[:8])
                ),
            )
            return
        if self.window.leave_consultation() and self.window.dialogs.ask(
            self.tr("Open a consultation file"),
            self.tr(
                "Open {0} as a new, unfinished consultation for {1}? It is a copy: the "
                "consultations already stored are not changed."
            ).format(path.name, record.patient.name),
        ):
            try:
                self.window.controller.bring_in(record)
            except NotAllowed:
                self.window.dialogs.warn(
                    self.tr("Not opened"),
                    self.tr(
                        "Not opened: this file records which risks were discussed, where the "
                        "patient is leaning or the trial's decision. Only a physician can "
                        "bring those in: ask a physician to open the file."
                    ),
                )
            except PatientMismatch as error:
                given = record.patient
                self.window.dialogs.warn(
                    self.tr("Not opened"),
                    self.tr(
                        "Not opened: in the patient records, record number {0} belongs to "
                        "{1}, but the file gives {2}. One number cannot name two people: "
                        "check the file."
                    ).format(
                        error.record_number,
                        error.stored,
                        identified(given.name, given.record_number, given.birth_date),
                    ),
                )

    def save_file(self) -> bool:
        """Save the consultation on screen as a file; True if it was written."""
        from neuromod_aid.ui.documents import file_stem

        record = self.window.controller.record
        if record is None:
            return False
        suggested = self.window.location.exports_dir / (
            file_stem("consultation", record, self.window.services.catalog) + ".json"
        )
        path = self.window.dialogs.save_file(
            self.tr("Save the consultation as a file"),
            suggested,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return False
        try:
            self.window.controller.save_as_file(path)
        except OSError as error:
            self.window.dialogs.warn(self.tr("Not saved"), str(error.strerror or error))
            return False
        self.window.statusBar().showMessage(self.tr("Saved as {0}").format(str(path)), 8000)
        return True
