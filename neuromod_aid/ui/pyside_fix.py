"""A guard against a PySide6 reference-count bug on CPython 3.11.

PySide6 6.12.0 drops one reference to ``None`` on every call that returns nothing
(``processEvents``, ``drawPath``, ``update``...). CPython 3.12+ makes ``None``
immortal, so there it is harmless; on 3.11 the count reaches zero after some tens
of thousands of calls and the interpreter aborts ("none_dealloc: deallocating
None") in the middle of a consultation. Until a fixed PySide6 is available we
give ``None`` a reference count it can never exhaust, as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if count.value < _MARGIN:
        count.value += _MARGIN
