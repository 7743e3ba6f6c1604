"""central schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('apologies',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('old_due_at', sa.DateTime(), nullable=False),
    sa.Column('new_due_at', sa.DateTime(), nullable=False),
    sa.Column('signatory', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=200), nullable=False),
    sa.Column('deputy', sa.Boolean(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apologies'))
    )
    with op.batch_alter_table('apologies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apologies_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('central_applied_packages',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('from_seq', sa.Integer(), nullable=False),
    sa.Column('to_seq', sa.Integer(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_central_applied_packages'))
    )
    with op.batch_alter_table('central_applied_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_applied_packages_office_id'), ['office_id'], unique=False)

    op.create_table('central_calendar',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_central_calendar'))
    )
    op.create_table('central_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('existing_office_id', sa.String(length=32), nullable=False),
    sa.Column('existing_desk', sa.Integer(), nullable=True),
    sa.Column('existing_change_seq', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('incoming', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_central_conflicts'))
    )
    with op.batch_alter_table('central_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_conflicts_package_sha256'), ['package_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_central_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('central_desk_users',
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('seen_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('office_id', 'desk', 'username', name=op.f('pk_central_desk_users'))
    )
    op.create_table('central_desks',
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=True),
    sa.Column('key_fingerprint', sa.String(length=16), nullable=True),
    sa.Column('trusted_since', sa.DateTime(), nullable=True),
    sa.Column('last_applied_seq', sa.Integer(), nullable=False),
    sa.Column('last_package_at', sa.DateTime(), nullable=True),
    sa.Column('packages', sa.Integer(), nullable=False),
    sa.Column('app_version', sa.String(length=32), nullable=False),
    sa.Column('reset_note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('office_id', 'desk', name=op.f('pk_central_desks'))
    )
    op.create_table('central_held_packages',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('from_seq', sa.Integer(), nullable=False),
    sa.Column('to_seq', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_central_held_packages'))
    )
    with op.batch_alter_table('central_held_packages', schema=None) as batch_op:
        batch_op.create_index('ix_central_held_packages_desk', ['office_id', 'desk', 'from_seq'], unique=False)

    op.create_table('central_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_central_meta'))
    )
    op.create_table('central_offices',
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('province_code', sa.Integer(), nullable=True),
    sa.Column('ward_code', sa.Integer(), nullable=True),
    sa.Column('first_seen', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('office_id', name=op.f('pk_central_offices'))
    )
    op.create_table('central_reference_versions',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_central_reference_versions'))
    )
    op.create_table('dossier_events',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('from_status', sa.Integer(), nullable=True),
    sa.Column('to_status', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('receiver', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_events'))
    )
    with op.batch_alter_table('dossier_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_events_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('dossiers',
    sa.Column('code', sa.String(length=48), nullable=False),
    sa.Column('procedure_code', sa.String(length=40), nullable=False),
    sa.Column('procedure_name', sa.String(length=300), nullable=False),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('name_folded', sa.String(length=200), nullable=False),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('province_code', sa.Integer(), nullable=True),
    sa.Column('ward_code', sa.Integer(), nullable=True),
    sa.Column('owner', sa.Text(), nullable=False),
    sa.Column('channel', sa.Integer(), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('original_due_at', sa.DateTime(), nullable=False),
    sa.Column('duration', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('cutoff', sa.String(length=5), nullable=True),
    sa.Column('rule_set', sa.String(length=32), nullable=False),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('sets', sa.Integer(), nullable=False),
    sa.Column('fee', sa.String(length=300), nullable=False),
    sa.Column('result_delivery', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('book_volume', sa.String(length=16), nullable=False),
    sa.Column('book_line', sa.Integer(), nullable=False),
    sa.Column('clerk', sa.String(length=100), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('paused_since', sa.DateTime(), nullable=True),
    sa.Column('paused_minutes', sa.Integer(), nullable=False),
    sa.Column('supplement_count', sa.Integer(), nullable=False),
    sa.Column('apology_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers')),
    sa.UniqueConstraint('code', name=op.f('uq_dossiers_code'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index('ix_dossiers_finished_at', ['finished_at'], unique=False)
        batch_op.create_index('ix_dossiers_id_number', ['id_number'], unique=False)
        batch_op.create_index('ix_dossiers_office_received', ['office_id', 'received_at'], unique=False)
        batch_op.create_index('ix_dossiers_phone', ['phone'], unique=False)
        batch_op.create_index('ix_dossiers_received_at', ['received_at'], unique=False)
        batch_op.create_index('ix_dossiers_report', ['office_id', 'desk', 'procedure_code', 'clerk', 'channel', 'status', 'apology_count', 'supplement_count', 'received_at', 'finished_at', 'original_due_at', 'due_at', 'paused_since'], unique=False)
        batch_op.create_index('ix_dossiers_status_due', ['status', 'due_at'], unique=False)

    op.create_table('feedback',
    sa.Column('dossier_id', sa.String(length=36), nullable=True),
    sa.Column('procedure_code', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('scale', sa.Integer(), nullable=False),
    sa.Column('elements', sa.String(length=200), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('clerk', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index('ix_feedback_report', ['office_id', 'clerk', 'procedure_code', 'scale', 'rating', 'elements', 'desk', 'at'], unique=False)

    op.create_table('procedures',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_folded', sa.String(length=300), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('duration', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('cutoff', sa.String(length=5), nullable=True),
    sa.Column('fee', sa.String(length=300), nullable=False),
    sa.Column('fee_amount', sa.Integer(), nullable=False),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=False),
    sa.Column('code_verified', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('desk', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('code', name=op.f('uq_procedures_code'))
    )
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedures_change_seq'), ['change_seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_change_seq'))

    op.drop_table('procedures')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_report')
        batch_op.drop_index(batch_op.f('ix_feedback_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_feedback_at'))

    op.drop_table('feedback')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_status_due')
        batch_op.drop_index('ix_dossiers_report')
        batch_op.drop_index('ix_dossiers_received_at')
        batch_op.drop_index('ix_dossiers_phone')
        batch_op.drop_index('ix_dossiers_office_received')
        batch_op.drop_index('ix_dossiers_id_number')
        batch_op.drop_index('ix_dossiers_finished_at')

    op.drop_table('dossiers')
    with op.batch_alter_table('dossier_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_events_dossier_id'))

    op.drop_table('dossier_events')
    op.drop_table('central_reference_versions')
    op.drop_table('central_offices')
    op.drop_table('central_meta')
    with op.batch_alter_table('central_held_packages', schema=None) as batch_op:
        batch_op.drop_index('ix_central_held_packages_desk')

    op.drop_table('central_held_packages')
    op.drop_table('central_desks')
    op.drop_table('central_desk_users')
    with op.batch_alter_table('central_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_conflicts_row_id'))
        batch_op.drop_index(batch_op.f('ix_central_conflicts_package_sha256'))

    op.drop_table('central_conflicts')
    op.drop_table('central_calendar')
    with op.batch_alter_table('central_applied_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_applied_packages_office_id'))

    op.drop_table('central_applied_packages')
    with op.batch_alter_table('apologies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apologies_dossier_id'))

    op.drop_table('apologies')
