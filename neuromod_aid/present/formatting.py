"""Numbers and dates as a reader of the record's language writes them (Babel, CLDR).

Babel is imported where a number or a date is formatted, never at start-up.

The rules, the same on screen and on paper:

* a figure is never re-rounded: every digit the catalog stores is shown (0.31 stays
  0.31 / 0,31; 0.125 stays 0.125), and a whole number has no decimals (2.0 is 2);
* the decimal sign and the grouping are CLDR's for the language's locale, which the
  content's manifest declares (``[manifest.languages.<code>]`` ``locale``): 1,000 and
  10,000 in English; in Spanish a four-digit number is not grouped (1000, CLDR's
  ``minimumGroupingDigits`` of 2, which Babel does not apply itself, so the manifest
  declares it: ``minimum_grouping_digits``), five digits are (10 000);
* digits are never grouped with a point: where CLDR's group sign is a point (Spanish),
  a no-break space groups them instead, as the RAE's *Ortografía* (2010) and ISO 80000-1
  ask, so 10 000 cannot be misread as ten and never breaks across two lines;
* dates are CLDR's long form: 23 November 2026 / 23 de noviembre de 2026.

A language added to the content is formatted by its declared locale with no code edit.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from babel import Locale

    from neuromod_aid.catalog.manifest import Language

NO_BREAK_SPACE: Final = "\u00a0"


@cache
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


def language_name(code: str, said_in: Language) -> str:
    """The language ``code`` as ``said_in`` names it in running text (CLDR): "inglés"
    in Spanish, "English" in English; the code itself where CLDR has no name for it."""
    return str(_locale(said_in.locale).languages.get(code, code))


def number(value: float, language: Language) -> str:
    """``value`` with every stored digit, in ``language``'s digits and signs."""
    return _number(value, language.locale, language.minimum_grouping_digits)


@lru_cache(maxsize=4096)  # a summary writes the same few figures hundreds of times
def _number(value: float, locale_name: str, minimum_grouping_digits: int) -> str:
    from babel.numbers import format_decimal, get_group_symbol

    locale = _locale(locale_name)
    whole_digits = len(str(int(abs(value))))
    grouped = whole_digits >= 3 + minimum_grouping_digits
    shown: str = format_decimal(
        int(value) if value == int(value) else value,
        locale=locale,
        decimal_quantization=False,
        group_separator=grouped,
    )
    group = get_group_symbol(locale)
    return shown.replace(group, NO_BREAK_SPACE) if grouped and group == "." else shown


def percent(value: float, language: Language) -> str:
    """A whole percent in ``language``'s way: 57% (English), 57 % (Spanish)."""
    from babel.numbers import format_percent

    text: str = format_percent(round(value) / 100, locale=_locale(language.locale))
    return text


def is_one(count: float, language: Language) -> bool:
    """Whether ``language`` says ``count`` things in its singular ("one" in CLDR's plural
    rules for its locale): 1 in English and Spanish, but not 0, 2 or 1.5."""
    return bool(_locale(language.locale).plural_form(count) == "one")


def date(value: dt.date, language: Language) -> str:
    """``value`` in words: 23 November 2026 / 23 de noviembre de 2026."""
    from babel.dates import format_date

    text: str = format_date(value, "long", locale=_locale(language.locale))
    return text


def day_month(value: dt.date, language: Language) -> tuple[str, str]:
    """``value``'s day and short month, for a timeline's mark: ("7", "Dec") / ("7", "dic")."""
    from babel.dates import format_date

    locale = _locale(language.locale)
    return format_date(value, "d", locale=locale), format_date(value, "LLL", locale=locale)
