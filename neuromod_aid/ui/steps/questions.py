"""Step 5: the patient's questions, notes, next steps, the planned procedure, SURE, teach-back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import SURE_FIELDS, Consultation, SureAnswers, TeachBackPoint
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, chars, hint, lines, page_room, side_by_side
from neuromod_aid.ui.steps.next_steps import NextStepsEditor
from neuromod_aid.ui.steps.procedure import ProcedureEditor
from neuromod_aid.ui.wording import sure_questions


class QuestionsPage(StepPage):
    step_id = StepId.QUESTIONS

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        top = QHBoxLayout()
        questions_box = QGroupBox(self.tr("The patient's questions"))
        questions = QVBoxLayout(questions_box)
        questions.addWidget(hint(self.tr("One question per line. They go on the summary.")))
        questions.addWidget(self.printed_in())
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(self.tr("The patient's questions, one per line"))
        self.questions.setTabChangesFocus(True)
        self.questions.textChanged.connect(self._questions_changed)
        questions.addWidget(self.questions)
        notes_box = QGroupBox(self.tr("Notes"))
        notes = QVBoxLayout(notes_box)
        patient_label = QLabel(self.tr("Notes &for the patient (printed on the summary)"))
        patient_label.setWordWrap(True)
        self.patient_notes = QPlainTextEdit()
        self.patient_notes.setAccessibleName(self.tr("Notes for the patient"))
        self.patient_notes.setTabChangesFocus(True)
        self.patient_notes.textChanged.connect(self._notes_changed)
        patient_label.setBuddy(self.patient_notes)
        private_label = QLabel(
            self.tr("Pri&vate notes (never printed, never on the patient screen)")
        )
        private_label.setWordWrap(True)
        self.private_notes = QPlainTextEdit()
        self.private_notes.setAccessibleName(self.tr("Private notes"))
        self.private_notes.setAccessibleDescription(
            self.tr("Never printed and never shown on the patient screen")
        )
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.textChanged.connect(self._notes_changed)
        private_label.setBuddy(self.private_notes)
        notes.addWidget(patient_label)
        notes.addWidget(self.printed_in())
        notes.addWidget(self.patient_notes)
        notes.addWidget(private_label)
        notes.addWidget(self.private_notes)
        top.addWidget(questions_box)
        top.addWidget(notes_box)
        self.body_layout.addLayout(top)
        self.top = top

        steps_box = QGroupBox(self.tr("Next steps"))
        steps = QVBoxLayout(steps_box)
        steps.addWidget(hint(self.tr("Mark the one agreed at the end of the visit.")))
        steps.addWidget(self.printed_in())
        self.next_steps = NextStepsEditor()
        self.next_steps.changed.connect(self._steps_changed)
        self.next_steps.rows_changed.connect(self.rows_changed)
        steps.addWidget(self.next_steps)
        self.body_layout.addWidget(steps_box)

        procedure_box = QGroupBox(self.tr("Planned procedure"))
        procedure = QVBoxLayout(procedure_box)
        procedure.addWidget(
            hint(self.tr("Needed for the nurse sheet and the trial diary on the Summary step."))
        )
        self.procedure = ProcedureEditor(services.catalog, services.ui_lang)
        self.procedure.changed.connect(self._procedure_changed)
        procedure.addWidget(self.procedure)
        self.body_layout.addWidget(procedure_box)

        sure_box = QGroupBox(self.tr("SURE test: ask the patient"))
        grid = QGridLayout(sure_box)
        self.sure_groups: dict[str, QButtonGroup] = {}
        self.sure_labels: list[QLabel] = []
        for row, (field, meaning) in enumerate(
            zip(SURE_FIELDS, self.sure_questions(), strict=True)
        ):
            # the words read to the patient follow the summary language (see fill)
            label = QLabel(meaning)
            label.setWordWrap(True)
            label.setToolTip(meaning)
            self.sure_labels.append(label)
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idToggled.connect(self._sure_changed)
            self.sure_groups[field] = group
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        grid.setColumnStretch(0, 1)
        self.sure_result = QLabel()
        self.sure_result.setWordWrap(True)
        self.sure_result.setObjectName("sureResult")
        self.sure_result.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.sure_result, len(SURE_FIELDS), 0, 1, 3)
        self.body_layout.addWidget(sure_box)

        teach_box = QGroupBox(self.tr("Teach-back: the patient explains in their own words"))
        teach = QVBoxLayout(teach_box)
        self.teach_rows_layout = QVBoxLayout()
        teach.addLayout(self.teach_rows_layout)
        self.teach_rows: list[tuple[QWidget, QLineEdit, QCheckBox]] = []
        self.add_point = QPushButton(self.tr("Add a teach-back point"))
        self.add_point.clicked.connect(self._add_point_clicked)
        teach.addWidget(self.add_point)
        self.body_layout.addWidget(teach_box)
        self.body_layout.addStretch(1)

    def sure_questions(self) -> tuple[str, ...]:
        return (
            self.tr("Sure of myself: do you feel SURE about the best choice for you?"),
            self.tr("Understand information: do you know the benefits and risks of each option?"),
            self.tr(
                "Risk-benefit ratio: are you clear about which benefits and risks matter most to you?"  # noqa: E501
            ),
            self.tr("Encouragement: do you have enough support and advice to make a choice?"),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side_by_side(self.top, page_room(self) >= chars(self, 70))
        self.procedure.arrange(page_room(self) >= chars(self, 90))

    def title(self) -> str:
        return self.tr("Questions and check")

    def fill(self, record: Consultation) -> None:
        if lines(self.questions.toPlainText()) != record.patient_questions:
            self.questions.setPlainText("\n".join(record.patient_questions))
        for edit, text in (
            (self.patient_notes, record.notes_for_patient),
            (self.private_notes, record.private_notes),
        ):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self.next_steps.set_steps(record.next_steps)
        self.procedure.set_record(record)
        self._ask_in(record.language)
        for field, group in self.sure_groups.items():
            value = getattr(record.sure, field)
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(value is not None and group.id(button) == int(value))
            group.setExclusive(True)
        self._show_sure(record.sure)
        if tuple(self._points()) != record.teach_back:
            for widget, _, _ in self.teach_rows:
                self.teach_rows_layout.removeWidget(widget)
                widget.deleteLater()
            self.teach_rows = []
            for point in record.teach_back:
                self._add_point(point)

    # --- questions, notes and next steps -------------------------------------------

    def _questions_changed(self) -> None:
        self.update_record(
            lambda record: replace(record, patient_questions=lines(self.questions.toPlainText()))
        )

    def _notes_changed(self) -> None:
        self.update_record(
            lambda record: replace(
                record,
                notes_for_patient=self.patient_notes.toPlainText(),
                private_notes=self.private_notes.toPlainText(),
            )
        )

    def _steps_changed(self) -> None:
        self.update_record(lambda record: replace(record, next_steps=self.next_steps.steps()))

    def _procedure_changed(self) -> None:
        self.update_record(lambda record: replace(record, procedure=self.procedure.procedure()))

    # --- SURE ----------------------------------------------------------------------

    def _ask_in(self, lang: str) -> None:
        """The SURE questions as read to the patient: in the summary's language."""
        questions = sure_questions(self.services.catalog.words(lang))
        for label, group, question in zip(
            self.sure_labels, self.sure_groups.values(), questions, strict=True
        ):
            label.setText(question)
            yes, no = group.button(1), group.button(0)
            yes.setAccessibleName(self.tr("Yes: {0}").format(question))
            no.setAccessibleName(self.tr("No: {0}").format(question))

    def _sure_changed(self) -> None:
        answers = {}
        for field, group in self.sure_groups.items():
            checked = group.checkedId()
            answers[field] = None if checked == -1 else bool(checked)
        sure = SureAnswers(**answers)
        self._show_sure(sure)
        self.update_record(lambda record: replace(record, sure=sure))

    def _show_sure(self, sure: SureAnswers) -> None:
        if not sure.complete:
            self.sure_result.setText(self.tr("Score: not finished yet."))
            self.sure_result.setProperty("warning", False)
        elif sure.flags_conflict:
            self.sure_result.setText(
                "⚠ "
                + self.tr(
                    "Score {0} of 4: the patient may be unsure. Offer more time, more "
                    "information or another visit before deciding."
                ).format(sure.score)
            )
            self.sure_result.setProperty("warning", True)
        else:
            self.sure_result.setText(
                "✓ " + self.tr("Score 4 of 4: the patient feels ready to decide.")
            )
            self.sure_result.setProperty("warning", False)
        self.sure_result.style().unpolish(self.sure_result)
        self.sure_result.style().polish(self.sure_result)

    # --- teach-back ----------------------------------------------------------------

    def _add_point(self, point: TeachBackPoint | None = None) -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLineEdit(point.point if point else "")
        text.setAccessibleName(self.tr("Teach-back point"))
        text.setPlaceholderText(self.tr("What the patient should be able to explain"))
        understood = QCheckBox(self.tr("Understood"))
        understood.setAccessibleName(self.tr("The patient explained this point"))
        understood.setChecked(bool(point and point.understood))
        remove = QPushButton("✕")
        remove.setFixedWidth(remove.sizeHint().height() * 2)
        remove.setToolTip(self.tr("Remove this point"))
        remove.setAccessibleName(self.tr("Remove this point"))
        layout.addWidget(text, 1)
        layout.addWidget(understood)
        layout.addWidget(remove)
        entry = (row, text, understood)
        self.teach_rows.append(entry)
        self.teach_rows_layout.addWidget(row)
        self.rows_changed.emit()
        text.textEdited.connect(self._points_changed)
        understood.toggled.connect(self._points_changed)
        remove.clicked.connect(lambda: self._remove_point(entry))
        return text

    def _add_point_clicked(self) -> None:
        self._add_point().setFocus()

    def _remove_point(self, entry: tuple[QWidget, QLineEdit, QCheckBox]) -> None:
        self.teach_rows.remove(entry)
        self.teach_rows_layout.removeWidget(entry[0])
        entry[0].deleteLater()
        self.rows_changed.emit()
        self.add_point.setFocus()
        self._points_changed()

    def _points(self) -> list[TeachBackPoint]:
        return [
            TeachBackPoint(point=text.text().strip(), understood=box.isChecked())
            for _, text, box in self.teach_rows
            if text.text().strip()
        ]

    def _points_changed(self) -> None:
        self.update_record(lambda record: replace(record, teach_back=tuple(self._points())))
