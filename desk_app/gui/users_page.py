"""Quản lý tài khoản: the administrator lists the desk's accounts, adds one, resets a password.

Who may do this is decided by the services (``users.require_role``, ``create_user``,
``change_password``); the page only shows their refusals. A clerk or a head who opens it sees why
not, and no list.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, PermissionDenied, ValidationError
from desk_app.gui import messages
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)

ROLE_ORDER = ("clerk", "head", "admin")
MIN_PASSWORD = 8  # users.MIN_PASSWORD; the service checks it again

STYLE = """
QLabel#pageTitle { font-size: 14pt; font-weight: bold; color: #203a5c; }
QLabel#refusal { background: #fdecea; color: #7a1010; border: 1px solid #f1b0ab; border-radius: 4px;
                 padding: 10px; font-weight: bold; }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="hint"] { color: #4a4a4a; }
QLineEdit { padding: 3px; }
"""

Row = tuple[str, str, str, bool]


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class PasswordDialog(QDialog):
    """A new password for an account, typed twice."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đặt lại mật khẩu"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Mật khẩu mới cho tài khoản «{user}». Hãy báo cho người dùng và đề nghị họ "
                               "đổi lại sau khi đăng nhập.").format(user=username))
        intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("ít nhất {n} ký tự").format(n=MIN_PASSWORD))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu mới:"), self.password_edit)
        form.addRow(self.tr("Nhập lại:"), self.repeat_edit)
        ok = QPushButton(self.tr("Đặt mật khẩu"))
        ok.setDefault(True)
        ok.clicked.connect(lambda: self.check_and_accept())
        cancel = QPushButton(self.tr("Hủy"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: to the second field, then set the password (never through the default button twice)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.password_edit:
                self.repeat_edit.setFocus()
            else:
                self.check_and_accept()
            event.accept()
            return
        super().keyPressEvent(event)

    def password(self) -> str:
        return self.password_edit.text()

    def check_and_accept(self) -> None:
        if len(self.password_edit.text()) < MIN_PASSWORD:
            _show(self.error, self.tr("Mật khẩu phải có ít nhất {n} ký tự.").format(n=MIN_PASSWORD))
            self.password_edit.setFocus()
        elif self.password_edit.text() != self.repeat_edit.text():
            _show(self.error, self.tr("Hai lần nhập mật khẩu không giống nhau."))
            self.repeat_edit.setFocus()
        else:
            self.accept()


class UsersPage(QWidget):
    """Accounts of this desk, for administrators. ``changed`` after an account is added."""

    COLUMNS = 4
    changed = Signal()

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.rows: list[Row] = []
        self.refused = ""
        self._loaded = False
        self.setStyleSheet(STYLE)

        title = QLabel(self.tr("Quản lý tài khoản"))
        title.setObjectName("pageTitle")
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                                              self.tr("Trạng thái")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.ask_reset_password())

        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self.ask_reset_password)
        self.refresh_button = QPushButton(self.tr("Tải lại"))
        self.refresh_button.clicked.connect(self.refresh)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.reset_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.refresh_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(list_buttons)

        self.add_box = QGroupBox(self.tr("Thêm tài khoản"))
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("ví dụ: canbo2"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(200)
        self.role_combo = QComboBox()
        for role in ROLE_ORDER:
            self.role_combo.addItem(self.role_label(role), role)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("ít nhất {n} ký tự").format(n=MIN_PASSWORD))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_errors = {key: _error_label() for key in ("username", "full_name", "role", "password", "repeat")}
        self.add_error = _error_label()
        self._add_edits: dict[str, QWidget] = {"username": self.username_edit, "full_name": self.full_name_edit,
                                               "role": self.role_combo, "password": self.password_edit,
                                               "repeat": self.repeat_edit}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (("username", self.tr("Tên đăng nhập *")), ("full_name", self.tr("Họ và tên *")),
                          ("role", self.tr("Vai trò")), ("password", self.tr("Mật khẩu *")),
                          ("repeat", self.tr("Nhập lại mật khẩu *"))):
            field = QVBoxLayout()
            field.setSpacing(2)
            field.addWidget(self._add_edits[key])
            field.addWidget(self.add_errors[key])
            form.addRow(text, field)
        role_hint = QLabel(self.tr("Cán bộ tiếp nhận: tiếp nhận, theo dõi và trả hồ sơ. Lãnh đạo: thêm quyền thay "
                                   "đổi lịch làm việc, xin lỗi quá số lần cho phép, xem nhật ký hệ thống. Quản trị: "
                                   "toàn quyền, kể cả thiết lập đơn vị, danh mục thủ tục và tài khoản."))
        role_hint.setProperty("role", "hint")
        role_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Thêm tài khoản"))
        self.add_button.clicked.connect(self.add_from_form)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(role_hint)
        add_layout.addWidget(self.add_error)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_layout.addLayout(add_row)
        add_layout.addStretch(1)
        self.add_box.setMinimumWidth(380)
        self.add_box.setMaximumWidth(480)
        for edit in (self.username_edit, self.full_name_edit, self.password_edit):
            edit.returnPressed.connect(self.add_box.focusNextChild)
        self.repeat_edit.returnPressed.connect(self.add_from_form)
        for key in ("username", "full_name", "password", "repeat"):
            edit = self._add_edits[key]
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _text, key=key: _show(self.add_errors[key], ""))

        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 1)
        body.addWidget(self.add_box)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.refusal)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)

        self.refresh()

    def role_label(self, role: str) -> str:
        return {"clerk": self.tr("Cán bộ tiếp nhận"), "head": self.tr("Lãnh đạo"),
                "admin": self.tr("Quản trị")}.get(role, role)

    # -- the list ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            self.refresh()  # another user may be logged in since, or accounts added elsewhere

    def actor_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx

        def job() -> list[Row]:
            from desk_app.services import users

            users.require_role(ctx, "admin", action="xem và quản lý tài khoản")
            return users.list_users(ctx)

        self.worker.submit(job, self._show_rows, self._load_failed)

    def _show_rows(self, rows: list[Row]) -> None:
        self._loaded = True
        self._set_refused("")
        selected = self.selected_username()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, (username, full_name, role, active) in enumerate(rows):
            values = (username, full_name, self.role_label(role),
                      self.tr("Đang dùng") if active else self.tr("Đã khóa"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, username)
                self.table.setItem(r, c, item)
            if username == selected:
                self.table.selectRow(r)
        self._selection_changed()

    def _load_failed(self, exc: BaseException) -> None:
        self._loaded = True
        if isinstance(exc, DeskError):
            self.rows = []
            self.table.setRowCount(0)
            self._set_refused(exc.message)
        else:
            self._unexpected(exc)

    def _set_refused(self, message: str) -> None:
        self.refused = message
        self.refusal.setText(message + "\n" + self.tr("Hãy nhờ quản trị viên đăng nhập để thêm tài khoản hoặc đặt "
                                                      "lại mật khẩu.") if message else "")
        self.refusal.setVisible(bool(message))
        self.body.setVisible(not message)  # nothing to show a clerk: no list, no empty form
        self.table.setEnabled(not message)
        self.add_box.setEnabled(not message)
        self._selection_changed()

    def selected_username(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else ""

    def _selection_changed(self) -> None:
        self.reset_button.setEnabled(bool(self.selected_username()) and not self.refused)

    # -- adding an account ---------------------------------------------------------------------------

    def _clear_add_errors(self) -> None:
        for label in self.add_errors.values():
            _show(label, "")
        _show(self.add_error, "")

    def add_from_form(self) -> None:
        """Check what the form can check, then ask the service."""
        self._clear_add_errors()
        problems: dict[str, str] = {}
        if not self.username_edit.text().strip():
            problems["username"] = self.tr("Hãy nhập tên đăng nhập.")
        if not self.full_name_edit.text().strip():
            problems["full_name"] = self.tr("Hãy nhập họ và tên.")
        if len(self.password_edit.text()) < MIN_PASSWORD:
            problems["password"] = self.tr("Mật khẩu phải có ít nhất {n} ký tự.").format(n=MIN_PASSWORD)
        elif self.password_edit.text() != self.repeat_edit.text():
            problems["repeat"] = self.tr("Hai lần nhập mật khẩu không giống nhau.")
        if problems:
            for key, message in problems.items():
                _show(self.add_errors[key], message)
            self._add_edits[next(iter(problems))].setFocus()
            return
        self.add_user(self.username_edit.text(), self.full_name_edit.text(), str(self.role_combo.currentData()),
                      self.password_edit.text())

    def add_user(self, username: str, full_name: str, role: str, password: str) -> None:
        ctx = self.ctx
        self.add_button.setEnabled(False)

        def job() -> object:
            from desk_app.services import users

            return users.create_user(ctx, username, full_name, role, password)

        self.worker.submit(job, self._added, self._add_failed)

    def _added(self, actor: object) -> None:
        self.add_button.setEnabled(True)
        username = getattr(actor, "username", "")
        for edit in (self.username_edit, self.full_name_edit, self.password_edit, self.repeat_edit):
            edit.clear()
        self.role_combo.setCurrentIndex(0)
        messages.info(self, self.tr("Đã thêm tài khoản"),
                      self.tr("Đã tạo tài khoản «{user}» ({role}).").format(
                          user=username, role=self.role_label(getattr(actor, "role", ""))))
        self.changed.emit()
        self.refresh()

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, message in exc.errors.items():
                _show(self.add_errors.get(key, self.add_error), message)
        elif isinstance(exc, PermissionDenied):
            messages.warn(self, self.tr("Không được phép"), exc.message)
        elif isinstance(exc, DeskError):
            messages.error(self, self.tr("Chưa thêm được tài khoản"), exc.message)
        else:
            self._unexpected(exc)

    # -- resetting a password ------------------------------------------------------------------------

    def ask_reset_password(self) -> None:
        username = self.selected_username()
        if not username or self.refused:
            return
        dialog = PasswordDialog(username, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reset_password(username, dialog.password())
        dialog.deleteLater()

    def reset_password(self, username: str, password: str) -> None:
        ctx = self.ctx

        def job() -> None:
            from desk_app.services import users

            users.change_password(ctx, username, password)

        self.worker.submit(job, lambda _none: messages.info(
            self, self.tr("Đã đặt lại mật khẩu"),
            self.tr("Mật khẩu của «{user}» đã được đặt lại; các lần đăng nhập sai trước đó được xóa.").format(
                user=username)), self._reset_failed)

    def _reset_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            messages.warn(self, self.tr("Không được phép"), exc.message)
        elif isinstance(exc, DeskError):
            messages.error(self, self.tr("Chưa đặt lại được mật khẩu"), exc.message)
        else:
            self._unexpected(exc)

    def _unexpected(self, exc: BaseException) -> None:
        log.error("accounts page: unexpected error", exc_info=exc)
        sys.excepthook(type(exc), exc, exc.__traceback__)
