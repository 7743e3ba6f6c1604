"""Start the window: the application object, translations, the data folder, first-run setup.

Start-up stays light: reportlab, QtPdf and the procedure catalogue load when first needed, not here.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QSettings, Qt, QThread, QTimer, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.domain.errors import DeskError
from desk_app.gui import messages

if TYPE_CHECKING:
    from desk_app.gui.worker import DbWorker
    from desk_app.services.context import DeskContext

log = logging.getLogger("desk_app.gui")

APP_NAME = "desk-app"
ORGANISATION = "mot-cua"
DEFAULT_LANGUAGE = "vi"  # the source language of every string: no .qm needed
BASE_POINT_SIZE = 10.0

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]



# ---- the application object ------------------------------------------------------------------------


def application() -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt), styled for the desk."""
    app = QApplication.instance()
    if app is None:
        # The style by its command-line option: setStyle() would first wrap a QStyle for Python.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Bộ phận Một cửa"))
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    return app


def ui_language() -> str:
    """DESK_APP_LANG, else the language chosen on this PC (QSettings ui/language), else Vietnamese."""
    value = os.environ.get("DESK_APP_LANG") or QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return str(value or DEFAULT_LANGUAGE).strip().lower().split("_")[0]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load resources/translations/desk_app_<lang>.qm (and Qt's own strings) when they exist."""
    from desk_app.paths import resources_dir

    installed: list[QTranslator] = []
    if language == DEFAULT_LANGUAGE:
        candidates = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    else:
        candidates = [(f"desk_app_{language}", str(resources_dir() / "translations")),
                      (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("desk_app_"):
            log.info("no translation %s in %s: showing Vietnamese", name, folder)
    return installed


# ---- unexpected errors ---------------------------------------------------------------------------


class ErrorReporter:
    """sys.excepthook for the window: log to <data>/logs/errors.log, tell the clerk, keep running."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._previous: ExceptHook | None = None
        self._showing = False
        self._handler: logging.Handler | None = None
        self.count = 0

    def install(self) -> None:
        if self.log_file is not None:
            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.FileHandler(self.log_file, encoding="utf-8", delay=True)
            except OSError:
                handler = None
            if handler is not None:
                handler.setLevel(logging.WARNING)
                handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
                logging.getLogger("desk_app").addHandler(handler)
                self._handler = handler
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__
        if self._handler is not None:
            logging.getLogger("desk_app").removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.count += 1
        if isinstance(exc, DeskError):  # a refused operation nobody caught: its message says it all
            log.warning("uncaught refusal: %s", exc.message, exc_info=(exc_type, exc, tb))
            title, text = QCoreApplication.translate("app", "Chưa thực hiện được"), exc.message
        else:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
            where = str(self.log_file) if self.log_file else QCoreApplication.translate("app", "nhật ký của ứng dụng")
            title = QCoreApplication.translate("app", "Lỗi không mong đợi")
            text = QCoreApplication.translate(
                "app",
                "Đã xảy ra lỗi không mong đợi ({kind}: {error}).\n\nCông việc đang làm chưa bị mất; "
                "bạn có thể tiếp tục làm việc. Chi tiết đã được ghi vào tệp {file}; nếu lỗi lặp lại, "
                "hãy gửi tệp này cho bộ phận kỹ thuật.",
            ).format(kind=exc_type.__name__, error=exc, file=where)
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if self._showing or not on_gui_thread or not isinstance(app, QApplication):
            return
        self._showing = True
        try:
            messages.error(QApplication.activeWindow(), title, text,
                           "".join(traceback.format_exception(exc_type, exc, tb)))
        except Exception:  # the box itself failed: the log has it; never raise from the hook
            log.exception("could not show the error message")
        finally:
            self._showing = False


# ---- the data folder ---------------------------------------------------------------------------------


def _database_problem(folder: Path, exc: BaseException) -> str:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        message = QCoreApplication.translate(
            "app",
            "Tệp dữ liệu trong thư mục {folder} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất "
            "(lệnh «desk-app restore») hoặc liên hệ bộ phận kỹ thuật.",
        )
    elif "locked" in text:
        message = QCoreApplication.translate(
            "app",
            "Cơ sở dữ liệu trong thư mục {folder} đang bị khóa bởi chương trình khác (có thể ứng dụng "
            "đang mở ở một cửa sổ khác). Hãy đóng chương trình đó rồi mở lại.",
        )
    else:
        message = QCoreApplication.translate("app", "Không mở được cơ sở dữ liệu trong thư mục {folder}: {error}")
    return message.format(folder=folder, error=exc)


def open_context(folder: Path) -> DeskContext | None:
    """The desk context, or None after telling the clerk why the data cannot be opened."""
    from desk_app.services.context import DeskContext

    ctx = None
    try:
        ctx = DeskContext.open(folder)
        ctx.office()  # reads the settings: a damaged file shows up here at the latest
        return ctx
    except DeskError as exc:
        log.warning("cannot open the database: %s", exc.message, exc_info=True)
        problem = exc.message
    except Exception as exc:  # sqlite3/SQLAlchemy errors the services do not translate
        log.error("cannot open the database in %s", folder, exc_info=True)
        problem = _database_problem(folder, exc)
    if ctx is not None:
        ctx.close()
    return _offer_backup(folder, problem)


def _offer_backup(folder: Path, problem: str) -> DeskContext | None:
    """A damaged database: offer the newest local copy (the damaged file is kept aside), else explain."""
    from desk_app.services import maintenance
    from desk_app.services.context import DeskContext

    copy = maintenance.newest_local_backup(folder)
    title = QCoreApplication.translate("app", "Không mở được dữ liệu")
    if copy is None or not messages.confirm(
        None, title,
        QCoreApplication.translate(
            "app", "{problem}\n\nCó bản sao lưu {name}. Khôi phục từ bản sao lưu này? Tệp dữ liệu hiện tại "
                   "được giữ lại bên cạnh, không bị xóa.").format(problem=problem, name=copy.name),
        yes=QCoreApplication.translate("app", "Khôi phục"), no=QCoreApplication.translate("app", "Thoát"),
    ):
        messages.error(None, title, problem)
        return None
    try:
        maintenance.recover_from_backup(folder, copy)
        ctx = DeskContext.open(folder)
        ctx.office()
        return ctx
    except Exception as exc:
        log.error("recovery from %s failed", copy, exc_info=True)
        messages.error(None, title, _database_problem(folder, exc))
        return None


def prepare_demo(ctx: DeskContext) -> None:
    """A demo office with sample dossiers (when the generator is available)."""
    from desk_app.services import office

    if not ctx.office().configured:
        office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập (dữ liệu mẫu)", desk=1,
                            parent_name="UBND XÃ TÂN LẬP", place_name="Tân Lập", head_name="Lê Văn Chính")
    import importlib.util

    if importlib.util.find_spec("desk_app.services.generator") is None:
        log.info("no sample-data generator: the demo office starts empty")
        return
    from desk_app.services import generator  # type: ignore[attr-defined]

    generator.generate(ctx, count=300, seed=1)


# ---- run ---------------------------------------------------------------------------------------------


def run_gui(data_dir: Path | None, demo: bool, smoke: bool) -> int:
    """The window's main loop. 0 on a normal exit, 1 when the data cannot be opened."""
    app = application()
    translators = install_translators(app, ui_language())
    demo_dir: Path | None = None
    if demo:
        import tempfile

        demo_dir = Path(tempfile.mkdtemp(prefix="desk-demo-"))
        data_dir = demo_dir
    if data_dir is None:
        from desk_app.services.context import default_data_dir

        data_dir = default_data_dir()
    reporter = ErrorReporter(data_dir / "logs" / "errors.log")
    reporter.install()
    try:
        return _run(app, data_dir, demo, smoke)
    finally:
        reporter.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
        if demo_dir is not None:
            import shutil

            shutil.rmtree(demo_dir, ignore_errors=True)


def _open_deferred(data_dir: Path, worker: DbWorker) -> DeskContext | None:
    """For a desk already set up: a context whose database opens on the worker while the window shows.

    SQLAlchemy, the migrations check and the calendar take most of a start-up; the clerk can already
    type into the intake form while they load. A database that then fails to open ends the app with
    the same message as a synchronous open. None when the desk is new or its file is unreadable:
    the caller opens it the full way, which explains what is wrong.
    """
    from desk_app.services.context import DeskContext, peek_configured

    if not peek_configured(data_dir):
        return None
    ctx = DeskContext.open(data_dir, deferred=True)

    def failed(exc: BaseException) -> None:
        log.error("cannot open the database in %s", data_dir, exc_info=exc)
        problem = exc.message if isinstance(exc, DeskError) else _database_problem(data_dir, exc)
        messages.error(None, QCoreApplication.translate("app", "Không mở được dữ liệu"), problem)
        QCoreApplication.exit(1)

    worker.submit(ctx.warm_up, on_error=failed)  # the first job: every later one finds it open
    return ctx


def _start_daily_backups(window: QWidget, ctx: DeskContext, worker: DbWorker) -> QTimer:
    """One automatic copy a day (checked hourly; nothing happens when today's copy exists)."""
    from desk_app.services import maintenance

    def failed(exc: BaseException) -> None:
        text = exc.message if isinstance(exc, DeskError) else str(exc)
        window.statusBar().showMessage(QCoreApplication.translate("app", "Chưa sao lưu được: {reason}").format(
            reason=text), 60_000)

    def daily() -> None:
        worker.submit(lambda: maintenance.auto_backup(ctx, "daily"), on_error=failed)

    timer = QTimer(window)
    timer.timeout.connect(daily)
    timer.start(3_600_000)
    QTimer.singleShot(30_000, daily)  # not during start-up
    return timer


def _backup_at_close(ctx: DeskContext, worker: DbWorker) -> None:
    from desk_app.services import maintenance

    def failed(exc: BaseException) -> None:
        text = exc.message if isinstance(exc, DeskError) else str(exc)
        messages.warn(None, QCoreApplication.translate("app", "Chưa sao lưu được"), text)

    worker.submit(lambda: maintenance.auto_backup(ctx, "close"), on_error=failed)
    worker.wait(60_000)
    QCoreApplication.processEvents()  # deliver the error, if any


def _report_start_time(smoke: bool) -> None:
    """With --smoke, print how long the process took to show the window (start-up benchmark)."""
    started = os.environ.get("DESK_APP_STARTED_AT")
    if smoke and started:
        import time

        print(f"window shown after {(time.time() - float(started)) * 1000:.1f} ms", file=sys.stderr, flush=True)


def _run(app: QApplication, data_dir: Path, demo: bool, smoke: bool) -> int:
    from desk_app.gui.worker import DbWorker

    worker = DbWorker()
    worker.hold()  # database jobs start once the window is on screen: they would only slow it down
    ctx = _open_deferred(data_dir, worker) if not demo else None
    if ctx is None:
        ctx = open_context(data_dir)
    if ctx is None:
        return 1
    window = None
    try:
        if demo:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                prepare_demo(ctx)
            finally:
                QGuiApplication.restoreOverrideCursor()
        if ctx.engine_ready() and not ctx.office().configured:
            from desk_app.gui.setup_dialog import SetupDialog

            worker.release()  # the dialog works through the worker
            dialog = SetupDialog(ctx, worker, first_run=True)
            accepted = dialog.exec() == SetupDialog.DialogCode.Accepted
            dialog.deleteLater()
            if not accepted:
                return 0
            from desk_app.gui.first_admin_dialog import FirstAdminDialog

            admin = FirstAdminDialog(ctx, worker)  # the first administrator; "Để sau" is allowed
            admin.exec()
            admin.deleteLater()
        from desk_app.gui.main_window import MainWindow

        window = MainWindow(ctx, worker)
        from desk_app.gui.login_dialog import SessionGuard

        # Login at start once the desk has accounts, and a lock after inactivity. The guard covers the
        # window from its first paint and asks once the database says whether accounts exist.
        guard = SessionGuard(window, ctx, worker)
        guard.actor_changed.connect(window.actor_changed)
        guard.login_required.connect(window.login_pending)
        guard.quit_requested.connect(window.close)
        window.lock_action.triggered.connect(guard.lock)
        from desk_app.services.context import peek_has_users

        guard.start(peek_has_users(data_dir))
        window.show_restored()
        QCoreApplication.processEvents()  # paint it
        _report_start_time(smoke)
        gc.enable()  # ``python -m desk_app`` starts without the cyclic collector (see desk_app.__main__)
        worker.release()
        daily_backups = _start_daily_backups(window, ctx, worker)
        if smoke:
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        daily_backups.stop()
        if window.isVisible():
            window.save_window()
            window.hide()
        if not smoke:
            _backup_at_close(ctx, worker)
        # Quitting closes the windows, and closing the last one posts one more Quit event. Left in
        # the queue it would end the next event loop of this QApplication at once (a second run,
        # a test, a dialog after the window) — drop it.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        return int(code)
    finally:
        worker.wait(10_000)
        if window is not None:
            window.deleteLater()
        ctx.close()

