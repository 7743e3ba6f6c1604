"""The first administrator account, made right after the first-run setup.

The administrator then makes the accounts of the clerks and heads (Quản lý tài khoản). The dialog
checks what it can next to each field (two passwords that match, at least 8 characters) and
``users.create_user`` checks the rest; its refusals show next to the field they concern.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.services.context import Actor, DeskContext

log = logging.getLogger(__name__)

MIN_PASSWORD = 8  # users.MIN_PASSWORD; the service checks it again

STYLE = """
QLabel#dialogTitle { font-size: 14pt; font-weight: bold; color: #203a5c; }
QLabel[role="hint"] { color: #4a4a4a; }
QLabel[role="error"] { color: #b3261e; }
QLineEdit { padding: 4px; min-height: 22px; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }
"""


def _flag(widget: QWidget, name: str, value: bool) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class FirstAdminDialog(QDialog):
    """Tạo tài khoản quản trị đầu tiên. After ``accept()``, ``actor`` (and ``ctx.actor``) is that account."""

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.actor: Actor | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Tài khoản quản trị — Bộ phận Một cửa"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Tạo tài khoản quản trị đầu tiên"))
        title.setObjectName("dialogTitle")
        hint = QLabel(self.tr(
            "Tài khoản quản trị tạo tài khoản cho cán bộ tiếp nhận và lãnh đạo, đặt lại mật khẩu khi có "
            "người quên. Từ nay mỗi lần mở ứng dụng đều phải đăng nhập. Hãy ghi nhớ mật khẩu này và cất "
            "giữ nơi an toàn."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("ví dụ: quantri"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(200)
        self.full_name_edit.setPlaceholderText(self.tr("ví dụ: Nguyễn Văn An"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("ít nhất {n} ký tự").format(n=MIN_PASSWORD))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.errors: dict[str, QLabel] = {}
        self._edits = {"username": self.username_edit, "full_name": self.full_name_edit,
                       "password": self.password_edit, "repeat": self.repeat_edit}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (("username", self.tr("Tên đăng nhập *")), ("full_name", self.tr("Họ và tên *")),
                          ("password", self.tr("Mật khẩu *")), ("repeat", self.tr("Nhập lại mật khẩu *"))):
            error = QLabel()
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            field = QVBoxLayout()
            field.setSpacing(2)
            field.addWidget(self._edits[key])
            field.addWidget(error)
            form.addRow(text, field)
            self._edits[key].textEdited.connect(lambda _text, key=key: self.show_error(key, ""))
        self.general_error = QLabel()
        self.general_error.setProperty("role", "error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.create_button = QPushButton(self.tr("Tạo tài khoản"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(lambda: self.save())
        self.later_button = QPushButton(self.tr("Để sau"))
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(self.tr("Chưa có tài khoản nào thì ai dùng máy này cũng có toàn quyền."))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self.username_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field; in the last one it creates the account."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus in (self.username_edit, self.full_name_edit, self.password_edit):
                self.focusNextChild()
            elif focus is self.later_button:
                self.reject()
            else:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_error(self, key: str, message: str) -> None:
        label = self.errors.get(key, self.general_error)
        label.setText(message)
        label.setVisible(bool(message))
        if key in self._edits:
            _flag(self._edits[key], "invalid", bool(message))

    def clear_errors(self) -> None:
        for key in self.errors:
            self.show_error(key, "")
        self.show_error("", "")

    def check(self) -> bool:
        """What the dialog itself can tell before asking the service; False shows the problems."""
        self.clear_errors()
        problems = {}
        if not self.username_edit.text().strip():
            problems["username"] = self.tr("Hãy nhập tên đăng nhập (chữ không dấu, số, dấu chấm, gạch dưới).")
        if not self.full_name_edit.text().strip():
            problems["full_name"] = self.tr("Hãy nhập họ và tên của người quản trị.")
        password = self.password_edit.text()
        if len(password) < MIN_PASSWORD:
            problems["password"] = self.tr("Mật khẩu phải có ít nhất {n} ký tự.").format(n=MIN_PASSWORD)
        elif password != self.repeat_edit.text():
            problems["repeat"] = self.tr("Hai lần nhập mật khẩu không giống nhau.")
        for key, message in problems.items():
            self.show_error(key, message)
        if problems:
            self._edits[next(iter(problems))].setFocus()
        return not problems

    def save(self) -> None:
        if self._saving or not self.check():
            return
        self._saving = True
        self.create_button.setEnabled(False)
        ctx = self.ctx
        username = self.username_edit.text().strip()
        full_name = self.full_name_edit.text().strip()
        password = self.password_edit.text()

        def job() -> Actor:
            from desk_app.services import users

            return users.create_user(ctx, username, full_name, "admin", password)

        self.worker.submit(job, self._created, self._failed)

    def _created(self, actor: Actor) -> None:
        self._saving = False
        self.create_button.setEnabled(True)
        self.actor = actor
        self.ctx.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, message in exc.errors.items():
                self.show_error(key if key in self._edits else "", message)
            first = next(iter(exc.errors))
            if first in self._edits:
                self._edits[first].setFocus()
        elif isinstance(exc, DeskError):
            self.show_error("", exc.message)
        else:
            log.error("creating the first administrator failed", exc_info=exc)
            self.show_error("", self.tr("Chưa tạo được tài khoản do lỗi không mong đợi; chi tiết đã ghi vào "
                                        "nhật ký lỗi."))
            sys.excepthook(type(exc), exc, exc.__traceback__)
