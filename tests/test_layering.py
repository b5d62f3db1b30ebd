"""Only neuromod_aid/ui may import Qt, the command line never loads it, and each layer
imports only the layers below it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "neuromod_aid"


def _imports(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module ``path`` imports, anywhere in it, relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["neuromod_aid", *path.relative_to(root).parent.parts]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            found.add(".".join([*base, *filter(None, [node.module])]))
    return found


def test_only_the_ui_package_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_the_ui_package_really_is_checked() -> None:
    # guards the test above: if the ui folder moved, the exclusion would hide nothing
    assert any("PySide6" in name for p in (PACKAGE / "ui").rglob("*.py") for name in _imports(p))


def test_core_commands_do_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from neuromod_aid.cli import main\n"
        "code = main(['content', 'list', '--json'])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print('QT:' + ','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"NEUROMOD_AID_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "QT:"


# Who may not import whom: the window reaches records only through the application
# layer (never the repositories, the database or the command line), the documents
# are made from plain records, the application layer knows nothing of Qt, what a
# patient reads is made without Qt, the database or the documents, and the hospital
# record (FHIR) is made from plain records too.
FORBIDDEN = {
    "ui": ("neuromod_aid.db", "neuromod_aid.cli"),
    "pdf": ("neuromod_aid.db",),
    "app": ("PySide6", "neuromod_aid.ui", "neuromod_aid.cli"),
    "present": ("PySide6", "neuromod_aid.db", "neuromod_aid.pdf", "sqlalchemy", "reportlab"),
    "fhir": ("PySide6", "neuromod_aid.db", "neuromod_aid.ui", "neuromod_aid.cli", "sqlalchemy"),
}


def _is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    files = list((PACKAGE / layer).rglob("*.py"))
    assert files, f"no {layer}/ package: the rule would check nothing"
    offenders = sorted(
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in _imports(path)
        if any(_is_under(name, forbidden) for forbidden in FORBIDDEN[layer])
    )
    assert offenders == []


def test_imports_are_read_wherever_they_are_written(tmp_path: Path) -> None:
    # guards the test above: imports for the type checker, inside functions and
    # relative ones are all seen
    module = tmp_path / "neuromod_aid" / "ui" / "sample.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from neuromod_aid.db import Database\n"
        "def later():\n"
        "    import neuromod_aid.cli.common\n"
        "    from ..pdf import summary\n",
        encoding="utf-8",
    )
    assert _imports(module, root=tmp_path / "neuromod_aid") == {
        "typing",
        "neuromod_aid.db",
        "neuromod_aid.cli.common",
        "neuromod_aid.pdf",
    }


def test_the_window_takes_no_figures_from_the_documents() -> None:
    """The window asks ``pdf`` only to build a document; figures, pictures' counts and
    sentences come from ``present``, their words from the catalog."""
    allowed = {"neuromod_aid.pdf"}
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith("neuromod_aid.pdf") and name not in allowed
    ]
    assert offenders == []


def test_no_module_outside_the_migrations_is_over_400_lines() -> None:
    """Issue 10's size limit: a module that grows past it is split where its parts
    separate (the options table's rows, the diary's table, the documents' records)."""
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.relative_to(PACKAGE).parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
