"""The content a check test breaks: a fresh copy of the shipped content, and the problems
the unbroken content has (none, once it is all done)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.paths import content_dir


@pytest.fixture(scope="module")
def baseline() -> list[Problem]:
    """Problems in the content as shipped (empty once every content file is done)."""
    return check_content(content_dir())


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    return folder
