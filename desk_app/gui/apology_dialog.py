"""The apology letter (Mẫu 04): why the dossier is late, the new appointment, who signs.

The new appointment is either an extension (N working days, hours or days, computed by the
apology service from the later of now and the current appointment) or typed. On save the service
records the apology, then the letter opens in the PDF preview. A refusal of the service (not late
nor about to be, beyond the re-appointment limit, a new date too early) is shown in Vietnamese and
nothing changes.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.dossier import Dossier
from desk_app.domain.errors import DeskError
from desk_app.domain.office import OfficeSettings
from desk_app.domain.units import DurationUnit
from desk_app.gui import messages
from desk_app.gui.dossier_model import LATE_FOREGROUND, format_moment_long, time_marker
from desk_app.gui.labels import unit_label
from desk_app.gui.worker import DbWorker
from desk_app.services import apology, printing, queries
from desk_app.services.context import DeskContext

EXTENSION_UNITS = (DurationUnit.WORKING_DAYS, DurationUnit.WORKING_HOURS, DurationUnit.CALENDAR_DAYS)
DEFAULT_EXTENSION = 3


FILE_NAMES = {
    "receipt": "giay-tiep-nhan",
    "supplement": "phieu-yeu-cau-bo-sung",
    "refusal": "phieu-tu-choi",
    "apology": "van-ban-xin-loi",
    "stop": "thong-bao-dung-xu-ly",
    "control": "phieu-kiem-soat",
}


def open_pdf_preview(pdf: bytes, title: str, parent: QWidget | None, paper: str = "A5",
                     code: str = "", form: str = "") -> QWidget:
    """Show a printed form in the app's shared preview (loaded on first use: QtPdf is heavy)."""
    from desk_app.gui.receipt_preview import PdfPreviewDialog

    file_name = f"{code}-{FILE_NAMES.get(form, 'bieu-mau')}.pdf" if code else "bieu-mau.pdf"
    preview = PdfPreviewDialog(pdf, title, paper=paper, file_name=file_name, parent=parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview


class ApologyDialog(QDialog):
    apologized = Signal(str)  # code, after the apology is recorded

    def __init__(self, ctx: DeskContext, worker: DbWorker, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.code = code.strip().upper()
        self.dossier: Dossier | None = None
        self.proposed: datetime | None = None
        self.preview: QWidget | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Xin lỗi, hẹn lại ngày trả kết quả — %1").replace("%1", self.code))
        self._build()
        ctx_, code_ = self.ctx, self.code
        self.worker.submit(lambda: (queries.show(ctx_, code_), ctx_.office()), self._loaded, self._load_failed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.code)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Ví dụ: Cần xác minh thêm thông tin tại nơi cư trú trước đây"))
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("Lý do chậm trễ (bắt buộc):"), self.reason)

        due_box = QGroupBox(self.tr("Hẹn trả kết quả mới"))
        grid = QGridLayout(due_box)
        self.by_extension = QRadioButton(self.tr("Gia hạn thêm"))
        self.by_date = QRadioButton(self.tr("Chọn ngày giờ"))
        group = QButtonGroup(self)
        group.addButton(self.by_extension)
        group.addButton(self.by_date)
        self.by_extension.setChecked(True)
        self.extra = QSpinBox()
        self.extra.setRange(1, 365)
        self.extra.setValue(DEFAULT_EXTENSION)
        self.unit = QComboBox()
        for unit in EXTENSION_UNITS:
            self.unit.addItem(unit_label(unit), unit.value)
        self.computed = QLabel()
        self.computed.setMinimumWidth(260)
        self.new_due = QDateTimeEdit()
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.new_due.setCalendarPopup(True)
        self.new_due.setEnabled(False)
        grid.addWidget(self.by_extension, 0, 0)
        grid.addWidget(self.extra, 0, 1)
        grid.addWidget(self.unit, 0, 2)
        grid.addWidget(self.computed, 1, 1, 1, 3)
        grid.addWidget(self.by_date, 2, 0)
        grid.addWidget(self.new_due, 2, 1, 1, 2)
        grid.setColumnStretch(3, 1)
        layout.addWidget(due_box)

        signer_box = QGroupBox(self.tr("Người ký văn bản"))
        signer = QFormLayout(signer_box)
        self.signatory = QLineEdit()
        self.signatory_title = QLineEdit()
        self.deputy = QCheckBox(self.tr("Cấp phó ký thay (in «KT.» trước chức vụ)"))
        signer.addRow(self.tr("Họ và tên:"), self.signatory)
        signer.addRow(self.tr("Chức vụ:"), self.signatory_title)
        signer.addRow("", self.deputy)
        layout.addWidget(signer_box)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {LATE_FOREGROUND.name()};")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Lưu và xem văn bản (Mẫu 04)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.extra.valueChanged.connect(self.propose)
        self.unit.currentIndexChanged.connect(self.propose)
        self.by_extension.toggled.connect(self._mode_changed)
        self.setMinimumWidth(600)

    # ---- loading ---------------------------------------------------------------------------

    def _load_failed(self, error: BaseException) -> None:
        messages.error(self, self.tr("Không mở được hồ sơ"), _message(error))
        self.reject()

    def _loaded(self, result: tuple[Dossier, OfficeSettings]) -> None:
        dossier, office = result
        self.dossier = dossier
        _state, marker = time_marker(dossier.status, dossier.due_at, self.ctx.now())
        due = format_moment_long(dossier.due_at) + (f" — <b>{marker}</b>" if marker else "")
        lines = [f"<b>{dossier.code}</b> — {html.escape(dossier.applicant.name)}", html.escape(dossier.procedure_name),
                 self.tr("Hẹn trả hiện tại: %1").replace("%1", due)]
        if dossier.original_due_at != dossier.due_at:
            lines.append(self.tr("Hẹn trả ban đầu: %1").replace("%1", format_moment_long(dossier.original_due_at)))
        if dossier.apologies:
            lines.append(self.tr("Đã hẹn lại %n lần.", "", len(dossier.apologies)))
        self.heading.setText("<br>".join(lines))
        self.signatory.setText(office.head_name)
        self.signatory_title.setText(office.head_title)
        now = QDateTime(self.ctx.now())
        self.new_due.setMinimumDateTime(now)
        self.new_due.setDateTime(QDateTime(max(dossier.due_at, self.ctx.now())))
        self.save_button.setEnabled(True)
        self.propose()
        self.reason.setFocus()

    def _mode_changed(self, by_extension: bool) -> None:
        self.extra.setEnabled(by_extension)
        self.unit.setEnabled(by_extension)
        self.computed.setEnabled(by_extension)
        self.new_due.setEnabled(not by_extension)
        if not by_extension:
            self.new_due.setFocus()

    def selected_unit(self) -> DurationUnit:
        return DurationUnit(self.unit.currentData())

    def propose(self) -> None:
        """Compute the appointment for the extension chosen (the calendar lives in the service)."""
        if self.dossier is None:
            return
        ctx, code, extra, unit = self.ctx, self.code, self.extra.value(), self.selected_unit()

        def done(moment: datetime) -> None:
            if (extra, unit) != (self.extra.value(), self.selected_unit()):
                return  # the clerk changed it again meanwhile; a newer answer is on its way
            self.proposed = moment
            self.computed.setText(self.tr("→ Hẹn trả mới: %1").replace("%1", format_moment_long(moment)))
            if self.by_extension.isChecked():
                self.new_due.setDateTime(QDateTime(moment))

        def failed(error: BaseException) -> None:
            self.proposed = None
            self.computed.setText(_message(error))

        self.worker.submit(lambda: apology.propose_new_due(ctx, code, extra, unit), done, failed)

    def new_due_at(self) -> datetime | None:
        if self.by_extension.isChecked():
            return self.proposed
        return self.new_due.dateTime().toPython()

    # ---- saving ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        if self.dossier is None or self._saving:
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_error(self.tr("Cần ghi rõ lý do chậm trễ: văn bản xin lỗi gửi người dân nêu lý do này."))
            self.reason.setFocus()
            return
        new_due_at = self.new_due_at()
        if new_due_at is None:
            self.show_error(self.tr("Chưa tính được ngày hẹn trả mới: kiểm tra thời gian gia hạn."))
            return
        self.show_error("")
        ctx, code = self.ctx, self.code
        signatory, title, deputy = self.signatory.text(), self.signatory_title.text(), self.deputy.isChecked()

        def run() -> Dossier:
            return apology.apologize(ctx, code, reason, new_due_at, signatory=signatory, signatory_title=title,
                                     deputy=deputy)

        self._saving = True
        self.save_button.setEnabled(False)
        self.worker.submit(run, self._saved, self._refused)

    def _saved(self, dossier: Dossier) -> None:
        self._saving = False
        self.dossier = dossier
        self.apologized.emit(self.code)
        ctx, code = self.ctx, self.code
        self.worker.submit(lambda: (printing.print_form(ctx, "apology", code), ctx.office().paper),
                           self._print_ready, self._print_failed)

    def _print_ready(self, result: tuple[bytes, str]) -> None:
        pdf, paper = result
        parent = self.parentWidget() or self
        title = self.tr("Văn bản xin lỗi (Mẫu 04) — %1").replace("%1", self.code)
        self.preview = open_pdf_preview(pdf, title, parent, paper=paper, code=self.code, form="apology")
        self.accept()

    def _print_failed(self, error: BaseException) -> None:
        messages.error(self, self.tr("Đã lưu văn bản xin lỗi nhưng chưa in được"), _message(error))
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        messages.error(self, self.tr("Không lưu được văn bản xin lỗi"), _message(error))


def _message(error: BaseException) -> str:
    if isinstance(error, DeskError):
        return error.message
    return str(error) or error.__class__.__name__
