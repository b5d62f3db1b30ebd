"""Alembic environment: run with a connection handed over by neuromod_aid.db.migrate."""

from __future__ import annotations

from alembic import context

from neuromod_aid.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through neuromod_aid.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
