"""The desk database: SQLAlchemy 2 models. Schema changes go through Alembic migrations."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced row carries: a UUID key, where it came from, and its change number."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(String(32), default="")
    desk: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Change(Base):
    """The per-desk change sequence: one row per change, written in the change's transaction."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime)


class DailyCounter(Base):
    __tablename__ = "daily_counters"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Procedure(Synced, Base):
    __tablename__ = "procedures"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(100), default="")
    duration: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    cutoff: Mapped[str | None] = mapped_column(String(5), nullable=True)
    fee: Mapped[str] = mapped_column(String(300), default="")
    fee_amount: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ProcedureDocument
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    code_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text, default="")


class CalendarOverride(Synced, Base):
    __tablename__ = "calendar_overrides"
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # "off" | "work"
    reason: Mapped[str] = mapped_column(String(300), default="")
    origin: Mapped[str] = mapped_column(String(16), default="local")  # local | central


class Dossier(Synced, Base):
    __tablename__ = "dossiers"
    code: Mapped[str] = mapped_column(String(48), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(40))
    procedure_name: Mapped[str] = mapped_column(String(300))
    applicant_name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    province_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ward_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    owner: Mapped[str] = mapped_column(Text, default="")  # JSON Person when the owner is not the submitter
    channel: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    original_due_at: Mapped[datetime] = mapped_column(DateTime)
    duration: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    cutoff: Mapped[str | None] = mapped_column(String(5), nullable=True)
    rule_set: Mapped[str] = mapped_column(String(32))
    documents: Mapped[str] = mapped_column(Text, default="[]")
    sets: Mapped[int] = mapped_column(Integer, default=1)
    fee: Mapped[str] = mapped_column(String(300), default="")
    result_delivery: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    book_volume: Mapped[str] = mapped_column(String(16), default="")
    book_line: Mapped[int] = mapped_column(Integer, default=0)
    clerk: Mapped[str] = mapped_column(String(100), default="")
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused_minutes: Mapped[int] = mapped_column(Integer, default=0)
    supplement_count: Mapped[int] = mapped_column(Integer, default=0)
    apology_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_dossiers_status_due", "status", "due_at"),
        Index("ix_dossiers_received_at", "received_at"),
        Index("ix_dossiers_phone", "phone"),
        Index("ix_dossiers_id_number", "id_number"),
        Index("ix_dossiers_finished_at", "finished_at"),
        # Covering index of the indicators report: one index scan instead of reading the table.
        Index("ix_dossiers_report", "office_id", "desk", "procedure_code", "clerk", "channel", "status",
              "apology_count", "supplement_count", "received_at", "finished_at", "original_due_at", "due_at",
              "paused_since"),
    )


class DossierEventRow(Synced, Base):
    __tablename__ = "dossier_events"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    from_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    to_status: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    receiver: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")


class ApologyRow(Synced, Base):
    __tablename__ = "apologies"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="RESTRICT"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text)
    old_due_at: Mapped[datetime] = mapped_column(DateTime)
    new_due_at: Mapped[datetime] = mapped_column(DateTime)
    signatory: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    deputy: Mapped[bool] = mapped_column(Boolean, default=False)
    actor: Mapped[str] = mapped_column(String(100), default="")


class FeedbackRow(Synced, Base):
    __tablename__ = "feedback"
    dossier_id: Mapped[str | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    procedure_code: Mapped[str] = mapped_column(String(40), default="")
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    scale: Mapped[int] = mapped_column(Integer, default=3)
    elements: Mapped[str] = mapped_column(String(200), default="")  # comma-separated SIPAS elements
    comment: Mapped[str] = mapped_column(Text, default="")
    clerk: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(16), default="screen")  # screen | command

    __table_args__ = (
        Index("ix_feedback_report", "office_id", "clerk", "procedure_code", "scale", "rating", "elements", "desk",
              "at"),
    )


class User(Synced, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="clerk")  # clerk | head | admin
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AuditEntry(Base):
    """Append-only; each entry's hash covers the previous entry's hash (a chain)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("hash"),)
