"""The screen that faces the citizen: one tap rates the service, a low rating asks what fell short.

A separate top-level window, opened by the clerk on a second monitor or full screen (which screen and
full screen are remembered per PC in QSettings). Steps:

1. *choose*: big buttons on the office's scale (3 levels by default, 5 optional), each with a drawn
   face, a colour, a number key and the words, so colour is never the only signal. Mouse, touch or
   number keys 1–3 / 1–5.
2. *details* (after a low rating only): which SIPAS element fell short (five toggles) and a short
   comment. "Gửi đánh giá" or "Bỏ qua"; left alone, it sends what is there after a while.
3. *thanks*: then it resets by itself.

``start_for_dossier`` links the next rating to a dossier and its serving clerk; otherwise a rating
is anonymous. Ratings are written with ``source="screen"`` through the database worker. A lock of a
few seconds after each rating stops repeated tapping. Whatever goes wrong is logged and the screen
resets: nothing freezes or crashes in front of a citizen. The clerk's own window has no way to rate
in the citizen's place.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, NotFoundError, ValidationError
from desk_app.gui.labels import QT_TRANSLATE_NOOP, scale_labels
from desk_app.gui.worker import DbWorker
from desk_app.services import feedback as feedback_service
from desk_app.services import queries
from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)

SETTINGS_GROUP = "citizen_screen"
COMMENT_MAX = 200  # a short comment; the service keeps up to feedback.COMMENT_LIMIT

BACKGROUND = "#f4f3ee"
INK = "#1a1a1a"
MUTED = "#444444"
PRIMARY = "#1f4e8c"
LOCKED_FILL = "#c9ccd1"
LOCKED_INK = "#2a2a2a"
FOCUS_RING = "#ffd400"

# Fill colours (white text on each has a contrast of at least 5:1) and the mouth of the drawn face:
# 1 = a broad smile, 0 = a straight line, -1 = a frown.
LEVEL_STYLE: dict[int, tuple[tuple[str, float], ...]] = {
    3: (("#1b6e3a", 1.0), ("#2f6690", 0.5), ("#9a4a00", -0.6)),
    5: (("#1b6e3a", 1.0), ("#4d7421", 0.5), ("#595f66", 0.0), ("#9a4a00", -0.5), ("#a3261e", -1.0)),
}

# What each SIPAS element means to a citizen: a title and a short hint under it.
ELEMENT_TEXT = {
    "access": (QT_TRANSLATE_NOOP("CitizenScreen", "Tiếp cận dịch vụ"),
               QT_TRANSLATE_NOOP("CitizenScreen", "Nơi làm thủ tục, chỉ dẫn, thời gian chờ")),
    "procedure": (QT_TRANSLATE_NOOP("CitizenScreen", "Thủ tục hành chính"),
                  QT_TRANSLATE_NOOP("CitizenScreen", "Giấy tờ, biểu mẫu, phí, thời hạn")),
    "officer": (QT_TRANSLATE_NOOP("CitizenScreen", "Công chức phục vụ"),
                QT_TRANSLATE_NOOP("CitizenScreen", "Thái độ, cách hướng dẫn, giải thích")),
    "result": (QT_TRANSLATE_NOOP("CitizenScreen", "Kết quả giải quyết"),
               QT_TRANSLATE_NOOP("CitizenScreen", "Đúng hẹn, đầy đủ, chính xác")),
    "feedback": (QT_TRANSLATE_NOOP("CitizenScreen", "Tiếp nhận góp ý, phản ánh"),
                 QT_TRANSLATE_NOOP("CitizenScreen", "Cách ghi nhận và trả lời ý kiến")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CitizenScreen", text)


def read_placement(store: QSettings | None = None) -> tuple[str, bool]:
    """This PC's choice: the screen name ("" = pick automatically) and whether to fill it."""
    store = store if store is not None else QSettings()
    name = store.value(f"{SETTINGS_GROUP}/screen", "", type=str)
    full = store.value(f"{SETTINGS_GROUP}/full_screen", False, type=bool)
    return str(name or ""), bool(full)


