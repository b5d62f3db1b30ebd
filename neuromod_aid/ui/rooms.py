"""Other exam rooms on the same records: a consultation saved elsewhere since it was
opened here, and the start screen following their saves.

When the controller's save is refused because another program saved the consultation
meanwhile (:attr:`ConsultationController.conflicted`), the clinician chooses: keep
these changes as a new consultation of the patient (the default: nothing is lost),
take the consultation as saved elsewhere, or keep these over it once the differences
were shown. Closing the question leaves the changes kept and the "not saved" bar up.

The start screen's recent consultations are read again when the program comes back to
the front and every :data:`POLL_MS` while it is shown, so another room's work shows;
so are the clinic's content decisions (``ui/content_follow.py``).
"""

from __future__ import annotations

import json
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from neuromod_aid.consultation import Consultation, to_dict
from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.ui.content_follow import ContentFollower

if TYPE_CHECKING:
    from neuromod_aid.ui.main_window import MainWindow

POLL_MS = 30_000
SHOWN_CHARACTERS = 120  # of each side of a difference


def differences(theirs: Consultation, mine: Consultation) -> list[tuple[str, str, str]]:
    """The record's fields that differ: (field, theirs, mine), each value in short."""
    ours, yours = to_dict(theirs), to_dict(mine)
    return [
        (name, _short(ours.get(name)), _short(yours.get(name)))
        for name in ours.keys() | yours.keys()
        if ours.get(name) != yours.get(name)
    ]


def _short(value: object) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= SHOWN_CHARACTERS else shown[: SHOWN_CHARACTERS - 1] + "…"


class Rooms(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.controller.conflicted.connect(self.resolve)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.follow)
        self.poll.start()
        self.content = ContentFollower(window)  # the clinic's content decided elsewhere

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:  # back from another program
            self.follow()

    def follow(self) -> None:
        """The start screen, if shown, as the records are now; the content, if a
        revision was decided since."""
        self.content.check()
        if self.window.stack.currentWidget() is self.window.start:
            # unreachable now: the lists stay as they were, and the next look tries again
            with suppress(DatabaseUnavailable):
                self.window.start.refresh()

    def resolve(self) -> None:
        controller, dialogs = self.window.controller, self.window.dialogs
        mine, consultation_id = controller.record, controller.consultation_id
        if mine is None or consultation_id is None:
            return
        theirs = controller.consultations.latest(consultation_id).record
        title = self.tr("Saved in another room")
        while True:
            answer = dialogs.choose(
                title,
                self.tr(
                    "The consultation with {0} was saved in another room after you opened "
                    "it here, so your changes were not saved over it. They are kept."
                ).format(mine.patient.name),
                [
                    ("copy", self.tr("Keep &mine as a new consultation")),
                    ("theirs", self.tr("&Reload theirs, dropping mine")),
                    ("mine", self.tr("&Keep mine over theirs…")),
                ],
            )
            if answer != "mine" or dialogs.ask(
                title, self._difference_text(theirs, mine), risky=True
            ):
                break
        if answer is None:
            return
        try:
            if answer == "copy":
                controller.mine_as_copy()
            elif answer == "theirs":
                controller.take_theirs()
            elif not controller.keep_mine():
                return  # refused again (the bar says why; a new conflict asks again)
        except (DatabaseUnavailable, RecordRejected):
            dialogs.warn(title, self.tr("Not saved: your changes are still kept here."))
            return
        self.window.save_banner.hide()
        self.window.saved_label.setText("")

    def _difference_text(self, theirs: Consultation, mine: Consultation) -> str:
        lines = [
            self.tr("{0}: theirs “{1}”, yours “{2}”").format(name, old, new)
            for name, old, new in sorted(differences(theirs, mine))
        ]
        return "\n".join(
            [self.tr("Yours will replace theirs in these parts of the record:"), *lines]
        )
