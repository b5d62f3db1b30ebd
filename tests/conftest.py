"""Shared fixtures: every test gets its own empty data folder; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
