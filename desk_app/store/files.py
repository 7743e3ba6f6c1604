"""File names in the data folder (no SQLAlchemy here: start-up reads them before it loads)."""

DB_FILE = "desk.sqlite3"
