"""Focus is visible and named: the focus ring's colours, a date field's one Tab stop and
its refusal read with it, the arrival time checked, and focus back after a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from neuromod_aid.tokens import DARK, LIGHT, contrast
from neuromod_aid.ui.focus import tab_chain
from neuromod_aid.ui.style import style_sheet


@pytest.mark.parametrize(
    ("colours", "window", "text", "base"),
    [(LIGHT, "#efefef", "#000000", "#ffffff"), (DARK, "#2d2d2d", "#eeeeee", "#1e1e1e")],
)
def test_the_focus_ring_stands_out_from_its_background(colours, window, text, base) -> None:
    """WCAG 2.4.11/1.4.11: 3:1 against the window and the fields it rings, in the
    sheet the palette gets, and a colour of its own (not the selection's)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    sheet = style_sheet(palette)
    assert f"border: 2px solid {colours.focus}" in sheet
    for background in (window, base, QColor(window).darker(106).name()):
        assert contrast(colours.focus, background) >= 3, background
    highlight = palette.color(QPalette.ColorRole.Highlight)
    apart = abs(QColor(colours.focus).hue() - highlight.hue())
    assert min(apart, 360 - apart) >= 90  # another hue than the selection's


def _grab_item(walk):  # type: ignore[no-untyped-def]
    rect = walk.steps.visualItemRect(walk.steps.item(walk.current))
    return walk.steps.viewport().grab(rect).toImage()


def test_a_focused_step_looks_different_from_a_selected_one(window, qtbot) -> None:
    window.open_demo()
    walk = window.walkthrough
    walk.steps.setFocus()
    qtbot.waitUntil(walk.steps.hasFocus)
    focused = _grab_item(walk)
    walk.pages[0].name.setFocus()
    qtbot.waitUntil(lambda: not walk.steps.hasFocus())
    selected = _grab_item(walk)
    assert focused != selected
    ring = QColor(LIGHT.focus).rgb()
    assert any(focused.pixel(x, 1) == ring for x in range(focused.width()))
    assert not any(selected.pixel(x, 1) == ring for x in range(selected.width()))


def test_a_date_field_is_one_tab_stop_and_its_calendar_opens_by_key(window, qtbot) -> None:
    window.open_demo()
    page = window.walkthrough.pages[0]
    stops = tab_chain(page)
    after = stops[stops.index(page.birth_date) + 1]
    assert after is page.clinician  # its calendar button is no stop of its own
    page.birth_date.setFocus()
    qtbot.keyClick(page.birth_date, Qt.Key.Key_F4)
    assert page.birth_date.calendar.isVisible()
    qtbot.keyClick(page.birth_date.calendar, Qt.Key.Key_Escape)


def test_a_refused_date_is_read_with_its_field(window, qtbot) -> None:
    window.open_demo()
    field = window.walkthrough.pages[0].birth_date
    kept = field.value()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1968-02-31")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == kept
    assert "29 days" in field.message.text()
    assert field.accessibleDescription() == field.message.text()


def _procedure(window):  # type: ignore[no-untyped-def]
    window.open_demo()
    window.walkthrough.go(4)
    editor = window.walkthrough.page("questions").procedure
    if not editor.planned.isChecked():
        editor.planned.click()
    return editor


def test_the_arrival_time_takes_only_a_time(window, qtbot) -> None:
    editor = _procedure(window)
    editor.arrival.setFocus()
    editor.arrival.selectAll()
    qtbot.keyClicks(editor.arrival, "7.45")
    qtbot.keyClick(editor.arrival, Qt.Key.Key_Return)
    assert window.controller.record.procedure.arrival_time == "07:45"
    assert editor.arrival.text() == "07:45"
    editor.arrival.selectAll()
    qtbot.keyClicks(editor.arrival, "half past banana")
    qtbot.keyClick(editor.arrival, Qt.Key.Key_Return)
    assert window.controller.record.procedure.arrival_time == "07:45"  # the stored one stays
    assert editor.arrival.text() == "07:45"
    assert "half past banana was not saved" in editor.arrival.problem.text()
    assert not editor.arrival.problem.isHidden()
    assert editor.arrival.accessibleDescription() == editor.arrival.problem.text()


def _old_file(window, dialogs, arrival: str):  # type: ignore[no-untyped-def]
    """The demo written as a version-5 file whose arrival time is ``arrival``, opened
    in the window as a new consultation, on the Questions step."""
    import json

    from neuromod_aid.consultation import to_dict
    from neuromod_aid.demo import demo_consultation
    from neuromod_aid.record_versions import FORMAT_5

    data = to_dict(demo_consultation(window.services.catalog, "en"))
    data["format"] = FORMAT_5
    data["procedure"]["arrival_time"] = arrival
    del data["procedure"]["arrival_not_understood"]
    dialogs.open_path = dialogs.folder / "old.json"
    dialogs.open_path.write_text(json.dumps(data), encoding="utf-8")
    dialogs.answer = True
    window.keeping.open_file()
    assert not dialogs.warnings
    window.walkthrough.go(4)
    return window.walkthrough.page("questions").procedure


def test_an_old_arrival_time_that_is_no_time_is_shown_and_kept(window, qtbot, dialogs) -> None:
    editor = _old_file(window, dialogs, "after lunch")
    assert editor.arrival.text() == "after lunch"
    said = "Arrival time not understood: 'after lunch' — enter a time"
    assert editor.arrival.problem.text() == said
    assert not editor.arrival.problem.isHidden()
    assert editor.arrival.accessibleDescription() == said
    editor.arrival.setFocus()
    editor.place.setFocus()  # moving on without correcting it keeps it
    editor.place.setText("Day unit")
    editor.place.textEdited.emit("Day unit")  # another field saved: the text goes along
    assert window.controller.flush()
    procedure = window.controller.record.procedure
    assert (procedure.arrival_time, procedure.arrival_not_understood) == ("", "after lunch")
    assert procedure.place == "Day unit"


def test_an_old_arrival_text_goes_only_for_a_time_or_a_clear(window, qtbot, dialogs) -> None:
    editor = _old_file(window, dialogs, "after lunch")
    editor.arrival.setFocus()
    editor.arrival.selectAll()
    qtbot.keyClicks(editor.arrival, "soon")
    qtbot.keyClick(editor.arrival, Qt.Key.Key_Return)  # no time: refused, the text kept
    assert window.controller.record.procedure.arrival_not_understood == "after lunch"
    assert editor.arrival.text() == "after lunch"
    assert "soon was not saved" in editor.arrival.problem.text()
    editor.arrival.selectAll()
    qtbot.keyClicks(editor.arrival, "13.15")
    qtbot.keyClick(editor.arrival, Qt.Key.Key_Return)
    procedure = window.controller.record.procedure
    assert (procedure.arrival_time, procedure.arrival_not_understood) == ("13:15", "")
    assert editor.arrival.problem.isHidden()
    cleared = _old_file(window, dialogs, "after lunch")
    cleared.arrival.setFocus()
    cleared.arrival.selectAll()
    qtbot.keyClick(cleared.arrival, Qt.Key.Key_Delete)
    qtbot.keyClick(cleared.arrival, Qt.Key.Key_Return)  # the clinician empties it: cleared
    procedure = window.controller.record.procedure
    assert (procedure.arrival_time, procedure.arrival_not_understood) == ("", "")
    assert cleared.arrival.problem.isHidden()


def test_kept_text_is_shown_as_written_never_as_markup(window, qtbot, dialogs) -> None:
    editor = _old_file(window, dialogs, "<b>eight</b>\nor nine")
    assert editor.arrival.problem.textFormat() == Qt.TextFormat.PlainText
    assert "'<b>eight</b>\\nor nine'" in editor.arrival.problem.text()


def test_focus_comes_back_to_export_after_its_dialog(window, qtbot, dialogs) -> None:
    window.open_demo()
    window.walkthrough.go(5)
    page = window.walkthrough.page("summary")
    page.export_button.setFocus()
    qtbot.waitUntil(page.export_button.hasFocus)
    answer = dialogs.save_file

    def save_file(*args):  # type: ignore[no-untyped-def]
        window.walkthrough.steps.setFocus()  # a real dialog takes the focus away
        return answer(*args)

    dialogs.save_file = save_file  # type: ignore[method-assign]
    page.export_button.click()
    assert page.export_button.hasFocus()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_screen_reader_is_told_the_export_is_saved(make_window, dialogs, announced, lang) -> None:
    # "Saved as …" appeared in a label no focus reaches: a screen reader said nothing
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(5)
    page = window.walkthrough.page("summary")
    page.export_button.click()
    assert announced == [page.status.text()]
    (written,) = dialogs.folder.glob("*.pdf")
    assert str(written) in announced[0]
