"""Only neuromod_aid/ui may import Qt, and the command line never loads it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "neuromod_aid"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
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


def test_the_window_reaches_records_only_through_the_application_layer() -> None:
    repositories = {
        f"neuromod_aid.db.{name}" for name in ("records_repo", "patients_repo", "models")
    }
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if _imports(path) & repositories
    ]
    assert offenders == []


def test_what_a_patient_sees_is_made_without_qt_the_database_or_the_documents() -> None:
    banned = ("PySide6", "neuromod_aid.db", "neuromod_aid.pdf", "sqlalchemy", "reportlab")
    files = list((PACKAGE / "present").rglob("*.py"))
    assert files
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files
        for name in _imports(path)
        if any(name == b or name.startswith(b + ".") for b in banned)
    ]
    assert offenders == []


def test_the_window_takes_no_figures_from_the_documents() -> None:
    """The window asks ``pdf`` only to build a document and for its word tables; figures,
    pictures' counts and sentences come from ``present``."""
    allowed = {"neuromod_aid.pdf", "neuromod_aid.pdf.labels"}
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith("neuromod_aid.pdf") and name not in allowed
    ]
    assert offenders == []
