"""The sample-data generator (``generate``, the demo office, the benchmarks' million dossiers)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.domain.dossier import Status
from desk_app.domain.errors import ValidationError
from desk_app.services import generator, office, users
from desk_app.services.context import Actor, DeskContext
from desk_app.store import models as m


def _desk(folder: Path, now: datetime) -> DeskContext:
    ctx = DeskContext.open(folder, actor=Actor("canbo1", "Trần Thị Bình", "admin"), clock=lambda: now)
    office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", desk=2, head_name="Lê Văn Chính")
    return ctx


@pytest.mark.parametrize("now", [
    datetime(2026, 11, 20, 9, 30),   # a Friday morning, in the first session
    datetime(2026, 11, 20, 6, 15),   # before the office opens: nothing can be received today yet
    datetime(2026, 11, 21, 15, 0),   # a Saturday
])
def test_nothing_is_recorded_after_now_so_the_clock_check_stays_quiet(tmp_path, now):
    ctx = _desk(tmp_path / "desk", now)
    try:
        assert generator.generate(ctx, 400, seed=3).count == 400
        with ctx.reading() as session:
            newest_received = session.execute(select(func.max(m.Dossier.received_at))).scalar_one()
            newest_event = session.execute(select(func.max(m.DossierEventRow.at))).scalar_one()
            newest_apology = session.execute(select(func.max(m.ApologyRow.at))).scalar_one()
        assert newest_received <= now and newest_event <= now
        assert newest_apology is None or newest_apology <= now
        if now.hour < 7:
            assert newest_received.date() < now.date()
        # The demo office and the screenshots open on such data: no "PC clock is wrong" warning.
        assert users.clock_anomaly(ctx) is None
    finally:
        ctx.close()


def test_realistic_spread_of_states_codes_and_days(tmp_path):
    now = datetime(2026, 11, 20, 16, 0)
    ctx = _desk(tmp_path / "desk", now)
    try:
        generator.generate(ctx, 1500, seed=7)
        with ctx.reading() as session:
            rows = session.execute(select(m.Dossier.code, m.Dossier.status, m.Dossier.received_at)).all()
            events = session.execute(select(func.count()).select_from(m.DossierEventRow)).scalar_one()
            apologies = session.execute(select(func.count()).select_from(m.ApologyRow)).scalar_one()
            feedback = session.execute(select(func.count()).select_from(m.FeedbackRow)).scalar_one()
            changes = session.execute(select(func.count()).select_from(m.Change)).scalar_one()
        calendar = ctx.calendar()
    finally:
        ctx.close()
    codes = [row.code for row in rows]
    assert len(codes) == len(set(codes)) == 1500
    # Desk 2 numbers its dossiers 2001–2999 each day.
    assert all(code.startswith("H21.17-") and 2001 <= int(code[-4:]) <= 2999 for code in codes)
    states = Counter(Status(row.status) for row in rows)
    assert states[Status.RETURNED] > 600  # most of a year's work has been collected
    for status in (Status.IN_PROGRESS, Status.FINISHED, Status.SUPPLEMENT_REQUESTED, Status.REFUSED):
        assert states[status] > 0, status
    assert apologies > 0 and feedback > 0 and events > 1500
    assert changes >= 1500 + events  # every row travels in the sync packages
    days = {row.received_at.date() for row in rows}
    assert len(days) > 150 and min(days) <= (now - timedelta(days=300)).date()
    assert all(calendar.is_working_day(day) for day in days)  # no Sunday, no Tết


def test_refuses_counts_out_of_range(tmp_path):
    ctx = _desk(tmp_path / "desk", datetime(2026, 11, 20, 9, 30))
    try:
        with pytest.raises(ValidationError):
            generator.generate(ctx, 0)
        with pytest.raises(ValidationError):
            generator.generate(ctx, 5_000_001)
    finally:
        ctx.close()
