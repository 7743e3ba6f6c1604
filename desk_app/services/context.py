"""The desk a service works on: its database, data folder, who acts, and what time it is."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.errors import DeskError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desk_app.domain.calendar import WorkCalendar
    from desk_app.domain.office import OfficeSettings

# SQLAlchemy, the models, the office settings and the calendar are imported when the database is first
# used, not when this module is: the window can be on screen while they load on the database worker.


def default_data_dir() -> Path:
    env = os.environ.get("DESK_APP_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("desk-app", "mot-cua"))


def os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): still record something
        return "unknown"


def _peek(data_dir: Path, query: str) -> tuple[Any, ...] | None:
    """One row read with plain sqlite3, read-only (no SQLAlchemy, a few ms); None when there is no
    database yet or it cannot be read as one."""
    from desk_app.store.files import DB_FILE

    path = data_dir / DB_FILE
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as connection:
            row = connection.execute(query).fetchone()
        connection.close()
    except sqlite3.Error:
        return None
    return tuple(row) if row else ()


def peek_configured(data_dir: Path) -> bool | None:
    """Whether the desk in ``data_dir`` is set up, read without the database layer.

    None when there is no database yet or it cannot be read as one: the caller then opens it the full
    way, which explains what is wrong.
    """
    row = _peek(data_dir, "SELECT value FROM settings WHERE key='office.office_id'")
    return None if row is None else bool(row and row[0] not in ('""', "null"))


def peek_has_users(data_dir: Path) -> bool | None:
    """Whether the desk has clerk accounts (so a login is due), read like :func:`peek_configured`."""
    row = _peek(data_dir, "SELECT count(*) FROM users")
    return None if row is None else bool(row and row[0])


@dataclass
class Actor:
    username: str
    full_name: str = ""
    role: str = "clerk"  # clerk | head | admin

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


class DeskContext:
    """The desk a service works on. The database opens on first use (``deferred``) or at once."""

    def __init__(self, data_dir: Path, engine: Engine | None = None, actor: Actor | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.data_dir = data_dir
        self.actor = actor or Actor(os_user(), role="admin")
        self.clock: Callable[[], datetime] = clock or datetime.now
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._office: OfficeSettings | None = None
        self._calendar: WorkCalendar | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path | None = None, actor: Actor | None = None,
             clock: Callable[[], datetime] | None = None, deferred: bool = False) -> DeskContext:
        # The operating-system account that owns the data folder acts with full rights (scripts, central
        # jobs); clerks in the window act as the account they logged in with.
        ctx = cls(data_dir or default_data_dir(), actor=actor or Actor(os_user(), role="admin"), clock=clock)
        if not deferred:
            ctx.engine  # noqa: B018 - open (create, migrate) now, so errors surface here
        return ctx

    def engine_ready(self) -> bool:
        """The database is open (always true for a context opened without ``deferred``)."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = _open_engine(self.data_dir)
            return self._engine

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole or not at all."""
        from sqlalchemy.exc import OperationalError

        session = self._session_factory()()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise DeskError(f"Không ghi được vào cơ sở dữ liệu: {_sqlite_reason(exc)}. Chưa có gì được lưu.") from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.exc import OperationalError

        session = self._session_factory()()
        try:
            yield session
        except OperationalError as exc:
            raise DeskError(f"Không đọc được cơ sở dữ liệu: {_sqlite_reason(exc)}.") from exc
        finally:
            session.close()

    # Office settings and the calendar are read often and change rarely: cached, dropped on change.
    def office(self) -> OfficeSettings:
        if self._office is None:
            from desk_app.store import repositories as repo

            with self.reading() as session:
                self._office = repo.office_from_settings(repo.read_settings(session))
        return self._office

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            from sqlalchemy import select

            from desk_app.domain.calendar import WorkCalendar
            from desk_app.store import models as m
            from desk_app.store import repositories as repo

            with self.reading() as session:
                rows = list(session.execute(select(m.CalendarOverride)).scalars())
            self._calendar = WorkCalendar(sessions=self.office().sessions, overrides=repo.overrides_to_domain(rows))
        return self._calendar

    def warm_up(self) -> OfficeSettings:
        """Open the database and read what every screen needs (run on the worker at start-up)."""
        office = self.office()
        self.calendar()
        return office

    def settings_changed(self) -> None:
        self._office = None
        self._calendar = None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _open_engine(folder: Path) -> Engine:
    from sqlalchemy.exc import OperationalError

    from desk_app.store.engine import open_desk_database

    try:
        return open_desk_database(folder)
    except OperationalError as exc:
        raise DeskError(f"Không mở được cơ sở dữ liệu trong thư mục {folder}: {_sqlite_reason(exc)}") from exc
    except PermissionError as exc:
        raise DeskError(f"Không có quyền ghi vào thư mục dữ liệu {folder}.") from exc


def _sqlite_reason(exc: Any) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text:
        return "cơ sở dữ liệu đang bị khóa bởi chương trình khác, hãy thử lại sau ít giây"
    if "readonly" in text or "read-only" in text:
        return "tệp dữ liệu chỉ cho phép đọc (kiểm tra quyền ghi hoặc ổ USB bị khóa)"
    if "disk" in text and "full" in text:
        return "ổ đĩa đã đầy"
    if "unable to open" in text:
        return "không mở được tệp dữ liệu"
    if "malformed" in text or "not a database" in text:
        return "tệp dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu gần nhất"
    return text
