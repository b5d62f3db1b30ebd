"""patient search by folded name

Adds ``patients.name_folded`` (lower case, no accents) with an index so that
search-as-you-type stays fast with many patients, and fills it for existing rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from neuromod_aid.textfold import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_folded", sa.String(length=200), nullable=False, server_default="")
        )
    patients = sa.table(
        "patients", sa.column("id", sa.Integer), sa.column("name", sa.String),
        sa.column("name_folded", sa.String),
    )
    connection = op.get_bind()
    for patient_id, name in connection.execute(sa.select(patients.c.id, patients.c.name)).all():
        connection.execute(
            patients.update().where(patients.c.id == patient_id).values(name_folded=fold(name))
        )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.alter_column("name_folded", server_default=None)
        batch_op.create_index(batch_op.f("ix_patients_name_folded"), ["name_folded"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_name_folded"))
        batch_op.drop_column("name_folded")
