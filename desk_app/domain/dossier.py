"""The dossier's records: the dossier itself, its applicant, documents, events, apologies and ratings.

Its states, events and the transitions allowed live in :mod:`desk_app.domain.states` (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk_app.domain.states import (
    EVENT_LABELS,
    OPEN_STATUSES,
    PAUSED_STATUSES,
    REASON_REQUIRED,
    STATUS_LABELS,
    TRANSITIONS,
    Channel,
    EventKind,
    Status,
    allowed_events,
    next_status,
)
from desk_app.domain.units import DurationUnit

__all__ = [
    "EVENT_LABELS", "OPEN_STATUSES", "PAUSED_STATUSES", "REASON_REQUIRED", "STATUS_LABELS", "TRANSITIONS",
    "Apology", "Channel", "DocumentLine", "Dossier", "DossierEvent", "EventKind", "Feedback", "Person", "Status",
    "allowed_events", "next_status",
]


@dataclass(frozen=True)
class DocumentLine:
    """One component of the dossier: name × originals, certified copies, photocopies."""

    name: str
    originals: int = 0
    certified: int = 0
    copies: int = 0


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    province_code: int | None = None
    ward_code: int | None = None


@dataclass(frozen=True)
class DossierEvent:
    kind: EventKind
    at: datetime
    actor: str
    from_status: Status | None
    to_status: Status
    reason: str = ""
    receiver: str = ""  # who took it over (transfer) or collected it (return)


@dataclass(frozen=True)
class Apology:
    at: datetime
    reason: str
    old_due_at: datetime
    new_due_at: datetime
    signatory: str = ""
    signatory_title: str = ""
    deputy: bool = False


@dataclass(frozen=True)
class Feedback:
    at: datetime
    rating: int
    scale: int
    elements: tuple[str, ...] = ()
    comment: str = ""
    clerk: str = ""
    source: str = "screen"


@dataclass(frozen=True)
class Dossier:
    id: str
    code: str
    procedure_code: str
    procedure_name: str
    applicant: Person
    status: Status
    channel: Channel
    received_at: datetime
    due_at: datetime
    original_due_at: datetime
    duration: float
    unit: DurationUnit
    rule_set: str
    clerk: str
    owner: Person | None = None
    documents: tuple[DocumentLine, ...] = ()
    sets: int = 1
    fee: str = ""
    result_delivery: str = "Tại Bộ phận Một cửa"
    notes: str = ""
    book_volume: str = ""
    book_line: int = 0
    finished_at: datetime | None = None
    returned_at: datetime | None = None
    supplement_count: int = 0
    office_id: str = ""
    desk: int = 1
    events: tuple[DossierEvent, ...] = field(default=())
    apologies: tuple[Apology, ...] = field(default=())
    feedback: tuple[Feedback, ...] = field(default=())

    def is_late(self, now: datetime) -> bool:
        """Late against the current appointment: open past it, or finished after it."""
        end = self.finished_at or (now if self.status.is_open else None)
        return end is not None and end > self.due_at
