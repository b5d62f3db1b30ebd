"""Patient-facing text in every language, and the pieces every content schema shares.

Which languages exist is not written here: the content manifest declares them
(``[manifest.languages]``), and the loader requires every :class:`Text` to carry
exactly those (:mod:`neuromod_aid.catalog.languages`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from neuromod_aid.frozen import FrozenMap
from neuromod_aid.validation import Limits, Strict, adapter, record

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import core_schema

#: A language code as the manifest declares it ("en", "es", "ca").
LANGUAGE_CODE = r"[a-z]{2,3}"
Lang = Annotated[str, Limits(pattern=f"^{LANGUAGE_CODE}$")]
Id = Annotated[str, Limits(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, Limits(min_length=1)]

_WRITTEN = Annotated[str, Limits(strip_whitespace=True, min_length=1)]


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
        from pydantic_core import core_schema

        return core_schema.no_info_wrap_validator_function(
            cls._validate,
            handler.generate_schema(dict[str, _WRITTEN]),
            serialization=core_schema.plain_serializer_function_ser_schema(cls._written),
        )

    def _written(self) -> dict[str, Any]:
        """As a content file writes it."""
        return dict(self)

    @classmethod
    def from_written(cls, data: Mapping[str, Any]) -> Text:
        """What :meth:`_written` gave, made back into a text (not validated)."""
        if not all(isinstance(text, str) for text in data.values()):
            raise TypeError("a text's languages are strings")
        return cls(data)

    @classmethod
    def _validate(cls, value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Text:
        if isinstance(value, Text):
            return value
        if not isinstance(value, Mapping):
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError(
                "text_languages",
                'a text is given in every language, as name.en = "..." and name.es = "..." '
                "(one line for each language the manifest declares)",
            )
        return cls(handler(value))


@record
class Review(Strict):
    """IPDAS asks for a production date and an update policy on every item."""

    produced: date
    last_reviewed: date
    next_review: date

    def __post_init__(self) -> None:
        if not (self.produced <= self.last_reviewed < self.next_review):
            raise ValueError("dates must satisfy produced <= last_reviewed < next_review")


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
    def from_written(cls, data: Mapping[str, Any]) -> Text:
        texts = {key: text for key, text in data.items() if key != "sources"}
        sources = data.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise TypeError("sources is a list of source ids")
        return cls(super().from_written(texts), sources=tuple(sources))

    @classmethod
    def _validate(cls, value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Text:
        if isinstance(value, Wording):
            return value
        if not isinstance(value, Mapping):
            return super()._validate(value, handler)  # says how a text is written
        from pydantic import ValidationError
        from pydantic_core import PydanticCustomError

        texts = {key: text for key, text in value.items() if key != "sources"}
        try:
            sources = adapter(tuple[Id, ...]).validate_python(value.get("sources", ()))
        except ValidationError:
            raise PydanticCustomError("sources", "sources is a list of source ids") from None
        return cls(handler(texts), sources=sources)
