"""The program as the desktop sees it: a .desktop file and AppStream metainfo that the
distributions' own validators accept, an icon at every size they name, and the same
id and version everywhere (issue #15, point 3). `make test` installs the validators
(packaging/linux-system-deps.sh --test), so these never skip."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from neuromod_aid import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run `make test`, which installs it"
    return found


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    errors = [line for line in result.stdout.splitlines() if "error:" in line]
    assert result.returncode == 0 and errors == [], result.stdout


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_installed_command_in_both_languages() -> None:
    entry = _entry()
    assert entry["Exec"].split()[0] == "neuromod-aid"
    assert entry["Comment"] and entry["Comment[es]"] and entry["GenericName[es]"]
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'neuromod-aid = "neuromod_aid.cli:run"' in project


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_the_icon_exists_at_every_usual_size(size: int) -> None:
    from PySide6.QtGui import QImage

    icon = ROOT / "resources/icons/hicolor" / f"{size}x{size}" / "apps" / f"{_entry()['Icon']}.png"
    image = QImage(str(icon))
    assert not image.isNull(), f"{icon} is missing or unreadable"
    assert (image.width(), image.height()) == (size, size)


def test_one_id_and_one_version_everywhere() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert (ROOT / "resources/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for screenshot in component.iter("image"):
        name = screenshot.text.rsplit("/", 1)[-1]
        assert (LINUX / "screenshots" / name).is_file(), f"{name} was never made"
