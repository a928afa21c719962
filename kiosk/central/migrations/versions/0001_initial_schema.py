"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 22:41:36.813354
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('auth_challenges',
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used', sa.Boolean(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('nonce', name=op.f('pk_auth_challenges'))
    )
    op.create_table('auth_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_auth_tokens'))
    )
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_tokens_iin'), ['iin'], unique=False)

    op.create_table('benefit_categories',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_benefit_categories'))
    )
    op.create_table('devices',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_kato', sa.String(length=9), nullable=False),
    sa.Column('certificate_serial', sa.String(length=80), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('certificate_serial', name=op.f('uq_devices_certificate_serial')),
    sa.UniqueConstraint('certificate_sha256', name=op.f('uq_devices_certificate_sha256'))
    )
    op.create_table('number_sequences',
    sa.Column('queue_type', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('queue_type', 'year', name=op.f('pk_number_sequences'))
    )
    op.create_table('one_time_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('used', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_one_time_codes'))
    )
    with op.batch_alter_table('one_time_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_one_time_codes_iin'), ['iin'], unique=False)

    op.create_table('persons',
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=6), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('district', sa.String(length=100), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('house', sa.String(length=20), nullable=False),
    sa.Column('flat', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('iin', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_name_birth', ['surname', 'name', 'birth_date'], unique=False)

    op.create_table('regions',
    sa.Column('kato', sa.String(length=9), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('kato', name=op.f('pk_regions'))
    )
    op.create_table('districts',
    sa.Column('kato', sa.String(length=9), nullable=False),
    sa.Column('region_kato', sa.String(length=9), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['region_kato'], ['regions.kato'], name=op.f('fk_districts_region_kato_regions')),
    sa.PrimaryKeyConstraint('kato', name=op.f('pk_districts'))
    )
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_districts_region_kato'), ['region_kato'], unique=False)

    op.create_table('person_links',
    sa.Column('parent_iin', sa.String(length=12), nullable=False),
    sa.Column('child_iin', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['child_iin'], ['persons.iin'], name=op.f('fk_person_links_child_iin_persons')),
    sa.ForeignKeyConstraint(['parent_iin'], ['persons.iin'], name=op.f('fk_person_links_parent_iin_persons')),
    sa.PrimaryKeyConstraint('parent_iin', 'child_iin', name=op.f('pk_person_links'))
    )
    with op.batch_alter_table('person_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_links_child_iin'), ['child_iin'], unique=False)

    op.create_table('kindergartens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('district_kato', sa.String(length=9), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('address_kk', sa.String(length=300), nullable=False),
    sa.Column('address_ru', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('languages', sa.String(length=40), nullable=False),
    sa.Column('sanatorium_profile', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['district_kato'], ['districts.kato'], name=op.f('fk_kindergartens_district_kato_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kindergartens')),
    sa.UniqueConstraint('code', name=op.f('uq_kindergartens_code'))
    )
    with op.batch_alter_table('kindergartens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kindergartens_district_kato'), ['district_kato'], unique=False)

    op.create_table('kindergarten_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kindergarten_id', sa.Integer(), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('free_places', sa.Integer(), nullable=False),
    sa.Column('place_type', sa.String(length=20), nullable=False),
    sa.Column('release_date', sa.Date(), nullable=True),
    sa.Column('free_choice', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['kindergarten_id'], ['kindergartens.id'], name=op.f('fk_kindergarten_groups_kindergarten_id_kindergartens')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kindergarten_groups'))
    )
    with op.batch_alter_table('kindergarten_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kindergarten_groups_kindergarten_id'), ['kindergarten_id'], unique=False)
        batch_op.create_index('ix_kindergarten_groups_year', ['birth_year', 'language'], unique=False)

    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('queue_type', sa.String(length=4), nullable=False),
    sa.Column('number_year', sa.Integer(), nullable=False),
    sa.Column('number_seq', sa.Integer(), nullable=False),
    sa.Column('child_iin', sa.String(length=12), nullable=False),
    sa.Column('child_birth_date', sa.Date(), nullable=False),
    sa.Column('applicant_iin', sa.String(length=12), nullable=False),
    sa.Column('region_kato', sa.String(length=9), nullable=False),
    sa.Column('district_kato', sa.String(length=9), nullable=False),
    sa.Column('sanatorium_profile', sa.String(length=40), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('benefit_category', sa.String(length=40), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('interest_confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('extra_email', sa.String(length=200), nullable=False),
    sa.Column('extra_phone', sa.String(length=20), nullable=False),
    sa.Column('service_centre', sa.String(length=40), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('state_json', sa.Text(), nullable=False),
    sa.Column('kindergarten_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['benefit_category'], ['benefit_categories.code'], name=op.f('fk_applications_benefit_category_benefit_categories')),
    sa.ForeignKeyConstraint(['district_kato'], ['districts.kato'], name=op.f('fk_applications_district_kato_districts')),
    sa.ForeignKeyConstraint(['group_id'], ['kindergarten_groups.id'], name=op.f('fk_applications_group_id_kindergarten_groups')),
    sa.ForeignKeyConstraint(['kindergarten_id'], ['kindergartens.id'], name=op.f('fk_applications_kindergarten_id_kindergartens')),
    sa.ForeignKeyConstraint(['region_kato'], ['regions.kato'], name=op.f('fk_applications_region_kato_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('number', name=op.f('uq_applications_number')),
    sa.UniqueConstraint('queue_type', 'number_year', 'number_seq', name='uq_applications_sequence')
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_applicant_iin'), ['applicant_iin'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_child_iin'), ['child_iin'], unique=False)
        batch_op.create_index('ix_applications_queue', ['district_kato', 'queue_type', 'active', 'status'], unique=False)
        batch_op.create_index('uq_applications_one_active', ['child_iin', 'queue_type'], unique=True, postgresql_where=sa.text('active'), sqlite_where=sa.text('active'))

    op.create_table('application_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('request_key', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_documents_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_documents'))
    )
    with op.batch_alter_table('application_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_documents_application_id'), ['application_id'], unique=False)

    op.create_table('application_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_ident', sa.String(length=64), nullable=False),
    sa.Column('service_centre', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('details_json', sa.Text(), nullable=False),
    sa.Column('request_key', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_history_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_history'))
    )
    with op.batch_alter_table('application_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_history_application_id'), ['application_id'], unique=False)

    op.create_table('signed_requests',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('signer_iin', sa.String(length=12), nullable=False),
    sa.Column('certificate_serial', sa.String(length=80), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=False),
    sa.Column('signed_xml', sa.LargeBinary(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('response_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_signed_requests_application_id_applications')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_signed_requests'))
    )
    with op.batch_alter_table('signed_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signed_requests_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signed_requests_signer_iin'), ['signer_iin'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('signed_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signed_requests_signer_iin'))
        batch_op.drop_index(batch_op.f('ix_signed_requests_application_id'))

    op.drop_table('signed_requests')
    with op.batch_alter_table('application_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_history_application_id'))

    op.drop_table('application_history')
    with op.batch_alter_table('application_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_documents_application_id'))

    op.drop_table('application_documents')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('uq_applications_one_active', postgresql_where=sa.text('active'), sqlite_where=sa.text('active'))
        batch_op.drop_index('ix_applications_queue')
        batch_op.drop_index(batch_op.f('ix_applications_child_iin'))
        batch_op.drop_index(batch_op.f('ix_applications_applicant_iin'))

    op.drop_table('applications')
    with op.batch_alter_table('kindergarten_groups', schema=None) as batch_op:
        batch_op.drop_index('ix_kindergarten_groups_year')
        batch_op.drop_index(batch_op.f('ix_kindergarten_groups_kindergarten_id'))

    op.drop_table('kindergarten_groups')
    with op.batch_alter_table('kindergartens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kindergartens_district_kato'))

    op.drop_table('kindergartens')
    with op.batch_alter_table('person_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_links_child_iin'))

    op.drop_table('person_links')
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_districts_region_kato'))

    op.drop_table('districts')
    op.drop_table('regions')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_name_birth')

    op.drop_table('persons')
    with op.batch_alter_table('one_time_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_one_time_codes_iin'))

    op.drop_table('one_time_codes')
    op.drop_table('number_sequences')
    op.drop_table('devices')
    op.drop_table('benefit_categories')
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_tokens_iin'))

    op.drop_table('auth_tokens')
    op.drop_table('auth_challenges')
