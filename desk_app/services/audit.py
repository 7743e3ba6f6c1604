"""Reading the audit trail: who did what and when, filtered, for the heads of office."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from desk_app.services.context import DeskContext
from desk_app.services.users import require_role
from desk_app.store import models as m

ACTION_LABELS = {
    "intake": "Tiếp nhận hồ sơ",
    "apology": "Văn bản xin lỗi",
    "feedback": "Đánh giá",
    "setup": "Thiết lập đơn vị",
    "settings": "Đổi thiết lập",
    "login": "Đăng nhập",
    "login.failed": "Đăng nhập sai",
    "backup": "Sao lưu",
    "generate": "Tạo dữ liệu mẫu",
    "clock.anomaly": "Đồng hồ bất thường",
}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    details: dict[str, object]

    @property
    def label(self) -> str:
        if self.action in ACTION_LABELS:
            return ACTION_LABELS[self.action]
        head, _, rest = self.action.partition(".")
        return {"event": "Xử lý hồ sơ", "print": "In", "calendar": "Lịch làm việc", "procedure": "Danh mục",
                "user": "Tài khoản"}.get(head, head) + (f" ({rest})" if rest else "")


def entries(ctx: DeskContext, date_from: date | None = None, date_to: date | None = None, actor: str = "",
            action: str = "", target: str = "", limit: int = 500) -> list[AuditRow]:
    """Newest first. Only heads and administrators read the trail."""
    require_role(ctx, "head", "admin", action="xem nhật ký hệ thống")
    query = select(m.AuditEntry).order_by(m.AuditEntry.id.desc()).limit(limit)
    if date_from:
        query = query.where(m.AuditEntry.at >= datetime.combine(date_from, time.min))
    if date_to:
        query = query.where(m.AuditEntry.at <= datetime.combine(date_to, time.max))
    if actor:
        query = query.where(m.AuditEntry.actor == actor)
    if action:
        query = query.where(m.AuditEntry.action.startswith(action))
    if target:
        query = query.where(m.AuditEntry.target.startswith(target.strip().upper()))
    with ctx.reading() as session:
        return [AuditRow(e.id, e.at, e.actor, e.action, e.target, json.loads(e.details or "{}"))
                for e in session.execute(query).scalars()]
