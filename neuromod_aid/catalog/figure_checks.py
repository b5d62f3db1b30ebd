"""Numbers in the text: each outcome's and each risk's figures (a 95% interval's best
estimate as well as its ends), and each trial pass rate's two counts, appear in its own
text, in every language, written as that language writes them (``content check``,
check 4)."""

from __future__ import annotations

import re

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.text import Text
from neuromod_aid.catalog.texts import Origins

_POINT_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
_COMMA_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
)


def numbers_in(text: str, decimal_mark: str) -> set[float]:
    """The numbers written in ``text``; where the decimal mark is a comma, a text may
    use a point too (1,5 and 1.5; 1.000, 1 000 and 1000)."""
    found = {float(match.replace(",", "")) for match in _POINT_NUMBER.findall(text)}
    if decimal_mark == ",":
        for match in _COMMA_NUMBER.findall(text):
            plain = re.sub(r"[. \u00a0\u202f](?=\d{3})", "", match).replace(",", ".")
            found.add(float(plain))
    return found


def plain_number(value: float) -> str:
    """48.0 -> "48", 1.5 -> "1.5": how the number should read in the text."""
    return f"{value:g}" if value != int(value) else str(int(value))


def figure_text_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """Each outcome's rates, each risk's frequencies and each trial pass rate's counts
    appear in its text, in every language."""
    problems = []
    for therapy in catalog.therapies:
        file = origins.get(("therapy", therapy.id), "(catalog)")
        figures: list[tuple[str, Text, tuple[tuple[str, float | None], ...]]] = []
        for outcome in therapy.outcomes:
            figures.append(
                (
                    f"outcomes.{outcome.id}",
                    outcome.text,
                    (
                        ("rate_treatment", outcome.rate_treatment),
                        ("rate_comparator", outcome.rate_comparator),
                    ),
                )
            )
        for risk in therapy.risks:
            figures.append(
                (
                    f"risks.{risk.id}",
                    risk.text,
                    (
                        ("frequency_low", risk.frequency_low),
                        ("frequency_high", risk.frequency_high),
                        ("estimate", risk.estimate),  # a 95% interval's best estimate
                    ),
                )
            )
        for n, passed in enumerate(therapy.trial.pass_rates):
            figures.append(
                (
                    f"trial.pass_rates[{n}]",
                    passed.text,
                    (("passed", passed.passed), ("tried", passed.tried)),
                )
            )
        for path, text, values in figures:
            for lang, language in catalog.manifest.languages.items():
                shown = numbers_in(text(lang), language.decimal_mark)
                for field_name, value in values:
                    if value is None or any(abs(value - n) < 1e-9 for n in shown):
                        continue
                    problems.append(
                        Problem(
                            file,
                            therapy.id,
                            f"{path}.text.{lang}",
                            f"{field_name} is {plain_number(value)} but the "
                            f"{language.name} ({lang}) text does not show that number",
                        )
                    )
    return problems
