"""The Risks step opens with a jump list: one entry per therapy discussed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def _risks_page(window):
    window.open_demo()
    window.walkthrough.go(3)
    window.activateWindow()
    page = window.walkthrough.page("risks")
    QApplication.processEvents()  # laid out, as it is on screen
    return page


def _in_view(page, widget) -> bool:
    top = widget.mapTo(page.scroll_area.viewport(), QPoint()).y()
    return 0 <= top < page.scroll_area.viewport().height()


def test_one_entry_per_therapy_discussed_in_order(window) -> None:
    page = _risks_page(window)
    record = window.controller.record
    catalog = window.services.catalog
    assert record.therapies_discussed == ("scs", "drg")
    assert [b.text() for b in page.jump_buttons.values()] == ["SCS", "DRG"]
    names = [catalog.therapy(t).name("en") for t in record.therapies_discussed]
    assert [b.accessibleName() for b in page.jump_buttons.values()] == [
        f"Go to the risks of {name}" for name in names
    ]
    assert all(b.isVisible() for b in page.jump_buttons.values())


def test_an_entry_scrolls_to_the_therapy_and_focuses_its_first_box(window, qtbot) -> None:
    page = _risks_page(window)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.value() == 0
    drg_rows = [row for row in page.rows if row.therapy_id == "drg"]
    assert not _in_view(page, drg_rows[0].discussed), "DRG must start out of view"
    qtbot.mouseClick(page.jump_buttons["drg"], Qt.MouseButton.LeftButton)
    assert _in_view(page, drg_rows[0].discussed)
    assert window.focusWidget() is drg_rows[0].discussed
    qtbot.mouseClick(page.jump_buttons["scs"], Qt.MouseButton.LeftButton)
    scs_first = next(row for row in page.rows if row.therapy_id == "scs")
    assert _in_view(page, scs_first.discussed)
    assert window.focusWidget() is scs_first.discussed


def test_the_jump_list_works_from_the_keyboard(window, qtbot) -> None:
    page = _risks_page(window)
    first, second = page.jump_buttons.values()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    drg_first = next(row for row in page.rows if row.therapy_id == "drg")
    assert drg_first.discussed.hasFocus()
    assert _in_view(page, drg_first.discussed)
    assert not drg_first.discussed.isChecked()  # the key went to the entry, not the box


def test_the_jump_list_follows_the_therapies_discussed(window, qtbot) -> None:
    window.open_demo()
    window.walkthrough.go(2)
    options = window.walkthrough.page("options")
    qtbot.mouseClick(options.cards["idd"].discussed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(options.cards["scs"].discussed, Qt.MouseButton.LeftButton)
    assert window.controller.record.therapies_discussed == ("drg", "idd")
    window.walkthrough.go(3)
    page = window.walkthrough.page("risks")
    assert list(page.jump_buttons) == ["drg", "idd"]
    assert [b.text() for b in page.jump_buttons.values()] == ["DRG", "Pain pump"]
    qtbot.mouseClick(page.jump_buttons["idd"], Qt.MouseButton.LeftButton)
    idd_first = next(row for row in page.rows if row.therapy_id == "idd")
    assert window.focusWidget() is idd_first.discussed


def test_no_jump_list_when_no_therapy_is_discussed(window) -> None:
    window.new_consultation("No Options", "Dr. Empty")
    window.walkthrough.go(3)
    page = window.walkthrough.page("risks")
    assert page.jump_buttons == {}
    assert page.jump_bar.isHidden()


def test_the_jump_list_speaks_spanish(make_window, qtbot) -> None:
    window = make_window("es")
    page = _risks_page(window)
    assert page.jump_label.text() == "Ir a los riesgos de:"
    assert [b.text() for b in page.jump_buttons.values()] == ["EME", "DRG"]
    assert page.jump_buttons["scs"].accessibleName() == (
        "Ir a los riesgos de Estimulación de la médula espinal (EME)"
    )
