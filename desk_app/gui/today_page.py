"""Today's work: overdue, due today, due the next working day, waiting for supplements.

Each section is a lazy dossier table with its count in the tab title; ``counts_changed`` carries
the four counts to the navigation badges. Overdue dossiers get "Xin lỗi, hẹn lại…" (Mẫu 04).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.states import Status
from desk_app.gui import messages
from desk_app.gui.dossier_model import DossierTableModel, column_widths, format_moment_long
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.views import DossierRow, TodayCounts
    from desk_app.gui.apology_dialog import ApologyDialog
    from desk_app.gui.dossier_dialog import DossierDialog
    from desk_app.services.context import DeskContext

def _queries() -> ModuleType:
    """The queries service, imported on first use (it brings SQLAlchemy, which start-up can do without)."""
    from desk_app.services import queries

    return queries


SECTIONS = ("overdue", "due_today", "due_next_day", "waiting_supplement")
AUTO_REFRESH_MS = 5 * 60 * 1000  # the markers ("Còn 3 giờ") age: refresh while the page is shown


@dataclass
class Section:
    key: str
    title: str
    empty_text: str
    model: DossierTableModel
    table: QTableView
    stack: QStackedWidget
    apology_button: QPushButton
    open_button: QPushButton


def _end_of(day: date) -> datetime:
    return datetime.combine(day, datetime.max.time())


class TodayPage(QWidget):
    counts_changed = Signal(object)  # TodayCounts
    feedback_requested = Signal(str)
    dossier_changed = Signal(str)

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.counts: TodayCounts | None = None
        self.dialog: DossierDialog | None = None
        self.apology_dialog: ApologyDialog | None = None
        self._next_day: date | None = None
        self._refreshed = 0.0

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.updated = QLabel()
        top.addWidget(self.updated)
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        titles = {
            "overdue": (self.tr("Trễ hạn"), self.tr("Không có hồ sơ nào trễ hạn.")),
            "due_today": (self.tr("Đến hạn hôm nay"), self.tr("Không có hồ sơ nào đến hạn trong hôm nay.")),
            "due_next_day": (self.tr("Đến hạn ngày làm việc tiếp theo"),
                             self.tr("Không có hồ sơ nào đến hạn vào ngày làm việc tiếp theo.")),
            "waiting_supplement": (self.tr("Chờ bổ sung"), self.tr("Không có hồ sơ nào đang chờ bổ sung.")),
        }
        self.sections: dict[str, Section] = {}
        for key in SECTIONS:
            title, empty = titles[key]
            self.sections[key] = self._build_section(key, title, empty)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def _build_section(self, key: str, title: str, empty_text: str) -> Section:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        open_button = QPushButton(self.tr("Mở hồ sơ"))
        open_button.setAutoDefault(False)
        apology_button = QPushButton(self.tr("Xin lỗi, hẹn lại…"))
        apology_button.setAutoDefault(False)
        apology_button.setToolTip(self.tr("Lập văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) "
                                          "cho hồ sơ đang chọn"))
        bar.addWidget(open_button)
        bar.addWidget(apology_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        model = DossierTableModel(self.ctx.now, worker=self.worker, parent=self)
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(DossierTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        for column, width in column_widths(table.font()).items():
            table.setColumnWidth(column, width)
        empty = QLabel(empty_text)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color: #505050; font-size: 13pt;")
        stack = QStackedWidget()
        stack.addWidget(table)
        stack.addWidget(empty)
        layout.addWidget(stack, 1)
        self.tabs.addTab(page, title)
        section = Section(key, title, empty_text, model, table, stack, apology_button, open_button)

        table.doubleClicked.connect(lambda index, s=section: self._open_index(s, index))
        table.installEventFilter(self)
        table.customContextMenuRequested.connect(lambda pos, s=section: self._context_menu(s, pos))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        model.page_loaded.connect(lambda count, s=section: self._page_loaded(s, count))
        model.load_failed.connect(self._load_failed)
        open_button.clicked.connect(lambda _=False, s=section: self.open_selected(s.key))
        apology_button.clicked.connect(lambda _=False, s=section: self.apologize_selected(s.key))
        return section

    # ---- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Counts and the four lists again (after a change, on F5, and every few minutes)."""
        ctx = self.ctx

        def load() -> tuple[datetime, TodayCounts, date]:
            now = ctx.now()
            return now, _queries().today_counts(ctx), ctx.calendar().next_working_day(now.date())

        self._refreshed = time.monotonic()
        self.worker.submit(load, self._counts_loaded, self._load_failed)

    def _counts_loaded(self, result: tuple[datetime, TodayCounts, date]) -> None:
        now, counts, next_day = result
        self.counts = counts
        self._next_day = next_day
        self.heading.setText(self.tr("Việc hôm nay — %1").replace("%1", format_moment_long(now).split(", ", 1)[1]))
        self.updated.setText(self.tr("Cập nhật lúc %1").replace("%1", f"{now:%H:%M}"))
        numbers = {"overdue": counts.overdue, "due_today": counts.due_today, "due_next_day": counts.due_next_day,
                   "waiting_supplement": counts.waiting_supplement}
        for index, key in enumerate(SECTIONS):
            section = self.sections[key]
            self.tabs.setTabText(index, f"{section.title} ({numbers[key]})")
        self.sections["due_next_day"].stack.widget(1).setText(  # type: ignore[attr-defined]
            self.tr("Không có hồ sơ nào đến hạn vào ngày làm việc tiếp theo (%1).")
            .replace("%1", f"{next_day:%d/%m/%Y}"))
        for key in SECTIONS:
            self.sections[key].model.set_fetcher(self._fetcher(key, next_day))
        self.counts_changed.emit(counts)

    def _fetcher(self, key: str, next_day: date) -> Callable[[int, int], list[DossierRow]]:
        ctx = self.ctx

        def hours_until(moment: datetime) -> float:
            return max(0.0, (moment - ctx.now()).total_seconds() / 3600)

        if key == "overdue":
            return lambda offset, limit: _queries().list_dossiers(ctx, overdue=True, limit=limit, offset=offset)
        if key == "waiting_supplement":
            return lambda offset, limit: _queries().list_dossiers(ctx, status=Status.SUPPLEMENT_REQUESTED,
                                                               limit=limit, offset=offset)
        if key == "due_today":
            def due_today(offset: int, limit: int) -> list[DossierRow]:
                end = _end_of(ctx.now().date())
                return _queries().list_dossiers(ctx, due_within_hours=hours_until(end), limit=limit, offset=offset)

            return due_today

        skipped: int | None = None

        def due_next_day(offset: int, limit: int) -> list[DossierRow]:
            # The service lists "due from now until N hours": skip today's, ordered first by due time.
            nonlocal skipped
            end_today = _end_of(ctx.now().date())
            if skipped is None:
                skipped = _queries().today_counts(ctx).due_today
            rows = _queries().list_dossiers(ctx, due_within_hours=hours_until(_end_of(next_day)), limit=limit,
                                         offset=offset + skipped)
            return [row for row in rows if row.due_at > end_today]

        return due_next_day

    def _page_loaded(self, section: Section, count: int) -> None:
        section.stack.setCurrentIndex(0 if count else 1)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        text = error.message if isinstance(error, DeskError) else str(error)
        messages.error(self, self.tr("Không tải được việc hôm nay"), text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if time.monotonic() - self._refreshed > 30:  # coming back to the page: the lists have aged
            self.refresh()
        self._timer.start()

    def activated_by_shortcut(self) -> None:
        """The main window's shortcut for this page: fresh lists, focus on the current one."""
        self.refresh()
        self.current_section().table.setFocus()

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        self._timer.stop()

    # ---- acting on a row ---------------------------------------------------------------------

    def current_section(self) -> Section:
        return self.sections[SECTIONS[self.tabs.currentIndex()]]

    def show_section(self, key: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.index(key))

    def selected_row(self, key: str | None = None) -> DossierRow | None:
        section = self.sections[key] if key else self.current_section()
        index = section.table.currentIndex()
        return section.model.row_at(index.row()) if index.isValid() else None

    def select(self, key: str, code: str) -> bool:
        section = self.sections[key]
        row = section.model.row_of_code(code)
        if row < 0:
            return False
        self.show_section(key)
        section.table.setCurrentIndex(section.model.index(row, 0))
        section.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        for section in self.sections.values():
            row = self.selected_row(section.key)
            section.open_button.setEnabled(row is not None)
            section.apology_button.setEnabled(row is not None and row.status.is_open)

    def _open_index(self, section: Section, index: QModelIndex) -> None:
        row = section.model.row_at(index.row())
        if row is not None:
            self.open_dossier(row.code)

    def open_selected(self, key: str | None = None) -> DossierDialog | None:
        row = self.selected_row(key)
        return self.open_dossier(row.code) if row is not None else None

    def open_dossier(self, code: str) -> DossierDialog:
        from desk_app.gui.dossier_dialog import open_dossier_dialog  # loaded when first needed: faster start-up

        self.dialog = open_dossier_dialog(self, self.ctx, self.worker, code, self.dialog)
        return self.dialog

    def _dialog_closed(self, dialog: DossierDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.refresh()

    def apologize_selected(self, key: str | None = None) -> ApologyDialog | None:
        row = self.selected_row(key)
        if row is None:
            return None
        from desk_app.gui.apology_dialog import ApologyDialog

        dialog = ApologyDialog(self.ctx, self.worker, row.code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.apologized.connect(self._apologized)
        dialog.destroyed.connect(lambda *_: setattr(self, "apology_dialog", None))
        self.apology_dialog = dialog
        dialog.open()
        return dialog

    def _apologized(self, code: str) -> None:
        self.dossier_changed.emit(code)
        self.refresh()

    def _context_menu(self, section: Section, pos: object) -> None:
        index = section.table.indexAt(pos)  # type: ignore[arg-type]
        if not index.isValid():
            return
        section.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Mở hồ sơ"), lambda: self.open_selected(section.key))
        apology = menu.addAction(self.tr("Xin lỗi, hẹn lại…"), lambda: self.apologize_selected(section.key))
        row = section.model.row_at(index.row())
        apology.setEnabled(row is not None and row.status.is_open)
        menu.popup(section.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for section in self.sections.values():
                if watched is section.table and self.selected_row(section.key) is not None:
                    self.open_selected(section.key)
                    return True
        return super().eventFilter(watched, event)
