"""Step 4: the risks of each therapy discussed, in words and as a 10 x 10 picture."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Risk, Therapy
from neuromod_aid.consultation import Consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.present.figures import RiskFigure, audit_line, risk_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.ui.focus import announce
from neuromod_aid.ui.headings import mark_heading
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, hint, scaled_font
from neuromod_aid.ui.widgets.icon_array import IconArray


class RiskRow(QWidget):
    def __init__(
        self,
        therapy: Therapy,
        risk: Risk,
        figure: RiskFigure,
        lang: Lang,
        audit: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.therapy_id, self.risk_id = therapy.id, risk.id
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        name = QLabel(f"<b>{_escape(risk.name(lang))}</b>")
        name.setWordWrap(True)
        text = hint(risk.text(lang))
        counts = figure.picture
        frequency = QLabel(figure.words)
        frequency.setWordWrap(True)
        frequency.setObjectName("frequency")
        self.discussed = QCheckBox(self.tr("Discussed"))
        self.discussed.setAccessibleName(
            self.tr("Discussed: {0} ({1})").format(risk.name(lang), therapy.short_name(lang))
        )
        self.picture = IconArray(total=counts.total if counts else 100)
        if counts is not None:
            self.picture.set_counts(counts.solid, counts.hatched, figure.caption)
        else:  # no picture: the words carry it, large and bold
            self.picture.hide()  # (not setVisible: showing a widget with no parent opens a window)
            frequency.setFont(scaled_font(self, 1.2, bold=True))
            frequency.setObjectName("frequencyOnly")
        caption = hint(figure.caption if figure.caption != figure.words else "")
        if figure.caption == figure.words:
            caption.hide()
        details = [hint(line) for line in (*figure.details, audit) if line]
        words = QVBoxLayout()
        for widget in (name, text, frequency, caption, *details, self.discussed):
            words.addWidget(widget)
        words.addStretch(1)
        picture = QVBoxLayout()
        self.picture_caption = hint(figure.picture_caption)
        if counts is None:
            self.picture_caption.hide()
        picture.addWidget(self.picture_caption)
        picture.addWidget(self.picture)
        picture.addStretch(1)
        grid.addLayout(words, 0, 0)
        grid.addLayout(picture, 0, 1)
        grid.setColumnStretch(0, 1)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class RisksPage(StepPage):
    """The risks of each therapy discussed, under a jump list that stays in place.

    The patient screen follows the risk box that has the keyboard focus while it is
    in view; otherwise the therapy that fills most of the view, or the whole step at
    the top of the page.
    """

    step_id = StepId.RISKS

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.jump_bar = QWidget()
        self.jump_list = QHBoxLayout(self.jump_bar)
        self.jump_list.setContentsMargins(16, 0, 16, 4)
        self.jump_label = QLabel(self.tr("Go to the risks of:"))
        self.jump_list.addWidget(self.jump_label)
        self.jump_list.addStretch(1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.scroll_area), self.jump_bar)
        self.jump_buttons: dict[str, QPushButton] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.intro = hint("")
        self.body_layout.addWidget(self.intro)
        self.legend = hint(
            self.tr(
                "Each picture shows 100 people (1,000 for rarer risks). Filled: people "
                "this happens to. Striped: up to this many. Outlined: people it does not "
                "happen to. Risks rarer than 1 in 100 are given in words only."
            )
        )
        self.body_layout.addWidget(self.legend)
        self.groups_host = QWidget()
        self.groups = QVBoxLayout(self.groups_host)
        self.groups.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.groups_host)
        self.body_layout.addStretch(1)
        self.rows: list[RiskRow] = []
        # what the rows were made for: the options, the language, the catalog (replaced
        # when the clinic's approved content changes)
        self._built_for: tuple[tuple[str, ...], str, Catalog] | None = None
        self._shown: tuple[str, ...] = ()
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._present)

    def title(self) -> str:
        return self.tr("Risks")

    def fill(self, record: Consultation) -> None:
        key = (record.therapies_discussed, record.language, self.services.catalog)
        if key != self._built_for:
            self._rebuild(record)
            self._built_for = key
        for row in self.rows:
            row.discussed.setChecked(record.risk_was_discussed(row.therapy_id, row.risk_id))
        self.intro.setText(
            ""
            if record.therapies_discussed
            else self.tr("No therapy is marked as discussed yet. Mark them in Options.")
        )
        self.intro.setVisible(bool(self.intro.text()))  # no blank line above the legend
        self._present()

    def _rebuild(self, record: Consultation) -> None:
        while self.groups.count():
            item = self.groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for button in self.jump_buttons.values():
            button.hide()
            button.deleteLater()
        self.rows, self.boxes, self.jump_buttons = [], {}, {}
        lang = record.language
        words = Wording(self.services.catalog, lang)
        for therapy_id in record.therapies_discussed:
            therapy = self.services.catalog.therapy(therapy_id)
            jump = QPushButton(therapy.short_name(lang))
            jump.setAccessibleName(self.tr("Go to the risks of {0}").format(therapy.name(lang)))
            jump.setToolTip(therapy.name(lang))
            jump.clicked.connect(lambda _=False, t=therapy_id: self.show_therapy(t))
            self.jump_list.insertWidget(self.jump_list.count() - 1, jump)
            self.jump_buttons[therapy_id] = jump
            # the box has no title but a heading inside it: Orca reads a titled box's
            # every unlinked label (all its risks' text) on entering it
            box = QGroupBox()
            layout = QVBoxLayout(box)
            heading = QLabel(therapy.name(lang))
            heading.setFont(scaled_font(self, 1.1, bold=True))
            mark_heading(heading)
            layout.addWidget(heading)
            mark_all = QPushButton(self.tr("Mark all as discussed"))
            mark_all.setAccessibleName(
                self.tr("Mark all risks of {0} as discussed").format(therapy.name(lang))
            )
            mark_all.clicked.connect(lambda _=False, t=therapy_id: self.mark_all_discussed(t))
            layout.addWidget(mark_all, 0, Qt.AlignmentFlag.AlignLeft)
            for risk in therapy.risks:
                figure = risk_figure(risk, words)
                row = RiskRow(therapy, risk, figure, lang, audit_line(risk, words))
                row.discussed.toggled.connect(self._discussed_changed)
                row.discussed.installEventFilter(self)
                layout.addWidget(row)
                self.rows.append(row)
            self.groups.addWidget(box)
            self.boxes[therapy_id] = box
        self.jump_bar.setVisible(bool(self.jump_buttons))
        self.rows_changed.emit()

    def mark_all_discussed(self, therapy_id: str) -> None:
        """Tick every risk of the therapy at once (each can still be unticked), saved as
        one change."""
        rows = [row for row in self.rows if row.therapy_id == therapy_id]
        for row in rows:
            row.discussed.blockSignals(True)
            row.discussed.setChecked(True)
            row.discussed.blockSignals(False)
        self._discussed_changed()
        record = self.record
        if record is not None:  # a button has no state to say: what it did is said
            name = self.services.catalog.therapy(therapy_id).name(record.language)
            said = self.tr("{0} risks of {1} marked as discussed.").format(len(rows), name)
            announce(self.boxes[therapy_id], said)

    def show_therapy(self, therapy_id: str) -> None:
        """Scroll to the therapy's risks and put the keyboard focus on its first box."""
        box = self.boxes[therapy_id]
        self.scroll_area.verticalScrollBar().setValue(box.mapTo(self.body, QPoint()).y())
        first = next((row for row in self.rows if row.therapy_id == therapy_id), None)
        if first is not None:
            first.discussed.setFocus(Qt.FocusReason.OtherFocusReason)
        self._present()

    def shown_item(self) -> tuple[str, ...]:
        focused = self.window().focusWidget()
        row = next((row for row in self.rows if row.discussed is focused), None)
        if row is not None and self._in_view(row) > 0:
            return (row.therapy_id, row.risk_id)
        if self.scroll_area.verticalScrollBar().value() == 0 or not self.boxes:
            return ()
        return (max(self.boxes, key=lambda t: self._in_view(self.boxes[t])),)

    def _in_view(self, widget: QWidget) -> int:
        """How much of the widget's height is in the visible part of the page, in pixels."""
        top = widget.mapTo(self.body, QPoint()).y()
        view_top = self.scroll_area.verticalScrollBar().value()
        view_bottom = view_top + self.scroll_area.viewport().height()
        return max(0, min(top + widget.height(), view_bottom) - max(top, view_top))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._present()
        return super().eventFilter(watched, event)

    def _present(self) -> None:
        """Tell the patient screen when what it should show here has changed."""
        shown = self.shown_item()
        if shown != self._shown:
            self._shown = shown
            self.presented.emit()

    def _discussed_changed(self) -> None:
        chosen: dict[str, tuple[str, ...]] = {}
        for row in self.rows:
            if row.discussed.isChecked():
                chosen[row.therapy_id] = (*chosen.get(row.therapy_id, ()), row.risk_id)
        self.update_record(
            lambda record: replace(record, risks_discussed=_discussed(record, chosen))
        )


def _discussed(
    record: Consultation, chosen: dict[str, tuple[str, ...]]
) -> FrozenMap[tuple[str, ...]]:
    """The risks ``chosen`` on the step, and those ticked for therapies no longer
    shown (kept, so nothing is lost)."""
    kept = {t: r for t, r in record.risks_discussed.items() if t not in record.therapies_discussed}
    return FrozenMap({**kept, **chosen})
