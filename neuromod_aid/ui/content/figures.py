"""A risk's or an outcome's figure in the content editor, as fields: its numbers, what
they are out of, the population and time frame in every language, its sources (the
study), a risk's count in the clinic's own audit, and the checks of ``content check``
as it is edited (the figure is a valid one, and its text shows its numbers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from neuromod_aid.app import content_items as items
from neuromod_aid.catalog.clinic import FIRST_YEAR, LAST_YEAR
from neuromod_aid.catalog.figure_checks import plain_number
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.ui.content.sources import SourcePicker

NONE = -1.0  # an optional number's spin box at its minimum: not given
AUDIT = ("count", "total", "first_year", "last_year")  # a risk's clinic_audit


class FigurePanel(QWidget):
    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.languages = tuple(catalog.manifest.languages)
        self.fields: items.FigureFields | None = None
        self.numbers = {
            name: self._number_box(name)
            for name in dict.fromkeys(n for f in items.FIGURES.values() for n in f.numbers)
        }
        self.denominator = QComboBox()
        self.denominator.currentIndexChanged.connect(self.changed)
        names = dict.fromkeys(n for f in items.FIGURES.values() for n in f.texts)
        self.texts: dict[tuple[str, str], QLineEdit] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        labels = self._labels()
        for name, box in self.numbers.items():
            self.form.addRow(labels[name], box)
        self.form.addRow(self.tr("&Out of"), self.denominator)
        self.text_rows: dict[str, QWidget] = {}
        for name in names:
            self.text_rows[name] = holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for lang in self.languages:
                line = QLineEdit()
                language = catalog.manifest.languages[lang].name
                line.setAccessibleName(f"{labels[name].replace('&', '')} ({language})")
                line.setPlaceholderText(language)
                line.textEdited.connect(self.changed)
                self.texts[(name, lang)] = line
                row.addWidget(line)
            label = QLabel(labels[name])
            label.setBuddy(self.texts[(name, self.languages[0])])
            self.form.addRow(label, holder)
        self.audit = QGroupBox(self.tr("Our clinic's own &audit of this risk"))
        self.audit.setCheckable(True)
        self.audit.toggled.connect(self.changed)
        self.audit_numbers = {name: QSpinBox() for name in AUDIT}
        counts = QFormLayout(self.audit)
        for name, text in (
            ("count", self.tr("How many had it")),
            ("total", self.tr("Out of how many")),
            ("first_year", self.tr("From the year")),
            ("last_year", self.tr("To the year")),
        ):
            counter = self.audit_numbers[name]
            years = name.endswith("year")
            counter.setRange(*((FIRST_YEAR, LAST_YEAR) if years else (0, 1_000_000)))
            counter.valueChanged.connect(self.changed)
            counts.addRow(text, counter)
        self.form.addRow(self.audit)
        self.sources = SourcePicker(catalog)
        self.sources.changed.connect(self.changed)
        self.form.addRow(self.sources)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.check.setAccessibleName(self.tr("Checks of the figure"))
        self.form.addRow(self.check)

    def _labels(self) -> dict[str, str]:
        return {
            "frequency_low": self.tr("&Lowest figure"),
            "frequency_high": self.tr("&Highest figure"),
            "rate_treatment": self.tr("With the t&reatment"),
            "rate_comparator": self.tr("In the com&parison group"),
            "timeframe": self.tr("Over what t&ime"),
            "population": self.tr("In &what people"),
        }

    def _number_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        optional = any(name in f.optional for f in items.FIGURES.values())
        box.setRange(NONE if optional else 0, 100_000)
        box.setDecimals(2)
        if optional:
            box.setSpecialValueText(self.tr("none"))
        box.valueChanged.connect(self.changed)
        return box

    def show_part(self, entry: items.Entry, part: Mapping[str, Any]) -> None:
        """Fill the fields from ``part`` (a risk or an outcome); only its own show."""
        self.fields = fields = entry.figure
        if fields is None:
            return
        for name, box in self.numbers.items():
            self._show_row(box, name in fields.numbers)
            box.blockSignals(True)
            value = part.get(name)
            box.setValue(NONE if value is None else float(value))
            box.blockSignals(False)
        self.denominator.blockSignals(True)
        self.denominator.clear()
        for value in fields.denominators:
            self.denominator.addItem(f"{value:,}", value)
        self.denominator.setCurrentIndex(fields.denominators.index(part["denominator"]))
        self.denominator.blockSignals(False)
        for name, holder in self.text_rows.items():
            self._show_row(holder, name in fields.texts)
        for (name, lang), line in self.texts.items():
            text: Mapping[str, str] = part.get(name) or {}
            line.setText(text.get(lang, ""))
        self.sources.set_chosen(list(part.get("sources", [])))
        self._show_row(self.audit, entry.group == "risk")
        audit: Mapping[str, int] = part.get("clinic_audit") or {}
        self.audit.blockSignals(True)
        self.audit.setChecked(bool(audit))
        self.audit.blockSignals(False)
        this_year = dt.date.today().year
        for name, counter in self.audit_numbers.items():
            counter.blockSignals(True)
            counter.setValue(audit.get(name, this_year if name.endswith("year") else 0))
            counter.blockSignals(False)

    def _show_row(self, widget: QWidget, shown: bool) -> None:
        position: tuple[int, Any] = self.form.getWidgetPosition(widget)  # type: ignore[assignment]
        self.form.setRowVisible(position[0], shown)

    def edited(self, part: Mapping[str, Any]) -> dict[str, Any]:
        """``part`` with the fields as set."""
        changed = dict(part)
        fields = self.fields
        if fields is None:
            return changed
        for name in fields.numbers:
            value = self.numbers[name].value()
            given = None if value == NONE else int(value) if value.is_integer() else value
            if given is not None or name in part:
                changed[name] = given
        changed["denominator"] = self.denominator.currentData()
        for name in fields.texts:
            texts = {lang: self.texts[(name, lang)].text().strip() for lang in self.languages}
            empty = not any(texts.values())
            if empty and name in fields.optional_texts:
                changed[name] = None
            else:
                changed[name] = texts
        changed["sources"] = self.sources.chosen()
        if "clinic_audit" in part or self.audit.isChecked():
            checked = self.audit.isChecked()
            audit = {name: counter.value() for name, counter in self.audit_numbers.items()}
            changed["clinic_audit"] = audit if checked else None
        return changed

    def show_check(self, check: items.FigureCheck) -> None:
        names = self.catalog.manifest.languages
        if check.invalid:
            self.check.setText(self.tr("Not a figure that can be saved: {0}").format(check.invalid))
            return
        lines = [
            self.tr("The {0} text does not show {1} ({2}).").format(
                names[lang].name, plain_number(value), field
            )
            for lang, field, value in check.unshown
        ]
        self.check.setText("\n".join(lines) or self.tr("The figure matches its text."))
