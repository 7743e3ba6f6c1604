"""The first administrator, the accounts page, and the audit page (trail, integrity, backup, restore)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desk_app.domain.dossier import Person
from desk_app.gui import messages
from desk_app.gui.audit_page import AuditPage
from desk_app.gui.first_admin_dialog import FirstAdminDialog
from desk_app.gui.users_page import UsersPage
from desk_app.services import intake, users
from desk_app.services.context import Actor
from desk_app.store.engine import DB_FILE
from tests.gui.conftest import type_text

ADMIN = Actor("quantri", "Quản trị viên", "admin")
HEAD = Actor("lanhdao", "Lê Văn Chính", "head")
CLERK = Actor("canbo1", "Trần Thị Bình", "clerk")


@pytest.fixture
def accounts(ctx):
    ctx.actor = ADMIN
    users.create_user(ctx, "quantri", "Quản trị viên", "admin", "mat-khau-manh")
    users.create_user(ctx, "canbo1", "Trần Thị Bình", "clerk", "mat-khau-can-bo")
    users.create_user(ctx, "lanhdao", "Lê Văn Chính", "head", "mat-khau-lanh-dao")
    return ctx


def fill(qtbot, edit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


# ---- the first administrator ----------------------------------------------------------------------


def test_first_admin_is_created_after_the_checks(ctx, worker, qtbot, shown):
    assert not users.has_users(ctx)
    dialog = FirstAdminDialog(ctx, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.create_button.click()  # nothing filled
    assert dialog.errors["username"].isVisible() and dialog.errors["full_name"].isVisible()
    assert dialog.errors["password"].text() == "Mật khẩu phải có ít nhất 8 ký tự."
    assert dialog.username_edit.property("invalid") is True

    fill(qtbot, dialog.username_edit, "quantri")
    fill(qtbot, dialog.full_name_edit, "Nguyễn Văn Quản")
    fill(qtbot, dialog.password_edit, "mat-khau-manh")
    fill(qtbot, dialog.repeat_edit, "mat-khau-khac")
    dialog.save()
    assert dialog.errors["repeat"].text() == "Hai lần nhập mật khẩu không giống nhau."
    assert not dialog.errors["username"].isVisible()
    assert not users.has_users(ctx)

    fill(qtbot, dialog.repeat_edit, "mat-khau-manh")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter in the last field creates it
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.list_users(ctx) == [("quantri", "Nguyễn Văn Quản", "admin", True)]
    assert ctx.actor == Actor("quantri", "Nguyễn Văn Quản", "admin")
    assert users.login(ctx, "quantri", "mat-khau-manh").role == "admin"
    assert shown == []


def test_first_admin_refusal_of_the_service_shows_next_to_the_field(ctx, worker, qtbot):
    dialog = FirstAdminDialog(ctx, worker)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog.username_edit, "quan tri!")  # the service refuses spaces and punctuation
    fill(qtbot, dialog.full_name_edit, "Nguyễn Văn Quản")
    fill(qtbot, dialog.password_edit, "mat-khau-manh")
    fill(qtbot, dialog.repeat_edit, "mat-khau-manh")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Tên đăng nhập chỉ gồm" in dialog.errors["username"].text()
    assert not users.has_users(ctx)


# ---- accounts -------------------------------------------------------------------------------------


def test_a_clerk_opening_the_users_page_sees_a_refusal(accounts, worker, qtbot, shown):
    accounts.actor = CLERK
    page = UsersPage(accounts, worker)
    qtbot.addWidget(page)
    page.show()
    assert page.refusal.isVisible()
    assert page.refused == "Chỉ Quản trị mới được xem và quản lý tài khoản."
    assert page.refusal.text().startswith(page.refused) and "Hãy nhờ quản trị viên" in page.refusal.text()
    assert page.table.rowCount() == 0 and not page.add_box.isEnabled() and not page.reset_button.isEnabled()
    assert not page.body.isVisible()  # no list, no empty form
    # Even when the form is reached somehow, the service refuses and says so.
    page.add_user("canbo2", "Ai Đó", "clerk", "mat-khau-moi-1")
    assert shown == [("warn", "Không được phép", "Chỉ Quản trị mới được tạo tài khoản.")]
    assert [u[0] for u in users.list_users(accounts)] == ["canbo1", "lanhdao", "quantri"]


def test_administrator_lists_adds_and_resets(accounts, worker, qtbot, shown, monkeypatch):
    page = UsersPage(accounts, worker)
    qtbot.addWidget(page)
    page.show()
    assert not page.refusal.isVisible()
    table = [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]
    assert table == [["canbo1", "Trần Thị Bình", "Cán bộ tiếp nhận", "Đang dùng"],
                     ["lanhdao", "Lê Văn Chính", "Lãnh đạo", "Đang dùng"],
                     ["quantri", "Quản trị viên", "Quản trị", "Đang dùng"]]

    fill(qtbot, page.username_edit, "canbo2")
    fill(qtbot, page.full_name_edit, "Phạm Thị Dung")
    page.role_combo.setCurrentIndex(page.role_combo.findData("head"))
    fill(qtbot, page.password_edit, "ngan")
    page.add_button.click()
    assert page.add_errors["password"].text() == "Mật khẩu phải có ít nhất 8 ký tự."
    fill(qtbot, page.password_edit, "mat-khau-dung")
    fill(qtbot, page.repeat_edit, "mat-khau-dung")
    page.add_button.click()
    assert shown[-1] == ("info", "Đã thêm tài khoản", "Đã tạo tài khoản «canbo2» (Lãnh đạo).")
    assert page.table.rowCount() == 4 and page.table.item(1, 2).text() == "Lãnh đạo"
    assert page.username_edit.text() == "" and page.password_edit.text() == ""

    fill(qtbot, page.username_edit, "canbo2")  # the same name again: refused next to the field
    fill(qtbot, page.full_name_edit, "Người khác")
    fill(qtbot, page.password_edit, "mat-khau-dung")
    fill(qtbot, page.repeat_edit, "mat-khau-dung")
    page.add_from_form()
    assert page.add_errors["username"].text() == "Tên đăng nhập «canbo2» đã có."

    page.table.selectRow(0)
    assert page.selected_username() == "canbo1" and page.reset_button.isEnabled()
    # The reset dialog: patched to answer with a new password.
    from desk_app.gui import users_page

    monkeypatch.setattr(users_page.PasswordDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(users_page.PasswordDialog, "password", lambda self: "mat-khau-moi-99")
    page.reset_button.click()
    assert shown[-1][:2] == ("info", "Đã đặt lại mật khẩu")
    assert users.login(accounts, "canbo1", "mat-khau-moi-99").username == "canbo1"


def test_password_dialog_checks_length_and_match(qtbot):
    from desk_app.gui.users_page import PasswordDialog

    dialog = PasswordDialog("canbo1")
    qtbot.addWidget(dialog)
    type_text(dialog.password_edit, "mat-khau-moi")
    type_text(dialog.repeat_edit, "mat-khau-khac")
    dialog.check_and_accept()
    assert dialog.error.text() == "Hai lần nhập mật khẩu không giống nhau."
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "mat-khau-moi")
    dialog.check_and_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.password() == "mat-khau-moi"


# ---- the audit trail ------------------------------------------------------------------------------


def rows_of(page: AuditPage) -> list[list[str]]:
    return [[page.table.item(r, c).text() for c in range(page.COLUMNS)] for r in range(page.table.rowCount())]


def test_a_clerk_is_refused_the_audit_trail(accounts, worker, qtbot, shown):
    accounts.actor = CLERK
    page = AuditPage(accounts, worker)
    qtbot.addWidget(page)
    assert page.refusal.text() == "Chỉ Lãnh đạo hoặc Quản trị mới được xem nhật ký hệ thống."
    assert page.table.rowCount() == 0 and not page.check_button.isEnabled() and page.body.isHidden()
    page.run_check()  # reached anyway: the refusal, as a message
    assert shown[-1][0] == "warn" and "Chỉ Lãnh đạo hoặc Quản trị" in shown[-1][2]


def test_audit_page_lists_an_intake_and_checks_integrity(accounts, worker, qtbot, shown, data_dir, clock):
    accounts.actor = CLERK
    made = intake.intake(accounts, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    clock.advance(minutes=3)
    intake.intake(accounts, intake.IntakeRequest("1.001193", Person("Lê Thị Hoa")))
    accounts.actor = HEAD
    page = AuditPage(accounts, worker)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    assert not page.refusal.isVisible()
    listed = rows_of(page)
    intakes = [r for r in listed if r[page.ACTION] == "Tiếp nhận hồ sơ"]
    assert len(intakes) == 2
    first = next(r for r in intakes if r[page.TARGET] == made.code)
    assert first[page.USER] == "canbo1" and first[page.TIME] == "24/11/2025 09:00:00"
    assert "thủ tục: 1.001193" in first[page.DETAILS] and "hẹn trả:" in first[page.DETAILS]
    assert {r[page.ACTION] for r in listed} >= {"Tạo tài khoản", "Thiết lập đơn vị"}

    # Filters: the dossier code, the user, the kind of action.
    page.target_edit.setText(made.code.lower())
    page.refresh()
    assert [r[page.TARGET] for r in rows_of(page)] == [made.code]
    page.target_edit.clear()
    page.user_combo.setCurrentIndex(page.user_combo.findData("quantri"))
    page.action_combo.setCurrentIndex(page.action_combo.findData("user"))
    page.refresh()
    assert {r[page.ACTION] for r in rows_of(page)} == {"Tạo tài khoản"} and page.table.rowCount() == 3
    page.user_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(0)
    page.date_from.setDate(QDate(2025, 11, 20))
    page.date_to.setDate(QDate(2025, 11, 23))
    page.refresh()
    assert page.table.rowCount() == 0 and page.footer.text() == "Không có bản ghi nào khớp bộ lọc."
    page.date_to.setDate(QDate(2025, 11, 24))
    page.refresh()
    assert page.table.rowCount() == len(listed)

    page.check_button.click()
    assert page.last_report is not None and page.last_report.ok
    assert page.check_result.isVisible() and page.check_result.property("state") == "ok"
    assert "nguyên vẹn" in page.check_result.text()
    assert shown == []

    # Someone edits the trail directly in SQLite: the check names the entry.
    with sqlite3.connect(data_dir / DB_FILE) as connection:
        target = connection.execute("SELECT id FROM audit_log WHERE action='intake' AND target=?",
                                    (made.code,)).fetchone()[0]
        connection.execute("UPDATE audit_log SET actor='ke-gian' WHERE id=?", (target,))
    connection.close()
    page.refresh()
    page.check_button.click()
    assert not page.last_report.ok
    assert page.check_result.property("state") == "broken"
    assert f"hỏng tại bản ghi số {target}: nội dung đã bị sửa" in page.check_result.text()
    assert shown[-1][0] == "error" and f"số {target}" in shown[-1][2]
    assert page.broken_id == target
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, page.ID).text() == str(target))
    assert page.table.item(row, page.USER).text() == "ke-gian"
    assert page.table.item(row, 0).background().color().name() == "#f8d7da"


def test_backup_now_and_restore(accounts, worker, qtbot, shown, answers, tmp_path, monkeypatch):
    accounts.actor = HEAD
    page = AuditPage(accounts, worker)
    qtbot.addWidget(page)
    usb = tmp_path / "usb"
    usb.mkdir()
    asked = []
    monkeypatch.setattr(messages, "choose_folder", lambda parent, title, start=None: asked.append(start) or usb,
                        raising=False)
    page.backup_button.click()
    copies = list(usb.glob("desk-H21.17-*.sqlite3"))
    assert len(copies) == 1 and asked == [accounts.data_dir / "backups"]
    assert shown[-1][:2] == ("info", "Đã sao lưu") and str(copies[0]) in shown[-1][2]

    gone = tmp_path / "usb-pulled-out"
    page.backup_to(gone)  # the folder vanished: a clear message, the app goes on
    assert shown[-1][0] == "error" and "Không tìm thấy thư mục" in shown[-1][2] and not gone.exists()

    accounts.actor = ADMIN  # restoring replaces the desk's data: administrators only
    junk = tmp_path / "ghi-chu.sqlite3"
    junk.write_text("không phải cơ sở dữ liệu")
    monkeypatch.setattr(messages, "open_file", lambda parent, title, file_filter="": junk, raising=False)
    page.restore_button.click()
    assert shown[-1] == ("error", "Chưa khôi phục được",
                         "Tệp ghi-chu.sqlite3 không phải bản sao lưu CSDL của ứng dụng Một cửa.")

    answers.append(False)  # "Hủy": nothing happens
    monkeypatch.setattr(messages, "open_file", lambda parent, title, file_filter="": copies[0], raising=False)
    page.restore_button.click()
    assert shown[-1][0] == "confirm" and copies[0].name in shown[-1][2]

    with qtbot.waitSignal(page.restart_required, timeout=2000):
        page.restore_button.click()
    assert shown[-1][:2] == ("info", "Đã khôi phục") and "khởi động lại" in shown[-1][2]
    assert not page.restore_button.isEnabled() and not page.check_button.isEnabled()
    assert list((accounts.data_dir / "backups").glob("before-restore-*.sqlite3"))
