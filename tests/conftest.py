"""Shared fixtures: a fresh desk database per test, a controllable clock, no real user settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desk_app.services import office
from desk_app.services.context import Actor, DeskContext


class Clock:
    """A settable "now" so tests can walk a dossier through days of working time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 11, 24, 9, 0))  # a Monday


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "desk-data"


@pytest.fixture
def ctx(data_dir: Path, clock: Clock) -> Iterator[DeskContext]:
    context = DeskContext.open(data_dir, actor=Actor("canbo1", "Trần Thị Bình"), clock=clock)
    office.setup_office(context, "H21.17", "Bộ phận Một cửa xã Tân Lập", desk=1,
                        parent_name="UBND XÃ TÂN LẬP", place_name="Tân Lập", head_name="Lê Văn Chính")
    yield context
    context.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's real data folder or Qt settings."""
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
