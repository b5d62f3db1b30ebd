"""The shipped content describes its evidence (``content check``, check 6): every outcome
says what its study compared (``design``), and every trial that is used says what
happens if it fails (``if_fails``). The schema leaves both optional only so that a
clinic's revision written before the fields existed still loads."""

from __future__ import annotations

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.messages import problem
from neuromod_aid.catalog.texts import Origins


def undescribed_evidence_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """An outcome that does not say what its study compared; a used trial that does not
    say what happens if it fails."""
    problems = []
    for therapy in catalog.therapies:
        file = origins.get(("therapy", therapy.id), "(catalog)")
        for outcome in therapy.outcomes:
            if outcome.design is None:
                problems.append(
                    problem(file, therapy.id, f"outcomes.{outcome.id}.design", "no_design")
                )
        if therapy.trial.used and therapy.trial.if_fails is None:
            problems.append(problem(file, therapy.id, "trial.if_fails", "no_if_fails"))
    return problems
