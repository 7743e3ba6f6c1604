"""Fast bulk inserts for generated data and merges (executemany on the driver, no ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from desk_app.store.models import Change


def _sqlite_value(value: Any) -> Any:
    # The same text SQLAlchemy's SQLite DateTime writes, so string comparisons in SQL stay exact.
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    sql = (f'INSERT INTO "{table.name}" ({", ".join(columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    values = [tuple(_sqlite_value(row[c]) for c in columns) for row in rows]
    connection.exec_driver_sql(sql, values)  # type: ignore[arg-type]


def next_change_seq(session: Session) -> int:
    return (session.execute(select(func.max(Change.seq))).scalar() or 0) + 1
