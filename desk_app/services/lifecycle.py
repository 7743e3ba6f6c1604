"""A dossier's life after intake: transfer, supplements, finish, return, refusal, withdrawal, stop."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.dossier import REASON_REQUIRED, Dossier, EventKind, Status, next_status
from desk_app.domain.errors import NotFoundError, ValidationError
from desk_app.domain.text import clean
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change

FUTURE_TOLERANCE = timedelta(minutes=5)


def get_row(session: Session, code: str) -> m.Dossier:
    row = repo.dossier_by_code(session, code)
    if row is None:
        raise NotFoundError(f"Không tìm thấy hồ sơ mã «{code.strip()}».")
    return row


def last_event_time(session: Session, dossier_id: str) -> datetime | None:
    return session.execute(
        select(func.max(m.DossierEventRow.at)).where(m.DossierEventRow.dossier_id == dossier_id)
    ).scalar()


def check_moment(ctx: DeskContext, at: datetime, not_before: datetime | None, what: str = "Sự kiện") -> None:
    if at > ctx.now() + FUTURE_TOLERANCE:
        raise ValidationError({"at": f"{what} không được ghi vào thời điểm ở tương lai."})
    if not_before is not None and at < not_before:
        raise ValidationError(
            {"at": f"{what} không được trước sự kiện đã ghi gần nhất ({not_before:%H:%M %d/%m/%Y})."}
        )


def apply_event(ctx: DeskContext, code: str, kind: EventKind | str, at: datetime | None = None,
                reason: str = "", receiver: str = "", details: dict[str, object] | None = None) -> Dossier:
    """Record one event; refused with a reason when the state does not allow it. Nothing half-done."""
    kind = EventKind(kind)
    reason = clean(reason, 2000, multiline=True)
    receiver = clean(receiver, 200)
    if kind in REASON_REQUIRED and not reason:
        raise ValidationError({"reason": f"Cần ghi rõ lý do khi «{kind.label.lower()}»."})
    office = ctx.office()
    now = ctx.now()
    moment = (at or now).replace(microsecond=0)
    with ctx.transaction() as session:
        row = get_row(session, code)
        current = Status(row.status)
        target = next_status(current, kind)
        check_moment(ctx, moment, max(filter(None, [row.received_at, last_event_time(session, row.id)])))
        if kind is EventKind.REQUEST_SUPPLEMENT:
            row.supplement_count += 1
            row.paused_since = moment
        elif kind is EventKind.SUPPLEMENT_RECEIVED:
            paused_from = row.paused_since or moment
            calendar = ctx.calendar()
            waited = calendar.working_minutes_between(paused_from, moment)
            row.paused_minutes += waited
            row.due_at = calendar.shift_for_pause(row.due_at, paused_from, moment)
            # The legal appointment moves too: supplement waiting never counts against the office.
            row.original_due_at = calendar.shift_for_pause(row.original_due_at, paused_from, moment)
            row.paused_since = None
        elif kind is EventKind.FINISH:
            row.finished_at = moment
        elif kind is EventKind.RETURN:
            row.returned_at = moment
        elif kind in (EventKind.REFUSE, EventKind.STOP, EventKind.WITHDRAW):
            row.finished_at = moment
            row.paused_since = None
        row.status = int(target)
        row.updated_at = now
        record_change(session, row, now)
        event = m.DossierEventRow(
            office_id=office.office_id, desk=office.desk, dossier_id=row.id, kind=kind.value, at=moment,
            actor=ctx.actor.display_name, from_status=int(current), to_status=int(target), reason=reason,
            receiver=receiver, details=json.dumps(details or {}, ensure_ascii=False, default=str),
        )
        session.add(event)
        session.flush()
        record_change(session, event, now)
        audit(session, now, ctx.actor.username, f"event.{kind.value}", row.code,
              {"from": int(current), "to": int(target), "at": moment.isoformat(), "reason": reason})
        return repo.dossier_to_domain(row, session=session)


def supplement_warning(dossier: Dossier) -> str | None:
    """A second supplement request is allowed but counts the dossier as late (QĐ 766 indicator 2.1)."""
    if dossier.supplement_count >= 1:
        return ("Hồ sơ đã được yêu cầu bổ sung 1 lần. Yêu cầu bổ sung lần nữa sẽ bị tính là trễ hạn "
                "trong chỉ số đúng hạn (QĐ 766/QĐ-TTg).")
    return None

