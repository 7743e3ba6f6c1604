"""The dossier and its life: national status codes, events, and the transitions allowed.

"Late" is never a status: it is derived from the appointment and now (or the finish time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from desk_app.domain.errors import TransitionError
from desk_app.domain.units import DurationUnit


class Status(IntEnum):
    """TrangThaiHoSo of the national sync (1–10)."""

    REGISTERED_ONLINE = 1
    RECEIVED = 2
    REFUSED = 3
    IN_PROGRESS = 4
    SUPPLEMENT_REQUESTED = 5
    AWAITING_PAYMENT = 6
    WITHDRAWN = 7
    STOPPED = 8
    FINISHED = 9
    RETURNED = 10

    @property
    def key(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still counted against its appointment (not finished, returned or closed)."""
        return self in OPEN_STATUSES

    @classmethod
    def parse(cls, text: str) -> Status:
        text = text.strip().lower().replace("-", "_")
        if text.isdigit():
            return cls(int(text))
        for status in cls:
            if status.key == text:
                return status
        raise ValueError(text)


STATUS_LABELS = {
    Status.REGISTERED_ONLINE: "Mới đăng ký",
    Status.RECEIVED: "Đã tiếp nhận",
    Status.REFUSED: "Không được tiếp nhận",
    Status.IN_PROGRESS: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Chờ bổ sung",
    Status.AWAITING_PAYMENT: "Chờ thực hiện nghĩa vụ tài chính",
    Status.WITHDRAWN: "Công dân rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.FINISHED: "Đã có kết quả",
    Status.RETURNED: "Đã trả kết quả",
}

OPEN_STATUSES = frozenset(
    {
        Status.REGISTERED_ONLINE,
        Status.RECEIVED,
        Status.IN_PROGRESS,
        Status.SUPPLEMENT_REQUESTED,
        Status.AWAITING_PAYMENT,
    }
)
PAUSED_STATUSES = frozenset({Status.SUPPLEMENT_REQUESTED, Status.AWAITING_PAYMENT})


class EventKind(StrEnum):
    INTAKE = "intake"
    TRANSFER = "transfer"
    REQUEST_SUPPLEMENT = "request-supplement"
    SUPPLEMENT_RECEIVED = "supplement-received"
    FINISH = "finish"
    RETURN = "return"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"
    STOP = "stop"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS = {
    EventKind.INTAKE: "Tiếp nhận",
    EventKind.TRANSFER: "Chuyển xử lý",
    EventKind.REQUEST_SUPPLEMENT: "Yêu cầu bổ sung",
    EventKind.SUPPLEMENT_RECEIVED: "Nhận hồ sơ bổ sung",
    EventKind.FINISH: "Có kết quả",
    EventKind.RETURN: "Trả kết quả",
    EventKind.REFUSE: "Từ chối",
    EventKind.WITHDRAW: "Rút hồ sơ",
    EventKind.STOP: "Dừng xử lý",
}

_ACTIVE = {Status.RECEIVED, Status.IN_PROGRESS}
TRANSITIONS: dict[EventKind, tuple[frozenset[Status], Status]] = {
    EventKind.TRANSFER: (frozenset(_ACTIVE), Status.IN_PROGRESS),
    EventKind.REQUEST_SUPPLEMENT: (frozenset(_ACTIVE), Status.SUPPLEMENT_REQUESTED),
    EventKind.SUPPLEMENT_RECEIVED: (frozenset({Status.SUPPLEMENT_REQUESTED}), Status.IN_PROGRESS),
    EventKind.FINISH: (frozenset(_ACTIVE), Status.FINISHED),
    EventKind.RETURN: (frozenset({Status.FINISHED}), Status.RETURNED),
    EventKind.REFUSE: (frozenset(_ACTIVE | {Status.SUPPLEMENT_REQUESTED}), Status.REFUSED),
    EventKind.WITHDRAW: (frozenset(OPEN_STATUSES), Status.WITHDRAWN),
    EventKind.STOP: (frozenset(_ACTIVE | {Status.SUPPLEMENT_REQUESTED}), Status.STOPPED),
}

REASON_REQUIRED = frozenset(
    {EventKind.REQUEST_SUPPLEMENT, EventKind.REFUSE, EventKind.STOP, EventKind.WITHDRAW}
)


def next_status(current: Status, event: EventKind) -> Status:
    """The status after ``event``, or :class:`TransitionError` saying why it is not allowed."""
    if event is EventKind.INTAKE:
        raise TransitionError("Hồ sơ đã được tiếp nhận.")
    allowed_from, target = TRANSITIONS[event]
    if current not in allowed_from:
        raise TransitionError(
            f"Không thể «{event.label.lower()}» khi hồ sơ đang ở trạng thái «{current.label}»."
        )
    return target


def allowed_events(current: Status) -> list[EventKind]:
    return [event for event, (sources, _) in TRANSITIONS.items() if current in sources]


class Channel(IntEnum):
    """KenhThucHien."""

    COUNTER = 1
    ONLINE = 2
    POST = 3

    @property
    def label(self) -> str:
        return {1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích"}[self.value]


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
