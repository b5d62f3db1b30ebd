"""documents record the content they were made from

``documents.content_version`` (the shipped content's version) and
``documents.content_revisions`` (the clinic's approved revisions applied, a JSON list
of ids): a document names them and can be rebuilt from exactly that content.
Documents recorded before keep NULL in both (not known).

Revision ID: 0007_content_trace
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_content_trace"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_version", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("content_revisions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("content_revisions")
        batch_op.drop_column("content_version")
