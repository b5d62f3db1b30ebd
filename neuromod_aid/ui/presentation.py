"""The patient-facing window: large type, the current step's patient content only.

It shows this consultation and nothing else: no clinician notes, no other patient,
no lists of records. Everything it shows is in the consultation's language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.comparison import options
from neuromod_aid.present.figures import audit_line, risk_figure
from neuromod_aid.present.next_steps import agreed_step_text
from neuromod_aid.present.values import importance_words, leaning_sentence
from neuromod_aid.present.wording import Wording
from neuromod_aid.tokens import INK, PRESENTATION_BACKGROUND, PRESENTATION_MARK
from neuromod_aid.ui.explain import option_html
from neuromod_aid.ui.geometry import place_beside, remember_beside
from neuromod_aid.ui.steps.base import StepId
from neuromod_aid.ui.steps.values import VALUES_ITEM
from neuromod_aid.ui.widgets.body_map import BodyMap
from neuromod_aid.ui.widgets.icon_array import IconArray
from neuromod_aid.ui.wording import sure_questions

STEP_IDS = ("patient", "pain", "options", "risks", "questions", "summary")
BASE_POINT_SIZE = 22.0  # readable from a metre or two away


def _label(html: str, name: str = "") -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    return label


class PresentationWindow(QWidget):
    left = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.catalog = catalog
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Patient screen"))
        self.setAccessibleName(self.tr("Patient screen"))
        font = QFont(self.font())
        font.setPointSizeF(max(BASE_POINT_SIZE, font.pointSizeF() * 1.8))
        self.setFont(font)
        palette = QPalette(self.palette())
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(PRESENTATION_BACKGROUND))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(INK))
        self.setPalette(palette)
        # Under the application's style sheet a font set on a parent does not reach
        # the labels, so the size is also given in a style sheet rule for every child.
        self.setStyleSheet(
            f"QWidget {{ font-size: {font.pointSizeF():.0f}pt; }}"
            f" QWidget#presentationHost {{ background: {PRESENTATION_BACKGROUND}; }}"
            f" QWidget#presentationHost QLabel {{ color: {INK}; }}"
            f" QFrame#shownRisk {{ background: {PRESENTATION_MARK}; border: 4px solid {INK};"
            " border-radius: 10px; }"
            " QFrame#shownRisk QLabel { background: transparent; border: none; }"
        )
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.host: QWidget
        self.content: QVBoxLayout
        self.marked: QWidget | None  # on this page, the risk being discussed: kept in view
        self._new_host()
        self._install()
        self.step = StepId.PATIENT
        self.shown: tuple[str, ...] = ()  # the item of the step shown (see StepPage.shown_item)
        self.record: Consultation | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.rebuild)
        self._settings: QSettings | None = None  # where to remember its place, once shown

    # --- following the physician -----------------------------------------------

    def follow(
        self, record: Consultation | None, step: StepId, shown: tuple[str, ...] = ()
    ) -> None:
        self.record, self.step, self.shown = record, step, shown
        if self.isVisible():
            self._timer.start()

    def present(self, clinician: QWidget, settings: QSettings) -> None:
        """Full screen on another monitor if there is one. On the clinician's only
        monitor, a window the clinician places (remembered), opening beside their
        window or, with no room beside it, behind it: never over its controls."""
        own = clinician.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self._settings = settings
            behind = place_beside(self, clinician, settings)
            self.showNormal()
            if behind:
                clinician.raise_()
            clinician.activateWindow()  # the keyboard stays with the clinician
        self.rebuild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        if self._settings is not None and self.isVisible() and not self.isFullScreen():
            remember_beside(self, self._settings)
        self.left.emit()
        super().closeEvent(event)

    # --- content -------------------------------------------------------------------

    def text(self) -> str:
        """Everything shown, as plain text (what a reader would see)."""
        return "\n".join(label.text() for label in self.host.findChildren(QLabel))

    def _new_host(self) -> None:
        """A fresh, empty page, not yet on screen (``_install`` puts it there)."""
        host = QWidget()
        host.setObjectName("presentationHost")
        host.setAutoFillBackground(True)
        content = QVBoxLayout(host)
        content.setContentsMargins(48, 32, 48, 32)
        content.setSpacing(16)
        self.host, self.content, self.marked = host, content, None

    def _install(self) -> None:
        """Show the page just built; the scroll area deletes the previous one at once."""
        self.scroll_area.setWidget(self.host)
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.marked is not None:
            self.content.activate()  # lay the page out now, to know where the mark is
            margin = self.fontMetrics().lineSpacing()
            if self.marked.height() + 2 * margin > self.scroll_area.viewport().height():
                # taller than the window (a small patient screen): its top, not its middle
                self.scroll_area.verticalScrollBar().setValue(self.marked.y() - margin)
            else:
                self.scroll_area.ensureWidgetVisible(self.marked, 0, margin)

    def rebuild(self) -> None:
        """Build the current step's page whole, then swap it in for the old one.

        Building into a new widget (rather than emptying the old layout) means no
        label of the previous step can linger on screen or in ``text()``.
        """
        self._timer.stop()
        self._new_host()
        record = self.record
        if record is not None:
            shows = {
                StepId.PATIENT: self._show_patient,
                StepId.PAIN: self._show_pain,
                StepId.OPTIONS: self._show_options,
                StepId.RISKS: self._show_risks,
                StepId.QUESTIONS: self._show_questions,
                StepId.SUMMARY: self._show_summary,
            }
            shows[self.step](record)
            self.content.addStretch(1)
        self._install()

    def _heading(self, text: str) -> None:
        self.content.addWidget(_label(f"<h1>{escape(text)}</h1>"))

    def _show_patient(self, record: Consultation) -> None:
        words = Wording(self.catalog, record.language)
        self._heading(words("screen_welcome"))
        self.content.addWidget(_label(f"<p>{escape(record.patient.name)}</p>"))
        self.content.addWidget(
            _label(
                f"<p>{escape(words('screen_with'))}: {escape(record.clinician.name)}<br>"
                f"{escape(words('screen_date'))}: {escape(words.date(record.date))}</p>"
            )
        )

    def _show_pain(self, record: Consultation) -> None:
        lang, words = record.language, Wording(self.catalog, record.language)
        self._heading(words("screen_conditions"))
        row = QHBoxLayout()
        text = QVBoxLayout()
        for condition_id in record.conditions:
            condition = self.catalog.condition(condition_id)
            text.addWidget(
                _label(
                    f"<h2>{escape(condition.name(lang))}</h2>"
                    f"<p>{escape(condition.what_it_is(lang))}</p>"
                    f"<p><b>{escape(words('condition_feels'))}:</b> "
                    f"{escape(condition.how_it_feels(lang))}</p>"
                    f"<p><b>{escape(words('condition_hard_to_treat'))}:</b> "
                    f"{escape(condition.why_hard_to_treat(lang))}</p>"
                )
            )
        text.addStretch(1)
        body = BodyMap(self.catalog, readonly=True)
        body.set_selection(record.pain_areas, lang)
        body.setMinimumSize(420, 520)
        row.addLayout(text, 3)
        row.addWidget(body, 2)
        holder = QWidget()
        holder.setLayout(row)
        self.content.addWidget(holder)

    def _show_options(self, record: Consultation) -> None:
        lang, words = record.language, Wording(self.catalog, record.language)
        if self.shown == (VALUES_ITEM,):
            self._show_values(record, words)
            return
        if self.shown:
            self.content.addWidget(_label(option_html(self.catalog, self.shown[0], lang)))
            return
        self._heading(words("screen_options"))
        names = [option.name for option in options(record, self.catalog)]
        self.content.addWidget(
            _label("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in names) + "</ul>")
        )

    def _show_values(self, record: Consultation, words: Wording) -> None:
        """Each statement with the patient's answer so far, in the order asked."""
        self._heading(words("values_title"))
        answers = importance_words(words)
        rows = []
        for value in self.catalog.values:
            rating = record.values.get(value.id)
            said = f" — {escape(answers[rating])}" if rating is not None else ""
            rows.append(f"<li><b>{escape(value.statement(record.language))}</b>{said}</li>")
        self.content.addWidget(_label("<ul>" + "".join(rows) + "</ul>"))
        leaning = leaning_sentence(record, self.catalog, words)
        if leaning:
            self._heading(words("values_leaning"))
            self.content.addWidget(_label(f"<p>{escape(leaning)}</p>"))

    def _show_risks(self, record: Consultation) -> None:
        lang, words = record.language, Wording(self.catalog, record.language)
        self._heading(words("screen_risks"))
        if not record.therapies_discussed:
            self.content.addWidget(_label(escape(words("screen_no_options"))))
        self.content.addWidget(_label(escape(words("screen_picture"))))
        for therapy_id in self.shown[:1] or record.therapies_discussed:
            therapy = self.catalog.therapy(therapy_id)
            self.content.addWidget(_label(f"<h2>{escape(therapy.name(lang))}</h2>"))
            for risk in therapy.risks:
                figure = risk_figure(risk, words)
                row = QHBoxLayout()
                said = (*figure.details, audit_line(risk, words))
                details = "".join(f"<br>{escape(line)}" for line in said if line)
                words_label = _label(
                    f"<b>{escape(risk.name(lang))}</b><br>{escape(risk.text(lang))}"
                    f"<br><i>{escape(figure.caption)}</i>{details}"
                )
                words_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                row.addWidget(words_label, 1)
                counts = figure.picture
                if counts is not None:
                    column = QVBoxLayout()
                    column.addWidget(_label(escape(figure.picture_caption)))
                    big = counts.total > 100
                    picture = IconArray(cell=12 if big else 34, total=counts.total)
                    picture.set_counts(counts.solid, counts.hatched, figure.caption)
                    column.addWidget(picture)
                    column.addStretch(1)
                    row.addLayout(column)
                holder = QFrame()
                holder.setLayout(row)
                if self.shown[1:] == (risk.id,):
                    holder.setObjectName("shownRisk")
                    self.marked = holder
                self.content.addWidget(holder)

    def _show_questions(self, record: Consultation) -> None:
        lang = record.language
        words = Wording(self.catalog, lang)
        if record.patient_questions:
            self._heading(words("screen_your_questions"))
            self.content.addWidget(
                _label(
                    "<ul>"
                    + "".join(f"<li>{escape(q)}</li>" for q in record.patient_questions)
                    + "</ul>"
                )
            )
        said = agreed_step_text(record, words)
        if said:
            self._heading(words("screen_next"))
            self.content.addWidget(_label(f"<p>{escape(said)}</p>"))
        self._heading(words("screen_sure"))
        self.content.addWidget(
            _label(
                "<ol>" + "".join(f"<li>{escape(q)}</li>" for q in sure_questions(words)) + "</ol>"
            )
        )

    def _show_summary(self, record: Consultation) -> None:
        words = Wording(self.catalog, record.language)
        self._heading(words("screen_summary"))
        self.content.addWidget(_label(f"<p>{escape(words('screen_summary_text'))}</p>"))
        said = agreed_step_text(record, words)
        if said:
            self.content.addWidget(
                _label(f"<h2>{escape(words('screen_next'))}</h2><p>{escape(said)}</p>")
            )
