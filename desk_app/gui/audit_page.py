"""Nhật ký hệ thống: who did what and when, for heads of office; integrity check, backup and restore.

The trail is read through ``audit.entries`` (heads and administrators only: a clerk sees the
service's refusal). "Kiểm tra toàn vẹn" runs ``maintenance.check`` — SQLite's integrity check and
the audit hash chain — and names the first broken entry. "Sao lưu ngay…" writes a consistent copy
to a folder of the user's choice (a USB stick); "Khôi phục…" replaces the desk's data with a copy
after a confirmation, and the app must then restart (``restart_required``).
"""

from __future__ import annotations

import logging
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from desk_app.domain.errors import DeskError, PermissionDenied
from desk_app.gui import messages
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.services.audit import AuditRow
    from desk_app.services.context import DeskContext
    from desk_app.services.maintenance import CheckReport

log = logging.getLogger(__name__)

LIMIT = 500
BACKUP_FILTER = "*.sqlite3 *.db"

STYLE = """
QLabel#pageTitle { font-size: 14pt; font-weight: bold; color: #203a5c; }
QLabel#refusal { background: #fdecea; color: #7a1010; border: 1px solid #f1b0ab; border-radius: 4px;
                 padding: 10px; font-weight: bold; }
QLabel#checkResult { border-radius: 4px; padding: 8px; }
QLabel#checkResult[state="ok"] { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; }
QLabel#checkResult[state="broken"] { background: #fdecea; color: #7a1010; border: 1px solid #f1b0ab;
                                     font-weight: bold; }
QLabel#checkResult[state="busy"] { background: #f3f3f3; color: #4a4a4a; border: 1px solid #d0d0d0; }
QLabel#footer { color: #4a4a4a; }
"""


def _set_state(label: QLabel, state: str) -> None:
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


def _when(value: object) -> str:
    if isinstance(value, str) and len(value) >= 16 and value[4] == "-" and "T" in value:
        try:
            return datetime.fromisoformat(value).strftime("%H:%M %d/%m/%Y")
        except ValueError:
            return value
    return str(value)


