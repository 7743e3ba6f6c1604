"""The citizen's rating of the service, linked to a dossier or anonymous, and what it tells the office."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select

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
SOURCES = {"screen": "Màn hình đánh giá", "command": "Lệnh feedback"}
COMMENT_LIMIT = 1000
CLERK_LIMIT = 100
ANONYMOUS = "Không gắn hồ sơ"
# What clean() removes, less the line ends and tabs a pasted comment normally has.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def is_low(rating: int, scale: int) -> bool:
    """The ratings that count as dissatisfied (QĐ 766 indicator 5.4)."""
    return rating == scale if scale == 3 else rating >= 4


def label(rating: int, scale: int) -> str:
    labels = SCALE_LABELS.get(scale, ())
    return labels[rating - 1] if 1 <= rating <= len(labels) else str(rating)


def clean_comment(text: str | None, limit: int = COMMENT_LIMIT) -> tuple[str, str]:
    """The comment as stored, and a Vietnamese note when it had to be changed ("" when not).

    A comment of megabytes is cut before cleaning, so the work stays small; control characters go.
    """
    if not text:
        return "", ""
    raw = str(text)
    head = raw[: limit * 4]
    notes = []
    if _CONTROL.search(head):
        notes.append("đã bỏ các ký tự điều khiển")
    cleaned = clean(head, len(head), multiline=True)
    if len(cleaned) > limit or len(raw) > len(head):
        notes.append(f"góp ý dài quá {limit} ký tự nên chỉ lưu {limit} ký tự đầu")
        cleaned = cleaned[:limit].rstrip()
    note = ("Lưu ý: " + "; ".join(notes) + ".") if notes else ""
    return cleaned, note


def record_feedback(ctx: DeskContext, code: str | None, rating: int, scale: int = 3,
                    elements: tuple[str, ...] = (), comment: str = "", source: str = "screen",
                    clerk: str | None = None) -> int:
    """Store one rating (1 = best) in one transaction with its change-sequence row and audit entry.

    ``code`` links it to a dossier (which must exist); None or "" records it anonymously. ``clerk`` is
    the clerk who served the citizen; by default the dossier's clerk, or the user at this desk.
    """
    if scale not in SCALE_LABELS:
        raise ValidationError({"scale": "Thang đánh giá phải là 3 hoặc 5 mức."})
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= scale:
        raise ValidationError({"rating": f"Mức đánh giá phải từ 1 đến {scale} (1 là tốt nhất)."})
    if source not in SOURCES:
        raise ValidationError({"source": "Nguồn đánh giá phải là «screen» (màn hình) hoặc «command» (lệnh)."})
    unknown = [str(e) for e in elements if e not in SIPAS_ELEMENTS]
    if unknown:
        raise ValidationError({"elements": f"Yếu tố không hợp lệ: {', '.join(unknown)} "
                                           f"(chọn trong: {', '.join(SIPAS_ELEMENTS)})."})
    chosen = tuple(dict.fromkeys(elements))  # each element once, in the order chosen
    comment, _note = clean_comment(comment)
    served_by = clean(clerk, CLERK_LIMIT) if clerk else ""
    code = (code or "").strip()
    office = ctx.office()
    now = ctx.now()
    with ctx.transaction() as session:
        dossier = None
        if code:
            dossier = repo.dossier_by_code(session, code)
            if dossier is None:
                raise NotFoundError(f"Không tìm thấy hồ sơ mã «{clean(code, 40)}» để gắn đánh giá.")
        row = m.FeedbackRow(
            office_id=office.office_id, desk=office.desk, dossier_id=dossier.id if dossier else None,
            procedure_code=dossier.procedure_code if dossier else "", at=now, rating=rating, scale=scale,
            elements=",".join(chosen), comment=comment,
            clerk=served_by or (dossier.clerk if dossier else ctx.actor.display_name),
            source=source,
        )
        session.add(row)
        session.flush()
        record_change(session, row, now)
        audit(session, now, ctx.actor.username, "feedback", dossier.code if dossier else "",
              {"rating": rating, "scale": scale, "source": source})
    return rating


# --- What the office sees -------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """Ratings of one group (a period, a clerk, a procedure): how many, how many best, how many low."""

    key: str
    label: str
    total: int = 0
    best: int = 0
    low: int = 0

    @property
    def low_share(self) -> float:
        return self.low / self.total if self.total else 0.0


@dataclass(frozen=True)
class LowRating:
    at: datetime
    code: str  # "" when anonymous
    procedure_name: str
    clerk: str
    rating: int
    scale: int
    elements: tuple[str, ...]
    comment: str

    @property
    def label(self) -> str:
        return label(self.rating, self.scale)


@dataclass(frozen=True)
class FeedbackSummary:
    date_from: date | None
    date_to: date | None
    total: int
    low: int
    linked: int  # ratings tied to a dossier; the rest are anonymous
    distribution: dict[int, tuple[int, ...]]  # scale -> count per level (index 0 = level 1 = best)
    by_element: dict[str, int]  # SIPAS element -> times named as falling short
    by_period: tuple[Tally, ...]  # per day (a range up to 62 days) or per month
    by_clerk: tuple[Tally, ...]
    by_procedure: tuple[Tally, ...]
    low_ratings: tuple[LowRating, ...] = field(default=())  # newest first, with elements or comment

    @property
    def low_share(self) -> float:
        """Share of "Chưa hài lòng" (and the low levels of the 5 scale), for QĐ 766 indicator 5.4."""
        return self.low / self.total if self.total else 0.0


def _bounds(date_from: date | None, date_to: date | None) -> list[object]:
    if date_from and date_to and date_from > date_to:
        raise ValidationError({"date_from": "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc."})
    conditions: list[object] = []
    if date_from:
        conditions.append(m.FeedbackRow.at >= datetime.combine(date_from, time()))
    if date_to:
        conditions.append(m.FeedbackRow.at < datetime.combine(date_to + timedelta(days=1), time()))
    return conditions


def _low_condition() -> object:
    return or_(and_(m.FeedbackRow.scale == 3, m.FeedbackRow.rating == 3),
               and_(m.FeedbackRow.scale == 5, m.FeedbackRow.rating >= 4))


def summary(ctx: DeskContext, date_from: date | None = None, date_to: date | None = None,
            clerk: str | None = None, procedure_code: str | None = None,
            low_limit: int = 200) -> FeedbackSummary:
    """The ratings of a period (both days included), optionally of one clerk or one procedure."""
    conditions = _bounds(date_from, date_to)
    if clerk:
        conditions.append(m.FeedbackRow.clerk == clerk)
    if procedure_code is not None:
        conditions.append(m.FeedbackRow.procedure_code == procedure_code.strip())
    day = func.date(m.FeedbackRow.at)
    grouped = (select(day, m.FeedbackRow.clerk, m.FeedbackRow.procedure_code, m.FeedbackRow.scale,
                      m.FeedbackRow.rating, m.FeedbackRow.elements, m.FeedbackRow.dossier_id.is_(None),
                      func.count())
               .where(*conditions)
               .group_by(day, m.FeedbackRow.clerk, m.FeedbackRow.procedure_code, m.FeedbackRow.scale,
                         m.FeedbackRow.rating, m.FeedbackRow.elements, m.FeedbackRow.dossier_id.is_(None)))
    lows = (select(m.FeedbackRow.at, m.Dossier.code, m.Dossier.procedure_name, m.FeedbackRow.clerk,
                   m.FeedbackRow.rating, m.FeedbackRow.scale, m.FeedbackRow.elements, m.FeedbackRow.comment)
            .outerjoin(m.Dossier, m.Dossier.id == m.FeedbackRow.dossier_id)
            .where(_low_condition(), *conditions)
            .where(or_(m.FeedbackRow.comment != "", m.FeedbackRow.elements != ""))
            .order_by(m.FeedbackRow.at.desc()).limit(low_limit))
    with ctx.reading() as session:
        groups = session.execute(grouped).all()
        low_rows = session.execute(lows).all()
        names = dict(session.execute(select(m.Procedure.code, m.Procedure.name)).all())

    monthly = not (date_from and date_to and (date_to - date_from).days <= 62)
    distribution: dict[int, list[int]] = {}
    by_element: Counter[str] = Counter()
    periods: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    clerks: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    procedures: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    total = low = linked = 0
    for day_value, clerk_name, proc, scale, rating, elements, anonymous, count in groups:
        day_text = str(day_value)[:10]
        counts = distribution.setdefault(scale, [0] * len(SCALE_LABELS.get(scale, ())))
        if 1 <= rating <= len(counts):
            counts[rating - 1] += count
        bad = is_low(rating, scale)
        total += count
        low += count if bad else 0
        linked += 0 if anonymous else count
        for element in filter(None, (elements or "").split(",")):
            by_element[element] += count
        for bucket in (periods[day_text[:7] if monthly else day_text], clerks[clerk_name or ""],
                       procedures[proc or ""]):
            bucket[0] += count
            bucket[1] += count if rating == 1 else 0
            bucket[2] += count if bad else 0

    def tallies(source: dict[str, list[int]], label_of: dict[str, str] | None = None,
                by_key: bool = False) -> tuple[Tally, ...]:
        items = [Tally(key, (label_of or {}).get(key, key), *values) for key, values in source.items()]
        items.sort(key=(lambda t: t.key) if by_key else (lambda t: (-t.total, t.label)))
        return tuple(items)

    procedure_labels = {code: names.get(code, code) for code in procedures}
    procedure_labels[""] = ANONYMOUS
    return FeedbackSummary(
        date_from=date_from, date_to=date_to, total=total, low=low, linked=linked,
        distribution={scale: tuple(counts) for scale, counts in sorted(distribution.items())},
        by_element={key: by_element.get(key, 0) for key in SIPAS_ELEMENTS},
        by_period=tallies(periods, by_key=True),
        by_clerk=tallies(clerks, {"": "(không rõ)"}),
        by_procedure=tallies(procedures, procedure_labels),
        low_ratings=tuple(
            LowRating(at=at, code=code or "", procedure_name=pname or "", clerk=clerk_name or "", rating=rating,
                      scale=scale, elements=tuple(e for e in (elements or "").split(",") if e),
                      comment=comment or "")
            for at, code, pname, clerk_name, rating, scale, elements, comment in low_rows
        ),
    )
