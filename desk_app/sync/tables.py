"""What a desk package carries: the synced tables, their columns, and which of them are personal."""

from __future__ import annotations

import re

from sqlalchemy import Table

from desk_app.store import models as m
from desk_app.store.engine import SCHEMA_HEAD

PACKAGE_KIND = "desk-changes"
REFERENCE_KIND = "reference"
_REVISION = re.compile(r"^\d{4}$")


def schema_status(value: object) -> str:
    """"ok" for a desk schema revision up to ours (the columns are checked part by part), "future"
    for a newer one, "bad" for anything else."""
    if not isinstance(value, str) or not _REVISION.match(value):
        return "bad"
    return "future" if value > SCHEMA_HEAD else "ok"

DESK_TABLES: dict[str, Table] = {
    "dossiers": m.Dossier.__table__,  # type: ignore[dict-item]
    "dossier_events": m.DossierEventRow.__table__,  # type: ignore[dict-item]
    "apologies": m.ApologyRow.__table__,  # type: ignore[dict-item]
    "feedback": m.FeedbackRow.__table__,  # type: ignore[dict-item]
}
# Parents before children: the order rows are merged in.
TABLE_ORDER = ("dossiers", "dossier_events", "apologies", "feedback")
CHILD_TABLES = ("dossier_events", "apologies", "feedback")

# Readable only by the central office: sealed to its public key once the desk has it.
PERSONAL_COLUMNS = ("id_number", "phone", "email", "address", "owner")
USER_COLUMNS = ("username", "full_name", "title", "role", "active")


def columns(table_name: str) -> list[str]:
    """The columns of a table part (personal columns travel in their own part)."""
    names = [c.name for c in DESK_TABLES[table_name].columns]
    if table_name == "dossiers":
        names = [n for n in names if n not in PERSONAL_COLUMNS]
    return names


def part_name(table_name: str) -> str:
    return f"{table_name}.jsonl"
