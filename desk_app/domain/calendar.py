"""Working time and due dates (DESIGN.md §3, legal-notes §5).

Days off = Vietnam's public holidays from the ``holidays`` package (Vietnamese lunisolar Tết,
swaps, compensatory days, make-up Saturdays) plus local overrides, which win. All datetimes are
naive local office time (Asia/Ho_Chi_Minh).

The engine maps a moment to its *working position*: the working microseconds elapsed since the
start of its year. Each year is built once (working days, cumulative working time), so adding
working time or counting it is a bisection, never a loop over minutes or days.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from types import MappingProxyType

import holidays

from desk_app.domain.errors import ValidationError
from desk_app.domain.office import DEFAULT_SESSIONS, WorkSession, validate_sessions
from desk_app.domain.text import nfc
from desk_app.domain.units import DurationUnit

OFF = "off"
WORK = "work"

# One working day is a fixed 480 minutes (8 h = 1 ngày làm việc, legal-notes §5.2) whatever the
# office's sessions: the legal limit must not shrink or grow with a seasonal timetable.
WORKING_DAY_MINUTES = 480
DEFAULT_CUTOFF = time(15, 0)
MAX_DAYS = 3650
LOCAL_DAY_OFF = "Ngày nghỉ theo thông báo của địa phương"

_US_PER_SECOND = 1_000_000
_US_PER_MINUTE = 60 * _US_PER_SECOND
_WORKING_DAY_SECONDS = WORKING_DAY_MINUTES * 60


@dataclass(frozen=True)
class CalendarOverride:
    day: date
    kind: str  # "off" (extra day off) or "work" (extra working day, e.g. a make-up Saturday)
    reason: str = ""

    def __post_init__(self) -> None:
        if self.kind not in (OFF, WORK):
            message = (
                "Loại ngày điều chỉnh phải là «off» (nghỉ) hoặc «work» (làm việc), "
                f"không phải «{self.kind}»."
            )
            raise ValidationError({"kind": message})


@dataclass(frozen=True)
class SeasonalSessions:
    """Seasonal working hours, e.g. summer from 15/4 to 14/10."""

    start: tuple[int, int]  # (month, day), inclusive
    end: tuple[int, int]  # (month, day), inclusive; may wrap around the new year
    sessions: tuple[WorkSession, ...]

    def __post_init__(self) -> None:
        for month_day in (self.start, self.end):
            try:
                date(2000, *month_day)  # a leap year, so 29/2 is accepted
            except (TypeError, ValueError) as exc:
                raise ValidationError(
                    {"seasons": f"Mùa làm việc: ngày/tháng {month_day!r} không hợp lệ."}
                ) from exc
        validate_sessions(tuple(self.sessions))

    def covers(self, day: date) -> bool:
        month_day = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= month_day <= self.end
        return month_day >= self.start or month_day <= self.end


@cache
def _public_days(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """Public holidays (Vietnamese names) and make-up working weekend days of one year."""
    table = holidays.VN(years=year, language="vi")
    names = {day: nfc(name) for day, name in table.items() if day.year == year}
    workdays = frozenset(day for day in table.weekend_workdays if day.year == year)
    return names, workdays


def _tod(moment: datetime) -> int:
    """Microseconds since midnight."""
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * _US_PER_SECOND + moment.microsecond


def _time_us(value: time) -> int:
    return ((value.hour * 60 + value.minute) * 60 + value.second) * _US_PER_SECOND + value.microsecond


class _Schedule:
    """One day's sessions in microseconds since midnight."""

    __slots__ = ("sessions", "spans", "total")

    def __init__(self, sessions: tuple[WorkSession, ...]) -> None:
        self.sessions = sessions
        spans = []
        before = 0
        for session in sessions:
            start, end = _time_us(session.start), _time_us(session.end)
            spans.append((start, end, before))
            before += end - start
        # (start, end, working time of the day before this session)
        self.spans: tuple[tuple[int, int, int], ...] = tuple(spans)
        self.total = before

    def offset(self, tod: int) -> int:
        """Working time of the day elapsed at ``tod``."""
        for start, end, before in self.spans:
            if tod <= start:
                return before
            if tod < end:
                return before + tod - start
        return self.total

    def at_start_side(self, elapsed: int) -> int:
        """Time of day for ``elapsed`` in [0, total): a boundary maps to the next session's start."""
        for start, end, before in self.spans:
            if elapsed < before + end - start:
                return start + elapsed - before
        raise AssertionError(elapsed)

    def at_end_side(self, elapsed: int) -> int:
        """Time of day for ``elapsed`` in (0, total]: a boundary maps to the session's end."""
        for start, end, before in self.spans:
            if elapsed <= before + end - start:
                return start + elapsed - before
        raise AssertionError(elapsed)


