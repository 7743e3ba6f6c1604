"""One dossier: its details, its timeline, and what the clerk can do with it next.

The action buttons follow ``allowed_events(status)``; every action goes through the lifecycle
service on the database worker, and a refused action shows the service's Vietnamese reason and
changes nothing. Forms that apply to the dossier are previewed through the shared PDF preview.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.dossier import REASON_REQUIRED, Dossier, EventKind, Status, allowed_events
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.gui import messages
from desk_app.gui.apology_dialog import ApologyDialog, open_pdf_preview
from desk_app.gui.dossier_model import (
    LATE_BACKGROUND,
    LATE_FOREGROUND,
    SOON_BACKGROUND,
    SOON_FOREGROUND,
    format_moment,
    format_moment_long,
    span,
    time_marker,
)
from desk_app.gui.labels import channel_label, event_label, form_title, status_label
from desk_app.gui.worker import DbWorker
from desk_app.services import lifecycle, printing, queries
from desk_app.services.apology import APOLOGY_STATUSES
from desk_app.services.context import DeskContext

# The buttons, in the order a dossier lives; each with its keyboard mnemonic.
ACTIONS = (
    EventKind.TRANSFER,
    EventKind.REQUEST_SUPPLEMENT,
    EventKind.SUPPLEMENT_RECEIVED,
    EventKind.FINISH,
    EventKind.RETURN,
    EventKind.REFUSE,
    EventKind.WITHDRAW,
    EventKind.STOP,
)

# Which event makes a form printable (receipt and control sheet always are).
_FORM_EVENT = {
    "supplement": EventKind.REQUEST_SUPPLEMENT,
    "refusal": EventKind.REFUSE,
    "stop": EventKind.STOP,
}


@dataclass
class EventInput:
    kind: EventKind
    at: datetime | None = None
    reason: str = ""
    receiver: str = ""
    details: dict[str, object] | None = field(default=None)


def marker_style(state: str) -> str:
    colours = {"late": (LATE_BACKGROUND, LATE_FOREGROUND), "soon": (SOON_BACKGROUND, SOON_FOREGROUND)}
    if state not in colours:
        return "padding: 2px 8px; border: 1px solid palette(mid); border-radius: 3px;"
    background, foreground = colours[state]
    return (f"padding: 2px 8px; border-radius: 3px; font-weight: bold; "
            f"background: {background.name()}; color: {foreground.name()};")


def dossier_marker(dossier: Dossier, now: datetime) -> tuple[str, str]:
    """(state, text) for the header: late/soon while open, on time or late once finished."""
    state, text = time_marker(dossier.status, dossier.due_at, now)
    if state or dossier.finished_at is None:
        return state, text
    if dossier.status in (Status.FINISHED, Status.RETURNED):
        if dossier.finished_at > dossier.due_at:
            unit, n = span(dossier.finished_at - dossier.due_at)
            if unit == "days":
                late = DossierDialog.tr("Có kết quả trễ %n ngày", "", n)
            elif unit == "hours":
                late = DossierDialog.tr("Có kết quả trễ %n giờ", "", n)
            else:
                late = DossierDialog.tr("Có kết quả trễ %n phút", "", n)
            return "late", late
        return "ok", QCoreApplication.translate("DossierDialog", "Có kết quả đúng hạn")
    return "", ""


class EventForm(QDialog):
    """The few fields one event needs: who takes it, why, which documents are missing, when."""

    submitted = Signal(object)  # EventInput

    def __init__(self, kind: EventKind, dossier: Dossier, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.dossier = dossier
        self.setWindowTitle(self.tr("%1 — hồ sơ %2").replace("%1", event_label(kind)).replace("%2", dossier.code))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{dossier.code}</b> — {html.escape(dossier.applicant.name)}"
                         f"<br>{html.escape(dossier.procedure_name)}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.receiver = QLineEdit()
        if kind is EventKind.TRANSFER:
            self.receiver.setPlaceholderText(self.tr("Ví dụ: Công chức Tư pháp – Hộ tịch"))
            form.addRow(self.tr("Chuyển cho (người/bộ phận xử lý):"), self.receiver)
        elif kind is EventKind.RETURN:
            self.receiver.setText(dossier.applicant.name)
            self.receiver.selectAll()
            form.addRow(self.tr("Người nhận kết quả:"), self.receiver)
        else:
            self.receiver.hide()

        self.documents = QListWidget()
        self.other_documents = QPlainTextEdit()
        if kind is EventKind.REQUEST_SUPPLEMENT:
            for line in dossier.documents:
                item = QListWidgetItem(line.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, line)
                self.documents.addItem(item)
            self.documents.setMinimumHeight(min(8, max(3, len(dossier.documents))) * 24)
            form.addRow(self.tr("Giấy tờ cần bổ sung:"), self.documents)
            self.other_documents.setPlaceholderText(self.tr("Mỗi dòng một giấy tờ khác, nếu có"))
            self.other_documents.setTabChangesFocus(True)
            self.other_documents.setFixedHeight(64)
            form.addRow(self.tr("Giấy tờ khác:"), self.other_documents)
        else:
            self.documents.hide()
            self.other_documents.hide()

        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.reason_required = kind in REASON_REQUIRED
        reason_label = {
            EventKind.REQUEST_SUPPLEMENT: self.tr("Nội dung hướng dẫn, lý do (bắt buộc):"),
            EventKind.REFUSE: self.tr("Lý do từ chối (bắt buộc):"),
            EventKind.WITHDRAW: self.tr("Lý do rút hồ sơ (bắt buộc):"),
            EventKind.STOP: self.tr("Lý do dừng xử lý (bắt buộc):"),
        }.get(kind, self.tr("Ghi chú:"))
        form.addRow(reason_label, self.reason)

        self._initial_at = QDateTime(now)
        self.at = QDateTimeEdit(self._initial_at)
        self.at.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.at.setCalendarPopup(True)
        self.at.setMaximumDateTime(QDateTime(now))
        form.addRow(self.tr("Thời điểm:"), self.at)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {LATE_FOREGROUND.name()};")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(event_label(kind), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        (self.receiver if not self.receiver.isHidden() else
         self.documents if not self.documents.isHidden() else self.reason).setFocus()

    def check_document(self, name: str, checked: bool = True) -> None:
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def missing(self) -> list[dict[str, object]]:
        chosen: list[dict[str, object]] = []
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                line = item.data(Qt.ItemDataRole.UserRole)
                chosen.append({"name": line.name, "originals": line.originals, "certified": line.certified,
                               "copies": line.copies})
        for text in self.other_documents.toPlainText().splitlines():
            if text.strip():
                chosen.append({"name": text.strip(), "originals": 1, "certified": 0, "copies": 0})
        return chosen

    def value(self) -> EventInput:
        at = self.at.dateTime()
        return EventInput(
            kind=self.kind,
            at=None if at == self._initial_at else at.toPython(),
            reason=self.reason.toPlainText().strip(),
            receiver=self.receiver.text().strip() if not self.receiver.isHidden() else "",
            details={"missing": self.missing()} if self.kind is EventKind.REQUEST_SUPPLEMENT else None,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        value = self.value()
        if self.kind is EventKind.TRANSFER and not value.receiver:
            self.show_error(self.tr("Cần ghi người hoặc bộ phận nhận hồ sơ để xử lý."))
            self.receiver.setFocus()
            return
        if self.kind is EventKind.RETURN and not value.receiver:
            self.show_error(self.tr("Cần ghi tên người nhận kết quả."))
            self.receiver.setFocus()
            return
        if self.kind is EventKind.REQUEST_SUPPLEMENT and not (value.details or {}).get("missing"):
            self.show_error(self.tr("Chọn ít nhất một giấy tờ cần bổ sung, hoặc ghi vào ô «Giấy tờ khác»."))
            self.documents.setFocus()
            return
        if self.reason_required and not value.reason:
            self.show_error(self.tr("Cần ghi rõ lý do."))
            self.reason.setFocus()
            return
        self.show_error("")
        self.submitted.emit(value)


class DossierDialog(QDialog):
    """Details and timeline of one dossier, with the actions its status allows."""

    feedback_requested = Signal(str)  # code: invite the citizen to rate the service
    changed = Signal(str)  # code: an event or an apology was recorded
    loaded = Signal(object)  # the Dossier shown

    def __init__(self, ctx: DeskContext, worker: DbWorker, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.code = code.strip().upper()
        self.dossier: Dossier | None = None
        self.form: EventForm | None = None
        self.apology: ApologyDialog | None = None
        self.preview: QWidget | None = None
        self.setWindowTitle(self.tr("Hồ sơ %1").replace("%1", self.code))
        self._build()
        self.reload()

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(self.code)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.title)
        self.status_label = QLabel()
        self.status_label.setStyleSheet(marker_style(""))
        header.addWidget(self.status_label)
        self.marker = QLabel()
        header.addWidget(self.marker)
        header.addStretch(1)
        outer.addLayout(header)

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QFrame { background: #e3f1e3; } QLabel { color: #1d4d1d; }")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner_button = QPushButton()
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()
        self._banner_action = lambda: None
        self.banner_button.clicked.connect(lambda: self._banner_action())
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 1)

        details = QGroupBox(self.tr("Thông tin hồ sơ"))
        self.details = QFormLayout(details)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("applicant", self.tr("Người nộp:")),
            ("contact", self.tr("Liên hệ:")),
            ("owner", self.tr("Chủ hồ sơ:")),
            ("procedure", self.tr("Thủ tục:")),
            ("received", self.tr("Tiếp nhận:")),
            ("due", self.tr("Hẹn trả:")),
            ("original_due", self.tr("Hẹn trả ban đầu:")),
            ("status", self.tr("Trạng thái:")),
            ("supplements", self.tr("Bổ sung:")),
            ("finished", self.tr("Có kết quả lúc:")),
        ):
            value = QLabel()
            if key in ("contact", "procedure", "received"):
                value.setWordWrap(True)
                value.setMinimumWidth(420)  # word-wrapped labels in a form need a width to wrap at
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.details.addRow(label, value)
        left.addWidget(details)

        self.tabs = QTabWidget()
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setHeaderLabels([self.tr("Thời điểm"), self.tr("Sự kiện"), self.tr("Người thực hiện"),
                                       self.tr("Chi tiết")])
        header_view = self.timeline.header()
        header_view.setStretchLastSection(True)
        for column in range(3):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.timeline, self.tr("Diễn biến"))
        self.documents = QTreeWidget()
        self.documents.setRootIsDecorated(False)
        self.documents.setHeaderLabels([self.tr("Thành phần hồ sơ"), self.tr("Bản chính"),
                                        self.tr("Bản sao chứng thực"), self.tr("Bản photo")])
        self.documents.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.documents.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.documents, self.tr("Thành phần hồ sơ"))
        left.addWidget(self.tabs, 1)

        actions = QVBoxLayout()
        body.addLayout(actions)
        texts = {
            EventKind.TRANSFER: self.tr("&Chuyển xử lý…"),
            EventKind.REQUEST_SUPPLEMENT: self.tr("Yêu cầu &bổ sung…"),
            EventKind.SUPPLEMENT_RECEIVED: self.tr("&Nhận bổ sung…"),
            EventKind.FINISH: self.tr("Có &kết quả…"),
            EventKind.RETURN: self.tr("&Trả kết quả…"),
            EventKind.REFUSE: self.tr("Từ c&hối…"),
            EventKind.WITHDRAW: self.tr("&Rút hồ sơ…"),
            EventKind.STOP: self.tr("&Dừng xử lý…"),
        }
        self.action_buttons: dict[EventKind, QPushButton] = {}
        for kind in ACTIONS:
            button = QPushButton(texts[kind])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.start_event(k))
            self.action_buttons[kind] = button
            actions.addWidget(button)
            if kind is EventKind.RETURN:
                actions.addSpacing(12)
        actions.addSpacing(12)
        self.apology_button = QPushButton(self.tr("&Xin lỗi, hẹn lại…"))
        self.apology_button.setAutoDefault(False)
        self.apology_button.clicked.connect(self.start_apology)
        actions.addWidget(self.apology_button)
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.setAutoDefault(False)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        close = QPushButton(self.tr("Đóng"))
        close.setAutoDefault(False)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.clicked.connect(self.reject)
        actions.addWidget(close)
        for button in [*self.action_buttons.values(), self.apology_button, self.print_button]:
            button.setEnabled(False)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.setMinimumSize(880, 600)

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, code = self.ctx, self.code
        self.worker.submit(lambda: queries.show(ctx, code), self.show_dossier, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        messages.error(self, self.tr("Không mở được hồ sơ"), _message(error))
        self.reject()

    def show_dossier(self, dossier: Dossier) -> None:
        self.dossier = dossier
        now = self.ctx.now()
        self.title.setText(dossier.code)
        self.status_label.setText(status_label(dossier.status))
        state, text = dossier_marker(dossier, now)
        self.marker.setText(text)
        self.marker.setStyleSheet(marker_style(state))
        self.marker.setVisible(bool(text))
        person = dossier.applicant
        self.values["applicant"].setText(person.name)
        contact = [part for part in (
            self.tr("ĐT %1").replace("%1", person.phone) if person.phone else "",
            self.tr("CCCD %1").replace("%1", person.id_number) if person.id_number else "",
            person.address,
        ) if part]
        self.values["contact"].setText(" · ".join(contact) or "—")
        self._set_row("owner", dossier.owner.name if dossier.owner else "")
        self.values["procedure"].setText(f"{dossier.procedure_name} ({dossier.procedure_code})")
        self.values["received"].setText(
            self.tr("%1, cán bộ %2, %3").replace("%1", format_moment_long(dossier.received_at))
            .replace("%2", dossier.clerk).replace("%3", channel_label(dossier.channel).lower()))
        due = format_moment_long(dossier.due_at)
        if text and state in ("late", "soon"):
            colour = LATE_FOREGROUND if state == "late" else SOON_FOREGROUND
            due += f' — <b style="color: {colour.name()}">{html.escape(text)}</b>'
        elif text and state == "ok":
            due += f" — {html.escape(text)}"
        self.values["due"].setText(due)
        self.values["original_due"].setText(
            format_moment_long(dossier.original_due_at) if dossier.original_due_at != dossier.due_at
            else self.tr("như trên"))
        self.values["status"].setText(status_label(dossier.status))
        self._set_row("supplements", self.tr("Đã yêu cầu bổ sung %n lần", "", dossier.supplement_count)
                      if dossier.supplement_count else "")
        self._set_row("finished", format_moment_long(dossier.finished_at) if dossier.finished_at else "")
        self._fill_timeline(dossier)
        self._fill_documents(dossier)
        allowed = set(allowed_events(dossier.status))
        for kind, button in self.action_buttons.items():
            button.setEnabled(kind in allowed)
        self.apology_button.setEnabled(dossier.status in APOLOGY_STATUSES)
        self._fill_print_menu(dossier)
        self.loaded.emit(dossier)

    def _set_row(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self.details.setRowVisible(self.values[key], bool(text))

    def _fill_timeline(self, dossier: Dossier) -> None:
        self.timeline.clear()
        entries: list[tuple[datetime, list[str]]] = []
        for event in dossier.events:
            detail = []
            if event.receiver:
                who = self.tr("Người nhận: %1") if event.kind is EventKind.RETURN else self.tr("Chuyển cho: %1")
                detail.append(who.replace("%1", event.receiver))
            if event.reason:
                detail.append(event.reason)
            if event.kind is not EventKind.INTAKE:
                detail.append(self.tr("→ %1").replace("%1", status_label(event.to_status)))
            entries.append((event.at, [format_moment(event.at), event_label(event.kind), event.actor,
                                       "\n".join(detail)]))
        for apology in dossier.apologies:
            signer = (self.tr("KT. ") if apology.deputy else "") + (apology.signatory_title or "")
            detail = self.tr("Hẹn lại: %1 → %2").replace("%1", format_moment(apology.old_due_at)).replace(
                "%2", format_moment(apology.new_due_at))
            entries.append((apology.at, [format_moment(apology.at), self.tr("Xin lỗi, hẹn lại"),
                                         f"{apology.signatory} ({signer.strip()})" if signer.strip()
                                         else apology.signatory,
                                         f"{detail}\n{apology.reason}"]))
        for feedback in dossier.feedback:
            entries.append((feedback.at, [format_moment(feedback.at), self.tr("Người dân đánh giá"),
                                          feedback.clerk, self.tr("Mức %1/%2").replace("%1", str(feedback.rating))
                                          .replace("%2", str(feedback.scale))
                                          + (f"\n{feedback.comment}" if feedback.comment else "")]))
        for _, texts in sorted(entries, key=lambda entry: entry[0]):
            QTreeWidgetItem(self.timeline, texts)

    def _fill_documents(self, dossier: Dossier) -> None:
        self.documents.clear()
        for line in dossier.documents:
            item = QTreeWidgetItem(self.documents, [line.name, str(line.originals), str(line.certified),
                                                    str(line.copies)])
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)

    def printable_forms(self, dossier: Dossier) -> list[str]:
        kinds = {event.kind for event in dossier.events}
        forms = ["receipt"]
        forms += [form for form, kind in _FORM_EVENT.items() if kind in kinds]
        if dossier.apologies:
            forms.append("apology")
        forms.append("control")
        return [form for form in printing.FORMS if form in forms]

    def _fill_print_menu(self, dossier: Dossier) -> None:
        self.print_menu.clear()
        for form in self.printable_forms(dossier):
            action = self.print_menu.addAction(form_title(form))
            action.setData(form)
            action.triggered.connect(lambda _=False, f=form: self.preview_form(f))
        self.print_button.setEnabled(True)

    # ---- actions ---------------------------------------------------------------------------

    def start_event(self, kind: EventKind) -> EventForm | None:
        """Open the small form of one event; recorded when the clerk confirms it."""
        if self.dossier is None:
            return None
        if kind is EventKind.REQUEST_SUPPLEMENT:
            warning = lifecycle.supplement_warning(self.dossier)
            if warning and not messages.confirm(self, self.tr("Yêu cầu bổ sung lần nữa?"), warning,
                                                yes=self.tr("Vẫn yêu cầu bổ sung"), no=self.tr("Không")):
                return None
        self.form = EventForm(kind, self.dossier, self.ctx.now(), self)
        self.form.submitted.connect(self.apply)
        self.form.open()
        return self.form

    def apply(self, value: EventInput) -> None:
        ctx, code = self.ctx, self.code

        def run() -> Dossier:
            return lifecycle.apply_event(ctx, code, value.kind, at=value.at, reason=value.reason,
                                         receiver=value.receiver, details=value.details)

        self.worker.submit(run, lambda dossier: self._applied(value, dossier),
                           lambda error: self._refused(value, error))

    def _applied(self, value: EventInput, dossier: Dossier) -> None:
        if self.form is not None:
            self.form.accept()
            self.form.deleteLater()
            self.form = None
        self.show_dossier(dossier)
        self.changed.emit(dossier.code)
        kind = value.kind
        if kind is EventKind.RETURN:
            self.show_banner(self.tr("Đã trả kết quả cho %1.").replace("%1", value.receiver or
                                                                       dossier.applicant.name),
                             self.tr("Mời người dân đánh giá"), self.request_feedback)
        elif kind in _FORM_EVENT.values():
            form = next(f for f, k in _FORM_EVENT.items() if k is kind)
            self.show_banner(self.tr("Đã ghi «%1».").replace("%1", event_label(kind)),
                             self.tr("Xem và in %1").replace("%1", form_title(form)),
                             lambda: self.preview_form(form))
        else:
            self.show_banner(self.tr("Đã ghi «%1». Trạng thái mới: %2.").replace("%1", event_label(kind))
                             .replace("%2", status_label(dossier.status)))

    def _refused(self, value: EventInput, error: BaseException) -> None:
        parent: QWidget = self.form if self.form is not None else self
        messages.error(parent, self.tr("Không thực hiện được"), _message(error))
        if not isinstance(error, ValidationError) and self.form is not None:
            self.form.reject()
            self.form.deleteLater()
            self.form = None
        self.reload()  # the dossier may have changed elsewhere: show it as it is

    def show_banner(self, text: str, button: str = "", action: object = None) -> None:
        self.banner_text.setText(text)
        self.banner_button.setText(button)
        self.banner_button.setVisible(bool(button))
        self._banner_action = action if callable(action) else (lambda: None)
        self.banner.show()
        if button:
            self.banner_button.setFocus()

    def request_feedback(self) -> None:
        self.banner.hide()
        self.feedback_requested.emit(self.code)

    def start_apology(self) -> ApologyDialog | None:
        if self.dossier is None:
            return None
        self.apology = ApologyDialog(self.ctx, self.worker, self.code, self)
        self.apology.apologized.connect(self._apologized)
        self.apology.open()
        return self.apology

    def _apologized(self, code: str) -> None:
        self.changed.emit(code)
        self.reload()

    def preview_form(self, form: str) -> None:
        ctx, code = self.ctx, self.code
        title = form_title(form)

        def opened(result: tuple[bytes, str]) -> None:
            pdf, paper = result
            self.preview = open_pdf_preview(pdf, f"{title} — {code}", self, paper=paper, code=code, form=form)

        self.worker.submit(lambda: (printing.print_form(ctx, form, code), ctx.office().paper), opened,
                           lambda error: messages.error(self, self.tr("Không in được"), _message(error)))


def _message(error: BaseException) -> str:
    if isinstance(error, DeskError):
        return error.message
    return str(error) or error.__class__.__name__


def open_dossier_dialog(page: QWidget, ctx: DeskContext, worker: DbWorker, code: str,
                        previous: DossierDialog | None) -> DossierDialog:
    """The detail dialog of one dossier for a list page (window-modal, not blocking the event loop).

    ``page`` relays the dialog's ``changed`` and ``feedback_requested`` through its own
    ``dossier_changed`` / ``feedback_requested`` signals and gets ``_dialog_closed(dialog)`` back.
    """
    if previous is not None:
        previous.close()
    dialog = DossierDialog(ctx, worker, code, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(page.dossier_changed)  # type: ignore[attr-defined]
    dialog.feedback_requested.connect(page.feedback_requested)  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _result, d=dialog: page._dialog_closed(d))  # type: ignore[attr-defined]
    dialog.open()
    return dialog