def write_placement(screen_name: str, full_screen: bool, store: QSettings | None = None) -> None:
    store = store if store is not None else QSettings()
    store.setValue(f"{SETTINGS_GROUP}/screen", screen_name)
    store.setValue(f"{SETTINGS_GROUP}/full_screen", bool(full_screen))
    store.sync()


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(12, round(pixels)))
    font.setBold(bold)
    return font


def _draw_face(painter: QPainter, centre: QPointF, radius: float, mouth: float, colour: QColor) -> None:
    """A simple drawn face (not an emoji): a circle, two eyes, a mouth from smile to frown."""
    pen = QPen(colour, max(2.0, radius * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    for side in (-1, 1):
        painter.drawEllipse(QPointF(centre.x() + side * radius * 0.36, centre.y() - radius * 0.25),
                            radius * 0.11, radius * 0.11)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    y = centre.y() + radius * (0.38 - 0.12 * mouth)
    path = QPainterPath(QPointF(centre.x() - radius * 0.45, y))
    path.quadTo(QPointF(centre.x(), y + radius * 0.42 * mouth), QPointF(centre.x() + radius * 0.45, y))
    painter.drawPath(path)


class RatingButton(QAbstractButton):
    """One level of the scale: coloured tile, drawn face, key number and the words."""

    def __init__(self, level: int, text: str, fill: str, mouth: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.fill = QColor(fill)
        self.mouth = mouth
        self.setText(text)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(240, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        enabled = self.isEnabled()
        fill = self.fill.darker(125) if self.isDown() else self.fill
        ink = QColor("#ffffff")
        if not enabled:
            fill, ink = QColor(LOCKED_FILL), QColor(LOCKED_INK)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 22, 22)
        if self.hasFocus() and enabled:
            painter.setPen(QPen(QColor(FOCUS_RING), 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(5, 5, -5, -5), 18, 18)
        text_px = self.font().pixelSize()
        # The face and the words as one block, centred in the tile.
        painter.setFont(self.font())
        text_width = rect.width() - 28
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        # Font metrics, not the painter: QPainter.boundingRect measures nothing while the pen is NoPen.
        # As much room for words as the wordiest tile of the row, so the faces line up.
        metrics = QFontMetricsF(self.font())
        parent = self.parentWidget()
        row = [b for b in parent.findChildren(RatingButton) if b.isVisible()] if parent is not None else []
        text_height = max(metrics.boundingRect(QRectF(0, 0, text_width, 10_000), flags, b.text()).height()
                          for b in [self, *row])
        radius = min(rect.width() * 0.29, rect.height() * 0.2)
        gap = radius * 0.4
        top = rect.top() + max(8.0, (rect.height() - 2 * radius - gap - text_height) / 2)
        face_centre = QPointF(rect.center().x(), top + radius)
        _draw_face(painter, face_centre, radius, self.mouth, ink)
        painter.setPen(ink)
        painter.drawText(QRectF(rect.left() + 14, top + 2 * radius + gap, text_width, text_height), flags,
                         self.text())
        # The key number, in a ring at the top left corner.
        badge = max(28.0, text_px * 1.1)
        badge_rect = QRectF(rect.left() + 16, rect.top() + 16, badge, badge)
        painter.setPen(QPen(ink, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(badge_rect)
        painter.setFont(_font(badge * 0.6, bold=True))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, str(self.level))
        painter.end()


class ElementTile(QAbstractButton):
    """A SIPAS element the citizen can mark: a box that gets a tick, a bold title, a hint under it."""

    def __init__(self, key: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.hint = hint
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hint_font = _font(18)

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 90)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        checked = self.isChecked()
        painter.setPen(QPen(QColor(PRIMARY if checked else "#5f6b7a"), 5 if checked else 3))
        painter.setBrush(QColor("#dde8f6" if checked else "#ffffff"))
        if not self.isEnabled():
            painter.setOpacity(0.55)
        painter.drawRoundedRect(rect, 16, 16)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#b38f00"), 4, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(7, 7, -7, -7), 12, 12)
        box = max(28.0, self.font().pixelSize() * 1.2)
        box_rect = QRectF(rect.left() + 18, rect.center().y() - box / 2, box, box)
        painter.setPen(QPen(QColor(PRIMARY if checked else "#3a3a3a"), 3))
        painter.setBrush(QColor(PRIMARY) if checked else QColor("#ffffff"))
        painter.drawRoundedRect(box_rect, 5, 5)
        if checked:
            tick = QPen(QColor("#ffffff"), max(3.0, box * 0.14))
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            path = QPainterPath(QPointF(box_rect.left() + box * 0.22, box_rect.top() + box * 0.52))
            path.lineTo(QPointF(box_rect.left() + box * 0.42, box_rect.top() + box * 0.72))
            path.lineTo(QPointF(box_rect.left() + box * 0.80, box_rect.top() + box * 0.28))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        left = box_rect.right() + 16
        text_rect = QRectF(left, rect.top() + 8, rect.right() - left - 12, rect.height() - 16)
        title_font = QFont(self.font())
        title_font.setBold(True)
        wrap = int(Qt.TextFlag.TextWordWrap)
        title_height = QFontMetricsF(title_font).boundingRect(text_rect, wrap, self.text()).height()
        hint_height = QFontMetricsF(self.hint_font).boundingRect(text_rect, wrap, self.hint).height()
        painter.setPen(QColor(INK))
        top = text_rect.top() + max(0.0, (text_rect.height() - title_height - hint_height - 4) / 2)
        painter.setFont(title_font)
        painter.drawText(QRectF(text_rect.left(), top, text_rect.width(), title_height),
                         Qt.TextFlag.TextWordWrap, self.text())
        painter.setFont(self.hint_font)
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(text_rect.left(), top + title_height + 4, text_rect.width(), hint_height),
                         Qt.TextFlag.TextWordWrap, self.hint)
        painter.end()


class ThanksMark(QWidget):
    """A large drawn tick in a circle for the thank-you step."""

    def sizeHint(self) -> QSize:
        return QSize(160, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1b6e3a"))
        painter.drawEllipse(rect)
        pen = QPen(QColor("#ffffff"), side * 0.09)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(rect.left() + side * 0.27, rect.top() + side * 0.53))
        path.lineTo(QPointF(rect.left() + side * 0.44, rect.top() + side * 0.69))
        path.lineTo(QPointF(rect.left() + side * 0.74, rect.top() + side * 0.35))
        painter.drawPath(path)
        painter.end()


def _label(text: str = "", wrap: bool = True, colour: str = INK) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    return label


class CitizenScreen(QWidget):
    """The citizen-facing rating window. See the module docstring."""

    STEP_CHOOSE = "choose"
    STEP_DETAILS = "details"
    STEP_THANKS = "thanks"

    saved = Signal(str, int)  # dossier code ("" when anonymous), rating
    save_failed = Signal(str)  # a Vietnamese message for the clerk (the citizen sees only a reset)
    step_changed = Signal(str)

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None, *,
                 reset_ms: int = 6000, lock_ms: int = 4000, details_timeout_ms: int = 90_000,
                 guard_ms: int = 600, notice_ms: int = 8000, link_timeout_ms: int = 300_000,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # Showing it never takes the keyboard from the clerk's window: digits the clerk types must not
        # rate. The citizen's tap (or a keypad once the screen has been touched) gives it the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Đánh giá mức độ hài lòng"))
        self.setObjectName("CitizenScreen")
        self.setStyleSheet(f"#CitizenScreen {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ctx = ctx
        self.worker = worker
        self._settings = settings
        self.scale = 3
        self.office_name = ""
        self._link: tuple[str, str, str] | None = None  # code, procedure name, clerk name
        self._pending: int | None = None  # the low rating waiting for its details
        self._generation = 0  # bumped on every reset, so a late answer never changes a newer step
        self._locked = False

        self.reset_timer = self._timer(reset_ms, self._reset_after_thanks)
        self.lock_timer = self._timer(lock_ms, self._unlock)
        self.details_timer = self._timer(details_timeout_ms, self._details_timed_out)
        self.guard_timer = self._timer(guard_ms, self._arm_details)
        self.notice_timer = self._timer(notice_ms, lambda: self.notice.setText(""))
        self.link_timer = self._timer(link_timeout_ms, self._link_expired)

        self.header = _label(wrap=True, colour=MUTED)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._build_choose()
        self._build_details()
        self._build_thanks()
        self._rebuild_rating_buttons()
        self._show_link()
        self._show_step(self.STEP_CHOOSE)
        self._load_office()

    # --- building ------------------------------------------------------------------------------

    def _timer(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(max(0, interval))
        timer.timeout.connect(lambda: self._guarded(slot))
        return timer

    def _build_choose(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.choose_title = _label(self.tr("Ông/Bà có hài lòng với sự phục vụ hôm nay không?"))
        self.choose_hint = _label(colour=MUTED)
        self.dossier_label = _label(colour=INK)
        self.clerk_label = _label(colour=MUTED)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(20)
        self.notice = _label(colour=INK)
        box.addWidget(self.choose_title)
        box.addWidget(self.choose_hint)
        box.addWidget(self.dossier_label)
        box.addWidget(self.clerk_label)
        box.addSpacing(6)
        box.addLayout(self.buttons_row, 1)
        box.addWidget(self.notice)
        self.rating_buttons: list[RatingButton] = []
        self.stack.addWidget(page)
        self.choose_page = page

    def _build_details(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.details_title = _label(self.tr("Ông/Bà chưa hài lòng về điều gì?"))
        self.details_hint = _label(self.tr("Chọn một hoặc nhiều mục dưới đây (không bắt buộc)"), colour=MUTED)
        rows = (QHBoxLayout(), QHBoxLayout())
        rows[1].addStretch(1)
        self.element_tiles: dict[str, ElementTile] = {}
        for index, (key, (title, hint)) in enumerate(ELEMENT_TEXT.items()):
            tile = ElementTile(key, _tr(title), _tr(hint))
            tile.toggled.connect(lambda _checked: self._touched())
            self.element_tiles[key] = tile
            rows[index // 3].addWidget(tile, 2)  # the second row centred, tiles as wide as the first
        rows[1].addStretch(1)
        grid = QVBoxLayout()
        grid.setSpacing(14)
        for row in rows:
            row.setSpacing(16)
            grid.addLayout(row, 1)
        self.comment_label = _label(self.tr("Góp ý thêm (không bắt buộc, tối đa %n ký tự):", "", COMMENT_MAX),
                                    colour=INK)
        self.comment_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(COMMENT_MAX)
        self.comment_edit.setPlaceholderText(self.tr("Nhập góp ý của Ông/Bà tại đây"))
        self.comment_edit.setClearButtonEnabled(True)
        self.comment_edit.setStyleSheet(
            f"QLineEdit {{ background: #ffffff; color: {INK}; border: 3px solid #5f6b7a; border-radius: 10px;"
            f" padding: 6px 12px; }} QLineEdit:focus {{ border-color: {PRIMARY}; }}")
        self.comment_edit.textEdited.connect(lambda _text: self._touched())
        self.comment_edit.returnPressed.connect(lambda: self._guarded(self.submit_details))
        self.skip_button = QPushButton(self.tr("Bỏ qua"))
        self.submit_button = QPushButton(self.tr("Gửi đánh giá"))
        self.skip_button.setStyleSheet(
            f"QPushButton {{ background: #ffffff; color: {INK}; border: 3px solid #3a3a3a; border-radius: 14px;"
            " padding: 10px 28px; } QPushButton:focus { border-color: #b38f00; }"
            " QPushButton:disabled { color: #6a6a6a; border-color: #9a9a9a; }")
        self.submit_button.setStyleSheet(
            f"QPushButton {{ background: {PRIMARY}; color: #ffffff; border: 3px solid {PRIMARY};"
            " border-radius: 14px; padding: 10px 36px; } QPushButton:focus { border-color: #ffd400; }"
            f" QPushButton:disabled {{ background: {LOCKED_FILL}; color: {LOCKED_INK}; border-color: {LOCKED_FILL}; }}")
        for button in (self.skip_button, self.submit_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(False)
        self.skip_button.clicked.connect(lambda: self._guarded(self.skip_details))
        self.submit_button.clicked.connect(lambda: self._guarded(self.submit_details))
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.submit_button)
        actions.addStretch(1)
        box.addWidget(self.details_title)
        box.addWidget(self.details_hint)
        box.addSpacing(4)
        box.addLayout(grid, 1)
        box.addSpacing(4)
        box.addWidget(self.comment_label)
        box.addWidget(self.comment_edit)
        box.addSpacing(6)
        box.addLayout(actions)
        self.stack.addWidget(page)
        self.details_page = page

    def _build_thanks(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(16)
        self.thanks_mark = ThanksMark()
        self.thanks_title = _label(self.tr("Xin cảm ơn Ông/Bà!"))
        self.thanks_text = _label(self.tr("Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn."))
        self.thanks_hint = _label(self.tr("Màn hình sẽ tự trở lại sau ít giây."), colour=MUTED)
        box.addStretch(1)
        box.addWidget(self.thanks_mark, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.thanks_title)
        box.addWidget(self.thanks_text)
        box.addWidget(self.thanks_hint)
        box.addStretch(1)
        self.stack.addWidget(page)
        self.thanks_page = page

    def _rebuild_rating_buttons(self) -> None:
        for button in self.rating_buttons:
            self.buttons_row.removeWidget(button)
            button.hide()
            button.setParent(None)  # gone now, not at the next turn of the event loop
            button.deleteLater()
        self.rating_buttons = []
        labels = scale_labels(self.scale)
        for level, (text, (fill, mouth)) in enumerate(zip(labels, LEVEL_STYLE[self.scale], strict=True), start=1):
            button = RatingButton(level, text, fill, mouth)
            button.clicked.connect(lambda _checked=False, lv=level: self._guarded(self.choose, lv))
            button.setEnabled(not self._locked)
            self.rating_buttons.append(button)
            self.buttons_row.addWidget(button, 1)
        self.choose_hint.setText(self.tr("Chạm vào một ô, hoặc bấm phím số 1 – %1 trên bàn phím")
                                 .replace("%1", str(self.scale)))
        self._apply_sizes()

    # --- sizes: readable from a metre away at 1366×768 and larger --------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        unit = max(0.6, min(self.width() / 1366, self.height() / 768))

        def px(value: float) -> float:
            return value * unit

        self.header.setFont(_font(px(22)))
        for title in (self.choose_title, self.details_title):
            title.setFont(_font(px(40), bold=True))
        for label in (self.choose_hint, self.details_hint, self.clerk_label, self.thanks_hint):
            label.setFont(_font(px(24)))
        self.dossier_label.setFont(_font(px(28), bold=True))
        self.notice.setFont(_font(px(26), bold=True))
        self.thanks_title.setFont(_font(px(56), bold=True))
        self.thanks_text.setFont(_font(px(32)))
        self.thanks_mark.setFixedSize(round(px(150)), round(px(150)))
        rating_px = px(42) if self.scale == 3 else px(32)
        for button in self.rating_buttons:
            button.setFont(_font(rating_px, bold=True))
            button.setMinimumHeight(round(px(260)))
        for tile in self.element_tiles.values():
            tile.setFont(_font(px(27)))
            tile.hint_font = _font(px(20))
            tile.setMinimumHeight(round(px(112)))
        self.comment_label.setFont(_font(px(24)))
        self.comment_edit.setFont(_font(px(28)))
        self.comment_edit.setMinimumHeight(round(px(60)))
        for button in (self.skip_button, self.submit_button):
            button.setFont(_font(px(30), bold=True))
            button.setMinimumHeight(round(px(72)))
            button.setMinimumWidth(round(px(260)))

    # --- state -----------------------------------------------------------------------------------

    @property
    def step(self) -> str:
        page = self.stack.currentWidget()
        if page is self.details_page:
            return self.STEP_DETAILS
        if page is self.thanks_page:
            return self.STEP_THANKS
        return self.STEP_CHOOSE

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def linked_code(self) -> str:
        return self._link[0] if self._link else ""

    def rating_button(self, level: int) -> RatingButton:
        return self.rating_buttons[level - 1]

    def _show_step(self, step: str) -> None:
        page = {self.STEP_CHOOSE: self.choose_page, self.STEP_DETAILS: self.details_page,
                self.STEP_THANKS: self.thanks_page}[step]
        self.stack.setCurrentWidget(page)
        if step == self.STEP_CHOOSE and self.rating_buttons:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step == self.STEP_DETAILS:
            self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.step_changed.emit(step)

    def _show_link(self) -> None:
        if self._link:
            code, procedure, clerk = self._link
            self.dossier_label.setText(self.tr("Hồ sơ %1").replace("%1", code)
                                       + (f" — {procedure}" if procedure else ""))
            self.clerk_label.setText(self.tr("Công chức phục vụ: %1").replace("%1", clerk) if clerk else "")
        else:
            self.dossier_label.setText("")
            self.clerk_label.setText("")
        self.dossier_label.setVisible(bool(self._link))
        self.clerk_label.setVisible(bool(self._link and self._link[2]))

    def _set_locked(self, locked: bool) -> None:
        self._locked = locked
        for button in self.rating_buttons:
            button.setEnabled(not locked)
        if locked:
            self.lock_timer.start()
        else:
            self.lock_timer.stop()
        if locked and not self.notice.text():
            self.notice.setText(self.tr("Xin chờ giây lát…"))
        elif not locked and self.notice.text() == self.tr("Xin chờ giây lát…"):
            self.notice.setText("")

    def _unlock(self) -> None:
        self._set_locked(False)

    def _clear_details(self) -> None:
        for tile in self.element_tiles.values():
            tile.blockSignals(True)
            tile.setChecked(False)
            tile.blockSignals(False)
        self.comment_edit.clear()
        self._pending = None
        self.details_timer.stop()
        self.guard_timer.stop()

    def _guarded(self, slot: Any, *args: Any) -> None:
        """Run a slot; a fault is logged and the screen resets instead of reaching the citizen."""
        try:
            slot(*args)
        except Exception:
            log.exception("citizen screen: unexpected fault; resetting")
            self._emergency_reset()

    def _emergency_reset(self) -> None:
        try:
            self._link = None
            self._clear_details()
            self.reset_timer.stop()
            self._set_locked(False)
            self._generation += 1
            self._show_link()
            self._show_step(self.STEP_CHOOSE)
        except Exception:  # the last line of defence: never let anything escape to the event loop
            log.exception("citizen screen: reset failed")

    # --- the office's scale and name --------------------------------------------------------------

    def _load_office(self) -> None:
        try:
            self.worker.submit(self.ctx.office, on_done=self._office_loaded,
                               on_error=lambda exc: log.warning("citizen screen: office settings unreadable",
                                                                exc_info=exc))
        except Exception:
            log.exception("citizen screen: could not ask for the office settings")

    def _office_loaded(self, office: Any) -> None:
        try:
            self.office_name = getattr(office, "office_name", "") or ""
            self.header.setText(self.office_name)
            self.header.setVisible(bool(self.office_name))
            scale = getattr(office, "rating_scale", 3)
            if scale in LEVEL_STYLE and scale != self.scale and self.step == self.STEP_CHOOSE:
                self.scale = scale
                self._rebuild_rating_buttons()
        except Exception:
            log.exception("citizen screen: office settings not applied")

    # --- what the citizen does --------------------------------------------------------------------

    def choose(self, level: int) -> None:
        """A tap (or key) on a level of the scale."""
        if self._locked or self.step != self.STEP_CHOOSE or not 1 <= level <= self.scale:
            return
        if feedback_service.is_low(level, self.scale):
            self._clear_details()
            self._pending = level
            for tile in self.element_tiles.values():
                tile.setEnabled(False)
            self.skip_button.setEnabled(False)
            self.submit_button.setEnabled(False)
            self._show_step(self.STEP_DETAILS)
            if self.guard_timer.interval() > 0:
                self.guard_timer.start()  # a double tap must not land on a tile of the next step
            else:
                self._arm_details()
            self.details_timer.start()
            return
        self._save(level, (), "")

    def _arm_details(self) -> None:
        for tile in self.element_tiles.values():
            tile.setEnabled(True)
        self.skip_button.setEnabled(True)
        self.submit_button.setEnabled(True)

    def _touched(self) -> None:
        if self.step == self.STEP_DETAILS:
            self.details_timer.start()

    def chosen_elements(self) -> tuple[str, ...]:
        return tuple(key for key, tile in self.element_tiles.items() if tile.isChecked())

    def submit_details(self) -> None:
        if self.step != self.STEP_DETAILS or self._pending is None or self.guard_timer.isActive():
            return
        self._save(self._pending, self.chosen_elements(), self.comment_edit.text())

    def skip_details(self) -> None:
        if self.step != self.STEP_DETAILS or self._pending is None or self.guard_timer.isActive():
            return
        self._save(self._pending, (), "")

    def _details_timed_out(self) -> None:
        """The citizen walked away: the rating itself still counts, with whatever was marked."""
        if self.step == self.STEP_DETAILS and self._pending is not None:
            self._save(self._pending, self.chosen_elements(), self.comment_edit.text())

    def _flush_pending(self) -> None:
        """A low rating still waiting for its details is saved before the screen moves on."""
        if self._pending is not None and self.step == self.STEP_DETAILS:
            self._save(self._pending, self.chosen_elements(), self.comment_edit.text(), show_thanks=False)

    def _save(self, level: int, elements: tuple[str, ...], comment: str, show_thanks: bool = True) -> None:
        link = self._link
        code, _procedure, clerk = link or ("", "", "")
        scale = self.scale
        self._link = None  # the link is for one rating: the next one is anonymous
        self.link_timer.stop()
        self._clear_details()
        self._generation += 1
        generation = self._generation
        ctx = self.ctx

        def work() -> int:
            return feedback_service.record_feedback(ctx, code or None, level, scale, elements, comment,
                                                    source="screen", clerk=clerk or None)

        if show_thanks:
            self._show_link()
            self._set_locked(True)
            self._show_step(self.STEP_THANKS)
            self.reset_timer.start()
        self.worker.submit(work, on_done=lambda _r: self._guarded(self._saved, code, level),
                           on_error=lambda exc: self._guarded(self._failed, exc, link, generation))

    def _saved(self, code: str, level: int) -> None:
        self.saved.emit(code, level)

    def _failed(self, exc: BaseException, link: tuple[str, str, str] | None, generation: int) -> None:
        log.error("citizen screen: rating not saved", exc_info=exc)
        reason = exc.message if isinstance(exc, DeskError) else self.tr("lỗi không mong đợi, xem nhật ký lỗi")
        self.save_failed.emit(self.tr("Chưa ghi được đánh giá của người dân: %1").replace("%1", reason))
        if generation != self._generation:
            return  # the screen has already moved on (a new citizen); do not disturb it
        self.reset_timer.stop()
        self._clear_details()
        # A database hiccup keeps the dossier link so the citizen can simply tap again.
        if link and not isinstance(exc, NotFoundError | ValidationError):
            self._link = link
            self.link_timer.start()
        self._set_locked(False)
        self._generation += 1
        self._show_link()
        self._show_step(self.STEP_CHOOSE)
        self.notice.setText(self.tr("Xin lỗi, đánh giá chưa được ghi lại. Mời Ông/Bà chọn lại."))
        self.notice_timer.start()

    def _reset_after_thanks(self) -> None:
        if self.step == self.STEP_THANKS:
            self.reset()

    def reset(self) -> None:
        """Back to the first step, anonymous, details cleared (the lock keeps running)."""
        self._link = None
        self._clear_details()
        self.reset_timer.stop()
        self._generation += 1
        self._show_link()
        self._show_step(self.STEP_CHOOSE)
        self._load_office()

    # --- what the clerk does ----------------------------------------------------------------------

    def start_for_dossier(self, code: str, procedure_name: str = "", clerk_name: str = "") -> None:
        """Link the next rating to a dossier and the clerk serving the citizen, and show the screen."""
        try:
            code = (code or "").strip().upper()
            if not code:
                self.start_anonymous()
                return
            self._flush_pending()
            self.reset()
            self._set_locked(False)
            self.notice.setText("")
            clerk = (clerk_name or "").strip() or self.ctx.actor.display_name
            self._link = (code, (procedure_name or "").strip(), clerk)
            self._show_link()
            self.link_timer.start()  # a citizen who leaves without rating must not lend the dossier to the next
            self.present()
            if not procedure_name:
                self.worker.submit(lambda: queries.show(self.ctx, code),
                                   on_done=lambda dossier: self._guarded(self._dossier_loaded, dossier),
                                   on_error=lambda exc: self._guarded(self._dossier_missing, code, exc))
        except Exception:
            log.exception("citizen screen: could not start for dossier %s", code)
            self._emergency_reset()

    def _link_expired(self) -> None:
        if self._link and self.step == self.STEP_CHOOSE:
            log.info("citizen screen: no rating for %s; back to anonymous", self._link[0])
            self._link = None
            self._show_link()

    def _dossier_loaded(self, dossier: Any) -> None:
        if self._link and self._link[0] == dossier.code:
            self._link = (dossier.code, dossier.procedure_name, self._link[2])
            self._show_link()

    def _dossier_missing(self, code: str, exc: BaseException) -> None:
        log.warning("citizen screen: dossier %s not found", code, exc_info=exc)
        reason = exc.message if isinstance(exc, DeskError) else str(exc)
        self.save_failed.emit(reason)
        if self._link and self._link[0] == code:
            self._link = None
            self._show_link()

    def start_anonymous(self) -> None:
        """The next rating is not tied to any dossier."""
        try:
            self._flush_pending()
            self.reset()
            self._set_locked(False)
            self.notice.setText("")
        except Exception:
            log.exception("citizen screen: could not start")
            self._emergency_reset()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self._guarded(self.set_full_screen, not self.isFullScreen())
            return
        number = key - Qt.Key.Key_0 if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 else 0
        if number and self.step == self.STEP_CHOOSE:
            self._guarded(self.choose, number)
            return
        if number and self.step == self.STEP_DETAILS and number <= len(self.element_tiles):
            tile = list(self.element_tiles.values())[number - 1]
            if tile.isEnabled():
                tile.toggle()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step == self.STEP_DETAILS:
            self._guarded(self.submit_details)
            return
        super().keyPressEvent(event)

    # --- where it shows: remembered per PC --------------------------------------------------------

    def _store(self) -> QSettings:
        if self._settings is None:
            self._settings = QSettings()
        return self._settings

    def placement(self) -> tuple[str, bool]:
        """The remembered screen name ("" = pick automatically) and whether it shows full screen."""
        return read_placement(self._store())

    def set_placement(self, screen_name: str, full_screen: bool) -> None:
        write_placement(screen_name, full_screen, self._store())
        if self.isVisible():
            self.present()

    def set_full_screen(self, full_screen: bool) -> None:
        name, _full = self.placement()
        self.set_placement(name or (self.screen().name() if self.screen() else ""), full_screen)

    def target_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        name, _full = self.placement()
        for screen in screens:
            if screen.name() == name:
                return screen
        # Not chosen yet (or unplugged): a second monitor if there is one, else the main one.
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        return others[0] if others else primary

    def present(self) -> None:
        """Show on the remembered screen (full screen if so remembered) and bring it to the front."""
        try:
            target = self.target_screen()
            _name, full = self.placement()
            if target is not None:
                area = target.availableGeometry()
                self.setScreen(target)
                if not self.isVisible():
                    geometry = self._store().value(f"{SETTINGS_GROUP}/geometry")
                    if not (geometry and self.restoreGeometry(geometry) and area.intersects(self.geometry())):
                        width, height = min(1280, area.width()), min(800, area.height())
                        self.setGeometry(area.x() + (area.width() - width) // 2,
                                         area.y() + (area.height() - height) // 2, width, height)
                elif not area.intersects(self.frameGeometry()):
                    self.move(area.topLeft())
            if full:
                self.showFullScreen()
            else:
                if self.isFullScreen():
                    self.showNormal()
                self.show()
            self.raise_()
        except Exception:
            log.exception("citizen screen: could not be shown on the chosen screen")
            self.show()

    def _remember(self) -> None:
        try:
            store = self._store()
            if not self.isFullScreen():
                store.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())
            if self.screen() is not None:
                store.setValue(f"{SETTINGS_GROUP}/screen", self.screen().name())
            store.setValue(f"{SETTINGS_GROUP}/full_screen", self.isFullScreen())
            store.sync()
        except Exception:
            log.exception("citizen screen: placement not remembered")

    def hideEvent(self, event: QHideEvent) -> None:
        self._remember()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._guarded(self._flush_pending)
        self._remember()
        super().closeEvent(event)
