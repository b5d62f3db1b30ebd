"""The field types every part of the consultation record shares (its JSON form's
limits, checked where a record is validated: :mod:`neuromod_aid.validation`): names and
texts of bounded length that every database can store (no NUL character), lists of
bounded length, and days a clinic can mean."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, TypeVar

from neuromod_aid.validation import After, Before, Limits

T = TypeVar("T")
RECORD_NUMBER_MAX = 100  # what the database's indexed column holds on every engine
# what a document can be built from within seconds: ReportLab's time grows faster than the
# length of one paragraph, and a table cell must fit on a page
MAX_ITEMS = 30  # in a list of texts: questions, treatments, next steps, allergies...
MAX_IDS = 200  # in a list of the catalog's ids (each must be one the catalog knows)
# a date of the record: a day a clinic can mean (date arithmetic stays inside the calendar)
Day = Annotated[dt.date, Limits(ge=dt.date(1900, 1, 1), le=dt.date(2999, 12, 31))]


def _storable(text: str) -> str:
    """No database stores a NUL character in text (PostgreSQL refuses it): refused here,
    with the reason, rather than by the database as if it were damaged."""
    if "\x00" in text:
        raise ValueError("contains a NUL character (\\x00), which cannot be stored")
    return text


_Storable = After(_storable)
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _clock(text: str) -> str:
    """A time of day as the record writes it, HH:MM on the 24-hour clock, or nothing."""
    if text and not is_clock_time(text):
        raise ValueError("expected a time of day as HH:MM (24-hour clock) or nothing")
    return text


def is_clock_time(text: str) -> bool:
    """Whether ``text`` is a time of day as the record writes it (HH:MM)."""
    return bool(_CLOCK.fullmatch(text))


Name = Annotated[str, Limits(min_length=1, max_length=200), _Storable]
ShortText = Annotated[str, Limits(max_length=2_000), _Storable]
LongText = Annotated[str, Limits(max_length=50_000), _Storable]
PrintedText = Annotated[str, Limits(max_length=20_000), _Storable]
Label = Annotated[str, Limits(max_length=300), _Storable]  # a table's cell
# who signed a mark, a call, a decision or a visit; None: nobody was chosen as working.
# Records before version 6 wrote that as this English text, read as None.
NOBODY_BEFORE_6 = "(not recorded)"
Signer = Annotated[Name | None, Before(lambda value: None if value == NOBODY_BEFORE_6 else value)]
Items = Annotated[tuple[T, ...], Limits(max_length=MAX_ITEMS)]
Ids = Annotated[tuple[str, ...], Limits(max_length=MAX_IDS)]
ClockTime = Annotated[str, After(_clock)]
RecordNumber = Annotated[str, Limits(max_length=RECORD_NUMBER_MAX), _Storable]
