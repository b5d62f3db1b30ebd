"""safe records: unique record numbers, revisions, printed versions, amendments, archive

* ``patients.record_number`` becomes unique where given. Rows that already share a
  record number are one person entered twice (the hospital number names a person):
  their consultations move to the oldest row, and each consultation keeps its own
  record as written, so nothing is lost.
* ``patients.is_demo`` marks the fictional demo patient; ``archived_at`` hides a
  patient or a consultation from the lists without deleting it.
* The clinic's worded details are kept per language (``hours_by_language``,
  ``out_of_hours``) with an out-of-hours phone; the one ``hours`` text there was
  goes under the language most consultations were held in.
* A blood thinner may have no hold days (its source gives none in days).
* ``consultations.revision`` counts the saves that changed the record;
  ``consultation_versions`` keeps the record as it was when it was finished or
  printed, and ``documents.record_revision`` names the version a document was
  built from; ``amendments`` says who reopened a finished consultation, when and why.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DEMO_RECORD_NUMBER = "DEMO-0001"  # as neuromod_aid.demo had it when this was written


def upgrade() -> None:
    now = sa.text("(CURRENT_TIMESTAMP)")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("revision", sa.Integer(), nullable=False, server_default="1")
        )
        batch_op.add_column(sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_revision", sa.Integer(), nullable=True))
    with op.batch_alter_table("blood_thinners", schema=None) as batch_op:
        batch_op.alter_column("hold_days_min", existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("hold_days_max", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hours_by_language", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(
            sa.Column("out_of_hours", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(
            sa.Column("out_of_hours_phone", sa.String(length=100), nullable=False, server_default="")
        )
    _hours_per_language()
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        batch_op.drop_column("hours")
        batch_op.alter_column("hours_by_language", server_default=None)
        batch_op.alter_column("out_of_hours", server_default=None)
        batch_op.alter_column("out_of_hours_phone", server_default=None)
    op.create_table(
        "consultation_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=now, nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("consultation_id", "revision"),
    )
    with op.batch_alter_table("consultation_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_versions_consultation_id"), ["consultation_id"]
        )
    op.create_table(
        "amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("amended_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("from_revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=now, nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendments_consultation_id"), ["consultation_id"])

    connection = op.get_bind()
    patients = sa.table(
        "patients",
        sa.column("id", sa.Integer),
        sa.column("record_number", sa.String),
        sa.column("is_demo", sa.Boolean),
    )
    consultations = sa.table(
        "consultations", sa.column("id", sa.Integer), sa.column("patient_id", sa.Integer)
    )
    connection.execute(
        patients.update()
        .where(patients.c.record_number == DEMO_RECORD_NUMBER)
        .values(is_demo=True)
    )
    shared = connection.execute(
        sa.select(patients.c.record_number)
        .where(patients.c.record_number != "")
        .group_by(patients.c.record_number)
        .having(sa.func.count() > 1)
    ).scalars()
    for number in list(shared):
        keep, *others = connection.execute(
            sa.select(patients.c.id)
            .where(patients.c.record_number == number)
            .order_by(patients.c.id)
        ).scalars()
        connection.execute(
            consultations.update()
            .where(consultations.c.patient_id.in_(others))
            .values(patient_id=keep)
        )
        connection.execute(patients.delete().where(patients.c.id.in_(others)))
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.create_index(
            "uq_patients_record_number",
            ["record_number"],
            unique=True,
            sqlite_where=sa.text("record_number != ''"),
            postgresql_where=sa.text("record_number != ''"),
        )


def _hours_per_language() -> None:
    connection = op.get_bind()
    clinic = sa.table(
        "clinic_profile",
        sa.column("id", sa.Integer),
        sa.column("hours", sa.String),
        sa.column("hours_by_language", sa.JSON),
    )
    consultations = sa.table("consultations", sa.column("language", sa.String))
    language = connection.execute(
        sa.select(consultations.c.language)
        .group_by(consultations.c.language)
        .order_by(sa.func.count().desc(), consultations.c.language)
        .limit(1)
    ).scalar() or "en"
    for row_id, hours in connection.execute(sa.select(clinic.c.id, clinic.c.hours)).all():
        worded = {language: hours.strip()} if hours and hours.strip() else {}
        connection.execute(
            clinic.update().where(clinic.c.id == row_id).values(hours_by_language=worded)
        )


def downgrade() -> None:
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hours", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.drop_column("out_of_hours_phone")
        batch_op.drop_column("out_of_hours")
        batch_op.drop_column("hours_by_language")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index("uq_patients_record_number")
        batch_op.drop_column("archived_at")
        batch_op.drop_column("is_demo")
    op.drop_table("amendments")
    op.drop_table("consultation_versions")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("record_revision")
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("finished_at")
        batch_op.drop_column("revision")
