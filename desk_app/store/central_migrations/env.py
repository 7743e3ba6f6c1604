"""Alembic environment of the central store (SQLite or PostgreSQL; the same schema on both).

The app passes its own connection in ``config.attributes["connection"]``; developers may run
``alembic -c desk_app/store/alembic.ini -x central=1`` style commands against a URL instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from desk_app.store.central_models import central_metadata

config = context.config
target_metadata = central_metadata


def _configure(**kwargs: object) -> None:
    connection = kwargs.get("connection")
    dialect = connection.dialect.name if connection is not None else ""  # type: ignore[attr-defined]
    context.configure(target_metadata=target_metadata, render_as_batch=dialect == "sqlite",
                      compare_type=True, **kwargs)  # type: ignore[arg-type]


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
