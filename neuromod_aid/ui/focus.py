"""The keyboard's path through a screen: which widgets Tab stops at, and in what order.

:func:`tab_chain` is the order Tab really takes (Qt's focus chain, filtered the way
Qt filters it); :func:`reading_stops` the order a page's layouts read in (top to
bottom, and left to right within a row or a column of a row), which a page hands to
:func:`set_tab_order` whenever its rows change. :func:`kept_focus` puts the focus
back where it was after a dialog closes, :func:`let_go` drops it before its screen
hides; :func:`announce` has a screen reader say what
happened where no focus goes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSplitter,
    QWidget,
)


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop at ``widget`` now (Qt's own test: it accepts Tab focus,
    hands its focus to no proxy, and is shown and enabled in its window)."""
    return (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisibleTo(widget.window())
    )


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab stops at, in the order Tab visits them
    (round the window's focus chain, from the window itself: where Tab starts)."""
    stops: list[QWidget] = []
    start = root.window()
    widget: QWidget | None = start.nextInFocusChain()
    while widget is not None and widget is not start and widget not in stops:
        if root.isAncestorOf(widget) and takes_tab(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def reading_stops(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that take Tab, in the order its layouts place
    them (a box or form layout's items in order, a grid's row by row, a scroll
    area's or splitter's contents in place). Hidden ones are included, so an order
    set now still holds when they are shown; a control's own parts are not."""
    layout = widget.layout()
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return reading_stops(inner) if inner is not None else []
    if isinstance(widget, QSplitter):
        parts = (widget.widget(i) for i in range(widget.count()))
        return [stop for part in parts if part is not None for stop in _stops_in(part)]
    return _layout_stops(layout) if layout is not None else []


def _stops_in(widget: QWidget) -> list[QWidget]:
    takes = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    if takes and widget.focusProxy() is None:
        return [widget]  # a control: its parts (a spin box's line edit) are its own
    return reading_stops(widget)


def _items(layout: QLayout) -> list[QLayoutItem]:
    """A layout's items in reading order: a grid's row by row, others as placed."""
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout

        def place(index: int) -> tuple[int, int]:
            position = grid.getItemPosition(index)  # (row, column, rows, columns)
            assert isinstance(position, tuple)
            return int(position[0]), int(position[1])

        indexes.sort(key=place)
    return [item for item in map(layout.itemAt, indexes) if item is not None]


def _layout_stops(layout: QLayout) -> list[QWidget]:
    stops: list[QWidget] = []
    for item in _items(layout):
        inner, child = item.widget(), item.layout()
        if inner is not None:
            stops += _stops_in(inner)
        elif child is not None:
            stops += _layout_stops(child)
    return stops


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in the order given; those hidden on purpose are
    left out (Qt does not link a hidden widget to the next one)."""
    shown = [w for w in widgets if not _hidden_on_purpose(w)]
    for first, second in itertools.pairwise(shown):
        QWidget.setTabOrder(first, second)


def _hidden_on_purpose(widget: QWidget) -> bool:
    """Hidden by a call to ``hide()`` (not merely waiting to be shown with its parent)."""
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


@contextmanager
def kept_focus() -> Iterator[None]:
    """After what runs inside (a dialog), the keyboard focus goes back to the control
    that had it, if it can still take it."""
    had = QApplication.focusWidget()
    try:
        yield
    finally:
        if had is not None and takes_tab(had) and not had.hasFocus():
            had.setFocus(Qt.FocusReason.OtherFocusReason)


def let_go(container: QWidget) -> None:
    """Drop the keyboard focus if it is inside ``container``, which is about to hide:
    else Qt hands it on to the next control in the chain (Back, Next, the toolbar's
    Help) on the way, and a screen reader announces that one first."""
    had = QApplication.focusWidget()
    if had is not None and container.isAncestorOf(had):
        had.clearFocus()


def show_focus(widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus and scroll every area around it to show it."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    in_view(widget)


def in_view(widget: QWidget) -> None:
    """Scroll every area around ``widget`` to show it (or its cursor, in a text field)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def say_under(field: QWidget, message: QLabel, text: str) -> None:
    """Show ``text`` in the ``message`` under ``field`` (hidden when empty), and make it
    the field's accessible description, so a screen reader reads it with the field."""
    message.setText(text)
    message.setVisible(bool(text))
    field.setAccessibleDescription(text)


def announce(where: QWidget, text: str) -> None:
    """A screen reader says ``text`` now, where the focus is (AT-SPI's announcement):
    for what a control's label shows after it is pressed, which no focus reaches."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(where, text))
