"""Lists of tick boxes whose rows tick like a check box's label does.

In a Qt item view a click ticks a checkable row only on its small box; a click on
the words merely selects the row, which looks like a tick and is not one. With
:class:`TickOnClick` as its delegate a click anywhere on the row ticks or unticks
it; Space still does, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class TickOnClick(QStyledItemDelegate):
    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        flags = index.flags()
        if (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and flags & Qt.ItemFlag.ItemIsUserCheckable
            and flags & Qt.ItemFlag.ItemIsEnabled
            and option.rect.contains(event.position().toPoint())
        ):
            ticked = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
            now = (
                Qt.CheckState.Unchecked
                if ticked == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return model.setData(index, now, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)
