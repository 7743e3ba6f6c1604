"""The indicators every head of office is judged on (DESIGN.md §6), computed in SQL.

One service for the reports screen, the ``report`` command, the Excel/PDF files and the central
store's ``central report``. It reads the tables of :mod:`desk_app.store.models` with SQLAlchemy
Core, so the same code runs on the desk's SQLite file and on a central PostgreSQL store, and it
aggregates in the database (one grouped pass over the dossiers, one over the ratings): no Python
loop over a million rows.

QĐ 766/QĐ-TTg indicator 2.1, as the national "Hệ thống điều phối" computes it
(reference/legal-notes.md §6.5):

* the dossiers counted ("handled", *tiếp nhận hoặc xử lý trong kỳ*) are those received in the
  period, plus those received earlier that were still being processed during it: received before
  the end of the period and not ended before its start;
* a dossier is on time when it ended (finished, result returned, refused, withdrawn or stopped:
  every end state counts, with its end time) no later than its *first* appointment
  (``original_due_at``: an apology moves ``due_at`` but never this; supplement waiting already
  moved both), or when it is still open and "now" has not passed that appointment; while it waits
  for the citizen's supplement the clock is stopped, so it is judged at the moment it paused;
* more than one supplement request counts the dossier late, whatever its dates;
* on-time rate = on time ÷ handled; with nothing to count it is ``None`` ("chưa có số liệu").

Apology share = late dossiers with an apology letter ÷ late dossiers (PAR INDEX wants 100%).
Indicator 5.4 = 100% − (late rate + share of dissatisfied ratings).
"Overdue now" is the head's work list: open dossiers, clock running, past their *current*
appointment (the same rule as ``queries.list_dossiers(overdue=True)``).

Every rate is a percentage (0–100) as a float, or ``None`` when its denominator is 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from desk_app.domain.dossier import PAUSED_STATUSES, Channel, Status
from desk_app.domain.errors import ValidationError
from desk_app.domain.units import DurationUnit, describe_duration
from desk_app.services.context import DeskContext
from desk_app.services.feedback import SCALE_LABELS, SIPAS_ELEMENTS, is_low
from desk_app.store import models as m

NO_DATA = "chưa có số liệu"
DUE_SOON_HOURS = 24
COMMENT_LIMIT = 50
UNKNOWN_CLERK = "(không rõ)"

D = m.Dossier.__table__
F = m.FeedbackRow.__table__
P = m.Procedure.__table__

_RESULT = (int(Status.FINISHED), int(Status.RETURNED))
_PAUSED = tuple(int(s) for s in PAUSED_STATUSES)
_CLOCK_RUNNING = (int(Status.REGISTERED_ONLINE), int(Status.RECEIVED), int(Status.IN_PROGRESS))

FIGURES = {
    "received": "Tiếp nhận trong kỳ",
    "handled": "Hồ sơ giải quyết trong kỳ (tiếp nhận hoặc xử lý)",
    "finished": "Đã có kết quả trong kỳ",
    "refused": "Từ chối trong kỳ",
    "withdrawn": "Công dân rút trong kỳ",
    "stopped": "Dừng xử lý trong kỳ",
    "open": "Đang giải quyết",
    "on_time": "Đúng hạn (QĐ 766, chỉ số 2.1)",
    "late": "Trễ hạn",
    "late_with_apology": "Trễ hạn có văn bản xin lỗi",
    "late_without_apology": "Trễ hạn chưa có văn bản xin lỗi",
    "overdue_now": "Đang quá hẹn trả",
    "open_in_time": "Đang giải quyết, còn trong hạn",
    "due_soon": f"Đến hẹn trong {DUE_SOON_HOURS} giờ tới",
    "supplement_more_than_once": "Yêu cầu bổ sung hơn 01 lần (tính trễ hạn)",
    "dissatisfied": "Có đánh giá chưa hài lòng",
}


# ---------------------------------------------------------------------------------------------
# The result


@dataclass(frozen=True)
class Period:
    date_from: date | None
    date_to: date | None

    @property
    def label(self) -> str:
        if self.date_from and self.date_to:
            if self.date_from == self.date_to:
                return f"Ngày {self.date_from:%d/%m/%Y}"
            return f"Từ ngày {self.date_from:%d/%m/%Y} đến ngày {self.date_to:%d/%m/%Y}"
        if self.date_from:
            return f"Từ ngày {self.date_from:%d/%m/%Y}"
        if self.date_to:
            return f"Đến ngày {self.date_to:%d/%m/%Y}"
        return "Toàn bộ dữ liệu"


@dataclass(frozen=True)
class ChannelFigure:
    channel: int
    label: str
    received: int
    share: float | None  # percent of the dossiers received in the period


@dataclass(frozen=True)
class GroupFigure:
    """One procedure or one clerk."""

    key: str
    label: str
    received: int = 0
    handled: int = 0
    finished: int = 0
    on_time: int = 0
    late: int = 0
    late_with_apology: int = 0
    overdue_now: int = 0
    open: int = 0
    on_time_rate: float | None = None
    average_days: float | None = None  # receipt → result, calendar days, dossiers finished in the period
    duration: str = ""  # the legal time (procedures only)
    ratings: int = 0
    dissatisfied: int = 0
    dissatisfied_rate: float | None = None


@dataclass(frozen=True)
class ElementFigure:
    """A SIPAS element: how many ratings named it, and how many of those were dissatisfied."""

    key: str
    label: str
    mentioned: int
    dissatisfied: int


@dataclass(frozen=True)
class LowComment:
    at: datetime
    code: str  # "" when the rating is not linked to a dossier
    rating: int
    scale: int
    label: str
    comment: str
    clerk: str
    procedure_code: str
    elements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Satisfaction:
    total: int = 0
    satisfied: int = 0  # "Rất hài lòng" and "Hài lòng"
    dissatisfied: int = 0  # the low levels (is_low)
    satisfied_rate: float | None = None
    dissatisfied_rate: float | None = None
    distribution: dict[int, tuple[int, ...]] = field(default_factory=dict)  # scale → count per level (1 first)
    by_element: tuple[ElementFigure, ...] = ()
    comments: tuple[LowComment, ...] = ()  # dissatisfied ratings with a comment, newest first


@dataclass(frozen=True)
class Indicators:
    period: Period
    generated_at: datetime
    filters: dict[str, Any]
    received: int
    handled: int
    finished: int
    refused: int
    withdrawn: int
    stopped: int
    open: int
    on_time: int
    on_time_rate: float | None
    late: int
    late_rate: float | None
    late_with_apology: int
    late_without_apology: int
    apology_rate: float | None
    overdue_now: int
    open_in_time: int
    due_soon: int
    supplement_more_than_once: int
    average_days: float | None
    by_channel: tuple[ChannelFigure, ...]
    by_procedure: tuple[GroupFigure, ...]
    by_clerk: tuple[GroupFigure, ...]
    satisfaction: Satisfaction
    indicator_5_4: float | None

    @property
    def empty(self) -> bool:
        return self.handled == 0 and self.satisfaction.total == 0


# ---------------------------------------------------------------------------------------------
# Formatting shared by the screen, the command and the files


def rate(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def format_rate(value: float | None, digits: int = 1) -> str:
    """"83,3%" (Vietnamese decimal comma), or "chưa có số liệu"."""
    if value is None:
        return NO_DATA
    return f"{value:.{digits}f}".replace(".", ",") + "%"


def format_days(value: float | None) -> str:
    if value is None:
        return NO_DATA
    return f"{value:.1f}".replace(".", ",") + " ngày"


def format_count(value: int) -> str:
    """"1.234.567" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def period_bounds(kind: str, day: date) -> tuple[date, date]:
    """The month, quarter or year ("month" | "quarter" | "year") that contains ``day``."""
    if kind == "month":
        start = day.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    if kind == "quarter":
        first_month = 3 * ((day.month - 1) // 3) + 1
        start = date(day.year, first_month, 1)
        following = date(day.year + (first_month + 3 > 12), (first_month + 3 - 1) % 12 + 1, 1)
        return start, following - timedelta(days=1)
    if kind == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# SQL pieces


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_to < date_from:
        raise ValidationError({"to": f"Ngày kết thúc ({date_to:%d/%m/%Y}) trước ngày bắt đầu "
                                     f"({date_from:%d/%m/%Y}): hãy đổi lại khoảng thời gian."})


def _bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    """[start, end) as datetimes: both days included."""
    check_period(date_from, date_to)
    start = datetime.combine(date_from, time.min) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time.min) if date_to else None
    return start, end


