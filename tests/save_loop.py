"""A real program saving one consultation over and over, to be killed
(``tests/test_kill_saves.py``).

Run as ``python tests/save_loop.py URL DATA_DIR CONSULTATION_ID``: it loads everything
once and prints ``ready``; then for each line on standard input, ``loop`` or ``step``,
it forks a child that prints ``child PID``, opens the database at URL the way the
program does and saves the consultation again and again with new notes for the
patient, each as the window does. After each save returns (committed by then) the
child prints ``saved REVISION NOTES``, or ``refused MESSAGE`` when the save was refused;
a ``step`` child waits for a line on standard input before each save. The test kills
the child with SIGKILL; this parent reaps it and prints ``ended PID``. Forking from a
loaded parent makes hundreds of kills affordable.

Each line is written with one ``write`` of at most ``PIPE_BUF`` bytes, which a pipe keeps
whole: ``print`` may write the text and its newline separately (it does when
``PYTHONUNBUFFERED`` is set), and a child killed between the two would leave a line with
no end, to which the parent's ``ended`` would be joined.
"""

from __future__ import annotations

import os
import select
import sys
from dataclasses import replace
from pathlib import Path

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.db import open_database
from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.paths import data_location


def tell(line: str) -> None:
    data = (line + "\n").encode()
    assert len(data) <= select.PIPE_BUF, "a line the pipe could split"
    written = os.write(sys.stdout.fileno(), data)
    assert written == len(data)


def save_loop(url: str, data_dir: Path, consultation_id: int, step: bool) -> None:
    database = open_database(url, data_location(data_dir).ensure())
    consultations = Consultations(database)
    record = consultations.load(consultation_id).record
    number = 0
    while not step or sys.stdin.readline():
        number += 1
        notes = f"save {os.getpid()}-{number} " + "x" * (number * 37 % 3000)  # varying size
        try:
            stored = consultations.save(consultation_id, replace(record, notes_for_patient=notes))
        except (DatabaseUnavailable, RecordRejected) as error:
            tell(f"refused {error}")
            continue
        record = stored.record
        tell(f"saved {stored.revision} {notes}")


def serve(url: str, data_dir: Path, consultation_id: int) -> None:
    tell("ready")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            tell(f"child {os.getpid()}")
            try:
                save_loop(url, data_dir, consultation_id, line.strip() == "step")
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        tell(f"ended {pid}")


if __name__ == "__main__":
    url, data_dir, consultation_id = sys.argv[1:4]
    serve(url, Path(data_dir), int(consultation_id))
