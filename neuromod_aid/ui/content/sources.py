"""A figure's sources in the content editor: chosen from the sources list (searched by
its short citation, full citation or id), or a new one added with its DOI or web
address, authors, year and title. A new source is saved with the figure's draft, as
a part of the same revision (``app.content``), so it is approved with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.app import content_items as items
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.textfold import fold

ID_ROLE = Qt.ItemDataRole.UserRole


class SourcePicker(QWidget):
    changed = Signal()  # the chosen sources changed

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.added: dict[str, dict[str, Any]] = {}  # new sources, by id, not yet saved
        self._chosen: list[str] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a citation"))
        self.search.setAccessibleName(self.tr("Find a source"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sources list: tick the sources of the figure"))
        self.list.itemChanged.connect(self._ticked)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 7)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.doi, self.url, self.authors, self.title = (QLineEdit() for _ in range(4))
        self.year = QSpinBox()
        self.year.setRange(1900, 2100)
        self.year.setValue(2024)
        self.add = QPushButton(self.tr("A&dd this source"))
        self.add.clicked.connect(self.add_source)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("DOI"), self.doi),
            (self.tr("Web address"), self.url),
            (self.tr("Authors"), self.authors),
            (self.tr("Year"), self.year),
            (self.tr("Title"), self.title),
        ):
            form.addRow(text, widget)
        form.addRow("", self.add)
        form.addRow("", self.problem)
        new = QGroupBox(self.tr("A source not on the list"))
        new.setLayout(form)
        find = QLabel(self.tr("Find a so&urce"))
        find.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(find)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(new)
        self._fill()

    def _sources(self) -> list[tuple[str, str, str]]:
        """(id, short, citation) of every source: the list's, then the ones added."""
        found = [(s.id, s.short, s.citation) for s in self.catalog.sources]
        return found + [(d["id"], d["short"], d["citation"]) for d in self.added.values()]

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        every = self._sources()
        chosen_first = sorted(every, key=lambda source: source[0] not in self._chosen)
        for source_id, short, citation in chosen_first:
            item = QListWidgetItem(f"{short} — {citation}")
            item.setData(ID_ROLE, source_id)
            item.setToolTip(citation)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = source_id in self._chosen
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._name_chosen()

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            found = wanted in fold(f"{item.text()} {item.data(ID_ROLE)}")
            item.setHidden(not found)

    def _ticked(self, item: QListWidgetItem) -> None:
        source_id = str(item.data(ID_ROLE))
        on = item.checkState() == Qt.CheckState.Checked
        if on and source_id not in self._chosen:
            self._chosen.append(source_id)
        elif not on and source_id in self._chosen:
            self._chosen.remove(source_id)
        self._name_chosen()
        self.changed.emit()

    def _name_chosen(self) -> None:
        shorts = {source_id: short for source_id, short, _ in self._sources()}
        names = "; ".join(shorts.get(i, i) for i in self._chosen)
        self.chosen_label.setText(self.tr("Sources of the figure: {0}").format(names or "—"))

    def set_chosen(self, ids: list[str]) -> None:
        self._chosen = list(ids)
        self._fill()

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def new_sources(self) -> list[dict[str, Any]]:
        """The sources added here that the figure cites, to save with it."""
        return [self.added[i] for i in self._chosen if i in self.added]

    def forget_added(self) -> None:
        """Once saved with a draft, the added sources are that draft's."""
        self.added.clear()
        self._fill()

    def add_source(self) -> None:
        taken = {source_id for source_id, _, _ in self._sources()}
        try:
            document = items.new_source(
                authors=self.authors.text(),
                year=self.year.value(),
                title=self.title.text(),
                doi=self.doi.text(),
                url=self.url.text(),
                taken=taken,
            )
        except ValueError as error:
            self.problem.setText(self.tr("Not added: {0}").format(error))
            return
        self.added[document["id"]] = document
        self._chosen.append(document["id"])
        for box in (self.doi, self.url, self.authors, self.title):
            box.clear()
        self.problem.setText(self.tr("Added {0}: saved with the figure.").format(document["short"]))
        self._fill()
        self.changed.emit()
