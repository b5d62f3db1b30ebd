"""What every platform's bundle holds, shared by the three spec files beside this one
(`linux.spec`, `windows.spec`, `macos.spec`; see `packaging/README.md` for the commands).

The bundle carries the program's resources (content, fonts, compiled translations,
icons, user guide) and its Alembic migrations as files, because Alembic reads its
scripts from a folder. Qt modules the program never imports are left out so the
bundle stays small; the PySide6 hooks add the plugins the used ones need (platforms,
image formats, print support).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "neuromod-aid"
APP_ID = "org.neuromodaid.NeuromodAid"  # as neuromod_aid.APP_ID
ICON_PNG = str(ROOT / "resources" / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png")
# the version, read from the package without importing it (the spec runs before)
VERSION = next(
    line.split('"')[1]
    for line in (ROOT / "neuromod_aid" / "__init__.py").read_text(encoding="utf-8").splitlines()
    if line.startswith("__version__")
)

# (source, folder inside the bundle) pairs for Analysis(datas=...)
DATAS = [
    (str(ROOT / "resources"), "neuromod_aid/resources"),
    (str(ROOT / "neuromod_aid" / "db" / "migrations"), "neuromod_aid/db/migrations"),
]

HIDDEN_IMPORTS = [
    "sqlalchemy.dialects.sqlite",
    "PySide6.QtSvg",  # the scalable window icon
    # imported inside functions by name (Alembic's migration scripts, the CLI groups)
    "logging.config",
]


def hidden_imports() -> list[str]:
    """:data:`HIDDEN_IMPORTS`, and the FHIR models, which fhir.resources loads by name."""
    from PyInstaller.utils.hooks import collect_submodules

    return HIDDEN_IMPORTS + collect_submodules("fhir.resources.R4B")


# Qt and Python modules the program never uses
EXCLUDES = [
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtSql",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
]


# Qt libraries and plugins that come in through a plugin's dependencies (the virtual
# keyboard's input context pulls in QML and Quick), not through anything the program uses
UNUSED_QT = ("Qt6Qml", "Qt6Quick", "VirtualKeyboard", "qtvirtualkeyboard")


def without_unused_qt(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Analysis.binaries without :data:`UNUSED_QT`."""
    return [entry for entry in entries if not any(name in entry[0] for name in UNUSED_QT)]


def translations_compiled() -> None:
    """The `.qm` files are build products: refuse to bundle without them."""
    missing = [
        ts.name
        for ts in (ROOT / "resources" / "translations").glob("*.ts")
        if not ts.with_suffix(".qm").is_file()
    ]
    if missing:
        raise SystemExit(f"compile the translations first (make translations): {missing}")
