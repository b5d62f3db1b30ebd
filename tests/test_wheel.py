"""The built wheel is the whole program: a plain `pip install` of it must give the
Spanish window, the fonts, the content and the migrations (issue #15, point 1).

The wheel is built here the way a clinic's IT or a packager builds it (`pip wheel .`),
without build isolation so the test needs no download; the translation hook runs Qt's
`lrelease` from the test environment's PySide6.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
INSIDE = "neuromod_aid/resources/"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel_file,) = out.glob("neuromod_aid-*.whl")
    return zipfile.ZipFile(wheel_file)


def _tracked(folder: str) -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", folder], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return listing.stdout.split()


def test_every_resource_and_migration_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    resources = [INSIDE + path.removeprefix("resources/") for path in _tracked("resources")]
    migrations = _tracked("neuromod_aid/db/migrations")
    assert any(name.endswith(".ttf") for name in resources)
    assert any("/content/therapies/" in name for name in resources)
    assert [name for name in resources + migrations if name not in names] == []


def _finished_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message of a catalogue."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                found.append((name, message.findtext("source", ""), translation.text or ""))
    return found


@pytest.mark.parametrize(
    "catalogue", sorted(p.name for p in (ROOT / "resources/translations").glob("*.ts"))
)
def test_the_wheel_speaks_every_translation_of_its_catalogue(
    wheel: zipfile.ZipFile, catalogue: str, tmp_path: Path
) -> None:
    compiled = INSIDE + "translations/" + catalogue.removesuffix(".ts") + ".qm"
    assert compiled in wheel.namelist(), f"{compiled} missing: the window would be English only"
    qm = tmp_path / "catalogue.qm"
    qm.write_bytes(wheel.read(compiled))
    translator = QTranslator()
    assert translator.load(str(qm))
    messages = _finished_messages(ROOT / "resources/translations" / catalogue)
    assert messages
    wrong = [
        (context, source)
        for context, source, spanish in messages
        if translator.translate(context, source) != spanish
    ]
    assert wrong == []
