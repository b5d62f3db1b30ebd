"""An immutable, hashable mapping for frozen records (a dict inside one could change).

Validated by pydantic from a JSON object and written back as one, so the record's
file form is unchanged (pydantic is imported only when it builds that schema).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, get_args

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import core_schema

V = TypeVar("V")


class FrozenMap(Mapping[str, V]):
    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, V] | Iterable[tuple[str, V]] = ()) -> None:
        self._items: dict[str, V] = dict(items)

    def __getitem__(self, key: str) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from pydantic_core import core_schema

        (value,) = get_args(source) or (Any,)
        items = handler.generate_schema(dict[str, value])  # type: ignore[valid-type]
        return core_schema.no_info_after_validator_function(
            cls,
            items,
            # written back through the items' own schema (a value may be a model too)
            serialization=core_schema.plain_serializer_function_ser_schema(
                dict, return_schema=items
            ),
        )
