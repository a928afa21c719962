"""official documents: document id, type and language of an issued document

Revision ID: 0002_official_documents
Revises: 0001
Create Date: 2026-11-27 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002_official_documents'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('application_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('doc_type', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('language', sa.String(length=2), nullable=True))
        batch_op.create_index(batch_op.f('ix_application_documents_document_id'),
                              ['document_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('application_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_documents_document_id'))
        batch_op.drop_column('language')
        batch_op.drop_column('doc_type')
        batch_op.drop_column('document_id')
