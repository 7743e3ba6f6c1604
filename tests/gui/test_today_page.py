"""Today's work: four sections with counts, and the apology letter from the overdue list."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.dossier import EventKind, Person
from desk_app.domain.units import DurationUnit
from desk_app.gui.apology_dialog import ApologyDialog
from desk_app.gui.today_page import TodayPage
from desk_app.services import apology, lifecycle, queries
from desk_app.services.intake import IntakeRequest, intake
from desk_app.services.queries import TodayCounts

BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off
MARITAL = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days
RESIDENCE = "1.004222"  # Đăng ký thường trú: 7 working days


@pytest.fixture
def shown(shown, answers):
    """tests/gui/conftest.py's recorded message boxes, with every confirmation answered yes."""
    return shown


def receive(ctx, name: str, procedure: str = MARITAL, at: datetime | None = None):
    return intake(ctx, IntakeRequest(procedure, Person(name=name), received_at=at or ctx.now()))


@pytest.fixture
def day(ctx, clock):
    """Thu 27/11/2025 10:00 with one dossier in each section, and one that is none of them."""
    clock.set(datetime(2025, 11, 24, 9, 0))
    late = receive(ctx, "Nguyễn Văn An")  # due Thu 27/11 09:00: an hour late
    clock.set(datetime(2025, 11, 24, 14, 0))
    today = receive(ctx, "Trần Thị Bích Ngọc")  # due Thu 27/11 14:00
    clock.set(datetime(2025, 11, 25, 9, 0))
    tomorrow = receive(ctx, "Lê Hoàng Phúc")  # due Fri 28/11 09:00
    later = receive(ctx, "Phạm Thị Hường", procedure=RESIDENCE)  # due next week
    waiting = receive(ctx, "Hoàng Đức Thắng")
    lifecycle.apply_event(ctx, waiting.code, EventKind.REQUEST_SUPPLEMENT, reason="Thiếu giấy tờ",
                          details={"missing": [{"name": "Tờ khai", "originals": 1, "certified": 0, "copies": 0}]})
    clock.set(datetime(2025, 11, 27, 10, 0))
    return {"overdue": late.code, "due_today": today.code, "due_next_day": tomorrow.code,
            "waiting_supplement": waiting.code, "later": later.code}


def make_page(ctx, worker, qtbot) -> TodayPage:
    page = TodayPage(ctx, worker)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_sections_and_counts(ctx, worker, qtbot, day, shown, qtmodeltester):
    page = make_page(ctx, worker, qtbot)
    assert page.counts == TodayCounts(overdue=1, due_today=1, due_next_day=1, waiting_supplement=1)
    for key in ("overdue", "due_today", "due_next_day", "waiting_supplement"):
        rows = page.sections[key].model.rows()
        assert [row.code for row in rows] == [day[key]], key
        qtmodeltester.check(page.sections[key].model)
    assert page.tabs.tabText(0) == "Trễ hạn (1)"
    assert page.tabs.tabText(2) == "Đến hạn ngày làm việc tiếp theo (1)"
    late = page.sections["overdue"].model
    assert late.data(late.index(0, late.REMAINING)) == "Trễ 1 giờ"

    with qtbot.waitSignal(page.counts_changed) as signal:
        lifecycle.apply_event(ctx, day["overdue"], EventKind.FINISH)
        page.refresh()
    assert signal.args[0].overdue == 0
    assert page.tabs.tabText(0) == "Trễ hạn (0)"
    assert page.sections["overdue"].stack.currentIndex() == 1  # "Không có hồ sơ nào trễ hạn."
    assert shown == []


