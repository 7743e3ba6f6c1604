"""The dossier table: rows come page by page from a fetcher, never the whole table at once.

The model holds a *fetcher* ``(offset, limit) -> list[DossierRow]`` and asks it for 100 rows at a
time when the view scrolls near the end (``canFetchMore``/``fetchMore``, as Anki's browser and
Vorta's lists do). Sorting and filtering happen in SQL, in the service the fetcher calls.

Late and due-soon rows get a background colour *and* a text marker ("Trễ 2 ngày", "Còn 3 giờ"), so
colour is never the only signal. "Now" comes from the desk context's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics

from desk_app.domain.states import PAUSED_STATUSES, Status
from desk_app.gui.labels import status_label
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.views import DossierRow

Fetcher = Callable[[int, int], "list[DossierRow]"]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
SOON_HOURS = 24  # "Sắp đến hạn": the appointment falls within the next 24 hours

LATE_BACKGROUND = QColor("#f6d5d5")
LATE_FOREGROUND = QColor("#7a1010")
SOON_BACKGROUND = QColor("#fcefc7")
SOON_FOREGROUND = QColor("#5c4300")


def _weekdays() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (translate("DossierTableModel", "Thứ Hai"), translate("DossierTableModel", "Thứ Ba"),
            translate("DossierTableModel", "Thứ Tư"), translate("DossierTableModel", "Thứ Năm"),
            translate("DossierTableModel", "Thứ Sáu"), translate("DossierTableModel", "Thứ Bảy"),
            translate("DossierTableModel", "Chủ nhật"))


def format_moment(moment: datetime | None) -> str:
    """"09:00 24/11/2025": short, for tables."""
    if moment is None:
        return ""
    return f"{moment:%H:%M %d/%m/%Y}"


def format_moment_long(moment: datetime | None) -> str:
    """"09:00, Thứ Hai 24/11/2025": for details, where the weekday helps the clerk."""
    if moment is None:
        return ""
    weekday = _weekdays()[moment.weekday()]
    return f"{moment:%H:%M}, {weekday} {moment:%d/%m/%Y}"


def span(delta: timedelta) -> tuple[str, int]:
    """A duration as (unit, amount), the largest unit that is at least 1: days, hours, minutes."""
    seconds = int(delta.total_seconds())
    if seconds >= 86400:
        return "days", seconds // 86400
    if seconds >= 3600:
        return "hours", seconds // 3600
    return "minutes", max(1, seconds // 60)


def _late(unit: str, n: int) -> str:
    # DossierTableModel.tr (not QCoreApplication.translate): lupdate marks the plural forms only for tr.
    if unit == "days":
        return DossierTableModel.tr("Trễ %n ngày", "", n)
    if unit == "hours":
        return DossierTableModel.tr("Trễ %n giờ", "", n)
    return DossierTableModel.tr("Trễ %n phút", "", n)


def _left(unit: str, n: int) -> str:
    if unit == "days":
        return DossierTableModel.tr("Còn %n ngày", "", n)
    if unit == "hours":
        return DossierTableModel.tr("Còn %n giờ", "", n)
    return DossierTableModel.tr("Còn %n phút", "", n)


def time_marker(status: Status, due_at: datetime, now: datetime,
                soon_hours: float = SOON_HOURS) -> tuple[str, str]:
    """(state, text): state is "late", "soon", "ok", "paused" or "" (closed); text for the clerk."""
    if status in PAUSED_STATUSES:
        if status is Status.SUPPLEMENT_REQUESTED:
            return "paused", QCoreApplication.translate("DossierTableModel", "Tạm dừng (chờ bổ sung)")
        return "paused", QCoreApplication.translate("DossierTableModel", "Tạm dừng")
    if not status.is_open:
        return "", ""
    if now > due_at:
        return "late", _late(*span(now - due_at))
    state = "soon" if due_at - now <= timedelta(hours=soon_hours) else "ok"
    return state, _left(*span(due_at - now))


class DossierTableModel(QAbstractTableModel):
    CODE, NAME, PROCEDURE, STATUS, RECEIVED, DUE, REMAINING = range(7)
    COLUMN_COUNT = 7

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    StateRole = Qt.ItemDataRole.UserRole + 3  # "late" / "soon" / "ok" / "paused" / ""

    page_loaded = Signal(int)  # rows held after a page arrived
    load_failed = Signal(object)  # the exception of a fetch

    def __init__(self, now: Callable[[], datetime], fetcher: Fetcher | None = None,
                 worker: DbWorker | None = None, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE, soon_hours: float = SOON_HOURS) -> None:
        super().__init__(parent)
        self._now = now
        self._worker = worker
        self._fetcher: Fetcher | None = None
        self._rows: list[DossierRow] = []
        self._page_size = page_size
        self._soon_hours = soon_hours
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"), self.tr("Trạng thái"),
            self.tr("Tiếp nhận"), self.tr("Hẹn trả"), self.tr("Còn lại/Trễ"),
        )
        if fetcher is not None:
            self.set_fetcher(fetcher)

    # ---- loading ---------------------------------------------------------------------------

    def set_fetcher(self, fetcher: Fetcher | None) -> None:
        """Drop every row and start again from the first page of ``fetcher``."""
        self.beginResetModel()
        self._generation += 1
        self._fetcher = fetcher
        self._rows = []
        self._exhausted = fetcher is None
        # "Loading" already, so a view answering the reset cannot ask for the first page twice.
        self._loading = fetcher is not None
        self.endResetModel()
        if fetcher is not None:
            self._fetch_page()

    def reload(self) -> None:
        """The same fetcher from the first page again (after a change elsewhere)."""
        self.set_fetcher(self._fetcher)

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._exhausted and not self._loading and self._fetcher is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_page()

    def _fetch_page(self) -> None:
        fetcher = self._fetcher
        assert fetcher is not None
        generation = self._generation
        offset, limit = len(self._rows), self._page_size
        self._loading = True

        def done(rows: list[DossierRow]) -> None:
            if generation == self._generation:
                self._append(rows, limit)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self._exhausted = True
                self.load_failed.emit(error)

        if self._worker is None:
            try:
                rows = fetcher(offset, limit)
            except Exception as exc:  # shown by whoever listens; the table just stays as it is
                failed(exc)
            else:
                done(rows)
        else:
            self._worker.submit(lambda: fetcher(offset, limit), done, failed)

    def _append(self, rows: list[DossierRow], limit: int) -> None:
        self._loading = False
        self._exhausted = len(rows) < limit
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    # ---- reading ---------------------------------------------------------------------------

    def row_at(self, row: int) -> DossierRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[DossierRow]:
        return list(self._rows)

    def row_of_code(self, code: str) -> int:
        for number, row in enumerate(self._rows):
            if row.code == code:
                return number
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT
                and role == Qt.ItemDataRole.DisplayRole):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_key(row, column)
        state, marker = time_marker(row.status, row.due_at, self._now(), self._soon_hours)
        if role == self.StateRole:
            return state
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"late": LATE_BACKGROUND, "soon": SOON_BACKGROUND}.get(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"late": LATE_FOREGROUND, "soon": SOON_FOREGROUND}.get(state)
        if role == Qt.ItemDataRole.FontRole and column == self.REMAINING and state in ("late", "soon"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.code} — {row.name}\n{row.procedure_name}\n" + self.tr("Hẹn trả: %1").replace(
                "%1", format_moment_long(row.due_at))
            return tip + (f"\n{marker}" if marker else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column)
            return f"{text}, {marker}" if column == self.CODE and marker else text
        return None

    def _display(self, row: DossierRow, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.PROCEDURE:
            return row.procedure_name
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.RECEIVED:
            return format_moment(row.received_at)
        if column == self.DUE:
            return format_moment(row.due_at)
        if column == self.REMAINING:
            return time_marker(row.status, row.due_at, self._now(), self._soon_hours)[1]
        return ""

    def _sort_key(self, row: DossierRow, column: int) -> Any:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            # Vietnamese names sort by the given name, the last word.
            return " ".join(reversed(row.name.split())).casefold()
        if column == self.PROCEDURE:
            return row.procedure_name.casefold()
        if column == self.STATUS:
            return int(row.status)
        if column == self.RECEIVED:
            return row.received_at
        if column == self.DUE:
            return row.due_at
        if column == self.REMAINING:
            # Seconds left (negative when late); closed and paused dossiers after every open one.
            if not row.status.is_open or row.status in PAUSED_STATUSES:
                return float(10**12)
            return (row.due_at - self._now()).total_seconds()
        return None


# Starting widths of the table's columns (the procedure column takes the rest)…
COLUMN_WIDTHS = {DossierTableModel.CODE: 150, DossierTableModel.NAME: 175, DossierTableModel.STATUS: 135,
                 DossierTableModel.RECEIVED: 120, DossierTableModel.DUE: 120, DossierTableModel.REMAINING: 115}
# …widened when the usual statuses need it in the language shown ("Awaiting supplements").
_USUAL_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED, Status.FINISHED,
                   Status.RETURNED)


def column_widths(font: QFont) -> dict[int, int]:
    """Column → starting width of a dossier table in ``font``: at least :data:`COLUMN_WIDTHS`, and wide
    enough for the dates, the usual statuses and the longest markers ("23 hours late") of the language
    shown."""
    plain, bold_font = QFontMetrics(font), QFont(font)
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    padding = 16
    widths = dict(COLUMN_WIDTHS)
    status = max(plain.horizontalAdvance(status_label(s)) for s in _USUAL_STATUSES) + padding
    widths[DossierTableModel.STATUS] = max(widths[DossierTableModel.STATUS], status)
    markers = [f(unit, n) for f in (_late, _left) for unit, n in (("days", 99), ("hours", 23), ("minutes", 59))]
    remaining = max(bold.horizontalAdvance(text) for text in markers) + padding
    widths[DossierTableModel.REMAINING] = max(widths[DossierTableModel.REMAINING], remaining)
    moment = plain.horizontalAdvance(format_moment(datetime(2088, 12, 28, 20, 58))) + padding
    for column in (DossierTableModel.RECEIVED, DossierTableModel.DUE):  # "20:58 28/12/2088" whole at 10 pt
        widths[column] = max(widths[column], moment)
    return widths
