"""The next-steps editor: a row per step, one of them marked as agreed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import NextStep
from neuromod_aid.ui.widgets.date_field import DateField, DateKind


class NextStepRow(QWidget):
    changed = Signal()
    remove = Signal(object)

    def __init__(self, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of next step"))
        for kind, label in (
            ("trial_planned", self.tr("Trial planned")),
            ("psychological_assessment", self.tr("Psychological assessment")),
            ("procedure_date", self.tr("Procedure date")),
            ("follow_up", self.tr("Follow-up visit")),
            ("think_it_over", self.tr("Time to think it over")),
            ("other", self.tr("Other")),
        ):
            self.kind.addItem(label, kind)
        self.kind_label = QLabel(self.tr("Kind:"))  # what a screen reader names the list by
        self.kind_label.setBuddy(self.kind)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Next step, in words"))
        self.text.setPlaceholderText(self.tr("What happens, in plain words"))
        self.date = DateField(DateKind.PLANNED, self.tr("No date"))  # its calendar opens at today
        self.date.setAccessibleName(self.tr("Date of the next step"))
        self.grid.addWidget(self.date.message, 2, 0, 1, 6)  # under the row, either way
        self.agreed = QRadioButton(self.tr("Agreed"))
        self.agreed.setAccessibleName(self.tr("This is the agreed next step"))
        group.addButton(self.agreed)
        self.remove_button = QPushButton("✕")
        self.remove_button.setFixedWidth(self.remove_button.sizeHint().height() * 2)
        self.remove_button.setToolTip(self.tr("Remove this next step"))
        self.remove_button.setAccessibleName(self.tr("Remove this next step"))
        self._wide: bool | None = None
        self._arrange(True)
        self.kind.currentIndexChanged.connect(self.changed)
        self.text.textEdited.connect(self.changed)
        self.date.value_changed.connect(self.changed)
        self.agreed.toggled.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))

    def _arrange(self, wide: bool) -> None:
        """One line when the words get room (about 28 characters); else the words below,
        with "Agreed" and the remove button."""
        if wide == self._wide:
            return
        self._wide = wide
        everything: tuple[QWidget, ...] = (
            self.kind_label,
            self.kind,
            self.text,
            self.date,
            self.agreed,
            self.remove_button,
        )
        for widget in everything:
            self.grid.removeWidget(widget)
        if wide:
            for column, widget in enumerate(everything):
                self.grid.addWidget(widget, 0, column)
            self.grid.setColumnStretch(2, 1)
            self.grid.setColumnStretch(4, 0)
        else:  # "Agreed" and the remove button by the words, so a whole date fits above
            for column, widget in enumerate((self.kind_label, self.kind, self.date)):
                self.grid.addWidget(widget, 0, column)
            self.grid.addWidget(self.text, 1, 1)
            self.grid.addWidget(self.agreed, 1, 2)
            self.grid.addWidget(self.remove_button, 1, 3)
            self.grid.setColumnStretch(2, 0)
            self.grid.setColumnStretch(4, 1)
        self.updateGeometry()  # the page's layout takes the row's new smallest width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        others = sum(
            w.sizeHint().width()
            for w in (self.kind_label, self.kind, self.date, self.agreed, self.remove_button)
        )
        room = self.width() - others - self.grid.horizontalSpacing() * 5
        self._arrange(room >= self.text.fontMetrics().averageCharWidth() * 28)

    def set_step(self, step: NextStep) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.kind)))
        self.text.setText(step.text)
        self.date.set_value(step.date)
        self.agreed.setChecked(step.agreed)

    def step(self) -> NextStep:
        return NextStep(
            kind=self.kind.currentData(),
            text=self.text.text().strip(),
            date=self.date.value(),
            agreed=self.agreed.isChecked(),
        )


class NextStepsEditor(QWidget):
    changed = Signal()
    rows_changed = Signal()  # a row was added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.rows: list[NextStepRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(self.tr("Add a next step"))
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button)

    def set_steps(self, steps: tuple[NextStep, ...]) -> None:
        if tuple(row.step() for row in self.rows) == steps:
            return
        for row in list(self.rows):
            self._drop(row)
        for step in steps:
            self._add().set_step(step)

    def steps(self) -> tuple[NextStep, ...]:
        return tuple(row.step() for row in self.rows)

    def _add(self) -> NextStepRow:
        row = NextStepRow(self.group)
        row.changed.connect(self.changed)
        row.remove.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.rows_changed.emit()
        return row

    def _add_clicked(self) -> None:
        row = self._add()
        row.text.setFocus()
        self.changed.emit()

    def _drop(self, row: NextStepRow) -> None:
        self.rows.remove(row)
        self.group.removeButton(row.agreed)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.rows_changed.emit()

    def _remove(self, row: NextStepRow) -> None:
        self._drop(row)
        self.add_button.setFocus()
        self.changed.emit()
