"""The field types every part of the consultation record shares (its JSON form's
limits): strict dataclasses, names and texts of bounded length."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, StringConstraints

STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(max_length=2_000)]
LongText = Annotated[str, StringConstraints(max_length=50_000)]
