"""The editor's review and history: drafts waiting for a second person, every revision of
the item being edited, and what a revision changed, field by field, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.app.errors import UserError

if TYPE_CHECKING:
    from neuromod_aid.records import ContentRevision
    from neuromod_aid.ui.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewTab(QWidget):
    decided = Signal()  # a revision was approved or rejected here

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.content = services.content
        self.item: tuple[str, str] | None = None
        self.drafts = self._list(self.tr("Drafts waiting for approval"))
        self.history = self._list(self.tr("Every revision of the item being edited"))
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes.setAccessibleName(self.tr("What the revision changed"))
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.person = QLineEdit()
        self.reason = QLineEdit()
        self.approve = QPushButton(self.tr("&Approve"))
        self.reject = QPushButton(self.tr("Re&ject"))
        self.revert = QPushButton(self.tr("Go &back to this revision"))
        self.approve.clicked.connect(lambda: self._decide(approve=True))
        self.reject.clicked.connect(lambda: self._decide(approve=False))
        self.revert.clicked.connect(self._revert)
        form = QFormLayout()
        form.addRow(self.tr("Your na&me"), self.person)
        form.addRow(self.tr("Reason (for going back)"), self.reason)
        buttons = QHBoxLayout()
        for button in (self.approve, self.reject, self.revert):
            buttons.addWidget(button)
        lists = QVBoxLayout()
        for title, widget in (
            (self.tr("Drafts waiting for approval"), self.drafts),
            (self.tr("History of this item"), self.history),
        ):
            label = QLabel(title)
            label.setBuddy(widget)
            lists.addWidget(label)
            lists.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(self.about)
        right.addWidget(self.changes, 1)
        right.addLayout(form)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(right, 2)
        self.refresh()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.currentItemChanged.connect(self._chosen)
        return widget

    def show_item(self, kind: str, item_id: str) -> None:
        self.item = (kind, item_id)
        self.refresh()

    def refresh(self) -> None:
        revisions = self.content.revisions()
        # a part (a figure's new source) is decided with its revision, listed with it
        drafts = [r for r in revisions if r.state == "draft" and r.part_of is None]
        self._fill(self.drafts, drafts)
        mine = [r for r in revisions if (r.item_kind, r.item_id) == self.item]
        self._fill(self.history, list(reversed(mine)))
        self._show(None)

    def _fill(self, widget: QListWidget, revisions: list[ContentRevision]) -> None:
        widget.blockSignals(True)
        widget.clear()
        for revision in revisions:
            item = QListWidgetItem(self._line(revision))
            item.setData(ID_ROLE, revision.id)
            widget.addItem(item)
        widget.blockSignals(False)

    def _line(self, revision: ContentRevision) -> str:
        states = {
            "draft": self.tr("draft"),
            "approved": self.tr("approved"),
            "rejected": self.tr("rejected"),
            "superseded": self.tr("superseded"),
        }
        line = (
            f"#{revision.id} {revision.item_kind}:{revision.item_id} · {states[revision.state]} · "
            f"{revision.author}: {revision.reason}"
        )
        parts = ", ".join(f"{p.item_kind}:{p.item_id}" for p in self.content.parts(revision.id))
        return line + (" · " + self.tr("with {0}").format(parts) if parts else "")

    def _chosen(self, current: QListWidgetItem | None) -> None:
        self._show(self.content.revision(current.data(ID_ROLE)) if current is not None else None)

    def _show(self, revision: ContentRevision | None) -> None:
        self.current = revision
        draft = revision is not None and revision.state == "draft"
        self.approve.setEnabled(draft)
        self.reject.setEnabled(draft)
        self.revert.setEnabled(revision is not None and revision.state != "draft")
        self.changes.setRowCount(0)
        if revision is None:
            self.about.setText(self.tr("Choose a revision to see what it changed."))
            return
        written = revision.created_at.strftime("%Y-%m-%d %H:%M")
        about = self.tr("Written by {0} on {1} (UTC). Reason: {2}")
        text = about.format(revision.author, written, revision.reason)
        if revision.approver and revision.decided_at:
            decided = revision.decided_at.strftime("%Y-%m-%d %H:%M")
            text += " " + self.tr("Decided by {0} on {1}.").format(revision.approver, decided)
        self.about.setText(text)
        changes = self.content.changes(revision.id)
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, value in enumerate((change.path, change.before, change.after)):
                self.changes.setItem(row, column, QTableWidgetItem(value))
        self.changes.resizeRowsToContents()

    def _decide(self, *, approve: bool) -> None:
        if self.current is None:
            return
        decide = self.content.approve if approve else self.content.reject
        try:
            decided = decide(self.current.id, self.person.text())
        except UserError as error:
            self.services.dialogs.warn(self.tr("Not done"), error.said(self.services.ui_lang))
            return
        self.refresh()
        self.decided.emit()
        done = self.tr("Revision {0} approved. Documents made from now on use it.")
        if not approve:
            done = self.tr("Revision {0} rejected.")
        self.about.setText(done.format(decided.id))

    def _revert(self) -> None:
        if self.current is None:
            return
        try:
            new = self.content.revert(self.current.id, self.person.text(), self.reason.text())
        except UserError as error:
            self.services.dialogs.warn(self.tr("Not done"), error.said(self.services.ui_lang))
            return
        self.refresh()
        text = self.tr("Saved as draft revision {0}. A second person must approve it.")
        self.about.setText(text.format(new))
