"""Finding dossiers: by code, search as the clerk types, today's work lists. Reads only."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.domain.dossier import OPEN_STATUSES, PAUSED_STATUSES, Dossier, Status
from desk_app.domain.errors import NotFoundError
from desk_app.domain.text import digits, fold
from desk_app.domain.views import DossierRow, TodayCounts
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo

_ROW_COLUMNS = (m.Dossier.id, m.Dossier.code, m.Dossier.applicant_name, m.Dossier.procedure_name,
                m.Dossier.status, m.Dossier.received_at, m.Dossier.due_at, m.Dossier.phone)


def _to_row(values: tuple) -> DossierRow:  # type: ignore[type-arg]
    return DossierRow(values[0], values[1], values[2], values[3], Status(values[4]), values[5], values[6],
                      values[7])


def show(ctx: DeskContext, code: str) -> Dossier:
    with ctx.reading() as session:
        row = repo.dossier_by_code(session, code)
        if row is None:
            raise NotFoundError(f"Không tìm thấy hồ sơ mã «{code.strip()}».")
        return repo.dossier_to_domain(row, session=session)


_ACTIVE_CLOCK = [int(s) for s in OPEN_STATUSES - PAUSED_STATUSES]


def list_dossiers(ctx: DeskContext, status: Status | None = None, overdue: bool = False,
                  due_within_hours: float | None = None, limit: int = 500, offset: int = 0) -> list[DossierRow]:
    now = ctx.now()
    query = select(*_ROW_COLUMNS)
    conditions = []
    if status is not None:
        conditions.append(m.Dossier.status == int(status))
    if overdue or due_within_hours is not None:
        conditions.append(m.Dossier.status.in_(_ACTIVE_CLOCK))
    if overdue:
        conditions.append(m.Dossier.due_at < now)
    if due_within_hours is not None:
        conditions.append(m.Dossier.due_at <= now + timedelta(hours=due_within_hours))
        if not overdue:
            conditions.append(m.Dossier.due_at >= now)
    if conditions:
        query = query.where(and_(*conditions))
    ordered = overdue or due_within_hours is not None
    query = query.order_by(m.Dossier.due_at if ordered else m.Dossier.received_at.desc())
    with ctx.reading() as session:
        return [_to_row(v) for v in session.execute(query.limit(limit).offset(offset))]


_CODE_LIKE = re.compile(r"^[A-Za-z0-9.]+-\d")


def search(ctx: DeskContext, text_query: str, limit: int = 50) -> list[DossierRow]:
    """By code (whole or its start), phone or ID number (digits), or name with or without diacritics."""
    query = text_query.strip()
    if not query:
        return []
    with ctx.reading() as session:
        return search_in(session, query, limit)


def search_in(session: Session, query: str, limit: int) -> list[DossierRow]:
    upper = query.upper()
    if _CODE_LIKE.match(query):
        found = session.execute(
            select(*_ROW_COLUMNS).where(and_(m.Dossier.code >= upper, m.Dossier.code < upper + "\uffff"))
            .order_by(m.Dossier.code).limit(limit)
        ).all()
        return [_to_row(v) for v in found]
    number = digits(query)
    if number and len(number) >= 3 and len(number) >= len(query.replace(" ", "")) - 1:
        found = session.execute(
            select(*_ROW_COLUMNS).where(or_(
                and_(m.Dossier.phone >= number, m.Dossier.phone < number + ":"),
                and_(m.Dossier.id_number >= number, m.Dossier.id_number < number + ":"),
            )).order_by(m.Dossier.received_at.desc()).limit(limit)
        ).all()
        return [_to_row(v) for v in found]
    words = [w for w in re.split(r"[^0-9a-z]+", fold(query)) if w]
    if not words:
        return []
    # Every word must match; the last one may be a prefix (the clerk is still typing it).
    match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
    rowids = [r[0] for r in session.execute(
        text("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :q ORDER BY rowid DESC LIMIT :n"),
        {"q": match.strip(), "n": limit},
    )]
    if not rowids:
        return []
    found = session.execute(
        select(*_ROW_COLUMNS, text("dossiers.rowid")).where(text(f"dossiers.rowid IN ({','.join(map(str, rowids))})"))
    ).all()
    order = {rowid: i for i, rowid in enumerate(rowids)}
    return [_to_row(v[:-1]) for v in sorted(found, key=lambda v: order[v[-1]])]


def today_counts(ctx: DeskContext) -> TodayCounts:
    now = ctx.now()
    calendar = ctx.calendar()
    end_today = datetime.combine(now.date(), datetime.max.time())
    next_day = calendar.next_working_day(now.date())
    end_next = datetime.combine(next_day, datetime.max.time())
    with ctx.reading() as session:
        def count(*conditions: object) -> int:
            return session.execute(select(func.count()).select_from(m.Dossier).where(*conditions)).scalar_one()

        active = m.Dossier.status.in_(_ACTIVE_CLOCK)
        return TodayCounts(
            overdue=count(active, m.Dossier.due_at < now),
            due_today=count(active, m.Dossier.due_at >= now, m.Dossier.due_at <= end_today),
            due_next_day=count(active, m.Dossier.due_at > end_today, m.Dossier.due_at <= end_next),
            waiting_supplement=count(m.Dossier.status == int(Status.SUPPLEMENT_REQUESTED)),
        )

