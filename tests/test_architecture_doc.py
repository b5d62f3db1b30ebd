"""docs/architecture.md stays a map of the whole package: every module is named in it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "neuromod_aid"


def test_every_module_is_on_the_map() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\.py\b", doc))
    named |= set(re.findall(r"`([a-z_][a-z0-9_]*)`", doc))  # sections and steps by name
    missing = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" and "versions" not in path.parts and path.stem not in named
    )
    assert missing == []
