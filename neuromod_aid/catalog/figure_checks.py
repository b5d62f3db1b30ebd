"""Numbers in the text: each outcome's and each risk's figures (a 95% interval's best
estimate as well as its ends), and each trial pass rate's two counts, appear in its own
text, in every language, written as that language writes them (``content check``,
check 4)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.manifest import Language
from neuromod_aid.catalog.messages import problem
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
                        ("count", risk.count),  # one study's own counts
                        ("studied", risk.studied),
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
            for lang, field_name, value in unshown(text, values, catalog.manifest.languages):
                language = catalog.manifest.languages[lang]
                problems.append(
                    problem(
                        file,
                        therapy.id,
                        f"{path}.text.{lang}",
                        "number_not_shown",
                        field=field_name,
                        value=plain_number(value),
                        language=language.name,
                        lang=lang,
                    )
                )
    return problems


def unshown(
    text: Callable[[str], str],
    values: Iterable[tuple[str, float | None]],
    languages: Mapping[str, Language],
) -> list[tuple[str, str, float]]:
    """(language, field, value) of each figure ``value`` that ``text`` does not show in
    that language; the editor checks a figure with it as it is typed."""
    missing = []
    figures = list(values)
    for lang, language in languages.items():
        shown = numbers_in(text(lang), language.decimal_mark)
        for field_name, value in figures:
            if value is not None and not any(abs(value - n) < 1e-9 for n in shown):
                missing.append((lang, field_name, value))
    return missing
