"""columns as long as the record format allows, on every engine

A folded name can be longer than the name ("ß" folds to "ss"): ``patients.name_folded``
becomes unbounded text, without its index (a ``LIKE '%…%'`` search never used it).
The clinic's phone, e-mail, address and out-of-hours phone hold what the record
format allows (2,000 characters), which PostgreSQL refused before.

Revision ID: 0009_rooms
Revises: 0008_pathway
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_rooms"
down_revision = "0008_pathway"
branch_labels = None
depends_on = None

_CLINIC = (("phone", 100), ("email", 200), ("address", 500), ("out_of_hours_phone", 100))


def upgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index("ix_patients_name_folded")
        batch_op.alter_column(
            "name_folded",
            existing_type=sa.String(length=200),
            type_=sa.Text(),
            existing_nullable=False,
        )
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        for name, length in _CLINIC:
            batch_op.alter_column(
                name,
                existing_type=sa.String(length=length),
                type_=sa.String(length=2000),
                existing_nullable=False,
            )


def downgrade() -> None:
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        for name, length in _CLINIC:
            batch_op.alter_column(
                name,
                existing_type=sa.String(length=2000),
                type_=sa.String(length=length),
                existing_nullable=False,
            )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.alter_column(
            "name_folded",
            existing_type=sa.Text(),
            type_=sa.String(length=200),
            existing_nullable=False,
        )
        batch_op.create_index("ix_patients_name_folded", ["name_folded"], unique=False)
