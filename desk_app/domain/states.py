"""The dossier's states and events: national status codes 1–10, the transitions allowed, channels.

"Late" is never a status: it is derived from the appointment and now (or the finish time). Kept apart
from the dossier's records (:mod:`desk_app.domain.dossier`) so that a list screen can name and colour
a status without loading them.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from desk_app.domain.errors import TransitionError


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
