"""Which therapies the clinic offers, in the content editor: each therapy offered here,
not offered here (the patient is told to ask about a referral), or hidden (not shown
at all). Saved like any other edit, as a draft of the ``clinic_offer`` item that a
second person approves."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from neuromod_aid.catalog.model import Catalog

OFFERS = ("offered", "referral", "hidden")


class OfferPanel(QWidget):
    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, QComboBox] = {}
        names = {
            "offered": self.tr("Offered here"),
            "referral": self.tr("Not offered here: ask about a referral"),
            "hidden": self.tr("Not shown at all"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        advice = QLabel(
            self.tr(
                "A therapy not offered here is still shown, with a line telling the patient "
                "to ask about a referral; a hidden one is not shown on the Options step."
            )
        )
        advice.setWordWrap(True)
        form.addRow(advice)
        for therapy in catalog.therapies:
            choice = QComboBox()
            # never wider than the editor's column: the chosen text is cut, the list is whole
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(16)
            for offer in OFFERS:
                choice.addItem(names[offer], offer)
            choice.setAccessibleName(therapy.name(lang))
            self.choices[therapy.id] = choice
            form.addRow(therapy.name(lang), choice)

    def show_offer(self, document: Mapping[str, Any]) -> None:
        offers = {t["therapy"]: t["offer"] for t in document.get("therapies", [])}
        for therapy_id, choice in self.choices.items():
            choice.setCurrentIndex(OFFERS.index(offers.get(therapy_id, "offered")))

    def edited(self) -> dict[str, Any]:
        """The ``clinic_offer`` document as chosen: the therapies not simply offered."""
        chosen = [
            {"therapy": therapy_id, "offer": choice.currentData()}
            for therapy_id, choice in self.choices.items()
            if choice.currentData() != "offered"
        ]
        return {"therapies": chosen}
