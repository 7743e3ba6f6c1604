"""The office and this desk: identity, level, place, working sessions, form options."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import clean


class Level(StrEnum):
    COMMUNE = "commune"
    PROVINCE = "province"
    DISTRICT = "district"  # legacy: district desks until 30/6/2025

    @property
    def label(self) -> str:
        return {"commune": "Cấp xã", "province": "Cấp tỉnh", "district": "Cấp huyện (cũ)"}[self.value]


@dataclass(frozen=True)
class WorkSession:
    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


DEFAULT_SESSIONS = (WorkSession(time(7, 0), time(11, 30)), WorkSession(time(13, 30), time(17, 0)))

_OFFICE_ID = re.compile(r"^[A-Z0-9][A-Z0-9.]{1,29}$")


@dataclass(frozen=True)
class OfficeSettings:
    office_id: str = ""
    office_name: str = ""
    parent_name: str = ""  # the agency above: "UBND XÃ ..." printed above the office name
    level: Level = Level.COMMUNE
    province_code: int | None = None
    ward_code: int | None = None
    place_name: str = ""  # printed before the date: "Tân Lập, ngày ... "
    desk: int = 1
    sessions: tuple[WorkSession, ...] = DEFAULT_SESSIONS
    paper: str = "A5"
    book_volume: str = "01"
    apology_limit: int = 1
    warn_before_days: float = 1.0
    head_name: str = ""
    head_title: str = "CHỦ TỊCH"
    rating_scale: int = 3
    phone: str = ""
    backup_folder: str = ""  # automatic copies go here (a USB stick); empty: <data>/backups
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def configured(self) -> bool:
        return bool(self.office_id and self.office_name)


def validate_office_id(value: str) -> str:
    value = value.strip().upper()
    if not _OFFICE_ID.match(value):
        raise ValidationError(
            {"office_id": "Mã định danh đơn vị gồm chữ in hoa, chữ số và dấu chấm, ví dụ H21.17 hoặc G12.34.5."}
        )
    return value


def validate_desk(value: int) -> int:
    if not 1 <= int(value) <= 9:
        raise ValidationError({"desk": "Số máy (quầy) phải từ 1 đến 9: mỗi quầy có khối số hồ sơ riêng."})
    return int(value)


def validate_sessions(sessions: tuple[WorkSession, ...]) -> tuple[WorkSession, ...]:
    if not sessions:
        raise ValidationError({"sessions": "Cần ít nhất một buổi làm việc."})
    previous_end: time | None = None
    for session in sessions:
        if session.end <= session.start:
            raise ValidationError({"sessions": f"Buổi {session}: giờ kết thúc phải sau giờ bắt đầu."})
        if previous_end is not None and session.start < previous_end:
            raise ValidationError({"sessions": f"Buổi {session} chồng lên buổi trước."})
        previous_end = session.end
    return sessions


def parse_sessions(text: str) -> tuple[WorkSession, ...]:
    """"07:00-11:30,13:30-17:00" → sessions."""
    sessions = []
    for part in text.replace("–", "-").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            start_text, end_text = part.split("-")
            start = time.fromisoformat(start_text.strip())
            end = time.fromisoformat(end_text.strip())
        except ValueError as exc:
            raise ValidationError({"sessions": f"Không đọc được buổi làm việc «{part}» (dạng 07:00-11:30)."}) from exc
        sessions.append(WorkSession(start, end))
    return validate_sessions(tuple(sessions))


def format_sessions(sessions: tuple[WorkSession, ...]) -> str:
    return ",".join(f"{s.start:%H:%M}-{s.end:%H:%M}" for s in sessions)


def clean_office_name(value: str) -> str:
    name = clean(value, 200)
    if not name:
        raise ValidationError({"office_name": "Tên đơn vị không được để trống."})
    return name
