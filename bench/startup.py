"""Cold start to ready: neuromod-aid against a bare PySide6 window, same run.

Targets, each against the time a bare PySide6 window takes to be shown (a one-line
script that shows a window and quits):

* "ready" (records open, start screen filled, buttons working) in at most 3 times;
* "window shown" in at most 3 times (the window appears before the records are open,
  see ``neuromod_aid.ui.app``).

Also reported, with no target: "loaded", when the database layer and the catalog are
attached behind a start screen that is ready before them (a button used until then
waits for them; the probe exits then).

Each is started as a fresh process, several times, after one warm-up (so both read
the same files from the OS cache, and the first start has created the database and
the content cache); the medians are compared. Both print a line from their event
loop's first turn after ``show()``; neuromod-aid prints another once it is ready,
and one once it has loaded everything.
The package is byte-compiled first, as an installed wheel is.
Run: ``python -m bench startup`` (offscreen is fine).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._installed import byte_compile_package

RUNS = 7
LIMIT = 3.0
SHOWN = "probe: window shown"
READY = "probe: ready"
LOADED = "probe: loaded"
BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.show()\n"
    f"QTimer.singleShot(0, lambda: (print({SHOWN!r}, flush=True), app.quit())); app.exec()\n"
)


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float | None, float | None]:
    """Seconds from starting ``command`` to its "window shown", "ready" and "loaded"
    lines."""
    start = time.perf_counter()
    shown = ready = loaded = None
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if shown is None and line.strip() == SHOWN:
                shown = time.perf_counter() - start
            elif ready is None and line.strip() == READY:
                ready = time.perf_counter() - start
            elif loaded is None and line.strip() == LOADED:
                loaded = time.perf_counter() - start
    if process.returncode != 0 or shown is None:
        raise SystemExit(f"{command[-1]}: exit {process.returncode}, shown line: {shown}")
    return shown, ready, loaded


def main() -> int:
    byte_compile_package()
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
    if any(ready is None or loaded is None for _, ready, loaded in app_runs):
        raise SystemExit("neuromod-aid never printed its 'ready' or 'loaded' line")
    bare_shown = statistics.median(shown for shown, _, _ in bare_runs)
    app_shown = statistics.median(shown for shown, _, _ in app_runs)
    app_ready = statistics.median(ready for _, ready, _ in app_runs if ready is not None)
    app_loaded = statistics.median(loaded for _, _, loaded in app_runs if loaded is not None)
    print(f"startup: bare PySide6 window shown {bare_shown * 1000:7.0f} ms (median of {RUNS})")
    failed = False
    for what, seconds in (("window shown", app_shown), ("ready", app_ready)):
        ratio = seconds / bare_shown
        verdict = "ok" if ratio <= LIMIT else "SLOW"
        failed = failed or ratio > LIMIT
        print(
            f"startup: neuromod-aid {what:<12} {seconds * 1000:7.0f} ms  "
            f"ratio {ratio:.2f} (limit {LIMIT:.1f}) -> {verdict}"
        )
    print(
        f"startup: neuromod-aid {'loaded':<12} {app_loaded * 1000:7.0f} ms  "
        f"ratio {app_loaded / bare_shown:.2f} (no target: behind a ready start screen)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
