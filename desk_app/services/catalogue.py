"""The procedure catalogue: seeded from resources/, editable at the desk, imported/exported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.errors import NotFoundError
from desk_app.domain.office import OfficeSettings
from desk_app.domain.procedures import (
    Procedure,
    load_seed_catalogue,
    procedures_from_csv,
    procedures_from_json,
    procedures_to_csv,
    procedures_to_json,
    search_procedures,
    validate_procedure,
)
from desk_app.services.context import DeskContext
from desk_app.services.users import require_role
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change


def seed_if_empty(session: Session, office: OfficeSettings, now: datetime) -> int:
    if session.execute(select(m.Procedure.id).limit(1)).first():
        return 0
    count = 0
    for procedure in load_seed_catalogue():
        _upsert(session, procedure, office, now)
        count += 1
    return count


def _upsert(session: Session, procedure: Procedure, office: OfficeSettings, now: datetime) -> bool:
    row = session.execute(select(m.Procedure).where(m.Procedure.code == procedure.code)).scalar_one_or_none()
    if row is not None and repo.procedure_to_domain(row) == procedure:
        return False
    if row is None:
        row = m.Procedure(office_id=office.office_id, desk=office.desk)
        session.add(row)
    repo.procedure_fill_row(row, procedure)
    session.flush()
    record_change(session, row, now)
    return True


def list_procedures(ctx: DeskContext, include_inactive: bool = False) -> list[Procedure]:
    with ctx.reading() as session:
        query = select(m.Procedure).order_by(m.Procedure.field, m.Procedure.name)
        if not include_inactive:
            query = query.where(m.Procedure.active.is_(True))
        return [repo.procedure_to_domain(row) for row in session.execute(query).scalars()]


def find(ctx: DeskContext, text: str) -> list[Procedure]:
    return search_procedures(list_procedures(ctx), text)


def get(ctx: DeskContext, code: str) -> Procedure:
    with ctx.reading() as session:
        row = session.execute(select(m.Procedure).where(m.Procedure.code == code.strip())).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"Không có thủ tục mã «{code}» trong danh mục.")
        return repo.procedure_to_domain(row)


def save(ctx: DeskContext, procedure: Procedure) -> Procedure:
    require_role(ctx, "admin", action="sửa danh mục thủ tục")
    procedure = validate_procedure(procedure)
    with ctx.transaction() as session:
        if _upsert(session, procedure, ctx.office(), ctx.now()):
            audit(session, ctx.now(), ctx.actor.username, "procedure.save", procedure.code,
                  {"name": procedure.name, "duration": procedure.duration, "unit": procedure.unit.value})
    return procedure


def import_file(ctx: DeskContext, path: Path) -> int:
    """JSON or CSV by file extension; all or nothing. Returns how many entries changed."""
    require_role(ctx, "admin", action="nhập danh mục thủ tục")
    text = path.read_text(encoding="utf-8-sig")
    items = procedures_from_csv(text) if path.suffix.lower() == ".csv" else procedures_from_json(text)
    changed = 0
    with ctx.transaction() as session:
        for procedure in items:
            changed += _upsert(session, procedure, ctx.office(), ctx.now())
        audit(session, ctx.now(), ctx.actor.username, "procedure.import", path.name, {"changed": changed})
    return changed


def export_file(ctx: DeskContext, path: Path) -> int:
    items = list_procedures(ctx, include_inactive=True)
    text = procedures_to_csv(items) if path.suffix.lower() == ".csv" else procedures_to_json(items)
    path.write_text(text, encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8")
    return len(items)
