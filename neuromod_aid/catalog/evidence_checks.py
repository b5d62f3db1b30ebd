"""The shipped content describes its evidence (``content check``, check 6): every outcome
says what its study compared (``design``), and every trial that is used says what
happens if it fails (``if_fails``). The schema leaves both optional only so that a
clinic's revision written before the fields existed still loads."""

from __future__ import annotations

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
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
                    Problem(
                        file,
                        therapy.id,
                        f"outcomes.{outcome.id}.design",
                        "say what the study compared: vs_usual_care, vs_sham, device_vs_device, "
                        "non_random or single_group (and its conditions and funding)",
                    )
                )
        if therapy.trial.used and therapy.trial.if_fails is None:
            message = "say what happens if the trial fails (if_fails), in every language"
            problems.append(Problem(file, therapy.id, "trial.if_fails", message))
    return problems
