"""A returning patient's new consultation: what carries over from their last one.

The patient's record (``ui/patient_view.py``) offers to start the new consultation
with the conditions, pain areas and treatments tried of their latest consultation,
naming exactly what and from when. Nothing carried over is silent: a line of the
record's private notes (never printed, never on the patient screen) says where it came
from and that it is not yet checked with the patient, and while it says so the Pain
step shows it with a button to confirm, which rewrites the line as checked.
Allergies and blood thinners are safety data and are never carried: what was recorded
last time is named on the Pain step, to be asked again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from neuromod_aid.preparation import blood_thinner_names
from neuromod_aid.ui.focus import say_under

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.records import PatientRecord
    from neuromod_aid.ui.services import Services

DATE = r"\d{4}-\d{2}-\d{2}"


def _unchecked() -> str:
    return QCoreApplication.translate(
        "Returning",
        "Carried over from the consultation of {0}: conditions, pain areas and treatments "
        "tried. Not yet checked with the patient.",
    )


def _checked() -> str:
    return QCoreApplication.translate(
        "Returning",
        "Carried over from the consultation of {0}: conditions, pain areas and treatments "
        "tried. Checked with the patient on {1}.",
    )


def _safety() -> str:
    return QCoreApplication.translate(
        "Returning",
        "Recorded on {0}, not carried over, ask again: allergies: {1}; blood thinners: {2}.",
    )


@dataclass(frozen=True)
class Earlier:
    """A patient's latest consultation, as the new one may start from it."""

    consultation_id: int
    on: dt.date
    record: Consultation

    def carries(self) -> bool:
        record = self.record
        return bool(record.conditions or record.pain_areas or record.treatments_tried)

    def offer(self, catalog: Catalog, lang: str) -> tuple[str, str]:
        """The box that offers carrying over, and what it brings, in the program's
        language (the treatments as they were typed)."""
        record = self.record
        said = [
            (
                QCoreApplication.translate("Returning", "Conditions"),
                [catalog.condition(c).name(lang) for c in record.conditions],
            ),
            (
                QCoreApplication.translate("Returning", "Pain areas"),
                [catalog.pain_area(a).name(lang) for a in record.pain_areas],
            ),
            (
                QCoreApplication.translate("Returning", "Treatments tried"),
                list(record.treatments_tried),
            ),
        ]
        what = "\n".join(f"{kind}: {', '.join(names)}" for kind, names in said if names)
        return QCoreApplication.translate(
            "Returning", "Carr&y over from the consultation of {0}:"
        ).format(self.on.isoformat()), what


def latest(services: Services, shown: PatientRecord) -> Earlier | None:
    """The patient's newest consultation not archived, if it has anything to carry."""
    overview = next((c for c in shown.consultations if not c.archived), None)
    if overview is None:
        return None
    record = services.consultations.load(overview.id).record
    earlier = Earlier(overview.id, overview.consulted_on, record)
    return earlier if earlier.carries() else None


def _safety_line(earlier: Earlier, catalog: Catalog) -> str:
    """What was recorded last time about allergies and blood thinners: asked again."""
    procedure = earlier.record.procedure
    if procedure is None:
        return ""
    thinners = blood_thinner_names(procedure, catalog, earlier.record.language)
    allergies = list(procedure.allergies)
    if procedure.no_known_allergies:
        allergies.append(QCoreApplication.translate("Returning", "no known allergies"))
    if not (thinners or allergies):
        return ""
    return _safety().format(
        earlier.on.isoformat(), ", ".join(allergies) or "—", ", ".join(thinners) or "—"
    )


def carry_over(services: Services, earlier: Earlier) -> None:
    """Start the consultation just begun with what ``earlier`` recorded, and say so."""
    before = earlier.record
    said = [_unchecked().format(earlier.on.isoformat()), _safety_line(earlier, services.catalog)]

    def carried(record: Consultation) -> Consultation:
        notes = "\n".join(line for line in (*said, record.private_notes) if line)
        return replace(
            record,
            conditions=before.conditions,
            pain_areas=before.pain_areas,
            treatments_tried=before.treatments_tried,
            private_notes=notes,
        )

    services.controller.update(carried)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.escape(template).replace(r"\{0\}", f"({DATE})").replace(r"\{1\}", DATE)
    return re.compile(f"^{parts}$", re.MULTILINE)


def unchecked_lines(notes: str) -> list[str]:
    """The lines of the private notes about values carried over and not yet checked,
    then the safety lines that came with them."""
    found = [m.group(0) for m in _pattern(_unchecked()).finditer(notes)]
    opening = _safety().split("{0}")[0]
    return found + [line for line in notes.splitlines() if found and line.startswith(opening)]


def confirmed(notes: str, today: dt.date) -> str:
    """The notes with each carried-over line marked as checked with the patient today."""
    return _pattern(_unchecked()).sub(
        lambda m: _checked().format(m.group(1), today.isoformat()), notes
    )


class CarriedBanner(QFrame):
    """On the Pain step while values carried over are not yet checked: what, from
    when, and the button that records the check."""

    confirm_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carried")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.confirm = QPushButton(self.tr("Chec&ked with the patient"))
        self.confirm.clicked.connect(self.confirm_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_notes(self, notes: str) -> None:
        lines = unchecked_lines(notes)
        self.setVisible(bool(lines))
        if lines:
            lines.append(
                self.tr("Check each with the patient below and change what is no longer right.")
            )
        say_under(self.confirm, self.text, "\n".join(lines))
