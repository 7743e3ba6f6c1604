"""The intake form: a citizen's dossier typed at the counter, saved, and its receipt previewed.

Keyboard first: Tab walks the form top to bottom, Enter moves to the next field (and saves in the
last one, "Ghi chú"), Ctrl+S saves from anywhere in the form, Esc clears it after confirmation.
The procedure is found by typing its name without diacritics ("ket hon") or its code.

Database work (the catalogue, the appointment preview, the save, the receipt) runs on the
:class:`~desk_app.gui.worker.DbWorker`; nothing typed is ever lost on an error.

Also here, shared with the setup dialog: :class:`PlacePicker` (province and commune combos that
filter as the clerk types without diacritics) and the form style sheet.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.domain.dossier import Channel, DocumentLine, Person
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.text import fold, nfc
from desk_app.gui import messages
from desk_app.gui.generated.ui_intake_page import Ui_IntakePage
from desk_app.gui.labels import duration_text
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.office import OfficeSettings
    from desk_app.domain.procedures import Procedure
    from desk_app.services.context import DeskContext
    from desk_app.services.intake import IntakeRequest

Index = QModelIndex | QPersistentModelIndex

FORM_STYLE = """
QLabel[role="error"] { color: #b3261e; }
QLabel[role="hint"] { color: #4a4a4a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],
QDateTimeEdit[invalid="true"], QTableView[invalid="true"] {
    border: 2px solid #c62828; border-radius: 3px;
}
QLineEdit[invalid="true"] { padding: 1px 2px; }
#appointmentFrame { background: #eaf2fc; border: 1px solid #8fb3de; border-radius: 6px; }
#appointmentCaption { color: #1d4f91; font-weight: bold; }
#appointmentLabel { color: #0b3d91; font-size: 17pt; font-weight: bold; }
#appointmentLabel[pending="true"] { color: #5f6b7a; font-size: 12pt; font-weight: normal; }
#appointmentDetail { color: #1d4f91; font-weight: bold; }
#actionBar { border-top: 1px solid #c4c4c4; }
QLabel#resultLabel[role="ok"] { color: #1b5e20; font-weight: bold; }
QLabel#resultLabel[role="error"] { color: #b3261e; font-weight: bold; }
#saveButton { font-weight: bold; padding: 5px 18px; }
"""

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3

def vn_datetime(moment: datetime) -> str:
    """"17 giờ 00 phút, ngày 24 tháng 11 năm 2025" (as the receipt prints it)."""
    text = QCoreApplication.translate("IntakePage", "{hour:02d} giờ {minute:02d} phút, "
                                                    "ngày {day:02d} tháng {month:02d} năm {year:04d}")
    return text.format(hour=moment.hour, minute=moment.minute, day=moment.day, month=moment.month, year=moment.year)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def tidy_name(text: str) -> str:
    """NFC, single spaces; a name typed all in lower case gets its capitals ("nguyễn văn an" → "Nguyễn Văn An").

    Anything typed with capitals of its own is kept exactly as typed.
    """
    text = " ".join(nfc(text).split())
    if text and text == text.lower() and any(ch.isalpha() for ch in text):
        return text.title()
    return text


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a dynamic property the style sheet reads, and re-apply the style."""
    if bool(widget.property(name)) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def show_field_error(label: QLabel, widget: QWidget | None, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    if widget is not None:
        set_flag(widget, "invalid", bool(message))


def report_unexpected(exc: BaseException) -> None:
    """A bug surfaced in a callback: the app's exception hook logs it and tells the clerk."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


# ---- province and commune pickers, filtered without diacritics --------------------------------


class FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded name contains every folded word typed ("tan lap" ⊂ "xa tan lap")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_query(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        folded = self.sourceModel().index(source_row, 0, source_parent).data(FOLDED_ROLE) or ""
        return all(word in folded for word in self._words)


class FoldedComboSearch(QObject):
    """Typing into an editable combo box shows the matching items, with or without diacritics."""

    def __init__(self, combo: QComboBox, placeholder: str = "") -> None:
        super().__init__(combo)
        self.combo = combo
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(combo.model())
        self.completer = QCompleter(self.proxy, combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        combo.setCompleter(self.completer)
        line = combo.lineEdit()
        if placeholder:
            line.setPlaceholderText(placeholder)
        line.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip() and self.proxy.rowCount() and self.combo.isVisible():
            self.completer.complete()

    def match(self, text: str | None = None) -> int:
        """The combo row the text names (exactly, or as the only match), else -1."""
        text = self.combo.currentText() if text is None else text
        query = fold(text)
        if not query:
            return -1
        current = self.combo.currentIndex()
        if current >= 0 and self.combo.itemText(current) == text:
            return current
        folded = [str(self.combo.itemData(row, FOLDED_ROLE) or "") for row in range(self.combo.count())]
        exact = [row for row, name in enumerate(folded) if name == query]
        if len(exact) == 1:
            return exact[0]
        words = query.split()
        found = [row for row, name in enumerate(folded) if all(word in name for word in words)]
        return found[0] if len(found) == 1 else -1

    def resolve(self) -> int:
        """Select the row the typed text names; keep the text as typed when it names none."""
        text = self.combo.currentText()
        row = self.match(text)
        if row >= 0:
            if row != self.combo.currentIndex() or self.combo.currentText() != self.combo.itemText(row):
                self.combo.setCurrentIndex(row)
        elif self.combo.currentIndex() >= 0 or text:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(text)
        self.proxy.set_query("")
        return row


class PlacePicker(QObject):
    """A province combo and a commune combo filled from the province (2025 two-tier structure)."""

    changed = Signal()

    def __init__(self, province_combo: QComboBox, ward_combo: QComboBox) -> None:
        super().__init__(province_combo)
        self.province_combo = province_combo
        self.ward_combo = ward_combo
        self.province_search = FoldedComboSearch(province_combo, self.tr("Gõ tên tỉnh"))
        self.ward_search = FoldedComboSearch(ward_combo, self.tr("Gõ tên xã, phường"))
        self._loaded = False
        self._ward_province: int | None = None
        self._wards_allowed = True
        province_combo.currentIndexChanged.connect(self._province_changed)
        ward_combo.currentIndexChanged.connect(lambda _row: self.changed.emit())
        province_combo.lineEdit().editingFinished.connect(self.province_search.resolve)
        ward_combo.lineEdit().editingFinished.connect(self.ward_search.resolve)
        ward_combo.setEnabled(False)

    def load(self) -> None:
        """Fill the provinces (first use only: the place data costs start-up time)."""
        if self._loaded:
            return
        from desk_app.services import places

        self._loaded = True
        _fill_combo(self.province_combo, places.provinces())

    def _province_changed(self, _row: int) -> None:
        code = self._current(self.province_combo)
        if code != self._ward_province:
            self._ward_province = code
            if code is None:
                _fill_combo(self.ward_combo, ())
            else:
                from desk_app.services import places

                _fill_combo(self.ward_combo, places.wards(code))
        self.ward_combo.setEnabled(self._wards_allowed and code is not None)
        self.changed.emit()

    def allow_wards(self, allowed: bool) -> None:
        self._wards_allowed = allowed
        if not allowed:
            self.ward_combo.setCurrentIndex(-1)
            self.ward_combo.setEditText("")
        self.ward_combo.setEnabled(allowed and self._current(self.province_combo) is not None)

    @staticmethod
    def _current(combo: QComboBox) -> int | None:
        row = combo.currentIndex()
        if row < 0 or combo.currentText() != combo.itemText(row):
            return None
        value = combo.itemData(row)
        return int(value) if value is not None else None

    def _code(self, combo: QComboBox, search: FoldedComboSearch) -> int | None:
        current = self._current(combo)
        if current is not None:
            return current
        row = search.match()
        return int(combo.itemData(row)) if row >= 0 else None

    def province_code(self) -> int | None:
        return self._code(self.province_combo, self.province_search)

    def ward_code(self) -> int | None:
        if not self._wards_allowed:
            return None
        return self._code(self.ward_combo, self.ward_search)

    def province_text(self) -> str:
        return self.province_combo.currentText().strip()

    def ward_text(self) -> str:
        return self.ward_combo.currentText().strip()

    def resolve(self) -> None:
        """Turn what was typed into a choice (the clerk may type a name and move on without picking)."""
        self.province_search.resolve()
        self.ward_search.resolve()

    def set_codes(self, province_code: int | None, ward_code: int | None) -> None:
        self.load()
        _select(self.province_combo, province_code)
        self._province_changed(self.province_combo.currentIndex())
        _select(self.ward_combo, ward_code if self._wards_allowed else None)


def _fill_combo(combo: QComboBox, items: Iterable[Any]) -> None:
    blocked = combo.blockSignals(True)
    combo.clear()
    for row, place in enumerate(items):
        combo.addItem(place.name, place.code)
        combo.setItemData(row, place.folded, FOLDED_ROLE)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    combo.blockSignals(blocked)


def _select(combo: QComboBox, code: int | None) -> None:
    row = combo.findData(code) if code is not None else -1
    combo.setCurrentIndex(row)
    if row < 0:
        combo.setEditText("")


# ---- the documents checklist ---------------------------------------------------------------------


@dataclass
class _DocumentRow:
    name: str
    originals: int = 0
    certified: int = 0
    copies: int = 0
    checked: bool = True
    note: str = ""


class DocumentsModel(QAbstractTableModel):
    """Tên giấy tờ | Bản chính | Bản chứng thực | Bản photo; the tick says the citizen brought it."""

    NAME, ORIGINALS, CERTIFIED, COPIES = range(4)
    _COUNT_FIELDS = {ORIGINALS: "originals", CERTIFIED: "certified", COPIES: "copies"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_DocumentRow] = []
        self._headers = (self.tr("Tên giấy tờ"), self.tr("Bản\nchính"), self.tr("Bản\nchứng thực"),
                         self.tr("Bản\nphoto"))

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.name
            return getattr(row, self._COUNT_FIELDS[column])
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.note or None
        if role == Qt.ItemDataRole.ForegroundRole and not row.checked:
            from PySide6.QtGui import QColor

            return QColor("#8a8a8a")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            state = value.value if hasattr(value, "value") else value
            row.checked = int(state) == Qt.CheckState.Checked.value
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == self.NAME:
            row.name = " ".join(nfc(str(value or "")).split())
        else:
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            setattr(row, self._COUNT_FIELDS[column], max(0, min(99, number)))
        self.dataChanged.emit(index, index)
        return True

    def set_documents(self, documents: Iterable[Any]) -> None:
        """Rows from a procedure's checklist (ProcedureDocument) or a dossier's (DocumentLine)."""
        self.beginResetModel()
        self._rows = [
            _DocumentRow(doc.name, doc.originals, doc.certified, doc.copies,
                         checked=bool(getattr(doc, "required", True)), note=getattr(doc, "note", ""))
            for doc in documents
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_documents(())

    def add_row(self, name: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_DocumentRow(name, originals=1))
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def checked_lines(self) -> list[tuple[int, DocumentLine]]:
        """(model row, line) of the ticked documents with a name, in table order."""
        return [(number, DocumentLine(row.name, row.originals, row.certified, row.copies))
                for number, row in enumerate(self._rows) if row.checked and row.name.strip()]


class CountDelegate(QStyledItemDelegate):
    """A 0–99 spin box for the number of copies."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 99)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFrame(False)
        return spin


# ---- the page --------------------------------------------------------------------------------------


class IntakePage(QWidget):
    """Tiếp nhận hồ sơ. Emits ``saved(code)`` after a dossier is stored, ``message(text)`` for the status bar."""

    saved = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._procedures: list[Procedure] | None = None
        self._loading_catalogue = False
        self._procedure: Procedure | None = None
        self._office: OfficeSettings | None = None
        self._received_edited = False
        self._setting_time = False
        self._preview_token = 0
        self._saving = False
        self._document_rows: list[int] = []
        self.last_code = ""
        self.last_preview: QWidget | None = None
        self._build()
        self.reset_form()

    # -- construction ------------------------------------------------------------------------------

    def _build(self) -> None:
        ui = self.ui
        # The procedure search: a popup of the best matches, ranked by the catalogue's own search.
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(ui.procedureSearch)
        self._completer.activated[QModelIndex].connect(self._match_activated)
        ui.procedureSearch.textEdited.connect(self._search_edited)
        ui.procedureSearch.returnPressed.connect(self._search_return)

        self.places = PlacePicker(ui.provinceCombo, ui.wardCombo)

        for label, channel in ((self.tr("Trực tiếp"), Channel.COUNTER), (self.tr("Trực tuyến"), Channel.ONLINE),
                               (self.tr("Bưu chính công ích"), Channel.POST)):
            ui.channelCombo.addItem(label, int(channel))
        ui.ownerGroup.setVisible(False)
        ui.ownerCheck.toggled.connect(self._owner_toggled)

        self.documents = DocumentsModel(self)
        table = ui.documentsTable
        table.setModel(self.documents)
        delegate = CountDelegate(table)
        for column in (DocumentsModel.ORIGINALS, DocumentsModel.CERTIFIED, DocumentsModel.COPIES):
            table.setItemDelegateForColumn(column, delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(DocumentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (DocumentsModel.ORIGINALS, DocumentsModel.CERTIFIED, DocumentsModel.COPIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, header.fontMetrics().horizontalAdvance("chứng thực") + 20)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        ui.addDocumentButton.clicked.connect(self.add_document)
        ui.removeDocumentButton.clicked.connect(self.remove_documents)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), table, self.add_document,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, self.remove_documents,
                  context=Qt.ShortcutContext.WidgetShortcut)

        ui.receivedEdit.dateTimeChanged.connect(self._received_changed)
        ui.nowButton.clicked.connect(self._received_now)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

        ui.deliveryPostRadio.toggled.connect(self._delivery_toggled)

        # Enter moves to the next field; in the last one it saves.
        for edit in (ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.emailEdit, ui.streetEdit,
                     ui.ownerNameEdit, ui.ownerIdNumberEdit, ui.ownerPhoneEdit, ui.ownerAddressEdit,
                     ui.feeEdit, ui.postAddressEdit):
            edit.returnPressed.connect(self._next_field)
        for combo in (ui.provinceCombo, ui.wardCombo):
            combo.lineEdit().returnPressed.connect(self._next_field)
        ui.notesEdit.returnPressed.connect(self.save)
        for edit in (ui.nameEdit, ui.ownerNameEdit):
            edit.editingFinished.connect(lambda edit=edit: self._tidy_name(edit))

        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.start_new)
        ui.reprintButton.clicked.connect(self.show_last_receipt)
        ui.reprintButton.setVisible(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Field → (its error label, the widget to outline); the keys are the service's error keys.
        self._fields: dict[str, tuple[QLabel, QWidget | None]] = {
            "procedure": (ui.procedureError, ui.procedureSearch),
            "name": (ui.nameError, ui.nameEdit),
            "id_number": (ui.idNumberError, ui.idNumberEdit),
            "phone": (ui.phoneError, ui.phoneEdit),
            "email": (ui.emailError, ui.emailEdit),
            "owner_name": (ui.ownerNameError, ui.ownerNameEdit),
            "owner_id_number": (ui.ownerIdNumberError, ui.ownerIdNumberEdit),
            "owner_phone": (ui.ownerPhoneError, ui.ownerPhoneEdit),
            "channel": (ui.channelError, ui.channelCombo),
            "received_at": (ui.receivedError, ui.receivedEdit),
            "documents": (ui.documentsError, ui.documentsTable),
            "sets": (ui.documentsError, ui.setsSpin),
            "result_delivery": (ui.postAddressError, ui.postAddressEdit),
        }
        clear_on_edit: list[tuple[Any, str]] = [
            (ui.nameEdit.textEdited, "name"), (ui.idNumberEdit.textEdited, "id_number"),
            (ui.phoneEdit.textEdited, "phone"), (ui.emailEdit.textEdited, "email"),
            (ui.ownerNameEdit.textEdited, "owner_name"), (ui.ownerIdNumberEdit.textEdited, "owner_id_number"),
            (ui.ownerPhoneEdit.textEdited, "owner_phone"), (ui.channelCombo.currentIndexChanged, "channel"),
            (ui.setsSpin.valueChanged, "sets"), (ui.postAddressEdit.textEdited, "result_delivery"),
            (self.documents.dataChanged, "documents"),
        ]
        for signal, key in clear_on_edit:
            signal.connect(lambda *_args, key=key: self._clear_error(key))

    # -- catalogue -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._procedures is None and not self._loading_catalogue:
            QTimer.singleShot(0, self.reload_catalogue)

    def reload_catalogue(self) -> None:
        """Fetch the active procedures (and the office, for default places) on the worker."""
        ctx = self.ctx
        self._loading_catalogue = True

        def job() -> tuple[list[Procedure], OfficeSettings]:
            from desk_app.services import catalogue

            return catalogue.list_procedures(ctx), ctx.office()

        self.worker.submit(job, self._catalogue_loaded, self._catalogue_failed)

    def _catalogue_loaded(self, result: tuple[list[Procedure], OfficeSettings]) -> None:
        self._loading_catalogue = False
        first_load = self._office is None
        self._procedures, self._office = result
        self.places.load()
        if first_load and not self.has_input():
            self.places.set_codes(self._office.province_code, self._office.ward_code)
        if not self._procedures:
            self._show_result(self.tr("Danh mục thủ tục đang trống: hãy nhập danh mục trước khi tiếp nhận."),
                              ok=False)
        text = self.ui.procedureSearch.text()
        if text.strip() and self._procedure is None and self.ui.procedureSearch.hasFocus():
            self._search_edited(text)

    def _catalogue_failed(self, exc: BaseException) -> None:
        self._loading_catalogue = False
        if not isinstance(exc, DeskError):
            report_unexpected(exc)
            return
        self._show_result(self.tr("Không tải được danh mục thủ tục: {message}").format(message=exc.message),
                          ok=False)

    def is_ready(self) -> bool:
        """The catalogue is loaded: procedures can be searched."""
        return self._procedures is not None

    def office_changed(self) -> None:
        """The office settings changed (setup dialog): reload what the form takes from them."""
        self._office = None
        self.reload_catalogue()

    # -- procedure search --------------------------------------------------------------------------

    def _search_edited(self, text: str) -> None:
        if self._procedure is not None:
            self._unset_procedure()
        self._clear_error("procedure")
        self._fill_matches(text)
        if text.strip() and self._matches.rowCount() and self.ui.procedureSearch.isVisible():
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        elif not self._matches.rowCount():
            self._completer.popup().hide()

    def procedure_popup(self) -> QAbstractItemView:
        return self._completer.popup()

    def matches(self) -> list[str]:
        """Codes shown in the popup, best first."""
        return [self._matches.item(row).data(CODE_ROLE) for row in range(self._matches.rowCount())]

    def _fill_matches(self, text: str) -> None:
        self._matches.clear()
        if not text.strip() or not self._procedures:
            return
        from desk_app.domain.procedures import search_procedures

        for procedure in search_procedures(self._procedures, text)[:40]:
            item = QStandardItem(f"{procedure.name}   ·   {procedure.code} · {procedure.field}")
            item.setData(procedure.code, CODE_ROLE)
            item.setData(procedure.name, NAME_ROLE)
            limit = self.tr("Thời hạn: {duration}").format(
                duration=duration_text(procedure.duration, procedure.unit, procedure.cutoff))
            item.setToolTip(f"{procedure.name}\n{limit}")
            self._matches.appendRow(item)

    def _match_activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.choose_procedure(str(code))

    def _search_return(self) -> None:
        text = self.ui.procedureSearch.text()
        if self._procedure is not None and text == self._procedure.name:
            self._next_field()
            return
        if not text.strip():
            return
        self._fill_matches(text)
        codes = self.matches()
        if codes:
            self._completer.popup().hide()
            self.choose_procedure(codes[0])
            self._next_field()
        else:
            self._show_errors({"procedure": self.tr("Không tìm thấy thủ tục nào khớp «{text}».").format(text=text)})

    def choose_procedure(self, code: str) -> bool:
        """Pick a procedure of the catalogue: fills the checklist and the fee, shows the appointment."""
        procedure = next((p for p in self._procedures or () if p.code == code), None)
        if procedure is None:
            return False
        self._procedure = procedure
        self.ui.procedureSearch.setText(procedure.name)
        self.ui.procedureSearch.setCursorPosition(0)
        self._clear_error("procedure")
        parts = [self.tr("Mã {code}").format(code=procedure.code)]
        if procedure.field:
            parts.append(procedure.field)
        parts.append(self.tr("Thời hạn: {duration}").format(
            duration=duration_text(procedure.duration, procedure.unit, procedure.cutoff)))
        if procedure.agency:
            parts.append(procedure.agency)
        self.ui.procedureInfo.setText("  ·  ".join(parts))
        self.ui.procedureInfo.setVisible(True)
        self.documents.set_documents(procedure.documents)
        self._clear_error("documents")
        self.ui.feeEdit.setText(procedure.fee)
        self.ui.feeEdit.setCursorPosition(0)
        self.ui.feeEdit.setToolTip(procedure.fee)
        self._refresh_appointment()
        return True

    def procedure(self) -> Procedure | None:
        return self._procedure

    def _unset_procedure(self) -> None:
        self._procedure = None
        self._preview_token += 1
        self.ui.procedureInfo.clear()
        self.ui.procedureInfo.setVisible(False)
        self._show_pending_appointment()

    # -- appointment -------------------------------------------------------------------------------

    def _show_pending_appointment(self, text: str = "") -> None:
        label = self.ui.appointmentLabel
        label.setText(text or self.tr("Chọn thủ tục để xem ngày hẹn trả"))
        set_flag(label, "pending", True)
        self.ui.appointmentDetail.clear()
        self.ui.appointmentDetail.setVisible(False)
        self.ui.appointmentFrame.setToolTip("")

    def appointment_text(self) -> str:
        return self.ui.appointmentLabel.text()

    def _refresh_appointment(self) -> None:
        procedure = self._procedure
        if procedure is None:
            self._show_pending_appointment()
            return
        self._preview_token += 1
        token = self._preview_token
        received = self._received_at()
        ctx = self.ctx

        def job() -> datetime:
            from desk_app.services import intake

            return intake.preview_due(ctx, procedure.code, received)

        self.worker.submit(job, lambda due: self._show_due(token, procedure, due),
                           lambda exc: self._due_failed(token, exc))

    def _show_due(self, token: int, procedure: Procedure, due: datetime) -> None:
        if token != self._preview_token:
            return
        label = self.ui.appointmentLabel
        label.setText(vn_datetime(due))
        set_flag(label, "pending", False)
        weekday = (self.tr("Thứ Hai"), self.tr("Thứ Ba"), self.tr("Thứ Tư"), self.tr("Thứ Năm"),
                   self.tr("Thứ Sáu"), self.tr("Thứ Bảy"), self.tr("Chủ nhật"))[due.weekday()]
        days = (due.date() - self.ctx.now().date()).days
        if days == 0:
            weekday = self.tr("{weekday}, hôm nay").format(weekday=weekday)
        elif days == 1:
            weekday = self.tr("{weekday}, ngày mai").format(weekday=weekday)
        self.ui.appointmentDetail.setText(weekday)
        self.ui.appointmentFrame.setToolTip(self.tr("Thời hạn giải quyết: {duration}").format(
            duration=duration_text(procedure.duration, procedure.unit, procedure.cutoff)))
        self.ui.appointmentDetail.setVisible(True)

    def _due_failed(self, token: int, exc: BaseException) -> None:
        if token != self._preview_token:
            return
        if not isinstance(exc, DeskError):
            report_unexpected(exc)
            return
        self._show_pending_appointment(self.tr("Chưa tính được ngày hẹn: {message}").format(message=exc.message))

    # -- received time -----------------------------------------------------------------------------

    def _set_received(self, moment: datetime) -> None:
        self._setting_time = True
        try:
            self.ui.receivedEdit.setDateTime(to_qdatetime(moment))
        finally:
            self._setting_time = False

    def _received_changed(self, _value: QDateTime) -> None:
        if self._setting_time:
            return
        self._received_edited = True
        self._clear_error("received_at")
        self._refresh_appointment()

    def _received_now(self) -> None:
        self._received_edited = False
        self._set_received(self.ctx.now())
        self._clear_error("received_at")
        self._refresh_appointment()

    def _tick(self) -> None:
        """Keep an untouched "received" time at now while the form stays open."""
        if self._received_edited:
            return
        now = self.ctx.now()
        if from_qdatetime(self.ui.receivedEdit.dateTime()) != now.replace(second=0):
            self._set_received(now)
            self._refresh_appointment()

    def _received_at(self) -> datetime | None:
        """None while the clerk has not touched it: the service then stamps the saving moment."""
        if not self._received_edited:
            return None
        return from_qdatetime(self.ui.receivedEdit.dateTime())

    # -- other fields ------------------------------------------------------------------------------

    def _owner_toggled(self, checked: bool) -> None:
        self.ui.ownerGroup.setVisible(checked)
        if checked:
            self.ui.ownerNameEdit.setFocus()

    def _delivery_toggled(self, by_post: bool) -> None:
        ui = self.ui
        ui.postAddressEdit.setEnabled(by_post)
        ui.postAddressLabel.setEnabled(by_post)
        if by_post and not ui.postAddressEdit.text().strip():
            ui.postAddressEdit.setText(self._applicant_address())
        if not by_post:
            self._clear_error("result_delivery")

    def _applicant_address(self) -> str:
        from desk_app.services import places

        province = self.places.province_code()
        ward = self.places.ward_code() if province is not None else None
        return places.full_address(self.ui.streetEdit.text(), province, ward)

    def add_document(self) -> None:
        row = self.documents.add_row()
        index = self.documents.index(row, DocumentsModel.NAME)
        table = self.ui.documentsTable
        table.setFocus()
        table.setCurrentIndex(index)
        table.edit(index)

    def remove_documents(self) -> None:
        table = self.ui.documentsTable
        rows = {index.row() for index in table.selectionModel().selectedRows()}
        if not rows and table.currentIndex().isValid():
            rows = {table.currentIndex().row()}
        self.documents.remove_rows(rows)

    @staticmethod
    def _tidy_name(edit: QLineEdit) -> None:
        tidy = tidy_name(edit.text())
        if tidy != edit.text():
            edit.setText(tidy)

    def _next_field(self) -> None:
        self.focusNextPrevChild(True)

    # -- form state ---------------------------------------------------------------------------------

    def _text_fields(self) -> list[QLineEdit]:
        ui = self.ui
        return [ui.procedureSearch, ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.emailEdit, ui.streetEdit,
                ui.ownerNameEdit, ui.ownerIdNumberEdit, ui.ownerPhoneEdit, ui.ownerAddressEdit,
                ui.postAddressEdit, ui.notesEdit]

    def has_input(self) -> bool:
        """Something typed that a reset would lose."""
        return (self._procedure is not None or self._received_edited
                or any(edit.text().strip() for edit in self._text_fields()))

    def reset_form(self) -> None:
        """An empty form for the next citizen (no question asked: see :meth:`start_new`)."""
        ui = self.ui
        self._completer.popup().hide()
        for edit in self._text_fields():
            edit.clear()
        ui.feeEdit.clear()
        self._procedure = None
        self._unset_procedure()
        self._matches.clear()
        if self._office is not None:
            self.places.set_codes(self._office.province_code, self._office.ward_code)
        ui.ownerCheck.setChecked(False)
        ui.channelCombo.setCurrentIndex(0)
        self._received_edited = False
        self._set_received(self.ctx.now())
        self.documents.clear()
        ui.setsSpin.setValue(1)
        ui.deliveryCounterRadio.setChecked(True)
        self._delivery_toggled(False)
        ui.scrollArea.verticalScrollBar().setValue(0)
        self.clear_errors()

    def focus_form(self) -> None:
        self.ui.procedureSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.procedureSearch.selectAll()

    def start_new(self) -> bool:
        """A fresh form with the cursor in the procedure search; asks first when input would be lost."""
        if self._saving:
            return False
        if self.has_input() and not messages.confirm(
            self, self.tr("Nhập hồ sơ mới"),
            self.tr("Xóa các thông tin đang nhập dở để nhập hồ sơ mới?"),
            yes=self.tr("Xóa và nhập mới"), no=self.tr("Giữ lại"),
        ):
            self.focus_form()
            return False
        self.reset_form()
        self._show_result("", ok=True)
        self.focus_form()
        return True

    def activated_by_shortcut(self) -> None:
        """F2 from anywhere (the main window calls this): a fresh form, cursor in the search."""
        self.start_new()

    def _escape(self) -> None:
        table = self.ui.documentsTable
        if table.state() == QAbstractItemView.State.EditingState:
            table.setFocus()  # leave the cell editor, keep the form
            return
        self.start_new()

    # -- errors --------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label, widget in self._fields.values():
            show_field_error(label, widget, "")
        self._show_result("", ok=True)

    def _clear_error(self, key: str) -> None:
        if key in self._fields:
            label, widget = self._fields[key]
            if label.isVisible() or (widget is not None and widget.property("invalid")):
                show_field_error(label, widget, "")

    def errors(self) -> dict[str, str]:
        """The messages shown next to the fields now (key → text)."""
        return {key: label.text() for key, (label, _widget) in self._fields.items() if label.text()}

    def _show_errors(self, errors: dict[str, str]) -> None:
        grouped: dict[str, list[str]] = {}
        others: list[str] = []
        for key, message in errors.items():
            target = "documents" if key.startswith("documents") else key
            if target == "owner_email":
                target = "owner_name"
            if target in self._fields:
                grouped.setdefault(target, []).append(message)
            else:
                others.append(message)
        first: QWidget | None = None
        for key in self._fields:  # in form order, so focus goes to the first wrong field
            if key in grouped:
                label, widget = self._fields[key]
                show_field_error(label, widget, "\n".join(grouped[key]))
                if first is None:
                    first = widget
        summary = self.tr("Hồ sơ chưa được lưu: hãy sửa {count} mục tô đỏ.").format(count=len(errors))
        if others:
            summary += " " + " ".join(others)
        self._show_result(summary, ok=False)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
            self.ui.scrollArea.ensureWidgetVisible(first)

    def _show_result(self, text: str, ok: bool) -> None:
        label = self.ui.resultLabel
        label.setText(text)
        label.setProperty("role", "ok" if ok else "error")
        label.style().unpolish(label)
        label.style().polish(label)

    def result_text(self) -> str:
        return self.ui.resultLabel.text()

    # -- saving --------------------------------------------------------------------------------------

    def _person(self, name: str, id_number: str, phone: str, email: str, address: str,
                province_code: int | None = None, ward_code: int | None = None) -> Person:
        return Person(name=nfc(name), id_number=id_number, phone=phone, email=email, address=nfc(address),
                      province_code=province_code, ward_code=ward_code)

    def build_request(self) -> tuple[IntakeRequest, dict[str, str]]:
        """What the form says, as the service's request, plus the errors only the form can see."""
        from desk_app.services.intake import IntakeRequest

        ui = self.ui
        errors: dict[str, str] = {}
        self.places.resolve()
        self._tidy_name(ui.nameEdit)
        self._tidy_name(ui.ownerNameEdit)
        province = self.places.province_code()
        ward = self.places.ward_code() if province is not None else None
        applicant = self._person(ui.nameEdit.text(), ui.idNumberEdit.text(), ui.phoneEdit.text(),
                                 ui.emailEdit.text(), self._applicant_address(), province, ward)
        owner = None
        if ui.ownerCheck.isChecked():
            owner = self._person(ui.ownerNameEdit.text(), ui.ownerIdNumberEdit.text(), ui.ownerPhoneEdit.text(),
                                 "", ui.ownerAddressEdit.text())
            if not owner.name.strip():
                errors["owner_name"] = self.tr("Nhập họ tên chủ hồ sơ (hoặc bỏ chọn «Người nộp không phải chủ hồ sơ»).")
        if self._procedure is None and ui.procedureSearch.text().strip():
            errors["procedure"] = self.tr("Chọn một thủ tục trong danh sách gợi ý (gõ tên rồi nhấn Enter).")
        delivery = ""
        if ui.deliveryPostRadio.isChecked():
            address = " ".join(nfc(ui.postAddressEdit.text()).split())
            if not address:
                errors["result_delivery"] = self.tr("Nhập địa chỉ nhận kết quả qua bưu chính.")
            delivery = self.tr("Qua dịch vụ bưu chính công ích: {address}").format(address=address)
        lines = self.documents.checked_lines()
        self._document_rows = [row for row, _line in lines]
        request = IntakeRequest(
            procedure_code=self._procedure.code if self._procedure else "",
            applicant=applicant,
            owner=owner,
            channel=Channel(int(ui.channelCombo.currentData())),
            received_at=self._received_at(),
            documents=[line for _row, line in lines],
            sets=ui.setsSpin.value(),
            fee=nfc(ui.feeEdit.text()),
            result_delivery=delivery,
            notes=nfc(ui.notesEdit.text()),
        )
        return request, errors

    def save(self) -> None:
        """Validate and store on the worker; on success show the code and open the receipt preview."""
        if self._saving:
            return
        request, form_errors = self.build_request()
        self.clear_errors()
        ctx = self.ctx

        def job() -> Any:
            from desk_app.services import intake

            try:
                intake.validate(ctx, request)
            except ValidationError as exc:
                raise ValidationError({**exc.errors, **form_errors}) from None
            if form_errors:
                raise ValidationError(form_errors)
            return intake.intake(ctx, request)

        self._set_saving(True)
        self.worker.submit(job, self._saved, self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.saveButton.setEnabled(not saving)
        self.ui.clearButton.setEnabled(not saving)
        if saving:
            self._show_result(self.tr("Đang lưu…"), ok=True)

    def _saved(self, dossier: Any) -> None:
        self._set_saving(False)
        code = dossier.code
        self.last_code = code
        self.reset_form()
        text = self.tr("Đã lưu hồ sơ {code}").format(code=code)
        self._show_result(text, ok=True)
        self.ui.reprintButton.setVisible(True)
        self.message.emit(text)
        self.saved.emit(code)
        self.focus_form()
        self.show_receipt(code)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self._show_errors(self._document_errors(exc.errors))
        elif isinstance(exc, DeskError):
            self._show_result(self.tr("Hồ sơ chưa được lưu."), ok=False)
            messages.error(self, self.tr("Chưa lưu được hồ sơ"),
                           exc.message + "\n\n" + self.tr("Thông tin đã nhập vẫn được giữ trên màn hình; "
                                                          "hãy thử lưu lại sau ít giây."))
        else:
            self._show_result(self.tr("Hồ sơ chưa được lưu."), ok=False)
            report_unexpected(exc)

    def _document_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Select the table rows the service complains about ("documents.N", N counted from 1)."""
        rows = []
        for key in errors:
            if key.startswith("documents."):
                with contextlib.suppress(ValueError, IndexError):
                    rows.append(self._document_rows[int(key.split(".", 1)[1]) - 1])
        if rows:
            self.ui.documentsTable.selectRow(rows[0])
        return errors

    # -- receipt -------------------------------------------------------------------------------------

    def show_last_receipt(self) -> None:
        if self.last_code:
            self.show_receipt(self.last_code)

    def show_receipt(self, code: str) -> None:
        """Render the receipt (Mẫu 01) on the worker, then preview it."""
        ctx = self.ctx

        def job() -> tuple[bytes, str]:
            from desk_app.services import printing

            return printing.print_form(ctx, "receipt", code), ctx.office().paper

        self.worker.submit(job, lambda result: self._open_preview(code, *result),
                           lambda exc: self._receipt_failed(code, exc))

    def _open_preview(self, code: str, pdf: bytes, paper: str) -> None:
        from desk_app.gui.receipt_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(
            pdf, self.tr("Giấy tiếp nhận hồ sơ và hẹn trả kết quả — {code}").format(code=code),
            paper=paper, file_name=f"{code}-giay-tiep-nhan.pdf", parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.focus_form())
        dialog.destroyed.connect(lambda *_args: self._preview_closed(dialog))
        self.last_preview = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _preview_closed(self, dialog: QWidget) -> None:
        if self.last_preview is dialog:
            self.last_preview = None

    def _receipt_failed(self, code: str, exc: BaseException) -> None:
        if not isinstance(exc, DeskError):
            report_unexpected(exc)
            return
        messages.error(self, self.tr("Chưa in được giấy tiếp nhận"),
                       self.tr("Hồ sơ {code} đã được lưu, nhưng chưa tạo được giấy tiếp nhận: {message}\n\n"
                               "Bấm «Xem lại giấy hẹn» để thử lại.").format(code=code, message=exc.message))
