from __future__ import annotations

import stat
from pathlib import Path

from neuromod_aid.cli import main
from neuromod_aid.paths import data_location, resources_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_environment_variable_chooses_the_data_folder(data_dir: Path) -> None:
    assert data_location().root == data_dir.resolve()


def test_explicit_folder_wins_over_the_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "portable"
    assert data_location(chosen).root == chosen.resolve()


def test_data_folder_and_database_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "clinic-data"
    assert main(["--data-dir", str(folder), "db", "upgrade"]) == 0
    assert _mode(folder) == 0o700
    database = folder / "neuromod-aid.sqlite3"
    assert _mode(database) == 0o600
    for extra in folder.glob("neuromod-aid.sqlite3-*"):  # WAL and shared-memory files
        assert _mode(extra) & 0o077 == 0, extra
    assert _mode(folder / "logs" / "neuromod-aid.log") == 0o600


def test_resources_are_found_from_the_source_tree() -> None:
    assert (resources_dir() / "content").is_dir()
