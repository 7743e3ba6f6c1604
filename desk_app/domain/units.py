"""How a procedure's legal duration is counted (DESIGN.md §3)."""

from __future__ import annotations

from enum import StrEnum


class DurationUnit(StrEnum):
    WORKING_DAYS = "working_days"  # ngày làm việc: N × 8 working hours from the receipt moment
    WORKING_HOURS = "working_hours"  # giờ làm việc
    CALENDAR_DAYS = "calendar_days"  # ngày: Civil Code arts. 147–148
    SAME_DAY = "same_day"  # trong ngày, with a cut-off (15:00 for hộ tịch, chứng thực)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DurationUnit.WORKING_DAYS: "ngày làm việc",
    DurationUnit.WORKING_HOURS: "giờ làm việc",
    DurationUnit.CALENDAR_DAYS: "ngày",
    DurationUnit.SAME_DAY: "trong ngày",
}


def describe_duration(duration: float, unit: DurationUnit, cutoff: str | None = None) -> str:
    """"05 ngày làm việc", "Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)"."""
    if unit is DurationUnit.SAME_DAY:
        if cutoff:
            return f"Trong ngày (nhận sau {cutoff} trả trong ngày làm việc tiếp theo)"
        return "Trong ngày"
    amount = f"{int(duration):02d}" if float(duration).is_integer() else f"{duration:g}".replace(".", ",")
    return f"{amount} {unit.label}"
