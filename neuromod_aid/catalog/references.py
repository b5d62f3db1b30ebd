"""Cross-references inside a catalog: every ID that is used must be defined."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from neuromod_aid.catalog import model
from neuromod_aid.catalog.kinds import WORDING
from neuromod_aid.catalog.therapy import Certainty, Outcome

Locate = Callable[[str, str], str]  # (kind, item id) -> file it came from


def reference_problems(catalog: model.Catalog, locate: Locate) -> list[tuple[str, str, str, str]]:
    """Each problem as (file, item, field, message)."""
    return list(_reference_problems(catalog, locate))


def _reference_problems(
    catalog: model.Catalog, locate: Locate
) -> Iterator[tuple[str, str, str, str]]:
    sources = {s.id for s in catalog.sources}
    conditions = {c.id for c in catalog.conditions}
    regions = {a.region for a in catalog.pain_areas}
    therapies = {t.id for t in catalog.therapies}
    instructions = {s.id for s in catalog.instructions}

    def missing_sources(
        kind: str, item_id: str, field: str, used: tuple[str, ...]
    ) -> Iterator[tuple[str, str, str, str]]:
        for source_id in used:
            if source_id not in sources:
                yield locate(kind, item_id), item_id, field, f"unknown source id {source_id!r}"

    for required, defined, kind in (
        (model.THERAPY_IDS, therapies, "therapy"),
        (model.CONDITION_IDS, conditions, "condition"),
        (model.INSTRUCTION_IDS, instructions, "instruction"),
    ):
        for item_id in required:
            if item_id not in defined:
                yield "(catalog)", item_id, "id", f"required {kind} {item_id!r} is not defined"
    for view in ("front", "back"):
        if not any(o.view == view for o in catalog.body_outlines):
            yield "(catalog)", "body_outline", "view", f"no body outline for the {view} view"

    for condition in catalog.conditions:
        yield from missing_sources("condition", condition.id, "sources", condition.sources)
    for therapy in catalog.therapies:
        tid = therapy.id
        yield from missing_sources("therapy", tid, "sources", therapy.sources)
        yield from missing_sources("therapy", tid, "trial.sources", therapy.trial.sources)
        for group, known, label in (
            (therapy.considered_for.conditions, conditions, "condition"),
            (therapy.considered_for.pain_areas, regions, "pain region"),
        ):
            for n, indication in enumerate(group):
                field = f"considered_for.{label.replace(' ', '_')}s[{n}]"
                for used in indication.ids:
                    if used not in known:
                        yield locate("therapy", tid), tid, field, f"unknown {label} id {used!r}"
                yield from missing_sources("therapy", tid, field + ".sources", indication.sources)
        for collection, name in ((therapy.outcomes, "outcomes"), (therapy.risks, "risks")):
            seen: set[str] = set()
            for figure in collection:
                field = f"{name}.{figure.id}"
                if figure.id in seen:
                    yield locate("therapy", tid), tid, field, "duplicate id in this therapy"
                seen.add(figure.id)
                yield from missing_sources("therapy", tid, field + ".sources", figure.sources)
        for outcome in therapy.outcomes:
            for used in outcome.conditions:
                if used not in conditions:
                    field = f"outcomes.{outcome.id}.conditions"
                    yield locate("therapy", tid), tid, field, f"unknown condition id {used!r}"
            yield from _cited(tid, locate, f"outcomes.{outcome.id}", "funding_source", outcome)
        if therapy.certainty is not None:
            yield from _cited(tid, locate, "certainty", "review", therapy.certainty)
        for n, passed in enumerate(therapy.trial.pass_rates):
            field = f"trial.pass_rates[{n}].sources"
            yield from missing_sources("therapy", tid, field, passed.sources)
        for block, name in ((therapy.certainty, "certainty"), (therapy.medicines, "medicines")):
            if block is not None:
                yield from missing_sources("therapy", tid, f"{name}.sources", block.sources)
    yield from missing_sources(
        "current_care", "current_care", "sources", catalog.current_care.sources
    )
    for kind, features in (("benefit", catalog.benefits), ("innovation", catalog.innovations)):
        for feature in features:
            yield from missing_sources(kind, feature.id, "sources", feature.sources)
            for used in feature.therapies:
                if used not in therapies:
                    yield (
                        locate(kind, feature.id),
                        feature.id,
                        "therapies",
                        (f"unknown therapy id {used!r}"),
                    )
    for section in catalog.instructions:
        yield from missing_sources("instruction", section.id, "sources", section.sources)
        for used in section.therapies:
            if used not in therapies:
                yield (
                    locate("instruction", section.id),
                    section.id,
                    "therapies",
                    (f"unknown therapy id {used!r}"),
                )
    for medicine in catalog.blood_thinners:
        yield from missing_sources("blood_thinner", medicine.id, "sources", medicine.sources)
    for value in catalog.values:
        yield from missing_sources("value", value.id, "sources", value.sources)
    yield from missing_sources(
        "blood_thinner_policy",
        "blood_thinner_policy",
        "sources",
        catalog.blood_thinner_policy.sources,
    )
    for key, attr in WORDING.items():
        for name, wording in getattr(catalog, attr).items():
            yield from missing_sources(key, name, "sources", wording.sources)
    resolvable = _resolvable_refs(catalog)
    for topic in catalog.seed_topics:
        for ref in topic.covered_by:
            if ref not in resolvable:
                yield (
                    locate("seed_topic", topic.id),
                    topic.id,
                    "covered_by",
                    (f"reference {ref!r} does not name anything in the catalog"),
                )


def _cited(
    tid: str, locate: Locate, path: str, field: str, block: Outcome | Certainty
) -> Iterator[tuple[str, str, str, str]]:
    """The source a block names in ``field`` (who paid, the grading review) is one of
    the block's own ``sources``, so it is cited where the block is shown."""
    named = getattr(block, field)
    if named is not None and named not in block.sources:
        message = f"{field} {named!r} is not one of its sources; cite it there too"
        yield locate("therapy", tid), tid, f"{path}.{field}", message


def _resolvable_refs(catalog: model.Catalog) -> set[str]:
    """Every ``kind:id`` a seed topic may point at (risks as ``risk:therapy.risk``)."""
    refs = {f"therapy:{t.id}" for t in catalog.therapies}
    refs |= {f"condition:{c.id}" for c in catalog.conditions}
    refs |= {f"benefit:{b.id}" for b in catalog.benefits}
    refs |= {f"innovation:{i.id}" for i in catalog.innovations}
    refs |= {f"risk:{t.id}.{r.id}" for t in catalog.therapies for r in t.risks}
    refs |= {f"outcome:{t.id}.{o.id}" for t in catalog.therapies for o in t.outcomes}
    refs |= {f"instruction:{s.id}" for s in catalog.instructions}
    refs.add("current_care:current_care")
    return refs
