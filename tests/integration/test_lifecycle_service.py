"""A dossier's life through the services: events, supplements moving the appointment, apologies."""

from datetime import datetime

import pytest
from sqlalchemy import func, select

from desk_app.domain.dossier import EventKind, Person, Status
from desk_app.domain.errors import DeskError, PermissionDenied, TransitionError, ValidationError
from desk_app.services import apology, intake, lifecycle, queries
from desk_app.store import models as m

THREE_DAYS = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days


@pytest.fixture
def dossier(ctx):
    return intake.intake(ctx, intake.IntakeRequest(THREE_DAYS, Person("Nguyễn Thị Hoa")))


def test_full_life_with_timeline(ctx, clock, dossier):
    assert dossier.due_at == datetime(2025, 11, 27, 9, 0)
    clock.advance(hours=1)
    lifecycle.apply_event(ctx, dossier.code, "transfer", receiver="Công chức Tư pháp")
    clock.advance(hours=24)
    lifecycle.apply_event(ctx, dossier.code, EventKind.FINISH)
    clock.advance(hours=2)
    done = lifecycle.apply_event(ctx, dossier.code, "return", receiver="Nguyễn Thị Hoa")
    assert done.status is Status.RETURNED
    assert [e.kind for e in done.events] == [EventKind.INTAKE, EventKind.TRANSFER, EventKind.FINISH, EventKind.RETURN]
    assert done.events[1].receiver == "Công chức Tư pháp" and done.events[1].actor == "Trần Thị Bình"
    assert done.finished_at == datetime(2025, 11, 25, 10, 0)
    assert not done.is_late(clock.now)


def test_supplement_pauses_the_clock_and_moves_the_appointment(ctx, clock, dossier):
    clock.set(datetime(2025, 11, 25, 9, 0))
    asked = lifecycle.apply_event(ctx, dossier.code, "request-supplement", reason="Thiếu bản sao CCCD")
    assert asked.status is Status.SUPPLEMENT_REQUESTED and asked.supplement_count == 1
    assert lifecycle.supplement_warning(asked) is not None
    clock.set(datetime(2025, 11, 27, 9, 0))  # two working days later
    back = lifecycle.apply_event(ctx, dossier.code, "supplement-received")
    assert back.due_at == datetime(2025, 12, 1, 9, 0)  # Thu 27/11 + 2 working days = Mon 1/12
    assert back.original_due_at == back.due_at


def test_refused_event_changes_nothing(ctx, dossier):
    with ctx.reading() as session:
        before = session.execute(select(func.count()).select_from(m.Change)).scalar_one()
    with pytest.raises(TransitionError) as info:
        lifecycle.apply_event(ctx, dossier.code, "return")
    assert "Đã tiếp nhận" in info.value.message
    with pytest.raises(ValidationError):
        lifecycle.apply_event(ctx, dossier.code, "refuse", reason="  ")
    with ctx.reading() as session:
        assert session.execute(select(func.count()).select_from(m.Change)).scalar_one() == before
    assert queries.show(ctx, dossier.code).status is Status.RECEIVED


def test_events_out_of_order_or_in_the_future_are_refused(ctx, clock, dossier):
    clock.advance(hours=3)
    lifecycle.apply_event(ctx, dossier.code, "transfer")
    with pytest.raises(ValidationError, match="trước sự kiện"):
        lifecycle.apply_event(ctx, dossier.code, "finish", at=datetime(2025, 11, 24, 10, 0))
    with pytest.raises(ValidationError, match="tương lai"):
        lifecycle.apply_event(ctx, dossier.code, "finish", at=datetime(2025, 11, 30, 10, 0))


def test_unknown_code(ctx):
    with pytest.raises(DeskError, match="Không tìm thấy"):
        lifecycle.apply_event(ctx, "H21.17-251124-9999", "finish")


def test_apology_keeps_the_first_appointment(ctx, clock, dossier):
    clock.set(datetime(2025, 11, 27, 10, 0))  # an hour late
    assert queries.list_dossiers(ctx, overdue=True)[0].code == dossier.code
    later = apology.apologize(ctx, dossier.code, "Cần xác minh tại nơi cư trú cũ", datetime(2025, 12, 2, 9, 0),
                              signatory="Lê Văn Chính", signatory_title="CHỦ TỊCH")
    assert later.due_at == datetime(2025, 12, 2, 9, 0)
    assert later.original_due_at == datetime(2025, 11, 27, 9, 0)
    assert later.apologies[0].old_due_at == datetime(2025, 11, 27, 9, 0)
    with pytest.raises(PermissionDenied, match="lãnh đạo"):
        apology.apologize(ctx, dossier.code, "Lần nữa", datetime(2025, 12, 3, 9, 0))


@pytest.mark.parametrize("new_due, reason, error", [
    (datetime(2025, 11, 27, 9, 30), "Lý do", "sau thời điểm"),
    (datetime(2025, 12, 2, 9, 0), "  ", "lý do"),
    (datetime(2025, 12, 6, 9, 0), "Lý do", "giờ làm việc"),  # a Saturday
])
def test_bad_apologies_are_refused(ctx, clock, dossier, new_due, reason, error):
    clock.set(datetime(2025, 11, 27, 10, 0))
    with pytest.raises(DeskError, match=error):
        apology.apologize(ctx, dossier.code, reason, new_due)
    assert queries.show(ctx, dossier.code).apologies == ()


def test_apology_too_early_or_after_return_is_refused(ctx, clock, dossier):
    with pytest.raises(DeskError, match="chưa trễ hạn"):
        apology.apologize(ctx, dossier.code, "Sớm quá", datetime(2025, 12, 2, 9, 0))
    clock.set(datetime(2025, 11, 26, 10, 0))  # within one working day of the appointment: allowed
    apology.apologize(ctx, dossier.code, "Sắp trễ", datetime(2025, 12, 2, 9, 0))
    other = intake.intake(ctx, intake.IntakeRequest(THREE_DAYS, Person("Phan Văn Tú")))
    lifecycle.apply_event(ctx, other.code, "finish")
    lifecycle.apply_event(ctx, other.code, "return")
    with pytest.raises(DeskError, match="Đã trả kết quả"):
        apology.apologize(ctx, other.code, "Trễ", datetime(2025, 12, 5, 9, 0))
