"""The keyboard's path: Tab follows the reading order, every stop is named as a screen
reader names it, and no two mnemonics or shortcuts of a screen are the same key."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from neuromod_aid.ui.focus import tab_chain

STEPS = 6


def announced(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``: Qt's accessible interface's
    name (the accessible name, else a button's text or a buddy label's text). On
    Linux a combo box's name is its current value; it is named by the label linked
    to it (AT-SPI's "labelled by"), so a combo box needs a buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QComboBox):
        labels = interface.relations(QAccessible.RelationFlag.Label)
        return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels)
    return interface.text(QAccessible.Text.Name).strip()


def reading_path(widget: QWidget) -> list[QRect]:
    """Where ``widget`` is in reading order: its rectangle in the content of the
    innermost scroll area around it, preceded by that scroll area's own place, and
    so on out to the window. Content that scrolls is read in its own coordinates, so
    what is scrolled out of view is still below what comes before it."""
    path: list[QRect] = []
    node = widget
    while True:
        area = next(
            (a for a in _ancestors(node) if isinstance(a, QScrollArea) and a.widget()), None
        )
        frame = area.widget() if area is not None else node.window()
        path.insert(0, QRect(node.mapTo(frame, QPoint()), node.size()))
        if area is None:
            return path
        node = area


def _ancestors(widget: QWidget):  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def comes_after(before: QWidget, after: QWidget) -> bool:
    """The reading-order rule: a stop either starts below the previous one ends (a new
    line), or starts right of where it ends (the same line, or the top of the next
    column of side-by-side columns, read each top to bottom). Going left on a line,
    or up and back to the left, is an inversion. Compared at the first level where
    their places differ (both in one scroll area: inside it)."""
    for first, second in zip(reading_path(before), reading_path(after), strict=False):
        if first != second:
            tolerance = 2
            return (
                second.top() >= first.bottom() - tolerance
                or second.left() >= first.right() - tolerance
            )
    return False  # one inside the other: never two stops


def check_chain(root: QWidget) -> list[str]:
    problems = []
    stops = tab_chain(root)
    for stop in stops:
        if isinstance(stop, QScrollArea):
            problems.append(f"a scroll area is a Tab stop: {stop.objectName()!r}")
        if not announced(stop):
            problems.append(f"unnamed {type(stop).__name__} {stop.objectName()!r}")
    for before, after in itertools.pairwise(stops):
        if not comes_after(before, after):
            problems.append(f"{announced(before)!r} then {announced(after)!r}")
    return problems


def _open_every_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The demo, with rows added at run time on Questions and a procedure planned."""
    window.open_demo()
    walk = window.walkthrough
    walk.go(4)
    page = walk.page("questions")
    qtbot.mouseClick(page.next_steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_point, Qt.MouseButton.LeftButton)
    if not page.procedure.planned.isChecked():
        page.procedure.planned.click()
    qtbot.waitUntil(lambda: page.teach_rows[-1][0].isVisible())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tab_follows_the_reading_order_and_every_stop_is_named(make_window, qtbot, lang) -> None:
    window = make_window(lang)
    assert check_chain(window.start) == []
    _open_every_row(window, qtbot)
    walk = window.walkthrough
    for index in range(STEPS):
        walk.go(index)
        qtbot.wait(10)  # laid out
        stops = tab_chain(walk)
        assert stops[0] is walk.steps, index
        assert stops[-1] is walk.next_button or index == STEPS - 1, index
        assert walk.back_button in stops or index == 0, index
        assert check_chain(walk) == [], (index, lang)
        page_stops = tab_chain(walk.pages[index])
        assert not index or page_stops, index  # each step's own fields take Tab
        assert all(stops.index(p) < stops.index(walk.back_button) for p in page_stops if index)


def test_rows_added_later_take_their_place_in_the_order(window, qtbot) -> None:
    window.open_demo()
    walk = window.walkthrough
    walk.go(4)
    page = walk.page("questions")
    qtbot.mouseClick(page.next_steps.add_button, Qt.MouseButton.LeftButton)
    new_row = page.next_steps.rows[-1]
    qtbot.waitUntil(new_row.isVisible)
    stops = tab_chain(page)
    assert stops.index(new_row.remove_button) + 1 == stops.index(page.next_steps.add_button)
    qtbot.mouseClick(page.add_point, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.teach_rows[-1][0].isVisible)
    stops = tab_chain(page)
    assert stops[stops.index(page.add_point) - 3] is page.teach_rows[-1][1]


def test_tab_on_options_reaches_the_first_card_first(window, qtbot) -> None:
    window.open_demo()
    walk = window.walkthrough
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    options = walk.page("options")
    first = options.cards[options._order[0]]
    assert first.open_button.hasFocus()  # the step shortcut puts focus on its first field
    qtbot.keyClick(first.open_button, Qt.Key.Key_Tab)
    assert first.discussed.hasFocus()


@pytest.mark.parametrize("index", range(STEPS))
def test_a_step_shortcut_puts_the_focus_on_its_first_field(window, qtbot, index) -> None:
    window.open_demo()
    walk = window.walkthrough
    walk.go((index + 1) % STEPS)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.AltModifier)
    assert walk.current == index
    focused = window.focusWidget()
    assert focused is tab_chain(walk.pages[index])[0]
    area = walk.pages[index].scroll_area
    top = focused.mapTo(area.viewport(), QPoint()).y()
    assert 0 <= top < area.viewport().height()  # and it is in view


