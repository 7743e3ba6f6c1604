"""Working-time calendar: local days off and extra working days, and due-date questions."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import clean
from desk_app.domain.units import DurationUnit
from desk_app.services.context import DeskContext
from desk_app.services.users import require_role
from desk_app.store import models as m
from desk_app.store.journal import audit, record_change


def add_override(ctx: DeskContext, day: date, kind: str, reason: str = "", origin: str = "local") -> None:
    if kind not in ("off", "work"):
        raise ValidationError({"kind": "Loại ngày phải là «off» (nghỉ) hoặc «work» (làm việc bù)."})
    require_role(ctx, "head", "admin", action="thay đổi lịch làm việc")
    office = ctx.office()
    now = ctx.now()
    with ctx.transaction() as session:
        row = session.execute(select(m.CalendarOverride).where(m.CalendarOverride.day == day)).scalar_one_or_none()
        if row is None:
            row = m.CalendarOverride(day=day, office_id=office.office_id, desk=office.desk)
            session.add(row)
        row.kind = kind
        row.reason = clean(reason, 300)
        row.origin = origin
        session.flush()
        record_change(session, row, now)
        audit(session, now, ctx.actor.username, f"calendar.{kind}", day.isoformat(), {"reason": row.reason})
    ctx.settings_changed()


def due(ctx: DeskContext, received: datetime, duration: float, unit: str | DurationUnit,
        cutoff: time | None = None) -> datetime:
    return ctx.calendar().due(received, duration, unit, cutoff)
