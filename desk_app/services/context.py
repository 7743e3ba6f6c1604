"""The desk a service works on: its database, data folder, who acts, and what time it is."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.calendar import WorkCalendar
from desk_app.domain.errors import DeskError
from desk_app.domain.office import OfficeSettings
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.engine import open_desk_database


def default_data_dir() -> Path:
    env = os.environ.get("DESK_APP_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("desk-app", "mot-cua"))


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): still record something
        return "unknown"


@dataclass
class Actor:
    username: str
    full_name: str = ""
    role: str = "clerk"  # clerk | head | admin

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


@dataclass
class DeskContext:
    data_dir: Path
    engine: Engine
    actor: Actor
    clock: Callable[[], datetime] = datetime.now
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _office: OfficeSettings | None = field(default=None, init=False, repr=False)
    _calendar: WorkCalendar | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path | None = None, actor: Actor | None = None,
             clock: Callable[[], datetime] | None = None) -> DeskContext:
        folder = data_dir or default_data_dir()
        try:
            engine = open_desk_database(folder)
        except OperationalError as exc:
            raise DeskError(f"Không mở được cơ sở dữ liệu trong thư mục {folder}: {_sqlite_reason(exc)}") from exc
        except PermissionError as exc:
            raise DeskError(f"Không có quyền ghi vào thư mục dữ liệu {folder}.") from exc
        # The operating-system account that owns the data folder acts with full rights (scripts, central jobs);
        # clerks in the window act as the account they logged in with.
        return cls(data_dir=folder, engine=engine, actor=actor or Actor(os_user(), role="admin"),
                   clock=clock or datetime.now)

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole or not at all."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise DeskError(f"Không ghi được vào cơ sở dữ liệu: {_sqlite_reason(exc)}. Chưa có gì được lưu.") from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except OperationalError as exc:
            raise DeskError(f"Không đọc được cơ sở dữ liệu: {_sqlite_reason(exc)}.") from exc
        finally:
            session.close()

    # Office settings and the calendar are read often and change rarely: cached, dropped on change.
    def office(self) -> OfficeSettings:
        if self._office is None:
            with self.reading() as session:
                self._office = repo.office_from_settings(repo.read_settings(session))
        return self._office

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            with self.reading() as session:
                rows = list(session.execute(select(m.CalendarOverride)).scalars())
            self._calendar = WorkCalendar(sessions=self.office().sessions, overrides=repo.overrides_to_domain(rows))
        return self._calendar

    def settings_changed(self) -> None:
        self._office = None
        self._calendar = None

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_reason(exc: OperationalError) -> str:
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