class AuditPage(QWidget):
    """The audit trail with filters; integrity check, backup and restore. ``restart_required`` after a restore."""

    restart_required = Signal()
    COLUMNS = 6
    ID, TIME, USER, ACTION, TARGET, DETAILS = range(COLUMNS)

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.rows: list[AuditRow] = []
        self.refused = ""
        self.last_report: CheckReport | None = None
        self.broken_id: int | None = None
        self._loaded = False
        self._restored = False
        self.setStyleSheet(STYLE)

        title = QLabel(self.tr("Nhật ký hệ thống"))
        title.setObjectName("pageTitle")
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        today = ctx.now().date()
        self._built_on = today
        start = today - timedelta(days=6)
        self.date_from = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("Tất cả"), "")
        self.user_combo.setMinimumContentsLength(14)
        self.action_combo = QComboBox()
        for text, prefix in self.action_kinds():
            self.action_combo.addItem(text, prefix)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("mã hồ sơ"))
        self.target_edit.setToolTip(self.tr("Mã hồ sơ, hoặc phần đầu của mã"))
        self.target_edit.setClearButtonEnabled(True)
        self.target_edit.setMaximumWidth(200)
        self.target_edit.returnPressed.connect(self.refresh)
        self.show_button = QPushButton(self.tr("Xem"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Từ ngày"), self.date_from), (self.tr("đến"), self.date_to),
                             (self.tr("Người dùng"), self.user_combo), (self.tr("Thao tác"), self.action_combo),
                             (self.tr("Hồ sơ"), self.target_edit)):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.show_button)
        filters.addStretch(1)

        self.check_button = QPushButton(self.tr("Kiểm tra toàn vẹn"))
        self.check_button.setToolTip(self.tr("Kiểm tra tệp dữ liệu và chuỗi nhật ký: một bản ghi bị sửa hay xóa "
                                             "sẽ được chỉ ra."))
        self.check_button.clicked.connect(self.run_check)
        self.backup_button = QPushButton(self.tr("Sao lưu ngay…"))
        self.backup_button.setToolTip(self.tr("Chép toàn bộ dữ liệu vào một thư mục (ví dụ ổ USB)."))
        self.backup_button.clicked.connect(self.ask_backup)
        self.restore_button = QPushButton(self.tr("Khôi phục…"))
        self.restore_button.setToolTip(self.tr("Thay dữ liệu trên máy bằng một bản sao lưu."))
        self.restore_button.clicked.connect(self.ask_restore)
        tools = QHBoxLayout()
        tools.addWidget(self.check_button)
        tools.addSpacing(12)
        tools.addWidget(self.backup_button)
        tools.addWidget(self.restore_button)
        tools.addStretch(1)
        self.check_result = QLabel()
        self.check_result.setObjectName("checkResult")
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_result.hide()

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Số"), self.tr("Thời điểm"), self.tr("Người dùng"),
                                              self.tr("Thao tác"), self.tr("Đối tượng"), self.tr("Chi tiết")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((self.ID, 60), (self.TIME, 150), (self.USER, 170), (self.ACTION, 200),
                              (self.TARGET, 190)):
            header.resizeSection(column, width)
        self.footer = QLabel()
        self.footer.setObjectName("footer")

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(filters)
        body.addLayout(tools)
        body.addWidget(self.check_result)
        body.addWidget(self.table, 1)
        body.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.refusal)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)

        self._load_users()
        self.refresh()

    # -- labels --------------------------------------------------------------------------------------

    def action_kinds(self) -> list[tuple[str, str]]:
        """The action filter: (label, prefix of the action names)."""
        return [
            (self.tr("Tất cả"), ""),
            (self.tr("Tiếp nhận hồ sơ"), "intake"),
            (self.tr("Xử lý hồ sơ"), "event"),
            (self.tr("Văn bản xin lỗi"), "apology"),
            (self.tr("In giấy tờ"), "print"),
            (self.tr("Xuất báo cáo"), "report"),
            (self.tr("Đánh giá"), "feedback"),
            (self.tr("Đăng nhập (cả lần sai)"), "login"),
            (self.tr("Đăng nhập sai"), "login.failed"),
            (self.tr("Tài khoản"), "user"),
            (self.tr("Đồng bộ"), "sync"),
            (self.tr("Sao lưu"), "backup"),
            (self.tr("Thiết lập đơn vị"), "setup"),
            (self.tr("Đổi thiết lập"), "settings"),
            (self.tr("Lịch làm việc"), "calendar"),
            (self.tr("Danh mục thủ tục"), "procedure"),
            (self.tr("Đồng hồ bất thường"), "clock.anomaly"),
        ]

    def action_label(self, row: AuditRow) -> str:
        """What the entry records, in the window's language (the service's Vietnamese when unknown)."""
        exact = {
            "intake": self.tr("Tiếp nhận hồ sơ"), "apology": self.tr("Văn bản xin lỗi"),
            "feedback": self.tr("Đánh giá"), "setup": self.tr("Thiết lập đơn vị"),
            "settings": self.tr("Đổi thiết lập"), "login": self.tr("Đăng nhập"),
            "login.failed": self.tr("Đăng nhập sai"), "backup": self.tr("Sao lưu"),
            "generate": self.tr("Tạo dữ liệu mẫu"), "clock.anomaly": self.tr("Đồng hồ bất thường"),
            "user.create": self.tr("Tạo tài khoản"), "user.password": self.tr("Đặt mật khẩu"),
            "sync.export": self.tr("Xuất gói đồng bộ"), "sync.re_export": self.tr("Xuất lại gói đồng bộ"),
            "sync.reference": self.tr("Nhận gói danh mục"), "procedure.save": self.tr("Sửa thủ tục"),
            "procedure.import": self.tr("Nhập danh mục thủ tục"), "calendar.off": self.tr("Thêm ngày nghỉ"),
            "calendar.work": self.tr("Thêm ngày làm bù"), "calendar.remove": self.tr("Bỏ ngày nghỉ/làm bù"),
        }
        if row.action in exact:
            return exact[row.action]
        head, _, rest = row.action.partition(".")
        if head == "event":
            from desk_app.domain.dossier import EventKind
            from desk_app.gui.labels import event_label

            try:
                kind = event_label(EventKind(rest))
            except ValueError:
                kind = rest
            return self.tr("Xử lý hồ sơ: {kind}").format(kind=kind)
        if head == "print":
            return self.tr("In: {form}").format(form=self.form_label(rest))
        if head == "report":
            return self.tr("Xuất báo cáo ({kind})").format(kind=rest.upper())
        return row.label

    def form_label(self, form: str) -> str:
        return {"receipt": self.tr("Giấy tiếp nhận (Mẫu 01)"), "supplement": self.tr("Yêu cầu bổ sung (Mẫu 02)"),
                "refusal": self.tr("Từ chối tiếp nhận (Mẫu 03)"), "apology": self.tr("Văn bản xin lỗi (Mẫu 04)"),
                "stop": self.tr("Dừng giải quyết (Mẫu 05)"), "control": self.tr("Phiếu kiểm soát (Mẫu 06)"),
                "book": self.tr("Sổ theo dõi (Mẫu 07)")}.get(form, form)

    def details_summary(self, row: AuditRow) -> str:
        """The entry's details in a line: known keys named, times as dd/mm/yyyy, hashes shortened."""
        details: dict[str, Any] = dict(row.details)
        names = {
            "procedure": self.tr("thủ tục"), "received_at": self.tr("nhận lúc"), "due_at": self.tr("hẹn trả"),
            "reason": self.tr("lý do"), "at": self.tr("lúc"), "role": self.tr("vai trò"),
            "attempts": self.tr("lần sai"), "old_due_at": self.tr("hẹn cũ"), "new_due_at": self.tr("hẹn mới"),
            "rows": self.tr("số dòng"), "version": self.tr("phiên bản"), "rating": self.tr("mức"),
            "office_name": self.tr("đơn vị"), "desk": self.tr("quầy"), "count": self.tr("số hồ sơ"),
            "file": self.tr("tệp"), "name": self.tr("tên"), "changed": self.tr("số mục đổi"),
            "message": self.tr("nội dung"), "sealed": self.tr("mã hóa dữ liệu cá nhân"),
        }
        parts: list[str] = []
        if "from_seq" in details and "to_seq" in details:
            parts.append(self.tr("thay đổi số {a}–{b}").format(a=details.pop("from_seq"), b=details.pop("to_seq")))
        if row.action.startswith("event.") and {"from", "to"} <= details.keys():
            details.pop("from")
            details.pop("to")
        if details.get("reason") == "unknown" and row.action == "login.failed":
            details["reason"] = self.tr("không có tài khoản này")
        if "role" in details:
            details["role"] = {"clerk": self.tr("Cán bộ tiếp nhận"), "head": self.tr("Lãnh đạo"),
                               "admin": self.tr("Quản trị")}.get(str(details["role"]), details["role"])
        for key, value in details.items():
            if value in ("", None) or key in ("bytes", "seed", "before", "scale", "source", "level", "unit",
                                              "duration", "central_key", "procedures_changed", "calendar_days"):
                continue
            if key == "sha256":
                parts.append(f"SHA-256 {str(value)[:12]}…")
                continue
            if isinstance(value, bool):
                value = self.tr("có") if value else self.tr("không")
            parts.append(f"{names.get(key, key)}: {_when(value)}")
        return "; ".join(parts)

    # -- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        today = self.ctx.now().date()
        if today > self._built_on and self.date_to.date().toPython() == self._built_on:
            self.date_to.setDate(QDate(today.year, today.month, today.day))  # the app ran past midnight
            self._built_on = today
        if self._loaded and not self._restored:
            self.refresh()

    def actor_changed(self) -> None:
        self._load_users()
        self.refresh()

    def _load_users(self) -> None:
        ctx = self.ctx

        def job() -> list[tuple[str, str, str, bool]]:
            from desk_app.services import users

            return users.list_users(ctx)

        self.worker.submit(job, self._fill_users, lambda exc: log.warning("no account list: %s", exc))

    def _fill_users(self, rows: list[tuple[str, str, str, bool]]) -> None:
        current = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Tất cả"), "")
        for username, full_name, _role, _active in rows:
            self.user_combo.addItem(f"{username} — {full_name}" if full_name else username, username)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.user_combo.blockSignals(False)

    def period(self) -> tuple[date, date]:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        if self._restored:
            return
        ctx = self.ctx
        start, end = self.period()
        actor = str(self.user_combo.currentData() or "")
        action = str(self.action_combo.currentData() or "")
        target = self.target_edit.text().strip()
        self.show_button.setEnabled(False)

        def job() -> list[AuditRow]:
            from desk_app.services import audit

            return audit.entries(ctx, start, end, actor=actor, action=action, target=target, limit=LIMIT)

        self.worker.submit(job, self._show_rows, self._load_failed)

    def _show_rows(self, rows: list[AuditRow]) -> None:
        self._loaded = True
        self.show_button.setEnabled(True)
        self._set_refused("")
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            details = self.details_summary(row)
            values = (str(row.id), row.at.strftime("%d/%m/%Y %H:%M:%S"), row.actor, self.action_label(row),
                      row.target, details)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == self.ID:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c in (self.DETAILS, self.TARGET) and value:
                    item.setToolTip(value)
                self.table.setItem(r, c, item)
        self._mark_broken()
        if not rows:
            self.footer.setText(self.tr("Không có bản ghi nào khớp bộ lọc."))
        elif len(rows) >= LIMIT:
            self.footer.setText(self.tr("Hiển thị {n} bản ghi mới nhất; thu hẹp khoảng ngày hoặc bộ lọc để xem "
                                        "các bản ghi cũ hơn.").format(n=len(rows)))
        else:
            self.footer.setText(self.tr("{n} bản ghi, mới nhất ở trên.").format(n=len(rows)))

    def _load_failed(self, exc: BaseException) -> None:
        self._loaded = True
        self.show_button.setEnabled(True)
        if isinstance(exc, DeskError):
            self.rows = []
            self.table.setRowCount(0)
            self.footer.setText("")
            self._set_refused(exc.message)
        else:
            self._unexpected(exc)

    def _set_refused(self, message: str) -> None:
        self.refused = message
        self.refusal.setText(message)
        self.refusal.setVisible(bool(message))
        self.body.setVisible(not message)
        for widget in (self.table, self.check_button, self.backup_button, self.restore_button):
            widget.setEnabled(not message and not self._restored)

    # -- integrity check -----------------------------------------------------------------------------

    def run_check(self) -> None:
        ctx = self.ctx
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Đang kiểm tra tệp dữ liệu và chuỗi nhật ký…"))
        _set_state(self.check_result, "busy")
        self.check_result.show()

        def job() -> CheckReport:
            from desk_app.services import maintenance, users

            users.require_role(ctx, "head", "admin", action="kiểm tra toàn vẹn dữ liệu")
            return maintenance.check(ctx)

        self.worker.submit(job, self._checked, self._check_failed)

    def _checked(self, report: CheckReport) -> None:
        self.check_button.setEnabled(True)
        self.last_report = report
        stamp = self.ctx.now().strftime("%H:%M %d/%m/%Y")
        if report.ok:
            self.broken_id = None
            self.check_result.setText(self.tr("Kiểm tra lúc {time}: tệp dữ liệu nguyên vẹn, chuỗi nhật ký liền mạch "
                                              "— không có bản ghi nào bị sửa hay xóa.").format(time=stamp))
            _set_state(self.check_result, "ok")
        else:
            problems = []
            if report.integrity != "ok":
                problems.append(self.tr("Tệp dữ liệu bị hỏng: {detail}.").format(detail=report.integrity))
            if report.audit != "ok":
                problems.append(self.tr("Nhật ký hệ thống {detail}.").format(detail=report.audit))
                found = re.search(r"(\d+)", report.audit)
                self.broken_id = int(found.group(1)) if found else None
            text = self.tr("Kiểm tra lúc {time}: PHÁT HIỆN SAI LỆCH. {problems} Hãy báo lãnh đạo và bộ phận kỹ "
                           "thuật; giữ nguyên máy và các bản sao lưu.").format(time=stamp,
                                                                               problems=" ".join(problems))
            self.check_result.setText(text)
            _set_state(self.check_result, "broken")
            messages.error(self, self.tr("Dữ liệu không toàn vẹn"), text)
        self.check_result.show()
        if report.ok:
            self._mark_broken()
        else:
            self.refresh()  # the list as it is stored now, the broken entry marked

    def _mark_broken(self) -> None:
        broken = QBrush(QColor("#f8d7da"))
        for r, row in enumerate(self.rows):
            if row.id == self.broken_id:
                for c in range(self.COLUMNS):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setBackground(broken)
                self.table.scrollToItem(self.table.item(r, 0))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.check_result.hide()
        self._refusal_box(exc, self.tr("Chưa kiểm tra được"))

    # -- backup and restore --------------------------------------------------------------------------

    def ask_backup(self) -> None:
        ctx = self.ctx

        def folder() -> Path:
            from desk_app.services import maintenance, users

            users.require_role(ctx, "head", "admin", action="sao lưu dữ liệu")
            return maintenance.backup_folder(ctx)

        self.worker.submit(folder, self._choose_backup_folder,
                           lambda exc: self._refusal_box(exc, self.tr("Chưa sao lưu được")))

    def _choose_backup_folder(self, suggested: Path) -> None:
        chosen = messages.choose_folder(self, self.tr("Chọn thư mục để chép bản sao lưu (ví dụ ổ USB)"), suggested)
        if chosen is not None:
            self.backup_to(chosen)

    def backup_to(self, folder: Path) -> None:
        ctx = self.ctx
        self.backup_button.setEnabled(False)
        missing = self.tr("Không tìm thấy thư mục {folder} (ổ USB đã rút ra?). Dữ liệu trên máy vẫn an toàn; hãy "
                          "cắm lại ổ hoặc chọn thư mục khác.")

        def job() -> Path:
            from desk_app.services import maintenance, users

            users.require_role(ctx, "head", "admin", action="sao lưu dữ liệu")
            if not folder.is_dir():  # maintenance.backup would take a vanished folder's name for a file name
                raise DeskError(missing.format(folder=folder))
            return maintenance.backup(ctx, folder)

        self.worker.submit(job, self._backed_up, self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        messages.info(self, self.tr("Đã sao lưu"), self.tr("Đã chép toàn bộ dữ liệu vào tệp:\n{file}").format(
            file=path))
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self._refusal_box(exc, self.tr("Chưa sao lưu được"))

    def ask_restore(self) -> None:
        chosen = messages.open_file(self, self.tr("Chọn bản sao lưu để khôi phục"),
                           self.tr("Bản sao lưu ({patterns})").format(patterns=BACKUP_FILTER))
        if chosen is None:
            return
        if not messages.confirm(
                self, self.tr("Khôi phục dữ liệu"),
                self.tr("Toàn bộ dữ liệu trên máy sẽ được thay bằng bản sao lưu «{file}». Những gì ghi sau thời "
                        "điểm sao lưu sẽ không còn trong ứng dụng (dữ liệu hiện tại vẫn được chép giữ lại trong "
                        "thư mục backups). Sau khi khôi phục, ứng dụng cần khởi động lại.\n\nKhôi phục?").format(
                    file=chosen.name),
                yes=self.tr("Khôi phục"), no=self.tr("Hủy")):
            return
        self.restore_from(chosen)

    def restore_from(self, source: Path) -> None:
        ctx = self.ctx
        self.restore_button.setEnabled(False)

        def job() -> Path:
            from desk_app.services import maintenance, users

            users.require_role(ctx, "head", "admin", action="khôi phục dữ liệu")
            return maintenance.restore(ctx, source)

        self.worker.submit(job, lambda _path: self._restored_from(source), self._restore_failed)

    def _restored_from(self, source: Path) -> None:
        self._restored = True
        for widget in (self.show_button, self.check_button, self.backup_button, self.restore_button, self.table):
            widget.setEnabled(False)
        messages.info(self, self.tr("Đã khôi phục"), self.tr(
            "Đã khôi phục dữ liệu từ «{file}». Dữ liệu trước đó được chép giữ lại trong thư mục {folder}.\n\n"
            "Ứng dụng cần khởi động lại: hãy đóng và mở lại ứng dụng trước khi làm việc tiếp.").format(
            file=source.name, folder=self.ctx.data_dir / "backups"))
        self.restart_required.emit()

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self._refusal_box(exc, self.tr("Chưa khôi phục được"))

    # -- errors --------------------------------------------------------------------------------------

    def _refusal_box(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, PermissionDenied):
            messages.warn(self, self.tr("Không được phép"), exc.message)
        elif isinstance(exc, DeskError):
            messages.error(self, title, exc.message)
        else:
            self._unexpected(exc)

    def _unexpected(self, exc: BaseException) -> None:
        log.error("audit page: unexpected error", exc_info=exc)
        sys.excepthook(type(exc), exc, exc.__traceback__)
