"""The clinician of a consultation: chosen from the staff list once the list has
members, typed while it is empty. A name the record holds that is not on the list (typed
before the list had members, or a person retired since) is shown as it is and kept until
another is chosen.

Light (Qt only): the start screen builds it before the records are open.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget


class ClinicianField(QComboBox):
    """A name: one of the staff's, or typed (no staff list yet)."""

    edited = Signal(str)  # the user chose or typed a name (not when set by the program)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # as wide as its form gives it, not as its longest name: a long name (or "… (not on
        # the staff list)" in Spanish) must not push the form past a small screen at 200%
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._names: tuple[str, ...] = ()
        self.activated.connect(lambda _: self.edited.emit(self.text()))
        self.set_names(())
        self.setText(text)

    def set_names(self, names: Sequence[str]) -> None:
        """The staff's names to choose from; none: the name is typed."""
        kept = self.text()
        self._names = tuple(names)
        self.blockSignals(True)
        self.clear()
        self.setEditable(not self._names)
        if (line := self.lineEdit()) is not None:
            line.textEdited.connect(self.edited)
        self.addItems(self._names)
        self.blockSignals(False)
        self.setText(kept)

    def text(self) -> str:
        return self.currentText()

    def setText(self, name: str) -> None:
        """Show ``name``: typed while there is no list; chosen when on the list; else shown
        as it is, not on the list (kept: nothing is chosen in its place)."""
        if self.isEditable():
            self.setEditText(name)
            return
        for index in range(self.count() - 1, len(self._names) - 1, -1):
            self.removeItem(index)  # an earlier name not on the list
        if name and name not in self._names:
            self.addItem(
                QCoreApplication.translate("ClinicianField", "{0} (not on the staff list)").format(
                    name
                ),
                name,
            )
        found = self.findData(name) if name not in self._names else self._names.index(name)
        self.setCurrentIndex(found if name else -1)

    def currentText(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else super().currentText()

    def selectAll(self) -> None:
        if (line := self.lineEdit()) is not None:
            line.selectAll()
