"""Amending a finished consultation: who does it and why, both required."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class AmendDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend a finished consultation"))
        intro = QLabel(
            self.tr(
                "The consultation was finished and its documents may have been handed out. "
                "Each printed version stays on record; this change is recorded with your "
                "name, the time and the reason."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Who is amending"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        form = QFormLayout()
        for text, field in ((self.tr("&Your name"), self.name), (self.tr("&Why"), self.reason)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def answer(self) -> tuple[str, str] | None:
        name, reason = self.name.text().strip(), self.reason.toPlainText().strip()
        return (name, reason) if name and reason else None

    def accept(self) -> None:
        if self.answer() is None:
            self.problem.setText(self.tr("Both your name and the reason are needed."))
            return
        super().accept()
