"""record numbers compared in any case

``patients.record_key`` is the record number as compared ("h-20431" is "H-20431"),
and it, not the number as typed, is unique where given. Rows whose numbers differ
only in case are one person entered twice: their consultations move to the oldest
row, each keeping its own record as written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("record_key", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.drop_index("uq_patients_record_number")
    connection = op.get_bind()
    patients = sa.table(
        "patients",
        sa.column("id", sa.Integer),
        sa.column("record_number", sa.String),
        sa.column("record_key", sa.String),
    )
    consultations = sa.table(
        "consultations", sa.column("id", sa.Integer), sa.column("patient_id", sa.Integer)
    )
    for patient_id, number in connection.execute(
        sa.select(patients.c.id, patients.c.record_number)
    ).all():
        connection.execute(
            patients.update()
            .where(patients.c.id == patient_id)
            .values(record_key=(number or "").strip().casefold())
        )
    shared = connection.execute(
        sa.select(patients.c.record_key)
        .where(patients.c.record_key != "")
        .group_by(patients.c.record_key)
        .having(sa.func.count() > 1)
    ).scalars()
    for key in list(shared):
        keep, *others = connection.execute(
            sa.select(patients.c.id).where(patients.c.record_key == key).order_by(patients.c.id)
        ).scalars()
        connection.execute(
            consultations.update()
            .where(consultations.c.patient_id.in_(others))
            .values(patient_id=keep)
        )
        connection.execute(patients.delete().where(patients.c.id.in_(others)))
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.alter_column("record_key", server_default=None)
        batch_op.create_index(
            "uq_patients_record_key",
            ["record_key"],
            unique=True,
            sqlite_where=sa.text("record_key != ''"),
            postgresql_where=sa.text("record_key != ''"),
        )


def downgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index("uq_patients_record_key")
        batch_op.create_index(
            "uq_patients_record_number",
            ["record_number"],
            unique=True,
            sqlite_where=sa.text("record_number != ''"),
            postgresql_where=sa.text("record_number != ''"),
        )
        batch_op.drop_column("record_key")
