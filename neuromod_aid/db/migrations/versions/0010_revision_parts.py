"""a content revision may carry parts: the new sources its figure cites

``content_revisions.part_of`` names the revision a row belongs to (a source added
with a figure's edit), decided with it; NULL for a revision of its own, which every
revision written before is.

Revision ID: 0010_revision_parts
Revises: 0009_rooms
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_revision_parts"
down_revision = "0009_rooms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part_of", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_content_revisions_part_of", "content_revisions", ["part_of"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.drop_constraint("fk_content_revisions_part_of", type_="foreignkey")
        batch_op.drop_column("part_of")
