"""Cold start to window shown: neuromod-aid against a bare PySide6 window, same run.

Target: at most 3 times the bare window. Each is started as a fresh process, several
times, after one warm-up (so both read the same files from the OS cache); the
median is compared. Run: ``python bench/startup.py`` (offscreen is fine).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
LIMIT = 3.0
BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.show(); QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="neuromod-aid-bench-") as folder:
        env["NEUROMOD_AID_DATA_DIR"] = str(Path(folder) / "data")
        app = [sys.executable, "-m", "neuromod_aid", "--startup-probe"]
        bare = [sys.executable, "-c", BARE]
        _time(app, env)  # first start: creates the database and loads the content
        _time(bare, env)
        app_times, bare_times = [], []
        for _ in range(RUNS):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"startup: bare PySide6 window {bare_median * 1000:7.0f} ms (median of {RUNS})")
    print(f"startup: neuromod-aid        {app_median * 1000:7.0f} ms (median of {RUNS})")
    print(f"startup: ratio {ratio:.2f} (limit {LIMIT:.1f}) -> {'ok' if ratio <= LIMIT else 'SLOW'}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
