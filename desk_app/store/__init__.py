"""SQLAlchemy models, the engine, Alembic migrations and repositories returning domain objects."""
