"""The change sequence and the audit chain, both written inside the caller's transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.store.models import AuditEntry, Change, Synced

GENESIS = "0" * 64


def record_change(session: Session, row: Synced, at: datetime) -> int:
    """Give ``row`` the next change number of this desk (same transaction as the change)."""
    change = Change(table_name=type(row).__tablename__, row_id=row.id, at=at)  # type: ignore[attr-defined]
    session.add(change)
    session.flush()
    row.change_seq = change.seq
    return change.seq


def _entry_hash(prev_hash: str, at: datetime, actor: str, action: str, target: str, details: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), actor, action, target, details],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def audit(session: Session, at: datetime, actor: str, action: str, target: str = "",
          details: dict[str, Any] | None = None) -> AuditEntry:
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev_hash = last or GENESIS
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(at=at, actor=actor, action=action, target=target, details=details_text,
                       prev_hash=prev_hash,
                       hash=_entry_hash(prev_hash, at, actor, action, target, details_text))
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditBreak:
    entry_id: int
    problem: str


def verify_audit_chain(session: Session) -> AuditBreak | None:
    """The first entry whose hash or link does not match, or None when the chain is whole."""
    prev_hash = GENESIS
    expected_id: int | None = None
    for entry in _iter_entries(session):
        if expected_id is not None and entry.id != expected_id:
            return AuditBreak(expected_id, f"thiếu bản ghi nhật ký số {expected_id}")
        if entry.prev_hash != prev_hash:
            return AuditBreak(entry.id, "liên kết với bản ghi trước bị sai")
        digest = _entry_hash(entry.prev_hash, entry.at, entry.actor, entry.action, entry.target, entry.details)
        if digest != entry.hash:
            return AuditBreak(entry.id, "nội dung đã bị sửa")
        prev_hash = entry.hash
        expected_id = entry.id + 1
    return None


def _iter_entries(session: Session) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        batch = session.execute(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(5000)
        ).scalars().all()
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id
