"""The documents made from the consultation chosen in a patient's record, each as the
documents table recorded it (when, which, in what language and print size, where it
went), and "Rebuild as it was": the chosen one made again from its record and exactly
the content it was built from (``app.rebuild``), saved where the user says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.ui.focus import announce

if TYPE_CHECKING:
    from neuromod_aid.records import DocumentEntry
    from neuromod_aid.ui.services import Services


class MadeDocuments(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setTitle(self.tr("Documents made from the selected consultation"))
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Documents made from the selected consultation"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Document"), self.tr("Language"), self.tr("Saved as")]
        )
        self.rebuild_button = QPushButton(self.tr("Rebuild as it &was…"))
        self.rebuild_button.setToolTip(
            self.tr("Make this document again from the record and the content it was made from")
        )
        self.said = QLabel()
        self.said.setObjectName("hint")
        self.said.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.rebuild_button)
        row.addWidget(self.said, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.rebuild_button.clicked.connect(self._rebuild)
        self._update()

    def kind_names(self) -> dict[str, str]:
        """Each kind of document as the clinician reads it."""
        return {
            "summary": self.tr("summary"),
            "summary_core": self.tr("summary, core pages"),
            "nurse_sheet": self.tr("nurse sheet"),
            "trial_diary": self.tr("trial diary"),
            "nurse_checklist": self.tr("nurse's checklist"),
            "trial_result": self.tr("trial result"),
            "consultation_json": self.tr("file"),
        }

    def show_consultation(self, consultation_id: int | None) -> None:
        self.list.clear()
        self.said.clear()
        if consultation_id is not None:
            names = self.kind_names()
            for made in reversed(self.services.consultations.documents(consultation_id)):
                print_size = self.tr(", large print") if made.large_print else ""
                item = QTreeWidgetItem(
                    [
                        f"{made.created_at.astimezone():%Y-%m-%d %H:%M}",
                        names[made.kind] + print_size,
                        made.language,
                        made.file_name,
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, made)
                self.list.addTopLevelItem(item)
            for column in range(self.list.columnCount()):
                self.list.resizeColumnToContents(column)
        self._update()

    def chosen(self) -> DocumentEntry | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update(self) -> None:
        chosen = self.chosen()
        self.rebuild_button.setEnabled(chosen is not None and chosen.kind != "consultation_json")

    def _rebuild(self) -> None:
        from neuromod_aid.app.errors import UserError
        from neuromod_aid.app.rebuild import rebuild
        from neuromod_aid.files import atomic_write
        from neuromod_aid.ui.documents import file_stem

        chosen = self.chosen()
        if chosen is None:
            return
        services = self.services
        title = self.tr("Rebuild as it was")
        try:
            made = rebuild(services.consultations, services.content, chosen.id)
        except UserError as error:
            services.dialogs.warn(title, error.said(services.ui_lang))
            return
        stem = file_stem(chosen.kind, made.record, services.catalog)
        suggested = services.location.exports_dir / f"{stem}.pdf"
        target = services.dialogs.save_file(title, suggested, self.tr("PDF documents (*.pdf)"))
        if target is None:
            return
        try:
            atomic_write(target, made.data)
        except OSError as error:
            services.dialogs.warn(title, self.tr("Cannot write {0}: {1}").format(target, error))
            return
        said = self.tr("Saved as {0}, as it was made on {1}.").format(
            target.name, f"{chosen.created_at.astimezone():%Y-%m-%d %H:%M}"
        )
        self.said.setText(said)
        announce(self.rebuild_button, said)
