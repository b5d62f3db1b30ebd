"""Killed while typing, a hundred times: each time the next start offers the
consultation being edited, with everything typed before the last autosave interval."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from kill_typist import typed_text
from sqlalchemy import text

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.recovery import RecoveryStore
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.ui.controller import AUTOSAVE_DELAY_MS

KILLS = 100
SLACK_S = 0.15  # the save itself and the event loop's own delay, on a busy machine

TYPIST = Path(__file__).with_name("kill_typist.py")


def _line(process: subprocess.Popen[str]) -> str:
    line = process.stdout.readline() if process.stdout else ""
    assert line, "the typist stopped talking"
    return line.strip()


def test_sigkill_while_typing_loses_at_most_the_autosave_interval(
    data_dir: Path, catalog: Catalog
) -> None:
    context = AppContext(data_location(data_dir).ensure())
    consultations = Consultations(context.database())
    maria = replace(
        demo_consultation(catalog),
        patient=Patient(name="María López Ruiz", record_number="H-20431"),
        private_notes="",
    )
    wanted = consultations.start(maria).id
    consultations.start(replace(maria, patient=Patient(name="lopez")))  # newer, not open
    recovery = RecoveryStore(context.location.recovery_dir)
    rng = random.Random(20431)
    typist = subprocess.Popen(
        [sys.executable, str(TYPIST), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=TYPIST.parent,
    )
    try:
        assert _line(typist) == "ready"
        for kill in range(KILLS):
            before = consultations.load(wanted).record.private_notes
            assert typist.stdin is not None
            typist.stdin.write(f"type {wanted}\n")
            typist.stdin.flush()
            pid = int(_line(typist).split()[1])
            assert _line(typist) == "typing"
            stop_after = rng.randint(1, 60)
            times: list[float] = []
            while len(times) < stop_after:
                moment = _line(typist).split()[2]
                times.append(float(moment))
            os.kill(pid, signal.SIGKILL)
            killed_at = time.monotonic()
            while not _line(typist).startswith("ended"):
                pass

            assert recovery.interrupted() == wanted, f"kill {kill}: not offered"
            stored = consultations.load(wanted).record.private_notes
            assert stored.startswith(before), f"kill {kill}: earlier typing lost"
            added = stored[len(before) :]
            assert typed_text(len(added)) == added, f"kill {kill}: not what was typed"
            must_have = sum(1 for t in times if t <= killed_at - AUTOSAVE_DELAY_MS / 1000 - SLACK_S)
            assert len(added) >= must_have, (
                f"kill {kill}: {len(added)} of {len(times)} characters saved, "
                f"{must_have} were typed more than {AUTOSAVE_DELAY_MS} ms before the kill"
            )
        with context.database().engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        typist.kill()
        typist.wait()
        context.close()
