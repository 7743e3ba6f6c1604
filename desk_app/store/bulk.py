"""Fast bulk inserts for generated data and merges (executemany on the driver, no ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), list(rows))


def next_change_seq(session: Session) -> int:
    from sqlalchemy import func, select

    from desk_app.store.models import Change

    return (session.execute(select(func.max(Change.seq))).scalar() or 0) + 1
