"""Pure-Python rules of the one-stop desk: no Qt, no SQLAlchemy (checked by import-linter)."""
