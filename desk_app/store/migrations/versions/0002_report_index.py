"""report indexes: covering indexes for the indicators report (QĐ 766 figures in index scans)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 20:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Every column the indicators queries read, so they scan these indexes and never the wide rows
# (documents JSON, addresses, comments …): the report over 1,000,000 dossiers stays under its 2 s
# budget. The grouping columns come first, in the order of the GROUP BY, so it streams in index
# order without a sort (for the dossiers the period selects on finished_at as much as on
# received_at, so a range on either would not spare the scan; the ratings' period is filtered in
# the scan too: a sort of 400,000 ratings costs more than reading their narrow index).
DOSSIER_REPORT_COLUMNS = [
    "office_id", "desk", "procedure_code", "clerk", "channel", "status", "apology_count",
    "supplement_count", "received_at", "finished_at", "original_due_at", "due_at", "paused_since",
]
FEEDBACK_REPORT_COLUMNS = ["office_id", "clerk", "procedure_code", "scale", "rating", "elements", "desk", "at"]


def upgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index("ix_dossiers_report", DOSSIER_REPORT_COLUMNS, unique=False)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_report", FEEDBACK_REPORT_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_report")
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_report")
