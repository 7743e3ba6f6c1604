"""The detail dialog: supplements move the appointment, return offers feedback, refusals change nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.dossier import EventKind, Person, Status
from desk_app.gui import messages
from desk_app.gui.dossier_dialog import DossierDialog, EventForm
from desk_app.services import lifecycle, queries
from desk_app.services.intake import IntakeRequest, intake

BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off
MARITAL = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days


class Calls(list):
    """Message boxes shown, as (kind, title, text); ``answers`` says what confirm() returns."""

    answers: dict[str, bool]


@pytest.fixture
def shown(monkeypatch):
    calls = Calls()
    answers = {"confirm": True}
    calls.answers = answers
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details="": calls.append(("error", title, text)))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: calls.append(("info", title, text)))
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: calls.append(("warn", title, text)))

    def confirm(parent, title, text, yes="", no=""):
        calls.append(("confirm", title, text))
        return answers["confirm"]

    monkeypatch.setattr(messages, "confirm", confirm)
    return calls


@pytest.fixture
def dialog_for(ctx, worker, qtbot):
    def make(code: str) -> DossierDialog:
        dialog = DossierDialog(ctx, worker, code)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def receive(ctx, name: str, procedure: str = MARITAL, **person: str):
    return intake(ctx, IntakeRequest(procedure, Person(name=name, **person), received_at=ctx.now()))


def confirm_form(qtbot, form: EventForm) -> None:
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def test_details_and_buttons_follow_the_status(ctx, dialog_for, shown):
    dossier = receive(ctx, "Nguyễn Văn An", phone="0912345678")
    dialog = dialog_for(dossier.code)
    assert dialog.values["applicant"].text() == "Nguyễn Văn An"
    assert "0912345678" in dialog.values["contact"].text()
    assert "Cấp Giấy xác nhận tình trạng hôn nhân" in dialog.values["procedure"].text()
    assert "27/11/2025" in dialog.values["due"].text() and "Còn 3 ngày" in dialog.values["due"].text()
    assert dialog.values["status"].text() == "Đã tiếp nhận"
    assert dialog.timeline.topLevelItemCount() == 1
    assert dialog.timeline.topLevelItem(0).text(1) == "Tiếp nhận"
    assert dialog.documents.topLevelItemCount() == len(dossier.documents)
    enabled = {kind for kind, button in dialog.action_buttons.items() if button.isEnabled()}
    assert enabled == {EventKind.TRANSFER, EventKind.REQUEST_SUPPLEMENT, EventKind.FINISH, EventKind.REFUSE,
                       EventKind.WITHDRAW, EventKind.STOP}
    forms = [action.data() for action in dialog.print_menu.actions()]
    assert forms == ["receipt", "control"]


def test_supplement_request_then_receipt_moves_the_appointment(ctx, clock, dialog_for, qtbot, shown):
    dossier = receive(ctx, "Trần Thị Bích Ngọc")  # Mon 24/11 09:00, due Thu 27/11 09:00
    assert dossier.due_at == datetime(2025, 11, 27, 9, 0)
    clock.advance(hours=1)  # Mon 10:00
    dialog = dialog_for(dossier.code)
    changed = []
    dialog.changed.connect(changed.append)

    form = dialog.start_event(EventKind.REQUEST_SUPPLEMENT)
    assert form is not None and form.isVisible()
    missing = dossier.documents[1].name
    confirm_form(qtbot, form)  # nothing chosen, no reason: refused in the form itself
    assert form.error.isVisible() and dialog.dossier.status is Status.RECEIVED
    form.check_document(missing)
    form.other_documents.setPlainText("Giấy xác nhận nơi cư trú")  # QTest types ASCII only
    form.reason.setPlainText("Bổ sung bản sao có chứng thực theo hướng dẫn")
    confirm_form(qtbot, form)

    assert dialog.dossier.status is Status.SUPPLEMENT_REQUESTED
    assert changed == [dossier.code]
    assert dialog.form is None
    assert "supplement" in [action.data() for action in dialog.print_menu.actions()]
    assert dialog.banner.isVisible()  # offers the Mẫu 02 preview
    assert dialog.action_buttons[EventKind.SUPPLEMENT_RECEIVED].isEnabled()
    assert not dialog.action_buttons[EventKind.FINISH].isEnabled()

    clock.advance(days=1)  # Tue 10:00: the citizen brings the documents, 8 working hours later
    form = dialog.start_event(EventKind.SUPPLEMENT_RECEIVED)
    confirm_form(qtbot, form)
    stored = queries.show(ctx, dossier.code)
    assert stored.status is Status.IN_PROGRESS
    assert stored.due_at == datetime(2025, 11, 28, 9, 0)  # moved by the waiting time
    assert dialog.dossier.due_at == stored.due_at
    assert "28/11/2025" in dialog.values["due"].text()
    kinds = [dialog.timeline.topLevelItem(i).text(1) for i in range(dialog.timeline.topLevelItemCount())]
    assert kinds == ["Tiếp nhận", "Yêu cầu bổ sung", "Nhận hồ sơ bổ sung"]
    assert shown == []

    # A second request is allowed but warned about: it counts the dossier as late.
    shown.answers["confirm"] = False
    assert dialog.start_event(EventKind.REQUEST_SUPPLEMENT) is None
    assert shown[-1][0] == "confirm" and "trễ hạn" in shown[-1][2]
    assert queries.show(ctx, dossier.code).supplement_count == 1


def test_supplement_form_lists_the_missing_documents(ctx, clock, dialog_for, qtbot, shown):
    dossier = receive(ctx, "Lê Hoàng Phúc")
    dialog = dialog_for(dossier.code)
    form = dialog.start_event(EventKind.REQUEST_SUPPLEMENT)
    form.check_document(dossier.documents[0].name)
    form.reason.setPlainText("Thiếu tờ khai")
    value = form.value()
    assert value.details == {"missing": [{"name": dossier.documents[0].name, "originals": 1, "certified": 0,
                                          "copies": 0}]}
    assert value.at is None  # the time field untouched: recorded at "now"


def test_return_then_invite_feedback(ctx, clock, dialog_for, qtbot, shown):
    dossier = receive(ctx, "Phạm Thị Hường", procedure=BIRTH)
    dialog = dialog_for(dossier.code)
    clock.advance(minutes=10)
    form = dialog.start_event(EventKind.TRANSFER)
    confirm_form(qtbot, form)  # who takes it over is required
    assert form.error.isVisible()
    form.receiver.setText("Công chức Tư pháp – Hộ tịch")
    confirm_form(qtbot, form)
    assert dialog.dossier.status is Status.IN_PROGRESS
    clock.advance(hours=2)
    confirm_form(qtbot, dialog.start_event(EventKind.FINISH))
    assert dialog.dossier.status is Status.FINISHED
    assert dialog.action_buttons[EventKind.RETURN].isEnabled()

    clock.advance(hours=1)
    form = dialog.start_event(EventKind.RETURN)
    assert form.receiver.text() == "Phạm Thị Hường"  # the applicant by default
    form.receiver.setText("Nguyễn Văn Tâm (chồng)")
    confirm_form(qtbot, form)
    stored = queries.show(ctx, dossier.code)
    assert stored.status is Status.RETURNED
    assert stored.events[-1].receiver == "Nguyễn Văn Tâm (chồng)"
    assert not any(button.isEnabled() for button in dialog.action_buttons.values())
    assert dialog.marker.text() == "Có kết quả đúng hạn"

    assert dialog.banner.isVisible() and dialog.banner_button.text() == "Mời người dân đánh giá"
    with qtbot.waitSignal(dialog.feedback_requested) as invited:
        qtbot.mouseClick(dialog.banner_button, Qt.MouseButton.LeftButton)
    assert invited.args == [dossier.code]
    assert shown == []


def test_refused_action_shows_the_reason_and_changes_nothing(ctx, clock, dialog_for, qtbot, shown):
    dossier = receive(ctx, "Hoàng Đức Thắng")
    dialog = dialog_for(dossier.code)
    # Meanwhile another desk refuses it: the open dialog still shows "Có kết quả" enabled.
    clock.advance(minutes=5)
    lifecycle.apply_event(ctx, dossier.code, EventKind.REFUSE, reason="Không thuộc thẩm quyền")
    before = queries.show(ctx, dossier.code)
    assert dialog.action_buttons[EventKind.FINISH].isEnabled()

    clock.advance(minutes=5)
    form = dialog.start_event(EventKind.FINISH)
    confirm_form(qtbot, form)
    assert shown == [("error", "Không thực hiện được",
                      "Không thể «có kết quả» khi hồ sơ đang ở trạng thái «Không được tiếp nhận».")]
    after = queries.show(ctx, dossier.code)
    assert after == before
    assert dialog.form is None
    # The dialog now shows the dossier as it is.
    assert dialog.dossier.status is Status.REFUSED
    assert not dialog.action_buttons[EventKind.FINISH].isEnabled()
    assert "refusal" in [action.data() for action in dialog.print_menu.actions()]


def test_invalid_moment_keeps_the_form_open(ctx, clock, dialog_for, qtbot, shown):
    dossier = receive(ctx, "Đỗ Minh Khôi")
    clock.advance(hours=2)
    dialog = dialog_for(dossier.code)
    form = dialog.start_event(EventKind.TRANSFER)
    form.receiver.setText("Địa chính – Xây dựng")
    form.at.setDateTime(form.at.dateTime().addDays(-3))  # before the dossier was received
    confirm_form(qtbot, form)
    assert shown and shown[0][0] == "error" and "không được trước" in shown[0][2]
    assert dialog.form is form and form.isVisible()  # the clerk corrects the time, keeps the text
    assert queries.show(ctx, dossier.code).status is Status.RECEIVED


def test_print_menu_opens_the_preview(ctx, dialog_for, qtbot, shown):
    from desk_app.gui.receipt_preview import PdfPreviewDialog

    dossier = receive(ctx, "Bùi Thị Ánh Tuyết")
    dialog = dialog_for(dossier.code)
    receipt = next(action for action in dialog.print_menu.actions() if action.data() == "receipt")
    receipt.trigger()
    qtbot.waitUntil(lambda: isinstance(dialog.preview, PdfPreviewDialog) and dialog.preview.isVisible())
    assert shown == []
