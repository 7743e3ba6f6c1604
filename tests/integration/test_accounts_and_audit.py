"""Accounts and roles enforced in the services; the audit chain detects tampering; backups round-trip."""

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from desk_app.domain.dossier import Person
from desk_app.domain.errors import DeskError, PermissionDenied, ValidationError
from desk_app.domain.procedures import Procedure
from desk_app.domain.units import DurationUnit
from desk_app.services import calendar, catalogue, intake, maintenance, office, users
from desk_app.services.context import Actor, DeskContext
from desk_app.store.engine import DB_FILE


@pytest.fixture
def admin_ctx(ctx):
    ctx.actor = Actor("quantri", "Quản trị viên", "admin")
    users.create_user(ctx, "quantri", "Quản trị viên", "admin", "mat-khau-manh")
    users.create_user(ctx, "canbo1", "Trần Thị Bình", "clerk", "mat-khau-can-bo")
    users.create_user(ctx, "lanhdao", "Lê Văn Chính", "head", "mat-khau-lanh-dao")
    return ctx


def as_user(ctx, username, role):
    ctx.actor = Actor(username, username, role)
    return ctx


def test_first_account_must_be_an_administrator(ctx):
    with pytest.raises(ValidationError):
        users.create_user(ctx, "canbo1", "Trần Thị Bình", "clerk", "mat-khau-can-bo")
    users.create_user(ctx, "quantri", "Quản trị", "admin", "mat-khau-manh")


def test_clerk_is_refused_admin_work_at_the_service_level(admin_ctx):
    clerk = as_user(admin_ctx, "canbo1", "clerk")
    refused = [
        lambda: calendar.add_override(clerk, date(2025, 12, 1), "off", "Nghỉ"),
        lambda: catalogue.save(clerk, Procedure("X.1", "Thủ tục thử", "Khác", 3, DurationUnit.WORKING_DAYS)),
        lambda: users.create_user(clerk, "canbo2", "Ai đó", "clerk", "mat-khau-moi-1"),
        lambda: office.update_settings(clerk, head_name="Người khác"),
        lambda: office.setup_office(clerk, "H99.99", "Đơn vị khác"),
        lambda: users.change_password(clerk, "lanhdao", "mat-khau-moi-1"),
    ]
    for action in refused:
        with pytest.raises(PermissionDenied):
            action()
    head = as_user(admin_ctx, "lanhdao", "head")
    calendar.add_override(head, date(2025, 12, 1), "off", "Nghỉ bù")


def test_login_and_slow_down_after_failures(admin_ctx, clock):
    assert users.login(admin_ctx, "CanBo1", "mat-khau-can-bo").role == "clerk"
    for _ in range(users.FREE_ATTEMPTS):
        with pytest.raises(DeskError, match="không đúng"):
            users.login(admin_ctx, "canbo1", "sai")
    with pytest.raises(DeskError, match="thử lại sau"):
        users.login(admin_ctx, "canbo1", "mat-khau-can-bo")
    clock.advance(minutes=1)
    assert users.login(admin_ctx, "canbo1", "mat-khau-can-bo").username == "canbo1"


def test_password_hash_is_memory_hard_and_salted():
    first, second = users.hash_password("mat-khau"), users.hash_password("mat-khau")
    assert first != second and first.startswith("scrypt$16384$8$")
    assert users.verify_password("mat-khau", first) and not users.verify_password("mat-khau!", first)


def test_tampered_audit_entry_is_named(ctx, data_dir):
    for name in ("Nguyễn Văn An", "Lê Thị Hoa", "Phạm Văn Bình"):
        intake.intake(ctx, intake.IntakeRequest("1.001193", Person(name)))
    assert maintenance.check(ctx).ok
    with sqlite3.connect(data_dir / DB_FILE) as connection:
        query = "SELECT id FROM audit_log WHERE action='intake' ORDER BY id LIMIT 1 OFFSET 1"
        target = connection.execute(query).fetchone()[0]
        connection.execute("UPDATE audit_log SET actor='ke-gian' WHERE id=?", (target,))
    connection.close()
    report = maintenance.check(ctx)
    assert not report.ok and f"số {target}" in report.audit


def test_deleted_audit_entry_is_detected(ctx, data_dir):
    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Lê Thị Hoa")))
    with sqlite3.connect(data_dir / DB_FILE) as connection:
        connection.execute("DELETE FROM audit_log WHERE id = (SELECT min(id) + 1 FROM audit_log)")
    connection.close()
    assert not maintenance.check(ctx).ok


def test_backup_restore_round_trip_and_wrong_files(ctx, tmp_path, clock, data_dir):
    ctx.actor = Actor("quantri", "Quản trị viên", "admin")
    kept = intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    copy = maintenance.backup(ctx, tmp_path / "copy.sqlite3")
    clock.advance(minutes=5)
    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Sau Sao Lưu")))
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("không phải cơ sở dữ liệu")
    with pytest.raises(DeskError, match="không phải bản sao lưu"):
        maintenance.restore(ctx, not_a_db)
    other = DeskContext.open(tmp_path / "other", clock=clock)
    office.setup_office(other, "G99.01", "Đơn vị khác")
    foreign = maintenance.backup(other, tmp_path / "foreign.sqlite3")
    other.close()
    with pytest.raises(DeskError, match="G99.01"):
        maintenance.restore(ctx, foreign)
    maintenance.restore(ctx, copy)
    restored = DeskContext.open(data_dir, clock=clock)
    from desk_app.services import queries

    assert [r.code for r in queries.search(restored, "nguyen van an")] == [kept.code]
    assert queries.search(restored, "sau sao luu") == []
    assert maintenance.check(restored).ok
    restored.close()


def test_clock_running_backwards_is_flagged(ctx, clock):
    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    assert users.clock_anomaly(ctx) is None
    clock.set(datetime(2025, 11, 20, 9, 0))
    assert "sớm hơn" in users.clock_anomaly(ctx)
    clock.set(datetime(2025, 11, 24, 9, 0) + timedelta(days=90))
    assert "nhảy" in users.clock_anomaly(ctx)


def test_heads_read_the_audit_trail_clerks_do_not(admin_ctx):
    from desk_app.services import audit

    head = as_user(admin_ctx, "lanhdao", "head")
    made = intake.intake(head, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    rows = audit.entries(head, target=made.code)
    assert [r.action for r in rows] == ["intake"] and rows[0].label == "Tiếp nhận hồ sơ"
    assert {r.action for r in audit.entries(head, action="user")} == {"user.create"}
    with pytest.raises(PermissionDenied):
        audit.entries(as_user(admin_ctx, "canbo1", "clerk"))


def test_failed_login_of_an_unknown_name_stays_in_the_trail(admin_ctx):
    from desk_app.services import audit

    with pytest.raises(DeskError):
        users.login(admin_ctx, "ke-la", "doan-mo")
    head = as_user(admin_ctx, "lanhdao", "head")
    assert [r.target for r in audit.entries(head, action="login.failed")] == ["ke-la"]


def test_restore_needs_an_administrator(admin_ctx, tmp_path):
    copy = maintenance.backup(admin_ctx, tmp_path / "copy.sqlite3")
    with pytest.raises(PermissionDenied):
        maintenance.restore(as_user(admin_ctx, "lanhdao", "head"), copy)
    with pytest.raises(DeskError, match="USB"):
        maintenance.backup(admin_ctx, tmp_path / "khong-co-thu-muc")
