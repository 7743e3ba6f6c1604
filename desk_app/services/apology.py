"""Apology letters (Mẫu 04) with a new appointment; the first appointment stays for statistics."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.dossier import Dossier, Status
from desk_app.domain.errors import DeskError, PermissionDenied, ValidationError
from desk_app.domain.text import clean
from desk_app.domain.units import DurationUnit
from desk_app.services.context import DeskContext
from desk_app.services.lifecycle import check_moment, get_row, last_event_time
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change

APOLOGY_STATUSES = frozenset({Status.RECEIVED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED,
                              Status.AWAITING_PAYMENT})


def needs_apology(ctx: DeskContext, due_at: datetime, moment: datetime) -> bool:
    """Late, or within the warning window (default 1 working day) before the appointment."""
    if moment >= due_at:
        return True
    warn_minutes = int(round(ctx.office().warn_before_days * 480))
    return ctx.calendar().working_minutes_between(moment, due_at) <= warn_minutes


def propose_new_due(ctx: DeskContext, code: str, extra: float, unit: str = DurationUnit.WORKING_DAYS,
                    at: datetime | None = None) -> datetime:
    """The new appointment for an extension of ``extra`` units, counted from the later of now and the due."""
    dossier_due = get_due(ctx, code)
    start = max(at or ctx.now(), dossier_due)
    return ctx.calendar().due(start, extra, unit)


def get_due(ctx: DeskContext, code: str) -> datetime:
    with ctx.reading() as session:
        return get_row(session, code).due_at


def apologize(ctx: DeskContext, code: str, reason: str, new_due_at: datetime, at: datetime | None = None,
              signatory: str = "", signatory_title: str = "", deputy: bool = False) -> Dossier:
    reason = clean(reason, 2000, multiline=True)
    if not reason:
        raise ValidationError({"reason": "Cần ghi rõ lý do chậm trễ trong văn bản xin lỗi."})
    office = ctx.office()
    now = ctx.now()
    moment = (at or now).replace(microsecond=0)
    new_due_at = new_due_at.replace(second=0, microsecond=0)
    with ctx.transaction() as session:
        row = get_row(session, code)
        status = Status(row.status)
        if status not in APOLOGY_STATUSES:
            raise DeskError(f"Không thể xin lỗi, hẹn lại cho hồ sơ ở trạng thái «{status.label}».")
        if row.apology_count >= office.apology_limit and ctx.actor.role not in ("head", "admin"):
            raise PermissionDenied(
                f"Hồ sơ đã được hẹn lại {row.apology_count} lần (giới hạn {office.apology_limit}); "
                "chỉ lãnh đạo mới được hẹn lại thêm."
            )
        check_moment(ctx, moment, max(filter(None, [row.received_at, last_event_time(session, row.id)])),
                     "Văn bản xin lỗi")
        if not needs_apology(ctx, row.due_at, moment):
            raise DeskError(
                f"Hồ sơ chưa trễ hạn và chưa đến thời gian cảnh báo (hẹn trả {row.due_at:%H:%M %d/%m/%Y}): "
                "chưa cần văn bản xin lỗi."
            )
        if new_due_at <= moment:
            raise ValidationError({"new_due_at": "Ngày hẹn trả mới phải sau thời điểm xin lỗi."})
        if new_due_at <= row.due_at:
            raise ValidationError(
                {"new_due_at": f"Ngày hẹn trả mới phải sau ngày hẹn hiện tại ({row.due_at:%H:%M %d/%m/%Y})."}
            )
        if not ctx.calendar().is_working_time(new_due_at):
            raise ValidationError({"new_due_at": "Ngày hẹn trả mới phải rơi vào giờ làm việc."})
        apology = m.ApologyRow(
            office_id=office.office_id, desk=office.desk, dossier_id=row.id, at=moment, reason=reason,
            old_due_at=row.due_at, new_due_at=new_due_at,
            signatory=clean(signatory, 200) or office.head_name,
            signatory_title=clean(signatory_title, 200) or office.head_title, deputy=deputy,
            actor=ctx.actor.display_name,
        )
        session.add(apology)
        session.flush()
        record_change(session, apology, now)
        row.due_at = new_due_at
        row.apology_count += 1
        row.updated_at = now
        record_change(session, row, now)
        audit(session, now, ctx.actor.username, "apology", row.code,
              {"old_due_at": apology.old_due_at.isoformat(), "new_due_at": new_due_at.isoformat(), "reason": reason})
        return repo.dossier_to_domain(row, session=session)

