"""content store: the shipped content is read from the files; only revisions are stored

* The eleven per-kind content tables and ``content_meta`` go: they held a second copy
  of the shipped content (which is now read from the content files and cached in the
  data folder) that nothing read.
* ``content_revisions`` keeps a clinic's revisions of content items, by item kind and
  id; the approved ones override the shipped items in the catalog in use.
* An item that was marked ``edited_locally`` (nothing in the program did that, but a
  hand-edited database might have) becomes an approved revision, so it stays in use.

Downgrading re-creates the old tables empty (the old program then loads the shipped
content again) and drops the revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# old table -> the content key its items have (catalog_parts and features say per row)
_ITEM_TABLES = {
    "sources": "source",
    "conditions": "condition",
    "pain_areas": "pain_area",
    "therapies": "therapy",
    "instructions": "instruction",
    "blood_thinners": "blood_thinner",
    "glossary": "glossary",
}
_SINGLETONS = ("manifest", "body_map", "current_care", "blood_thinner_policy")
# children before the tables they refer to
_OLD_TABLES = (
    "outcomes",
    "risks",
    *_ITEM_TABLES,
    "features",
    "catalog_parts",
    "content_meta",
)
_CARRIED_OVER = "kept when the database was upgraded to revision 0004"


def upgrade() -> None:
    now = sa.text("(CURRENT_TIMESTAMP)")
    op.create_table(
        "content_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("approver", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=now, nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("base_shipped_hash", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "state IN ('draft', 'approved', 'rejected', 'superseded')",
            name="ck_content_revisions_state",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.create_index("ix_content_revisions_item", ["item_kind", "item_id"])
        batch_op.create_index("ix_content_revisions_state", ["state"])
    _carry_over_local_edits()
    for table in _OLD_TABLES:
        op.drop_table(table)


def _carry_over_local_edits() -> None:
    connection = op.get_bind()
    revisions = sa.table(
        "content_revisions",
        *(
            sa.column(name)
            for name in ("item_kind", "item_id", "author", "reason", "state", "approver")
        ),
        sa.column("document", sa.JSON),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("decided_at", sa.DateTime(timezone=True)),
        sa.column("base_shipped_hash"),
    )
    edited = []
    for table, kind in (*_ITEM_TABLES.items(), ("features", None), ("catalog_parts", None)):
        kind_column = sa.column("kind") if kind is None else sa.literal(kind)
        id_column = sa.column("key" if table == "catalog_parts" else "id")
        rows = connection.execute(
            sa.select(
                id_column, kind_column, sa.column("document", sa.JSON), sa.column("shipped_hash"),
                sa.column("updated_at", sa.DateTime(timezone=True)),
            )
            .select_from(sa.table(table))
            .where(sa.column("edited_locally") == sa.true())
        ).all()
        for item_id, item_kind, document, shipped_hash, updated_at in rows:
            if table == "catalog_parts":  # key is "<kind>:<id>"; a singleton's id is its kind
                item_id = item_kind if item_kind in _SINGLETONS else item_id.split(":", 1)[1]
            edited.append(
                {
                    "item_kind": item_kind,
                    "item_id": item_id,
                    "document": document,
                    "author": _CARRIED_OVER,
                    "reason": "edited locally before revision 0004",
                    "state": "approved",
                    "approver": _CARRIED_OVER,
                    "created_at": updated_at,
                    "decided_at": updated_at,
                    "base_shipped_hash": shipped_hash,
                }
            )
    if edited:
        connection.execute(revisions.insert(), edited)


def downgrade() -> None:
    now = sa.text("(CURRENT_TIMESTAMP)")

    def item(*columns: sa.Column) -> list[sa.Column]:
        return [
            *columns,
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("document", sa.JSON(), nullable=False),
            sa.Column("shipped_hash", sa.String(length=64), nullable=False),
            sa.Column("edited_locally", sa.Boolean(), nullable=False),
            sa.Column("pending_shipped", sa.JSON(), nullable=True),
            *stamps(),
        ]

    def stamps() -> list[sa.Column]:
        return [
            sa.Column("created_at", sa.DateTime(timezone=True), server_default=now, nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), server_default=now, nullable=False),
        ]

    def text(name: str, length: int = 300) -> sa.Column:
        return sa.Column(name, sa.String(length=length), nullable=False)

    def key(name: str = "id") -> sa.Column:
        return sa.Column(name, sa.String(length=64), nullable=False)

    op.create_table(
        "blood_thinners",
        *item(
            key(), text("medicine_en", 200), text("medicine_es", 200),
            sa.Column("hold_days_min", sa.Integer(), nullable=True),
            sa.Column("hold_days_max", sa.Integer(), nullable=True),
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "catalog_parts",
        *item(key("key"), text("kind", 32)),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "conditions", *item(key(), text("name_en"), text("name_es")), sa.PrimaryKeyConstraint("id")
    )
    op.create_table(
        "content_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        text("content_version", 32),
        *stamps(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "features",
        *item(text("kind", 16), key(), text("name_en"), text("name_es")),
        sa.PrimaryKeyConstraint("kind", "id"),
    )
    op.create_table(
        "glossary",
        *item(key(), text("term_en", 200), text("term_es", 200)),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "instructions",
        *item(key(), text("title_en"), text("title_es")),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "pain_areas",
        *item(
            key(), text("view", 8), text("side", 8), text("region", 32),
            text("name_en"), text("name_es"),
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sources",
        *item(
            key(), text("short", 200), sa.Column("citation", sa.Text(), nullable=False),
            sa.Column("year", sa.Integer(), nullable=False),
            sa.Column("doi", sa.String(length=200), nullable=True),
            sa.Column("url", sa.String(length=500), nullable=True),
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "therapies",
        *item(key(), text("invasiveness", 32), text("name_en"), text("name_es")),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "outcomes",
        key("therapy_id"),
        key(),
        text("measure", 32),
        sa.Column("rate_treatment", sa.Double(), nullable=False),
        sa.Column("rate_comparator", sa.Double(), nullable=True),
        sa.Column("denominator", sa.Integer(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_es", sa.Text(), nullable=False),
        text("timeframe_en"),
        text("timeframe_es"),
        sa.Column("source_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["therapy_id"], ["therapies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("therapy_id", "id"),
    )
    op.create_table(
        "risks",
        key("therapy_id"),
        key(),
        sa.Column("frequency_low", sa.Double(), nullable=True),
        sa.Column("frequency_high", sa.Double(), nullable=True),
        sa.Column("denominator", sa.Integer(), nullable=False),
        text("per", 16),
        text("name_en"),
        text("name_es"),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_es", sa.Text(), nullable=False),
        sa.Column("source_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["therapy_id"], ["therapies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("therapy_id", "id"),
    )
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_content_revisions_state")
        batch_op.drop_index("ix_content_revisions_item")
    op.drop_table("content_revisions")
