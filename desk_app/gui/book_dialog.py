"""Sổ theo dõi hồ sơ (Mẫu 07) for a period: previewed and printed as PDF, or saved as Excel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from desk_app.domain.errors import DeskError
from desk_app.gui import messages
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.services.context import DeskContext


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BookDialog(QDialog):
    """Choose the period; "Xem và in" opens the PDF preview, "Xuất Excel…" saves a workbook."""

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.preview: QDialog | None = None
        self.setWindowTitle(self.tr("Sổ theo dõi hồ sơ (Mẫu 07)"))
        today = ctx.now().date()
        self.date_from = QDateEdit(_qdate(today.replace(day=1)), self)
        self.date_to = QDateEdit(_qdate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Xem và in (PDF)"), self)
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))  # Qt has no Vietnamese
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Từ ngày"), self.date_from)
        layout.addRow(self.tr("Đến ngày"), self.date_to)
        layout.addRow(self.status)
        layout.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def _failed(self, exc: BaseException) -> None:
        text = exc.message if isinstance(exc, DeskError) else str(exc)
        self.status.setText(text)
        messages.warn(self, self.windowTitle(), text)

    def show_pdf(self) -> None:
        from desk_app.services import printing

        date_from, date_to = self.period()
        ctx = self.ctx

        def shown(pdf: bytes) -> None:
            from desk_app.gui.receipt_preview import PdfPreviewDialog

            self.status.setText("")
            self.preview = PdfPreviewDialog(pdf, self.windowTitle(), paper="A4",
                                            file_name=f"so-theo-doi-{date_from:%Y%m%d}-{date_to:%Y%m%d}.pdf",
                                            parent=self)
            self.preview.open()

        self.worker.submit(lambda: printing.print_book(ctx, date_from, date_to), shown, self._failed)

    def save_xlsx(self) -> None:
        from desk_app.services import printing

        date_from, date_to = self.period()
        path = messages.save_file(self, self.tr("Xuất sổ theo dõi ra Excel"),
                                  f"so-theo-doi-{date_from:%Y%m%d}-{date_to:%Y%m%d}.xlsx",
                                  self.tr("Tệp Excel (*.xlsx)"))
        if path is None:
            return
        ctx = self.ctx

        def saved(output: object) -> None:
            self.status.setText(self.tr("Đã lưu {file}").format(file=output))

        self.worker.submit(lambda: printing.book_xlsx(ctx, date_from, date_to, path), saved, self._failed)
