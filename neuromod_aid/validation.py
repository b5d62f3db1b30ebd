"""Where pydantic checks the record and catalog types, without importing it until then.

The record and catalog types are plain frozen dataclasses: made in code (the demo, a
screen's change, the cached catalog) they are not checked, and importing them costs
no pydantic (about 200 ms of every ``summary --demo``). What comes from outside (content
files, a consultation file, the database, FHIR, a clinic's revisions, and each change
the window makes) goes through :func:`adapter`, which pydantic builds when it is first
asked for. The limits a field's type carries are the markers here: pydantic reads them
when it builds a schema, and nothing else needs them.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard, TypeVar, overload

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, TypeAdapter
    from pydantic_core import CoreSchema
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Callable[[T], T]:  # for the type checker only
        return lambda decorator: decorator


T = TypeVar("T")

# what every record and catalog type is validated with: no unknown field, whitespace
# stripped, and an instance made in code checked field by field (not passed through)
CONFIG = {"extra": "forbid", "str_strip_whitespace": True, "revalidate_instances": "always"}


class Strict:
    """The base of every record and catalog dataclass: pydantic takes its config from
    ``__pydantic_config__``."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, Any]] = CONFIG


class Limits:
    """A bound on a value, as pydantic's schema writes it: ``min_length``/``max_length``
    (a text or a list), ``pattern`` and ``strip_whitespace`` (a text), ``ge``/``le`` (a
    number or a date)."""

    __slots__ = ("limits",)

    def __init__(self, **limits: Any) -> None:
        self.limits = limits

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        bounded: Any = schema
        while bounded["type"] in ("function-after", "function-wrap"):  # a FrozenMap's dict
            bounded = bounded["schema"]
        bounded.update(self.limits)
        return schema


class After:
    """A check (or change) of a value once pydantic has validated its type; a
    ``ValueError`` it raises is a validation error of the field."""

    __slots__ = ("check",)

    def __init__(self, check: Callable[[Any], Any]) -> None:
        self.check = check

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.check, handler(source))


class Before(After):
    """A change of the input before pydantic validates it (an older file's form)."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(self.check, handler(source))


def adapter(kind: Any) -> TypeAdapter[Any]:
    """pydantic's validator and serializer for ``kind``, made when first asked for."""
    return _adapter(kind)


@cache  # behind adapter(): the cache's own signature would take no type as an argument
def _adapter(kind: Any) -> TypeAdapter[Any]:
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


def validated(value: T) -> T:
    """``value`` checked field by field as if it came from outside (each field's limits,
    whitespace stripped): what a change the window makes and what the database stores
    go through. Raises pydantic's ``ValidationError``."""
    checked: T = adapter(type(value)).validate_python(value)
    return checked


def fits_text(value: object, annotated: Any) -> TypeGuard[str]:
    """Whether ``value`` is a text of the ``Annotated`` text type ``annotated`` (a record
    field's, such as ``record_fields.Name``) as pydantic would take it: its length, once
    whitespace is stripped, within the type's :class:`Limits`, and its :class:`After`
    checks passed. For a reader that must not load pydantic (the start screen's first
    look); the types it reads bound only a text's length."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    for marker in annotated.__metadata__:
        if isinstance(marker, Limits):
            lowest, highest = marker.limits.get("min_length", 0), marker.limits["max_length"]
            if not lowest <= len(text) <= highest:
                return False
        elif isinstance(marker, After):
            try:
                text = marker.check(text)
            except ValueError:
                return False
    return True


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, kw_only: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(
    cls: type[T] | None = None, /, *, kw_only: bool = False
) -> type[T] | Callable[[type[T]], type[T]]:
    """A frozen dataclass, as ``@dataclass(frozen=True)`` makes it (its fields compared,
    hashed and shown in order), with those three methods shared by every record and
    catalog type rather than compiled for each of them (about 3% of the instructions of
    a ``summary --demo`` process)."""

    def made(cls: type[T]) -> type[T]:
        frozen = dataclasses.dataclass(cls, frozen=True, eq=False, repr=False, kw_only=kw_only)
        fields: tuple[dataclasses.Field[Any], ...] = dataclasses.fields(frozen)  # type: ignore[arg-type]
        frozen.__record_fields__ = tuple(field.name for field in fields)  # type: ignore[attr-defined]
        frozen.__eq__ = _eq  # type: ignore[assignment, method-assign]
        frozen.__hash__ = _hash  # type: ignore[method-assign]
        frozen.__repr__ = _repr  # type: ignore[method-assign]
        return frozen

    return made if cls is None else made(cls)


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__record_fields__)


def _eq(self: Any, other: object) -> object:  # NotImplemented: let the other side say
    if other.__class__ is self.__class__:
        return _values(self) == _values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
    return f"{self.__class__.__qualname__}({shown})"
