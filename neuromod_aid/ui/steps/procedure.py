"""The planned procedure: what the nurse sheet and the trial diary are made from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import PROCEDURE_KINDS, Consultation, Procedure, ProcedureKind
from neuromod_aid.ui.steps.base import hint, lines, side_by_side
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form
from neuromod_aid.ui.widgets.tick_list import TickOnClick
from neuromod_aid.ui.widgets.time_field import ArrivalField

DEFAULT_TRIAL_DAYS = 7


class ProcedureEditor(QWidget):
    """A tick box "a procedure is planned" and, once ticked, the procedure's details.

    Names come from the catalog in the program's language (``lang``); the record
    keeps catalog ids only.
    """

    changed = Signal()

    def __init__(self, catalog: Catalog, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._kept: Procedure | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.planned = QCheckBox(self.tr("A &procedure is planned"))
        self.planned.setAccessibleName(self.tr("A procedure is planned"))
        layout.addWidget(self.planned)

        self.details = QWidget()
        columns = QHBoxLayout(self.details)
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = columns
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts

        self.therapy = QComboBox()
        self.therapy.setAccessibleName(self.tr("Therapy of the planned procedure"))
        # long therapy names must not widen the page (large fonts): the list shows them whole
        self.therapy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.therapy.setMinimumContentsLength(16)
        for therapy in catalog.therapies:
            self.therapy.addItem(therapy.name(lang), therapy.id)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of procedure"))
        self.kind.addItem(self.tr("Not said"), None)
        for kind in PROCEDURE_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.date = DateField(DateKind.PLANNED, self.tr("No date yet"))
        self.date.setAccessibleName(self.tr("Date of the procedure"))
        self.arrival = ArrivalField()
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place of the procedure"))
        self.place.setPlaceholderText(self.tr("Building, floor, unit"))
        self.place.setMaxLength(300)
        self.trial_days = QSpinBox()
        self.trial_days.setRange(1, 60)
        self.trial_days.setValue(DEFAULT_TRIAL_DAYS)
        self.trial_days.setSuffix(self.tr(" days"))
        self.trial_days.setAccessibleName(self.tr("Trial length in days"))
        self.trial_note = hint("")

        for text, field in (
            (self.tr("&Therapy:"), self.therapy),
            (self.tr("K&ind:"), self.kind),
            (self.tr("&Date:"), self.date),
            (self.tr("&Arrival time:"), self.arrival),
            (self.tr("P&lace:"), self.place),
            (self.tr("T&rial length:"), self.trial_days),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            if isinstance(field, DateField):
                add_to_form(form, label, field)
            else:
                form.addRow(label, field)
            if field is self.arrival:
                form.addRow(self.arrival.problem)
        form.addRow("", self.trial_note)

        thinners_widget = QWidget()
        thinners = QVBoxLayout(thinners_widget)
        thinners.setContentsMargins(0, 0, 0, 0)
        thinners_label = QLabel(self.tr("Bl&ood thinners the patient takes:"))
        self.thinners = QListWidget()
        self.thinners.setItemDelegate(TickOnClick(self.thinners))
        self.thinners.setAccessibleName(self.tr("Blood thinners the patient takes"))
        self.thinners.setAccessibleDescription(
            self.tr("Tick each one the patient takes; press Space to tick.")
        )
        thinners_label.setWordWrap(True)
        thinners_label.setBuddy(self.thinners)
        for thinner in catalog.blood_thinners:
            item = QListWidgetItem(f"{thinner.medicine(lang)} ({thinner.examples(lang)})")
            item.setData(Qt.ItemDataRole.UserRole, thinner.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.thinners.addItem(item)
        # long names wrap (never a sideways scroll bar); every medicine shows at once, with
        # room for a wrapped line or two; it scrolls only past a dozen
        self.thinners.setWordWrap(True)
        self.thinners.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thinners.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = max(1, min(self.thinners.count(), 12)) + 2
        row_height = max(
            self.thinners.sizeHintForRow(0) if self.thinners.count() else 0,
            self.thinners.fontMetrics().height(),
        )
        self.thinners.setFixedHeight(row_height * rows + 2 * self.thinners.frameWidth())
        self.thinners_note = hint(
            self.tr(
                "None ticked means none recorded, not that the patient takes none: the "
                "sheet then asks the patient to call about any blood thinner."
            )
        )
        others_label = QLabel(self.tr("Ot&her blood thinners, not in the list (one per line):"))
        others_label.setWordWrap(True)
        self.other_thinners = _lines_field(self.tr("Other blood thinners, one per line"))
        others_label.setBuddy(self.other_thinners)
        allergies_label = QLabel(
            self.tr("Aller&gies: the allergen and the reaction (one per line):")
        )
        allergies_label.setWordWrap(True)
        self.allergies = _lines_field(self.tr("Allergies, one per line"))
        self.allergies.setPlaceholderText(self.tr("For example: chlorhexidine, rash"))
        allergies_label.setBuddy(self.allergies)
        self.no_allergies = QCheckBox(self.tr("No &known allergies (asked)"))
        thinners.addWidget(thinners_label)
        thinners.addWidget(self.thinners)
        thinners.addWidget(self.thinners_note)
        thinners.addWidget(others_label)
        thinners.addWidget(self.other_thinners)
        thinners.addWidget(allergies_label)
        thinners.addWidget(self.allergies)
        thinners.addWidget(self.no_allergies)
        thinners.addStretch(1)
        # set from the record without writing back (see set_record)
        self._quiet = (
            self.planned,
            self.therapy,
            self.kind,
            self.date,
            self.thinners,
            self.trial_days,
            self.other_thinners,
            self.allergies,
            self.no_allergies,
        )

        columns.addWidget(form_widget, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(thinners_widget, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details)
        self.details.setEnabled(False)

        self.planned.toggled.connect(self._planned_toggled)
        self.therapy.currentIndexChanged.connect(self._therapy_changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.date.value_changed.connect(self.changed)
        self.arrival.changed.connect(self.changed)
        self.place.textEdited.connect(self.changed)
        self.thinners.itemChanged.connect(self.changed)
        self.trial_days.valueChanged.connect(self.changed)
        self.other_thinners.textChanged.connect(self.changed)
        self.allergies.textChanged.connect(self._allergies_changed)
        self.no_allergies.toggled.connect(self._allergies_changed)
        self._show_trial()

    def arrange(self, wide: bool) -> None:
        side_by_side(self.columns, wide)

    # --- record in, record out ----------------------------------------------------------

    def set_record(self, record: Consultation) -> None:
        """Show ``record.procedure`` (or the defaults for ``record`` when none is planned)."""
        if record.procedure == self.procedure() and record.procedure is not None:
            return
        # the nurses' checklist and calls, the trial's diary and decision and the
        # follow-up visits are not edited here: kept as they are
        self._kept = record.procedure
        blockers = [w.blockSignals(True) for w in self._quiet]
        try:
            procedure = record.procedure
            self.planned.setChecked(procedure is not None)
            self.details.setEnabled(procedure is not None)
            if procedure is None:
                self._select_therapy(self.default_therapy(record))
                self.kind.setCurrentIndex(0)
                self.date.clear_value()
                self.arrival.set_value("")
                self.place.clear()
                self._tick(())
                self.trial_days.setValue(DEFAULT_TRIAL_DAYS)
                self.other_thinners.clear()
                self.allergies.clear()
                self.no_allergies.setChecked(False)
            else:
                self._select_therapy(procedure.therapy)
                self.kind.setCurrentIndex(max(0, self.kind.findData(procedure.kind)))
                self.date.set_value(procedure.date)
                self.arrival.set_value(procedure.arrival_time, procedure.arrival_not_understood)
                self.place.setText(procedure.place)
                self._tick(procedure.blood_thinners)
                self.trial_days.setValue(procedure.trial_days)
                _set_lines(self.other_thinners, procedure.other_blood_thinners)
                _set_lines(self.allergies, procedure.allergies)
                self.no_allergies.setChecked(procedure.no_known_allergies)
        finally:
            for widget, blocked in zip(self._quiet, blockers, strict=True):
                widget.blockSignals(blocked)
        self._show_trial()
        self._show_allergies()

    def default_therapy(self, record: Consultation) -> str:
        """The first therapy discussed, else the catalog's first."""
        known = {t.id for t in self.catalog.therapies}
        for therapy_id in record.therapies_discussed:
            if therapy_id in known:
                return therapy_id
        return self.catalog.therapies[0].id if self.catalog.therapies else ""

    def procedure(self) -> Procedure | None:
        if not self.planned.isChecked() or self.therapy.currentData() is None:
            return None
        kind: ProcedureKind | None = self.kind.currentData()
        return Procedure(
            therapy=str(self.therapy.currentData()),
            kind=kind,
            date=self.date.value(),
            arrival_time=self.arrival.time,
            arrival_not_understood=self.arrival.kept,
            place=self.place.text().strip(),
            blood_thinners=self.blood_thinners(),
            other_blood_thinners=lines(self.other_thinners.toPlainText()),
            allergies=lines(self.allergies.toPlainText()),
            no_known_allergies=self.no_allergies.isChecked()
            and not lines(self.allergies.toPlainText()),
            trial_days=self.trial_days.value(),
            checklist=self._kept.checklist if self._kept else (),
            calls=self._kept.calls if self._kept else (),
            diary=self._kept.diary if self._kept else (),
            decision=self._kept.decision if self._kept else None,
            follow_ups=self._kept.follow_ups if self._kept else (),
        )

    def blood_thinners(self) -> tuple[str, ...]:
        """The ticked ids, in the catalog's order."""
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.thinners.item(i) for i in range(self.thinners.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    # --- internals ----------------------------------------------------------------------

    def _select_therapy(self, therapy_id: str) -> None:
        self.therapy.setCurrentIndex(max(0, self.therapy.findData(therapy_id)))

    def _tick(self, ids: tuple[str, ...]) -> None:
        for i in range(self.thinners.count()):
            item = self.thinners.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _trial_used(self) -> bool:
        therapy_id = self.therapy.currentData()
        therapy = next((t for t in self.catalog.therapies if t.id == therapy_id), None)
        return therapy is not None and therapy.trial.used

    def _show_trial(self) -> None:
        used = self._trial_used()
        self.trial_days.setEnabled(used)
        self.trial_note.setText(
            self.tr(
                "With a “Trial planned” next step this is the trial: the nurse sheet "
                "gives the trial's rules. Without one, it gives the implant's."
            )
            if used
            else self.tr("This therapy has no trial period: no trial diary.")
        )

    def _show_allergies(self) -> None:
        """Allergies written down and "no known allergies" exclude each other."""
        listed = bool(lines(self.allergies.toPlainText()))
        self.no_allergies.setEnabled(not listed)
        self.allergies.setEnabled(not self.no_allergies.isChecked())

    def _allergies_changed(self) -> None:
        self._show_allergies()
        self.changed.emit()

    def _planned_toggled(self, on: bool) -> None:
        self.details.setEnabled(on)
        self.changed.emit()

    def _therapy_changed(self) -> None:
        self._show_trial()
        self.changed.emit()


def kind_name(kind: ProcedureKind) -> str:
    """A kind of procedure as the staff read it, in the program's language."""
    names = {
        "trial": QCoreApplication.translate("ProcedureEditor", "Trial"),
        "implant": QCoreApplication.translate("ProcedureEditor", "Implant"),
        "revision": QCoreApplication.translate("ProcedureEditor", "Revision"),
        "removal": QCoreApplication.translate("ProcedureEditor", "Removal"),
        "pump_refill": QCoreApplication.translate("ProcedureEditor", "Pump refill"),
        "tms_course": QCoreApplication.translate("ProcedureEditor", "A course of TMS"),
    }
    return names[kind]


def _lines_field(name: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 12)
    return field


def _set_lines(field: QPlainTextEdit, values: tuple[str, ...]) -> None:
    if lines(field.toPlainText()) != values:
        field.setPlainText("\n".join(values))