class _Year:
    __slots__ = ("year", "first", "index", "next_index", "days", "schedules", "cumulative", "total")

    def __init__(
        self, year: int, first: int, index: list[int], days: list[int], schedules: list[_Schedule]
    ) -> None:
        self.year = year
        self.first = first  # ordinal of 1 January
        self.index = index  # per day of the year: index into ``days``, or -1 for a day off
        self.days = days  # ordinals of the working days
        self.schedules = schedules  # per working day
        # per day of the year (plus one past the end): index of the first working day on or after it
        next_index = [len(days)] * (len(index) + 1)
        following = len(days)
        for doy in range(len(index) - 1, -1, -1):
            if index[doy] >= 0:
                following = index[doy]
            next_index[doy] = following
        self.next_index = next_index
        cumulative = [0]
        for schedule in schedules:
            cumulative.append(cumulative[-1] + schedule.total)
        self.cumulative = cumulative  # working time before each working day; last = total
        self.total = cumulative[-1]


def _parse_unit(unit: DurationUnit | str) -> DurationUnit:
    if isinstance(unit, DurationUnit):
        return unit
    try:
        return DurationUnit(unit)
    except ValueError:
        raise ValidationError({"unit": f"Đơn vị thời hạn không hợp lệ: «{unit}»."}) from None


def _parse_cutoff(cutoff: time | str | None) -> time | None:
    if cutoff is None or isinstance(cutoff, time):
        return cutoff
    try:
        return time.fromisoformat(str(cutoff).strip())
    except ValueError:
        message = f"Giờ chốt nhận hồ sơ không hợp lệ: «{cutoff}» (dạng 15:00)."
        raise ValidationError({"cutoff": message}) from None


def _check_duration(duration: float, unit: DurationUnit) -> float:
    if isinstance(duration, bool):
        raise ValidationError({"duration": "Thời hạn giải quyết phải là một số."})
    try:
        value = float(duration)
    except (TypeError, ValueError):
        raise ValidationError({"duration": "Thời hạn giải quyết phải là một số."}) from None
    if math.isnan(value):
        raise ValidationError({"duration": "Thời hạn giải quyết phải là một số."})
    if value < 0:
        raise ValidationError({"duration": "Thời hạn giải quyết không được âm."})
    days = value * 60 / WORKING_DAY_MINUTES if unit is DurationUnit.WORKING_HOURS else value
    if days > MAX_DAYS:
        raise ValidationError({"duration": f"Thời hạn giải quyết quá dài (tối đa {MAX_DAYS} ngày)."})
    return value


