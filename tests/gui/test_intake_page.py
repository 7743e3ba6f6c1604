"""The intake form, driven from the keyboard as a clerk does: search, type, fix, save, preview."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desk_app.domain.dossier import Channel
from desk_app.domain.errors import DeskError
from desk_app.gui.intake_page import IntakePage, tidy_name
from desk_app.gui.main_window import MainWindow
from desk_app.services import queries
from tests.gui.conftest import type_text

BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off
BIRTH_NAME = "Đăng ký khai sinh"


@pytest.fixture
def page(ctx, worker, qtbot, shown, answers) -> IntakePage:
    page = IntakePage(ctx, worker)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts (Ctrl+S, Esc) need an active window
    qtbot.waitUntil(page.is_ready)
    page.focus_form()
    return page


def pick_from_popup(qtbot, page: IntakePage, name: str) -> None:
    popup = page.procedure_popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    index = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole + 3) == name)
    popup.setCurrentIndex(index)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def saved_dossiers(ctx) -> list:
    return queries.list_dossiers(ctx)


def choose_birth(qtbot, page: IntakePage) -> None:
    qtbot.keyClicks(page.ui.procedureSearch, "khai sinh")
    pick_from_popup(qtbot, page, BIRTH_NAME)
    assert page.procedure() is not None and page.procedure().code == BIRTH


def test_intake_from_search_to_receipt(ctx, page, qtbot, shown):
    ui = page.ui
    assert page.appointment_text() == "Chọn thủ tục để xem ngày hẹn trả"

    qtbot.keyClicks(ui.procedureSearch, "khai sinh")
    assert page.matches()[0] == BIRTH  # ranked: the whole name first
    pick_from_popup(qtbot, page, BIRTH_NAME)
    assert ui.procedureSearch.text() == BIRTH_NAME
    # Received Monday 09:00, same day with a 15:00 cut-off: due at closing time today.
    assert page.appointment_text() == "17 giờ 00 phút, ngày 24 tháng 11 năm 2025"
    assert "hôm nay" in ui.appointmentDetail.text()
    assert page.documents.rowCount() >= 3  # the procedure's checklist
    assert ui.feeEdit.text()  # its fee

    decomposed = unicodedata.normalize("NFD", "nguyễn văn an")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    type_text(ui.nameEdit, decomposed)
    qtbot.keyClicks(ui.idNumberEdit, "001203012345")
    qtbot.keyClicks(ui.phoneEdit, "09123")
    ui.notesEdit.setFocus()
    qtbot.keyClick(ui.notesEdit, Qt.Key.Key_Return)  # Enter in the last field saves

    # The wrong phone: a Vietnamese message under the field, a red border, nothing saved, nothing lost.
    assert ui.phoneError.isVisible()
    assert ui.phoneError.text() == "Số điện thoại di động phải có 10 chữ số (đã nhập 5)."
    assert ui.phoneEdit.property("invalid") is True
    assert saved_dossiers(ctx) == []
    assert ui.phoneEdit.text() == "09123" and ui.idNumberEdit.text() == "001203012345"
    assert page.procedure().code == BIRTH
    assert "chưa được lưu" in page.result_text()

    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "0912345678")
    assert not ui.phoneError.isVisible()  # the message goes as the clerk fixes the field
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved_dossiers(ctx), "Ctrl+S did not save"

    [row] = saved_dossiers(ctx)
    assert page.result_text() == f"Đã lưu hồ sơ {row.code}"
    dossier = queries.show(ctx, row.code)
    assert dossier.procedure_code == BIRTH
    assert dossier.applicant.name == unicodedata.normalize("NFC", "Nguyễn Văn An")
    assert unicodedata.is_normalized("NFC", dossier.applicant.name)
    assert dossier.applicant.phone == "0912345678"
    assert dossier.due_at == datetime(2025, 11, 24, 17, 0)
    assert dossier.received_at == datetime(2025, 11, 24, 9, 0)
    assert dossier.channel is Channel.COUNTER
    assert len(dossier.documents) >= 3

    qtbot.waitUntil(lambda: page.last_preview is not None and page.last_preview.page_count() >= 2)
    preview = page.last_preview
    assert preview.isVisible()
    assert row.code in preview.windowTitle()
    assert preview.file_name == f"{row.code}-giay-tiep-nhan.pdf"
    assert shown == []

    # The form is fresh for the next citizen.
    assert ui.nameEdit.text() == "" and page.procedure() is None
    assert page.appointment_text() == "Chọn thủ tục để xem ngày hẹn trả"
    preview.close()


def test_search_without_diacritics_by_words_and_by_code(page, qtbot):
    ui = page.ui
    qtbot.keyClicks(ui.procedureSearch, "ket hon")
    assert page.matches(), "no match for 'ket hon'"
    qtbot.keyClick(ui.procedureSearch, Qt.Key.Key_Return)  # Enter takes the best match
    assert "kết hôn" in page.procedure().name.lower()

    ui.procedureSearch.clear()
    qtbot.keyClicks(ui.procedureSearch, BIRTH)
    assert page.procedure() is None  # typing again drops the previous choice
    assert page.matches()[0] == BIRTH
    qtbot.keyClick(ui.procedureSearch, Qt.Key.Key_Return)
    assert page.procedure().code == BIRTH

    ui.procedureSearch.clear()
    qtbot.keyClicks(ui.procedureSearch, "zzzz khong co")
    qtbot.keyClick(ui.procedureSearch, Qt.Key.Key_Return)
    assert page.procedure() is None
    assert "Không tìm thấy thủ tục" in ui.procedureError.text()


def test_back_entry_moves_the_appointment_and_the_future_is_refused(ctx, page, qtbot):
    ui = page.ui
    choose_birth(qtbot, page)
    # Thursday 16:00, after the 15:00 cut-off: due at closing time of the next working day.
    ui.receivedEdit.setDateTime(QDateTime(QDate(2025, 11, 20), QTime(16, 0)))
    assert page.appointment_text() == "17 giờ 00 phút, ngày 21 tháng 11 năm 2025"

    type_text(ui.nameEdit, "Trần Thị Bình")
    ui.receivedEdit.setDateTime(QDateTime(QDate(2025, 11, 25), QTime(9, 0)))  # tomorrow
    page.save()
    assert "tương lai" in ui.receivedError.text()
    assert saved_dossiers(ctx) == []

    ui.receivedEdit.setDateTime(QDateTime(QDate(2025, 11, 20), QTime(16, 0)))
    assert not ui.receivedError.isVisible()
    page.save()
    [row] = saved_dossiers(ctx)
    assert row.received_at == datetime(2025, 11, 20, 16, 0)
    assert row.due_at == datetime(2025, 11, 21, 17, 0)
    assert row.code.startswith("H21.17-251120-")


def test_owner_channel_documents_and_post_delivery(ctx, page, qtbot, qtmodeltester):
    ui = page.ui
    choose_birth(qtbot, page)
    qtmodeltester.check(page.documents)
    type_text(ui.nameEdit, "Lê Văn Cường")
    assert not ui.ownerGroup.isVisible()
    ui.ownerCheck.setChecked(True)
    assert ui.ownerGroup.isVisible()
    type_text(ui.ownerNameEdit, "Lê Thị Hoa")
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(int(Channel.POST)))

    # Untick the first document, add one of the clerk's own with two photocopies.
    documents = page.documents
    first = documents.index(0, documents.NAME)
    first_name = first.data()
    documents.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    row = documents.add_row()
    documents.setData(documents.index(row, documents.NAME), "Giấy ủy quyền")
    documents.setData(documents.index(row, documents.ORIGINALS), 0)
    documents.setData(documents.index(row, documents.COPIES), 2)
    qtmodeltester.check(documents)
    ui.setsSpin.setValue(2)

    ui.deliveryPostRadio.setChecked(True)
    ui.postAddressEdit.clear()
    page.save()
    assert ui.postAddressError.text() == "Nhập địa chỉ nhận kết quả qua bưu chính."
    assert saved_dossiers(ctx) == []
    type_text(ui.postAddressEdit, "Số 5, thôn Đông, xã Tân Lập")
    page.save()

    [saved] = saved_dossiers(ctx)
    dossier = queries.show(ctx, saved.code)
    assert dossier.owner is not None and dossier.owner.name == "Lê Thị Hoa"
    assert dossier.channel is Channel.POST
    assert dossier.sets == 2
    names = [doc.name for doc in dossier.documents]
    assert first_name not in names
    assert ("Giấy ủy quyền", 0, 0, 2) in [(d.name, d.originals, d.certified, d.copies) for d in dossier.documents]
    assert "Số 5, thôn Đông, xã Tân Lập" in dossier.result_delivery


def test_a_refused_save_keeps_the_form(ctx, page, qtbot, shown, monkeypatch):
    from desk_app.services import intake

    def locked(ctx, request):
        raise DeskError("Không ghi được vào cơ sở dữ liệu: cơ sở dữ liệu đang bị khóa bởi chương trình khác, "
                        "hãy thử lại sau ít giây. Chưa có gì được lưu.")

    monkeypatch.setattr(intake, "intake", locked)
    ui = page.ui
    choose_birth(qtbot, page)
    type_text(ui.nameEdit, "Phạm Thị Hường")
    page.save()
    [(kind, title, text)] = shown
    assert kind == "error" and "đang bị khóa" in text
    assert ui.nameEdit.text() == "Phạm Thị Hường" and page.procedure().code == BIRTH
    assert ui.saveButton.isEnabled()
    monkeypatch.undo()


def test_escape_clears_only_after_confirmation(page, qtbot, answers, shown):
    ui = page.ui
    choose_birth(qtbot, page)
    type_text(ui.nameEdit, "Đỗ Minh Châu")
    answers.append(False)
    page.start_new()  # what Esc does
    assert shown[-1][0] == "confirm"
    assert ui.nameEdit.text() == "Đỗ Minh Châu"
    answers.append(True)
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Escape)
    assert ui.nameEdit.text() == "", "Esc did not clear"
    assert page.procedure() is None
    shown.clear()
    page.start_new()  # an empty form clears without asking
    assert shown == []


def test_f2_from_anywhere_focuses_a_fresh_intake_form(ctx, worker, qtbot, answers, shown):
    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    other = QWidget()
    field = QLineEdit(other)
    window.add_page("other", "Trang khác", other, shortcut="F9", count=4)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.intake_page
    window.show_page("intake")  # the window opens on today's work; the catalogue loads on first show
    qtbot.waitUntil(page.is_ready)

    window.show_page("other")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_F2)
    assert window.current_page_key() == "intake"
    qtbot.waitUntil(page.ui.procedureSearch.hasFocus)
    assert QApplication.focusWidget() is page.ui.procedureSearch

    # With something typed, F2 asks before throwing it away.
    type_text(page.ui.nameEdit, "Vũ Thị Lan")
    window.show_page("other")
    field.setFocus()
    answers.append(False)
    qtbot.keyClick(field, Qt.Key.Key_F2)
    assert window.current_page_key() == "intake"
    assert page.ui.nameEdit.text() == "Vũ Thị Lan"
    assert shown[-1][0] == "confirm"
    answers.append(True)
    qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_F2)
    assert page.ui.nameEdit.text() == ""
    qtbot.waitUntil(page.ui.procedureSearch.hasFocus)

    window.set_count("other", 0)
    qtbot.keyClick(page.ui.procedureSearch, Qt.Key.Key_F9)
    assert window.current_page_key() == "other"


def test_status_bar_and_saved_signal(ctx, worker, qtbot, answers, shown):
    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    window.show()
    assert "H21.17" in window.office_label.text() and "Quầy 1" in window.office_label.text()
    assert "Trần Thị Bình" in window.clerk_label.text()
    page = window.intake_page
    window.show_page("intake")
    qtbot.waitUntil(page.is_ready)
    choose_birth(qtbot, page)
    type_text(page.ui.nameEdit, "Ngô Bảo Châu")
    with qtbot.waitSignal(window.dossier_saved, timeout=5000) as blocker:
        page.save()
    assert blocker.args[0].startswith("H21.17-251124-")
    assert "Đã lưu hồ sơ" in window.statusBar().currentMessage()
    if page.last_preview is not None:
        page.last_preview.close()


def test_busy_indicator_follows_the_worker(ctx, worker, qtbot, answers):
    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    window.show()
    window.show_page("intake")
    qtbot.waitUntil(window.intake_page.is_ready)
    worker.busy_changed.emit(True)
    qtbot.waitUntil(window.busy_label.isVisible)
    assert window.busy_label.text() == "Đang lưu…"
    worker.busy_changed.emit(False)
    assert not window.busy_label.isVisible()


def test_tidy_name():
    assert tidy_name(unicodedata.normalize("NFD", "  nguyễn   văn an ")) == "Nguyễn Văn An"
    assert tidy_name("đặng thị ánh") == "Đặng Thị Ánh"
    assert tidy_name("NGUYỄN VĂN AN") == "NGUYỄN VĂN AN"  # capitals typed on purpose are kept
    assert tidy_name("") == ""


# ---- the PDF preview (shared by every printed form) ----------------------------------------------


@pytest.fixture
def receipt_pdf(ctx) -> tuple[str, bytes]:
    from desk_app.domain.dossier import Person
    from desk_app.services import printing
    from desk_app.services.intake import IntakeRequest, intake

    dossier = intake(ctx, IntakeRequest(BIRTH, Person(name="Nguyễn Văn An", phone="0912345678")))
    return dossier.code, printing.print_form(ctx, "receipt", dossier.code)


@pytest.fixture
def preview(qtbot, receipt_pdf):
    from desk_app.gui.receipt_preview import PdfPreviewDialog

    code, pdf = receipt_pdf
    dialog = PdfPreviewDialog(pdf, f"Giấy tiếp nhận — {code}", paper="A5", file_name=f"{code}.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() >= 2)
    return dialog


def test_preview_prints_every_page_at_the_office_paper_size(preview, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert preview.render_to_printer(printer)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == preview.page_count()
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2  # A5 in points


def test_preview_without_printer_or_when_cancelled_says_so(preview, monkeypatch, shown):
    monkeypatch.setattr(preview, "_printers_available", lambda: False)
    assert preview.print_document() is False
    [(kind, title, text)] = shown
    assert kind == "warn" and title == "Không có máy in" and "Lưu PDF" in text

    shown.clear()
    monkeypatch.setattr(preview, "_printers_available", lambda: True)
    monkeypatch.setattr(preview, "_ask_print_options", lambda printer: False)
    assert preview.print_document() is False
    assert shown == []
    assert preview.status.text() == "Đã hủy lệnh in; biểu mẫu chưa được in."


def test_preview_saves_the_pdf(preview, receipt_pdf, monkeypatch, tmp_path, shown):
    from desk_app.gui import messages

    code, pdf = receipt_pdf
    target = tmp_path / "luu" / "giay-hen"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "save_file", lambda parent, title, name, file_filter="": target)
    assert preview.save_pdf()
    assert (tmp_path / "luu" / "giay-hen.pdf").read_bytes() == pdf
    monkeypatch.setattr(messages, "save_file", lambda parent, title, name, file_filter="": None)
    assert preview.save_pdf() is False  # cancelled: nothing to say
    assert shown == []
