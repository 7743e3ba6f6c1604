"""One background worker for database work: writes never overlap, the window never freezes.

Results come back on the GUI thread through a queued signal. Tests set ``synchronous = True`` so a
call completes before the next line runs (Picard's habit).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, fn: Callable[[], Any], on_done: Success | None,
                 on_error: Failure | None) -> None:
        super().__init__()
        self.bridge = bridge
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which shows a message
            self.bridge.finished.emit(self.on_error, None, exc)
        else:
            self.bridge.finished.emit(self.on_done, result, None)


class DbWorker(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._deliver)
        self._held: list[_Job] | None = None

    def hold(self) -> None:
        """Queue jobs without starting them (start-up: the window is built and shown first)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held or [], None
        for job in held:
            self._pool.start(job)

    def submit(self, fn: Callable[[], Any], on_done: Success | None = None, on_error: Failure | None = None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:
                self._deliver(on_error, None, exc)
            else:
                self._deliver(on_done, result, None)
            return
        job = _Job(self._bridge, fn, on_done, on_error)
        if self._held is not None:
            self._held.append(job)
        else:
            self._pool.start(job)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], None] | None, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None and callback is None:
            log.error("database job failed", exc_info=error)
            return
        if callback is None:
            return
        try:
            callback(error if error is not None else result)
        except RuntimeError as exc:
            # A result arriving after its widget was closed (the window quit while a read ran):
            # nothing is left to show it on, and nothing is lost — the database work itself is done.
            if "deleted" not in str(exc):
                raise
            log.debug("result for a deleted widget dropped: %s", exc)

    def wait(self, msecs: int = 30000) -> bool:
        self.release()
        return self._pool.waitForDone(msecs)
