"""Step 2: the conditions, the treatments tried, and where it hurts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import Consultation
from neuromod_aid.ui.focus import show_focus
from neuromod_aid.ui.returning import CarriedBanner, confirmed
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, chars, hint, lines, page_room, side_by_side
from neuromod_aid.ui.widgets.body_map import BodyMap

MARKED_CHARS = 22  # the width of the list of areas marked, beside the map
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum width"


class PainPage(StepPage):
    step_id = StepId.PAIN

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        catalog = services.catalog
        # a returning patient's values from their last consultation, until checked
        self.carried = CarriedBanner()
        self.carried.confirm_requested.connect(self._carried_checked)
        self.body_layout.addWidget(self.carried)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        conditions_box = QGroupBox(self.tr("Conditions"))
        conditions = QVBoxLayout(conditions_box)
        self.condition_boxes: dict[str, QCheckBox] = {}
        self.condition_notes: dict[str, QLabel] = {}
        for condition in catalog.conditions:
            box = QCheckBox()
            box.toggled.connect(self._conditions_changed)
            note = hint("")
            note.setContentsMargins(24, 0, 0, 6)
            conditions.addWidget(box)
            conditions.addWidget(note)
            self.condition_boxes[condition.id] = box
            self.condition_notes[condition.id] = note
        left.addWidget(conditions_box)
        tried_box = QGroupBox(self.tr("Treatments already tried"))
        tried = QVBoxLayout(tried_box)
        tried.addWidget(hint(self.tr("One treatment per line.")))
        tried.addWidget(self.printed_in())
        self.tried = QPlainTextEdit()
        self.tried.setAccessibleName(self.tr("Treatments already tried, one per line"))
        self.tried.setTabChangesFocus(True)
        self.tried.setMinimumHeight(90)
        self.tried.textChanged.connect(self._tried_changed)
        tried.addWidget(self.tried)
        left.addWidget(tried_box)
        left.addStretch(1)

        map_box = QGroupBox(self.tr("Where it &hurts"))  # Alt+H: the body map
        map_layout = QVBoxLayout(map_box)
        map_layout.addWidget(
            hint(
                self.tr(
                    "Click an area, or use the arrow keys and Space, to mark it. Home: front, "
                    "End: back; type a name's first letters to go to it."
                )
            )
        )
        self.body_map = BodyMap(catalog)
        self.body_map.setMinimumHeight(360)
        self.body_map.toggled.connect(self._area_toggled)
        # the area the keyboard is on, on screen as well as announced
        self.at_area = hint("")
        self.body_map.moved.connect(self._show_at_area)
        self.marked = hint("")
        self.marked.setAccessibleName(self.tr("Areas marked"))
        # the areas marked beside the map when there is room, so they show with it
        self.map_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.map_row.addWidget(self.body_map, 1)
        self.map_row.addWidget(self.marked, 0, Qt.AlignmentFlag.AlignTop)
        map_layout.addWidget(self.at_area)
        map_layout.addLayout(self.map_row, 1)
        columns.addLayout(left, 1)
        columns.addWidget(map_box, 1)
        self.body_layout.addLayout(columns)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the map needs about 30 characters' width, the conditions about 50 and the
        # list of areas marked about 20 (names wrap)
        room = page_room(self)
        wide = room >= chars(self, 80)
        side_by_side(self.columns, wide)
        beside = (room // 2 if wide else room) >= chars(self, 30 + MARKED_CHARS)
        side_by_side(self.map_row, beside)
        if beside:
            self.marked.setFixedWidth(chars(self, MARKED_CHARS))
        else:
            self.marked.setMinimumWidth(0)
            self.marked.setMaximumWidth(QWIDGETSIZE_MAX)

    def title(self) -> str:
        return self.tr("Pain")

    def fill(self, record: Consultation) -> None:
        lang = record.language
        for condition in self.services.catalog.conditions:
            box = self.condition_boxes[condition.id]
            box.setText(condition.name(lang))
            box.setAccessibleName(condition.name(lang))
            box.setChecked(condition.id in record.conditions)
            self.condition_notes[condition.id].setText(condition.what_it_is(lang))
        if lines(self.tried.toPlainText()) != record.treatments_tried:
            self.tried.setPlainText("\n".join(record.treatments_tried))
        self.body_map.set_selection(record.pain_areas, lang)
        self._show_marked(record)
        self._show_carried(record.private_notes)

    def _show_at_area(self, said: str) -> None:
        self.at_area.setText(self.tr("Keyboard on: {0}").format(said))

    def _show_marked(self, record: Consultation) -> None:
        names = [
            self.services.catalog.pain_area(a).name(record.language) for a in record.pain_areas
        ]
        self.marked.setText(
            "\n".join([self.tr("Marked:"), *(f"• {name}" for name in names)])
            if names
            else self.tr("No area marked yet.")
        )

    def _show_carried(self, notes: str) -> None:
        hidden = self.carried.isHidden()
        self.carried.show_notes(notes)
        if self.carried.isHidden() != hidden:
            self.rows_changed.emit()  # its button joins or leaves Tab's order

    def _carried_checked(self) -> None:
        today = dt.date.today()
        self.update_record(
            lambda record: replace(record, private_notes=confirmed(record.private_notes, today))
        )
        if self.record is not None:
            self._show_carried(self.record.private_notes)
        show_focus(next(iter(self.condition_boxes.values())))  # the button is gone

    def _conditions_changed(self) -> None:
        chosen = tuple(cid for cid, box in self.condition_boxes.items() if box.isChecked())
        self.update_record(lambda record: replace(record, conditions=chosen))

    def _tried_changed(self) -> None:
        self.update_record(
            lambda record: replace(record, treatments_tried=lines(self.tried.toPlainText()))
        )

    def _area_toggled(self, area_id: str, selected: bool) -> None:
        record = self.record
        if record is None:
            return
        areas = [a for a in record.pain_areas if a != area_id]
        if selected:
            areas.append(area_id)
        order = self.body_map.area_ids()
        self.update_record(
            lambda record: replace(record, pain_areas=tuple(sorted(areas, key=order.index)))
        )
        if self.record is not None:
            self._show_marked(self.record)
