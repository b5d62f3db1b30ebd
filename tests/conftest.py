"""Shared fixtures: every test gets its own empty data folder; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db_engines import engines, fresh_postgres_database

from neuromod_aid.catalog import shipped_catalog
from neuromod_aid.catalog.model import Catalog, LocalReview
from neuromod_aid.paths import CONTENT_DIR_ENV, DATA_DIR_ENV, DATABASE_URL_ENV


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, private data folder per test; the real user folder is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(CONTENT_DIR_ENV, raising=False)
    yield folder


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return shipped_catalog()


@pytest.fixture(scope="session")
def reviewed_catalog(catalog: Catalog) -> Catalog:
    """The shipped catalog with every blood-thinner row checked by a clinician of the
    clinic, as a clinic's approved revisions would: the nurse sheet then prints its dates."""
    review = LocalReview(reviewed_by="Dr Test", reviewed_on=dt.date(2026, 11, 30))
    rows = tuple(replace(row, local_review=review) for row in catalog.blood_thinners)
    return replace(catalog, blood_thinners=rows)


@pytest.fixture(params=engines())
def database_url(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[str]:
    """A new, empty database on each engine the suite runs on (see ``db_engines``)."""
    if request.param == "sqlite":
        data_dir.mkdir(parents=True, exist_ok=True)
        yield f"sqlite:///{data_dir / 'rooms.sqlite3'}"
        return
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB disk of its own (tmpfs), to be filled up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)], check=True
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)
