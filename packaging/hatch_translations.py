"""Hatch build hook: compile the Qt Linguist catalogues into the wheel.

The `.qm` files are build products (ignored by git; `make` makes them for a source
checkout). Without this hook a plain `pip install .` or `pip wheel .` would give a
program whose window is English only. The hook runs Qt's `lrelease`, shipped with the
build environment's PySide6-Essentials, on every `resources/translations/*.ts` and
places each `.qm` beside its `.ts` inside the wheel. An editable install is left to
`make translations`, which writes them into the source tree.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# PySide6's own launcher for the tool, so the build needs no `pyside6-lrelease` on PATH
_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease;"
    " sys.argv = ['lrelease', *sys.argv[1:]]; lrelease()"
)


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        catalogues = sorted(Path(self.root, "resources", "translations").glob("*.ts"))
        if not catalogues:
            raise RuntimeError("no Qt Linguist catalogues in resources/translations")
        self._out = tempfile.TemporaryDirectory(prefix="neuromod-aid-qm-")
        for ts in catalogues:
            qm = Path(self._out.name, ts.with_suffix(".qm").name)
            subprocess.run(
                [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                check=True,
            )
            if not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"lrelease made no translation from {ts.name}")
            build_data["force_include"][str(qm)] = f"neuromod_aid/resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
