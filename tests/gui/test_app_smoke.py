"""Starting the window: smoke run, first run, damaged data, unexpected errors, a light start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, QTimer

from desk_app.__main__ import window_arguments
from desk_app.domain.errors import DeskError
from desk_app.gui import app as gui_app
from desk_app.gui.app import ErrorReporter, run_gui
from desk_app.gui.main_window import SETTINGS_GEOMETRY
from desk_app.services import office
from desk_app.services.context import DeskContext


@pytest.fixture
def configured_dir(tmp_path):
    folder = tmp_path / "configured"
    ctx = DeskContext.open(folder)
    office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", desk=1)
    ctx.close()
    return folder


def test_smoke_run_on_a_configured_office_exits_zero(configured_dir, shown, answers):
    assert run_gui(configured_dir, demo=False, smoke=True) == 0
    assert shown == []
    assert QSettings().value(SETTINGS_GEOMETRY) is not None  # per-PC window geometry kept
    assert not (configured_dir / "logs" / "errors.log").exists()
    # Once more: the saved geometry is restored, still exits cleanly.
    assert run_gui(configured_dir, demo=False, smoke=True) == 0


def test_after_a_run_event_loops_still_run(configured_dir, shown, answers):
    """Quitting closes the window, which posts one more Quit: it must not end the next loop at once."""
    assert run_gui(configured_dir, demo=False, smoke=True) == 0
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    started = time.monotonic()
    assert loop.exec() == 0
    assert time.monotonic() - started >= 0.04


def test_smoke_with_another_language_and_no_translation(configured_dir, monkeypatch, shown, answers):
    monkeypatch.setenv("DESK_APP_LANG", "en")  # the English .qm comes later: Vietnamese is shown
    assert run_gui(configured_dir, demo=False, smoke=True) == 0


def test_first_run_shows_setup_and_cancel_leaves(tmp_path, monkeypatch, shown):
    from desk_app.gui.setup_dialog import SetupDialog

    opened = []
    monkeypatch.setattr(SetupDialog, "exec", lambda self: opened.append(self) or 0)
    assert run_gui(tmp_path / "empty", demo=False, smoke=True) == 0
    assert len(opened) == 1


def test_demo_office(monkeypatch, shown, answers):
    assert run_gui(None, demo=True, smoke=True) == 0
    assert shown == []


def test_damaged_database_says_so_and_exits_one(tmp_path, shown):
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "desk.sqlite3").write_bytes(b"this is not a database at all " * 200)
    assert run_gui(folder, demo=False, smoke=True) == 1
    [(kind, title, text)] = shown
    assert kind == "error" and title == "Không mở được dữ liệu"
    assert "bị hỏng" in text and "sao lưu" in text


def test_locked_database_message(tmp_path, shown, monkeypatch):
    def locked(folder, actor=None, clock=None):
        raise DeskError("Không mở được cơ sở dữ liệu trong thư mục x: cơ sở dữ liệu đang bị khóa bởi chương trình "
                        "khác, hãy thử lại sau ít giây")

    monkeypatch.setattr(DeskContext, "open", staticmethod(locked))
    assert run_gui(tmp_path / "locked", demo=False, smoke=True) == 1
    assert "đang bị khóa" in shown[0][2]


def test_unexpected_error_in_a_slot_is_logged_shown_and_survived(tmp_path, qtbot, shown):
    log_file = tmp_path / "logs" / "errors.log"
    reporter = ErrorReporter(log_file)
    reporter.install()
    try:
        def broken_slot() -> None:
            raise ZeroDivisionError("chia cho không")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.count == 1)
        survived = []
        QTimer.singleShot(0, lambda: survived.append(True))
        qtbot.waitUntil(lambda: survived == [True])  # the event loop goes on
    finally:
        reporter.uninstall()
    [(kind, title, text)] = shown
    assert kind == "error" and title == "Lỗi không mong đợi"
    assert "ZeroDivisionError" in text and str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "chia cho không" in logged


def test_an_uncaught_refusal_shows_its_own_message(tmp_path, shown):
    reporter = ErrorReporter(tmp_path / "errors.log")
    reporter(DeskError, DeskError("Ổ đĩa đã đầy."), None)
    assert shown == [("error", "Chưa thực hiện được", "Ổ đĩa đã đầy.")]


def test_startup_imports_stay_light():
    """reportlab, QtPdf and the catalogue load when first needed, not with the window's modules."""
    code = textwrap.dedent("""
        import sys
        import desk_app.gui.app, desk_app.gui.main_window
        heavy = ["reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "desk_app.documents",
                 "desk_app.services.catalogue", "desk_app.services.intake", "desk_app.services.printing",
                 "vietnam_provinces", "alembic"]
        print(",".join(name for name in heavy if name in sys.modules))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == ""


def test_gui_command_of_the_cli_reaches_run_gui(monkeypatch, tmp_path):
    from desk_app.cli.main import run

    seen = []
    monkeypatch.setattr(gui_app, "run_gui", lambda data_dir, demo, smoke: seen.append((data_dir, demo, smoke)) or 0)
    assert run(["--data-dir", str(tmp_path), "gui", "--smoke"]) == 0
    assert seen == [(tmp_path, False, True)]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (None, False, False)),
    (["gui"], (None, False, False)),
    (["gui", "--demo"], (None, True, False)),
    (["--data-dir", "/srv/desk", "gui", "--smoke"], (Path("/srv/desk"), False, True)),
    (["--data-dir=/srv/desk", "gui", "--smoke", "--demo"], (Path("/srv/desk"), True, True)),
    (["--data-dir", "/srv/desk"], (Path("/srv/desk"), False, False)),
])
def test_opening_the_window_takes_the_short_way(argv, expected):
    assert window_arguments(argv) == expected


@pytest.mark.parametrize("argv", [
    ["--version"], ["--help"], ["gui", "--help"], ["gui", "--demo", "--demo"], ["gui", "--smok"],
    ["--data-dir"], ["--data-dir", "--json"], ["--json", "gui"], ["list"], ["--data-dir", "x", "list"],
    ["gui", "extra"],
])
def test_everything_else_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None


def test_the_window_is_painted_before_the_database_layer_loads(configured_dir):
    """What ``python -m desk_app gui`` has loaded when the window is first painted (start-up budget)."""
    code = textwrap.dedent(f"""
        import gc, json, sys
        from desk_app import __main__ as entry
        from desk_app.gui import app
        seen = {{}}
        def shown(smoke):
            seen.update(gc=gc.isenabled(), style=app.QApplication.style().name(),
                        loaded=[m for m in ("sqlalchemy", "alembic", "desk_app.cli.main", "desk_app.store.models",
                                            "desk_app.services.users", "reportlab") if m in sys.modules])
        app._report_start_time = shown
        code = entry.main(["--data-dir", {str(configured_dir)!r}, "gui", "--smoke"])
        seen.update(code=code, gc_after=gc.isenabled())
        print(json.dumps(seen))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"gc": False, "style": "fusion", "loaded": [], "code": 0, "gc_after": True}


def test_a_desk_with_accounts_opens_on_the_login_over_a_covered_window(configured_dir, monkeypatch, shown):
    from PySide6.QtWidgets import QApplication

    from desk_app.gui.login_dialog import LoginDialog
    from desk_app.gui.main_window import MainWindow
    from desk_app.services import users

    ctx = DeskContext.open(configured_dir)
    users.create_user(ctx, "quantri", "Lê Văn Chính", "admin", "mat-khau-quan-tri")
    ctx.close()
    seen = {}

    def first_paint(smoke: bool) -> None:
        windows = QApplication.topLevelWidgets()
        [window] = [w for w in windows if isinstance(w, MainWindow)]
        seen["login"] = any(isinstance(w, LoginDialog) and w.isVisible() for w in windows)
        seen["content"] = window.centralWidget().isVisible()
        seen["clerk"] = window.clerk_label.text()

    monkeypatch.setattr(gui_app, "_report_start_time", first_paint)
    assert run_gui(configured_dir, demo=False, smoke=True) == 0
    # Nobody is named before the login (not the computer's account), and no citizen's data shows.
    assert seen == {"login": True, "content": False, "clerk": "Chưa đăng nhập"}
