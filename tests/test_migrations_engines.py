"""Migrations on every engine the suite runs on: from an empty database and from every
earlier revision to head, each ending with the schema the models describe."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, _scripts, current_revision, upgrade_to_head
from neuromod_aid.db.models import Base
from neuromod_aid.schema_head import HEAD_REVISION

EARLIER = [s.revision for s in _scripts().walk_revisions() if s.revision != HEAD_REVISION]


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_an_empty_database_is_created_at_head_as_the_models_say(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert upgrade_to_head(engine) is None
        assert current_revision(engine) == HEAD_REVISION
        assert _differences(engine) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", EARLIER)
def test_every_earlier_revision_upgrades_to_the_models_schema(
    database_url: str, revision: str
) -> None:
    engine = make_engine(database_url)
    try:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        assert upgrade_to_head(engine) == revision
        assert current_revision(engine) == HEAD_REVISION
        assert _differences(engine) == []
    finally:
        engine.dispose()
