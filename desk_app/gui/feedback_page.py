"""The office's view of the citizens' ratings, and the button that opens the citizen screen.

The clerk can open the citizen-facing screen (anonymous ratings) and choose where it shows; the
dossier dialog links a rating to a dossier through ``open_citizen_screen(...).start_for_dossier``.
Nothing here lets the clerk rate in the citizen's place. The summary is the service-level figures
of ``feedback.summary`` for a chosen period; the indicators screen draws the charts.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.gui.citizen_screen import CitizenScreen, read_placement, write_placement
from desk_app.gui.labels import group_label, rate_text, scale_label, sipas_label
from desk_app.gui.worker import DbWorker
from desk_app.services import feedback as feedback_service
from desk_app.services.context import DeskContext
from desk_app.services.feedback import FeedbackSummary, Tally

log = logging.getLogger(__name__)

_shared: CitizenScreen | None = None


def open_citizen_screen(ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> CitizenScreen:
    """The one citizen screen of this desk, created on first use, shown on its screen and raised."""
    global _shared
    screen = _shared
    if screen is None or not shiboken6.isValid(screen) or screen.ctx is not ctx:
        if screen is not None and shiboken6.isValid(screen):
            screen.close()
            screen.deleteLater()
        screen = CitizenScreen(ctx, worker, parent)
        _shared = screen
    screen.present()
    return screen


def shared_citizen_screen() -> CitizenScreen | None:
    """The citizen screen if one is open (or was), without creating it."""
    return _shared if _shared is not None and shiboken6.isValid(_shared) else None


def close_citizen_screen() -> None:
    global _shared
    if _shared is not None and shiboken6.isValid(_shared):
        _shared.close()
        _shared.deleteLater()
    _shared = None


def percent(part: int, whole: int) -> str:
    """"12,5%" in Vietnamese, "12.5%" in English."""
    if not whole:
        return "–"
    return rate_text(100 * part / whole)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int) or (isinstance(value, str) and value.endswith("%")):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if table.wordWrap():
        table.resizeRowsToContents()


class FeedbackPage(QWidget):
    """Open the citizen screen; read what citizens said over a period."""

    LOW_COMMENT = 2  # the comment column of the dissatisfied list

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.summary: FeedbackSummary | None = None

        self.open_button = QPushButton(self.tr("Mở màn hình đánh giá"))
        self.open_button.setToolTip(self.tr("Mở màn hình hướng về người dân (đánh giá không gắn hồ sơ). "
                                            "Để gắn với một hồ sơ, mở từ hồ sơ đó."))
        self.open_button.clicked.connect(self.open_screen)
        self.screen_combo = QComboBox()
        self.full_screen_box = QCheckBox(self.tr("Toàn màn hình"))
        self.screen_combo.activated.connect(lambda _i: self._placement_changed())
        self.full_screen_box.toggled.connect(lambda _on: self._placement_changed())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #7a1010;")
        self.status.hide()

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Hiển thị trên:")))
        top.addWidget(self.screen_combo)
        top.addWidget(self.full_screen_box)
        top.addStretch(1)

        today = ctx.now().date()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.preset = QComboBox()
        for text, key in ((self.tr("Tháng này"), "month"), (self.tr("Hôm nay"), "today"),
                          (self.tr("7 ngày qua"), "week"), (self.tr("Tháng trước"), "last_month"),
                          (self.tr("Quý này"), "quarter"), (self.tr("Năm nay"), "year")):
            self.preset.addItem(text, key)
        self.preset.activated.connect(lambda _i: self._apply_preset())
        self.show_button = QPushButton(self.tr("Xem"))
        self.show_button.clicked.connect(self.refresh)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Kỳ:")))
        period.addWidget(self.preset)
        period.addWidget(QLabel(self.tr("Từ ngày")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("đến ngày")))
        period.addWidget(self.date_to)
        period.addWidget(self.show_button)
        period.addStretch(1)

        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)

        self.distribution_table = _table([self.tr("Mức đánh giá"), self.tr("Số lượt"), self.tr("Tỉ lệ")])
        self.element_table = _table([self.tr("Yếu tố (SIPAS)"), self.tr("Số lượt chưa hài lòng nêu")])
        self.period_table = _table([self.tr("Kỳ"), self.tr("Số lượt"), self.tr("Rất hài lòng"),
                                    self.tr("Chưa hài lòng"), self.tr("Tỉ lệ chưa hài lòng")])
        self.clerk_table = _table([self.tr("Công chức"), self.tr("Số lượt"), self.tr("Rất hài lòng"),
                                   self.tr("Chưa hài lòng"), self.tr("Tỉ lệ chưa hài lòng")])
        self.procedure_table = _table([self.tr("Thủ tục"), self.tr("Số lượt"), self.tr("Rất hài lòng"),
                                       self.tr("Chưa hài lòng"), self.tr("Tỉ lệ chưa hài lòng")])
        self.low_table = _table([self.tr("Thời điểm"), self.tr("Mức"), self.tr("Góp ý"),
                                 self.tr("Yếu tố chưa hài lòng"), self.tr("Hồ sơ"), self.tr("Thủ tục"),
                                 self.tr("Công chức")])
        header = self.low_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.LOW_COMMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((3, 220), (5, 200)):  # elements, procedure: long texts, cut with "…"
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.low_table.setWordWrap(False)
        self.low_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        overview = QWidget()
        overview_box = QHBoxLayout(overview)
        overview_box.addWidget(self.distribution_table, 1)
        overview_box.addWidget(self.element_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, self.tr("Mức độ hài lòng"))
        self.tabs.addTab(self.low_table, self.tr("Ý kiến chưa hài lòng"))
        self.tabs.addTab(self.period_table, self.tr("Theo thời gian"))
        self.tabs.addTab(self.clerk_table, self.tr("Theo công chức"))
        self.tabs.addTab(self.procedure_table, self.tr("Theo thủ tục"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(period)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)

        self._fill_screens()
        self.refresh()

    # --- the citizen screen -------------------------------------------------------------------------

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        self.screen_combo.addItem(self.tr("Tự chọn (màn hình thứ hai nếu có)"), "")
        primary = QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            text = self.tr("Màn hình %1: %2 (%3×%4)").replace("%1", str(number)).replace("%2", screen.name()) \
                .replace("%3", str(size.width())).replace("%4", str(size.height()))
            if screen is primary:
                text += self.tr(" — màn hình chính")
            self.screen_combo.addItem(text, screen.name())
        name, full = self._placement()
        index = self.screen_combo.findData(name)
        self.screen_combo.setCurrentIndex(max(0, index))
        self.full_screen_box.blockSignals(True)
        self.full_screen_box.setChecked(full)
        self.full_screen_box.blockSignals(False)

    def _placement(self) -> tuple[str, bool]:
        screen = shared_citizen_screen()
        return screen.placement() if screen is not None else read_placement()

    def _placement_changed(self) -> None:
        name = self.screen_combo.currentData() or ""
        full = self.full_screen_box.isChecked()
        screen = shared_citizen_screen()
        if screen is not None:
            screen.set_placement(name, full)
        else:
            write_placement(name, full)

    def open_screen(self) -> CitizenScreen:
        """Open (or raise) the citizen screen for an anonymous rating."""
        fresh = shared_citizen_screen() is None
        screen = open_citizen_screen(self.ctx, self.worker, self.window())
        if fresh:
            screen.saved.connect(lambda _code, _rating: self.refresh())
            screen.save_failed.connect(self.show_problem)
        screen.start_anonymous()
        self.show_problem("")
        return screen

    def show_problem(self, message: str) -> None:
        """What went wrong on the citizen screen, for the clerk (the citizen only sees it reset)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    # --- the summary --------------------------------------------------------------------------------

    def _apply_preset(self) -> None:
        today = self.ctx.now().date()
        key = self.preset.currentData()
        start, end = today.replace(day=1), today
        if key == "today":
            start = today
        elif key == "week":
            start = today - timedelta(days=6)
        elif key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif key == "quarter":
            start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        elif key == "year":
            start = date(today.year, 1, 1)
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        self.refresh()

    def period(self) -> tuple[date, date]:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        start, end = self.period()
        ctx = self.ctx
        self.show_button.setEnabled(False)
        self.worker.submit(lambda: feedback_service.summary(ctx, start, end), on_done=self._show_summary,
                           on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        log.error("feedback summary failed", exc_info=exc)
        message = exc.message if isinstance(exc, DeskError) else self.tr("lỗi không mong đợi, xem nhật ký lỗi")
        self.headline.setText(self.tr("Không đọc được đánh giá: %1").replace("%1", message))

    def _show_summary(self, summary: FeedbackSummary) -> None:
        self.show_button.setEnabled(True)
        self.summary = summary
        if not summary.total:
            self.headline.setText(self.tr("Chưa có lượt đánh giá nào trong kỳ này."))
        else:
            self.headline.setText(
                self.tr("%1 lượt đánh giá · chưa hài lòng %2 lượt (%3) · gắn với hồ sơ %4, không gắn %5")
                .replace("%1", str(summary.total)).replace("%2", str(summary.low))
                .replace("%3", percent(summary.low, summary.total)).replace("%4", str(summary.linked))
                .replace("%5", str(summary.total - summary.linked)))
        rows: list[list[object]] = []
        for scale, counts in summary.distribution.items():
            whole = sum(counts)
            for level, count in enumerate(counts, start=1):
                text = scale_label(level, scale)
                if len(summary.distribution) > 1:
                    text += self.tr(" (thang %1 mức)").replace("%1", str(scale))
                rows.append([f"{level}. {text}", count, percent(count, whole)])
        _fill(self.distribution_table, rows)
        _fill(self.element_table, [[sipas_label(key), count]
                                   for key, count in summary.by_element.items()])
        for table, tallies in ((self.period_table, summary.by_period), (self.clerk_table, summary.by_clerk),
                               (self.procedure_table, summary.by_procedure)):
            _fill(table, [self._tally_row(t) for t in tallies])
        _fill(self.low_table, [
            [low.at.strftime("%d/%m/%Y %H:%M"), scale_label(low.rating, low.scale), low.comment,
             ", ".join(sipas_label(e) for e in low.elements),
             low.code or self.tr("(không gắn hồ sơ)"), low.procedure_name, low.clerk]
            for low in summary.low_ratings
        ])
        for row, low in enumerate(summary.low_ratings):
            item = self.low_table.item(row, self.LOW_COMMENT)
            if item is not None and low.comment:
                item.setToolTip(low.comment)
            for column in (3, 5):
                cell = self.low_table.item(row, column)
                if cell is not None:
                    cell.setToolTip(cell.text())

    @staticmethod
    def _tally_row(tally: Tally) -> list[object]:
        return [group_label(tally.label), tally.total, tally.best, tally.low, percent(tally.low, tally.total)]
