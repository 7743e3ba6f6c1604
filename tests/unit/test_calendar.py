"""WorkCalendar: working time, boundaries and the due-date rules of DESIGN.md §3.

Dates are in March 2025 unless stated: no public holiday; Mon 3/3 … Fri 7/3, Mon 10/3.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time

import pytest

from desk_app.domain.calendar import (
    LOCAL_DAY_OFF,
    CalendarOverride,
    SeasonalSessions,
    WorkCalendar,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.office import WorkSession
from desk_app.domain.units import DurationUnit

CAL = WorkCalendar()
WD = DurationUnit.WORKING_DAYS
WH = DurationUnit.WORKING_HOURS
CD = DurationUnit.CALENDAR_DAYS
SD = DurationUnit.SAME_DAY


def at(day: int, hour: int, minute: int = 0, second: int = 0, month: int = 3, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, second)


# ---- days and sessions ------------------------------------------------------------------------


def test_weekdays_work_weekends_rest():
    assert [CAL.is_working_day(date(2025, 3, d)) for d in range(3, 10)] == [True] * 5 + [False] * 2


def test_next_working_day_is_strictly_after():
    assert CAL.next_working_day(date(2025, 3, 3)) == date(2025, 3, 4)
    assert CAL.next_working_day(date(2025, 3, 7)) == date(2025, 3, 10)  # Friday → Monday
    assert CAL.next_working_day(date(2025, 3, 8)) == date(2025, 3, 10)  # Saturday → Monday
    assert CAL.next_working_day(date(2024, 12, 31)) == date(2025, 1, 2)  # over New Year


def test_sessions_and_closing_time():
    assert CAL.sessions_for(date(2025, 3, 3)) == (
        WorkSession(time(7, 0), time(11, 30)),
        WorkSession(time(13, 30), time(17, 0)),
    )
    assert CAL.sessions_for(date(2025, 3, 8)) == ()
    assert CAL.closing_time(date(2025, 3, 3)) == at(3, 17)


def test_closing_time_of_a_day_off_is_refused():
    with pytest.raises(ValidationError) as error:
        CAL.closing_time(date(2025, 3, 8))
    assert "08/03/2025" in error.value.message


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (at(3, 6, 59), False),
        (at(3, 7), True),  # session start
        (at(3, 11, 30), True),  # session end counts
        (at(3, 11, 30, 1), False),
        (at(3, 12, 0), False),  # lunch
        (at(3, 13, 30), True),
        (at(3, 17), True),  # closing time counts
        (at(3, 17, 0, 1), False),
        (at(8, 10), False),  # Saturday
        (datetime(2025, 1, 29, 10), False),  # Tết
    ],
)
def test_is_working_time(moment: datetime, inside: bool):
    assert CAL.is_working_time(moment) is inside


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(3, 6, 0), at(3, 7)),  # before opening
        (at(3, 7), at(3, 7)),  # start inclusive
        (at(3, 10, 15, 30), at(3, 10, 15, 30)),
        (at(3, 11, 30), at(3, 13, 30)),  # end exclusive
        (at(3, 12, 0), at(3, 13, 30)),  # lunch
        (at(3, 17), at(4, 7)),  # closing
        (at(7, 18), at(10, 7)),  # Friday evening → Monday
        (at(8, 9), at(10, 7)),  # Saturday
        (datetime(2025, 1, 24, 17, 30), datetime(2025, 2, 3, 7)),  # eve of Tết 2025
    ],
)
def test_next_working_moment(moment: datetime, expected: datetime):
    assert CAL.next_working_moment(moment) == expected


# ---- working minutes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (at(3, 7), 270, at(3, 11, 30)),  # landing on a session end stays there
        (at(3, 7), 271, at(3, 13, 31)),
        (at(3, 15), 120, at(3, 17)),
        (at(3, 17), 1, at(4, 7, 1)),
        (at(3, 12), 30, at(3, 14)),  # from lunch: counts from 13:30
        (at(7, 16), 120, at(10, 8)),  # over the weekend
        (at(3, 7), 480 * 5, at(7, 17)),
        (at(3, 12), 0, at(3, 13, 30)),  # 0 minutes = next working moment
        (at(3, 11, 30), 0, at(3, 13, 30)),
    ],
)
def test_add_working_minutes(start: datetime, minutes: int, expected: datetime):
    assert CAL.add_working_minutes(start, minutes) == expected


def test_add_working_minutes_refuses_negative():
    with pytest.raises(ValidationError):
        CAL.add_working_minutes(at(3, 7), -1)


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        (at(3, 7), at(3, 17), 480),
        (at(3, 11), at(3, 14), 60),  # the lunch break does not count
        (at(3, 6), at(3, 7, 30), 30),
        (at(7, 16), at(10, 8), 120),  # weekend
        (at(3, 10), at(3, 10), 0),
        (at(3, 10), at(3, 9), 0),  # end before start
        (datetime(2024, 12, 31, 16), datetime(2025, 1, 2, 8), 120),  # New Year's Day off
        (at(3, 7), at(3, 7, 0, 59), 0),  # whole minutes only
    ],
)
def test_working_minutes_between(start: datetime, end: datetime, minutes: int):
    assert CAL.working_minutes_between(start, end) == minutes


def test_working_days_between():
    assert CAL.working_days_between(date(2025, 3, 3), date(2025, 3, 3)) == 0
    assert CAL.working_days_between(date(2025, 3, 7), date(2025, 3, 10)) == 1
    assert CAL.working_days_between(date(2025, 3, 8), date(2025, 3, 9)) == 0
    assert CAL.working_days_between(date(2025, 3, 3), date(2025, 3, 17)) == 10
    assert CAL.working_days_between(date(2025, 3, 17), date(2025, 3, 3)) == -10
    assert CAL.working_days_between(date(2024, 12, 30), date(2025, 1, 3)) == 3  # 31/12, 2/1, 3/1


# ---- working days ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "days", "expected"),
    [
        (at(3, 7), 1, at(4, 7)),  # the brief's three examples
        (at(3, 13, 30), 1, at(4, 13, 30)),
        (at(3, 10), 1, at(4, 10)),
        (at(3, 6, 30), 1, at(4, 7)),  # before opening: counts from 07:00
        (at(3, 12, 15), 1, at(4, 13, 30)),  # lunch: counts from 13:30
        (at(3, 11, 30), 1, at(4, 13, 30)),  # exactly at the end of the morning
        (at(3, 17), 1, at(5, 7)),  # exactly at closing: counts from Tue 07:00
        (at(3, 17, 30), 1, at(5, 7)),  # after closing
        (at(7, 18), 1, at(11, 7)),  # Friday evening: from Mon 07:00, due Tue 07:00
        (at(6, 10), 2, at(10, 10)),  # Thursday + 2 → Monday
        (at(3, 10), 5, at(10, 10)),
        (at(3, 10, 17, 42), 3, at(6, 10, 17, 42)),  # seconds are kept
        (at(3, 7), 0.5, at(3, 11)),  # fractional: 0.5 day = 4 h
        (at(3, 9), 0.5, at(3, 15)),
        (at(3, 13, 30), 0.5, at(4, 7, 30)),
        (at(3, 7), 1.5, at(4, 11)),
        (at(3, 7), 0.25, at(3, 9)),
        (at(3, 10), 0, at(3, 10)),  # 0 days: the receipt moment normalised
        (at(8, 10), 0, at(10, 7)),
    ],
)
def test_due_working_days(received: datetime, days: float, expected: datetime):
    assert CAL.due(received, days, WD) == expected
    assert CAL.due(received, days, "working_days") == expected


def test_a_working_day_is_480_minutes_even_with_a_shorter_schedule():
    sessions = (WorkSession(time(7, 30), time(11, 30)), WorkSession(time(13, 0), time(16, 0)))
    short = WorkCalendar(sessions=sessions)
    # 7 working hours a day: one working day (8 h) from Mon 07:30 ends Tue 08:30
    assert short.due(at(3, 7, 30), 1, WD) == at(4, 8, 30)


# ---- working hours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "hours", "expected"),
    [
        (at(3, 15), 2, at(3, 17)),  # landing on closing stays there
        (at(3, 16), 2, at(4, 8)),
        (at(3, 10), 1.5, at(3, 11, 30)),
        (at(3, 10), 2, at(3, 14)),
        (at(3, 10), 0.25, at(3, 10, 15)),
        (at(7, 16, 30), 1, at(10, 7, 30)),  # Friday afternoon
        (at(7, 17), 0, at(10, 7)),
        (at(3, 6), 8, at(3, 17)),
    ],
)
def test_due_working_hours(received: datetime, hours: float, expected: datetime):
    assert CAL.due(received, hours, WH) == expected


# ---- calendar days -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "days", "expected"),
    [
        (at(3, 10), 3, at(6, 17)),  # days start the day after receipt
        (at(3, 16, 59), 1, at(4, 17)),
        (at(5, 10), 3, at(10, 17)),  # ends on Saturday → Monday
        (at(3, 10), 2.1, at(6, 17)),  # fractions round up
        (at(8, 10), 2, at(10, 17)),  # received on Saturday
        (at(3, 10), 0, at(3, 17)),
        (at(3, 18), 0, at(4, 17)),  # 0 days, received after closing
        (datetime(2025, 4, 27, 10), 3, datetime(2025, 5, 5, 17)),  # 30/4 → holidays → Mon 5/5
    ],
)
def test_due_calendar_days(received: datetime, days: float, expected: datetime):
    assert CAL.due(received, days, CD) == expected


# ---- same day with cut-off ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (at(3, 10), at(3, 17)),
        (at(3, 14, 59, 59), at(3, 17)),
        (at(3, 15), at(4, 17)),  # exactly at the cut-off: next working day
        (at(3, 16), at(4, 17)),
        (at(3, 6, 30), at(3, 17)),  # before opening counts as that day
        (at(3, 12), at(3, 17)),  # lunch break
        (at(3, 18), at(4, 17)),
        (at(7, 15, 30), at(10, 17)),  # Friday after the cut-off → Monday
        (at(8, 9), at(10, 17)),  # Saturday → first working day after it
        (datetime(2025, 4, 29, 15, 30), datetime(2025, 5, 5, 17)),  # before 30/4–4/5
    ],
)
def test_due_same_day_default_cutoff(received: datetime, expected: datetime):
    assert CAL.due(received, 0, SD) == expected


def test_due_same_day_custom_cutoff():
    assert CAL.due(at(3, 15, 30), 0, SD, cutoff=time(16, 0)) == at(3, 17)
    assert CAL.due(at(3, 16), 0, SD, cutoff=time(16, 0)) == at(4, 17)
    assert CAL.due(at(3, 15, 30), 0, SD, cutoff="16:00") == at(3, 17)
    # a cut-off after closing does not make a receipt after closing count for that day
    assert CAL.due(at(3, 17, 30), 0, SD, cutoff=time(18, 0)) == at(4, 17)
    assert CAL.due(at(3, 17), 0, SD, cutoff=time(18, 0)) == at(4, 17)


def test_cutoff_with_other_units_counts_from_the_next_day():
    assert CAL.due(at(3, 14), 1, WD, cutoff=time(15, 0)) == at(4, 14)
    assert CAL.due(at(3, 15), 1, WD, cutoff=time(15, 0)) == at(5, 7)  # from Tue 07:00
    assert CAL.due(at(3, 15), 2, WH, cutoff=time(15, 0)) == at(4, 9)
    assert CAL.due(at(3, 15), 1, CD, cutoff=time(15, 0)) == at(5, 17)
    assert CAL.due(at(8, 16), 1, WD, cutoff=time(15, 0)) == at(11, 7)  # day off: as without


# ---- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("duration", [-1, -0.5, math.nan, math.inf, 3650.5, "năm", None, True])
def test_bad_durations_are_refused(duration: object):
    with pytest.raises(ValidationError) as error:
        CAL.due(at(3, 10), duration, WD)  # type: ignore[arg-type]
    assert error.value.field == "duration"


def test_absurd_hours_are_refused_but_ten_years_are_accepted():
    with pytest.raises(ValidationError):
        CAL.due(at(3, 10), 3650 * 8 + 1, WH)
    assert CAL.due(at(3, 10), 3650, WD).year == 2039
    assert CAL.due(at(3, 10), 3650, CD) >= datetime(2035, 3, 1)


def test_unknown_unit_and_bad_cutoff_are_refused():
    with pytest.raises(ValidationError) as error:
        CAL.due(at(3, 10), 1, "fortnights")
    assert error.value.field == "unit"
    assert "fortnights" in error.value.message
    with pytest.raises(ValidationError):
        CAL.due(at(3, 10), 0, SD, cutoff="3 giờ chiều")


def test_bad_override_kind_is_refused():
    with pytest.raises(ValidationError) as error:
        CalendarOverride(date(2025, 3, 5), "holiday")
    assert error.value.field == "kind"


def test_bad_sessions_are_refused():
    with pytest.raises(ValidationError):
        WorkCalendar(sessions=())
    with pytest.raises(ValidationError):
        WorkCalendar(sessions=(WorkSession(time(11, 0), time(7, 0)),))


# ---- pauses ------------------------------------------------------------------------------------


def test_shift_for_pause():
    due_at = at(11, 10)
    assert CAL.shift_for_pause(due_at, at(3, 14), at(3, 16)) == at(11, 14)  # 2 h over lunch
    assert CAL.shift_for_pause(due_at, at(8, 9), at(9, 18)) == due_at  # a weekend costs nothing
    assert CAL.shift_for_pause(due_at, at(3, 10), at(5, 10)) == at(13, 10)  # two working days
    assert CAL.shift_for_pause(due_at, at(3, 10), at(3, 11, 30)) == at(11, 11, 30)  # stays at the end


def test_shift_for_pause_keeps_the_form_of_the_due():
    # a working-days due at a session start stays on session starts
    assert CAL.shift_for_pause(at(4, 7), at(5, 7), at(5, 17)) == at(5, 7)
    # a closing-time due stays at closing time
    assert CAL.shift_for_pause(at(4, 17), at(5, 7), at(5, 17)) == at(5, 17)
    assert CAL.shift_for_pause(at(4, 17), at(5, 7), at(5, 11)) == at(5, 11)


def test_shift_for_pause_refuses_a_reversed_pause():
    with pytest.raises(ValidationError):
        CAL.shift_for_pause(at(11, 10), at(5, 10), at(4, 10))


# ---- local overrides -----------------------------------------------------------------------------


def test_saturday_work_override_becomes_a_working_day():
    cal = WorkCalendar(overrides=[CalendarOverride(date(2025, 3, 8), "work", "Làm bù")])
    assert cal.is_working_day(date(2025, 3, 8))
    assert cal.holiday_name(date(2025, 3, 8)) is None
    assert cal.next_working_day(date(2025, 3, 7)) == date(2025, 3, 8)
    assert cal.due(at(7, 10), 1, WD) == at(8, 10)
    assert cal.due(at(8, 9), 0, SD) == at(8, 17)


def test_wednesday_off_override_moves_dues():
    cal = WorkCalendar(overrides=[CalendarOverride(date(2025, 3, 5), "off", "Bầu cử")])
    assert not cal.is_working_day(date(2025, 3, 5))
    assert cal.holiday_name(date(2025, 3, 5)) == "Bầu cử"
    assert CAL.due(at(3, 10), 3, WD) == at(6, 10)
    assert cal.due(at(3, 10), 3, WD) == at(7, 10)
    assert cal.due(at(4, 15, 30), 0, SD) == at(6, 17)
    assert cal.due(at(3, 10), 2, CD) == at(6, 17)  # calendar days ending on the day off
    assert cal.working_minutes_between(at(4, 7), at(6, 7)) == 480


def test_work_override_on_a_public_holiday_and_last_override_wins():
    tet = date(2025, 1, 29)
    cal = WorkCalendar(overrides=[CalendarOverride(tet, "off"), CalendarOverride(tet, "work")])
    assert cal.is_working_day(tet)
    assert cal.holiday_name(tet) is None
    assert CAL.holiday_name(tet) == "Tết Nguyên Đán"


def test_off_override_names():
    cal = WorkCalendar(
        overrides=[
            CalendarOverride(date(2025, 3, 5), "off"),
            CalendarOverride(date(2025, 1, 29), "off"),
            CalendarOverride(datetime(2025, 3, 12, 0, 0), "off", "Mất điện"),  # a datetime is accepted
        ]
    )
    assert cal.holiday_name(date(2025, 3, 5)) == LOCAL_DAY_OFF
    assert cal.holiday_name(date(2025, 1, 29)) == "Tết Nguyên Đán"
    assert cal.holiday_name(date(2025, 3, 12)) == "Mất điện"
    assert not cal.is_working_day(date(2025, 3, 12))


def test_holiday_names_are_vietnamese_and_plain_weekends_have_none():
    assert CAL.holiday_name(date(2025, 1, 1)) == "Tết Dương lịch"
    assert CAL.holiday_name(date(2025, 9, 2)) == "Quốc khánh"
    assert CAL.holiday_name(date(2025, 3, 8)) is None
    assert CAL.holiday_name(date(2025, 3, 3)) is None


# ---- seasonal sessions ---------------------------------------------------------------------------

SUMMER = SeasonalSessions(
    start=(4, 15), end=(10, 14),
    sessions=(WorkSession(time(6, 30), time(11, 0)), WorkSession(time(13, 30), time(17, 0))),
)
WINTER = SeasonalSessions(
    start=(10, 15), end=(4, 14),  # wraps around the new year
    sessions=(WorkSession(time(7, 30), time(11, 30)), WorkSession(time(13, 0), time(17, 0))),
)


def test_seasonal_sessions():
    cal = WorkCalendar(seasons=[SUMMER])
    assert cal.sessions_for(date(2025, 7, 1)) == SUMMER.sessions
    assert cal.sessions_for(date(2025, 4, 14)) == CAL.sessions_for(date(2025, 4, 14))
    assert cal.sessions_for(date(2025, 4, 15)) == SUMMER.sessions
    assert cal.sessions_for(date(2025, 10, 14)) == SUMMER.sessions
    assert cal.is_working_time(datetime(2025, 7, 1, 6, 45))
    assert not cal.is_working_time(datetime(2025, 7, 1, 11, 15))
    assert cal.next_working_moment(datetime(2025, 7, 1, 6, 0)) == datetime(2025, 7, 1, 6, 30)
    # 8 h summer day: the same time of day on the next working day
    assert cal.due(datetime(2025, 7, 1, 6, 30), 1, WD) == datetime(2025, 7, 2, 6, 30)


def test_season_wrapping_around_the_new_year():
    cal = WorkCalendar(seasons=[SUMMER, WINTER])
    assert cal.sessions_for(date(2025, 1, 2)) == WINTER.sessions
    assert cal.sessions_for(date(2025, 12, 31)) == WINTER.sessions
    assert cal.sessions_for(date(2025, 10, 15)) == WINTER.sessions
    # Tue 14/10 is summer (06:30–11:00, 13:30–17:00), Wed 15/10 winter: 480 min from 14/10 13:30
    # = 210 min on 14/10 + 240 min 07:30–11:30 + 30 min after 13:00
    assert cal.due(datetime(2025, 10, 14, 13, 30), 1, WD) == datetime(2025, 10, 15, 13, 30)
    assert cal.closing_time(date(2025, 12, 1)) == datetime(2025, 12, 1, 17, 0)


def test_bad_seasons_are_refused():
    with pytest.raises(ValidationError):
        SeasonalSessions(start=(2, 30), end=(3, 1), sessions=SUMMER.sessions)
    with pytest.raises(ValidationError):
        SeasonalSessions(start=(1, 1), end=(3, 1), sessions=())
