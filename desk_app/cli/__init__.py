"""The headless commands of CONTRACT.md."""

from desk_app.cli.main import run

__all__ = ["run"]
