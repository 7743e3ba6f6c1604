"""Finding dossiers: search as you type, the scanner's code + Enter, filters, the lazy table model."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.dossier import EventKind, Person, Status
from desk_app.gui.dossier_dialog import DossierDialog
from desk_app.gui.dossier_model import DossierTableModel, time_marker
from desk_app.gui.dossiers_page import DossiersPage
from desk_app.services import lifecycle, queries
from desk_app.services.intake import IntakeRequest, intake

BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off
MARITAL = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days


@pytest.fixture
def shown(shown, answers):
    """tests/gui/conftest.py's recorded message boxes, with every confirmation answered yes."""
    return shown


def receive(ctx, name: str, procedure: str = MARITAL, at: datetime | None = None, **person: str):
    return intake(ctx, IntakeRequest(procedure, Person(name=name, **person), received_at=at or ctx.now()))


def test_typing_a_name_without_diacritics_finds_it(ctx, worker, qtbot, shown):
    wanted = receive(ctx, "Nguyễn Văn An", phone="0912345678")
    receive(ctx, "Trần Thị Bích Ngọc")
    receive(ctx, "Nguyễn Thị Hoa")
    page = DossiersPage(ctx, worker)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3  # the whole list before any search

    qtbot.keyClicks(page.search, "nguyen van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)  # after the ~200 ms pause
    row = page.model.row_at(0)
    assert row is not None and row.code == wanted.code and row.name == "Nguyễn Văn An"
    assert page.dialog is None  # typing alone never opens anything
    assert "1" in page.summary.text()

    page.search.clear()
    qtbot.keyClicks(page.search, "0912 345")  # phone digits, the way clerks read them out
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).code == wanted.code,
                    timeout=3000)
    assert shown == []


def test_scanned_code_and_enter_opens_the_detail(ctx, worker, qtbot, shown):
    first = receive(ctx, "Lê Hoàng Phúc")
    for name in ("Phạm Thị Hường", "Hoàng Đức Thắng"):
        receive(ctx, name)
    page = DossiersPage(ctx, worker)
    qtbot.addWidget(page)
    page.show()
    page.search.setFocus()

    with qtbot.waitSignal(page.dossier_opened, timeout=3000) as opened:
        qtbot.keyClicks(page.search, first.code.lower())  # scanners may send lower case
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [first.code]
    dialog = page.dialog
    assert isinstance(dialog, DossierDialog)
    assert dialog.dossier is not None and dialog.dossier.code == first.code
    assert dialog.values["applicant"].text() == "Lê Hoàng Phúc"

    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.search.selectedText() == page.search.text()  # the next scan replaces the code

    # A scan opens the dossier whatever filter is on ("Đã có kết quả" would hide this one).
    qtbot.mouseClick(page.filter_buttons["finished"], Qt.MouseButton.LeftButton)
    page.search.setFocus()
    page.search.selectAll()
    with qtbot.waitSignal(page.dossier_opened, timeout=3000) as opened:
        qtbot.keyClicks(page.search, first.code)
        qtbot.keyClick(page.search, Qt.Key.Key_Enter)  # the keypad Enter some scanners send
    assert opened.args == [first.code]


def test_enter_on_a_partial_code_only_lists(ctx, worker, qtbot, shown):
    a = receive(ctx, "Lê Hoàng Phúc")
    receive(ctx, "Phạm Thị Hường")
    page = DossiersPage(ctx, worker)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, a.code[:-2])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.dialog is None


def test_double_click_and_enter_in_the_table_open_the_detail(ctx, worker, qtbot, shown):
    dossier = receive(ctx, "Vũ Thị Thu Hằng")
    page = DossiersPage(ctx, worker)
    qtbot.addWidget(page)
    page.show()
    index = page.model.index(0, DossierTableModel.NAME)
    with qtbot.waitSignal(page.dossier_opened):
        page.table.doubleClicked.emit(index)
    assert page.dialog is not None and page.dialog.code == dossier.code
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    page.table.setFocus()
    page.table.setCurrentIndex(index)
    with qtbot.waitSignal(page.dossier_opened):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)


