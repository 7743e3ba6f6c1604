"""Integration fixtures: a real PostgreSQL server for the whole run (started only when a test asks for
it), central stores on SQLite and PostgreSQL made from a migrated template, and desks that produce
sync packages."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import DateTime, select

from desk_app.services import generator, lifecycle, office
from desk_app.services.context import Actor, DeskContext
from desk_app.store import central_models as cm
from desk_app.store import models as m
from desk_app.sync.central import CentralStore
from desk_app.sync.export import export_package
from desk_app.sync.package import plain
from tests.integration.pg import PgServer, find_binaries

CENTRAL_BACKENDS = ["sqlite", "postgres"]
SYNC_START = datetime(2025, 11, 24, 9, 0)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found on PATH, in /usr/local/bin or "
                    "/usr/lib/postgresql/*/bin: the PostgreSQL variants are skipped")
    server = PgServer(binaries).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def central_keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("central-keys")


class CentralFactory:
    """Fresh central stores (copies of one migrated template) on one backend, all with the same keys."""

    def __init__(self, backend: str, keys_dir: Path, folder: Path, pg: PgServer | None) -> None:
        self.backend = backend
        self.keys_dir = keys_dir
        self.folder = folder
        self.pg = pg
        self._counter = itertools.count(1)
        self.template = self._make_template()

    def _make_template(self) -> str:
        if self.backend == "sqlite":
            url = str(self.folder / "template.sqlite3")
        else:
            assert self.pg is not None
            url = self.pg.create_database("central_template")
        CentralStore.init(url, self.keys_dir, scope=["H21"]).close()
        return url

    def url(self) -> str:
        number = next(self._counter)
        if self.backend == "sqlite":
            target = self.folder / f"central-{number}.sqlite3"
            shutil.copyfile(self.template, target)
            return str(target)
        assert self.pg is not None
        import psycopg

        name = f"central_{number}"
        with psycopg.connect(host="127.0.0.1", port=self.pg.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE central_template')
        return self.pg.url(name)

    def new(self, **kwargs: Any) -> CentralStore:
        return CentralStore.open(self.url(), self.keys_dir, **kwargs)


@pytest.fixture(scope="session")
def sqlite_centrals(central_keys_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> CentralFactory:
    return CentralFactory("sqlite", central_keys_dir, tmp_path_factory.mktemp("central-sqlite"), None)


@pytest.fixture(scope="session")
def pg_centrals(central_keys_dir: Path, tmp_path_factory: pytest.TempPathFactory,
                pg_server: PgServer) -> CentralFactory:
    return CentralFactory("postgres", central_keys_dir, tmp_path_factory.mktemp("central-pg"), pg_server)


@pytest.fixture(params=CENTRAL_BACKENDS)
def centrals(request: pytest.FixtureRequest) -> CentralFactory:
    """Parametrised over SQLite and a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_centrals")
    return request.getfixturevalue("pg_centrals")


@pytest.fixture
def central(centrals: CentralFactory) -> Iterator[CentralStore]:
    store = centrals.new()
    yield store
    store.close()


# ---- desks ---------------------------------------------------------------------------------------


class Desk:
    """A configured desk with a settable clock that writes packages into ``out``."""

    def __init__(self, folder: Path, office_id: str, desk: int, name: str = "Bộ phận Một cửa") -> None:
        self.now = SYNC_START
        # The desk's administrator: importing a reference package changes the catalogue and the calendar.
        self.ctx = DeskContext.open(folder, actor=Actor(f"canbo{desk}", f"Cán bộ {desk}", "admin"),
                                    clock=lambda: self.now)
        office.setup_office(self.ctx, office_id, f"{name} {office_id}", desk=desk)
        self.out = folder / "packages"
        self.count = 0

    def generate(self, count: int, seed: int) -> None:
        generator.generate(self.ctx, count, seed=seed, date_from=date(2025, 10, 20), date_to=date(2025, 11, 24))

    def finish_some(self, limit: int) -> int:
        """Move some open dossiers on (updates of rows the central office already has)."""
        with self.ctx.reading() as session:
            codes = session.execute(select(m.Dossier.code).where(m.Dossier.status.in_((2, 4)))
                                    .order_by(m.Dossier.code).limit(limit)).scalars().all()
        for code in codes:
            with self.ctx.reading() as session:
                row = session.execute(select(m.Dossier.id).where(m.Dossier.code == code)).scalar_one()
                last = lifecycle.last_event_time(session, row)
            if last is not None and last + timedelta(minutes=1) > self.now:
                self.now = last + timedelta(minutes=1)  # the clock moves on; events keep their order
            lifecycle.apply_event(self.ctx, code, "finish", at=self.now)
        return len(codes)

    def export(self, **kwargs: Any) -> Path:
        self.count += 1
        path = self.out / f"{self.ctx.office().office_id}-{self.ctx.office().desk}-{self.count:03d}.zip"
        export_package(self.ctx, path, **kwargs)
        return path

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    made: list[Desk] = []

    def make(office_id: str = "H21.17", desk: int = 1) -> Desk:
        item = Desk(tmp_path / f"desk-{office_id}-{desk}-{len(made)}", office_id, desk)
        made.append(item)
        return item

    yield make
    for item in made:
        item.close()


# ---- comparing stores ------------------------------------------------------------------------------

_VOLATILE = {"central_conflicts": {"id"}}
# The store's own identity and catalogue (seeded with fresh keys per template), not merged data.
_IDENTITY = ("central_meta", "central_offices", "central_reference_versions", "procedures")


def store_content(store: CentralStore, full: bool = True) -> dict[str, str]:
    """A digest per table. ``full=False`` leaves out the bookkeeping times (when a package was applied,
    when a key was first trusted) and the store's own identity, which differ by arrival order only."""
    digests: dict[str, str] = {}
    with store.engine.connect() as connection:
        for table in cm.central_metadata.sorted_tables:
            synced = table.name in cm.SYNCED_TABLES
            names = [c.name for c in table.columns
                     if full or synced or not isinstance(c.type, DateTime)]
            names = [n for n in names if full or n not in _VOLATILE.get(table.name, set())]
            if not full and table.name in _IDENTITY:
                continue
            order = [table.c[n] for n in names]
            rows = connection.execute(select(*order).order_by(*order)).all()
            text = json.dumps([[plain(v) if not isinstance(v, bytes) else hashlib.sha256(v).hexdigest() for v in r]
                               for r in rows], ensure_ascii=False, default=str)
            digests[table.name] = hashlib.sha256(text.encode()).hexdigest()[:16] + f":{len(rows)}"
    return digests
