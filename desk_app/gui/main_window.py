"""The main window: pages in a left navigation list, office and clerk in the status bar.

Other screens join with :meth:`MainWindow.add_page`::

    window.add_page("today", window.tr("Việc hôm nay"), TodayPage(ctx, worker), shortcut="F3", count=5)
    window.set_count("today", 7)

A page's shortcut shows the page; when the page has an ``activated_by_shortcut()`` method it is
called too (the intake page starts a fresh form on F2). Pages refresh on the window's app-wide
signals (``dossier_saved``, ``office_changed``) instead of calling one another.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.gui import messages
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.office import OfficeSettings
    from desk_app.gui.intake_page import IntakePage
    from desk_app.services.context import DeskContext

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 3

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_PAGE = "main_window/page"


class NavigationDelegate(QStyledItemDelegate):
    """A page title on the left; its count (a red pill when above zero) and shortcut on the right."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height() + 18, 40))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the title is drawn by paint(), beside the count and the shortcut

    def paint(self, painter: QPainter, opt: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # The background and selection by the style, in C++: going through QStyle from Python would
        # cost the first paint a few milliseconds of wrapping.
        super().paint(painter, opt, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        view = self.parent()
        selected = isinstance(view, QListWidget) and view.selectionModel().isSelected(index)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(14, 0, -10, 0)
        painter.save()
        right = rect.right()
        count = index.data(COUNT_ROLE)
        shortcut = index.data(SHORTCUT_ROLE)
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        if shortcut:
            painter.setFont(small)
            width = painter.fontMetrics().horizontalAdvance(shortcut) + 4
            painter.setPen(QColor("#d8e4f5") if selected else QColor("#7a7a7a"))
            painter.drawText(QRect(right - width, rect.top(), width, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), shortcut)
            right -= width + 8
        if count is not None:
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            label = str(count)
            width = max(painter.fontMetrics().horizontalAdvance(label) + 12, 22)
            pill = QRect(right - width, rect.center().y() - 10, width, 20)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c62828") if int(count) > 0 else QColor("#9e9e9e"))
            painter.drawRoundedRect(pill, 10, 10)
            painter.setPen(QColor("white"))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
            right -= width + 8
        painter.setFont(opt.font)
        painter.setPen(text_color)
        painter.drawText(QRect(rect.left(), rect.top(), right - rect.left(), rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
        painter.restore()


class LazyPage(QWidget):
    """Stands in for a page until it is first shown, then builds it with ``factory``."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._page is not None

    def ensure(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self.layout().addWidget(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        super().showEvent(event)

    def activated_by_shortcut(self) -> None:
        page = self.ensure()
        hook = getattr(page, "activated_by_shortcut", None)
        if callable(hook):
            hook()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)


class MainWindow(QMainWindow):
    """Composition root of the screens. ``dossier_saved(code)`` and ``office_changed()`` are app-wide."""

    dossier_saved = Signal(str)
    office_changed = Signal()

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self._page_keys: list[str] = []
        self._shortcuts: dict[str, QShortcut] = {}
        self.setWindowTitle(self.tr("Bộ phận Một cửa — Tiếp nhận và trả kết quả"))
        self.setMinimumSize(1000, 640)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.navigation.setFixedWidth(250)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.navigation.setStyleSheet(
            "#navigation { background: #203a5c; color: #f2f5f9; padding-top: 8px; font-size: 11pt; }"
            "#navigation::item { color: #f2f5f9; border: none; }"
            "#navigation::item:selected { background: #3d6aa2; color: white; }"
            "#navigation::item:hover:!selected { background: #2c4c75; }"
        )
        self.pages = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._row_changed)

        self._build_status_bar()
        self._build_menus()

        self._intake_holder = LazyPage(self._make_intake_page, self)
        self._install_pages()
        self.actor_changed()

        self.refresh_office()
        self.check_clock()

    def _install_pages(self) -> None:
        """The clerk's day opens on today's work; F2 is the counter, F4 the search, F3 today's lists.

        Pages other than these two are built the first time they are shown, so start-up pays only for
        the first screen.
        """
        from desk_app.gui.today_page import TodayPage

        self.today_page = TodayPage(self.ctx, self.worker, self)
        self.add_page("today", self.tr("Việc hôm nay"), self.today_page, shortcut="F3")
        self.add_page("intake", self.tr("Tiếp nhận hồ sơ"), self._intake_holder, shortcut="F2")
        self.add_page("dossiers", self.tr("Tra cứu hồ sơ"), LazyPage(self._make_dossiers_page, self),
                      shortcut="F4")
        self.add_page("feedback", self.tr("Đánh giá người dân"), LazyPage(self._make_feedback_page, self),
                      shortcut="F6")
        self.add_page("reports", self.tr("Báo cáo chỉ số"), LazyPage(self._make_reports_page, self),
                      shortcut="F7")
        self.add_page("sync", self.tr("Đồng bộ"), LazyPage(self._make_sync_page, self), shortcut="F8")
        self.add_page("audit", self.tr("Nhật ký hệ thống"), LazyPage(self._make_audit_page, self), shortcut="F9")
        self.add_page("users", self.tr("Tài khoản"), LazyPage(self._make_users_page, self))
        self.today_page.counts_changed.connect(self._today_counts)
        self.today_page.feedback_requested.connect(self.ask_citizen_feedback)
        self.today_page.dossier_changed.connect(self._dossier_changed)
        self.dossier_saved.connect(self._dossier_changed)

    def _make_sync_page(self) -> QWidget:
        from desk_app.gui.sync_page import SyncPage

        page = SyncPage(self.ctx, self.worker, self)
        page.reference_applied.connect(lambda _version: self.office_changed.emit())  # catalogue, calendar
        return page

    def _make_audit_page(self) -> QWidget:
        from desk_app.gui.audit_page import AuditPage

        page = AuditPage(self.ctx, self.worker, self)
        page.restart_required.connect(self.close)
        return page

    def _make_users_page(self) -> QWidget:
        from desk_app.gui.users_page import UsersPage

        return UsersPage(self.ctx, self.worker, self)

    def set_page_visible(self, key: str, visible: bool) -> None:
        """Hide a page a role may not use (its item and its shortcut); the services refuse it anyway."""
        row = self._page_keys.index(key)
        self.navigation.item(row).setHidden(not visible)
        if key in self._shortcuts:
            self._shortcuts[key].setEnabled(visible)
        if not visible and self.current_page_key() == key:
            self.show_page("today")

    def actor_changed(self, actor: object = None) -> None:
        """Who works at the desk now: the status bar, and the pages their role may open."""
        role = self.ctx.actor.role
        self.clerk_label.setText(self.tr("Cán bộ: {name}").format(name=self.ctx.actor.display_name))
        self.set_page_visible("audit", role in ("head", "admin"))
        self.set_page_visible("users", role == "admin")
        for key in ("audit", "users"):
            holder = self.page(key)
            if isinstance(holder, LazyPage) and holder.is_built():
                hook = getattr(holder.ensure(), "actor_changed", None)
                if callable(hook):
                    hook()

    def login_pending(self) -> None:
        """Nobody has logged in yet: the status bar names no one (not the computer's account)."""
        self.clerk_label.setText(self.tr("Chưa đăng nhập"))

    @property
    def intake_page(self) -> IntakePage:
        return self._intake_holder.ensure()  # type: ignore[return-value]

    def _make_intake_page(self) -> QWidget:
        from desk_app.gui.intake_page import IntakePage

        page = IntakePage(self.ctx, self.worker, self)
        page.saved.connect(self.dossier_saved)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.office_changed.connect(page.office_changed)
        return page

    def _make_dossiers_page(self) -> QWidget:
        from desk_app.gui.dossiers_page import DossiersPage

        page = DossiersPage(self.ctx, self.worker, self)
        page.feedback_requested.connect(self.ask_citizen_feedback)
        page.dossier_changed.connect(self._dossier_changed)
        return page

    def _make_feedback_page(self) -> QWidget:
        from desk_app.gui.feedback_page import FeedbackPage

        return FeedbackPage(self.ctx, self.worker, self)

    def _make_reports_page(self) -> QWidget:
        from desk_app.gui.reports_page import ReportsPage

        page = ReportsPage(self.ctx, self.worker, self)
        self.dossier_saved.connect(page.mark_stale)
        return page

    def page_widget(self, key: str) -> QWidget:
        """The page itself (built now if it was waiting to be shown)."""
        widget = self.page(key)
        return widget.ensure() if isinstance(widget, LazyPage) else widget

    def _today_counts(self, counts: object) -> None:
        overdue = getattr(counts, "overdue", 0)
        due_today = getattr(counts, "due_today", 0)
        self.set_count("today", (overdue + due_today) or None)

    def _dossier_changed(self, _code: str) -> None:
        self.today_page.refresh()

    def ask_citizen_feedback(self, code: str) -> None:
        """After a return: the citizen screen asks the citizen, never the clerk's own window."""
        from desk_app.gui.feedback_page import open_citizen_screen

        open_citizen_screen(self.ctx, self.worker, self).start_for_dossier(code)

    # -- pages ---------------------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, shortcut: str | None = None,
                 count: int | None = None) -> None:
        """Add a page to the navigation. ``shortcut`` (e.g. "F3") opens it from anywhere in the window."""
        if key in self._page_keys:
            raise ValueError(f"page {key!r} already added")
        self._page_keys.append(key)
        self.pages.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setData(COUNT_ROLE, count)
        if shortcut:
            sequence = QKeySequence(shortcut)
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            item.setData(SHORTCUT_ROLE, text)
            item.setToolTip(self.tr("{title} ({shortcut})").format(title=title, shortcut=text))
            action = QShortcut(sequence, self, lambda key=key: self.show_page(key, from_shortcut=True),
                               context=Qt.ShortcutContext.WindowShortcut)
            self._shortcuts[key] = action
        self.navigation.addItem(item)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        return self.pages.widget(self._page_keys.index(key))

    def current_page_key(self) -> str:
        row = self.navigation.currentRow()
        return self._page_keys[row] if 0 <= row < len(self._page_keys) else ""

    def show_page(self, key: str, from_shortcut: bool = False) -> None:
        row = self._page_keys.index(key)
        self.navigation.setCurrentRow(row)
        widget = self.pages.widget(row)
        hook = getattr(widget, "activated_by_shortcut", None)
        if from_shortcut and callable(hook):
            hook()
        elif from_shortcut:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_count(self, key: str, count: int | None) -> None:
        """The number shown beside a page's title (None hides it)."""
        item = self.navigation.item(self._page_keys.index(key))
        item.setData(COUNT_ROLE, count)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)

    def new_intake(self) -> None:
        """F2: the intake page with a fresh form and the cursor in the procedure search."""
        self.show_page("intake", from_shortcut=True)

    # -- status bar and menus --------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel(self.tr("Đang lưu…"), self)
        self.busy_label.setStyleSheet("color: #8a4b00; font-weight: bold; padding: 0 8px;")
        self.busy_label.setVisible(False)
        self.office_label = QLabel(self)
        self.office_label.setStyleSheet("padding: 0 8px;")
        self.clerk_label = QLabel(self)
        self.clerk_label.setStyleSheet("padding: 0 8px;")
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.office_label)
        bar.addPermanentWidget(self.clerk_label)
        self.clerk_label.setText(self.tr("Cán bộ: {name}").format(name=self.ctx.actor.display_name))
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(200)  # a quick read should not flicker the status bar
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(True))
        self.worker.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.setVisible(False)

    def is_busy_shown(self) -> bool:
        return self.busy_label.isVisibleTo(self) or self._busy_timer.isActive()

    def _build_menus(self) -> None:
        system = self.menuBar().addMenu(self.tr("&Hệ thống"))
        self.setup_action = QAction(self.tr("Thiết lập đơn vị…"), self)
        self.setup_action.triggered.connect(self.open_setup)
        system.addAction(self.setup_action)
        self.book_action = QAction(self.tr("Sổ theo dõi hồ sơ (Mẫu 07)…"), self)
        self.book_action.triggered.connect(self.open_book)
        system.addAction(self.book_action)
        self.backup_folder_action = QAction(self.tr("Thư mục sao lưu tự động…"), self)
        self.backup_folder_action.triggered.connect(self.choose_backup_folder)
        system.addAction(self.backup_folder_action)
        self.lock_action = QAction(self.tr("Khóa màn hình"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        system.addAction(self.lock_action)
        system.addSeparator()
        self.quit_action = QAction(self.tr("Thoát"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        system.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        self.keys_action = QAction(self.tr("Phím tắt"), self)
        self.keys_action.setShortcut(QKeySequence("F1"))
        self.keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.keys_action)
        self.about_action = QAction(self.tr("Giới thiệu"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def refresh_office(self) -> None:
        self.worker.submit(self.ctx.office, self._office_loaded, self._office_failed)

    def open_book(self) -> QWidget:
        from desk_app.gui.book_dialog import BookDialog

        dialog = BookDialog(self.ctx, self.worker, self)
        dialog.open()
        return dialog

    def choose_backup_folder(self) -> None:
        """Where the daily and closing copies go (a USB stick); administrators only (the service checks)."""
        from desk_app.services import office

        folder = messages.choose_folder(self, self.tr("Thư mục sao lưu tự động"))
        if folder is None:
            return

        def saved(_settings: object) -> None:
            self.statusBar().showMessage(self.tr("Bản sao lưu tự động sẽ ghi vào {folder}").format(folder=folder),
                                         15_000)

        def refused(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, DeskError) else str(exc)
            messages.warn(self, self.tr("Thư mục sao lưu tự động"), text)

        self.worker.submit(lambda: office.update_settings(self.ctx, backup_folder=str(folder)), saved, refused)

    def check_clock(self) -> None:
        """Warn before any intake when the PC's clock is wrong (earlier than recorded work, or jumped)."""

        def check() -> str | None:
            from desk_app.services import users  # on the worker: SQLAlchemy is not loaded yet at start-up

            message = users.clock_anomaly(self.ctx)
            if message:
                users.record_clock_anomaly(self.ctx, message)
            return message

        def checked(message: str | None) -> None:
            if message:
                self.statusBar().showMessage(message, 120_000)
                messages.warn(self, self.tr("Kiểm tra đồng hồ máy tính"), message)

        self.worker.submit(check, checked, lambda exc: None)

    def _office_loaded(self, office: OfficeSettings) -> None:
        self.office_label.setText(self.tr("{office_id} · {name} · Quầy {desk}").format(
            office_id=office.office_id, name=office.office_name, desk=office.desk))
        self.setWindowTitle(self.tr("{name} — Bộ phận Một cửa").format(name=office.office_name)
                            if office.office_name else self.tr("Bộ phận Một cửa"))

    def _office_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DeskError):
            self.office_label.setText(exc.message)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)  # logged and shown by the app's hook

    def open_setup(self) -> None:
        from desk_app.gui.setup_dialog import SetupDialog

        dialog = SetupDialog(self.ctx, self.worker, self)
        if dialog.exec() == SetupDialog.DialogCode.Accepted:
            self.refresh_office()
            self.office_changed.emit()
            self.statusBar().showMessage(self.tr("Đã lưu thiết lập đơn vị."), 8000)

    def show_about(self) -> None:
        from desk_app import __version__

        messages.info(self, self.tr("Giới thiệu"), self.tr(
            "Ứng dụng Bộ phận Một cửa, phiên bản {version}.\n\n"
            "Tiếp nhận hồ sơ, tính ngày hẹn trả theo giờ làm việc, in giấy tiếp nhận và theo dõi hồ sơ "
            "đến khi trả kết quả. Làm việc không cần mạng.\n\n"
            "Thư mục dữ liệu: {folder}").format(version=__version__, folder=self.ctx.data_dir))

    def show_shortcuts(self) -> None:
        messages.info(self, self.tr("Phím tắt"), self.tr(
            "F2\tTiếp nhận hồ sơ mới (từ bất kỳ màn hình nào)\n"
            "Ctrl+S\tLưu hồ sơ và in giấy hẹn\n"
            "Enter\tSang ô tiếp theo; ở ô «Ghi chú» thì lưu hồ sơ\n"
            "Esc\tXóa biểu mẫu để nhập mới (có hỏi lại)\n"
            "Insert / Delete\tThêm / xóa dòng trong bảng thành phần hồ sơ\n"
            "Ctrl+P\tIn (trong cửa sổ xem giấy in)\n"
            "Ctrl+Q\tThoát"))

    # -- geometry ------------------------------------------------------------------------------------

    def restore_window(self) -> bool:
        """Geometry of the last session on this PC; False when there is none."""
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            return False
        state = settings.value(SETTINGS_STATE)
        if state is not None:
            self.restoreState(state)
        return True

    def save_window(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.sync()

    def show_restored(self) -> None:
        if self.restore_window():
            self.show()
        else:
            self.resize(1366, 768)
            self.showMaximized()
        if self._intake_holder.is_built():
            self.intake_page.focus_form()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._intake_holder.is_built() and self.intake_page.has_input() and not messages.confirm(
            self, self.tr("Thoát"),
            self.tr("Hồ sơ đang nhập dở chưa được lưu. Vẫn thoát và bỏ các thông tin này?"),
            yes=self.tr("Thoát"), no=self.tr("Ở lại"),
        ):
            event.ignore()
            return
        self.save_window()
        super().closeEvent(event)
