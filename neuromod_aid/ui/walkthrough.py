"""The consultation view: the step list on the left, one page per step on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import Consultation
from neuromod_aid.ui.banners import FinishedBanner
from neuromod_aid.ui.focus import (
    in_view,
    let_go,
    reading_stops,
    set_tab_order,
    show_focus,
    tab_chain,
)
from neuromod_aid.ui.headings import mark_silent
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, scaled_font
from neuromod_aid.ui.steps.options import OptionsPage
from neuromod_aid.ui.steps.pain import PainPage
from neuromod_aid.ui.steps.patient import PatientPage
from neuromod_aid.ui.steps.questions import QuestionsPage
from neuromod_aid.ui.steps.risks import RisksPage
from neuromod_aid.ui.steps.summary import SummaryPage


class Walkthrough(QWidget):
    step_changed = Signal(int)
    amend_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_page = PatientPage(services)
        self.pain_page = PainPage(services)
        self.options_page = OptionsPage(services)
        self.risks_page = RisksPage(services)
        self.questions_page = QuestionsPage(services)
        self.summary_page = SummaryPage(services)
        self.pages: list[StepPage] = [
            self.patient_page,
            self.pain_page,
            self.options_page,
            self.risks_page,
            self.questions_page,
            self.summary_page,
        ]
        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(self.tr("Steps of the consultation"))
        self.stack = QStackedWidget()
        mark_silent(self.stack)
        for page in self.pages:
            self.stack.addWidget(page)
            self.steps.addItem("")
        self.back_button = QPushButton("← " + self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next") + " →")
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.finished_banner = FinishedBanner()
        self.finished_banner.amend_requested.connect(self.amend_requested)
        right = QVBoxLayout()
        right.addWidget(self.finished_banner)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        self.retitle()
        self.order_tabs()
        for page in self.pages:
            page.rows_changed.connect(self.order_tabs)
        self.steps.currentRowChanged.connect(self._go)
        self.back_button.clicked.connect(lambda: self.go(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go(self.current + 1))
        for index in range(len(self.pages)):
            self._step_key(f"Alt+{index + 1}").activated.connect(
                lambda i=index: self.go_to_field(i)
            )
        self._step_key("Ctrl+PgDown").activated.connect(lambda: self.go_to_field(self.current + 1))
        self._step_key("Ctrl+PgUp").activated.connect(lambda: self.go_to_field(self.current - 1))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        services.controller.replaced.connect(self.show_record)
        services.controller.finished_changed.connect(self._finished_changed)

    def _step_key(self, keys: str) -> QShortcut:
        """A step shortcut: from the patient screen too, while the steps are on screen."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        return shortcut

    def retitle(self) -> None:
        for index, page in enumerate(self.pages):
            item = self.steps.item(index)
            item.setText(f"{index + 1}. {page.title()}")
            item.setToolTip(self.tr("Alt+{0}").format(index + 1))
        self.steps.setFont(scaled_font(self, 1.1))
        widest = max(
            self.steps.fontMetrics().horizontalAdvance(self.steps.item(i).text())
            for i in range(self.steps.count())
        )
        self.steps.setFixedWidth(widest + 48)

    @property
    def current(self) -> int:
        return self.stack.currentIndex()

    def page(self, step_id: StepId | str) -> StepPage:
        return next(p for p in self.pages if p.step_id == step_id)

    def go(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.steps.setCurrentRow(index)

    def go_to_field(self, index: int) -> None:
        """Go to a step from a shortcut: the keyboard focus on its first field."""
        if not 0 <= index < len(self.pages):
            return
        let_go(self.stack)
        self.go(index)
        first = next(iter(tab_chain(self.pages[index])), None)
        if first is not None:
            show_focus(first)
        else:
            self.focus_step_list()

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Tab from outside a step's page (the step list) into it shows the control it
        reaches, as Tab within the page does (at 200% a page scrolls both ways)."""
        if new is None or old is None or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        if self.stack.isAncestorOf(new) and not self.stack.isAncestorOf(old):
            in_view(new)

    def order_tabs(self) -> None:
        """Tab follows the reading order: the step list, the finished bar, each step's
        controls as laid out (the hidden steps' are skipped), then Back and Next."""
        set_tab_order(reading_stops(self))

    def _go(self, index: int) -> None:
        if index < 0:
            return
        record = self.services.controller.record
        page = self.pages[index]
        if record is not None:
            page.load(record)
        self._hide_going(page)
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.step_changed.emit(index)

    def _hide_going(self, coming: StepPage) -> None:
        """The step going is hidden before the stack switches, so Qt paints the step
        coming once. The stack holds its repaints while it switches: hidden then, the
        step going left no area to repaint, and Qt painted the coming step's scrolled
        body on its own (it fills its background) and then all in it again with the
        rest. A step holding the keyboard focus is left to the stack, which hands the
        focus on to the step coming."""
        going = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        if going is None or going is coming or (focus is not None and going.isAncestorOf(focus)):
            return
        going.hide()

    def show_record(self, record: Consultation | None) -> None:
        """Another consultation: each step from its top, starting at the first."""
        if record is None:
            return
        for page in self.pages:
            page.to_top()
        if self.steps.currentRow() == 0:
            self._go(0)
        else:
            self.steps.setCurrentRow(0)

    def focus_step_list(self) -> None:
        self.steps.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished_changed(self, finished: bool) -> None:
        """A finished consultation is shown, not edited: every page is read-only
        (its documents can still be made) until it is amended."""
        for page in self.pages:
            page.set_read_only(finished)
        stored = self.services.controller.stored
        if finished and stored is not None and stored.finished_at is not None:
            when = stored.finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.finished_banner.say(
                self.tr(
                    "Finished on {0}. This record is read-only: it is kept as it was when "
                    "it was finished. To change it, amend it."
                ).format(when)
            )
        else:
            self.finished_banner.hide()
