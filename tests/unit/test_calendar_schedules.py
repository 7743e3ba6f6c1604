"""Real yearly schedules 2024–2026 (legal-notes §5.5) as WorkCalendar sees them.

Every expectation was checked against holidays.VN 0.109 (language="vi"); where the package and
the legal notes differ, the test says so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import holidays
import pytest

from desk_app.domain.calendar import CalendarOverride, WorkCalendar
from desk_app.domain.units import DurationUnit

CAL = WorkCalendar()
WD = DurationUnit.WORKING_DAYS


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def off(first: date, last: date) -> list[date]:
    return [day for day in days(first, last) if not CAL.is_working_day(day)]


def test_tet_2024_is_8_to_14_february():
    assert off(date(2024, 2, 5), date(2024, 2, 16)) == days(date(2024, 2, 8), date(2024, 2, 14))
    assert CAL.holiday_name(date(2024, 2, 10)) == "Tết Nguyên Đán"
    assert CAL.holiday_name(date(2024, 2, 8)) == "29 Tết"
    assert CAL.next_working_day(date(2024, 2, 7)) == date(2024, 2, 15)


def test_tet_2025_is_25_january_to_2_february():
    assert off(date(2025, 1, 20), date(2025, 2, 9)) == (
        days(date(2025, 1, 25), date(2025, 2, 2)) + [date(2025, 2, 8), date(2025, 2, 9)]
    )
    # the weekdays off: Monday 27 to Friday 31 January
    assert [d for d in off(date(2025, 1, 25), date(2025, 2, 2)) if d.weekday() < 5] == (
        days(date(2025, 1, 27), date(2025, 1, 31))
    )
    assert CAL.due(datetime(2025, 1, 24, 10), 1, WD) == datetime(2025, 2, 3, 10)
    assert CAL.due(datetime(2025, 1, 24, 10), 3, DurationUnit.CALENDAR_DAYS) == datetime(2025, 2, 3, 17)


def test_tet_2026_per_package_is_16_to_20_february():
    # legal-notes cite Thông báo 9441/TB-BNV for 2026 without dates; this is the package's table
    assert [d for d in off(date(2026, 2, 9), date(2026, 2, 27)) if d.weekday() < 5] == (
        days(date(2026, 2, 16), date(2026, 2, 20))
    )


def test_2025_reunification_and_labour_day_with_the_swap():
    sunday = [date(2025, 4, 27)]
    assert off(date(2025, 4, 26), date(2025, 5, 4)) == sunday + days(date(2025, 4, 30), date(2025, 5, 4))
    assert CAL.is_working_day(date(2025, 4, 26))  # make-up Saturday
    assert CAL.holiday_name(date(2025, 5, 2)) == "Ngày nghỉ (thay cho ngày 26/04/2025)"
    assert CAL.holiday_name(date(2025, 4, 30)) == "Ngày Chiến thắng"
    assert CAL.holiday_name(date(2025, 5, 1)) == "Ngày Quốc tế Lao động"


def test_ten_working_days_after_friday_25_april_2025():
    assert CAL.due(datetime(2025, 4, 25, 10), 10, WD) == datetime(2025, 5, 13, 10)
    assert CAL.working_days_between(date(2025, 4, 25), date(2025, 5, 13)) == 10
    assert CAL.due(datetime(2025, 4, 25, 10), 0, DurationUnit.SAME_DAY) == datetime(2025, 4, 25, 17)
    assert CAL.due(datetime(2025, 4, 25, 15, 30), 0, DurationUnit.SAME_DAY) == datetime(2025, 4, 26, 17)


def test_make_up_saturday_2024_05_04():
    assert CAL.is_working_day(date(2024, 5, 4))
    assert not CAL.is_working_day(date(2024, 4, 29))  # the Monday given for it
    weekend = [date(2024, 4, 27), date(2024, 4, 28)]
    assert off(date(2024, 4, 27), date(2024, 5, 5)) == weekend + days(date(2024, 4, 29), date(2024, 5, 1)) + [
        date(2024, 5, 5)
    ]
    assert CAL.due(datetime(2024, 5, 3, 10), 1, WD) == datetime(2024, 5, 4, 10)


@pytest.mark.parametrize(
    ("year", "national_days"),
    [
        (2024, [date(2024, 9, 2), date(2024, 9, 3)]),  # Monday + Tuesday
        (2025, [date(2025, 9, 1), date(2025, 9, 2)]),  # notes: 30/8–2/9, i.e. Sat–Tue
        (2026, [date(2026, 9, 1), date(2026, 9, 2)]),
    ],
)
def test_national_day_and_the_adjacent_day(year: int, national_days: list[date]):
    weekdays_off = [d for d in off(date(year, 8, 25), date(year, 9, 10)) if d.weekday() < 5]
    expected = list(national_days)
    if year == 2026:
        expected.insert(0, date(2026, 8, 31))  # swapped for Saturday 22/8
    assert weekdays_off == expected
    assert all(CAL.holiday_name(d) == "Quốc khánh" for d in national_days)


def test_2026_make_up_saturday_22_august():
    assert CAL.is_working_day(date(2026, 8, 22))
    assert CAL.holiday_name(date(2026, 8, 31)) == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    assert CAL.due(datetime(2026, 8, 21, 14), 1, WD) == datetime(2026, 8, 22, 14)


def test_hung_kings_day():
    assert CAL.holiday_name(date(2024, 4, 18)) == "Ngày Giỗ Tổ Hùng Vương"
    assert CAL.holiday_name(date(2025, 4, 7)) == "Ngày Giỗ Tổ Hùng Vương"
    # 2026: 10/3 âm lịch is a Sunday, nghỉ bù on Monday (Labour Code art. 111(3))
    assert CAL.holiday_name(date(2026, 4, 26)) == "Ngày Giỗ Tổ Hùng Vương"
    assert CAL.holiday_name(date(2026, 4, 27)) == "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"
    assert not CAL.is_working_day(date(2026, 4, 27))


def test_vietnam_culture_day_24_november():
    assert CAL.is_working_day(date(2025, 11, 24))  # not before 2026
    assert CAL.holiday_name(date(2026, 11, 24)) == "Ngày Văn hóa Việt Nam"
    assert not CAL.is_working_day(date(2026, 11, 24))  # a Tuesday
    # 2026: a Tuesday, so no compensatory day arises, and the package gives none
    assert CAL.is_working_day(date(2026, 11, 23))
    assert CAL.is_working_day(date(2026, 11, 25))
    assert CAL.due(datetime(2026, 11, 23, 10), 1, WD) == datetime(2026, 11, 25, 10)


def test_vietnam_culture_day_on_a_weekend_package_vs_legal_notes():
    # The legal notes (§5.5, [SECONDARY, verify]) say 24/11 is outside Labour Code art. 112, so
    # no nghỉ bù. holidays 0.109 applies its usual weekend rule and gives one anyway (2029:
    # Saturday → Monday 26/11; 2030: Sunday → Monday 25/11). The engine follows the package; an
    # office that follows the notes enters a "work" override, which wins.
    assert CAL.holiday_name(date(2029, 11, 26)) == "Ngày Văn hóa Việt Nam (nghỉ bù)"
    assert not CAL.is_working_day(date(2029, 11, 26))
    assert CAL.holiday_name(date(2030, 11, 25)) == "Ngày Văn hóa Việt Nam (nghỉ bù)"
    fixed = WorkCalendar(overrides=[CalendarOverride(date(2029, 11, 26), "work", "Không nghỉ bù 24/11")])
    assert fixed.is_working_day(date(2029, 11, 26))


def test_tet_follows_the_vietnamese_lunar_calendar():
    # Chinese-calendar libraries (UTC+8) put Tết 2030 on 3 February; Vietnam (UTC+7) on 2 February
    assert CAL.holiday_name(date(2030, 2, 2)) == "Tết Nguyên Đán"
    assert CAL.holiday_name(date(2030, 2, 1)) == "Giao thừa Tết Nguyên Đán"


def test_new_year_and_a_due_over_it():
    assert CAL.holiday_name(date(2025, 1, 1)) == "Tết Dương lịch"
    assert CAL.holiday_name(date(2026, 1, 1)) == "Tết Dương lịch"
    assert CAL.due(datetime(2025, 12, 31, 15), 1, WD) == datetime(2026, 1, 2, 15)


def test_local_overrides_on_top_of_the_yearly_schedule():
    cal = WorkCalendar(
        overrides=[
            CalendarOverride(date(2025, 5, 3), "work", "Làm bù theo quyết định của UBND tỉnh"),
            CalendarOverride(date(2025, 5, 7), "off", "Nghỉ lễ địa phương"),
        ]
    )
    assert cal.is_working_day(date(2025, 5, 3))
    assert not cal.is_working_day(date(2025, 5, 7))
    # after 25/4: 26/4, 28/4, 29/4, 3/5 (override), 5/5, 6/5, 8/5, 9/5, 12/5, 13/5
    assert cal.due(datetime(2025, 4, 25, 10), 10, WD) == datetime(2025, 5, 13, 10)
    assert cal.due(datetime(2025, 4, 25, 10), 11, WD) == datetime(2025, 5, 14, 10)


def test_every_day_2024_to_2026_agrees_with_the_package():
    table = holidays.VN(years=range(2024, 2027), language="vi")
    for day in days(date(2024, 1, 1), date(2026, 12, 31)):
        assert CAL.is_working_day(day) is table.is_working_day(day), day
        assert CAL.holiday_name(day) == (table.get(day) if not table.is_working_day(day) else None), day
