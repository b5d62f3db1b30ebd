"""The one place that decides where things live.

* Resources (content files, fonts, translations) come from the source checkout,
  an installed wheel or a frozen (PyInstaller) bundle.
* User data (database, logs, backups, exports) lives in a per-user directory,
  overridable with ``--data-dir`` or ``NEUROMOD_AID_DATA_DIR``.

Nothing else in the code base may compute these paths.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from neuromod_aid import APP_NAME

DATA_DIR_ENV = "NEUROMOD_AID_DATA_DIR"
DATABASE_URL_ENV = "NEUROMOD_AID_DATABASE_URL"
CONTENT_DIR_ENV = "NEUROMOD_AID_CONTENT_DIR"  # content editors and tests: another folder

_DIR_MODE = 0o700
_FILE_MODE = 0o600


def resources_dir() -> Path:
    """The ``resources`` folder, wherever the program is running from."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "neuromod_aid" / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel
    candidates.append(package_dir.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("The program's resources folder is missing: reinstall neuromod-aid.")


def content_dir() -> Path:
    override = os.environ.get(CONTENT_DIR_ENV)
    return Path(override) if override else resources_dir() / "content"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


@dataclass(frozen=True)
class DataLocation:
    """Where this user's data lives. Create it with :func:`data_location`."""

    root: Path

    @property
    def database_file(self) -> Path:
        return self.root / "neuromod-aid.sqlite3"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def recovery_dir(self) -> Path:
        """Which consultation is open, and changes a failed save could not store."""
        return self.root / "recovery"

    def ensure(self) -> DataLocation:
        """Create the folders, readable by the owner only."""
        for folder in (
            self.root,
            self.logs_dir,
            self.backups_dir,
            self.exports_dir,
            self.cache_dir,
            self.recovery_dir,
        ):
            make_private_dir(folder)
        return self


def data_location(override: str | os.PathLike[str] | None = None) -> DataLocation:
    """The data folder: ``override`` first, then the environment, then the platform's."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
    else:
        root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    return DataLocation(root)


def make_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=_DIR_MODE)
    if os.name == "posix":
        folder.chmod(_DIR_MODE)


def make_private_file(path: Path) -> None:
    """Create ``path`` if missing and make it owner-only (POSIX)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, _FILE_MODE)
        os.close(fd)
    if os.name == "posix":
        path.chmod(_FILE_MODE)
