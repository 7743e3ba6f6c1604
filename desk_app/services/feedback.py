"""The citizen's rating of the service, linked to a dossier or anonymous."""

from __future__ import annotations

from desk_app.domain.errors import NotFoundError, ValidationError
from desk_app.domain.text import clean
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change

SIPAS_ELEMENTS = {
    "access": "Tiếp cận dịch vụ",
    "procedure": "Thủ tục hành chính",
    "officer": "Công chức giải quyết công việc",
    "result": "Kết quả giải quyết",
    "feedback": "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
}
SCALE_LABELS = {
    3: ("Rất hài lòng", "Hài lòng", "Chưa hài lòng"),
    5: ("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng"),
}
COMMENT_LIMIT = 1000


def is_low(rating: int, scale: int) -> bool:
    """The ratings that count as dissatisfied (QĐ 766 indicator 5.4)."""
    return rating == scale if scale == 3 else rating >= 4


def record_feedback(ctx: DeskContext, code: str | None, rating: int, scale: int = 3,
                    elements: tuple[str, ...] = (), comment: str = "", source: str = "screen") -> int:
    if scale not in SCALE_LABELS:
        raise ValidationError({"scale": "Thang đánh giá phải là 3 hoặc 5 mức."})
    if not isinstance(rating, int) or not 1 <= rating <= scale:
        raise ValidationError({"rating": f"Mức đánh giá phải từ 1 đến {scale} (1 là tốt nhất)."})
    unknown = [e for e in elements if e not in SIPAS_ELEMENTS]
    if unknown:
        raise ValidationError({"elements": f"Yếu tố không hợp lệ: {', '.join(unknown)}."})
    comment = clean(comment, COMMENT_LIMIT, multiline=True)
    office = ctx.office()
    now = ctx.now()
    with ctx.transaction() as session:
        dossier = None
        if code:
            dossier = repo.dossier_by_code(session, code)
            if dossier is None:
                raise NotFoundError(f"Không tìm thấy hồ sơ mã «{code.strip()}» để gắn đánh giá.")
        row = m.FeedbackRow(
            office_id=office.office_id, desk=office.desk, dossier_id=dossier.id if dossier else None,
            procedure_code=dossier.procedure_code if dossier else "", at=now, rating=rating, scale=scale,
            elements=",".join(elements), comment=comment, clerk=dossier.clerk if dossier else ctx.actor.display_name,
            source=source,
        )
        session.add(row)
        session.flush()
        record_change(session, row, now)
        audit(session, now, ctx.actor.username, "feedback", dossier.code if dossier else "",
              {"rating": rating, "scale": scale, "source": source})
    return rating
