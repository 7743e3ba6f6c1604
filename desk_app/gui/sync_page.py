"""Đồng bộ: the desk's packages for the central office, the reference package back, the national layout.

Remote desks have no reliable network: they sync by files (a USB stick, a shared folder, an e-mail
attachment). The page shows how many changes wait to be sent and when the last package went out,
writes the next signed package (``export.export_package``) with a progress bar, re-exports an
earlier range on request, applies the central office's reference package
(``reference.apply_reference``: catalogue, calendar, keys) and writes the dossiers of a period in the
national sync layout (``national.export_desk``) for upload to the provincial system.

The export's progress callback runs on the database worker's thread; a signal of a QObject that
lives on the GUI thread carries it over (a queued connection), so the bar is only touched there.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.gui import messages
from desk_app.gui.labels import count_text
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.office import OfficeSettings
    from desk_app.services.context import DeskContext
    from desk_app.sync.export import ExportResult, SyncStatus

log = logging.getLogger(__name__)

STYLE = """
QLabel#pageTitle { font-size: 14pt; font-weight: bold; color: #203a5c; }
QLabel#pendingCount { font-size: 22pt; font-weight: bold; color: #0b3d91; }
QLabel#pendingCount[zero="true"] { color: #1b5e20; }
QLabel[role="hint"] { color: #4a4a4a; }
QLabel#sealWarning { color: #8a4b00; }
QLabel#lastResult[state="ok"] { color: #1b5e20; font-weight: bold; }
QLabel#lastResult[state="error"] { color: #b3261e; font-weight: bold; }
QGroupBox { font-weight: bold; margin-top: 14px; padding-top: 8px; border: 1px solid #c8ced6; border-radius: 5px; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0 4px;
                   color: #203a5c; }
QGroupBox QLabel, QGroupBox QPushButton, QGroupBox QSpinBox, QGroupBox QComboBox, QGroupBox QDateEdit {
    font-weight: normal; }
"""


@dataclass(frozen=True)
class SyncView:
    """What the page shows, read in one worker job."""

    status: SyncStatus
    office: OfficeSettings
    reference: dict[str, Any]


class _Progress(QObject):
    """Lives on the GUI thread; ``report`` may be called from the worker thread."""

    changed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.changed.emit(int(done), int(total))


def _set_flag(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _n(value: int) -> str:
    """Digit grouping of the language shown: 12.345 in Vietnamese, 12,345 in English."""
    return count_text(value)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class SyncPage(QWidget):
    """Đồng bộ. ``reference_applied(version)`` after a reference package changed the catalogue/calendar."""

    reference_applied = Signal(int)

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.view: SyncView | None = None
        self.last_result: ExportResult | None = None
        self._busy = False
        self._loaded = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.setStyleSheet(STYLE)

        title = QLabel(self.tr("Đồng bộ với cơ quan trung tâm"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Máy không cần mạng: thay đổi của quầy được ghi vào một tệp gói (đã ký) để chép "
                               "vào ổ USB hoặc gửi kèm thư điện tử cho cơ quan trung tâm; gói danh mục của trung "
                               "tâm được nhập lại theo cách tương tự."))
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)

        # -- the next package ------------------------------------------------------------------------
        self.pending_label = QLabel("–")
        self.pending_label.setObjectName("pendingCount")
        self.pending_caption = QLabel(self.tr("thay đổi chờ gửi"))
        self.last_export_label = QLabel()
        self.last_export_label.setWordWrap(True)
        self.last_export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal_label = QLabel()
        self.seal_label.setObjectName("sealWarning")
        self.seal_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Xuất gói gửi trung tâm…"))
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(34)
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export_button.clicked.connect(self.ask_export)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("lastResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        count_box = QVBoxLayout()
        count_box.setSpacing(0)
        count_box.addWidget(self.pending_label, 0, Qt.AlignmentFlag.AlignHCenter)
        count_box.addWidget(self.pending_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        info_box = QVBoxLayout()
        info_box.addWidget(self.last_export_label)
        info_box.addWidget(self.seal_label)
        info_box.addStretch(1)
        top_row = QHBoxLayout()
        top_row.addLayout(count_box)
        top_row.addSpacing(20)
        top_row.addLayout(info_box, 1)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.progress, 1)
        export_row.addStretch(0)
        package_box = QGroupBox(self.tr("Gói thay đổi của quầy"))
        package_layout = QVBoxLayout(package_box)
        package_layout.addLayout(top_row)
        package_layout.addLayout(export_row)
        package_layout.addWidget(self.result_label)

        # -- re-export -------------------------------------------------------------------------------
        self.from_spin = QSpinBox()
        self.to_spin = QSpinBox()
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(1, 1)
            spin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))  # 2.250 as in the labels
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(110)
        self.from_spin.valueChanged.connect(lambda value: self.to_spin.setValue(max(value, self.to_spin.value())))
        self.to_spin.valueChanged.connect(lambda value: self.from_spin.setValue(min(value, self.from_spin.value())))
        self.re_export_button = QPushButton(self.tr("Xuất lại…"))
        self.re_export_button.clicked.connect(self.ask_re_export)
        re_hint = QLabel(self.tr("Khi trung tâm báo thiếu một gói (gói bị mất, tệp hỏng): xuất lại đúng khoảng số "
                                 "thay đổi đó. Xuất lại không làm thay đổi số đã gửi."))
        re_hint.setProperty("role", "hint")
        re_hint.setWordWrap(True)
        re_row = QHBoxLayout()
        re_row.addWidget(QLabel(self.tr("Từ số")))
        re_row.addWidget(self.from_spin)
        re_row.addWidget(QLabel(self.tr("đến số")))
        re_row.addWidget(self.to_spin)
        re_row.addWidget(self.re_export_button)
        re_row.addStretch(1)
        re_box = QGroupBox(self.tr("Xuất lại một khoảng đã gửi"))
        re_layout = QVBoxLayout(re_box)
        re_layout.addWidget(re_hint)
        re_layout.addLayout(re_row)
        re_layout.addStretch(1)

        # -- reference package -----------------------------------------------------------------------
        self.reference_label = QLabel()
        self.reference_label.setWordWrap(True)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Nhập gói danh mục từ trung tâm…"))
        self.import_button.clicked.connect(self.ask_import_reference)
        ref_hint = QLabel(self.tr("Danh mục thủ tục, ngày nghỉ, ngày làm bù và khóa của cơ quan trung tâm. Gói cũ "
                                  "hơn, gói của đơn vị khác hoặc gói không đúng chữ ký sẽ bị từ chối."))
        ref_hint.setProperty("role", "hint")
        ref_hint.setWordWrap(True)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.import_button)
        ref_row.addStretch(1)
        self.reference_result = QLabel()
        self.reference_result.setObjectName("lastResult")
        self.reference_result.setWordWrap(True)
        self.reference_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference_result.hide()
        ref_box = QGroupBox(self.tr("Gói danh mục của trung tâm"))
        ref_layout = QVBoxLayout(ref_box)
        ref_layout.addWidget(self.reference_label)
        ref_layout.addWidget(ref_hint)
        ref_layout.addLayout(ref_row)
        ref_layout.addWidget(self.reference_result)
        ref_layout.addStretch(1)

        # -- national layout -------------------------------------------------------------------------
        today = ctx.now().date()
        self.national_from = QDateEdit(QDate(today.year, today.month, 1))
        self.national_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.national_from, self.national_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("JSON"), "json")
        self.format_combo.addItem(self.tr("CSV (mở bằng Excel)"), "csv")
        self.national_button = QPushButton(self.tr("Xuất theo cấu trúc quốc gia…"))
        self.national_button.clicked.connect(self.ask_national_export)
        nat_hint = QLabel(self.tr("Hồ sơ tiếp nhận trong kỳ, theo trường dữ liệu đồng bộ quốc gia (MaHoSo, "
                                  "NgayTiepNhan, NgayHenTra, TrangThaiHoSo…), để tải lên hệ thống của tỉnh."))
        nat_hint.setProperty("role", "hint")
        nat_hint.setWordWrap(True)
        nat_row = QHBoxLayout()
        nat_row.addWidget(QLabel(self.tr("Từ ngày")))
        nat_row.addWidget(self.national_from)
        nat_row.addWidget(QLabel(self.tr("đến ngày")))
        nat_row.addWidget(self.national_to)
        nat_row.addWidget(QLabel(self.tr("Định dạng")))
        nat_row.addWidget(self.format_combo)
        nat_row.addWidget(self.national_button)
        nat_row.addStretch(1)
        nat_box = QGroupBox(self.tr("Xuất dữ liệu theo cấu trúc đồng bộ quốc gia"))
        nat_layout = QVBoxLayout(nat_box)
        nat_layout.addWidget(nat_hint)
        nat_layout.addLayout(nat_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.addWidget(package_box, 0, 0, 1, 2)
        grid.addWidget(re_box, 1, 0)
        grid.addWidget(ref_box, 1, 1)
        grid.addWidget(nat_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(line)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.refresh()

    # -- status --------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded and not self._busy:
            self.refresh()  # intakes since the last look

    def refresh(self) -> None:
        ctx = self.ctx

        def job() -> SyncView:
            from desk_app.sync import export, reference

            return SyncView(export.status(ctx), ctx.office(), reference.reference_status(ctx))

        self.worker.submit(job, self._show_view, self._load_failed)

    def pending(self) -> int:
        return self.view.status.pending if self.view is not None else 0

    def _show_view(self, view: SyncView) -> None:
        self._loaded = True
        self.view = view
        status = view.status
        self.pending_label.setText(_n(status.pending))
        _set_flag(self.pending_label, "zero", status.pending == 0)
        if status.last_export_at is None:
            last = self.tr("Chưa xuất gói nào từ máy này.")
        else:
            last = self.tr("Lần xuất gần nhất: {time}, đến thay đổi số {seq}.\nTệp: {file}").format(
                time=status.last_export_at.strftime("%H:%M %d/%m/%Y"), seq=_n(status.last_exported_seq),
                file=status.last_export_file or "–")
        self.last_export_label.setText(last)
        if status.has_central_key:
            self.seal_label.setText(self.tr("Dữ liệu cá nhân trong gói được mã hóa, chỉ cơ quan trung tâm đọc được."))
        else:
            self.seal_label.setText(self.tr("Máy chưa nhận gói danh mục của trung tâm nên dữ liệu cá nhân trong gói "
                                            "CHƯA được mã hóa: hãy nhập gói danh mục trước, hoặc giữ tệp gói cẩn "
                                            "thận."))
        self.export_button.setToolTip("" if status.pending else self.tr("Không có thay đổi mới kể từ lần xuất trước."))
        sent = max(1, status.last_exported_seq)  # only what already went out is re-exported
        for spin in (self.from_spin, self.to_spin):
            at_end = spin.value() == spin.maximum()
            spin.blockSignals(True)
            spin.setRange(1, sent)
            if spin is self.to_spin and at_end:
                spin.setValue(sent)  # "up to the last sent" unless the clerk chose another end
            spin.blockSignals(False)
        if self.to_spin.value() < self.from_spin.value():
            self.to_spin.setValue(self.from_spin.value())
        self._set_busy(self._busy)
        ref = view.reference
        if ref.get("version"):
            applied = ref.get("applied_at")
            when = datetime.fromisoformat(applied).strftime("%H:%M %d/%m/%Y") if applied else "–"
            self.reference_label.setText(self.tr("Đang dùng gói danh mục phiên bản {version}, nhập lúc {time}.").format(
                version=ref["version"], time=when))
        else:
            self.reference_label.setText(self.tr("Chưa nhập gói danh mục nào của trung tâm."))

    def _load_failed(self, exc: BaseException) -> None:
        self._loaded = True
        if isinstance(exc, DeskError):
            self.last_export_label.setText(self.tr("Không đọc được tình trạng đồng bộ: {error}").format(
                error=exc.message))
        else:
            self._unexpected(exc)

    def _office_tag(self) -> str:
        office = self.view.office if self.view is not None else None
        if office is None or not office.office_id:
            return "chua-thiet-lap"
        return f"{office.office_id}-quay{office.desk}"

    def suggested_name(self, from_seq: int | None = None, to_seq: int | None = None) -> str:
        stamp = self.ctx.now().strftime("%Y%m%d-%H%M")
        if from_seq is not None and to_seq is not None:
            return f"goi-{self._office_tag()}-so{from_seq}-{to_seq}-{stamp}.zip"
        return f"goi-{self._office_tag()}-{stamp}.zip"

    # -- exports -------------------------------------------------------------------------------------

    def ask_export(self) -> None:
        path = messages.save_file(self, self.tr("Lưu gói gửi cơ quan trung tâm"), self.suggested_name(),
                                  self.tr("Gói đồng bộ (*.zip)"))
        if path is not None:
            self.export_to(_with_suffix(path, ".zip"))

    def ask_re_export(self) -> None:
        low, high = self.from_spin.value(), self.to_spin.value()
        path = messages.save_file(self, self.tr("Lưu gói xuất lại"), self.suggested_name(low, high),
                                  self.tr("Gói đồng bộ (*.zip)"))
        if path is not None:
            self.export_to(_with_suffix(path, ".zip"), low, high)

    def export_to(self, path: Path, from_seq: int | None = None, to_seq: int | None = None) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setFormat(self.tr("Đang chuẩn bị…"))
        self.progress.show()
        self.result_label.hide()
        ctx = self.ctx
        progress = self._progress

        def job() -> ExportResult:
            from desk_app.sync import export

            return export.export_package(ctx, path, from_seq, to_seq, progress=progress.report)

        self.worker.submit(job, self._exported, self._export_failed)

    def _show_progress(self, done: int, total: int) -> None:
        total = max(1, total)
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(self.tr("{done} / {total} dòng").format(done=_n(min(done, total)), total=_n(total)))

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.last_result = result
        self._show_progress(result.rows, result.rows)
        kind = self.tr("Đã xuất lại") if result.re_export else self.tr("Đã xuất")
        sealed = self.tr("dữ liệu cá nhân đã mã hóa") if result.sealed else self.tr("dữ liệu cá nhân CHƯA mã hóa")
        text = self.tr("{kind} gói {file}: thay đổi số {a}–{b}, {rows} dòng; {sealed}. Hãy chép tệp này cho cơ "
                       "quan trung tâm.").format(kind=kind, file=result.file, a=_n(result.from_seq),
                                                 b=_n(result.to_seq), rows=_n(result.rows), sealed=sealed)
        self.result_label.setText(text)
        _set_flag(self.result_label, "state", "ok")
        self.result_label.show()
        self.refresh()

    def _export_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.hide()
        self._problem(exc, self.tr("Chưa xuất được gói"))
        self.refresh()

    def ask_national_export(self) -> None:
        start, end = self.national_period()
        fmt = str(self.format_combo.currentData())
        office = self.view.office.office_id if self.view is not None and self.view.office.office_id else "don-vi"
        name = f"dong-bo-quoc-gia-{office}-{start:%Y%m%d}-{end:%Y%m%d}.{fmt}"
        file_filter = self.tr("Tệp CSV (*.csv)") if fmt == "csv" else self.tr("Tệp JSON (*.json)")
        path = messages.save_file(self, self.tr("Lưu dữ liệu theo cấu trúc quốc gia"), name, file_filter)
        if path is not None:
            self.national_export_to(_with_suffix(path, f".{fmt}"), start, end, fmt == "csv")

    def national_period(self) -> tuple[date, date]:
        start, end = self.national_from.date().toPython(), self.national_to.date().toPython()
        return (start, end) if start <= end else (end, start)

    def national_export_to(self, path: Path, start: date, end: date, as_csv: bool) -> None:
        ctx = self.ctx
        self.national_button.setEnabled(False)

        def job() -> int:
            from desk_app.sync import national

            return national.export_desk(ctx, start, end, path, as_csv=as_csv)

        def done(count: int) -> None:
            self.national_button.setEnabled(True)
            messages.info(self, self.tr("Đã xuất"), self.tr(
                "Đã ghi {n} hồ sơ tiếp nhận từ {start} đến {end} vào tệp:\n{file}").format(
                n=count, start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"), file=path))

        def failed(exc: BaseException) -> None:
            self.national_button.setEnabled(True)
            self._problem(exc, self.tr("Chưa xuất được"))

        self.worker.submit(job, done, failed)

    # -- reference package ---------------------------------------------------------------------------

    def ask_import_reference(self) -> None:
        path = messages.open_file(self, self.tr("Chọn gói danh mục của cơ quan trung tâm"),
                         self.tr("Gói danh mục (*.zip);;Mọi tệp (*)"))
        if path is not None:
            self.import_reference(path)

    def import_reference(self, path: Path) -> None:
        ctx = self.ctx
        self.import_button.setEnabled(False)

        def job() -> int:
            from desk_app.sync import reference

            return reference.apply_reference(ctx, path)

        self.worker.submit(job, self._reference_applied, self._reference_refused)

    def _reference_applied(self, version: int) -> None:
        self.import_button.setEnabled(True)
        self.reference_result.setText(self.tr("Đã nhập gói danh mục phiên bản {version}.").format(version=version))
        _set_flag(self.reference_result, "state", "ok")
        self.reference_result.show()
        messages.info(self, self.tr("Đã nhập gói danh mục"), self.tr(
            "Đã nhận gói danh mục phiên bản {version} của cơ quan trung tâm: danh mục thủ tục, lịch nghỉ và "
            "làm bù đã được cập nhật. Từ nay dữ liệu cá nhân trong gói gửi đi được mã hóa.").format(version=version))
        self.refresh()
        self.reference_applied.emit(version)

    def _reference_refused(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._problem(exc, self.tr("Gói danh mục bị từ chối"), self.reference_result)

    # -- state ---------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        view = self.view
        configured = view is not None and view.office.configured
        self.export_button.setEnabled(not busy and configured and self.pending() > 0)
        self.re_export_button.setEnabled(not busy and configured and view is not None
                                         and view.status.last_exported_seq > 0)

    def _problem(self, exc: BaseException, title: str, where: QLabel | None = None) -> None:
        """A refusal or a file problem: under the section it concerns, and in a message box."""
        if isinstance(exc, DeskError):
            text = exc.message
        elif isinstance(exc, OSError):
            text = self.tr("Không đọc hoặc ghi được tệp {file}: {error}").format(
                file=exc.filename or "", error=exc.strerror or exc)
        else:
            self._unexpected(exc)
            return
        label = where if where is not None else self.result_label
        label.setText(text)
        _set_flag(label, "state", "error")
        label.show()
        messages.error(self, title, text)

    def _unexpected(self, exc: BaseException) -> None:
        log.error("sync page: unexpected error", exc_info=exc)
        sys.excepthook(type(exc), exc, exc.__traceback__)
