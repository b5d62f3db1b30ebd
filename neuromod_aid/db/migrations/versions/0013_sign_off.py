"""a clinician's sign-off of the content in use

``content_sign_offs``: a physician on the staff list has read and checked the patient
content, on a day, for a content version and the clinic's approved revisions then in
force. A new database has none, and so has a database upgraded from ``0012_audit``:
nobody has signed off until someone does.

Revision ID: 0013_sign_off
Revises: 0012_audit
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_sign_off"
down_revision = "0012_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_sign_offs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("content_version", sa.String(length=32), nullable=False),
        sa.Column("content_revisions", sa.JSON(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("content_sign_offs")
