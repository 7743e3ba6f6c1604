"""GUI-only fixtures: fresh Qt settings per test, a synchronous worker, patched message boxes, typing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.gui import messages
from desk_app.gui.worker import DbWorker
from desk_app.services.context import Actor, DeskContext


@pytest.fixture(autouse=True)
def _fresh_qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """QSettings of this test only (Qt caches the config path, so XDG_CONFIG_HOME is not enough)."""
    QCoreApplication.setOrganizationName("mot-cua-tests")
    QCoreApplication.setApplicationName("desk-app-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QSettings().clear()


@pytest.fixture
def worker(qtbot) -> DbWorker:
    worker = DbWorker()
    worker.synchronous = True
    return worker


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box the code under test opens, as (kind, title, text). See ``answers`` for confirm."""
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "error",
                        lambda parent, title, text, details="": calls.append(("error", title, text)))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: calls.append(("info", title, text)))
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: calls.append(("warn", title, text)))
    monkeypatch.setattr(messages, "save_file",
                        lambda parent, title, name, file_filter="": calls.append(("save_file", title, name)))
    return calls


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str, str]]) -> list[bool]:
    """Answers for messages.confirm, used first to last (yes when the list is empty)."""
    queue: list[bool] = []

    def confirm(parent: object, title: str, text: str, yes: str = "", no: str = "") -> bool:
        shown.append(("confirm", title, text))
        return queue.pop(0) if queue else True

    monkeypatch.setattr(messages, "confirm", confirm)
    return queue


@pytest.fixture
def fresh_ctx(tmp_path: Path, clock) -> Iterator[DeskContext]:
    """A desk database with no office configured yet (first run)."""
    context = DeskContext.open(tmp_path / "fresh-desk", actor=Actor("canbo1", "Trần Thị Bình"), clock=clock)
    yield context
    context.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text as key events, as a Vietnamese input method (Unikey, Telex) delivers it.

    ``qtbot.keyClicks`` only handles ASCII (QTest asserts on other characters).
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
