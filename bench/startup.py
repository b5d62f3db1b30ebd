"""Cold start to window shown: neuromod-aid against a bare PySide6 window, same run.

Target: the window shown in at most 3 times what a bare PySide6 window takes. Each
is started as a fresh process, several times, after one warm-up (so both read the
same files from the OS cache); the medians are compared. Both print a line from
their event loop's first turn after ``show()``; the time from starting the process
to that line is what is compared. neuromod-aid opens the patient records after
its window is up (see ``neuromod_aid.ui.app``), so its time to "ready" (records
open, start screen filled, buttons working) is reported beside it.
Run: ``python bench/startup.py`` (offscreen is fine).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
LIMIT = 3.0
SHOWN = "probe: window shown"
READY = "probe: ready"
BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.show()\n"
    f"QTimer.singleShot(0, lambda: (print({SHOWN!r}, flush=True), app.quit())); app.exec()\n"
)


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from starting ``command`` to its "window shown" and "ready" lines."""
    start = time.perf_counter()
    shown = ready = None
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if shown is None and line.strip() == SHOWN:
                shown = time.perf_counter() - start
            elif ready is None and line.strip() == READY:
                ready = time.perf_counter() - start
    if process.returncode != 0 or shown is None:
        raise SystemExit(f"{command[-1]}: exit {process.returncode}, shown line: {shown}")
    return shown, ready


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="neuromod-aid-bench-") as folder:
        env["NEUROMOD_AID_DATA_DIR"] = str(Path(folder) / "data")
        app = [sys.executable, "-m", "neuromod_aid", "--startup-probe"]
        bare = [sys.executable, "-c", BARE]
        _time(app, env)  # first start: creates the database and loads the content
        _time(bare, env)
        app_runs, bare_runs = [], []
        for _ in range(RUNS):
            bare_runs.append(_time(bare, env))
            app_runs.append(_time(app, env))
    if any(ready is None for _, ready in app_runs):
        raise SystemExit("neuromod-aid never printed its 'ready' line")
    bare_shown = statistics.median(shown for shown, _ in bare_runs)
    app_shown = statistics.median(shown for shown, _ in app_runs)
    app_ready = statistics.median(ready for _, ready in app_runs if ready is not None)
    ratio = app_shown / bare_shown
    print(f"startup: bare PySide6 window shown {bare_shown * 1000:7.0f} ms (median of {RUNS})")
    print(f"startup: neuromod-aid window shown {app_shown * 1000:7.0f} ms")
    print(
        f"startup: neuromod-aid ready        {app_ready * 1000:7.0f} ms "
        f"({app_ready / bare_shown:.1f}x the bare window; reported, no limit)"
    )
    print(f"startup: ratio {ratio:.2f} (limit {LIMIT:.1f}) -> {'ok' if ratio <= LIMIT else 'SLOW'}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
