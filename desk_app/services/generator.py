"""Realistic generated dossiers in every state, with events, apologies and feedback.

For demos (``gui --demo``) and benchmarks (``generate --count 1000000``). Rows go in by bulk insert
in batches, each batch one transaction, with the same change sequence and counters as real work,
so a clerk can keep working in a generated database.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from desk_app.domain import codes
from desk_app.domain.dossier import Status
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.procedures import Procedure
from desk_app.domain.rules import rule_set_for
from desk_app.domain.text import fold
from desk_app.services import catalogue
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.bulk import insert_rows, next_change_seq
from desk_app.store.journal import audit

SURNAMES = ("Nguyễn",) * 38 + ("Trần",) * 11 + ("Lê",) * 10 + ("Phạm",) * 7 + ("Hoàng", "Huỳnh") * 3 + (
    "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Trương", "Hà")
MIDDLE_MALE = ("Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Trọng", "Đình")
MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Kim", "Mỹ", "Bích")
GIVEN_MALE = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Long", "Minh",
              "Nam", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh")
GIVEN_FEMALE = ("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
                "Mai", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Vân", "Yến")
HAMLETS = ("Thôn Đông", "Thôn Trung", "Thôn Bắc", "Xóm Chợ", "Thôn Tân Lập", "Thôn Hạ", "Xóm Mới", "Thôn Đồng Tâm")
MOBILE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079",
                   "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096",
                   "097", "098")
DELAY_REASONS = ("Cần xác minh thêm thông tin tại nơi cư trú trước đây.",
                 "Cơ quan phối hợp chưa có văn bản trả lời.",
                 "Cán bộ thụ lý nghỉ ốm, chưa kịp bàn giao hồ sơ.",
                 "Hệ thống cơ sở dữ liệu dân cư bị gián đoạn.")
SUPPLEMENT_REASONS = ("Thiếu bản sao giấy tờ tùy thân có chứng thực.", "Tờ khai chưa ghi đủ thông tin, chưa ký.",
                      "Thiếu giấy tờ chứng minh nơi cư trú.")
COMMENTS = ("Cán bộ hướng dẫn tận tình.", "Phải chờ hơi lâu.", "Trả kết quả chậm so với giấy hẹn.",
            "Thủ tục còn rườm rà.", "")
BATCH = 20_000
PER_DAY = 400


@dataclass(frozen=True)
class GeneratedCount:
    count: int


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"


def _id_number(rng: random.Random) -> str:
    """12 digits: province of birth (3), century and sex (1), year of birth (2), serial (6)."""
    return f"0{rng.randint(1, 96):02d}{rng.randint(0, 1)}{rng.randint(40, 99):02d}{rng.randint(0, 999999):06d}"


def _working_moment(ctx: DeskContext, rng: random.Random, day: date, latest: datetime) -> datetime:
    """A moment in one of the day's sessions, never after ``latest`` (the generator's "now")."""
    sessions = [s for s in ctx.office().sessions if datetime.combine(day, s.start) < latest]
    session = rng.choice(sessions or ctx.office().sessions)
    start = datetime.combine(day, session.start)
    end = min(datetime.combine(day, session.end), latest)
    span = max((end - start).total_seconds(), 0)
    return start + timedelta(seconds=int(rng.random() * span * 0.97))


def generate(ctx: DeskContext, count: int, seed: int = 1, date_from: date | None = None,
             date_to: date | None = None, progress: Callable[[int, int], None] | None = None) -> GeneratedCount:
    if count < 1 or count > 5_000_000:
        raise ValidationError({"count": "Số hồ sơ cần tạo phải từ 1 đến 5.000.000."})
    office = ctx.office()
    if not office.configured:
        raise DeskError("Máy chưa được thiết lập đơn vị.")
    now = ctx.now()
    date_to = date_to or now.date()
    # A desk numbers at most 999 dossiers a day; keep a realistic load (≤ 400 a working day) by
    # spreading a large count over more years when no start date is given.
    date_from = date_from or (date_to - timedelta(days=max(365, int(count / PER_DAY * 1.45))))
    if date_to < date_from:
        raise ValidationError({"to": "Ngày kết thúc phải sau ngày bắt đầu."})
    procedures = [p for p in catalogue.list_procedures(ctx) if p.active]
    if not procedures:
        raise DeskError("Danh mục thủ tục trống.")
    rng = random.Random(seed)
    calendar = ctx.calendar()
    working_days = [date_from + timedelta(days=i) for i in range((date_to - date_from).days + 1)]
    first_session = min(session.start for session in office.sessions)
    # Today counts once its first session has begun: nothing is received later than "now".
    working_days = [d for d in working_days if calendar.is_working_day(d)
                    and datetime.combine(d, first_session) < now] or [date_to]
    weights = [6 if p.unit.value == "same_day" else 2 if p.duration <= 5 else 1 for p in procedures]
    # Spread dossiers over the days, in time order, so daily numbers run like real ones.
    with ctx.reading() as session:
        counters = {row.day: row.last for row in session.execute(select(m.DailyCounter)).scalars()}
        book_year_last: dict[int, int] = {}
        seq = next_change_seq(session)
        already = session.execute(select(func.count()).select_from(m.Dossier)).scalar_one()

    def counters_for(day: date) -> int:
        return counters.get(day, 0)

    if count > len(working_days) * (codes.BLOCK - 1):
        raise ValidationError({"count": f"Quá nhiều hồ sơ cho khoảng ngày đã chọn: một quầy cấp tối đa "
                                        f"{codes.BLOCK - 1} số mỗi ngày."})
    per_day = [0] * len(working_days)
    for index in rng.choices(range(len(working_days)), k=count):
        per_day[index] += 1
    for index in range(len(per_day)):  # move any excess over a day's block to days with room
        while per_day[index] > codes.BLOCK - 1 - counters_for(working_days[index]):
            per_day[index] -= 1
            per_day[rng.choice([i for i, v in enumerate(per_day) if v < PER_DAY])] += 1
    state = _State(seq=seq, counters=counters, book=book_year_last)
    made = 0
    buffer = _Buffer()
    for day, n in zip(working_days, per_day, strict=True):
        moments = sorted(_working_moment(ctx, rng, day, now) for _ in range(n))
        for received in moments:
            procedure = rng.choices(procedures, weights)[0]
            _one(ctx, rng, state, buffer, procedure, received, now)
            made += 1
        if len(buffer.dossiers) >= BATCH:
            _flush(ctx, buffer, state)
            if progress:
                progress(made, count)
    _flush(ctx, buffer, state)
    with ctx.transaction() as session:
        for day_key, last in state.counters.items():
            row = session.get(m.DailyCounter, day_key)
            if row is None:
                session.add(m.DailyCounter(day=day_key, last=last))
            else:
                row.last = max(row.last, last)
        for year, last in state.book.items():
            repo.write_setting(session, f"book.{year}.last", last)
        audit(session, now, ctx.actor.username, "generate", "", {"count": made, "seed": seed, "before": already})
    if progress:
        progress(made, count)
    return GeneratedCount(made)


class _State:
    def __init__(self, seq: int, counters: dict[date, int], book: dict[int, int]) -> None:
        self.seq = seq
        self.counters = counters
        self.book = book

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq - 1


class _Buffer:
    def __init__(self) -> None:
        self.dossiers: list[dict[str, object]] = []
        self.events: list[dict[str, object]] = []
        self.apologies: list[dict[str, object]] = []
        self.feedback: list[dict[str, object]] = []
        self.changes: list[dict[str, object]] = []

    def clear(self) -> None:
        for rows in (self.dossiers, self.events, self.apologies, self.feedback, self.changes):
            rows.clear()


def _flush(ctx: DeskContext, buffer: _Buffer, state: _State) -> None:
    if not buffer.dossiers:
        return
    with ctx.transaction() as session:
        insert_rows(session, m.Dossier.__table__, buffer.dossiers)  # type: ignore[arg-type]
        insert_rows(session, m.DossierEventRow.__table__, buffer.events)  # type: ignore[arg-type]
        insert_rows(session, m.ApologyRow.__table__, buffer.apologies)  # type: ignore[arg-type]
        insert_rows(session, m.FeedbackRow.__table__, buffer.feedback)  # type: ignore[arg-type]
        insert_rows(session, m.Change.__table__, buffer.changes)  # type: ignore[arg-type]
    buffer.clear()


def _one(ctx: DeskContext, rng: random.Random, state: _State, buffer: _Buffer, procedure: Procedure,
         received: datetime, now: datetime) -> None:
    office = ctx.office()
    calendar = ctx.calendar()
    cutoff = time.fromisoformat(procedure.cutoff) if procedure.cutoff else None
    due_at = calendar.due(received, procedure.duration, procedure.unit, cutoff)
    original_due = due_at
    day = received.date()
    state.counters[day] = state.counters.get(day, 0) + 1
    number = codes.daily_number(office.desk, state.counters[day])
    code = codes.format_code(office.office_id, day, number)
    state.book[received.year] = state.book.get(received.year, 0) + 1
    dossier_id = str(uuid.uuid4())
    name = person_name(rng)
    clerk = ctx.actor.display_name
    events: list[tuple[str, datetime, int | None, int, str, str]] = [("intake", received, None, 2, "", "")]
    status = Status.RECEIVED
    finished_at = returned_at = None
    supplements = 0
    apology_rows: list[dict[str, object]] = []

    def event(kind: str, at: datetime, to: Status, reason: str = "", receiver: str = "") -> None:
        nonlocal status
        events.append((kind, at, int(status), int(to), reason, receiver))
        status = to

    span = max(due_at - received, timedelta(hours=2))
    roll = rng.random()
    if roll < 0.015 and received + timedelta(minutes=20) <= now:
        event("refuse", received + timedelta(minutes=20), Status.REFUSED, "Hồ sơ không thuộc thẩm quyền giải quyết.")
        finished_at = received + timedelta(minutes=20)
    elif roll < 0.025 and received + span * 0.3 <= now:
        event("withdraw", received + span * 0.3, Status.WITHDRAWN, "Công dân xin rút hồ sơ.")
        finished_at = received + span * 0.3
    else:
        transfer_at = received + min(span * 0.1, timedelta(hours=2))
        if transfer_at <= now:
            event("transfer", transfer_at, Status.IN_PROGRESS, receiver="Công chức Tư pháp - Hộ tịch")
        if rng.random() < 0.08 and received + span * 0.3 <= now:
            asked = received + span * 0.3
            event("request-supplement", asked, Status.SUPPLEMENT_REQUESTED, rng.choice(SUPPLEMENT_REASONS))
            supplements = 1
            back = asked + timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
            if back <= now:
                back = calendar.next_working_moment(back)
                if back <= now:
                    due_at = calendar.shift_for_pause(due_at, asked, back)
                    original_due = calendar.shift_for_pause(original_due, asked, back)
                    event("supplement-received", back, Status.IN_PROGRESS)
        # Most finish on time; about 6% run late, and most of those get an apology.
        late = rng.random() < 0.06
        finish = received + span * rng.uniform(0.3, 0.95) if not late else due_at + span * rng.uniform(0.1, 0.8)
        finish = calendar.next_working_moment(max(finish, events[-1][1] + timedelta(minutes=5)))
        if late and rng.random() < 0.8:
            warn_at = max(events[-1][1] + timedelta(minutes=1), due_at - span * 0.2)
            if warn_at <= now:
                new_due = calendar.due(max(due_at, warn_at), rng.choice((1, 2, 3)), "working_days")
                apology_rows.append({
                    "id": str(uuid.uuid4()), "office_id": office.office_id, "desk": office.desk,
                    "change_seq": 0, "dossier_id": dossier_id, "at": warn_at, "reason": rng.choice(DELAY_REASONS),
                    "old_due_at": due_at, "new_due_at": new_due, "signatory": office.head_name,
                    "signatory_title": office.head_title, "deputy": False, "actor": clerk,
                })
                due_at = new_due
        # The last two weeks' work is partly still on the desk: open, some of it past its appointment.
        recent = now - received < timedelta(days=14)
        stuck = recent and rng.random() < 0.3
        if status in (Status.IN_PROGRESS, Status.RECEIVED) and finish <= now and not stuck:
            calendar_finish = finish
            event("finish", calendar_finish, Status.FINISHED)
            finished_at = calendar_finish
            pickup = calendar.next_working_moment(calendar_finish + timedelta(hours=rng.uniform(0.5, 60)))
            if pickup <= now and rng.random() < 0.93:
                event("return", pickup, Status.RETURNED, receiver=name)
                returned_at = pickup
                if rng.random() < 0.45:
                    _feedback(rng, buffer, state, office.office_id, office.desk, dossier_id, procedure.code, pickup,
                              clerk, late)
    seq = state.next_seq()
    buffer.dossiers.append({
        "id": dossier_id, "office_id": office.office_id, "desk": office.desk, "change_seq": seq, "code": code,
        "procedure_code": procedure.code, "procedure_name": procedure.name, "applicant_name": name,
        "name_folded": fold(name),
        "id_number": _id_number(rng),
        "phone": rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 9999999):07d}",
        "email": "", "address": f"{rng.choice(HAMLETS)}, {office.place_name or office.office_name}",
        "province_code": office.province_code, "ward_code": office.ward_code, "owner": "",
        "channel": rng.choices((1, 2, 3), (80, 15, 5))[0], "status": int(status), "received_at": received,
        "due_at": due_at, "original_due_at": original_due, "duration": procedure.duration,
        "unit": procedure.unit.value, "cutoff": procedure.cutoff, "rule_set": rule_set_for(received).id,
        "documents": json.dumps([{"name": d.name, "originals": d.originals, "certified": d.certified,
                                  "copies": d.copies} for d in procedure.documents], ensure_ascii=False),
        "sets": 1, "fee": procedure.fee, "result_delivery": "Bộ phận Một cửa (trả trực tiếp)", "notes": "",
        "book_volume": office.book_volume, "book_line": state.book[received.year], "clerk": clerk,
        "finished_at": finished_at, "returned_at": returned_at,
        "paused_since": events[-1][1] if status is Status.SUPPLEMENT_REQUESTED else None, "paused_minutes": 0,
        "supplement_count": supplements, "apology_count": len(apology_rows), "created_at": received,
        "updated_at": events[-1][1],
    })
    buffer.changes.append({"seq": seq, "table_name": "dossiers", "row_id": dossier_id, "at": received})
    for kind, at, from_status, to_status, reason, receiver in events:
        event_id = str(uuid.uuid4())
        event_seq = state.next_seq()
        buffer.events.append({
            "id": event_id, "office_id": office.office_id, "desk": office.desk, "change_seq": event_seq,
            "dossier_id": dossier_id, "kind": kind, "at": at, "actor": clerk, "from_status": from_status,
            "to_status": to_status, "reason": reason, "receiver": receiver, "details": "{}",
        })
        buffer.changes.append({"seq": event_seq, "table_name": "dossier_events", "row_id": event_id, "at": at})
    for row in apology_rows:
        row["change_seq"] = state.next_seq()
        buffer.apologies.append(row)
        buffer.changes.append({"seq": row["change_seq"], "table_name": "apologies", "row_id": row["id"],
                               "at": row["at"]})


def _feedback(rng: random.Random, buffer: _Buffer, state: _State, office_id: str, desk: int, dossier_id: str,
              procedure_code: str, at: datetime, clerk: str, late: bool) -> None:
    rating = rng.choices((1, 2, 3), (20, 60, 20) if late else (62, 34, 4))[0]
    elements = rng.choice(("access", "procedure", "officer", "result", "feedback")) if rating == 3 else ""
    row_id = str(uuid.uuid4())
    seq = state.next_seq()
    buffer.feedback.append({
        "id": row_id, "office_id": office_id, "desk": desk, "change_seq": seq, "dossier_id": dossier_id,
        "procedure_code": procedure_code, "at": at + timedelta(minutes=2), "rating": rating, "scale": 3,
        "elements": elements, "comment": rng.choice(COMMENTS) if rating == 3 else "", "clerk": clerk,
        "source": "screen",
    })
    buffer.changes.append({"seq": seq, "table_name": "feedback", "row_id": row_id, "at": at})
