"""Step 3: a card per option; those commonly considered for this patient first."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.considered import Match, rank_therapies
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.offered import offer_line, shown_therapies
from neuromod_aid.present.wording import Wording
from neuromod_aid.ui.explain import option_html
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, hint, scaled_font
from neuromod_aid.ui.steps.values import VALUES_ITEM, ValuesPanel


class OptionCard(QFrame):
    explain = Signal(str)  # show this option: a click on the card or focus on its buttons
    discussed_changed = Signal(str, bool)

    def __init__(self, option_id: str, can_discuss: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.option_id = option_id
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.name = QLabel()
        self.name.setObjectName("cardTitle")
        self.name.setFont(scaled_font(self, 1.15, bold=True))
        self.name.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setWordWrap(True)  # never wider than the card (large fonts, Spanish)
        self.summary = hint("")
        self.offer = hint("")  # not offered here: ask about a referral
        self.offer.setObjectName("offer")
        self.reason = hint("")
        self.reason.setObjectName("reason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # one reason per line
        self.reason.setContentsMargins(8, 4, 8, 4)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Explain"))
        self.open_button.clicked.connect(lambda: self.explain.emit(self.option_id))
        self.discussed = QCheckBox(self.tr("Discussed"))
        if not can_discuss:  # (showing a widget that has no parent yet opens a window)
            self.discussed.hide()
        self.discussed.toggled.connect(lambda on: self.discussed_changed.emit(self.option_id, on))
        for control in (self.open_button, self.discussed):
            control.installEventFilter(self)
        row.addWidget(self.open_button)
        row.addWidget(self.discussed)
        row.addStretch(1)
        for widget in (self.badge, self.name, self.summary, self.offer, self.reason):
            layout.addWidget(widget)
        layout.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.explain.emit(self.option_id)
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on the card shows it and gives it the keyboard focus."""
        self.open_button.setFocus(Qt.FocusReason.MouseFocusReason)
        self.explain.emit(self.option_id)
        super().mousePressEvent(event)

    def show_option(
        self, name: str, summary: str, match: Match | None, lang_reason: str, offer: str = ""
    ) -> None:
        self.name.setText(name)
        self.summary.setText(summary)
        self.offer.setText(offer)
        self.offer.setVisible(bool(offer))
        considered = match is not None and match.considered
        self.badge.setVisible(considered)
        self.badge.setText("★ " + self.tr("Commonly considered for this patient"))
        self.reason.setVisible(considered)
        self.reason.setText(lang_reason)
        self.open_button.setAccessibleName(self.tr("Explain: {0}").format(name))
        self.discussed.setAccessibleName(self.tr("Discussed: {0}").format(name))


