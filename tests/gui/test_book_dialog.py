"""The tracking book from the window: PDF preview and Excel of a period."""

from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from desk_app.domain.dossier import Person
from desk_app.gui import messages
from desk_app.gui.book_dialog import BookDialog
from desk_app.gui.worker import DbWorker
from desk_app.services import intake


def test_book_preview_and_excel(ctx, qtbot, tmp_path, monkeypatch):
    made = intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    worker = DbWorker()
    worker.synchronous = True
    dialog = BookDialog(ctx, worker)
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2025, 11, 1), date(2025, 11, 24))
    # Qt ships no Vietnamese for its standard buttons: every button carries the app's own words.
    assert sorted(button.text() for button in dialog.findChildren(QPushButton)) == [
        "Xem và in (PDF)", "Xuất Excel…", "Đóng"]
    dialog.pdf_button.click()
    assert dialog.preview is not None and dialog.preview.pdf.startswith(b"%PDF")
    target = tmp_path / "so.xlsx"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kwargs: target)
    dialog.xlsx_button.click()
    sheet = load_workbook(target).active
    assert sheet["B4"].value == made.code and sheet["E4"].value == "Nguyễn Văn An"
    assert str(target) in dialog.status.text()