def test_filters(ctx, clock, worker, qtbot, shown):
    late = receive(ctx, "Đặng Quốc Việt", at=clock.now)  # due Thu 27/11 09:00
    clock.advance(days=1)  # Tue 25/11 09:00
    waiting = receive(ctx, "Bùi Thị Ánh Tuyết")
    lifecycle.apply_event(ctx, waiting.code, EventKind.REQUEST_SUPPLEMENT, reason="Thiếu tờ khai",
                          details={"missing": [{"name": "Tờ khai", "originals": 1, "certified": 0, "copies": 0}]})
    clock.set(datetime(2025, 11, 26, 9, 0))
    soon = receive(ctx, "Đỗ Minh Khôi", procedure=BIRTH)  # due today 17:00
    done = receive(ctx, "Hồ Thị Lệ Quyên", procedure=BIRTH)
    lifecycle.apply_event(ctx, done.code, EventKind.FINISH)
    working = receive(ctx, "Ngô Văn Đạt")
    lifecycle.apply_event(ctx, working.code, EventKind.TRANSFER, receiver="Tư pháp – Hộ tịch")
    clock.set(datetime(2025, 11, 27, 10, 0))  # the first one is an hour late; Khôi's is a day late

    page = DossiersPage(ctx, worker)
    qtbot.addWidget(page)

    def codes() -> set[str]:
        return {row.code for row in page.model.rows()}

    assert len(codes()) == 5
    qtbot.mouseClick(page.filter_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert codes() == {late.code, soon.code}
    qtbot.mouseClick(page.filter_buttons["supplement"], Qt.MouseButton.LeftButton)
    assert codes() == {waiting.code}
    qtbot.mouseClick(page.filter_buttons["finished"], Qt.MouseButton.LeftButton)
    assert codes() == {done.code}
    qtbot.mouseClick(page.filter_buttons["in_progress"], Qt.MouseButton.LeftButton)
    assert codes() == {working.code}
    qtbot.mouseClick(page.filter_buttons["soon"], Qt.MouseButton.LeftButton)
    assert codes() == set()  # Ngô Văn Đạt's is due Mon 01/12: not within 24 hours
    # A search keeps the filter: only the late ones among the matches.
    qtbot.mouseClick(page.filter_buttons["overdue"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, "dang quoc")
    qtbot.waitUntil(lambda: codes() == {late.code})
    qtbot.mouseClick(page.filter_buttons["all"], Qt.MouseButton.LeftButton)
    assert codes() == {late.code}


def test_model_pages_and_markers(ctx, clock, qtmodeltester):
    codes = [receive(ctx, f"Người Thứ {chr(65 + i)}", at=clock.now).code for i in range(25)]
    clock.set(datetime(2025, 11, 27, 11, 0))  # every one of them is two hours late

    def fetcher(offset: int, limit: int):
        return queries.list_dossiers(ctx, limit=limit, offset=offset)

    calls: list[tuple[int, int]] = []

    def counting(offset: int, limit: int):
        calls.append((offset, limit))
        return fetcher(offset, limit)

    model = DossierTableModel(ctx.now, counting, page_size=10)
    assert model.rowCount() == 10 and calls == [(0, 10)]  # only the first page
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert calls == [(0, 10), (10, 10), (20, 10)]
    qtmodeltester.check(model)

    index = model.index(0, DossierTableModel.REMAINING)
    assert model.data(index) == "Trễ 2 giờ"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None  # colour *and* the text
    assert model.data(index, DossierTableModel.StateRole) == "late"
    row = model.data(index, DossierTableModel.RowRole)
    assert row.code in codes
    assert model.data(model.index(0, DossierTableModel.DUE), DossierTableModel.SortRole) == row.due_at
    assert model.data(model.index(0, DossierTableModel.STATUS), DossierTableModel.SortRole) == int(Status.RECEIVED)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mã hồ sơ"

    model.set_fetcher(lambda offset, limit: fetcher(offset, limit)[:3])
    assert model.rowCount() == 3 and not model.canFetchMore()
    qtmodeltester.check(model)
    model.set_fetcher(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_markers_say_what_colour_shows():
    due = datetime(2025, 11, 27, 9, 0)
    assert time_marker(Status.IN_PROGRESS, due, datetime(2025, 11, 29, 10, 0)) == ("late", "Trễ 2 ngày")
    assert time_marker(Status.IN_PROGRESS, due, datetime(2025, 11, 27, 6, 0)) == ("soon", "Còn 3 giờ")
    assert time_marker(Status.RECEIVED, due, datetime(2025, 11, 27, 8, 35)) == ("soon", "Còn 25 phút")
    assert time_marker(Status.RECEIVED, due, datetime(2025, 11, 24, 9, 0)) == ("ok", "Còn 3 ngày")
    assert time_marker(Status.SUPPLEMENT_REQUESTED, due, datetime(2025, 12, 24))[0] == "paused"
    assert time_marker(Status.RETURNED, due, datetime(2025, 12, 24)) == ("", "")
