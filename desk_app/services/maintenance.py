"""Integrity check, consistent backups and restore."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
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
    if not target.suffix and not target.is_dir():
        raise DeskError(f"Không tìm thấy thư mục sao lưu {target} (ổ USB đã rút ra?). "
                        "Dữ liệu trên máy vẫn an toàn.")
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
    from desk_app.services.users import require_role

    require_role(ctx, "admin", action="khôi phục dữ liệu từ bản sao lưu")
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


# ---- automatic backups with rotation -------------------------------------------------------------

BACKUP_PREFIX = "desk-auto-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


def backup_folder(ctx: DeskContext) -> Path:
    """The folder of the automatic copies: the office's choice (a USB stick), else <data>/backups."""
    chosen = ctx.office().backup_folder
    return Path(chosen) if chosen else ctx.data_dir / "backups"


def auto_backup(ctx: DeskContext, reason: str = "daily", folder: Path | None = None) -> Path | None:
    """One consistent copy a day (and at close), then rotation: the last 7 days and one a week for 4 weeks.

    A vanished folder (USB stick pulled out) or a full disk raises DeskError; the desk's own data is
    never touched, so the caller tells the clerk and goes on working.
    """
    target_folder = folder or backup_folder(ctx)
    today = ctx.now().date()
    if reason == "daily" and any(p.name.startswith(f"{BACKUP_PREFIX}{today:%Y%m%d}") for p in _copies(target_folder)):
        return None
    if not target_folder.exists():
        if folder is None and target_folder == ctx.data_dir / "backups":
            target_folder.mkdir(parents=True, exist_ok=True)
        else:
            raise DeskError(f"Không tìm thấy thư mục sao lưu {target_folder} (ổ USB đã rút ra?). "
                            "Dữ liệu trên máy vẫn an toàn; hãy cắm lại ổ hoặc chọn thư mục khác.")
    target = target_folder / f"{BACKUP_PREFIX}{ctx.now():%Y%m%d-%H%M%S}-{reason}.sqlite3"
    backup(ctx, target)
    rotate(target_folder)
    return target


def _copies(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete automatic copies beyond the newest of each of the last N days and of the last M weeks."""
    from datetime import datetime as _dt

    copies = _copies(folder)
    by_day: dict[str, Path] = {}
    for path in copies:  # sorted oldest first: the newest copy of a day wins
        by_day[path.name[len(BACKUP_PREFIX):len(BACKUP_PREFIX) + 8]] = path
    days = sorted(by_day, reverse=True)
    keep = {by_day[d] for d in days[:keep_daily]}
    weeks: dict[tuple[int, int], Path] = {}
    for day in days:
        iso = _dt.strptime(day, "%Y%m%d").isocalendar()
        weeks.setdefault((iso[0], iso[1]), by_day[day])
    keep |= {weeks[w] for w in sorted(weeks, reverse=True)[:keep_weekly]}
    removed = []
    for path in copies:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def latest_backup(ctx: DeskContext) -> Path | None:
    """The newest copy to offer when the database is damaged."""
    copies = _copies(backup_folder(ctx)) + list((ctx.data_dir / "backups").glob("*.sqlite3"))
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def newest_local_backup(data_dir: Path) -> Path | None:
    """The newest copy in <data>/backups (automatic, before-upgrade or before-restore), without opening the database."""
    folder = data_dir / "backups"
    copies = [p for p in folder.glob("*.sqlite3")] if folder.is_dir() else []
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def recover_from_backup(data_dir: Path, source: Path) -> Path:
    """Put ``source`` in place of a damaged database; the damaged file is kept aside, never deleted."""
    _office_of(source)  # refuses a file that is not a desk database
    database = data_dir / DB_FILE
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = data_dir / f"damaged-{stamp}.sqlite3"
    if database.exists():
        shutil.move(database, aside)
    for suffix in ("-wal", "-shm"):
        sidecar = database.with_name(DB_FILE + suffix)
        if sidecar.exists():
            shutil.move(sidecar, aside.with_name(aside.name + suffix))
    backup_file(source, database)
    return aside
