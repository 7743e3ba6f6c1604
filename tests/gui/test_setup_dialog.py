"""First-run setup: filled from the keyboard, checked next to each field, stored by the office service."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from desk_app.domain.office import Level, WorkSession
from desk_app.gui.setup_dialog import SetupDialog
from desk_app.services import catalogue, office, places
from tests.gui.conftest import type_text


def place_code(name: str) -> int:
    return next(p.code for p in places.provinces() if p.name == name)


def ward_code(province: int, name: str) -> int:
    return next(w.code for w in places.wards(province) if w.name == name)


@pytest.fixture
def dialog(fresh_ctx, worker, qtbot, shown) -> SetupDialog:
    dialog = SetupDialog(fresh_ctx, worker, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_place(qtbot, dialog: SetupDialog, province: str, ward: str) -> None:
    """Type without diacritics and move on, as a clerk does; the only match is taken."""
    ui = dialog.ui
    ui.provinceCombo.lineEdit().setFocus()
    qtbot.keyClicks(ui.provinceCombo.lineEdit(), province)
    ui.provinceCombo.lineEdit().editingFinished.emit()
    ui.wardCombo.lineEdit().setFocus()
    qtbot.keyClicks(ui.wardCombo.lineEdit(), ward)
    ui.wardCombo.lineEdit().editingFinished.emit()


def test_first_run_setup_configures_the_office(fresh_ctx, dialog, qtbot, shown):
    ui = dialog.ui
    assert not office.is_configured(fresh_ctx)
    assert not dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "Lưu thiết lập"
    # Defaults: the legal working sessions, desk 1, A5.
    assert ui.morningStart.time() == QTime(7, 0) and ui.afternoonEnd.time() == QTime(17, 0)

    qtbot.keyClicks(ui.officeIdEdit, "h21.17")
    type_text(ui.officeNameEdit, "Bộ phận Một cửa xã Bắc Sơn")
    assert not dialog.ok_button.isEnabled()  # no place yet
    assert dialog.missing() == ["province_code"]

    qtbot.keyClicks(ui.provinceCombo.lineEdit(), "lang son")
    assert dialog.places.province_search.proxy.rowCount() == 1  # the popup shows only Lạng Sơn
    ui.provinceCombo.lineEdit().editingFinished.emit()
    assert ui.provinceCombo.currentText() == "Lạng Sơn"
    assert ui.wardCombo.isEnabled() and ui.wardCombo.count() > 10
    assert dialog.missing() == ["ward_code"]
    qtbot.keyClicks(ui.wardCombo.lineEdit(), "bac son")
    ui.wardCombo.lineEdit().editingFinished.emit()
    assert ui.wardCombo.currentText() == "Xã Bắc Sơn"
    assert "UBND XÃ BẮC SƠN" in ui.parentNameEdit.placeholderText()

    ui.deskSpin.setValue(2)
    ui.afternoonStart.setTime(QTime(13, 0))
    type_text(ui.headNameEdit, "Hoàng Văn Nam")
    ui.paperCombo.setCurrentIndex(1)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown == []
    settings = fresh_ctx.office()
    assert office.is_configured(fresh_ctx)
    assert settings.office_id == "H21.17"
    assert settings.office_name == "Bộ phận Một cửa xã Bắc Sơn"
    assert settings.level is Level.COMMUNE
    lang_son = place_code("Lạng Sơn")
    assert settings.province_code == lang_son
    assert settings.ward_code == ward_code(lang_son, "Xã Bắc Sơn")
    assert settings.parent_name == "UBND XÃ BẮC SƠN"
    assert settings.desk == 2
    assert settings.sessions == (WorkSession(time(7, 0), time(11, 30)), WorkSession(time(13, 0), time(17, 0)))
    assert settings.head_name == "Hoàng Văn Nam"
    assert settings.paper == "A4"
    assert catalogue.list_procedures(fresh_ctx)  # the first setup seeds the catalogue


def test_messages_next_to_the_fields_and_nothing_stored(fresh_ctx, dialog, qtbot, shown):
    ui = dialog.ui
    qtbot.keyClicks(ui.officeIdEdit, "H 21/17")
    type_text(ui.officeNameEdit, "Bộ phận Một cửa")
    choose_place(qtbot, dialog, "lang son", "bac son")
    ui.morningEnd.setTime(QTime(6, 0))  # ends before it starts
    assert dialog.ok_button.isEnabled()
    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.errors()
    assert errors["office_id"].startswith("Mã định danh đơn vị gồm chữ in hoa")
    assert ui.officeIdError.isVisible() and ui.officeIdEdit.property("invalid") is True
    assert "giờ kết thúc phải sau giờ bắt đầu" in errors["sessions"]
    assert not office.is_configured(fresh_ctx)
    assert ui.officeNameEdit.text() == "Bộ phận Một cửa"  # what was typed stays

    ui.officeIdEdit.clear()
    qtbot.keyClicks(ui.officeIdEdit, "H21.17")
    assert not ui.officeIdError.isVisible()
    ui.morningEnd.setTime(QTime(11, 30))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert fresh_ctx.office().office_id == "H21.17"


def test_province_level_needs_no_commune(fresh_ctx, dialog, qtbot):
    ui = dialog.ui
    qtbot.keyClicks(ui.officeIdEdit, "G12.34")
    type_text(ui.officeNameEdit, "Trung tâm Phục vụ hành chính công tỉnh")
    ui.levelCombo.setCurrentIndex(1)
    assert dialog.level() is Level.PROVINCE
    qtbot.keyClicks(ui.provinceCombo.lineEdit(), "son la")
    ui.provinceCombo.lineEdit().editingFinished.emit()
    assert ui.provinceCombo.currentText() == "Sơn La"
    assert not ui.wardCombo.isEnabled()
    assert dialog.ok_button.isEnabled()
    dialog.save()
    settings = fresh_ctx.office()
    assert settings.level is Level.PROVINCE and settings.ward_code is None
    assert settings.parent_name == "UBND SƠN LA"


def test_opened_again_it_shows_the_current_settings(ctx, worker, qtbot):
    dialog = SetupDialog(ctx, worker)
    qtbot.addWidget(dialog)
    assert dialog.ui.officeIdEdit.text() == "H21.17"
    assert dialog.ui.officeNameEdit.text() == "Bộ phận Một cửa xã Tân Lập"
    assert dialog.ui.parentNameEdit.text() == "UBND XÃ TÂN LẬP"
    assert dialog.ui.headNameEdit.text() == "Lê Văn Chính"
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).text() == "Hủy"
