"""Who is at the desk: the login dialog, the lock screen after inactivity, and the guard joining them.

- :class:`LoginDialog` asks for a username and password and calls ``users.login`` on the database
  worker. A refusal (wrong password, "try again in N seconds") shows under the fields and keeps the
  username; on success ``ctx.actor`` becomes the account that logged in. With ``locked_user`` it is
  the lock screen: the username is fixed, "Đổi người dùng" lets another clerk log in instead.
- :class:`InactivityWatcher`, an event filter on the QApplication, emits ``timed_out`` after a
  while without keyboard or mouse input.
- :class:`SessionGuard` does both for the main window: at start it asks for a login when the desk
  has accounts, and locks the window when the watcher times out. While it asks, the window's
  content is hidden (the public sees no citizen's data on an unattended desk).

The services (and SQLAlchemy) are imported inside the worker jobs, not here: at start the login
dialog is up while the database is still opening.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.services.context import Actor, DeskContext

log = logging.getLogger(__name__)

DEFAULT_LOCK_MINUTES = 10
SETTINGS_LOCK_MINUTES = "security/lock_minutes"

DIALOG_STYLE = """
QLabel#loginTitle { font-size: 14pt; font-weight: bold; color: #203a5c; }
QLabel#loginHint { color: #4a4a4a; }
QLabel#loginError { color: #b3261e; font-weight: bold; }
QLineEdit { padding: 4px; min-height: 22px; }
QLineEdit[readOnly="true"] { background: #eef1f5; color: #203a5c; font-weight: bold; }
"""


def lock_minutes() -> float:
    """Minutes without input before the window locks, chosen on this PC (0 = never); default 10."""
    value = QSettings().value(SETTINGS_LOCK_MINUTES, DEFAULT_LOCK_MINUTES)
    try:
        return max(0.0, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float(DEFAULT_LOCK_MINUTES)


def _report_unexpected(exc: BaseException) -> None:
    """A bug surfaced in a job: the app's exception hook logs it and tells the clerk."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class LoginDialog(QDialog):
    """Đăng nhập, or with ``locked_user`` the lock screen. ``actor`` holds the account after ``accept()``."""

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None,
                 locked_user: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.locked_user = locked_user
        self.actor: Actor | None = None
        self._busy = False
        self.setStyleSheet(DIALOG_STYLE)
        self.setModal(True)
        self.setMinimumWidth(440)

        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.hint = QLabel()
        self.hint.setObjectName("loginHint")
        self.hint.setWordWrap(True)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("ví dụ: canbo1"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.error_label = QLabel()
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên đăng nhập:"), self.username_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)

        self.login_button = QPushButton(self.tr("Đăng nhập"))
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.login_button.clicked.connect(lambda: self.submit())
        self.switch_button = QPushButton(self.tr("Đổi người dùng"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user)
        self.quit_button = QPushButton(self.tr("Thoát ứng dụng"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        self.username_edit.textEdited.connect(lambda _text: self.show_error(""))
        self.password_edit.textEdited.connect(lambda _text: self.show_error(""))

        if locked_user:
            self.setWindowTitle(self.tr("Màn hình đã khóa — Bộ phận Một cửa"))
            self.title.setText(self.tr("Màn hình đã khóa"))
            self.hint.setText(self.tr("Máy đã khóa vì lâu không thao tác. Nhập mật khẩu để làm việc tiếp, "
                                      "hoặc chọn «Đổi người dùng» để cán bộ khác đăng nhập."))
            self.username_edit.setText(locked_user)
            self.username_edit.setReadOnly(True)
            self.username_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.quit_button.hide()
            self.password_edit.setFocus()
        else:
            self.setWindowTitle(self.tr("Đăng nhập — Bộ phận Một cửa"))
            self.title.setText(self.tr("Đăng nhập"))
            self.hint.setText(self.tr("Mỗi cán bộ đăng nhập bằng tài khoản của mình; mọi thao tác được ghi "
                                      "vào nhật ký hệ thống dưới tên tài khoản đó."))
            self.switch_button.hide()
            self.username_edit.setFocus()

    # -- input ---------------------------------------------------------------------------------------

    def switch_user(self) -> None:
        """From the lock screen: another clerk logs in with their own account."""
        self.username_edit.setReadOnly(False)
        self.username_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.username_edit.clear()
        self.password_edit.clear()
        self.switch_button.setEnabled(False)
        self.title.setText(self.tr("Đăng nhập người dùng khác"))
        self.hint.setText(self.tr("Nhập tài khoản của cán bộ sẽ làm việc tại quầy."))
        self.show_error("")
        self.username_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter submits from either field (once: not also through the default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self.login_button:
                focus.click()
            else:
                self.submit(from_username=focus is self.username_edit)
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self, from_username: bool = False) -> None:
        """Enter or "Đăng nhập": ask the service; an empty field takes the cursor instead."""
        if self._busy:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_error(self.tr("Hãy nhập tên đăng nhập."))
            self.username_edit.setFocus()
            return
        if not password:
            if from_username:  # Enter in the first field: on to the password
                self.show_error("")
            else:
                self.show_error(self.tr("Hãy nhập mật khẩu."))
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        ctx = self.ctx

        def job() -> Actor:
            from desk_app.services import users

            return users.login(ctx, username, password)

        self.worker.submit(job, self._logged_in, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Đang kiểm tra…") if busy else self.tr("Đăng nhập"))
        self.password_edit.setEnabled(not busy)
        self.username_edit.setEnabled(not busy)

    def _logged_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.ctx.actor = actor
        self.password_edit.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if isinstance(exc, DeskError):
            self.show_error(exc.message)
        else:
            log.error("login failed unexpectedly", exc_info=exc)
            self.show_error(self.tr("Không kiểm tra được tài khoản do lỗi không mong đợi; chi tiết đã ghi vào "
                                    "nhật ký lỗi."))
            _report_unexpected(exc)
        self.password_edit.setFocus()

    # -- the lock screen cannot be dismissed ---------------------------------------------------------

    def reject(self) -> None:
        # Esc or the window's close button on the lock screen: it stays (QDialog's close calls reject).
        if self.locked_user:
            return
        super().reject()


class InactivityWatcher(QObject):
    """Emits ``timed_out`` once after ``msecs`` without keyboard, mouse or touch input in the app.

    Install with :meth:`start` (an event filter on the QApplication). The filter only records the
    time of the last input; one single-shot timer checks it, so typing costs nothing more.
    """

    timed_out = Signal()

    INPUT_EVENTS = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress, QEvent.Type.HoverMove, QEvent.Type.ShortcutOverride,
    })
    FILTER_DELAY_MS = 500

    def __init__(self, parent: QObject | None = None, minutes: float = DEFAULT_LOCK_MINUTES,
                 msecs: int | None = None) -> None:
        super().__init__(parent)
        self._msecs = int(msecs if msecs is not None else minutes * 60_000)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    @property
    def msecs(self) -> int:
        return self._msecs

    def set_minutes(self, minutes: float) -> None:
        self.set_msecs(int(minutes * 60_000))

    def set_msecs(self, msecs: int) -> None:
        """The idle time before ``timed_out``; 0 turns the watcher off."""
        self._msecs = max(0, int(msecs))
        if self._installed:
            self.start()

    def is_active(self) -> bool:
        return self._installed and self._msecs > 0

    def start(self) -> None:
        """Watch from a moment from now (again); idle time counts from then.

        The moment: at start-up, an application-wide Python filter would make PySide build a wrapper
        class for every QObject type during the window's first paint (a tenth of the start-up).
        """
        app = QApplication.instance()
        self._timer.stop()
        if app is not None:
            self._installed = True
            QTimer.singleShot(self.FILTER_DELAY_MS, self, self._begin)

    def _begin(self) -> None:
        app = QApplication.instance()
        if app is None or not self._installed:  # stopped meanwhile
            return
        app.installEventFilter(self)  # once: installing it again only moves it to the front
        self._last_input = time.monotonic()
        if self._msecs > 0:
            self._timer.start(self._msecs)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self._msecs <= 0 or not self._installed:
            return
        idle = int((time.monotonic() - self._last_input) * 1000)
        if idle >= self._msecs:
            self._timer.stop()  # once; ``start()`` again after the lock
            self.timed_out.emit()
        else:
            self._timer.start(self._msecs - idle)


class SessionGuard(QObject):
    """Login at start (when the desk has accounts) and the lock screen after inactivity, for a window.

    ``start()`` after the window is shown: its content stays hidden until someone logs in. A desk
    without accounts yet works as before (the operating-system user acts). ``actor_changed(actor)``
    tells the window who works now (after the first login, or "Đổi người dùng" on the lock screen);
    ``quit_requested`` that the login at start was cancelled.
    """

    actor_changed = Signal(object)
    login_required = Signal()  # at start, before anyone has logged in
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget, ctx: DeskContext, worker: DbWorker, minutes: float | None = None,
                 msecs: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.worker = worker
        wanted = lock_minutes() if minutes is None else minutes
        self.watcher = InactivityWatcher(self, minutes=wanted, msecs=msecs)
        self.watcher.timed_out.connect(self.lock)
        self.dialog: LoginDialog | None = None
        self._focus: QWidget | None = None
        self._covered = False

    def start(self, has_users: bool | None = None) -> None:
        """Ask who works at the desk (when it has accounts), then watch for inactivity.

        ``has_users`` when the caller already knows (read at start-up without the database layer):
        a desk without accounts is then never covered, not even while the database opens.
        """
        if has_users is not None:
            self._accounts_known(has_users)
            return
        self._cover(True)
        self.worker.submit(self._has_users, self._accounts_known, self._check_failed)

    def _has_users(self) -> bool:
        from desk_app.services import users

        return users.has_users(self.ctx)

    def _accounts_known(self, has_users: bool) -> None:
        if has_users:
            self._ask(None)
        else:
            self._cover(False)
            self.watcher.start()  # accounts may be made later: the lock then applies

    def _check_failed(self, exc: BaseException) -> None:
        # The database could not be read: the app's start-up already reports that and ends; keep covered.
        log.error("cannot read the accounts", exc_info=exc)

    def lock(self) -> None:
        """Lock now (inactivity, or a "Khóa màn hình" action) — only when the desk has accounts."""
        if self.dialog is not None:
            return
        self.worker.submit(self._has_users, self._lock_if_accounts, self._check_failed)

    def _lock_if_accounts(self, has_users: bool) -> None:
        if not has_users:
            self.watcher.start()
            return
        if self.dialog is None:
            self._ask(self.ctx.actor.username)

    def is_locked(self) -> bool:
        return self.dialog is not None

    def _ask(self, locked_user: str | None) -> None:
        self.watcher.stop()
        self._cover(True)
        before = self.ctx.actor.username if locked_user else None
        dialog = LoginDialog(self.ctx, self.worker, self.window, locked_user=locked_user)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._finished(dialog, result, before))
        dialog.open()
        if locked_user is None:
            self.login_required.emit()

    def _finished(self, dialog: LoginDialog, result: int, before: str | None) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.actor is None:
            self.quit_requested.emit()
            return
        self._cover(False)
        self.watcher.start()
        if dialog.actor.username != before:
            self.actor_changed.emit(dialog.actor)
        self.unlocked.emit()

    def _cover(self, covered: bool) -> None:
        """Hide (or show again) what the window shows, keeping the cursor where it was."""
        content = self.window.centralWidget() if isinstance(self.window, QMainWindow) else None
        if content is None or covered == self._covered:
            return
        self._covered = covered
        if covered:
            focus = QApplication.focusWidget()
            self._focus = focus if focus is not None and content.isAncestorOf(focus) else None
            content.hide()
        else:
            content.show()
            if self._focus is not None and shiboken6.isValid(self._focus):
                self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus = None

    def is_covered(self) -> bool:
        return self._covered
