"""Preview, print or save any printed form given as PDF bytes (receipt, supplement request, apology…).

    dialog = PdfPreviewDialog(pdf_bytes, "Giấy tiếp nhận hồ sơ — H21.17-251124-1001", paper="A5",
                              file_name="H21.17-251124-1001-giay-tiep-nhan.pdf", parent=window)
    dialog.show()

Printing renders each PDF page with QPdfDocument at the printer's resolution (capped, so an old PC
does not run out of memory) and paints it onto the QPrinter, on A5 or A4 as the office prints.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import messages

MAX_PRINT_DPI = 300  # an A4 page at 300 dpi is 35 MB of pixels: enough for text, fine on an old PC


class PdfPreviewDialog(QDialog):
    """A PDF shown page under page, with "In…", "Lưu PDF…" and "Đóng"."""

    def __init__(self, pdf: bytes, title: str, paper: str = "A5", file_name: str = "bieu-mau.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.title = title
        self.paper = paper.upper() if paper else "A5"
        self.file_name = file_name
        self.setWindowTitle(title)
        self.setModal(False)

        # QPdfDocument reads from the device for as long as it is open: keep the bytes and buffer alive.
        self._data = QByteArray(self.pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(16)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.heading.setText(title)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.setToolTip(self.tr("In ra máy in (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._fit_to_screen(parent)
        self._show_page_count()
        self.document.statusChanged.connect(self._status_changed)
        self.print_button.setFocus()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = min(900, int(screen.width() * 0.9))
        height = min(int(screen.height() * 0.92), 1000)
        self.resize(width, height)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        # Also emitted (Unloading, Null) while the dialog is being destroyed: touch nothing then.
        if status in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            self._show_page_count()

    def _show_page_count(self) -> None:
        if self.document.status() == QPdfDocument.Status.Error:
            self._say(self.tr("Không hiển thị được tệp PDF (lỗi: {error}). Vẫn có thể lưu tệp.").format(
                error=self.document.error().name), error=True)
            self.print_button.setEnabled(False)
            return
        if self.page_count():
            self._say(self.tr("{count} trang, khổ {paper}").format(count=self.page_count(), paper=self.paper))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    # -- printing ------------------------------------------------------------------------------------

    def page_size(self) -> QPageSize:
        return QPageSize(QPageSize.PageSizeId.A4 if self.paper == "A4" else QPageSize.PageSizeId.A5)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.page_size())
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setDocName(self.title)
        printer.setFromTo(1, max(1, self.page_count()))
        return printer

    def _printers_available(self) -> bool:
        return bool(QPrinterInfo.availablePrinters())

    def _ask_print_options(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.page_count()))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> bool:
        """Ask for the printer and print; says clearly when there is none or the clerk cancels."""
        if not self.page_count():
            messages.warn(self, self.tr("Chưa in được"), self.tr("Tệp PDF không có trang nào để in."))
            return False
        if not self._printers_available():
            messages.warn(self, self.tr("Không có máy in"),
                          self.tr("Máy tính này chưa cài đặt máy in nào.\n\nHãy cài đặt hoặc bật máy in rồi bấm "
                                  "«In…» lại, hoặc bấm «Lưu PDF…» để lưu tệp và in ở máy khác."))
            self._say(self.tr("Chưa in: không tìm thấy máy in."), error=True)
            return False
        printer = self.make_printer()
        if not self._ask_print_options(printer):
            self._say(self.tr("Đã hủy lệnh in; biểu mẫu chưa được in."))
            return False
        if self.render_to_printer(printer):
            self._say(self.tr("Đã gửi {count} trang tới máy in {printer}.").format(
                count=len(self._pages_for(printer)), printer=printer.printerName() or ""))
            return True
        return False

    def _pages_for(self, printer: QPrinter) -> list[int]:
        count = self.page_count()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        return list(range(first - 1, last))

    def render_to_printer(self, printer: QPrinter) -> bool:
        """Paint the pages onto ``printer`` (any QPagedPaintDevice set up by :meth:`make_printer`)."""
        painter = QPainter()
        if not painter.begin(printer):
            messages.error(self, self.tr("Chưa in được"),
                           self.tr("Máy in «{printer}» chưa sẵn sàng (hết giấy, chưa bật hoặc mất kết nối). "
                                   "Hãy kiểm tra máy in rồi thử lại.").format(printer=printer.printerName()))
            self._say(self.tr("Chưa in: máy in chưa sẵn sàng."), error=True)
            return False
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            resolution = printer.resolution()
            dpi = min(resolution, MAX_PRINT_DPI)
            area = printer.pageLayout().fullRectPixels(resolution)
            copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
            first = True
            for _copy in range(copies):
                for page in self._pages_for(printer):
                    if not first:
                        printer.newPage()
                    first = False
                    self._paint_page(painter, page, dpi, resolution, QSizeF(area.width(), area.height()))
        finally:
            painter.end()
        return True

    def _paint_page(self, painter: QPainter, page: int, dpi: int, resolution: int, area: QSizeF) -> None:
        points = self.document.pagePointSize(page)
        image = self.document.render(page, QSize(round(points.width() / 72 * dpi),
                                                 round(points.height() / 72 * dpi)))
        natural = QSizeF(points.width() / 72 * resolution, points.height() / 72 * resolution)
        scale = min(1.0, area.width() / natural.width(), area.height() / natural.height())
        size = natural * scale
        origin = QPointF((area.width() - size.width()) / 2, 0 if scale == 1.0 else (area.height() - size.height()) / 2)
        painter.drawImage(QRectF(origin, size), image)

    # -- saving --------------------------------------------------------------------------------------

    def save_pdf(self) -> bool:
        path = messages.save_file(self, self.tr("Lưu PDF"), self.file_name, self.tr("Tệp PDF (*.pdf)"))
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            messages.error(self, self.tr("Chưa lưu được tệp"),
                           self.tr("Không ghi được tệp {path}: {reason}.").format(path=path,
                                                                                reason=exc.strerror or exc))
            return False
        self._say(self.tr("Đã lưu {path}").format(path=path))
        return True


ReceiptPreview = PdfPreviewDialog
