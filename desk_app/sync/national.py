"""The dossiers of a period in the national sync layout, for upload to the provincial system.

Field names as the national portal's dossier sync uses them: MaHoSo, MaTTHC, KenhThucHien (1
counter, 2 online, 3 post), ChuHoSo, NgayTiepNhan, NgayHenTra, TrangThaiHoSo (1–10),
NgayKetThucXuLy, NgayTra; dates as ``yyyyMMddHHmmss``, empty when not yet known. Works on a desk
database and on a central store alike (same ``dossiers`` columns).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

FIELDS = ("MaHoSo", "MaTTHC", "KenhThucHien", "ChuHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo",
          "NgayKetThucXuLy", "NgayTra")


def national_time(moment: datetime | None) -> str:
    return moment.strftime("%Y%m%d%H%M%S") if moment else ""


def _owner_name(owner: str, applicant: str) -> str:
    if owner:
        try:
            name = json.loads(owner).get("name")
        except (ValueError, AttributeError):
            name = None
        if isinstance(name, str) and name.strip():
            return name.strip()
    return applicant


def national_rows(session: Session, dossiers: Table, date_from: date, date_to: date,
                  office_id: str | None = None) -> Iterator[dict[str, Any]]:
    c = dossiers.c
    query = (select(c.code, c.procedure_code, c.channel, c.applicant_name, c.owner, c.received_at, c.due_at,
                    c.status, c.finished_at, c.returned_at)
             .where(c.received_at >= datetime.combine(date_from, time()),
                    c.received_at < datetime.combine(date_to + timedelta(days=1), time()))
             .order_by(c.received_at, c.code))
    if office_id:
        query = query.where(c.office_id == office_id)
    for row in session.execute(query).yield_per(5000):
        yield {
            "MaHoSo": row.code,
            "MaTTHC": row.procedure_code,
            "KenhThucHien": int(row.channel),
            "ChuHoSo": _owner_name(row.owner or "", row.applicant_name),
            "NgayTiepNhan": national_time(row.received_at),
            "NgayHenTra": national_time(row.due_at),
            "TrangThaiHoSo": int(row.status),
            "NgayKetThucXuLy": national_time(row.finished_at),
            "NgayTra": national_time(row.returned_at),
        }


def write_national(path: Path, rows: Iterator[dict[str, Any]], as_csv: bool) -> int:
    items = list(rows)
    if as_csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(items)
        data = buffer.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM correctly
    else:
        data = (json.dumps(items, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(data)
    os.replace(temp, path)
    return len(items)


def export_desk(ctx: Any, date_from: date, date_to: date, path: Path, as_csv: bool = False) -> int:
    from desk_app.store import models as m

    with ctx.reading() as session:
        return write_national(path, national_rows(session, m.Dossier.__table__, date_from, date_to), as_csv)


def export_central(store: Any, date_from: date, date_to: date, path: Path, as_csv: bool = False,
                   office_id: str | None = None) -> int:
    from desk_app.store import central_models as cm

    with store.session(lock=False) as session:
        return write_national(path, national_rows(session, cm.dossiers, date_from, date_to, office_id), as_csv)
