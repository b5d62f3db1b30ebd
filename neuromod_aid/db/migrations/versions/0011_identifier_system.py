"""the clinic's details hold the system URI of its patients' record numbers

``clinic_profile.patient_identifier_system`` (``docs/fhir.md``): the hospital's
medical-record-number system the FHIR export names beside each record number, for
example an ``urn:oid:...``; empty, as every row written before is, until the clinic
sets it.

Revision ID: 0011_identifier_system
Revises: 0010_revision_parts
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_identifier_system"
down_revision = "0010_revision_parts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "patient_identifier_system",
                sa.String(length=2000),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("clinic_profile", schema=None) as batch_op:
        batch_op.drop_column("patient_identifier_system")
