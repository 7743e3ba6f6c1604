"""Login, the lock screen after inactivity, and the guard that hides the window until someone logs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow

from desk_app.gui.login_dialog import InactivityWatcher, LoginDialog, SessionGuard
from desk_app.services import users
from desk_app.services.context import Actor


@pytest.fixture
def accounts(ctx):
    """An administrator, a clerk and a head; the context still acts as the clerk of the conftest."""
    clerk = ctx.actor
    ctx.actor = Actor("quantri", "Quản trị viên", "admin")
    users.create_user(ctx, "quantri", "Quản trị viên", "admin", "mat-khau-manh")
    users.create_user(ctx, "canbo1", "Trần Thị Bình", "clerk", "mat-khau-can-bo")
    users.create_user(ctx, "lanhdao", "Lê Văn Chính", "head", "mat-khau-lanh-dao")
    ctx.actor = clerk
    return ctx


def make_dialog(qtbot, ctx, worker, locked_user=None) -> LoginDialog:
    dialog = LoginDialog(ctx, worker, locked_user=locked_user)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def enter(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_login_with_the_right_password_sets_the_actor(accounts, worker, qtbot):
    accounts.actor = Actor("someone-else", role="admin")
    dialog = make_dialog(qtbot, accounts, worker)
    assert dialog.username_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.quit_button.isVisible() and not dialog.switch_button.isVisible()
    enter(qtbot, dialog.username_edit, "CanBo1")
    enter(qtbot, dialog.password_edit, "mat-khau-can-bo")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter submits
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.actor == Actor("canbo1", "Trần Thị Bình", "clerk")
    assert dialog.actor == accounts.actor
    assert dialog.password_edit.text() == ""  # no password left in memory of the widget


def test_wrong_password_is_refused_under_the_fields_and_keeps_the_username(accounts, worker, qtbot):
    dialog = make_dialog(qtbot, accounts, worker)
    enter(qtbot, dialog.username_edit, "canbo1")
    enter(qtbot, dialog.password_edit, "sai-mat-khau")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.username_edit.text() == "canbo1"
    assert dialog.password_edit.text() == ""
    assert accounts.actor.username == "canbo1" and accounts.actor.role == "clerk"  # unchanged
    # Typing again clears the message.
    qtbot.keyClicks(dialog.password_edit, "x")
    assert not dialog.error_label.isVisible()


def test_repeated_failures_slow_down_and_the_wait_is_shown(accounts, worker, qtbot, clock):
    dialog = make_dialog(qtbot, accounts, worker)
    enter(qtbot, dialog.username_edit, "canbo1")
    for _ in range(users.FREE_ATTEMPTS):
        enter(qtbot, dialog.password_edit, "sai-mat-khau")
        dialog.submit()
        assert "không đúng" in dialog.error_label.text()
    enter(qtbot, dialog.password_edit, "mat-khau-can-bo")  # even the right password must wait
    dialog.submit()
    assert "thử lại sau" in dialog.error_label.text() and "giây" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    clock.advance(minutes=1)
    enter(qtbot, dialog.password_edit, "mat-khau-can-bo")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_empty_fields_are_asked_for_not_sent(accounts, worker, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(users, "login", lambda *args: calls.append(args))
    dialog = make_dialog(qtbot, accounts, worker)
    dialog.submit()
    assert dialog.error_label.text() == "Hãy nhập tên đăng nhập."
    enter(qtbot, dialog.username_edit, "canbo1")
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)  # Enter in the first field: on to the password
    assert not dialog.error_label.isVisible()
    dialog.login_button.click()
    assert dialog.error_label.text() == "Hãy nhập mật khẩu."
    assert calls == []


def test_lock_screen_keeps_the_user_and_cannot_be_dismissed(accounts, worker, qtbot):
    dialog = make_dialog(qtbot, accounts, worker, locked_user="canbo1")
    assert dialog.windowTitle().startswith("Màn hình đã khóa")
    assert dialog.username_edit.text() == "canbo1" and dialog.username_edit.isReadOnly()
    assert dialog.switch_button.isVisible() and not dialog.quit_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    enter(qtbot, dialog.password_edit, "mat-khau-can-bo")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted and accounts.actor.username == "canbo1"


def test_lock_screen_lets_another_user_log_in(accounts, worker, qtbot):
    dialog = make_dialog(qtbot, accounts, worker, locked_user="canbo1")
    dialog.switch_button.click()
    assert not dialog.username_edit.isReadOnly() and dialog.username_edit.text() == ""
    enter(qtbot, dialog.username_edit, "lanhdao")
    enter(qtbot, dialog.password_edit, "mat-khau-lanh-dao")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.actor == Actor("lanhdao", "Lê Văn Chính", "head")


def test_inactivity_times_out_and_input_postpones_it(qtbot):
    watcher = InactivityWatcher(msecs=300)
    target = QLineEdit()
    qtbot.addWidget(target)
    fired = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    try:
        assert watcher.is_active()
        for _ in range(8):  # keep typing for ~0.5 s: longer than the timeout, never idle that long
            qtbot.wait(60)
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                                     "a"))
        assert fired == []
        with qtbot.waitSignal(watcher.timed_out, timeout=2000):
            pass
        assert fired == [True]
        qtbot.wait(400)
        assert fired == [True]  # once, until started again
    finally:
        watcher.stop()
    assert not watcher.is_active()


def test_inactivity_default_is_ten_minutes_and_zero_turns_it_off(qtbot):
    watcher = InactivityWatcher()
    assert watcher.msecs == 10 * 60_000
    watcher.set_minutes(0)
    watcher.start()
    assert not watcher.is_active()
    watcher.stop()


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("Nguyễn Văn An — 1.001193"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_guard_asks_for_a_login_at_start_and_locks_after_inactivity(accounts, worker, qtbot, window):
    guard = SessionGuard(window, accounts, worker, msecs=200)
    changed = []
    guard.actor_changed.connect(changed.append)
    guard.start()
    assert guard.is_covered() and not window.centralWidget().isVisible()
    dialog = guard.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.locked_user
    enter(qtbot, dialog.username_edit, "canbo1")
    enter(qtbot, dialog.password_edit, "mat-khau-can-bo")
    dialog.submit()
    assert guard.dialog is None and window.centralWidget().isVisible()
    assert [a.username for a in changed] == ["canbo1"]

    with qtbot.waitSignal(guard.watcher.timed_out, timeout=3000):
        pass  # nobody touches the desk
    lock = guard.dialog
    assert lock is not None and lock.locked_user == "canbo1" and guard.is_locked()
    assert not window.centralWidget().isVisible()
    enter(qtbot, lock.password_edit, "sai-mat-khau")
    lock.submit()
    assert guard.is_locked() and not window.centralWidget().isVisible()
    enter(qtbot, lock.password_edit, "mat-khau-can-bo")
    lock.submit()
    assert not guard.is_locked() and window.centralWidget().isVisible()
    assert [a.username for a in changed] == ["canbo1"]  # the same clerk again: nothing to tell
    assert guard.watcher.is_active()
    guard.watcher.stop()


def test_guard_cancelled_at_start_asks_to_quit(accounts, worker, qtbot, window):
    guard = SessionGuard(window, accounts, worker, msecs=60_000)
    guard.start()
    with qtbot.waitSignal(guard.quit_requested, timeout=1000):
        guard.dialog.quit_button.click()
    guard.watcher.stop()


def test_desk_without_accounts_opens_directly_and_does_not_lock(ctx, worker, qtbot, window):
    guard = SessionGuard(window, ctx, worker, msecs=100)
    guard.start()
    assert guard.dialog is None and window.centralWidget().isVisible()
    with qtbot.waitSignal(guard.watcher.timed_out, timeout=2000):
        pass
    assert guard.dialog is None and window.centralWidget().isVisible()
    guard.watcher.stop()
