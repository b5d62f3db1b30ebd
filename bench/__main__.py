"""Run every benchmark: each ``bench/<name>.py`` module that defines ``main()``.

``python -m bench`` runs them all; ``python -m bench pdf_summary`` runs one.
Benchmarks print their own results; a non-zero return from ``main()`` is reported.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def _modules() -> list[str]:
    folder = Path(__file__).resolve().parent
    return sorted(
        info.name for info in pkgutil.iter_modules([str(folder)]) if not info.name.startswith("_")
    )


def run(selected: list[str]) -> int:
    names = selected or _modules()
    failures = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        entry = getattr(module, "main", None)
        if not callable(entry):
            continue
        print(f"== {name}")
        result = entry()
        if result:
            failures += 1
            print(f"   {name} returned {result}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
