"""Run a script in a Qt process of its own on monitors described for the offscreen
platform (the monitors, and the scale factor, are fixed when Qt starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_on_monitors(
    tmp_path: Path,
    screens: list[dict[str, Any]],
    script: str,
    *args: str,
    scale: str | None = None,
    timeout: int = 120,
) -> dict[str, Any]:
    """What ``script`` printed last, read as JSON (it must end without an error)."""
    config = tmp_path / "monitors.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    if scale is not None:
        env["QT_SCALE_FACTOR"] = scale
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen
