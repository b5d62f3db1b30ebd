"""A real program typing into a consultation, to be killed (``tests/test_kill_recovery.py``).

Run as ``python tests/kill_typist.py DATA_DIR``: it loads everything once, prints
``ready``, then for each line ``type CONSULTATION_ID`` on standard input forks a
child that opens the real main window on DATA_DIR, opens that consultation on the
Questions step and types into the clinician notes, one character every
``INTERVAL_MS``, printing ``typed N T`` (characters so far, monotonic time) after
each. The test kills the child with SIGKILL; this parent reaps it and prints
``ended PID``. Forking from a loaded parent makes a hundred kills affordable.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import neuromod_aid.ui.walkthrough  # noqa: F401  (loaded once, before the forks)
from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import open_window
from neuromod_aid.ui.selftest import ScriptedDialogs

INTERVAL_MS = 10
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def typed_text(count: int) -> str:
    """What the child has typed after ``count`` characters."""
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(count))


def _child(data_dir: str, consultation_id: int) -> None:
    app = QApplication([sys.argv[0]])
    context = AppContext(data_location(data_dir).ensure())
    window = open_window(context, dialogs=ScriptedDialogs(context.location.exports_dir))
    window.attach(Records.over(context.database(), CATALOG))
    window.show()
    window.open_consultation(consultation_id)
    window.walkthrough.go(4)
    notes = window.walkthrough.page("questions").private_notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    count = 0

    def type_one() -> None:
        nonlocal count
        QTest.keyClicks(notes, typed_text(count + 1)[-1])
        count += 1
        print(f"typed {count} {time.monotonic():.6f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(INTERVAL_MS)
    print("typing", flush=True)
    app.exec()


def main() -> None:
    global CATALOG
    data_dir = sys.argv[1]
    context = AppContext(data_location(data_dir).ensure())
    CATALOG = context.catalog()
    context.close()  # the children open their own connections
    print("ready", flush=True)
    for line in sys.stdin:
        command, consultation_id = line.split()
        assert command == "type"
        pid = os.fork()
        if pid == 0:
            try:
                _child(data_dir, int(consultation_id))
            finally:
                os._exit(0)
        print(f"child {pid}", flush=True)
        os.waitpid(pid, 0)
        print(f"ended {pid}", flush=True)


CATALOG = None

if __name__ == "__main__":
    main()
