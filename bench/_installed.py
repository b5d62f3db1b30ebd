"""What the whole-process benchmarks share: run the program as it is installed."""

from __future__ import annotations

import compileall
from pathlib import Path


def byte_compile_package() -> None:
    """Byte-compile neuromod_aid, as installing the wheel does.

    With ``PYTHONDONTWRITEBYTECODE`` set (as here), the package would otherwise be
    compiled from source at every start, while the baselines (PySide6, ReportLab) are
    not.
    """
    import neuromod_aid

    compileall.compile_dir(Path(neuromod_aid.__file__).parent, quiet=1)
