"""The shipped content describes its evidence (``content check``, check 6): every outcome
says what its study compared (``design``); a study against a fake treatment measured in
points says what its authors found of the difference (``finding``: two averages alone
can read as a difference where there was none); and every trial that is used says what
happens if it fails (``if_fails``). The schema leaves these optional only so that a
clinic's revision written before the fields existed still loads."""

from __future__ import annotations

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.messages import problem
from neuromod_aid.catalog.texts import Origins
from neuromod_aid.catalog.therapy import Outcome


def undescribed_evidence_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """An outcome that does not say what its study compared, or (against a fake
    treatment, in points) what it found; a used trial that does not say what happens if
    it fails."""
    problems = []
    for therapy in catalog.therapies:
        file = origins.get(("therapy", therapy.id), "(catalog)")
        for outcome in therapy.outcomes:
            if outcome.design is None:
                problems.append(
                    problem(file, therapy.id, f"outcomes.{outcome.id}.design", "no_design")
                )
            elif _unjudged(outcome):
                problems.append(
                    problem(file, therapy.id, f"outcomes.{outcome.id}.finding", "no_finding")
                )
        if therapy.trial.used and therapy.trial.if_fails is None:
            problems.append(problem(file, therapy.id, "trial.if_fails", "no_if_fails"))
    return problems


def _unjudged(outcome: Outcome) -> bool:
    return (
        outcome.design == "vs_sham"
        and outcome.measure == "average_points"
        and outcome.finding is None
    )
