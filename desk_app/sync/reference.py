"""Central → desks: the signed reference package, and the central catalogue/calendar it is made from.

Parts: ``procedures.json`` (the catalogue, in the app's catalogue JSON), ``calendar.jsonl`` (days off
and make-up working days), ``rule_sets.json`` (the dated legal rule sets), ``offices.jsonl`` (the
office registry). The manifest carries the version, the offices the package is meant for (prefixes
of office ids; empty = all) and the central office's public keys: the signing key a desk trusts
from its first reference package on, and the X25519 key personal data is sealed to.

A desk refuses a package older than the one it has, one signed by another key than the first it
trusted, and one meant for other offices; the same version again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import __version__
from desk_app.domain.errors import ValidationError
from desk_app.domain.procedures import (
    Procedure,
    load_seed_catalogue,
    procedures_from_csv,
    procedures_from_json,
    procedures_to_json,
)
from desk_app.domain.rules import RULE_SETS
from desk_app.domain.text import clean
from desk_app.services.context import DeskContext
from desk_app.store import central_models as cm
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change
from desk_app.sync import keys as k
from desk_app.sync.package import (
    DEFAULT_LIMITS,
    PackageRefused,
    decode_rows,
    encode_rows,
    open_package,
    parts_digest,
    read_file,
    write_package,
)
from desk_app.sync.tables import REFERENCE_KIND

SIGNING_KEY = "sync.central_signing_key"
SEALING_KEY = "sync.central_sealing_key"
VERSION = "sync.reference_version"
DIGEST = "sync.reference_digest"
APPLIED_AT = "sync.reference_applied_at"
RULE_SETS_KEY = "reference.rule_sets"
OFFICES_KEY = "reference.offices"
SCOPE_KEY = "reference.scope"
CALENDAR_COLUMNS = ["day", "kind", "reason"]
OFFICE_COLUMNS = ["office_id", "office_name", "level", "province_code", "ward_code"]


# ---- central side ------------------------------------------------------------------------------
# The central catalogue lives in the store's ``procedures`` table (the desk's layout): the desk's
# ORM class and repository functions work on it unchanged. Its rows belong to no desk (desk 0).


def seed_catalogue(session: Session, now: datetime) -> int:
    return _store_procedures(session, load_seed_catalogue(), now)


def _store_procedures(session: Session, items: list[Procedure], now: datetime) -> int:
    return sum(_upsert_procedure(session, p, "", 0, now, record=False) for p in items)


def import_catalogue(store: Any, path: Path) -> int:
    """Replace/add central catalogue entries from a JSON or CSV file (all or nothing)."""
    text = path.read_text(encoding="utf-8-sig")
    items = procedures_from_csv(text) if path.suffix.lower() == ".csv" else procedures_from_json(text)
    with store.session() as session:
        return _store_procedures(session, items, store.now())


def set_calendar_day(store: Any, day: date, kind: str, reason: str = "") -> None:
    if kind not in ("off", "work", "remove"):
        raise ValidationError({"kind": "Loại ngày phải là «off» (nghỉ) hoặc «work» (làm việc bù)."})
    with store.session() as session:
        row = session.get(cm.CentralCalendarDay, day)
        if kind == "remove":
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = cm.CentralCalendarDay(day=day, kind=kind, reason="", updated_at=store.now())
            session.add(row)
        row.kind, row.reason, row.updated_at = kind, clean(reason, 300), store.now()


def export_reference(store: Any, path: Path) -> int:
    """Write the signed reference package; the version goes up only when the content changed."""
    keys = store.keys
    now = store.now()
    with store.session() as session:
        procedures = [repo.procedure_to_domain(row) for row in
                      session.execute(select(m.Procedure).order_by(m.Procedure.code)).scalars()]
        calendar = [(row.day, row.kind, row.reason) for row in
                    session.execute(select(cm.CentralCalendarDay).order_by(cm.CentralCalendarDay.day)).scalars()]
        offices = [(o.office_id, o.office_name, o.level, o.province_code, o.ward_code) for o in
                   session.execute(select(cm.Office).order_by(cm.Office.office_id)).scalars()]
        scope = store.scope(session)
        parts = {
            "procedures.json": procedures_to_json(procedures).encode("utf-8"),
            "calendar.jsonl": encode_rows(CALENDAR_COLUMNS, calendar),
            "rule_sets.json": (json.dumps([asdict(r) for r in RULE_SETS], ensure_ascii=False, default=str, indent=1)
                               + "\n").encode("utf-8"),
            "offices.jsonl": encode_rows(OFFICE_COLUMNS, offices),
        }
        digest = parts_digest({**parts, "scope": json.dumps(scope).encode(), "keys": keys.sealing_public_raw})
        latest = session.execute(select(cm.ReferenceVersion).order_by(cm.ReferenceVersion.version.desc())
                                 .limit(1)).scalar_one_or_none()
        if latest is not None and latest.digest == digest and latest.signer_fingerprint == keys.signing.fingerprint:
            version = latest.version
            created_at = latest.created_at
        else:
            version = (session.execute(select(func.max(cm.ReferenceVersion.version))).scalar() or 0) + 1
            created_at = now
            session.add(cm.ReferenceVersion(version=version, digest=digest, created_at=now,
                                            signer_fingerprint=keys.signing.fingerprint))
        manifest = {
            "kind": REFERENCE_KIND,
            "version": version,
            "created_at": created_at.isoformat(),
            "scope": scope,
            "app_version": __version__,
            "central": {"signing": keys.signing.public_b64, "sealing": keys.sealing_public_b64,
                        "sealing_fingerprint": keys.sealing_fingerprint},
            "counts": {"procedures": len(procedures), "calendar": len(calendar), "rule_sets": len(RULE_SETS),
                       "offices": len(offices)},
            "digest": digest,
        }
        write_package(path, manifest, parts, keys.signing)
    return version


# ---- desk side ---------------------------------------------------------------------------------


def apply_reference(ctx: DeskContext, path: Path) -> int:
    """Verify and apply a reference package at this desk, in one transaction; returns its version."""
    from desk_app.services.users import require_role

    require_role(ctx, "head", "admin", action="nhập gói danh mục, lịch từ cơ quan trung tâm")
    opened = open_package(read_file(path, DEFAULT_LIMITS), REFERENCE_KIND, DEFAULT_LIMITS, file_name=path.name)
    label = path.name
    man = opened.manifest
    office = ctx.office()
    version = man.get("version")
    central = man.get("central")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRefused(f"{label}: gói tham chiếu không ghi phiên bản hợp lệ.")
    if not isinstance(central, dict) or central.get("signing") != k.b64(opened.signer_raw) \
            or not isinstance(central.get("sealing"), str):
        raise PackageRefused(f"{label}: khóa công khai của cơ quan trung tâm trong gói không hợp lệ.")
    sealing_raw = k.unb64(central["sealing"], 32)
    scope = man.get("scope", [])
    if not isinstance(scope, list) or not all(isinstance(s, str) for s in scope):
        raise PackageRefused(f"{label}: phạm vi đơn vị của gói không hợp lệ.")
    if scope and office.configured and not any(office.office_id == s or office.office_id.startswith(s + ".")
                                               for s in scope):
        raise PackageRefused(f"{label}: gói tham chiếu dành cho đơn vị {', '.join(scope)}, không phải "
                             f"{office.office_id} — bị từ chối.")
    if set(opened.parts) != {"procedures.json", "calendar.jsonl", "rule_sets.json", "offices.jsonl"}:
        raise PackageRefused(f"{label}: gói tham chiếu thiếu hoặc thừa phần.")
    try:
        procedures = procedures_from_json(opened.parts["procedures.json"].decode("utf-8"))
    except (ValidationError, UnicodeDecodeError) as exc:
        raise PackageRefused(f"{label}: danh mục thủ tục trong gói không hợp lệ: {exc}") from exc
    header, calendar = decode_rows(opened.parts["calendar.jsonl"], label, "calendar")
    days: list[tuple[date, str, str]] = []
    try:
        if header != CALENDAR_COLUMNS:
            raise ValueError
        for day, kind, reason in calendar:
            if kind not in ("off", "work") or not isinstance(reason, str):
                raise ValueError
            days.append((date.fromisoformat(day), kind, clean(reason, 300)))
        rule_sets = json.loads(opened.parts["rule_sets.json"])
        header, offices = decode_rows(opened.parts["offices.jsonl"], label, "offices")
        if header != OFFICE_COLUMNS or not isinstance(rule_sets, list):
            raise ValueError
    except (ValueError, TypeError) as exc:
        raise PackageRefused(f"{label}: lịch hoặc danh sách đơn vị trong gói không hợp lệ.") from exc
    if len({d for d, _, _ in days}) != len(days):
        raise PackageRefused(f"{label}: lịch trong gói có ngày lặp lại.")
    counts = man.get("counts") or {}
    if counts.get("procedures") != len(procedures) or counts.get("calendar") != len(days) \
            or counts.get("offices") != len(offices):
        raise PackageRefused(f"{label}: bản kê khai ghi số mục khác với nội dung gói — không trung thực.")

    digest = str(man.get("digest", opened.sha256))
    now = ctx.now()
    with ctx.transaction() as session:
        settings = repo.read_settings(session)
        trusted = settings.get(SIGNING_KEY)
        if trusted and trusted != k.b64(opened.signer_raw):
            raise PackageRefused(f"{label}: gói tham chiếu được ký bằng khóa khác với khóa cơ quan trung tâm mà máy "
                                 "đã tin cậy — bị từ chối.")
        current = int(settings.get(VERSION, 0))
        if version < current:
            raise PackageRefused(f"{label}: gói tham chiếu phiên bản {version} cũ hơn phiên bản máy đang có "
                                 f"({current}) — bị từ chối.")
        if version == current:
            if settings.get(DIGEST) != digest:
                raise PackageRefused(f"{label}: gói cùng phiên bản {version} với bản đã nhận nhưng khác nội dung.")
            return version
        changed = sum(_upsert_procedure(session, p, office.office_id, office.desk, now) for p in procedures)
        wanted = {d: (kind, reason) for d, kind, reason in days}
        for row in session.execute(select(m.CalendarOverride)).scalars():
            if row.origin == "central" and row.day not in wanted:
                session.delete(row)
        session.flush()
        for day, (kind, reason) in wanted.items():
            row = session.execute(select(m.CalendarOverride).where(m.CalendarOverride.day == day)).scalar_one_or_none()
            if row is not None and (row.kind, row.reason, row.origin) == (kind, reason, "central"):
                continue
            if row is None:
                row = m.CalendarOverride(day=day, office_id=office.office_id, desk=office.desk)
                session.add(row)
            row.kind, row.reason, row.origin = kind, reason, "central"
            session.flush()
            record_change(session, row, now)
        repo.write_setting(session, SIGNING_KEY, k.b64(opened.signer_raw))
        repo.write_setting(session, SEALING_KEY, k.b64(sealing_raw))
        repo.write_setting(session, VERSION, version)
        repo.write_setting(session, DIGEST, digest)
        repo.write_setting(session, APPLIED_AT, now.isoformat())
        repo.write_setting(session, RULE_SETS_KEY, rule_sets)
        repo.write_setting(session, OFFICES_KEY, [dict(zip(OFFICE_COLUMNS, o, strict=True)) for o in offices])
        repo.write_setting(session, SCOPE_KEY, scope)
        audit(session, now, ctx.actor.username, "sync.reference", label,
              {"version": version, "procedures_changed": changed, "calendar_days": len(days),
               "central_key": k.fingerprint(opened.signer_raw)})
    ctx.settings_changed()
    return version


def _upsert_procedure(session: Session, procedure: Procedure, office_id: str, desk: int, now: datetime,
                      record: bool = True) -> bool:
    row = session.execute(select(m.Procedure).where(m.Procedure.code == procedure.code)).scalar_one_or_none()
    if row is not None and repo.procedure_to_domain(row) == procedure:
        return False
    if row is None:
        row = m.Procedure(office_id=office_id, desk=desk)
        session.add(row)
    repo.procedure_fill_row(row, procedure)
    session.flush()
    if record:
        record_change(session, row, now)
    return True


def reference_status(ctx: DeskContext) -> dict[str, Any]:
    with ctx.reading() as session:
        settings = repo.read_settings(session)
    return {"version": int(settings.get(VERSION, 0)), "applied_at": settings.get(APPLIED_AT),
            "central_key": k.fingerprint(k.unb64(settings[SIGNING_KEY])) if settings.get(SIGNING_KEY) else None}


__all__ = ["apply_reference", "export_reference", "import_catalogue", "seed_catalogue", "set_calendar_day"]
