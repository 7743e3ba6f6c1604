"""Intake through the service: one transaction, right code, right appointment, nothing half-saved."""

import unicodedata
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.dossier import Person, Status
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.services import intake, queries
from desk_app.services.context import Actor, DeskContext
from desk_app.store import models as m

KHAI_SINH = "1.001193"  # same day, cut-off 15:00
TINH_TRANG_HON_NHAN = "1.004873"  # 3 working days


def count(ctx, model):
    with ctx.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_intake_saves_dossier_event_change_and_audit(ctx):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn An")
    dossier = intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person(decomposed, "001203004567", "0912 345 678")))
    assert dossier.code == "H21.17-251124-1001"
    assert dossier.applicant.name == "Nguyễn Văn An" and unicodedata.is_normalized("NFC", dossier.applicant.name)
    assert dossier.applicant.phone == "0912345678"
    assert dossier.received_at == datetime(2025, 11, 24, 9, 0)
    assert dossier.due_at == datetime(2025, 11, 24, 17, 0) == dossier.original_due_at
    assert dossier.status is Status.RECEIVED and dossier.rule_set == "TT03-2025"
    assert [d.name for d in dossier.documents], "the checklist comes from the procedure"
    assert count(ctx, m.Dossier) == 1 and count(ctx, m.DossierEventRow) == 1
    with ctx.reading() as session:
        changes = session.execute(select(m.Change.table_name).order_by(m.Change.seq)).scalars().all()
        seqs = session.execute(select(m.Dossier.change_seq)).scalars().all()
        actions = session.execute(select(m.AuditEntry.action)).scalars().all()
    assert changes[-2:] == ["dossiers", "dossier_events"] and seqs[0] > 0
    assert "intake" in actions


def test_codes_run_per_day_and_cut_off_moves_to_next_working_day(ctx, clock):
    first = intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person("Lê Thị Hoa")))
    clock.set(datetime(2025, 11, 28, 15, 30))  # Friday after the cut-off
    late = intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person("Phạm Văn Bình")))
    second_same_day = intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person("Hồ Thị Cúc")))
    assert first.code.endswith("251124-1001")
    assert late.code.endswith("251128-1001") and second_same_day.code.endswith("251128-1002")
    assert late.due_at == datetime(2025, 12, 1, 17, 0)  # Monday closing time
    assert second_same_day.book_line == 3


def test_working_days_procedure(ctx):
    dossier = intake.intake(ctx, intake.IntakeRequest(TINH_TRANG_HON_NHAN, Person("Vũ Thị Lan")))
    assert dossier.due_at == datetime(2025, 11, 27, 9, 0)


@pytest.mark.parametrize("request_, field", [
    (intake.IntakeRequest("", Person("Nguyễn An")), "procedure"),
    (intake.IntakeRequest("9.999999", Person("Nguyễn An")), "procedure"),
    (intake.IntakeRequest(KHAI_SINH, Person("")), "name"),
    (intake.IntakeRequest(KHAI_SINH, Person("Nguyễn An", phone="12345")), "phone"),
    (intake.IntakeRequest(KHAI_SINH, Person("Nguyễn An", id_number="12345")), "id_number"),
    (intake.IntakeRequest(KHAI_SINH, Person("Nguyễn An"), received_at=datetime(2025, 11, 24, 10, 0)), "received_at"),
    (intake.IntakeRequest(KHAI_SINH, Person("Nguyễn An"), received_at=datetime(2019, 1, 1, 10, 0)), "received_at"),
])
def test_bad_input_is_refused_and_changes_nothing(ctx, request_, field):
    before = count(ctx, m.Dossier), count(ctx, m.Change), count(ctx, m.AuditEntry)
    with pytest.raises(ValidationError) as info:
        intake.intake(ctx, request_)
    assert field in info.value.errors
    assert all(ord(ch) < 0x250 or ch.isalpha() for ch in info.value.errors[field])  # a readable sentence
    assert (count(ctx, m.Dossier), count(ctx, m.Change), count(ctx, m.AuditEntry)) == before


def test_owner_differs_from_submitter(ctx):
    dossier = intake.intake(ctx, intake.IntakeRequest(
        TINH_TRANG_HON_NHAN, Person("Trần Văn Nam"), owner=Person("Trần Thị Mai", id_number="001203004568")))
    assert queries.show(ctx, dossier.code).owner.name == "Trần Thị Mai"


def test_locked_database_gives_a_clear_message_and_saves_nothing(ctx, data_dir, clock):
    blocker = DeskContext.open(data_dir, actor=Actor("other"), clock=clock)
    with blocker.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout=0")
        connection.execute(text("BEGIN IMMEDIATE"))
        ctx.engine.dispose()
        ctx_fast = DeskContext(data_dir=data_dir, engine=ctx.engine, actor=ctx.actor, clock=clock)

        from sqlalchemy import event

        @event.listens_for(ctx_fast.engine, "connect")
        def short_timeout(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout=100")

        with pytest.raises(DeskError) as info:
            intake.intake(ctx_fast, intake.IntakeRequest(KHAI_SINH, Person("Ngô Thị Bé")))
        assert "khóa" in info.value.message
        connection.rollback()
    assert count(ctx, m.Dossier) == 0
    blocker.close()


def test_search_without_diacritics_phone_id_and_code(ctx):
    an = intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person("Nguyễn Văn An", "001203004567", "0912345678")))
    intake.intake(ctx, intake.IntakeRequest(KHAI_SINH, Person("Đặng Thị Bích")))
    assert [r.code for r in queries.search(ctx, "nguyen van")] == [an.code]
    assert [r.name for r in queries.search(ctx, "dang")] == ["Đặng Thị Bích"]
    assert [r.name for r in queries.search(ctx, "Đặng Thị B")] == ["Đặng Thị Bích"]
    assert [r.code for r in queries.search(ctx, "0912345678")] == [an.code]
    assert [r.code for r in queries.search(ctx, "001203004567")] == [an.code]
    assert [r.code for r in queries.search(ctx, an.code.lower())] == [an.code]
    assert queries.search(ctx, "khong co ai") == []
