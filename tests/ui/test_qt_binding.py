"""The installed Qt binding survives a long consultation's worth of repaints.

PySide6 6.12.0 on CPython 3.11 lost a reference to ``None`` on every call that
returns nothing and aborted the interpreter after a few thousand repaints, in the
middle of a consultation; pyproject.toml excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_many_void_qt_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.update()
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 100
