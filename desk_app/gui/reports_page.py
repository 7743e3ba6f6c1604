"""The reports screen: the indicators a head of office is judged on, at a glance.

A period picker (month, quarter, year, or custom dates), the figures as big numbers with their
labels, charts (QtCharts, imported when the page first draws them), and drill-down: a click (or
Enter) on a figure lists the dossiers behind it; a double-click on a dossier opens its detail.
Excel and PDF exports write the same report the screen shows.

Everything goes through :mod:`desk_app.services.indicators` and ``report_files`` on the database
worker; widgets are only touched in the callbacks, on the GUI thread.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.dossier import Channel
from desk_app.domain.errors import DeskError
from desk_app.gui import messages
from desk_app.gui.labels import (
    channel_label,
    count_text,
    decimal_text,
    duration_from_text,
    group_label,
    period_label,
    rate_text,
    scale_label,
    scale_labels,
    status_label,
)
from desk_app.gui.worker import DbWorker
from desk_app.services import indicators, report_files
from desk_app.services.context import DeskContext
from desk_app.services.indicators import DossierLine, Indicators

KINDS = ("month", "quarter", "year", "custom")
REFRESH_DELAY_MS = 250
DRILL_LIMIT = 500

GREEN = "#1e7b34"
RED = "#b3261e"
AMBER = "#8a5a00"
BLUE = "#1f4e8c"
GREY = "#555555"


class FigureCard(QFrame):
    """A big number with its label and a line of detail; clicking it (or Enter/Space) drills down."""

    clicked = Signal(str)

    def __init__(self, figure: str, title: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if figure:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "QFrame#figureCard { background: white; border: 1px solid #c9ced6; border-radius: 6px; }"
            "QFrame#figureCard:hover { border-color: #7a8aa0; }"
            "QFrame#figureCard:focus { border: 2px solid #1f4e8c; }"
            f"QFrame#figureCard[selected=\"true\"] {{ border: 2px solid {accent}; background: #f4f7fb; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {GREY}; border: none; background: transparent;")
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.3)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {accent}; border: none; background: transparent;")
        self.detail = QLabel("")
        self.detail.setStyleSheet(f"color: {GREY}; border: none; background: transparent;")
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(98)

    def set_values(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.title.text()}: {value}. {detail}")

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (self.figure and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit(self.figure)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.figure and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.figure)
            return
        super().keyPressEvent(event)


class ReportsPage(QWidget):
    dossier_changed = Signal(str)  # relayed from a dossier opened from the drill-down list
    loaded = Signal(object)  # the Indicators shown

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.indicators: Indicators | None = None
        self.lines: list[DossierLine] = []
        self.figure: str | None = None
        self._serial = 0
        self._charts: Any = None  # the chart views, built on first use
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(self._period_bar())
        self.error = QLabel("")
        self.error.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.period_label = QLabel("")
        self.period_label.setStyleSheet(f"color: {GREY};")
        layout.addWidget(self.period_label)
        layout.addLayout(self._cards())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.chart_tab = QWidget()
        self.chart_layout = QHBoxLayout(self.chart_tab)
        self.chart_layout.setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.chart_tab, self.tr("Biểu đồ"))
        self.tabs.addTab(self._drill_tab(), self.tr("Hồ sơ theo chỉ tiêu"))
        self.procedure_table = self._table((
            self.tr("Thủ tục"), self.tr("Tiếp nhận"), self.tr("Giải quyết"), self.tr("Đúng hạn"),
            self.tr("Trễ hạn"), self.tr("Tỷ lệ đúng hạn"), self.tr("TB (ngày)"), self.tr("Thời hạn")),
            fixed={0: 460})
        self.tabs.addTab(self.procedure_table, self.tr("Theo thủ tục"))
        self.clerk_table = self._table((
            self.tr("Công chức"), self.tr("Giải quyết"), self.tr("Đúng hạn"), self.tr("Trễ hạn"),
            self.tr("Trễ có xin lỗi"), self.tr("Đang quá hẹn"), self.tr("Lượt đánh giá"),
            self.tr("Chưa hài lòng")))
        self.tabs.addTab(self.clerk_table, self.tr("Theo công chức"))
        self.comment_table = self._table((self.tr("Thời điểm"), self.tr("Mã hồ sơ"), self.tr("Đánh giá"),
                                          self.tr("Công chức"), self.tr("Góp ý")))
        self.tabs.addTab(self.comment_table, self.tr("Góp ý của người chưa hài lòng"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self._stale = True  # counted when first shown: the window's start does not wait for a report

    # ---- building -------------------------------------------------------------------------------

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        self.kind = QComboBox()
        for key, text in zip(KINDS, (self.tr("Tháng"), self.tr("Quý"), self.tr("Năm"), self.tr("Tùy chọn")),
                             strict=True):
            self.kind.addItem(text, key)
        self.kind.setAccessibleName(self.tr("Loại kỳ báo cáo"))
        bar.addWidget(self.kind)
        today = self.ctx.now().date()
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("Tháng %1").replace("%1", str(month)), month)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox()
        for quarter, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(self.tr("Quý %1").replace("%1", roman), quarter)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.year = QSpinBox()
        self.year.setRange(2015, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Năm"))
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.date_from, self.tr("Từ ngày")), (self.date_to, self.tr("Đến ngày"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        self.from_label = QLabel(self.tr("từ"))
        self.to_label = QLabel(self.tr("đến"))
        for widget in (self.month, self.quarter, self.year, self.from_label, self.date_from, self.to_label,
                       self.date_to):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        self.excel_button = QPushButton(self.tr("Xuất Excel…"))
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Xuất PDF để ký…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for button in (self.refresh_button, self.excel_button, self.pdf_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.month.currentIndexChanged, self.quarter.currentIndexChanged, self.year.valueChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._schedule_refresh)
        self._show_kind_widgets()
        return bar

    def _cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(8)
        specs = (
            ("received", self.tr("Tiếp nhận trong kỳ"), BLUE),
            ("handled", self.tr("Giải quyết trong kỳ"), BLUE),
            ("on_time", self.tr("Tỷ lệ đúng hạn (QĐ 766)"), GREEN),
            ("late", self.tr("Trễ hạn"), RED),
            ("late_without_apology", self.tr("Trễ hạn có văn bản xin lỗi"), AMBER),
            ("overdue_now", self.tr("Đang quá hẹn trả"), RED),
            ("dissatisfied", self.tr("Hài lòng của người dân"), GREEN),
            ("indicator_5_4", self.tr("Chỉ số 5.4 (QĐ 766)"), BLUE),
        )
        self.cards: dict[str, FigureCard] = {}
        for index, (key, title, accent) in enumerate(specs):
            card = FigureCard("" if key == "indicator_5_4" else key, title, accent)  # a formula: nothing to list
            card.clicked.connect(self.show_figure)
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)
        return grid

    def _drill_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        self.drill_title = QLabel(self.tr("Bấm vào một chỉ số ở trên để xem các hồ sơ tạo nên chỉ số đó."))
        self.drill_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.drill_title)
        self.drill_table = self._table((
            self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Trạng thái"), self.tr("Hẹn trả ban đầu"),
            self.tr("Hẹn trả hiện tại"), self.tr("Kết thúc"), self.tr("Xin lỗi"), self.tr("Tiếp nhận"),
            self.tr("Thủ tục")))
        self.drill_table.cellDoubleClicked.connect(self._open_row)
        self.drill_table.setToolTip(self.tr("Nhấp đúp (hoặc Enter) để mở hồ sơ"))
        layout.addWidget(self.drill_table, 1)
        return tab

    def _table(self, headers: tuple[str, ...], fixed: dict[int, int] | None = None) -> QTableWidget:
        """A read-only list; the last column takes the spare width, ``fixed`` columns keep theirs."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (fixed or {}).items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

    # ---- the period ------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self._show_kind_widgets()
        self._schedule_refresh()

    def _show_kind_widgets(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind != "custom")
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setVisible(kind == "custom")

    def mark_stale(self, *_args: object) -> None:
        """The data changed (a dossier saved, an event, the office): recount now if the page is on
        screen, else when it is next shown (a report over a million dossiers is not free)."""
        self._stale = True
        if self.isVisible():
            self._schedule_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if self.worker.synchronous:
            self.refresh()
        else:
            self._refresh_timer.start()

    def set_period(self, kind: str, day: date | None = None, date_to: date | None = None) -> None:
        """Choose the period from code (tests, the main window): the ``kind`` containing ``day``, or
        the custom range ``day`` – ``date_to``."""
        day = day or self.ctx.now().date()
        for widget in (self.kind, self.month, self.quarter, self.year, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.month.setCurrentIndex(day.month - 1)
        self.quarter.setCurrentIndex((day.month - 1) // 3)
        self.year.setValue(day.year)
        self.date_from.setDate(QDate(day.year, day.month, day.day))
        end = date_to or day
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        for widget in (self.kind, self.month, self.quarter, self.year, self.date_from, self.date_to):
            widget.blockSignals(False)
        self._kind_changed()

    def period(self) -> tuple[date, date]:
        kind = self.kind.currentData()
        year = self.year.value()
        if kind == "month":
            return indicators.period_bounds("month", date(year, self.month.currentData(), 1))
        if kind == "quarter":
            return indicators.period_bounds("quarter", date(year, 3 * self.quarter.currentData() - 2, 1))
        if kind == "year":
            return indicators.period_bounds("year", date(year, 1, 1))
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    # ---- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        date_from, date_to = self.period()
        if date_to < date_from:
            self._show_error(self.tr("Ngày kết thúc (%1) trước ngày bắt đầu (%2): hãy chọn lại khoảng thời gian.")
                             .replace("%1", f"{date_to:%d/%m/%Y}").replace("%2", f"{date_from:%d/%m/%Y}"))
            return
        self._serial += 1
        self._stale = False
        serial = self._serial
        ctx = self.ctx
        self.refresh_button.setEnabled(False)
        self.worker.submit(lambda: indicators.report_for_desk(ctx, date_from, date_to),
                           lambda result: self._loaded(serial, result),
                           lambda exc: self._failed(serial, exc))

    def _loaded(self, serial: int, result: Indicators) -> None:
        if serial != self._serial:
            return  # an older period's answer arriving after a newer request
        self.refresh_button.setEnabled(True)
        self.error.hide()
        self.indicators = result
        self.period_label.setText(self._period_text(result))
        self._fill_cards(result)
        self._fill_tables(result)
        if self.tabs.currentWidget() is self.chart_tab:
            self._fill_charts(result)
        if self.figure is not None:
            self.show_figure(self.figure)
        self.loaded.emit(result)

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self.refresh_button.setEnabled(True)
        if isinstance(exc, DeskError):
            self._show_error(exc.message)
        else:
            self._show_error(self.tr("Không lập được báo cáo: %1").replace("%1", str(exc)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _period_text(self, ind: Indicators) -> str:
        text = self.tr("%1 · số liệu tính đến %2").replace("%1", period_label(ind.period)).replace(
            "%2", f"{ind.generated_at:%H:%M %d/%m/%Y}")
        if ind.handled == 0:
            text += " · " + self.tr("không có hồ sơ trong kỳ (chưa có số liệu)")
        return text

    # ---- showing ---------------------------------------------------------------------------------

    def _rate(self, value: float | None) -> str:
        return self.tr("chưa có số liệu") if value is None else rate_text(value)

    def _big_rate(self, value: float | None) -> str:
        return "—" if value is None else rate_text(value)

    def _fill_cards(self, ind: Indicators) -> None:
        n = count_text
        s = ind.satisfaction
        online = next((c for c in ind.by_channel if c.channel == 2), None)
        self.cards["received"].set_values(
            n(ind.received), self.tr("trực tuyến %1").replace("%1", rate_text(online.share))
            if online and online.share is not None else self.tr("chưa có số liệu"))
        self.cards["handled"].set_values(
            n(ind.handled), self.tr("có kết quả %1 · đang giải quyết %2").replace("%1", n(ind.finished))
            .replace("%2", n(ind.open)))
        self.cards["on_time"].set_values(
            self._big_rate(ind.on_time_rate),
            self.tr("%1 / %2 hồ sơ đúng hạn").replace("%1", n(ind.on_time)).replace("%2", n(ind.handled))
            if ind.handled else self.tr("chưa có số liệu"))
        self.cards["late"].set_values(
            n(ind.late), self.tr("%1 số hồ sơ · bổ sung >1 lần: %2").replace("%1", self._rate(ind.late_rate))
            .replace("%2", n(ind.supplement_more_than_once)) if ind.handled else self.tr("chưa có số liệu"))
        self.cards["late_without_apology"].set_values(
            self._big_rate(ind.apology_rate),
            self.tr("%1 / %2 hồ sơ trễ · %3 chưa xin lỗi").replace("%1", n(ind.late_with_apology))
            .replace("%2", n(ind.late)).replace("%3", n(ind.late_without_apology))
            if ind.late else self.tr("không có hồ sơ trễ hạn"))
        self.cards["overdue_now"].set_values(
            n(ind.overdue_now), self.tr("đến hẹn trong %1 giờ tới: %2").replace("%1", str(indicators.DUE_SOON_HOURS))
            .replace("%2", n(ind.due_soon)))
        self.cards["dissatisfied"].set_values(
            self._big_rate(s.satisfied_rate),
            self.tr("%1 lượt đánh giá · %2 chưa hài lòng").replace("%1", n(s.total)).replace("%2", n(s.dissatisfied))
            if s.total else self.tr("chưa có lượt đánh giá"))
        self.cards["indicator_5_4"].set_values(
            self._big_rate(ind.indicator_5_4), self.tr("100% − (trễ hạn + chưa hài lòng)"))

    def _fill_tables(self, ind: Indicators) -> None:
        n = count_text

        def fill(table: QTableWidget, rows: list[list[Any]], numeric: range) -> None:
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    item = QTableWidgetItem(str(value))
                    if c in numeric:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    else:
                        item.setToolTip(str(value))
                    table.setItem(r, c, item)

        fill(self.procedure_table, [
            [g.label, n(g.received), n(g.handled), n(g.on_time), n(g.late), self._rate(g.on_time_rate),
             "" if g.average_days is None else decimal_text(g.average_days),
             duration_from_text(g.duration)]
            for g in ind.by_procedure], range(1, 7))
        fill(self.clerk_table, [
            [group_label(g.label), n(g.handled), n(g.on_time), n(g.late), n(g.late_with_apology), n(g.overdue_now),
             n(g.ratings), n(g.dissatisfied)] for g in ind.by_clerk], range(1, 8))
        fill(self.comment_table, [
            [f"{c.at:%H:%M %d/%m/%Y}", c.code or self.tr("(không gắn hồ sơ)"), scale_label(c.rating, c.scale), c.clerk,
             c.comment]
            for c in ind.satisfaction.comments], range(0))

    # ---- drill-down ------------------------------------------------------------------------------

    def figure_title(self, figure: str) -> str:
        titles = {
            "received": self.tr("Hồ sơ tiếp nhận trong kỳ"),
            "handled": self.tr("Hồ sơ giải quyết trong kỳ (tiếp nhận hoặc đang xử lý)"),
            "on_time": self.tr("Hồ sơ đúng hạn hoặc còn trong hạn"),
            "late": self.tr("Hồ sơ trễ hạn (so với ngày hẹn ban đầu)"),
            "late_without_apology": self.tr("Hồ sơ trễ hạn chưa có văn bản xin lỗi"),
            "late_with_apology": self.tr("Hồ sơ trễ hạn đã có văn bản xin lỗi"),
            "overdue_now": self.tr("Hồ sơ đang quá hẹn trả"),
            "dissatisfied": self.tr("Hồ sơ có đánh giá chưa hài lòng"),
        }
        return titles.get(figure, indicators.FIGURES.get(figure, figure))

    def show_figure(self, figure: str) -> None:
        """List the dossiers behind ``figure`` (a key of indicators.FIGURES) on the drill-down tab."""
        self.figure = figure
        for card in self.cards.values():
            card.set_selected(card.figure == figure)
        date_from, date_to = self.period()
        if date_to < date_from:
            return
        ctx = self.ctx
        self.tabs.setCurrentIndex(1)
        self.drill_title.setText(self.figure_title(figure) + " — " + self.tr("đang tải…"))
        self.worker.submit(lambda: indicators.lines_for_desk(ctx, figure, date_from, date_to, DRILL_LIMIT),
                           lambda lines: self._lines_loaded(figure, lines),
                           lambda exc: self._failed(self._serial, exc))

    def _lines_loaded(self, figure: str, lines: list[DossierLine]) -> None:
        if figure != self.figure:
            return
        self.lines = lines
        count = len(lines)
        title = self.figure_title(figure)
        if count >= DRILL_LIMIT:
            title += " — " + self.tr("%1 hồ sơ đầu tiên (xuất Excel để có đủ danh sách)").replace("%1", str(count))
        else:
            title += " — " + self.tr("%1 hồ sơ").replace("%1", str(count))
        self.drill_title.setText(title)
        table = self.drill_table
        table.setRowCount(count)
        late_colour = QColor("#f6d5d5")
        # The appointment the figure is judged against: the first one (QĐ 766), or the current one.
        marked = 4 if figure in ("overdue_now", "due_soon") else 3 if figure.startswith("late") else -1
        for r, line in enumerate(lines):
            values = [line.code, line.name, status_label(line.status), f"{line.original_due_at:%H:%M %d/%m/%Y}",
                      f"{line.due_at:%H:%M %d/%m/%Y}",
                      f"{line.finished_at:%H:%M %d/%m/%Y}" if line.finished_at else "",
                      self.tr("Có") if line.apology_count else self.tr("Chưa"),
                      f"{line.received_at:%H:%M %d/%m/%Y}", line.procedure_name]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == marked:
                    item.setBackground(late_colour)
                table.setItem(r, c, item)

    def _open_row(self, row: int, _column: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        from desk_app.gui.dossier_dialog import DossierDialog

        dialog = DossierDialog(self.ctx, self.worker, self.lines[row].code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.dossier_changed)
        dialog.changed.connect(self.mark_stale)
        dialog.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.drill_table.hasFocus():
            self._open_row(self.drill_table.currentRow(), 0)
            return
        super().keyPressEvent(event)

    # ---- charts (QtCharts, loaded on first use) --------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.chart_tab and self.indicators is not None:
            self._fill_charts(self.indicators)

    def _fill_charts(self, ind: Indicators) -> None:
        try:
            from PySide6 import QtCharts
        except ImportError:
            if self._charts is None:
                self._charts = False
                self.chart_layout.addWidget(QLabel(self.tr("Máy này thiếu thành phần vẽ biểu đồ (QtCharts).")))
            return
        if not self._charts:
            self._charts = []
            for _ in range(3):
                box = QFrame()
                box.setObjectName("chartBox")
                box.setStyleSheet("QFrame#chartBox { background: white; border-radius: 4px; }")
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 6)
                column.setSpacing(0)
                view = QtCharts.QChartView()
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumHeight(180)
                # Qt's legend cuts long labels in a narrow chart: ours is a label that wraps instead.
                legend = QLabel()
                legend.setTextFormat(Qt.TextFormat.RichText)
                legend.setWordWrap(True)
                legend.setContentsMargins(12, 0, 12, 0)
                column.addWidget(view, 1)
                column.addWidget(legend)
                self.chart_layout.addWidget(box, 1)
                self._charts.append((view, legend))
        drawn = (self._on_time_chart(QtCharts, ind), self._satisfaction_chart(QtCharts, ind),
                 self._channel_chart(QtCharts, ind))
        for (view, legend), (chart, html) in zip(self._charts, drawn, strict=True):
            view.setChart(chart)
            legend.setText(html)
            legend.setVisible(bool(html))

    def _chart(self, charts: Any, title: str) -> Any:
        chart = charts.QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.legend().setVisible(False)
        return chart

    def _pie(self, charts: Any, title: str, parts: list[tuple[str, int, str]], empty: str) -> tuple[Any, str]:
        """A donut and its legend (HTML: a coloured square, the label, the share and the count)."""
        chart = self._chart(charts, title)
        total = sum(value for _, value, _ in parts)
        series = charts.QPieSeries()
        series.setHoleSize(0.35)
        if total == 0:
            chart.setTitle(f"<div align='center'>{title}<br>{empty}</div>")
            return chart, ""
        items = []
        for label, value, colour in parts:
            share = rate_text(100 * value / total)
            items.append(f"<span style='color:{colour}'>&#9632;</span> {escape(label)}: "
                         f"<b>{share}</b> ({count_text(value)})")
            if value <= 0:
                continue
            piece = series.append(f"{label}: {share}", value)
            piece.setColor(QColor(colour))
            piece.setBorderColor(QColor("white"))
        chart.addSeries(series)
        return chart, "<br>".join(items)  # one item a line

    def _on_time_chart(self, charts: Any, ind: Indicators) -> tuple[Any, str]:
        return self._pie(charts, self.tr("Đúng hạn và trễ hạn"), [
            (self.tr("Đúng hạn"), ind.on_time, "#2e8b57"),
            (self.tr("Trễ, có xin lỗi"), ind.late_with_apology, "#e0a030"),
            (self.tr("Trễ, chưa xin lỗi"), ind.late_without_apology, "#c0392b"),
        ], self.tr("chưa có số liệu"))

    def _channel_chart(self, charts: Any, ind: Indicators) -> tuple[Any, str]:
        names = {1: self.tr("Trực tiếp"), 2: self.tr("Trực tuyến"), 3: self.tr("Bưu chính")}
        colours = {1: "#1f4e8c", 2: "#4aa3df", 3: "#9b59b6"}
        return self._pie(charts, self.tr("Kênh tiếp nhận"),
                         [(names.get(c.channel) or channel_label(Channel(c.channel)), c.received,
                           colours.get(c.channel, "#888888"))
                          for c in ind.by_channel], self.tr("chưa có số liệu"))

    def _satisfaction_chart(self, charts: Any, ind: Indicators) -> tuple[Any, str]:
        s = ind.satisfaction
        title = self.tr("Mức độ hài lòng")
        chart = self._chart(charts, title)
        if not s.total:
            empty = self.tr("chưa có lượt đánh giá")
            chart.setTitle(f"<div align='center'>{title}<br>{empty}</div>")
            return chart, ""
        scale, counts = max(s.distribution.items(), key=lambda item: sum(item[1]))
        labels = scale_labels(scale)
        colours = {3: ("#2e8b57", "#8cc084", "#c0392b"),
                   5: ("#2e8b57", "#8cc084", "#bdbdbd", "#e67e22", "#c0392b")}[scale]
        # Bars run bottom to top: the levels go in reversed, so "Rất hài lòng" is the top bar.
        levels = list(range(len(counts)))[::-1]
        series = charts.QHorizontalStackedBarSeries()
        for level in levels:
            bar_set = charts.QBarSet(labels[level])
            bar_set.append([float(counts[level]) if other == level else 0.0 for other in levels])
            bar_set.setColor(QColor(colours[level]))
            bar_set.setBorderColor(QColor(colours[level]))
            series.append(bar_set)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        total = sum(counts)
        axis_y = charts.QBarCategoryAxis()
        axis_y.append([f"{labels[level]} ({rate_text(100 * counts[level] / total, 0)})"
                       for level in levels])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = charts.QValueAxis()
        axis_x.setRange(0, max(max(counts), 1))
        axis_x.setLabelFormat("%d")
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        other = {k: sum(v) for k, v in s.distribution.items() if k != scale and sum(v)}
        subtitle = self.tr("%1 lượt · chưa hài lòng %2").replace("%1", count_text(sum(counts))).replace(
            "%2", self._rate(s.dissatisfied_rate))
        if other:
            subtitle += " · " + self.tr("thang khác: %1 lượt").replace("%1", str(sum(other.values())))
        chart.setTitle(f"<div align='center'>{title}<br>{subtitle}</div>")
        return chart, ""

    # ---- export ----------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        ind = self.indicators
        if ind is None:
            return
        start = ind.period.date_from
        end = ind.period.date_to
        stem = "bao-cao-chi-so"
        if start and end:
            stem += f"-{start:%Y%m%d}-{end:%Y%m%d}"
        if kind == "xlsx":
            path = messages.save_file(self, self.tr("Lưu báo cáo Excel"), stem + ".xlsx",
                                      self.tr("Tệp Excel (*.xlsx)"))
        else:
            path = messages.save_file(self, self.tr("Lưu báo cáo PDF"), stem + ".pdf", self.tr("Tệp PDF (*.pdf)"))
        if path is None:
            return
        self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> None:
        ind = self.indicators
        if ind is None:
            return
        ctx = self.ctx
        files = {"xlsx": path} if kind == "xlsx" else {"pdf": path}
        self.worker.submit(lambda: report_files.export_for_desk(ctx, ind, **files),
                           lambda written: messages.info(self, self.tr("Đã xuất báo cáo"),
                                                         self.tr("Đã ghi %1").replace("%1", str(written[0]))),
                           lambda exc: messages.error(self, self.tr("Không xuất được báo cáo"),
                                                      exc.message if isinstance(exc, DeskError) else str(exc)))