def _within(column: Any, start: datetime | None, end: datetime | None) -> ColumnElement[bool]:
    parts = [column.isnot(None)]
    if start is not None:
        parts.append(column >= start)
    if end is not None:
        parts.append(column < end)
    return and_(*parts)


def _handled(start: datetime | None, end: datetime | None, now: datetime) -> list[ColumnElement[bool]]:
    """Received or processed in the period: received before its end, not ended before its start.
    A period that has not begun yet processed nothing (open dossiers are not "in" it yet)."""
    conditions: list[ColumnElement[bool]] = []
    if end is not None:
        conditions.append(D.c.received_at < end)
    if start is not None:
        still_open = D.c.finished_at.is_(None) if start <= now else false()
        conditions.append(or_(still_open, D.c.finished_at >= start))
    return conditions


def _dossier_filters(office_id: str | None, desk: int | None, clerk: str | None,
                     procedure_code: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if office_id:
        conditions.append(D.c.office_id == office_id)
    if desk is not None:
        conditions.append(D.c.desk == desk)
    if clerk:
        conditions.append(D.c.clerk == clerk)
    if procedure_code:
        conditions.append(D.c.procedure_code == procedure_code.strip())
    return conditions


def _feedback_filters(office_id: str | None, desk: int | None, clerk: str | None,
                      procedure_code: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if office_id:
        conditions.append(F.c.office_id == office_id)
    if desk is not None:
        conditions.append(F.c.desk == desk)
    if clerk:
        conditions.append(F.c.clerk == clerk)
    if procedure_code:
        conditions.append(F.c.procedure_code == procedure_code.strip())
    return conditions


def _judged_at(now: datetime) -> ColumnElement[Any]:
    """When a dossier is judged (QĐ 766 2.1): at its end (finished_at, every end state sets it), at
    the start of a supplement wait (paused_since, set only while the clock is stopped), else now."""
    return func.coalesce(D.c.finished_at, D.c.paused_since, literal(now, D.c.finished_at.type))


def _on_time(now: datetime) -> ColumnElement[bool]:
    """On time or still in time against the first appointment; more than one supplement is late."""
    return and_(D.c.supplement_count <= 1, _judged_at(now) <= D.c.original_due_at)


def _overdue_now(now: datetime) -> ColumnElement[bool]:
    return and_(D.c.finished_at.is_(None), D.c.status.in_(_CLOCK_RUNNING), D.c.due_at < now)


def _due_soon(now: datetime) -> ColumnElement[bool]:
    return and_(D.c.finished_at.is_(None), D.c.status.in_(_CLOCK_RUNNING), D.c.due_at >= now,
                D.c.due_at <= now + timedelta(hours=DUE_SOON_HOURS))


def _days_between(session: Session, earlier: Any, later: Any) -> ColumnElement[float] | None:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier) / 86400.0
    return None


def _count_if(condition: ColumnElement[bool]) -> Any:
    """COUNT(CASE WHEN condition THEN 1 END): portable, and the cheapest form SQLite evaluates."""
    return func.count(case((condition, 1)))


DOSSIER_GROUP = ("office_id", "desk", "procedure_code", "clerk", "channel", "status", "apology_count",
                 "supplement_count")


def _dossier_query(session: Session, start: datetime | None, end: datetime | None, now: datetime,
                   conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """One pass over the dossiers, grouped small.

    The GROUP BY follows the covering index ix_dossiers_report (migration 0002), so SQLite streams
    it in index order with no sort. Status, apology and supplement counts are grouping keys: the
    figures that depend only on them (ended in a given state, late with an apology, more than one
    supplement request) are derived from the groups in Python, and each row pays for only a few
    comparisons.
    """
    bounded = start is not None or end is not None
    ended_in_period = _within(D.c.finished_at, start, end)
    days = _days_between(session, D.c.received_at, D.c.finished_at)
    columns: list[Any] = [
        *(D.c[name] for name in DOSSIER_GROUP),
        func.count().label("n"),
        (_count_if(D.c.received_at >= start) if start is not None else func.count()).label("received"),
        (_count_if(ended_in_period) if bounded else func.count(D.c.finished_at)).label("ended"),
        _count_if(_judged_at(now) <= D.c.original_due_at).label("in_time"),
        _count_if(D.c.due_at < now).label("past_due"),
        _count_if(and_(D.c.due_at >= now, D.c.due_at <= now + timedelta(hours=DUE_SOON_HOURS))).label("soon"),
        (func.sum(case((ended_in_period, days))) if days is not None else literal(None)).label("days"),
    ]
    return (select(*columns).where(*_handled(start, end, now), *conditions)
            .group_by(*(D.c[name] for name in DOSSIER_GROUP)))


def _feedback_query(start: datetime | None, end: datetime | None,
                    conditions: list[ColumnElement[bool]]) -> Select[Any]:
    where: list[ColumnElement[bool]] = [*conditions]
    # coalesce(at, at): the same value, but it keeps SQLite off ix_feedback_at (reading each rating
    # row by row) and on the covering index ix_feedback_report, streamed in GROUP BY order.
    at = func.coalesce(F.c.at, F.c.at)
    if start is not None:
        where.append(at >= start)
    if end is not None:
        where.append(at < end)
    group = (F.c.office_id, F.c.clerk, F.c.procedure_code, F.c.scale, F.c.rating, F.c.elements)
    return select(*group, func.count().label("n")).where(*where).group_by(*group)


def _low() -> ColumnElement[bool]:
    return or_(and_(F.c.scale == 3, F.c.rating == 3), and_(F.c.scale == 5, F.c.rating >= 4))


def _comments(session: Session, start: datetime | None, end: datetime | None,
              conditions: list[ColumnElement[bool]], limit: int = COMMENT_LIMIT) -> tuple[LowComment, ...]:
    where: list[ColumnElement[bool]] = [_low(), F.c.comment != "", *conditions]
    if start is not None:
        where.append(F.c.at >= start)
    if end is not None:
        where.append(F.c.at < end)
    query = (select(F.c.at, D.c.code, F.c.rating, F.c.scale, F.c.comment, F.c.clerk, F.c.procedure_code,
                    F.c.elements)
             .select_from(F.outerjoin(D, D.c.id == F.c.dossier_id))
             .where(*where).order_by(F.c.at.desc()).limit(limit))
    out = []
    for at, code, rating, scale, comment, clerk, procedure_code, elements in session.execute(query):
        labels = SCALE_LABELS.get(scale, ())
        out.append(LowComment(at=at, code=code or "", rating=rating, scale=scale,
                              label=labels[rating - 1] if 1 <= rating <= len(labels) else str(rating),
                              comment=comment or "", clerk=clerk or "", procedure_code=procedure_code or "",
                              elements=tuple(e for e in (elements or "").split(",") if e)))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Reducing the grouped rows


class _Acc:
    __slots__ = ("days", "finished", "late_apology", "n", "on_time", "open", "open_on_time", "overdue",
                 "received", "refused", "soon", "stopped", "supplements", "withdrawn")

    def __init__(self) -> None:
        for name in self.__slots__:
            setattr(self, name, 0)
        self.days = 0.0

    def add(self, row: Any) -> None:
        status = int(row.status)
        # More than one supplement request: late, whatever the dates (QĐ 766 2.1).
        on_time = 0 if (row.supplement_count or 0) > 1 else row.in_time
        self.n += row.n
        self.received += row.received
        self.on_time += on_time
        if (row.apology_count or 0) > 0:
            self.late_apology += row.n - on_time
        if (row.supplement_count or 0) > 1:
            self.supplements += row.n
        if status in _RESULT:
            self.finished += row.ended
            self.days += float(row.days or 0.0)
        elif status == Status.REFUSED:
            self.refused += row.ended
        elif status == Status.WITHDRAWN:
            self.withdrawn += row.ended
        elif status == Status.STOPPED:
            self.stopped += row.ended
        elif status in _CLOCK_RUNNING or status in _PAUSED:
            self.open += row.n
            self.open_on_time += on_time
            if status in _CLOCK_RUNNING:
                self.overdue += row.past_due
                self.soon += row.soon

    @property
    def late(self) -> int:
        return self.n - self.on_time


@dataclass
class _Ratings:
    total: int = 0
    satisfied: int = 0
    low: int = 0
    distribution: dict[int, list[int]] = field(default_factory=dict)
    mentioned: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mentioned_low: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, scale: int, rating: int, elements: str, count: int) -> None:
        counts = self.distribution.setdefault(scale, [0] * len(SCALE_LABELS.get(scale, ())))
        if 1 <= rating <= len(counts):
            counts[rating - 1] += count
        low = is_low(rating, scale)
        self.total += count
        self.satisfied += count if rating <= 2 else 0
        self.low += count if low else 0
        for element in {e for e in (elements or "").split(",") if e}:
            self.mentioned[element] += count
            if low:
                self.mentioned_low[element] += count


def _satisfaction(ratings: _Ratings, comments: tuple[LowComment, ...]) -> Satisfaction:
    distribution = {scale: tuple(ratings.distribution.get(scale, [0] * len(labels)))
                    for scale, labels in SCALE_LABELS.items() if scale in ratings.distribution}
    elements = tuple(ElementFigure(key, label, ratings.mentioned.get(key, 0), ratings.mentioned_low.get(key, 0))
                     for key, label in SIPAS_ELEMENTS.items())
    return Satisfaction(
        total=ratings.total, satisfied=ratings.satisfied, dissatisfied=ratings.low,
        satisfied_rate=rate(ratings.satisfied, ratings.total), dissatisfied_rate=rate(ratings.low, ratings.total),
        distribution=distribution, by_element=elements, comments=comments,
    )


def _group_figure(key: str, label: str, acc: _Acc, ratings: _Ratings | None, duration: str = "") -> GroupFigure:
    total = ratings.total if ratings else 0
    low = ratings.low if ratings else 0
    return GroupFigure(
        key=key, label=label, received=acc.received, handled=acc.n, finished=acc.finished, on_time=acc.on_time,
        late=acc.late, late_with_apology=acc.late_apology, overdue_now=acc.overdue, open=acc.open,
        on_time_rate=rate(acc.on_time, acc.n), average_days=acc.days / acc.finished if acc.finished else None,
        duration=duration, ratings=total, dissatisfied=low, dissatisfied_rate=rate(low, total),
    )


def _procedure_info(session: Session, codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """code → (name, legal time text), from the catalogue, else from a dossier of that procedure."""
    wanted = {c for c in codes if c}
    info: dict[str, tuple[str, str]] = {}
    if not wanted:
        return info
    rows = session.execute(select(P.c.code, P.c.name, P.c.duration, P.c.unit, P.c.cutoff)
                           .where(P.c.code.in_(sorted(wanted))))
    for code, name, duration, unit, cutoff in rows:
        info[code] = (name, _duration_text(duration, unit, cutoff))
    for code in sorted(wanted - set(info)):
        row = session.execute(select(D.c.procedure_name, D.c.duration, D.c.unit, D.c.cutoff)
                              .where(D.c.procedure_code == code).limit(1)).first()
        info[code] = (row[0], _duration_text(row[1], row[2], row[3])) if row else (code, "")
    return info


def _duration_text(duration: float | None, unit: str | None, cutoff: str | None) -> str:
    try:
        return describe_duration(float(duration or 0), DurationUnit(unit), cutoff)
    except (ValueError, TypeError):
        return ""


def _build(period: Period, now: datetime, filters: dict[str, Any], rows: list[Any],
           feedback_rows: list[Any], comments: tuple[LowComment, ...],
           procedure_info: dict[str, tuple[str, str]]) -> Indicators:
    total = _Acc()
    by_procedure: dict[str, _Acc] = defaultdict(_Acc)
    by_clerk: dict[str, _Acc] = defaultdict(_Acc)
    by_channel: dict[int, int] = defaultdict(int)
    for row in rows:
        total.add(row)
        by_procedure[row.procedure_code or ""].add(row)
        by_clerk[row.clerk or ""].add(row)
        by_channel[int(row.channel or Channel.COUNTER)] += row.received
    ratings = _Ratings()
    ratings_by_procedure: dict[str, _Ratings] = defaultdict(_Ratings)
    ratings_by_clerk: dict[str, _Ratings] = defaultdict(_Ratings)
    for row in feedback_rows:
        for bucket in (ratings, ratings_by_procedure[row.procedure_code or ""], ratings_by_clerk[row.clerk or ""]):
            bucket.add(row.scale, row.rating, row.elements, row.n)

    channels = tuple(
        ChannelFigure(int(ch), ch.label, by_channel.get(int(ch), 0), rate(by_channel.get(int(ch), 0), total.received))
        for ch in Channel
    )
    procedures = [
        _group_figure(code, procedure_info.get(code, (code, ""))[0], acc, ratings_by_procedure.get(code),
                      procedure_info.get(code, (code, ""))[1])
        for code, acc in by_procedure.items()
    ]
    procedures.sort(key=lambda g: (-g.handled, g.label))
    clerk_keys = set(by_clerk) | set(ratings_by_clerk)
    clerks = [_group_figure(key, key or UNKNOWN_CLERK, by_clerk.get(key) or _Acc(), ratings_by_clerk.get(key))
              for key in clerk_keys]
    clerks.sort(key=lambda g: (-g.handled, -g.ratings, g.label))
    satisfaction = _satisfaction(ratings, comments)
    late = total.late
    late_rate = rate(late, total.n)
    if late_rate is None and satisfaction.dissatisfied_rate is None:
        indicator_5_4 = None
    else:
        indicator_5_4 = max(0.0, 100.0 - (late_rate or 0.0) - (satisfaction.dissatisfied_rate or 0.0))
    return Indicators(
        period=period, generated_at=now, filters=filters,
        received=total.received, handled=total.n, finished=total.finished, refused=total.refused,
        withdrawn=total.withdrawn, stopped=total.stopped, open=total.open,
        on_time=total.on_time, on_time_rate=rate(total.on_time, total.n),
        late=late, late_rate=late_rate, late_with_apology=total.late_apology,
        late_without_apology=late - total.late_apology, apology_rate=rate(total.late_apology, late),
        overdue_now=total.overdue, open_in_time=total.open_on_time, due_soon=total.soon,
        supplement_more_than_once=total.supplements,
        average_days=total.days / total.finished if total.finished else None,
        by_channel=channels, by_procedure=tuple(procedures), by_clerk=tuple(clerks),
        satisfaction=satisfaction, indicator_5_4=indicator_5_4,
    )


# ---------------------------------------------------------------------------------------------
# The API


def compute(session: Session, date_from: date | None, date_to: date | None, now: datetime,
            office_id: str | None = None, desk: int | None = None, clerk: str | None = None,
            procedure_code: str | None = None) -> Indicators:
    """The indicators of one period (both days included; None = open-ended), optionally narrowed to
    one office, desk, clerk or procedure. ValidationError when the dates are reversed."""
    start, end = _bounds(date_from, date_to)
    filters = {k: v for k, v in (("office_id", office_id), ("desk", desk), ("clerk", clerk),
                                 ("procedure_code", procedure_code)) if v not in (None, "")}
    rows = session.execute(_dossier_query(session, start, end, now,
                                          _dossier_filters(office_id, desk, clerk, procedure_code))).all()
    feedback_conditions = _feedback_filters(office_id, desk, clerk, procedure_code)
    feedback_rows = session.execute(_feedback_query(start, end, feedback_conditions)).all()
    comments = _comments(session, start, end, feedback_conditions)
    info = _procedure_info(session, {r.procedure_code for r in rows} | {r.procedure_code for r in feedback_rows})
    return _build(Period(date_from, date_to), now, filters, rows, feedback_rows, comments, info)


def compute_by_office(session: Session, date_from: date | None, date_to: date | None,
                      now: datetime) -> dict[str, Indicators]:
    """The same indicators per office (central store), from one grouped pass; office ids sorted."""
    start, end = _bounds(date_from, date_to)
    rows = session.execute(_dossier_query(session, start, end, now, [])).all()
    feedback_rows = session.execute(_feedback_query(start, end, [])).all()
    info = _procedure_info(session, {r.procedure_code for r in rows} | {r.procedure_code for r in feedback_rows})
    rows_by_office: dict[str, list[Any]] = defaultdict(list)
    feedback_by_office: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        rows_by_office[row.office_id or ""].append(row)
    for row in feedback_rows:
        feedback_by_office[row.office_id or ""].append(row)
    out: dict[str, Indicators] = {}
    for office in sorted(set(rows_by_office) | set(feedback_by_office)):
        comments = _comments(session, start, end, [F.c.office_id == office], limit=10) \
            if any(is_low(r.rating, r.scale) for r in feedback_by_office.get(office, ())) else ()
        out[office] = _build(Period(date_from, date_to), now, {"office_id": office}, rows_by_office.get(office, []),
                             feedback_by_office.get(office, []), comments, info)
    return out


def report_for_desk(ctx: DeskContext, date_from: date | None, date_to: date | None,
                    **filters: Any) -> Indicators:
    """:func:`compute` on this desk's database at the desk's "now"."""
    check_period(date_from, date_to)
    with ctx.reading() as session:
        return compute(session, date_from, date_to, ctx.now(), **filters)


# ---------------------------------------------------------------------------------------------
# Drill-down: the dossiers behind a figure


@dataclass(frozen=True)
class DossierLine:
    code: str
    name: str
    procedure_name: str
    status: Status
    received_at: datetime
    original_due_at: datetime
    due_at: datetime
    finished_at: datetime | None
    clerk: str
    supplement_count: int
    apology_count: int

    @property
    def days_late(self) -> float:
        """Calendar days past the first appointment (at its end, or now for an open dossier)."""
        return 0.0 if self.finished_at is None else max(
            0.0, (self.finished_at - self.original_due_at).total_seconds() / 86400)


def _figure_condition(figure: str, start: datetime | None, end: datetime | None,
                      now: datetime) -> ColumnElement[bool]:
    on_time = _on_time(now)
    ended = D.c.finished_at.isnot(None)
    ended_in = _within(D.c.finished_at, start, end)
    conditions: dict[str, ColumnElement[bool]] = {
        "received": _within(D.c.received_at, start, end),
        "handled": true(),
        "finished": and_(ended_in, D.c.status.in_(_RESULT)),
        "refused": and_(ended_in, D.c.status == int(Status.REFUSED)),
        "withdrawn": and_(ended_in, D.c.status == int(Status.WITHDRAWN)),
        "stopped": and_(ended_in, D.c.status == int(Status.STOPPED)),
        "open": ~ended,
        "on_time": on_time,
        "late": ~on_time,
        "late_with_apology": and_(~on_time, D.c.apology_count > 0),
        "late_without_apology": and_(~on_time, D.c.apology_count == 0),
        "overdue_now": _overdue_now(now),
        "open_in_time": and_(~ended, on_time),
        "due_soon": _due_soon(now),
        "supplement_more_than_once": D.c.supplement_count > 1,
    }
    if figure == "dissatisfied":
        low = select(F.c.dossier_id).where(_low(), F.c.dossier_id.isnot(None))
        if start is not None:
            low = low.where(F.c.at >= start)
        if end is not None:
            low = low.where(F.c.at < end)
        return D.c.id.in_(low)
    if figure not in conditions:
        raise ValidationError({"figure": f"Không có chỉ tiêu «{figure}»; dùng một trong: {', '.join(FIGURES)}."})
    return conditions[figure]


# Figures whose selection reads only the columns of ix_dossiers_report (see dossier_lines).
_COVERED_FIGURES = frozenset({"received", "handled", "finished", "refused", "withdrawn", "stopped", "open",
                              "on_time", "late", "late_with_apology", "late_without_apology", "open_in_time",
                              "supplement_more_than_once"})


def _has_report_index(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'ix_dossiers_report'"))
    return found.first() is not None


def dossier_lines(session: Session, figure: str, date_from: date | None, date_to: date | None, now: datetime,
                  limit: int = 500, office_id: str | None = None, desk: int | None = None,
                  clerk: str | None = None, procedure_code: str | None = None) -> list[DossierLine]:
    """The dossiers behind ``figure`` (a key of :data:`FIGURES`), at most ``limit``, in the order a
    head works through them: the longest overdue first for late figures, else by receipt."""
    start, end = _bounds(date_from, date_to)
    condition = _figure_condition(figure, start, end, now)
    population = [] if figure == "dissatisfied" else _handled(start, end, now)
    if figure in ("overdue_now", "due_soon"):
        order: list[Any] = [D.c.due_at, D.c.code]
    elif figure.startswith("late") or figure == "supplement_more_than_once":
        order = [D.c.original_due_at, D.c.code]
    else:
        order = [D.c.received_at, D.c.code]
    where = [condition, *population, *_dossier_filters(office_id, desk, clerk, procedure_code)]
    if figure in _COVERED_FIGURES and _has_report_index(session):
        # SQLite would walk ix_dossiers_received_at and read almost every wide row; the covering
        # index answers the selection (its entries carry the rowid), then 500 rows are read.
        rowid = literal_column("dossiers.rowid")
        chosen = select(rowid).where(*where).order_by(order[0], rowid).limit(max(0, limit))
        sql = str(chosen.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        sql = sql.replace("FROM dossiers", "FROM dossiers INDEXED BY ix_dossiers_report", 1)
        rowids = [r[0] for r in session.execute(text(sql))]
        where = [rowid.in_(rowids)]
    query = (select(D.c.code, D.c.applicant_name, D.c.procedure_name, D.c.status, D.c.received_at,
                    D.c.original_due_at, D.c.due_at, D.c.finished_at, D.c.clerk, D.c.supplement_count,
                    D.c.apology_count)
             .where(*where).order_by(*order).limit(max(0, limit)))
    return [DossierLine(code, name, procedure_name, Status(status), received_at, original_due_at, due_at,
                        finished_at, clerk or "", supplements or 0, apologies or 0)
            for code, name, procedure_name, status, received_at, original_due_at, due_at, finished_at, clerk,
            supplements, apologies in session.execute(query)]


def dossier_codes(session: Session, figure: str, date_from: date | None, date_to: date | None, now: datetime,
                  limit: int = 500, **filters: Any) -> list[str]:
    """Codes of the dossiers behind a figure ("late", "late_without_apology", "overdue_now", …)."""
    return [line.code for line in dossier_lines(session, figure, date_from, date_to, now, limit, **filters)]


def lines_for_desk(ctx: DeskContext, figure: str, date_from: date | None, date_to: date | None,
                   limit: int = 500, **filters: Any) -> list[DossierLine]:
    with ctx.reading() as session:
        return dossier_lines(session, figure, date_from, date_to, ctx.now(), limit, **filters)


# ---------------------------------------------------------------------------------------------
# JSON (the ``report`` and ``central report`` commands)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _group_json(group: GroupFigure) -> dict[str, Any]:
    return {
        "key": group.key, "label": group.label, "received": group.received, "handled": group.handled,
        "finished": group.finished, "on_time": group.on_time, "late": group.late,
        "late_with_apology": group.late_with_apology, "overdue_now": group.overdue_now, "open": group.open,
        "on_time_rate": _r(group.on_time_rate), "average_days": _r(group.average_days),
        "duration": group.duration, "ratings": group.ratings, "dissatisfied": group.dissatisfied,
        "dissatisfied_rate": _r(group.dissatisfied_rate),
    }


def to_json(ind: Indicators, by_office: dict[str, Indicators] | None = None) -> dict[str, Any]:
    """The JSON document of CONTRACT.md ``report`` (rates in percent, null when there is nothing to
    count, with a ``*_text`` twin saying "chưa có số liệu"); ``by_office`` for ``central report``."""
    s = ind.satisfaction
    out: dict[str, Any] = {
        "period": {"from": ind.period.date_from.isoformat() if ind.period.date_from else None,
                   "to": ind.period.date_to.isoformat() if ind.period.date_to else None,
                   "label": ind.period.label},
        "generated_at": ind.generated_at.isoformat(timespec="seconds"),
        "filters": dict(ind.filters),
        "received": ind.received,
        "handled": ind.handled,
        "finished": ind.finished,
        "refused": ind.refused,
        "withdrawn": ind.withdrawn,
        "stopped": ind.stopped,
        "open": ind.open,
        "on_time": ind.on_time,
        "on_time_rate": _r(ind.on_time_rate),
        "on_time_rate_text": format_rate(ind.on_time_rate),
        "late": ind.late,
        "late_rate": _r(ind.late_rate),
        "late_with_apology": ind.late_with_apology,
        "late_without_apology": ind.late_without_apology,
        "apology_rate": _r(ind.apology_rate),
        "apology_rate_text": format_rate(ind.apology_rate),
        "overdue_now": ind.overdue_now,
        "open_in_time": ind.open_in_time,
        "due_soon": ind.due_soon,
        "supplement_more_than_once": ind.supplement_more_than_once,
        "average_days": _r(ind.average_days),
        "by_channel": [{"channel": c.channel, "label": c.label, "received": c.received, "share": _r(c.share)}
                       for c in ind.by_channel],
        "by_procedure": [_group_json(g) for g in ind.by_procedure],
        "by_clerk": [_group_json(g) for g in ind.by_clerk],
        "satisfaction": {
            "total": s.total,
            "satisfied": s.satisfied,
            "dissatisfied": s.dissatisfied,
            "satisfied_rate": _r(s.satisfied_rate),
            "dissatisfied_rate": _r(s.dissatisfied_rate),
            "satisfied_rate_text": format_rate(s.satisfied_rate),
            "distribution": {str(scale): list(counts) for scale, counts in s.distribution.items()},
            "labels": {str(scale): list(labels) for scale, labels in SCALE_LABELS.items()},
            "by_element": [{"key": e.key, "label": e.label, "mentioned": e.mentioned,
                            "dissatisfied": e.dissatisfied} for e in s.by_element],
            "comments": [{"at": c.at.isoformat(timespec="seconds"), "code": c.code, "rating": c.rating,
                          "scale": c.scale, "label": c.label, "comment": c.comment, "clerk": c.clerk,
                          "elements": list(c.elements)} for c in s.comments],
        },
        "indicator_5_4": _r(ind.indicator_5_4),
        "indicator_5_4_text": format_rate(ind.indicator_5_4),
    }
    if ind.handled == 0:
        out["note"] = f"Không có hồ sơ trong kỳ: {NO_DATA}."
    if by_office is not None:
        out["by_office"] = {office: to_json(figures) for office, figures in by_office.items()}
    return out
