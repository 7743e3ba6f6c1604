"""Desk → central: the next signed package of this desk's changes, or a re-export of a range.

A package covers a contiguous range of the desk's change sequence (``changes.seq``) and carries,
for each synced table, the rows whose ``change_seq`` falls in the range, in their current state.
A dossier changed again after the range (possible only in a re-export) travels along when a child
row of the range points at it, so a re-exported package is complete on its own. Users' names (never
their password hashes) travel with every package.

Personal data (ID numbers, phones, e-mails, addresses, the owner) is sealed to the central office's
X25519 key once the desk holds a reference package; before that the manifest says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import __version__
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.engine import SCHEMA_HEAD
from desk_app.store.journal import audit
from desk_app.sync import keys
from desk_app.sync.package import encode_rows, write_package
from desk_app.sync.tables import (
    CHILD_TABLES,
    DESK_TABLES,
    PACKAGE_KIND,
    PERSONAL_COLUMNS,
    TABLE_ORDER,
    USER_COLUMNS,
    columns,
    part_name,
)

Progress = Callable[[int, int], None]

LAST_EXPORTED = "sync.last_exported_seq"
LAST_EXPORT_AT = "sync.last_export_at"
LAST_EXPORT_FILE = "sync.last_export_file"
CENTRAL_SEALING_KEY = "sync.central_sealing_key"
_CHUNK = 900


@dataclass(frozen=True)
class ExportResult:
    file: Path
    office_id: str
    desk: int
    from_seq: int
    to_seq: int
    rows: int
    counts: dict[str, int]
    sealed: bool
    sha256: str
    re_export: bool


@dataclass(frozen=True)
class SyncStatus:
    """What the "Đồng bộ" screen shows: pending changes and the last export."""

    last_exported_seq: int
    latest_seq: int
    last_export_at: datetime | None
    last_export_file: str
    has_central_key: bool

    @property
    def pending(self) -> int:
        return max(0, self.latest_seq - self.last_exported_seq)


def status(ctx: DeskContext) -> SyncStatus:
    with ctx.reading() as session:
        settings = repo.read_settings(session)
        latest = session.execute(select(func.max(m.Change.seq))).scalar() or 0
    at = settings.get(LAST_EXPORT_AT)
    return SyncStatus(int(settings.get(LAST_EXPORTED, 0)), int(latest),
                      datetime.fromisoformat(at) if at else None, settings.get(LAST_EXPORT_FILE, ""),
                      bool(settings.get(CENTRAL_SEALING_KEY)))


def export_package(ctx: DeskContext, path: Path, from_seq: int | None = None, to_seq: int | None = None,
                   progress: Progress | None = None) -> ExportResult:
    """Write the next package (or re-export ``from_seq..to_seq``) to ``path``."""
    office = ctx.office()
    if not office.configured:
        raise DeskError("Máy chưa được thiết lập đơn vị: chạy «desk-app setup» trước khi xuất gói.")
    re_export = from_seq is not None or to_seq is not None
    key = keys.desk_signing_key(ctx.data_dir)
    now = ctx.now()
    with ctx.reading() as session:
        settings = repo.read_settings(session)
        latest = int(session.execute(select(func.max(m.Change.seq))).scalar() or 0)
        last = int(settings.get(LAST_EXPORTED, 0))
        if re_export:
            if from_seq is None or to_seq is None:
                raise ValidationError({"seq": "Xuất lại cần cả --from-seq và --to-seq."})
            if not 1 <= from_seq <= to_seq <= latest:
                raise ValidationError({"seq": f"Khoảng xuất lại phải nằm trong 1…{latest} và từ ≤ đến."})
            low, high = from_seq, to_seq
        else:
            low, high = last + 1, latest
            if high < low:
                raise DeskError(f"Không có thay đổi mới kể từ lần xuất trước (đã xuất đến số {last}).")
        parts, counts = _collect(session, low, high, progress)
    sealing_b64 = settings.get(CENTRAL_SEALING_KEY)
    manifest: dict[str, Any] = {
        "kind": PACKAGE_KIND,
        "office_id": office.office_id,
        "desk": office.desk,
        "office": {"id": office.office_id, "name": office.office_name, "level": office.level.value,
                   "province_code": office.province_code, "ward_code": office.ward_code},
        "from_seq": low,
        "to_seq": high,
        "re_export": re_export,
        "rows": counts,
        "app_version": __version__,
        "schema": SCHEMA_HEAD,
        "created_at": now.isoformat(),
    }
    personal_plain = parts.pop("personal.jsonl")
    if sealing_b64:
        recipient = keys.unb64(sealing_b64, 32)
        sealed = keys.seal(recipient, personal_plain, personal_aad(office.office_id, office.desk, low, high))
        parts["personal.bin"] = sealed.ciphertext
        manifest["personal"] = {"mode": "sealed", "scheme": keys.SEAL_MODE,
                                "recipient": keys.fingerprint(recipient), "ephemeral": sealed.ephemeral_b64,
                                "nonce": sealed.nonce_b64}
    else:
        parts["personal.jsonl"] = personal_plain
        manifest["personal"] = {"mode": "plain",
                                "reason": "máy chưa nhận gói dữ liệu tham chiếu (chưa có khóa công khai "
                                          "của cơ quan trung tâm)"}
    digest = write_package(path, manifest, parts, key)
    rows = sum(v for k, v in counts.items() if k not in ("personal", "users"))
    with ctx.transaction() as session:
        if not re_export:
            repo.write_setting(session, LAST_EXPORTED, high)
            repo.write_setting(session, LAST_EXPORT_AT, now.isoformat())
            repo.write_setting(session, LAST_EXPORT_FILE, str(path))
        audit(session, now, ctx.actor.username, "sync.re_export" if re_export else "sync.export", path.name,
              {"from_seq": low, "to_seq": high, "rows": rows, "sha256": digest, "sealed": bool(sealing_b64)})
    if progress:
        progress(rows, rows)
    return ExportResult(path, office.office_id, office.desk, low, high, rows, counts, bool(sealing_b64), digest,
                        re_export)


def personal_aad(office_id: str, desk: int, from_seq: int, to_seq: int) -> bytes:
    return f"desk-app|{office_id}|{desk}|{from_seq}|{to_seq}".encode()


def _collect(session: Session, low: int, high: int, progress: Progress | None
             ) -> tuple[dict[str, bytes], dict[str, int]]:
    parts: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    selected: dict[str, list[tuple[Any, ...]]] = {}
    estimate = max(1, high - low + 1)
    done = 0
    for name in TABLE_ORDER:
        table = DESK_TABLES[name]
        result = session.execute(select(table).where(table.c.change_seq.between(low, high))
                                 .order_by(table.c.change_seq))
        selected[name] = [tuple(r) for r in result]
        done += len(selected[name])
        if progress:
            progress(min(done, estimate), estimate)
    # A child whose dossier changed again after the range brings that dossier along (re-exports).
    dossier_table = DESK_TABLES["dossiers"]
    id_index = list(dossier_table.columns.keys()).index("id")
    have = {row[id_index] for row in selected["dossiers"]}
    wanted: set[str] = set()
    for name in CHILD_TABLES:
        index = list(DESK_TABLES[name].columns.keys()).index("dossier_id")
        wanted.update(row[index] for row in selected[name] if row[index] is not None)
    missing = sorted(wanted - have)
    for start in range(0, len(missing), _CHUNK):
        chunk = missing[start:start + _CHUNK]
        selected["dossiers"].extend(tuple(r) for r in session.execute(
            select(dossier_table).where(dossier_table.c.id.in_(chunk), dossier_table.c.change_seq > high)))
    all_columns = list(dossier_table.columns.keys())
    for name in TABLE_ORDER:
        wanted_columns = columns(name)
        source = list(DESK_TABLES[name].columns.keys())
        if wanted_columns == source:
            rows = selected[name]
        else:
            picks = [source.index(c) for c in wanted_columns]
            rows = [tuple(row[i] for i in picks) for row in selected[name]]
        parts[part_name(name)] = encode_rows(wanted_columns, rows)
        counts[name] = len(rows)
    personal_index = [all_columns.index(c) for c in ("id", *PERSONAL_COLUMNS)]
    personal_rows = [tuple(row[i] for i in personal_index) for row in selected["dossiers"]]
    parts["personal.jsonl"] = encode_rows(["id", *PERSONAL_COLUMNS], personal_rows)
    counts["personal"] = len(personal_rows)
    users = [tuple(r) for r in session.execute(
        select(*(getattr(m.User, c) for c in USER_COLUMNS)).order_by(m.User.username))]
    parts["users.jsonl"] = encode_rows(list(USER_COLUMNS), users)
    counts["users"] = len(users)
    return parts, counts


def describe(result: ExportResult) -> str:
    kind = "Đã xuất lại" if result.re_export else "Đã xuất"
    sealed = "dữ liệu cá nhân đã mã hóa cho cơ quan trung tâm" if result.sealed else \
        "CHƯA mã hóa dữ liệu cá nhân (máy chưa nhận gói tham chiếu)"
    return (f"{kind} gói {result.file}: máy {result.office_id}/{result.desk}, thay đổi số {result.from_seq}–"
            f"{result.to_seq}, {result.rows:,} dòng; {sealed}.")

