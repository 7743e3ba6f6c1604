"""The reports screen: period picker, figures at a glance, drill-down, charts, exports."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desk_app.domain.dossier import Person
from desk_app.gui import messages
from desk_app.gui.reports_page import ReportsPage
from desk_app.services import apology, feedback, intake, lifecycle

MARRIAGE = "1.004873"  # 3 working days


@pytest.fixture
def month(ctx, clock):
    """November 2025, seen on Mon 1/12 12:00: A on time, B late without apology, C late with one,
    D still open past its appointment; one satisfied and one dissatisfied rating."""
    clock.set(datetime(2025, 11, 24, 9, 0))
    codes = {}
    for minute, key in enumerate("ABCD"):
        clock.set(datetime(2025, 11, 24, 9, minute))
        codes[key] = intake.intake(ctx, intake.IntakeRequest(MARRIAGE, Person(f"Nguyễn Văn {key}"))).code
    clock.set(datetime(2025, 11, 25, 10, 0))
    lifecycle.apply_event(ctx, codes["A"], "finish")
    clock.set(datetime(2025, 11, 27, 8, 0))
    apology.apologize(ctx, codes["C"], "Chờ xác minh", datetime(2025, 12, 2, 9, 0))
    clock.set(datetime(2025, 11, 28, 9, 0))
    lifecycle.apply_event(ctx, codes["B"], "finish")
    lifecycle.apply_event(ctx, codes["C"], "finish")
    clock.set(datetime(2025, 11, 28, 10, 0))
    feedback.record_feedback(ctx, codes["A"], 1, 3)
    clock.set(datetime(2025, 11, 28, 10, 5))
    feedback.record_feedback(ctx, codes["B"], 3, 3, ("result",), "Trả chậm")
    clock.set(datetime(2025, 12, 1, 12, 0))
    return codes


@pytest.fixture
def page(qtbot, ctx, worker, month):
    widget = ReportsPage(ctx, worker)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.set_period("month", date(2025, 11, 1))
    return widget


def test_month_figures_at_a_glance(page):
    ind = page.indicators
    assert ind.period.date_from == date(2025, 11, 1) and ind.period.date_to == date(2025, 11, 30)
    assert "01/11/2025" in page.period_label.text() and "30/11/2025" in page.period_label.text()
    cards = {key: (card.value.text(), card.detail.text()) for key, card in page.cards.items()}
    assert cards["received"][0] == "4" and cards["handled"][0] == "4"
    assert cards["on_time"] == ("25,0%", "1 / 4 hồ sơ đúng hạn")  # only A
    assert cards["late"][0] == "3"  # B, C, D
    assert cards["late_without_apology"][0] == "33,3%"  # C of B, C, D
    assert cards["overdue_now"][0] == "1"  # D
    assert cards["dissatisfied"][0] == "50,0%"
    assert cards["indicator_5_4"][0] == "0,0%"  # 100 − (75 + 50), never below zero


def test_clicking_a_figure_lists_the_dossiers_behind_it(page, qtbot, month):
    qtbot.mouseClick(page.cards["late_without_apology"], Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1
    codes = {page.drill_table.item(r, 0).text() for r in range(page.drill_table.rowCount())}
    assert codes == {month["B"], month["D"]}
    assert "2 hồ sơ" in page.drill_title.text()
    page.cards["overdue_now"].setFocus()
    qtbot.keyClick(page.cards["overdue_now"], Qt.Key.Key_Return)
    assert [page.drill_table.item(r, 0).text() for r in range(page.drill_table.rowCount())] == [month["D"]]
    assert page.cards["overdue_now"].property("selected") == "true"
    assert page.cards["late"].property("selected") == "false"
    # The 5.4 card is a formula: nothing to list.
    qtbot.mouseClick(page.cards["indicator_5_4"], Qt.MouseButton.LeftButton)
    assert page.figure == "overdue_now"


def test_period_kinds_and_reversed_custom_dates(page):
    page.set_period("quarter", date(2025, 11, 15))
    assert page.period() == (date(2025, 10, 1), date(2025, 12, 31))
    assert page.indicators.period.date_from == date(2025, 10, 1)
    page.set_period("year", date(2025, 3, 1))
    assert page.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert not page.month.isVisibleTo(page) and page.year.isVisibleTo(page)
    page.set_period("custom", date(2025, 11, 30), date(2025, 11, 1))
    assert page.date_from.isVisibleTo(page)
    assert page.error.isVisibleTo(page) and "trước ngày bắt đầu" in page.error.text()
    page.set_period("custom", date(2025, 11, 24), date(2025, 11, 24))
    assert not page.error.isVisibleTo(page) and page.indicators.received == 4


def test_empty_period_says_no_data(page):
    page.set_period("month", date(2025, 6, 1))
    assert page.indicators.handled == 0
    assert page.cards["on_time"].value.text() == "—"
    assert page.cards["on_time"].detail.text() == "chưa có số liệu"
    assert "chưa có số liệu" in page.period_label.text()


def test_charts_draw_with_qtcharts(page):
    page.tabs.setCurrentIndex(0)
    page._fill_charts(page.indicators)
    views = [view for view, _legend in page._charts]
    assert len(views) == 3
    pie = views[0].chart().series()[0]
    assert pie.sum() == 4  # on time 1 + late with apology 1 + late without 2
    assert [s.label() for s in pie.slices()] == ["Đúng hạn: 25,0%", "Trễ, có xin lỗi: 25,0%",
                                                 "Trễ, chưa xin lỗi: 50,0%"]
    legend = page._charts[0][1].text()
    assert "Trễ, chưa xin lỗi" in legend and "50,0%" in legend


def test_tables_per_procedure_clerk_and_comments(page):
    assert page.procedure_table.rowCount() == 1
    assert page.procedure_table.item(0, 0).text() == "Cấp Giấy xác nhận tình trạng hôn nhân"
    assert page.clerk_table.item(0, 0).text() == "Trần Thị Bình"
    assert page.comment_table.item(0, 4).text() == "Trả chậm"


def test_excel_export_writes_the_figures_on_screen(page, tmp_path, monkeypatch, shown):
    target = tmp_path / "thang-11.xlsx"
    monkeypatch.setattr(messages, "save_file", lambda parent, title, name, file_filter="": target)
    page.excel_button.click()
    assert shown and shown[-1][0] == "info" and str(target) in shown[-1][2]
    book = openpyxl.load_workbook(target)
    sheet, cell = next(iter(book.defined_names["on_time_rate"].destinations))
    assert book[sheet][cell.replace("$", "")].value == pytest.approx(0.25)


def test_export_cancelled_writes_nothing(page, tmp_path, shown):
    page.pdf_button.click()  # the patched save dialog returns None: cancelled
    assert shown == [("save_file", "Lưu báo cáo PDF", "bao-cao-chi-so-20251101-20251130.pdf")]
    assert not list(tmp_path.glob("*.pdf"))


def test_changes_recount_when_the_page_is_shown(page, ctx, clock, month):
    page.hide()
    clock.set(datetime(2025, 12, 1, 12, 5))
    lifecycle.apply_event(ctx, month["D"], "finish")
    page.mark_stale(month["D"])
    assert page.indicators.overdue_now == 1  # hidden: not recounted yet
    page.show()
    assert page.indicators.overdue_now == 0 and page.indicators.open == 0