class WorkCalendar:
    """Working days and sessions of one office, and the due-date arithmetic on them."""

    def __init__(
        self,
        sessions: Sequence[WorkSession] = DEFAULT_SESSIONS,
        overrides: Iterable[CalendarOverride] = (),
        seasons: Sequence[SeasonalSessions] = (),
    ) -> None:
        self.sessions: tuple[WorkSession, ...] = validate_sessions(tuple(sessions))
        self.seasons: tuple[SeasonalSessions, ...] = tuple(seasons)
        table: dict[date, CalendarOverride] = {}
        for override in overrides:  # a later override of the same day wins
            day = override.day.date() if isinstance(override.day, datetime) else override.day
            table[day] = override
        self.overrides: Mapping[date, CalendarOverride] = MappingProxyType(table)
        self._default = _Schedule(self.sessions)
        self._seasonal = [(season, _Schedule(tuple(season.sessions))) for season in self.seasons]
        self._years: dict[int, _Year] = {}

    # ---- days ---------------------------------------------------------------------------------

    def _year(self, year: int) -> _Year:
        built = self._years.get(year)
        if built is None:
            built = self._years[year] = self._build_year(year)
        return built

    def _build_year(self, year: int) -> _Year:
        names, workdays = _public_days(year)
        first = date(year, 1, 1).toordinal()
        length = date(year + 1, 1, 1).toordinal() - first if year < 9999 else 365
        index: list[int] = []
        days: list[int] = []
        schedules: list[_Schedule] = []
        for ordinal in range(first, first + length):
            day = date.fromordinal(ordinal)
            override = self.overrides.get(day)
            if override is not None:
                working = override.kind == WORK
            elif day.weekday() >= 5:
                # as holidays.HolidayBase.is_working_day: a listed make-up weekend day is worked
                working = day in workdays
            else:
                working = day not in names
            if working:
                index.append(len(days))
                days.append(ordinal)
                schedules.append(self._schedule_for(day))
            else:
                index.append(-1)
        return _Year(year, first, index, days, schedules)

    def _schedule_for(self, day: date) -> _Schedule:
        for season, schedule in self._seasonal:  # the first matching season wins
            if season.covers(day):
                return schedule
        return self._default

    def holiday_name(self, day: date) -> str | None:
        """Name of the public holiday or local day off; None for a working day or a plain weekend."""
        public = _public_days(day.year)[0].get(day)
        override = self.overrides.get(day)
        if override is not None:
            if override.kind == WORK:
                return None
            return override.reason or public or LOCAL_DAY_OFF
        if public is not None and self.is_working_day(day):
            return None
        return public

    def is_working_day(self, day: date) -> bool:
        year = self._year(day.year)
        return year.index[day.toordinal() - year.first] >= 0

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        year = self._year(day.year)
        i = year.next_index[day.toordinal() - year.first + 1]
        while i >= len(year.days):
            year = self._year(year.year + 1)
            i = year.next_index[0]
        return date.fromordinal(year.days[i])

    def _first_working_day_from(self, day: date) -> date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def sessions_for(self, day: date) -> tuple[WorkSession, ...]:
        """The day's sessions (seasonal if a season covers it); empty on a day off."""
        year = self._year(day.year)
        i = year.index[day.toordinal() - year.first]
        return year.schedules[i].sessions if i >= 0 else ()

    def closing_time(self, day: date) -> datetime:
        """End of the last session of a working day; a day off has none (ValidationError)."""
        sessions = self.sessions_for(day)
        if not sessions:
            raise ValidationError({"day": f"Ngày {day:%d/%m/%Y} là ngày nghỉ, không có giờ làm việc."})
        return datetime.combine(day, sessions[-1].end)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        first = self._year(start.year)
        last = self._year(end.year)
        upto_start = first.next_index[start.toordinal() - first.first + 1]
        upto_end = last.next_index[end.toordinal() - last.first + 1]
        if first.year == last.year:
            return upto_end - upto_start
        count = len(first.days) - upto_start + upto_end
        for year in range(first.year + 1, last.year):
            count += len(self._year(year).days)
        return count

    # ---- working positions --------------------------------------------------------------------

    def _position(self, moment: datetime) -> tuple[_Year, int]:
        year = self._year(moment.year)
        doy = moment.toordinal() - year.first
        i = year.index[doy]
        if i < 0:
            return year, year.cumulative[year.next_index[doy]]
        return year, year.cumulative[i] + year.schedules[i].offset(_tod(moment))

    def _moment(self, year: _Year, position: int, start_side: bool) -> datetime:
        """The moment at a working position; on a session boundary, the next start or the end."""
        if start_side:
            while position >= year.total:
                position -= year.total
                year = self._year(year.year + 1)
            i = bisect_right(year.cumulative, position) - 1
            tod = year.schedules[i].at_start_side(position - year.cumulative[i])
        else:
            while position > year.total:
                position -= year.total
                year = self._year(year.year + 1)
            while position <= 0:
                year = self._year(year.year - 1)
                position += year.total
            i = bisect_left(year.cumulative, position) - 1
            tod = year.schedules[i].at_end_side(position - year.cumulative[i])
        return datetime.fromordinal(year.days[i]) + timedelta(microseconds=tod)

    def _span(self, start: datetime, end: datetime) -> int:
        """Working microseconds from start to end (end after start)."""
        first, p0 = self._position(start)
        last, p1 = self._position(end)
        if first.year == last.year:
            return p1 - p0
        span = first.total - p0 + p1
        for year in range(first.year + 1, last.year):
            span += self._year(year).total
        return span

    def _advance(self, start: datetime, delta_us: int, start_side: bool) -> datetime:
        year, position = self._position(start)
        if delta_us == 0:
            return self._moment(year, position, True)
        return self._moment(year, position + delta_us, start_side)

    # ---- moments ------------------------------------------------------------------------------

    def is_working_time(self, moment: datetime) -> bool:
        """Inside a session of a working day; a session's start and end both count."""
        year = self._year(moment.year)
        i = year.index[moment.toordinal() - year.first]
        if i < 0:
            return False
        tod = _tod(moment)
        return any(start <= tod <= end for start, end, _ in year.schedules[i].spans)

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` if it is working time (start inclusive, end exclusive), else the next session start."""
        year, position = self._position(moment)
        return self._moment(year, position, True)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """``minutes`` of working time after ``start``; landing on a session end stays there.

        0 minutes gives ``next_working_moment(start)``.
        """
        if not minutes >= 0:  # also refuses NaN
            raise ValidationError({"minutes": "Số phút làm việc phải là số không âm."})
        return self._advance(start, round(minutes * _US_PER_MINUTE), False)

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Whole working minutes from start to end; 0 if end <= start."""
        if end <= start:
            return 0
        return self._span(start, end) // _US_PER_MINUTE

    # ---- due dates ----------------------------------------------------------------------------

    def _received_today(self, received: datetime, cutoff: time) -> bool:
        """A working-day receipt before the cut-off and before closing counts for that day."""
        day = received.date()
        if not self.is_working_day(day) or received.time() >= cutoff:
            return False
        return received < self.closing_time(day)

    def due(
        self,
        received: datetime,
        duration: float,
        unit: DurationUnit | str,
        cutoff: time | str | None = None,
    ) -> datetime:
        """The appointment time for a procedure's legal duration (DESIGN.md §3).

        ``cutoff`` (default 15:00 for same-day procedures): a receipt at or after it counts as
        received the next day (the next working day's opening; for calendar days, the next day).
        """
        unit = _parse_unit(unit)
        amount = _check_duration(duration, unit)
        cut = _parse_cutoff(cutoff)

        if unit is DurationUnit.SAME_DAY:
            if self._received_today(received, cut or DEFAULT_CUTOFF):
                return self.closing_time(received.date())
            return self.closing_time(self.next_working_day(received.date()))

        if unit is DurationUnit.CALENDAR_DAYS:
            # Civil Code art. 147-148: counting starts the day after; a last day off rolls forward
            base = received.date()
            if cut is not None and received.time() >= cut:
                base += timedelta(days=1)
            day = self._first_working_day_from(base + timedelta(days=math.ceil(amount)))
            closing = self.closing_time(day)
            if closing < received:  # only for 0 days received after closing
                closing = self.closing_time(self.next_working_day(day))
            return closing

        start = received
        if cut is not None and self.is_working_day(received.date()) and received.time() >= cut:
            start = datetime.combine(self.next_working_day(received.date()), time())
        if unit is DurationUnit.WORKING_DAYS:
            seconds = round(amount * _WORKING_DAY_SECONDS)
            # "same time of day on the Nth working day": a session end becomes the next start
            return self._advance(start, seconds * _US_PER_SECOND, True)
        seconds = round(amount * 3600)
        return self._advance(start, seconds * _US_PER_SECOND, False)

    def shift_for_pause(self, due_at: datetime, paused_from: datetime, paused_to: datetime) -> datetime:
        """Move ``due_at`` later by the working time of a pause (supplement waiting is not counted).

        A due at a session start stays on session starts (working-days form); otherwise a result
        on a boundary stays at the session end.
        """
        if paused_to < paused_from:
            raise ValidationError({"paused_to": "Thời điểm kết thúc tạm dừng phải sau thời điểm bắt đầu."})
        pause = self._span(paused_from, paused_to)
        if pause == 0:
            return due_at
        return self._advance(due_at, pause, self._on_start_side(due_at))

    def _on_start_side(self, moment: datetime) -> bool:
        year = self._year(moment.year)
        i = year.index[moment.toordinal() - year.first]
        if i < 0:
            return True
        tod = _tod(moment)
        spans = year.schedules[i].spans
        if any(start == tod for start, _, _ in spans):
            return True
        return not any(start < tod <= end for start, end, _ in spans)
