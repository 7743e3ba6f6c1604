"""Integrity check, consistent backups and restore."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from desk_app.domain.errors import DeskError
from desk_app.services.context import DeskContext
from desk_app.store.engine import DB_FILE, backup_file
from desk_app.store.journal import audit, verify_audit_chain


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    audit: str

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.audit == "ok"


def check(ctx: DeskContext) -> CheckReport:
    with ctx.reading() as session:
        rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
        integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        broken = verify_audit_chain(session)
    audit_state = "ok" if broken is None else f"hỏng tại bản ghi số {broken.entry_id}: {broken.problem}"
    return CheckReport(integrity, audit_state)


def backup(ctx: DeskContext, target: Path) -> Path:
    if target.is_dir():
        target = target / f"desk-{ctx.office().office_id or 'chua-thiet-lap'}-{ctx.now():%Y%m%d-%H%M%S}.sqlite3"
    try:
        partial = target.with_name(target.name + ".part")
        backup_file(ctx.data_dir / DB_FILE, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise DeskError(f"Không sao lưu được vào {target}: {exc}. Dữ liệu trên máy không bị ảnh hưởng.") from exc
    with ctx.transaction() as session:
        audit(session, ctx.now(), ctx.actor.username, "backup", target.name)
    return target


def _office_of(path: Path) -> str:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key='office.office_id'").fetchone()
            connection.execute("SELECT count(*) FROM dossiers").fetchone()
    except sqlite3.Error as exc:
        raise DeskError(f"Tệp {path.name} không phải bản sao lưu CSDL của ứng dụng Một cửa.") from exc
    return json.loads(row[0]) if row else ""


def restore(ctx: DeskContext, source: Path) -> Path:
    if not source.is_file():
        raise DeskError(f"Không tìm thấy tệp {source}.")
    office_id = _office_of(source)
    current = ctx.office().office_id
    if current and office_id and office_id != current:
        raise DeskError(f"Bản sao lưu thuộc đơn vị {office_id}, không phải đơn vị của máy này ({current}).")
    database = ctx.data_dir / DB_FILE
    safety = ctx.data_dir / "backups" / f"before-restore-{ctx.now():%Y%m%d-%H%M%S}.sqlite3"
    backup_file(database, safety)
    ctx.close()
    staged = database.with_name(DB_FILE + ".restoring")
    backup_file(source, staged)
    for suffix in ("-wal", "-shm"):
        sidecar = database.with_name(DB_FILE + suffix)
        if sidecar.exists():
            sidecar.unlink()
    shutil.move(staged, database)
    return database
