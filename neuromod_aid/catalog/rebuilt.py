"""The cached catalog's JSON made back into its frozen dataclasses, without pydantic.

The cache holds what pydantic wrote of a catalog it had validated (:mod:`.store`), so
each value is rebuilt by its field's type alone: a nested dataclass from its object, a
tuple from its list, a :class:`~neuromod_aid.frozen.FrozenMap` or a text from its
object, a date from its ISO form. A value of another type than its field's, or a field
the class does not have, raises :class:`CacheDamaged` (the store then reads the files).
The dataclasses' own checks (``__post_init__``) run as each is made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, Union

from neuromod_aid.catalog.text import Text
from neuromod_aid.frozen import FrozenMap

Build = Callable[[Any], Any]


class CacheDamaged(ValueError):
    """The cached JSON does not fit the catalog's types."""


def rebuilt(kind: Any, data: Any) -> Any:
    """``data`` (parsed JSON) as an instance of ``kind``."""
    try:
        return _builder(kind)(data)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise CacheDamaged(f"{type(error).__name__}: {error}") from None


@cache
def _builder(kind: Any) -> Build:
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    if isinstance(kind, type) and issubclass(kind, Text):
        return kind.from_written
    if origin is FrozenMap:
        (value,) = args
        item = _builder(value)
        return lambda data: FrozenMap({key: item(entry) for key, entry in _dict(data).items()})
    if origin is tuple:
        return _tuple(args)
    if origin in (Union, types.UnionType):
        return _optional(args)
    if origin is Literal:
        allowed = frozenset(args)
        return lambda data: data if data in allowed else _wrong(data, kind)
    return _scalar(kind)


def _dataclass(kind: Any) -> Build:
    fields: dict[str, Build] = {}  # each field's builder, made on first use (types may nest)

    def build(data: Any) -> Any:
        if not fields:
            hints = typing.get_type_hints(kind)
            fields.update(
                (field.name, _builder(hints[field.name])) for field in dataclasses.fields(kind)
            )
        try:
            return kind(**{name: fields[name](value) for name, value in _dict(data).items()})
        except KeyError as error:
            raise KeyError(f"{kind.__name__} has no field {error}") from None

    return build


def _tuple(args: tuple[Any, ...]) -> Build:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _builder(args[0])
        return lambda data: tuple(item(entry) for entry in _list(data))
    items = tuple(_builder(arg) for arg in args)

    def fixed(data: Any) -> tuple[Any, ...]:
        if len(_list(data)) != len(items):
            raise ValueError(f"expected {len(items)} items, found {len(data)}")
        return tuple(item(entry) for item, entry in zip(items, data, strict=True))

    return fixed


def _optional(args: tuple[Any, ...]) -> Build:
    kinds = [arg for arg in args if arg is not type(None)]
    if len(kinds) != 1:
        raise TypeError(f"no rebuilding of a union of {kinds}")
    inner = _builder(kinds[0])
    return lambda data: None if data is None else inner(data)


def _scalar(kind: Any) -> Build:
    if kind is dt.date:
        return lambda data: dt.date.fromisoformat(_text(data))
    if kind is float:
        return lambda data: float(data) if type(data) in (int, float) else _wrong(data, kind)
    if kind in (str, int, bool):
        return lambda data: data if type(data) is kind else _wrong(data, kind)
    raise TypeError(f"no rebuilding of {kind!r}")


def _dict(data: Any) -> dict[str, Any]:
    return data if isinstance(data, dict) else _wrong(data, dict)


def _list(data: Any) -> list[Any]:
    return data if isinstance(data, list) else _wrong(data, list)


def _text(data: Any) -> str:
    return data if isinstance(data, str) else _wrong(data, str)


def _wrong(data: Any, kind: Any) -> Any:
    raise TypeError(f"expected {kind!r}, found {type(data).__name__}")