class OptionsPage(StepPage):
    step_id = StepId.OPTIONS

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        catalog = services.catalog
        self.body_layout.addWidget(
            hint(
                self.tr(
                    "Options commonly considered for the conditions and pain areas chosen "
                    "come first, with the reason. This informs; you and the patient decide."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("optionsSplitter")
        cards_host = QWidget()
        self.cards_layout = QVBoxLayout(cards_host)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, OptionCard] = {}
        for option_id in [t.id for t in catalog.therapies] + ["current_care"]:
            card = OptionCard(option_id, can_discuss=option_id != "current_care")
            card.explain.connect(self.show_explanation)
            card.discussed_changed.connect(self._discussed_changed)
            self.cards[option_id] = card
        # after the cards (they are put above it): what matters to the patient
        self.values_panel = ValuesPanel(lambda: self.services.catalog, self.update_record)
        self.values_panel.focused.connect(self._values_focused)
        self.cards_layout.addWidget(self.values_panel)
        self.cards_layout.addStretch(1)
        self.explanation = QTextBrowser()
        self.explanation.setAccessibleName(self.tr("Full explanation"))
        self.explanation.setOpenExternalLinks(False)
        cards_scroll = QScrollArea()
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls each card into view
        cards_scroll.setWidget(cards_host)
        splitter.addWidget(cards_scroll)
        splitter.addWidget(self.explanation)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # the page does not scroll: the splitter takes the room there is, never its
        # preferred height (which at 200% would push it below the window)
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.body_layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.cards_scroll = cards_scroll
        self._sized_for: tuple[Qt.Orientation, int] | None = None
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shown_option = ""
        self.values_shown = False  # the patient screen shows what matters, not an option
        self._order: list[str] = []
        self._explained: tuple[str, str] = ("", "")

    def title(self) -> str:
        return self.tr("Options")

    # --- layout: cards stay readable next to (or above) the explanation --------------

    def _minimum_widths(self) -> tuple[int, int]:
        """Cards about 34 characters wide, the explanation about 44: in the current font."""
        char = max(self.fontMetrics().averageCharWidth(), 1)
        return char * 34, char * 44

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when both fit at a readable width; else cards above the explanation."""
        cards_min, text_min = self._minimum_widths()
        available = self.splitter.width() or self.width()
        wide = available >= cards_min + text_min + self.splitter.handleWidth()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wide:
            self.cards_scroll.setMinimumSize(cards_min, 0)
            self.explanation.setMinimumSize(text_min, 0)
        else:
            # a few lines each at least: at 200% on a small screen both still fit the
            # page (which does not scroll: each of them does)
            line = self.fontMetrics().lineSpacing()
            self.cards_scroll.setMinimumSize(0, line * 3)
            self.explanation.setMinimumSize(0, line * 3)
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        key = (orientation, cards_min)
        if key != self._sized_for:  # first show, a new orientation or font: 2 to 3
            total = self.splitter.width() if wide else self.splitter.height()
            cards = total * 2 // 5 if wide else total // 2  # one above the other: halves
            if total > 0:
                self.splitter.setSizes([cards, total - cards])
                self._sized_for = key

    def fill(self, record: Consultation) -> None:
        lang = record.language
        catalog = self.services.catalog
        shown = set(shown_therapies(catalog, (t.id for t in catalog.therapies)))
        matches = [m for m in rank_therapies(catalog, record, lang) if m.therapy.id in shown]
        order = [m.therapy.id for m in matches] + ["current_care"]
        if order != self._order:
            for option_id in order:
                self.cards_layout.removeWidget(self.cards[option_id])
            for index, option_id in enumerate(order):
                self.cards_layout.insertWidget(index, self.cards[option_id])
            self._order = order
            self.rows_changed.emit()
        for match in matches:
            therapy = match.therapy
            reason = ""
            if match.considered:
                reason = "\n".join(f"• {line}" for line in match.reasons)
                if match.sources:
                    # inside the content, so in the content's language (not the program's)
                    words = self.services.catalog.words(lang)
                    reason += "\n" + words("screen_source", source="; ".join(match.sources))
            card = self.cards[therapy.id]
            offer = offer_line(catalog, therapy.id, Wording(catalog, lang))
            card.show_option(therapy.name(lang), therapy.summary(lang), match, reason, offer)
            card.discussed.setChecked(therapy.id in record.therapies_discussed)
        care = catalog.current_care
        self.cards["current_care"].show_option(care.name(lang), care.what_it_is(lang), None, "")
        self.values_panel.fill(record)
        self.show_explanation(self.shown_option or order[0])

    def shown_item(self) -> tuple[str, ...]:
        if self.values_shown:
            return (VALUES_ITEM,)
        return (self.shown_option,) if self.shown_option else ()

    def _values_focused(self) -> None:
        self.values_shown = True
        self.presented.emit()

    def show_explanation(self, option_id: str) -> None:
        record = self.record
        if record is None:
            return
        if (option_id, record.language) != self._explained:
            html = option_html(self.services.catalog, option_id, record.language)
            self.explanation.setHtml(html)
            self._explained = (option_id, record.language)
        self.shown_option = option_id
        self.values_shown = False
        self.presented.emit()

    def _discussed_changed(self, therapy_id: str, on: bool) -> None:
        record = self.record
        if record is None or self._loading:
            return
        chosen = [t for t in record.therapies_discussed if t != therapy_id]
        if on:
            chosen.append(therapy_id)
        order = [t.id for t in self.services.catalog.therapies]
        self.update_record(
            lambda record: replace(
                record, therapies_discussed=tuple(sorted(chosen, key=order.index))
            )
        )