def test_step_headings_are_headings_to_a_screen_reader(window) -> None:
    window.open_demo()
    for index, page in enumerate(window.walkthrough.pages):
        window.walkthrough.go(index)
        interface = QAccessible.queryAccessibleInterface(page.heading)
        assert interface.role() == QAccessible.Role.Heading
        assert interface.text(QAccessible.Text.Name) == page.title()


def test_no_nameless_layered_pane_is_announced_on_the_way_to_a_field(window) -> None:
    # Orca said "layered pane" (the window's stacks of screens and steps, nameless)
    # before the field at step shortcuts; it passes over a nameless plain grouping
    window.open_demo()
    for index, page in enumerate(window.walkthrough.pages):
        window.walkthrough.go_to_field(index)
        node = QAccessible.queryAccessibleInterface(window.focusWidget()).parent()
        roles = []
        while node is not None and node.isValid() and node.role() != QAccessible.Role.Window:
            roles.append(node.role())
            node = node.parent()
        assert QAccessible.Role.LayeredPane not in roles, page.step_id


# --- mnemonics and shortcuts ----------------------------------------------------------


def keys_of(screen: QWidget) -> list[str]:
    """Every key that acts on what is shown in ``screen``'s window: the Alt+letter of
    each visible label with a buddy, button, check box and group box title, and the
    window's shortcuts and actions that work there."""
    keys = []
    window = screen.window()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = ""
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        mnemonic = QKeySequence.mnemonic(text)
        if not mnemonic.isEmpty():
            keys.append(mnemonic.toString())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.isVisible() and shortcut.isEnabled():
            keys.append(shortcut.key().toString())
    actions: dict[int, object] = {}
    for owner in (window, *window.findChildren(QWidget)):
        for action in owner.actions():  # a toolbar's action is on its button too: once
            actions[id(action)] = action
    keys += [a.shortcut().toString() for a in actions.values() if a.shortcut().toString()]
    return keys


def clashes(screen: QWidget) -> list[str]:
    counts = Counter(keys_of(screen))
    return [key for key, count in counts.items() if count > 1]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_two_controls_share_a_key_on_any_screen(make_window, qtbot, lang) -> None:
    from neuromod_aid.ui.amend import AmendDialog
    from neuromod_aid.ui.clinic import ClinicDialog

    window = make_window(lang)
    assert clashes(window.start) == [], "start screen"
    _open_every_row(window, qtbot)
    for index in range(STEPS):
        window.walkthrough.go(index)
        assert clashes(window.walkthrough) == [], (index, lang)
    patient_id = window.services.consultations.load(window.controller.consultation_id).patient_id
    window.show_patient(patient_id)
    assert clashes(window.patient_view) == [], "patient view"
    languages = window.services.catalog.manifest.language_names
    for dialog in (ClinicDialog(None, languages, window), AmendDialog("A", window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clashes(dialog) == [], type(dialog).__name__
        dialog.close()


def test_toolbar_actions_have_shortcuts_shown_in_their_tooltips(window) -> None:
    window.open_demo()
    for action in window.toolbar_actions:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key, action.text()
        assert key in action.toolTip(), action.text()


@pytest.mark.parametrize("index", range(STEPS))
def test_a_step_shortcut_moves_the_focus_straight_to_the_field(window, qtbot, index) -> None:
    # hiding the page that had the focus handed it to Back or Next first, and a screen
    # reader announced that button before the field of the step asked for
    from PySide6.QtWidgets import QApplication

    window.open_demo()
    walk = window.walkthrough
    walk.go_to_field((index + 1) % STEPS)  # a field of another step has the focus
    assert walk.pages[(index + 1) % STEPS].isAncestorOf(window.focusWidget())
    reached: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: reached.append(new))
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.AltModifier)
    gained = [widget for widget in reached if widget is not None]
    assert gained == [tab_chain(walk.pages[index])[0]], [announced(w) for w in gained]


def test_a_new_screen_gets_the_focus_with_no_stop_on_the_way(window, qtbot) -> None:
    # the screen that had the focus hid first, and Qt handed the focus to the toolbar's
    # Help on the way: a screen reader announced Help, or nothing, for the new screen
    from PySide6.QtWidgets import QApplication

    window.new_consultation("Keya Board", "Dr. Focus")
    patient_id = window.controller.stored.patient_id
    reached: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: reached.append(new))

    def gained(show) -> list[QWidget]:  # type: ignore[no-untyped-def]
        reached.clear()
        show()
        qtbot.waitUntil(lambda: any(widget is not None for widget in reached))
        qtbot.wait(50)  # and nothing after it
        return [widget for widget in reached if widget is not None]

    assert gained(lambda: window.show_patient(patient_id)) == [window.patient_view.history]
    window.patient_view.clinician.setText("Dr. Focus")
    new = window.patient_view.new_button
    assert gained(new.click) == [window.walkthrough.steps]
    assert gained(window.show_start) == [window.start.search]
    assert gained(window.workspace.show_procedures) == [window.workspace.procedures.list]
