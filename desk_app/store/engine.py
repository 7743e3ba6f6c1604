"""Open the desk database: SQLite in WAL mode, foreign keys on, migrated by Alembic at start.

Before an upgrade the file is copied aside (SQLite online backup), so a failed migration never
costs a desk its data.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection

from desk_app.store.files import DB_FILE

# The newest migration; a test checks it against Alembic's own head so the two never drift.
SCHEMA_HEAD = "0002"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit the clerk saw as "saved" survives a power cut (WAL + NORMAL could lose it).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 5, "check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def current_revision(connection: Connection) -> str | None:
    has_table = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (online backup API, WAL included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def run_alembic_upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command  # imported only when a migration is due: it costs start-up time
    from alembic.config import Config

    config = Config(str(Path(__file__).with_name("alembic.ini")))
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def open_desk_database(data_dir: Path) -> Engine:
    """Create or upgrade the desk database in ``data_dir`` and return its engine."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILE
    existed = path.exists() and path.stat().st_size > 0
    engine = sqlite_engine(path)
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision != SCHEMA_HEAD:
        if existed and revision is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_file(path, data_dir / "backups" / f"before-upgrade-{revision}-{stamp}.sqlite3")
        with engine.begin() as connection:
            run_alembic_upgrade(connection)
    return engine
