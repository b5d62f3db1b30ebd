"""The word tables a presentation function is handed.

The tables themselves (``pdf/labels_en.py``, ``labels_es.py``: one set of keys in every
language) are the documents' and the patient screen's alike; whoever renders passes
them in, so this package depends on no renderer.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from neuromod_aid.catalog.model import Lang


class Wording(Protocol):
    """One language's words: ``words("key", name=...)``, and its numbers and dates."""

    @property
    def lang(self) -> Lang: ...

    def __call__(self, key: str, **values: object) -> str: ...

    def number(self, value: float) -> str: ...

    def date(self, value: dt.date) -> str: ...
