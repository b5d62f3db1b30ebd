"""The content manifest: the content's version, who made it, and its languages.

The languages are declared here once (``[manifest.languages.<code>]``): every text of
the content is written in each of them, the program offers them for the summary and
for itself, and ``content check`` holds each to its own plain-language limit. The
first one is the default.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from neuromod_aid.catalog.text import LANGUAGE_CODE, NonEmpty, Text
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.validation import Limits, Strict, record

Formula = Literal["flesch_kincaid_grade", "inflesz"]
FORMULA_NAMES: dict[str, str] = {
    "flesch_kincaid_grade": "Flesch-Kincaid grade",  # a school grade: lower is plainer
    "inflesz": "INFLESZ",  # Szigriszt-Pazos perspicuity, 0-100: higher is plainer
}


@record(kw_only=True)
class Readability(Strict):
    """The limit every text block of one language is held to by ``content check``."""

    formula: Formula
    at_most: float | None = None  # for a grade
    at_least: float | None = None  # for an ease score
    # the hyphenation dictionary syllables are counted with (default: the language code)
    dictionary: str | None = None

    def __post_init__(self) -> None:
        if (self.at_most is None) == (self.at_least is None):
            raise ValueError("give exactly one of at_most and at_least")

    def acceptable(self, value: float) -> bool:
        if self.at_most is not None:
            return value <= self.at_most
        return self.at_least is None or value >= self.at_least

    def describe(self, value: float) -> str:
        if self.at_most is not None:
            limit = f"at most {self.at_most:g}"
        else:
            limit = f"at least {self.at_least:g}"
        return f"{FORMULA_NAMES[self.formula]} {value:.1f} ({limit})"


@record(kw_only=True)
class Language(Strict):
    name: NonEmpty  # the language's own name, written in it: "English", "Español"
    decimal_mark: Literal[".", ","]  # how the content's texts write 1.5
    readability: Readability
    # the CLDR locale its numbers and dates are written in (Babel): "en_GB", "es", "ca"
    locale: Annotated[str, Limits(pattern=r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")]
    # CLDR's minimumGroupingDigits, which Babel's data leaves out: 2 for Spanish (1000
    # is not grouped, 10 000 is)
    minimum_grouping_digits: Annotated[int, Limits(ge=1, le=3)] = 1


@record
class Manifest(Strict):
    content_version: Annotated[str, Limits(pattern=r"^\d+\.\d+\.\d+$")]
    produced: date
    languages: Annotated[FrozenMap[Language], Limits(min_length=1)]
    # who is behind the content (IPDAS certifying items): a clinic fills these in with
    # its own people and roles before it ships; none may be left out
    made_by: Text  # who wrote it, with their roles
    reviewed_by: Text  # who checked it clinically, with their roles (or that no one has yet)
    conflicts_of_interest: Text
    funding: Text
    evidence_method: Text  # how the evidence was chosen
    patient_testing: Text  # whether patients have tried it out (say so if not)
    update_policy: Text
    disclaimer: Text  # "supports, does not replace, the conversation with the care team"

    def __post_init__(self) -> None:
        for code in self.languages:
            if not re.fullmatch(LANGUAGE_CODE, code):
                raise ValueError(f"{code!r} is not a language code (such as en, es, ca)")

    @property
    def codes(self) -> tuple[str, ...]:
        """The declared language codes, the default first."""
        return tuple(self.languages)

    @property
    def default_language(self) -> str:
        return next(iter(self.languages))

    @property
    def language_names(self) -> dict[str, str]:
        """Each declared language's code and own name ("es" -> "Español"), default first."""
        return {code: language.name for code, language in self.languages.items()}

    def language_name(self, code: str) -> str:
        """A language by its own name ("Español"), or its code if none is declared."""
        language = self.languages.get(code)
        return language.name if language is not None else code
