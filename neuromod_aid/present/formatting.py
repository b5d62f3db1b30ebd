"""Numbers and dates as a reader of the record's language writes them (Babel, CLDR).

Babel is imported where a number or a date is formatted, never at start-up.

The rules, the same on screen and on paper:

* a figure is never re-rounded: every digit the catalog stores is shown (0.31 stays
  0.31 / 0,31; 0.125 stays 0.125), and a whole number has no decimals (2.0 is 2);
* the decimal sign and the grouping are CLDR's for the language: 1,000 and 10,000 in
  English; in Spanish a four-digit number is not grouped (1000, CLDR's
  ``minimumGroupingDigits`` of 2, which Babel does not apply itself), five digits are
  (10 000);
* digits are never grouped with a point: where CLDR's group sign is a point (Spanish),
  a no-break space groups them instead, as the RAE's *Ortografía* (2010) and ISO 80000-1
  ask, so 10 000 cannot be misread as ten and never breaks across two lines;
* dates are CLDR's long form: 23 November 2026 / 23 de noviembre de 2026.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from babel import Locale

NO_BREAK_SPACE: Final = "\u00a0"

# The CLDR locale a language's documents are written in, where it is not the language
# code itself: the content's English is British (23 November 2026, not November 23).
_LOCALES: Final[dict[str, str]] = {"en": "en_GB"}
# CLDR's minimumGroupingDigits where it is not 1 (Babel's data leaves it out).
_MINIMUM_GROUPING_DIGITS: Final[dict[str, int]] = {"es": 2}


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES.get(lang, lang))


def number(value: float, lang: str) -> str:
    """``value`` with every stored digit, in ``lang``'s digits and signs."""
    from babel.numbers import format_decimal, get_group_symbol

    locale = _locale(lang)
    whole_digits = len(str(int(abs(value))))
    grouped = whole_digits >= 3 + _MINIMUM_GROUPING_DIGITS.get(lang, 1)
    shown: str = format_decimal(
        int(value) if value == int(value) else value,
        locale=locale,
        decimal_quantization=False,
        group_separator=grouped,
    )
    group = get_group_symbol(locale)
    return shown.replace(group, NO_BREAK_SPACE) if grouped and group == "." else shown


def date(value: dt.date, lang: str) -> str:
    """``value`` in words: 23 November 2026 / 23 de noviembre de 2026."""
    from babel.dates import format_date

    text: str = format_date(value, "long", locale=_locale(lang))
    return text
