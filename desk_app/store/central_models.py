"""The central store: the desks' synced tables, reused column for column, plus the merge's own tables.

``dossiers``, ``dossier_events``, ``apologies`` and ``feedback`` are copies of the desk's tables
(``Table.to_metadata``): the same names and columns, so reports written against
``desk_app.store.models`` run unchanged on a central store (SQLite or PostgreSQL). ``procedures``
is a copy too, but holds the central catalogue (one per store), never the desks' rows. The desks'
users, calendar and settings tables are not copied (their unique keys are per desk): the central
store has its own tables for users' names per desk and for the central calendar.
Schema changes go through the separate Alembic environment in ``central_migrations/``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk_app.store import models as desk

CENTRAL_SCHEMA_HEAD = "0001"


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=desk.NAMING)


central_metadata = CentralBase.metadata

dossiers: Table = desk.Dossier.__table__.to_metadata(central_metadata)  # type: ignore[attr-defined]
dossier_events: Table = desk.DossierEventRow.__table__.to_metadata(central_metadata)  # type: ignore[attr-defined]
apologies: Table = desk.ApologyRow.__table__.to_metadata(central_metadata)  # type: ignore[attr-defined]
feedback: Table = desk.FeedbackRow.__table__.to_metadata(central_metadata)  # type: ignore[attr-defined]

# The central procedure catalogue (sent to the desks), in the desk's own table layout so the same
# code (repositories, indicators) reads it. One catalogue for the whole store: no per-desk keys clash.
procedures: Table = desk.Procedure.__table__.to_metadata(central_metadata)  # type: ignore[attr-defined]

# Reports across offices filter by office first. (The desk's own report indexes — ix_dossiers_report,
# ix_feedback_report — come along with the copies.) A change of the desk tables' columns or indexes
# needs a central migration too: tests/integration/test_sync_cli.py compares the two.
Index("ix_dossiers_office_received", dossiers.c.office_id, dossiers.c.received_at)

def _for_merging(table: Table) -> None:
    """Drop what only the desk needs: the change_seq index (the central store never reads by it) and
    the foreign keys (the merge checks each child's dossier itself and records an orphan as a
    conflict; a per-row trigger check would halve PostgreSQL's insert rate)."""
    for constraint in list(table.foreign_key_constraints):
        table.constraints.discard(constraint)
    for column in table.columns:
        column.foreign_keys.clear()
    table.foreign_keys.clear()
    for index in list(table.indexes):
        if [c.name for c in index.columns] == ["change_seq"]:
            table.indexes.discard(index)


for _table in (dossiers, dossier_events, apologies, feedback):
    _for_merging(_table)

SYNCED_TABLES: dict[str, Table] = {
    "dossiers": dossiers,
    "dossier_events": dossier_events,
    "apologies": apologies,
    "feedback": feedback,
}


class CentralMeta(CentralBase):
    """Key/value facts about this store: its public keys, the offices it accepts."""

    __tablename__ = "central_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Office(CentralBase):
    __tablename__ = "central_offices"
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(16), default="")
    province_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ward_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)


class Desk(CentralBase):
    """A desk PC known to the central office, and the key it is trusted with."""

    __tablename__ = "central_desks"
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    desk: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)  # base64 of the raw Ed25519 key
    key_fingerprint: Mapped[str | None] = mapped_column(String(16), nullable=True)
    trusted_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_applied_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_package_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    packages: Mapped[int] = mapped_column(Integer, default=0)
    app_version: Mapped[str] = mapped_column(String(32), default="")
    reset_note: Mapped[str] = mapped_column(Text, default="")


class AppliedPackage(CentralBase):
    __tablename__ = "central_applied_packages"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32), index=True)
    desk: Mapped[int] = mapped_column(Integer)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    applied_at: Mapped[datetime] = mapped_column(DateTime)


class HeldPackage(CentralBase):
    """A verified package waiting for an earlier one of its desk (a gap in the sequence)."""

    __tablename__ = "central_held_packages"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32))
    desk: Mapped[int] = mapped_column(Integer)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_central_held_packages_desk", "office_id", "desk", "from_seq"),)


class Conflict(CentralBase):
    """The same row key arrived with different content: recorded, the stored row kept."""

    __tablename__ = "central_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    package_sha256: Mapped[str] = mapped_column(String(64), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    office_id: Mapped[str] = mapped_column(String(32))
    desk: Mapped[int] = mapped_column(Integer)
    change_seq: Mapped[int] = mapped_column(Integer)
    existing_office_id: Mapped[str] = mapped_column(String(32), default="")
    existing_desk: Mapped[int | None] = mapped_column(Integer, nullable=True)
    existing_change_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(String(300))
    incoming: Mapped[str] = mapped_column(Text)  # the refused row as JSON


class DeskUser(CentralBase):
    """Users' names per desk (never password hashes)."""

    __tablename__ = "central_desk_users"
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    desk: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="clerk")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    seen_seq: Mapped[int] = mapped_column(Integer, default=0)


class CentralCalendarDay(CentralBase):
    """Days off and make-up working days announced centrally (sent to the desks)."""

    __tablename__ = "central_calendar"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReferenceVersion(CentralBase):
    __tablename__ = "central_reference_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    signer_fingerprint: Mapped[str] = mapped_column(String(16))
