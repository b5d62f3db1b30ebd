"""On the Options step: what matters to the patient, gone through together.

Each value statement of the content with how much it matters (the answers in the
record's language, as the patient screen and the summary say them), and which option
the patient is leaning towards. Every choice is written to the record at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import IMPORTANCE, Consultation, Importance
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.present.values import importance_words, leaning_choices
from neuromod_aid.present.wording import Wording
from neuromod_aid.ui.steps.base import chars, hint, scaled_font

VALUES_ITEM = "values"  # the Options step's shown item while these are gone through

Change = Callable[[Consultation], Consultation]


class ValuesPanel(QFrame):
    focused = Signal()  # a choice here has the keyboard focus: the patient screen follows

    def __init__(
        self,
        catalog: Callable[[], Catalog],
        update: Callable[[Change], None],
        parent: QWidget | None = None,
    ) -> None:
        """``catalog`` gives the catalog in use: a clinic's approved change of a statement
        reaches the open window (``ui/content_follow.py``)."""
        super().__init__(parent)
        self.catalog = catalog
        self._update = update
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("What &matters to the patient"))
        self.title.setObjectName("cardTitle")
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(
            hint(
                self.tr(
                    "Go through these with the patient: how much does each one matter to "
                    "them? Then ask which option they are leaning towards. The summary "
                    "prints the answers."
                )
            )
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.statements: dict[str, QLabel] = {}
        self.answers: dict[str, QComboBox] = {}
        for row, statement in enumerate(catalog().values):
            label = QLabel()
            label.setWordWrap(True)
            answer = _narrow(QComboBox())
            answer.activated.connect(lambda _i, v=statement.id: self._answered(v))
            label.setBuddy(answer)
            grid.addWidget(label, row, 0)
            grid.addWidget(answer, row, 1)
            self.statements[statement.id] = label
            self.answers[statement.id] = answer
        layout.addLayout(grid)
        first = next(iter(self.answers.values()), None)
        if first is not None:
            self.title.setBuddy(first)
        self.leaning_label = QLabel(self.tr("&Leaning towards"))
        self.leaning_label.setFont(scaled_font(self, 1.0, bold=True))
        self.leaning = _narrow(QComboBox())
        self.leaning.setAccessibleName(self.tr("Option the patient is leaning towards"))
        self.leaning.activated.connect(lambda _i: self._leaning_chosen())
        self.leaning_label.setBuddy(self.leaning)
        layout.addWidget(self.leaning_label)
        layout.addWidget(self.leaning)
        for control in self.focus_widgets():
            control.installEventFilter(self)

    def focus_widgets(self) -> list[QWidget]:
        return [*self.answers.values(), self.leaning]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        return super().eventFilter(watched, event)

    def fill(self, record: Consultation) -> None:
        """The statements and answers in the record's language (the patient reads them)."""
        catalog = self.catalog()
        words = Wording(catalog, record.language)
        answers = importance_words(words)
        for statement in catalog.values:
            if statement.id not in self.statements:  # added since the window opened
                continue
            text = statement.statement(record.language)
            self.statements[statement.id].setText(text)
            combo = self.answers[statement.id]
            combo.setAccessibleName(self.tr("How much it matters: {0}").format(text))
            offered = {"": self.tr("(not asked yet)")} | {i: answers[i] for i in IMPORTANCE}
            _offer(combo, offered, record.values.get(statement.id, ""))
        choices = leaning_choices(record, catalog, words)
        if record.leaning and record.leaning not in choices:  # no longer discussed
            choices[record.leaning] = catalog.therapy(record.leaning).name(record.language)
        _offer(self.leaning, {"": self.tr("(not asked yet)")} | choices, record.leaning)

    def _answered(self, value_id: str) -> None:
        chosen = self.answers[value_id].currentData()
        importance = next((i for i in IMPORTANCE if i == chosen), None)  # None: not asked

        def change(record: Consultation) -> Consultation:
            values: dict[str, Importance] = dict(record.values)
            values.pop(value_id, None)
            if importance is not None:
                values[value_id] = importance
            return replace(record, values=FrozenMap(values))

        self._update(change)

    def _leaning_chosen(self) -> None:
        chosen: str = self.leaning.currentData() or ""
        self._update(lambda record: replace(record, leaning=chosen))


def _offer(combo: QComboBox, choices: Mapping[str, str], chosen: str) -> None:
    """``combo`` offers ``choices`` (data → words), ``chosen`` chosen. Only what differs
    is changed: refilling every drop-down at each step change flooded a screen reader
    with events, and Orca fell behind announcing the field the keyboard reached."""
    now = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    if now != list(choices.items()):
        combo.clear()
        for data, words in choices.items():
            combo.addItem(words, data)
    index = combo.findData(chosen)
    if combo.currentIndex() != index:
        combo.setCurrentIndex(index)


def _narrow(combo: QComboBox) -> QComboBox:
    """A drop-down as wide as its longest choice when there is room, which never widens
    the column of cards (large fonts, Spanish): short of room it may be as narrow as 12
    characters."""
    combo.setMinimumWidth(chars(combo, 12))
    return combo
