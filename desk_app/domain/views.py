"""Plain read models the lists show: what a table row or a navigation badge needs, nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.states import Status


@dataclass(frozen=True)
class DossierRow:
    """One line of a dossier list."""

    id: str
    code: str
    name: str
    procedure_name: str
    status: Status
    received_at: datetime
    due_at: datetime
    phone: str


@dataclass(frozen=True)
class TodayCounts:
    overdue: int
    due_today: int
    due_next_day: int
    waiting_supplement: int
