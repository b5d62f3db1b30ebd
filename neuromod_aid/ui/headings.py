"""Headings a screen reader announces as headings.

Qt gives a ``QLabel`` the role of static text and has no property for a heading, so
a label marked with :func:`mark_heading` gets an accessible interface of its own
(installed once, through ``QAccessible.installFactory``) whose role is
``QAccessible.Heading`` (AT-SPI's "heading") and whose name is the label's text.
A container marked with :func:`mark_silent` (the window's stacks of screens and of
steps) is a plain grouping without a name (AT-SPI's "filler"), which Orca passes over;
as a "layered pane" it was announced, nameless, at every step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING = "heading"  # the dynamic property that marks a label as a heading
SILENT = "silent_container"  # the one that marks a container said nothing of


class HeadingInterface(QAccessibleWidget):
    """A heading label as assistive technology sees it."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self.label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or self.label.text()
        return super().text(kind)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and obj.property(HEADING):
        return HeadingInterface(obj)
    if isinstance(obj, QWidget) and obj.property(SILENT):
        return QAccessibleWidget(obj, QAccessible.Role.Client)
    return None


_installed: list[bool] = []


def _install() -> None:
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def mark_heading(label: QLabel) -> None:
    """``label`` is announced as a heading (before anything asks for its interface)."""
    _install()
    label.setProperty(HEADING, True)


def mark_silent(container: QWidget) -> None:
    """``container`` is passed over by a screen reader (before anything asks for its
    interface): what is inside it is announced, not the container."""
    _install()
    container.setProperty(SILENT, True)
