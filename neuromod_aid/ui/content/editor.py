"""The clinic's content editor: browse, edit both languages side by side, save a draft.

Opened from the window's "Clinic content…" action. The catalog is browsed by what it
holds (therapies, risks, conditions, instructions, value statements, blood-thinner rows,
the documents' wording); a text is edited with every language side by side, each with
its readability shown as it is typed, by the same rule as ``content check``; a risk's
figures are edited with their sources. Saving makes a draft revision with its reason
(``app.content``): it reaches patients only when a second person approves it, on the
Review tab (:mod:`~neuromod_aid.ui.content.review`). A physician signs off the content
in use on the Clinical sign-off tab (:mod:`~neuromod_aid.ui.content.sign_off`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.app import content_items as items
from neuromod_aid.app.content import Edit
from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.text_checks import cached_score
from neuromod_aid.ui.content.figures import FigurePanel
from neuromod_aid.ui.content.offer import OfferPanel
from neuromod_aid.ui.content.review import ReviewTab
from neuromod_aid.ui.content.sign_off import SignOffTab

if TYPE_CHECKING:
    from neuromod_aid.ui.main_window import MainWindow
    from neuromod_aid.ui.services import Services

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def open_content_editor(window: MainWindow) -> None:
    """Show the editor (one per window), once the records are open."""
    if not window.with_records():
        return
    editor = window.findChild(ContentEditor)
    if editor is None:
        editor = ContentEditor(window.services, window)
        editor.review.decided.connect(window.rooms.content.check)
        editor.sign_off.signed.connect(window.rooms.content.check)
    editor.show()
    editor.raise_()
    editor.activateWindow()


class ContentEditor(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.content = services.content
        self.catalog = self.content.catalog()
        self.languages = tuple(self.catalog.manifest.languages)
        self.setWindowTitle(self.tr("Clinic content"))
        self.resize(1100, 700)
        self.tabs = QTabWidget()
        self.edit_tab = EditTab(self)
        self.review = ReviewTab(services, self)
        self.sign_off = SignOffTab(services, self)
        self.tabs.addTab(self.edit_tab, self.tr("&Edit"))
        self.tabs.addTab(self.review, self.tr("Re&view and history"))
        self.tabs.addTab(self.sign_off, self.tr("Clinical sign-o&ff"))
        # an approval here ends a sign-off of the content as it was: say so at once
        self.review.decided.connect(self.sign_off.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.edit_tab.saved.connect(self.review.refresh)
        self.edit_tab.item_chosen.connect(self.review.show_item)


class EditTab(QWidget):
    saved = Signal()
    item_chosen = Signal(str, str)  # kind, item id

    def __init__(self, editor: ContentEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.entry: items.Entry | None = None
        self.document: dict[str, Any] = {}
        self.fields: list[items.TextField] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Content to edit"))
        first = self._fill_tree()
        self.tree.currentItemChanged.connect(self._chosen)
        self.field = QComboBox()
        field_label = QLabel(self.tr("&Text"))
        field_label.setBuddy(self.field)
        self.field.currentIndexChanged.connect(self._show_field)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.scores: dict[str, QLabel] = {}
        self.text_area = QWidget()  # hidden for an item with no text (the therapies offered)
        side_by_side = QGridLayout(self.text_area)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(self.editor.languages):
            name = self.editor.catalog.manifest.languages[lang].name
            box = QPlainTextEdit()
            box.setAccessibleName(name)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 7)
            box.textChanged.connect(lambda lang=lang: self._typed(lang))
            score = QLabel()
            score.setWordWrap(True)
            self.texts[lang], self.scores[lang] = box, score
            side_by_side.addWidget(QLabel(name), 0, column)
            side_by_side.addWidget(box, 1, column)
            side_by_side.addWidget(score, 2, column)
        self.figure_panel = FigurePanel(self.editor.catalog)
        self.figure_panel.changed.connect(self._check_figure)
        self.figures, self.sources = self.figure_panel.numbers, self.figure_panel.sources
        self.offer_panel = OfferPanel(self.editor.catalog, self.editor.services.ui_lang)
        self.row_advice = QLabel()
        self.row_advice.setWordWrap(True)
        self.row_checked = QCheckBox(
            self.tr("I &checked this row (stop days and restart rule) for our clinic")
        )
        self.row_panel = QWidget()
        row_layout = QVBoxLayout(self.row_panel)
        row_layout.addWidget(self.row_advice)
        row_layout.addWidget(self.row_checked)
        self.author = QLineEdit()
        self.reason = QLineEdit()
        self.save = QPushButton(self.tr("&Save as draft"))
        self.save.clicked.connect(self.save_draft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        who = QFormLayout()
        who.addRow(self.tr("Your &name"), self.author)
        who.addRow(self.tr("Reason for the chan&ge"), self.reason)
        editing = QWidget()  # scrolls when a figure's fields and sources do not fit
        right = QVBoxLayout(editing)
        self.field_label = field_label
        right.addWidget(field_label)
        right.addWidget(self.field)
        right.addWidget(self.text_area, 1)
        right.addWidget(self.figure_panel)
        right.addWidget(self.row_panel)
        right.addWidget(self.offer_panel)
        right.addLayout(who)
        right.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 1)
        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editing)
        layout.addWidget(scroll, 2)
        self.tree.setCurrentItem(first)

    def _group_names(self) -> dict[str, str]:
        return {
            "therapy": self.tr("Therapies"),
            "risk": self.tr("Risks"),
            "outcome": self.tr("Benefits (outcomes)"),
            "condition": self.tr("Conditions"),
            "instruction": self.tr("Instructions"),
            "value": self.tr("What matters to the patient"),
            "blood_thinner": self.tr("Blood thinners"),
            "wording": self.tr("Document wording"),
            "offer": self.tr("The clinic"),
        }

    def _fill_tree(self) -> QTreeWidgetItem:
        """Every entry under its group; the first entry is returned."""
        groups: dict[str, QTreeWidgetItem] = {}
        for group, name in self._group_names().items():
            groups[group] = QTreeWidgetItem(self.tree, [name])
        children = []
        for entry in items.entries(self.editor.catalog, self.editor.services.ui_lang):
            label = self._wording_name(entry.kind) if entry.group == "wording" else entry.label
            label = self.tr("Therapies offered here") if entry.group == "offer" else label
            children.append(QTreeWidgetItem(groups[entry.group], [label]))
            children[-1].setData(0, ENTRY_ROLE, entry)
        self.tree.expandAll()
        return children[0]

    def _wording_name(self, kind: str) -> str:
        return self.tr("Sentences") if kind == "sentence" else self.tr("Headings and labels")

    def _chosen(self, current: QTreeWidgetItem | None) -> None:
        entry = current.data(0, ENTRY_ROLE) if current is not None else None
        if not isinstance(entry, items.Entry):
            return
        self.entry = entry
        self.document = items.document_of(self.editor.catalog, entry)
        self.fields = items.texts(self.document, entry, self.editor.languages)
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItems([f.name for f in self.fields])
        self.field.blockSignals(False)
        self._show_field(0)
        self.figure_panel.setVisible(entry.figure is not None)
        self.row_panel.setVisible(entry.group == "blood_thinner")
        self.offer_panel.setVisible(entry.group == "offer")
        for widget in (self.field_label, self.field, self.text_area):
            widget.setVisible(bool(self.fields))
        if entry.group == "offer":
            self.offer_panel.show_offer(self.document)
        self.row_checked.setChecked(False)
        if entry.group == "blood_thinner":
            self.row_advice.setText(self._row_advice())
        if entry.figure is not None:
            self.figure_panel.show_part(entry, items.value_at(self.document, entry.focus))
            self._check_figure()
        self.message.clear()
        self.item_chosen.emit(entry.kind, entry.item_id)

    def _row_advice(self) -> str:
        """The row as the reviewer checks it: each class's stop days and restart rule,
        and who reviewed it last, when."""
        lines = []
        classes = (
            ("high", self.tr("High bleeding risk")),
            ("intermediate", self.tr("Intermediate bleeding risk")),
            ("low", self.tr("Low bleeding risk")),
        )
        for key, name in classes:
            advice = self.document.get(key)
            if advice is None:
                lines.append(self.tr("{0}: not given (the team writes it in)").format(name))
                continue
            actions = {
                "stop": self.tr("stop it"),
                "keep": self.tr("keep taking it"),
                "shared": self.tr("decide with the prescriber"),
            }
            parts = [f"{name}: {actions[advice['action']]}"]
            if advice.get("stop_min") is not None:
                days = self.tr("days") if advice.get("unit", "days") == "days" else self.tr("hours")
                stop = self.tr("last dose {0}–{1} {2} before")
                parts.append(stop.format(advice["stop_min"], advice["stop_max"], days))
            if advice.get("restart_hours_min") is not None:
                restart = self.tr("restart {0}–{1} hours after")
                parts.append(
                    restart.format(advice["restart_hours_min"], advice["restart_hours_max"])
                )
            lines.append("; ".join(parts))
        review = self.document.get("local_review")
        if review:
            text = self.tr("Reviewed by {0} on {1}.")
            lines.append(text.format(review["reviewed_by"], review["reviewed_on"]))
        else:
            lines.append(self.tr("Not yet reviewed by the clinic."))
        return "\n".join(lines)

    def _show_field(self, index: int) -> None:
        field = self.fields[index] if 0 <= index < len(self.fields) else None
        for lang, box in self.texts.items():
            box.blockSignals(True)
            box.setPlainText(self._current(field, lang) if field else "")
            box.blockSignals(False)
            box.setEnabled(field is not None)
            self._score(lang)

    def _current(self, field: items.TextField, lang: str) -> str:
        return str(items.value_at(self.document, field.path)[lang])

    def _typed(self, lang: str) -> None:
        index = self.field.currentIndex()
        if 0 <= index < len(self.fields):
            path = (*self.fields[index].path, lang)
            self.document = items.put(self.document, path, self.texts[lang].toPlainText())
        self._score(lang)
        self._check_figure()

    def _check_figure(self) -> None:
        """The figure's checks as it is edited (its numbers, its text)."""
        entry = self.entry
        if entry is None or entry.figure is None:
            return
        part = items.value_at(self.edited_document(), entry.focus)
        languages = self.editor.catalog.manifest.languages
        self.figure_panel.show_check(items.check_figure(entry, part, languages))

    def _score(self, lang: str) -> None:
        """Readability as typed, by the manifest's rule for the language."""
        index = self.field.currentIndex()
        label, text = self.scores[lang], self.texts[lang].toPlainText().strip()
        if not (0 <= index < len(self.fields)) or not self.fields[index].scored or not text:
            label.setText(self.tr("Not scored (a title or a label)") if text else "")
            return
        rule = self.editor.catalog.manifest.languages[lang].readability
        score = cached_score(text, rule, lang)
        verdict = self.tr("Plain enough") if score.acceptable else self.tr("Too hard to read")
        label.setText(f"{verdict}: {score.describe()}")

    def edited_document(self) -> dict[str, Any]:
        """The item as edited: texts as typed, a risk's figures and sources as set."""
        document = self.document
        if self.entry is not None and self.entry.group == "offer":
            document = self.offer_panel.edited()
        if self.entry is not None and self.entry.figure is not None:
            part = self.figure_panel.edited(items.value_at(document, self.entry.focus))
            document = items.put(document, self.entry.focus, part)
        if self.entry is not None and self.row_checked.isChecked():
            review = {
                "reviewed_by": self.author.text().strip(),
                "reviewed_on": str(dt.date.today()),
            }
            document = items.put(document, ("local_review",), review)
        return document

    def save_draft(self) -> None:
        if self.entry is None:
            return
        edit = Edit(self.entry.kind, self.entry.item_id, self.edited_document())
        added = self.sources.new_sources() if self.entry.figure is not None else []
        edits = [edit, *(Edit("source", s["id"], s) for s in added)]
        # the first check of a session loads the readability rules' dictionaries
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        services = self.editor.services
        try:
            ids = self.editor.content.propose(edits, self.author.text(), self.reason.text())
        except UserError as error:  # the checks' own words, in the window's language
            services.dialogs.warn(self.tr("Not saved"), error.said(services.ui_lang))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if not ids:
            self.message.setText(self.tr("Nothing changed: no draft was made."))
            return
        self.sources.forget_added()
        self.message.setText(
            self.tr(
                "Saved as draft revision {0}. A second person must approve it before "
                "patients see it."
            ).format(ids[0])
        )
        self.saved.emit()
