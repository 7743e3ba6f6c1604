"""Find a dossier: search as the clerk types, a scanner's code + Enter, filters, the table.

Searching runs on the database worker, 200 ms after the last key press. A USB QR/barcode scanner
types the dossier code and Enter into the focused search box: when exactly one dossier has that
full code, its detail opens at once and the search box is ready for the next scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.dossier import PAUSED_STATUSES, Status
from desk_app.domain.errors import DeskError
from desk_app.domain.views import DossierRow
from desk_app.gui import messages
from desk_app.gui.dossier_dialog import DossierDialog, open_dossier_dialog
from desk_app.gui.dossier_model import SOON_HOURS, DossierTableModel, column_widths
from desk_app.gui.worker import DbWorker
from desk_app.services import queries
from desk_app.services.context import DeskContext

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 200  # a search shows at most this many matches; typing more narrows it
FULL_CODE = re.compile(r"^[A-Z0-9.]+-\d{6}-\d{4}$")

FILTERS = ("all", "in_progress", "supplement", "overdue", "soon", "finished")


def _matches(key: str, row: DossierRow, now: datetime) -> bool:
    active = row.status.is_open and row.status not in PAUSED_STATUSES
    if key == "in_progress":
        return row.status is Status.IN_PROGRESS
    if key == "supplement":
        return row.status is Status.SUPPLEMENT_REQUESTED
    if key == "overdue":
        return active and row.due_at < now
    if key == "soon":
        return active and now <= row.due_at <= now + timedelta(hours=SOON_HOURS)
    if key == "finished":
        return row.status is Status.FINISHED
    return True


class DossiersPage(QWidget):
    dossier_opened = Signal(str)  # code, once its detail dialog is shown
    dossier_changed = Signal(str)  # code, after an event recorded from the detail dialog
    feedback_requested = Signal(str)  # code, relayed from the detail dialog

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.dialog: DossierDialog | None = None
        self.filter_key = "all"
        self._open_exact: str | None = None
        self._select_code: str | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo mã hồ sơ, họ tên (có dấu hoặc không dấu), số điện thoại, số CCCD — "
                    "hoặc quét mã QR trên giấy hẹn"))
        self.search.setAccessibleName(self.tr("Tìm hồ sơ"))
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.search.setFont(font)
        self.search.textChanged.connect(self._text_edited)
        self.search.returnPressed.connect(self.submit_search)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)

        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        texts = {
            "all": self.tr("Tất cả"),
            "in_progress": self.tr("Đang xử lý"),
            "supplement": self.tr("Chờ bổ sung"),
            "overdue": self.tr("Trễ hạn"),
            "soon": self.tr("Sắp đến hạn"),
            "finished": self.tr("Đã có kết quả"),
        }
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in FILTERS:
            button = QPushButton(texts[key])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        filters.addStretch(1)
        self.summary = QLabel()
        filters.addWidget(self.summary)
        layout.addLayout(filters)

        self.model = DossierTableModel(ctx.now, worker=worker, parent=self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)  # the late/soon colours must stay readable
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DossierTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        for column, width in column_widths(self.table.font()).items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.refresh()

    # ---- listing and searching ---------------------------------------------------------------

    def activated_by_shortcut(self) -> None:
        """The main window's shortcut for this page: ready for typing or the next scan."""
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_filter(self, key: str) -> None:
        self.filter_key = key
        self.filter_buttons[key].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """The list again from the database: the search results, or the filter's list."""
        if self.search.text().strip():
            self.run_search()
        else:
            self.model.set_fetcher(self._list_fetcher(self.filter_key))

    def _list_fetcher(self, key: str) -> Callable[[int, int], list[DossierRow]]:
        ctx = self.ctx
        arguments: dict[str, object] = {
            "all": {},
            "in_progress": {"status": Status.IN_PROGRESS},
            "supplement": {"status": Status.SUPPLEMENT_REQUESTED},
            "overdue": {"overdue": True},
            "soon": {"due_within_hours": SOON_HOURS},
            "finished": {"status": Status.FINISHED},
        }[key]

        def fetch(offset: int, limit: int) -> list[DossierRow]:
            return queries.list_dossiers(ctx, limit=limit, offset=offset, **arguments)  # type: ignore[arg-type]

        return fetch

    def _search_fetcher(self, text: str, key: str) -> Callable[[int, int], list[DossierRow]]:
        ctx = self.ctx
        found: list[DossierRow] | None = None

        def fetch(offset: int, limit: int) -> list[DossierRow]:
            nonlocal found
            if found is None:  # one query; the pages are slices of its answer
                now = ctx.now()
                found = [row for row in queries.search(ctx, text, SEARCH_LIMIT) if _matches(key, row, now)]
            return found[offset:offset + limit]

        return fetch

    def _text_edited(self, _text: str) -> None:
        self._open_exact = None
        self._search_timer.start()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if not text:
            self.model.set_fetcher(self._list_fetcher(self.filter_key))
            return
        # A whole code (typed or scanned) names one dossier: show it whatever the filter.
        key = "all" if FULL_CODE.match(text.upper()) else self.filter_key
        self.model.set_fetcher(self._search_fetcher(text, key))

    def submit_search(self) -> None:
        """Enter in the search box (typed, or sent by a scanner after the code)."""
        text = self.search.text().strip().upper()
        self._open_exact = text if FULL_CODE.match(text) else None
        if not self.search.text().strip():
            return
        self.run_search()

    def _page_loaded(self, count: int) -> None:
        text = self.search.text().strip()
        if text:
            more = self.tr(" (hiển thị tối đa %1)").replace("%1", str(SEARCH_LIMIT)) if count >= SEARCH_LIMIT else ""
            self.summary.setText(self.tr("Tìm thấy %n hồ sơ", "", count) + more if count else
                                 self.tr("Không tìm thấy hồ sơ nào khớp «%1»").replace("%1", text))
        else:
            self.summary.setText(self.tr("Đang hiển thị %n hồ sơ", "", count) + ("+" if self.model.canFetchMore()
                                                                                  else ""))
        select, self._select_code = self._select_code, None
        if select is not None and self.model.row_of_code(select) >= 0:
            self._select_row(self.model.row_of_code(select))
        exact, self._open_exact = self._open_exact, None
        if exact is None:
            return
        rows = self.model.rows()
        if len(rows) == 1 and rows[0].code == exact:
            self.open_dossier(exact)
        elif rows:
            self._select_row(0)

    def _load_failed(self, error: BaseException) -> None:
        self._open_exact = None
        text = error.message if isinstance(error, DeskError) else str(error)
        messages.error(self, self.tr("Không tải được danh sách hồ sơ"), text)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(row)

    # ---- opening -----------------------------------------------------------------------------

    def current_row(self) -> DossierRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_dossier(row.code)

    def open_dossier(self, code: str) -> DossierDialog:
        """The detail dialog of one dossier (window-modal, not blocking the event loop)."""
        dialog = open_dossier_dialog(self, self.ctx, self.worker, code, self.dialog)
        self.dialog = dialog
        self.dossier_opened.emit(code)
        return dialog

    def _dialog_closed(self, dialog: DossierDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._select_code = dialog.code
        self.model.reload()
        # Ready for the next scan: the code typed by the scanner is replaced by the next one.
        self.search.setFocus()
        self.search.selectAll()

    # ---- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) \
                    and self.model.rowCount() > 0:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self._select_row(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row = self.current_row()
                if row is not None:
                    self.open_dossier(row.code)
                    return True
            if watched is self.table and key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(watched, event)
