"""Properties of WorkCalendar (hypothesis), over the real 2024–2026 calendars."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desk_app.domain.calendar import CalendarOverride, SeasonalSessions, WorkCalendar
from desk_app.domain.office import WorkSession
from desk_app.domain.units import DurationUnit

DEFAULT = WorkCalendar()
SEASONAL = WorkCalendar(
    seasons=[
        SeasonalSessions(
            start=(4, 15), end=(10, 14),
            sessions=(WorkSession(time(6, 30), time(11, 0)), WorkSession(time(13, 30), time(17, 0))),
        )
    ],
    overrides=[CalendarOverride(date(2025, 3, 8), "work"), CalendarOverride(date(2025, 3, 12), "off")],
)
# 7 h a day in three sessions: a working day (480 min) is not a whole calendar day here
ODD = WorkCalendar(
    sessions=(
        WorkSession(time(7, 30), time(10, 0)),
        WorkSession(time(10, 15), time(11, 45)),
        WorkSession(time(13, 15), time(16, 15)),
    )
)
CALENDARS = st.sampled_from([DEFAULT, SEASONAL, ODD])
PROPERTY = settings(max_examples=200, deadline=None)

_START = datetime(2024, 1, 1)
_MINUTES = int((datetime(2026, 12, 1) - _START).total_seconds() // 60)

# Minute-precision moments in 2024–2026, biased towards session boundaries and cut-offs
moments = st.one_of(
    st.integers(0, _MINUTES).map(lambda m: _START + timedelta(minutes=m)),
    st.builds(
        lambda d, t: datetime.combine(_START.date() + timedelta(days=d), t),
        st.integers(0, _MINUTES // 1440),
        st.sampled_from([time(h, m) for h, m in [(6, 0), (7, 0), (10, 0), (11, 30), (12, 0), (13, 30),
                                                    (15, 0), (16, 15), (17, 0), (20, 0)]]),
    ),
)
units = st.sampled_from(list(DurationUnit))
durations = st.one_of(st.integers(0, 60), st.floats(0, 60, allow_nan=False).map(lambda x: round(x, 3)))


@PROPERTY
@given(calendar=CALENDARS, received=moments, duration=durations, unit=units)
def test_due_is_always_working_time(calendar: WorkCalendar, received: datetime, duration: float,
                                    unit: DurationUnit):
    due = calendar.due(received, duration, unit)
    assert calendar.is_working_time(due)
    assert due >= received


@PROPERTY
@given(calendar=CALENDARS, received=moments, a=durations, b=durations, unit=units)
def test_longer_duration_is_never_earlier(calendar: WorkCalendar, received: datetime, a: float, b: float,
                                          unit: DurationUnit):
    shorter, longer = sorted((a, b))
    assert calendar.due(received, shorter, unit) <= calendar.due(received, longer, unit)


@PROPERTY
@given(received=moments, days=st.integers(2, 40), data=st.data())
def test_an_extra_day_off_moves_a_working_days_due_by_one_working_day(received: datetime, days: int,
                                                                       data: st.DataObject):
    due = DEFAULT.due(received, days, DurationUnit.WORKING_DAYS)
    between = [
        received.date() + timedelta(days=k)
        for k in range(1, (due.date() - received.date()).days)
        if DEFAULT.is_working_day(received.date() + timedelta(days=k))
    ]
    assume(between)
    day_off = data.draw(st.sampled_from(between))
    with_day_off = WorkCalendar(overrides=[CalendarOverride(day_off, "off")])
    moved = with_day_off.due(received, days, DurationUnit.WORKING_DAYS)
    assert moved == datetime.combine(DEFAULT.next_working_day(due.date()), due.time())
    assert DEFAULT.working_days_between(received.date(), moved.date()) == (
        DEFAULT.working_days_between(received.date(), due.date()) + 1
    )
    assert DEFAULT.working_minutes_between(due, moved) == 480


@PROPERTY
@given(received=moments, days=st.integers(1, 60))
def test_whole_working_days_keep_the_time_of_day(received: datetime, days: int):
    start = DEFAULT.next_working_moment(received)
    due = DEFAULT.due(received, days, DurationUnit.WORKING_DAYS)
    assert due.time() == start.time()
    assert DEFAULT.working_days_between(start.date(), due.date()) == days
    assert DEFAULT.working_minutes_between(received, due) == 480 * days


@PROPERTY
@given(calendar=CALENDARS, start=moments, minutes=st.integers(0, 480 * 400))
def test_add_then_count_gives_back_the_minutes(calendar: WorkCalendar, start: datetime, minutes: int):
    end = calendar.add_working_minutes(start, minutes)
    assert calendar.working_minutes_between(start, end) == minutes
    assert calendar.is_working_time(end)


@PROPERTY
@given(calendar=CALENDARS, start=moments, end=moments)
def test_count_then_add_gives_back_the_working_moment(calendar: WorkCalendar, start: datetime, end: datetime):
    start, end = sorted((start, end))
    back = calendar.add_working_minutes(start, calendar.working_minutes_between(start, end))
    # same working position: equal, or the two sides of a break between sessions
    assert calendar.next_working_moment(back) == calendar.next_working_moment(end)
    assert calendar.working_minutes_between(back, end) == 0
    assert calendar.working_minutes_between(end, back) == 0


@PROPERTY
@given(calendar=CALENDARS, start=moments, a=st.integers(1, 480 * 30), b=st.integers(1, 480 * 30))
def test_adding_is_additive(calendar: WorkCalendar, start: datetime, a: int, b: int):
    assert calendar.add_working_minutes(calendar.add_working_minutes(start, a), b) == (
        calendar.add_working_minutes(start, a + b)
    )


def _naive_minutes(calendar: WorkCalendar, start: datetime, end: datetime) -> int:
    """Reference: sum each day's session overlaps, one day at a time."""
    total = timedelta()
    day = start.date()
    while day <= end.date():
        for session in calendar.sessions_for(day):
            lo = max(start, datetime.combine(day, session.start))
            hi = min(end, datetime.combine(day, session.end))
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)


@PROPERTY
@given(calendar=CALENDARS, start=moments, span=st.integers(0, 60 * 24 * 90))
def test_working_minutes_match_a_day_by_day_count(calendar: WorkCalendar, start: datetime, span: int):
    end = start + timedelta(minutes=span)
    assert calendar.working_minutes_between(start, end) == _naive_minutes(calendar, start, end)


@PROPERTY
@given(calendar=CALENDARS, day=st.dates(date(2024, 1, 1), date(2026, 11, 30)), steps=st.integers(0, 300))
def test_working_days_between_counts_next_working_days(calendar: WorkCalendar, day: date, steps: int):
    end = day
    for _ in range(steps):
        end = calendar.next_working_day(end)
    assert calendar.working_days_between(day, end) == steps
    assert calendar.working_days_between(end, day) == -steps


@PROPERTY
@given(calendar=CALENDARS, received=moments, days=st.integers(0, 30), pause_start=moments,
       pause=st.integers(0, 60 * 24 * 20))
def test_a_pause_moves_the_due_by_its_working_time(calendar: WorkCalendar, received: datetime, days: int,
                                                   pause_start: datetime, pause: int):
    due = calendar.due(received, days, DurationUnit.WORKING_DAYS)
    pause_end = pause_start + timedelta(minutes=pause)
    shifted = calendar.shift_for_pause(due, pause_start, pause_end)
    assert shifted >= due
    assert calendar.is_working_time(shifted)
    paused = calendar.working_minutes_between(pause_start, pause_end)
    assert calendar.working_minutes_between(due, shifted) == paused