def test_open_from_a_section(ctx, worker, qtbot, day, shown):
    page = make_page(ctx, worker, qtbot)
    page.show_section("waiting_supplement")
    assert page.select("waiting_supplement", day["waiting_supplement"])
    table = page.sections["waiting_supplement"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.code == day["waiting_supplement"]
    with qtbot.waitSignal(page.counts_changed):
        page.dialog.reject()  # closing the detail refreshes the lists


def test_apologise_from_the_overdue_list(ctx, worker, qtbot, day, shown):
    from desk_app.gui.receipt_preview import PdfPreviewDialog

    page = make_page(ctx, worker, qtbot)
    section = page.sections["overdue"]
    assert not section.apology_button.isEnabled()  # nothing chosen yet
    assert page.select("overdue", day["overdue"])
    assert section.apology_button.isEnabled()
    qtbot.mouseClick(section.apology_button, Qt.MouseButton.LeftButton)
    dialog = page.apology_dialog
    assert isinstance(dialog, ApologyDialog) and dialog.isVisible()
    assert dialog.signatory.text() == "Lê Văn Chính" and dialog.signatory_title.text() == "CHỦ TỊCH"
    assert "Trễ 1 giờ" in dialog.heading.text()

    # The extension is computed by the service and shown before saving.
    dialog.extra.setValue(2)
    dialog.unit.setCurrentIndex(dialog.unit.findData(DurationUnit.WORKING_DAYS.value))
    expected = apology.propose_new_due(ctx, day["overdue"], 2, DurationUnit.WORKING_DAYS)
    assert dialog.proposed == expected == datetime(2025, 12, 1, 10, 0)
    assert "01/12/2025" in dialog.computed.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.reason.setPlainText("Cần xác minh thêm thông tin tại nơi cư trú trước đây")
    dialog.deputy.setChecked(True)
    with qtbot.waitSignal(page.counts_changed) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    qtbot.waitUntil(lambda: isinstance(preview, PdfPreviewDialog) and preview.isVisible())
    assert "Mẫu 04" in preview.windowTitle()
    assert not dialog.isVisible()

    stored = queries.show(ctx, day["overdue"])
    assert stored.due_at == expected and stored.original_due_at == datetime(2025, 11, 27, 9, 0)
    assert len(stored.apologies) == 1 and stored.apologies[0].deputy
    assert signal.args[0].overdue == 0  # no longer late against its new appointment
    assert shown == []


def test_apology_refused_changes_nothing(ctx, worker, qtbot, day, shown):
    page = make_page(ctx, worker, qtbot)
    # Not late, nor within the warning window (due next week): the service refuses.
    dialog = ApologyDialog(ctx, worker, day["later"], page)
    dialog.show()
    dialog.reason.setPlainText("Chậm")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0][0] == "error" and "chưa cần văn bản xin lỗi" in shown[0][2]
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert queries.show(ctx, day["later"]).apologies == ()

    # A typed date earlier than the current appointment is refused too.
    page.select("overdue", day["overdue"])
    late = page.apologize_selected("overdue")
    late.reason.setPlainText("Chậm xác minh")
    late.by_date.setChecked(True)
    late.new_due.setDateTime(late.new_due.minimumDateTime())
    before = queries.show(ctx, day["overdue"])
    qtbot.mouseClick(late.save_button, Qt.MouseButton.LeftButton)
    assert shown[-1][0] == "error" and "Ngày hẹn trả mới phải sau" in shown[-1][2]
    assert queries.show(ctx, day["overdue"]) == before
    assert late.preview is None and late.isVisible()


@pytest.mark.parametrize("points", [9.0, 10.0, 12.0])
def test_list_columns_show_whole_dates_at_the_window_font(points):
    """The window's font is 10 pt (larger on some desks): "20:58 28/12/2088" must not end in "…"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desk_app.gui.dossier_model import DossierTableModel, column_widths, format_moment

    font = QFont()
    font.setPointSizeF(points)
    widths = column_widths(font)
    needed = QFontMetrics(font).horizontalAdvance(format_moment(datetime(2088, 12, 28, 20, 58)))
    for column in (DossierTableModel.RECEIVED, DossierTableModel.DUE):
        assert widths[column] >= needed + 12, (points, column)
