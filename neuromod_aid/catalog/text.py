"""Patient-facing text in every language, and the pieces every content schema shares.

Which languages exist is not written here: the content manifest declares them
(``[manifest.languages]``), and the loader requires every :class:`Text` to carry
exactly those (:mod:`neuromod_aid.catalog.languages`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Annotated, Any

from pydantic import (
    ConfigDict,
    GetCoreSchemaHandler,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError, core_schema

from neuromod_aid.frozen import FrozenMap

# defer_build: a class's validator is made when it first validates, not at import;
# reading the catalog then makes one for the whole Catalog instead of one per class
# (about 15 ms of every start and every printed document)
STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

#: A language code as the manifest declares it ("en", "es", "ca").
LANGUAGE_CODE = r"[a-z]{2,3}"
Lang = Annotated[str, StringConstraints(pattern=f"^{LANGUAGE_CODE}$")]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]

_WRITTEN = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Text(FrozenMap[str]):
    """One piece of patient-facing text: language code -> the text in that language.

    Written in a content file as ``name.en = "..."`` / ``name.es = "..."`` (or an inline
    table ``{ en = "...", es = "..." }``); read as ``text("es")``.
    """

    __slots__ = ()

    def __init__(
        self, items: Mapping[str, str] | Iterable[tuple[str, str]] = (), /, **texts: str
    ) -> None:
        super().__init__({**dict(items), **texts})

    def __call__(self, lang: str) -> str:
        return self[lang]

    def __repr__(self) -> str:
        return f"Text({dict(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_wrap_validator_function(
            cls._validate,
            handler.generate_schema(dict[str, _WRITTEN]),
            serialization=core_schema.plain_serializer_function_ser_schema(cls._written),
        )

    def _written(self) -> dict[str, Any]:
        """As a content file writes it."""
        return dict(self)

    @classmethod
    def _validate(cls, value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Text:
        if isinstance(value, Text):
            return value
        if not isinstance(value, Mapping):
            raise PydanticCustomError(
                "text_languages",
                'a text is given in every language, as name.en = "..." and name.es = "..." '
                "(one line for each language the manifest declares)",
            )
        return cls(handler(value))


@dataclass(frozen=True, config=STRICT)
class Review:
    """IPDAS asks for a production date and an update policy on every item."""

    produced: date
    last_reviewed: date
    next_review: date

    @model_validator(mode="after")
    def _ordered(self) -> Review:
        if not (self.produced <= self.last_reviewed < self.next_review):
            raise ValueError("dates must satisfy produced <= last_reviewed < next_review")
        return self


def review_window(reviews: Iterable[Review]) -> tuple[date, date]:
    """The newest last review and the soonest review due among ``reviews``."""
    listed = list(reviews)
    return max(r.last_reviewed for r in listed), min(r.next_review for r in listed)


class Wording(Text):
    """One label or sentence of the documents or the patient screen: a :class:`Text`
    that may cite ``sources`` for a number it shows (``sources = ["..."]`` beside the
    languages in its table)."""

    __slots__ = ("sources",)

    def __init__(
        self,
        items: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        /,
        sources: tuple[str, ...] = (),
        **texts: str,
    ) -> None:
        super().__init__(items, **texts)
        self.sources = tuple(sources)

    def __repr__(self) -> str:
        return f"Wording({dict(self)!r}, sources={self.sources!r})"

    def _written(self) -> dict[str, Any]:
        return {**self, "sources": list(self.sources)} if self.sources else dict(self)

    @classmethod
    def _validate(cls, value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Text:
        if isinstance(value, Wording):
            return value
        if not isinstance(value, Mapping):
            return super()._validate(value, handler)  # says how a text is written
        texts = {key: text for key, text in value.items() if key != "sources"}
        try:
            sources = _source_ids().validate_python(value.get("sources", ()))
        except ValidationError:
            raise PydanticCustomError("sources", "sources is a list of source ids") from None
        return cls(handler(texts), sources=sources)


@cache  # made when a text with sources is first read, not at import
def _source_ids() -> TypeAdapter[tuple[str, ...]]:
    return TypeAdapter(tuple[Id, ...])
