"""The desk database is created and upgraded by Alembic, with a copy taken before an upgrade."""

import contextlib
import sqlite3
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from desk_app.store import engine as store_engine
from desk_app.store.models import Base


def test_schema_head_constant_matches_alembic():
    config = Config()
    config.set_main_option("script_location", str(Path(store_engine.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == store_engine.SCHEMA_HEAD


def test_new_folder_is_created_and_migrated(tmp_path):
    engine = store_engine.open_desk_database(tmp_path / "new")
    with engine.connect() as connection:
        assert store_engine.current_revision(connection) == store_engine.SCHEMA_HEAD
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        fk = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
        tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert mode == "wal" and fk == 1
    assert set(Base.metadata.tables) <= tables and "dossier_fts" in tables
    engine.dispose()


def test_migrated_schema_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = store_engine.open_desk_database(tmp_path / "cmp")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert [d for d in diff if "dossier_fts" not in str(d)] == []


def test_upgrade_copies_the_file_aside_first(tmp_path):
    folder = tmp_path / "old"
    engine = store_engine.open_desk_database(folder)
    engine.dispose()
    with sqlite3.connect(folder / store_engine.DB_FILE) as connection:
        connection.execute("UPDATE alembic_version SET version_num='0000old'")
    connection.close()
    # An unknown older revision cannot be upgraded: the copy must exist before Alembic refuses.
    with contextlib.suppress(Exception):
        store_engine.open_desk_database(folder)
    copies = list((folder / "backups").glob("before-upgrade-0000old-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000old"
    copy.close()
