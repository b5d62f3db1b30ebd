"""The Help menu's windows: the About box (versions, review dates, the statement that
the program supports and does not replace the conversation with the care team, the
licences) and the user guide, read from ``resources/guide/`` in the program's language."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid import APP_NAME
from neuromod_aid.about import AboutFacts, Licence
from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.headings import mark_heading


def _rows(items: tuple[Licence, ...]) -> str:
    return "".join(
        f"<tr><td>{html.escape(i.name)}</td><td>{html.escape(i.version)}</td>"
        f"<td>{html.escape(i.licence)}</td></tr>"
        for i in items
    )


def _long_date(day: dt.date) -> str:
    """A date as the program's language writes it (QLocale's default, set at start)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<h2>{html.escape(APP_NAME)} {html.escape(facts.version)}</h2>", self)
        mark_heading(self.title)
        layout.addWidget(self.title)
        self.versions = QLabel(
            self.tr("Content version %1, written %2. Last reviewed %3; next review due %4.")
            .replace("%1", facts.content_version)
            .replace("%2", facts.content_produced.isoformat())
            .replace("%3", facts.last_reviewed.isoformat())
            .replace("%4", facts.next_review.isoformat()),
            self,
        )
        self.versions.setWordWrap(True)
        self.disclaimer = QLabel(
            self.tr(
                "%1 is an education and documentation aid. It supports, and does not"
                " replace, the conversation between the patient and the care team; the"
                " clinician chooses the treatment."
            ).replace("%1", APP_NAME),
            self,
        )
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("font-weight: bold")
        self.licences = QTextBrowser(self)
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setHtml(
            "<h3>{}</h3><table cellpadding='3'>{}</table><h3>{}</h3><table cellpadding='3'>"
            "{}</table><h3>{}</h3><table cellpadding='3'>{}</table><p>{}</p>".format(
                html.escape(self.tr("Fonts in every document")),
                _rows(facts.fonts),
                html.escape(self.tr("Libraries")),
                _rows(facts.libraries),
                html.escape(self.tr("Word list for the reading-level checks")),
                _rows(facts.word_lists),
                html.escape(
                    self.tr(
                        "The full licence texts of the fonts and of the word list are in"
                        " their folders in %1."
                    ).replace("%1", str(resources_dir()))
                ),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for widget in (self.versions, self.disclaimer, self.licences, buttons):
            layout.addWidget(widget)
        self.resize(620, 560)


def guide_file(lang: str) -> Path:
    """The user guide in ``lang``, or in English where it has none."""
    folder = resources_dir() / "guide"
    chosen = folder / f"user-guide.{lang}.md"
    return chosen if chosen.is_file() else folder / "user-guide.en.md"


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenExternalLinks(False)
        source = guide_file(lang)
        self.text.setSearchPaths([str(source.parent)])
        markdown = QTextDocument.ResourceType.MarkdownResource
        self.text.setSource(QUrl.fromLocalFile(str(source)), markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(780, 680)
