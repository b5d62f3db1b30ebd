"""the append-only audit log: who changed which record, and when

``audit_log`` holds one row for every saved change and every document produced (no
names, no notes, no free text). Triggers refuse an UPDATE or DELETE of it on both
engines; the people's PostgreSQL roles are granted only INSERT and SELECT on it
(README, "Several exam rooms").

Revision ID: 0012_audit
Revises: 0011_identifier_system
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from neuromod_aid.db.models import APPEND_ONLY_DDL

revision = "0012_audit"
down_revision = "0011_identifier_system"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("db_user", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("record_number", sa.String(length=100), nullable=False),
        sa.Column("record_key", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_record_key", "audit_log", ["record_key"], unique=False)
    for statement in APPEND_ONLY_DDL[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.drop_index("ix_audit_log_record_key", table_name="audit_log")
        op.drop_table("audit_log")
