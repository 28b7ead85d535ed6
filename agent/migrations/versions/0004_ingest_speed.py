"""ingest speed: fewer mailmessage indexes, partial where they serve a query; raw uncompressed

Every index on mailmessage is written by every ingested message. Kept: the primary key and the
two unique keys ingest relies on (IMAP key, content key; the content key also serves lookups by
Message-ID, its first column). Dropped: message_id_header (covered by the content key),
from_addr (no query filters on it), status, customer_id and conversation_id (replaced by partial
indexes that a freshly ingested message enters once, for the processing queue, or never).

PostgreSQL only: raw is compressed with lz4 instead of pglz (or, on a server built without lz4,
not compressed: STORAGE EXTERNAL). Mail is mostly base64 or quoted-printable text; pglz gains
little on it and costs server CPU per message. Measured, 10,000 messages (23 MB) stored with
binary COPY: pglz 1.3-1.9 s, uncompressed 0.94 s (30 MB on disk), lz4 0.84-1.0 s (23 MB).

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-22 16:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DROPPED = ("conversation_id", "customer_id", "from_addr", "message_id_header", "status")
_PARTIAL = (
    ("ix_mailmessage_new", ["id"], "status = 'new'"),
    ("ix_mailmessage_customer", ["customer_id", "id"], "customer_id IS NOT NULL"),
    ("ix_mailmessage_conversation", ["conversation_id", "id"], "conversation_id IS NOT NULL"),
)


def upgrade() -> None:
    with op.batch_alter_table("mailmessage", schema=None) as batch_op:
        for column in _DROPPED:
            batch_op.drop_index(f"ix_mailmessage_{column}")
        for name, columns, where in _PARTIAL:
            batch_op.create_index(
                name,
                columns,
                unique=False,
                postgresql_where=sa.text(where),
                sqlite_where=sa.text(where),
            )
    if op.get_bind().dialect.name == "postgresql":
        lz4 = op.get_bind().exec_driver_sql(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        ).scalar()
        if lz4:
            op.execute("ALTER TABLE mailmessage ALTER COLUMN raw SET COMPRESSION lz4")
        else:
            op.execute("ALTER TABLE mailmessage ALTER COLUMN raw SET STORAGE EXTERNAL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE mailmessage ALTER COLUMN raw SET STORAGE EXTENDED")
        op.execute("ALTER TABLE mailmessage ALTER COLUMN raw SET COMPRESSION default")
    with op.batch_alter_table("mailmessage", schema=None) as batch_op:
        for name, _, _ in _PARTIAL:
            batch_op.drop_index(name)
        for column in _DROPPED:
            batch_op.create_index(f"ix_mailmessage_{column}", [column], unique=False)
