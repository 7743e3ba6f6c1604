"""The "Đồng bộ" screen: pending changes, the package for the central office, re-export, reference, national."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QThread

from desk_app.domain.dossier import Person
from desk_app.gui import messages
from desk_app.gui.sync_page import SyncPage
from desk_app.services import intake
from desk_app.sync import export, reference


@pytest.fixture
def dossiers(ctx, clock):
    made = []
    for name in ("Nguyễn Văn An", "Lê Thị Hoa", "Phạm Văn Bình"):
        made.append(intake.intake(ctx, intake.IntakeRequest("1.001193", Person(name))))
        clock.advance(minutes=7)
    return made


@pytest.fixture
def page(ctx, worker, qtbot, shown) -> SyncPage:
    page = SyncPage(ctx, worker)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def save_to(monkeypatch, path, asked=None):
    def save_file(parent, title, name, file_filter=""):
        if asked is not None:
            asked.append((title, name, file_filter))
        return path

    monkeypatch.setattr(messages, "save_file", save_file)


def test_export_writes_a_package_and_nothing_is_pending_after(ctx, dossiers, page, tmp_path, monkeypatch, shown):
    pending = export.status(ctx).pending
    assert pending > 0 and page.pending() == pending
    assert page.pending_label.text() == str(pending)
    assert page.last_export_label.text() == "Chưa xuất gói nào từ máy này."
    assert "CHƯA được mã hóa" in page.seal_label.text()
    assert page.export_button.isEnabled() and not page.re_export_button.isEnabled()

    progress = []
    page._progress.changed.connect(lambda done, total: progress.append((done, total)))
    asked = []
    target = tmp_path / "usb" / "goi-thang-11"  # no suffix typed: .zip is added
    target.parent.mkdir()
    save_to(monkeypatch, target, asked)
    page.export_button.click()

    assert asked == [("Lưu gói gửi cơ quan trung tâm", "goi-H21.17-quay1-20251124-0921.zip", "Gói đồng bộ (*.zip)")]
    written = tmp_path / "usb" / "goi-thang-11.zip"
    assert written.is_file() and zipfile.is_zipfile(written)
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["office_id"] == "H21.17" and manifest["from_seq"] == 1 and manifest["to_seq"] == pending
    assert progress and progress[-1][0] == progress[-1][1]
    assert page.progress.value() == page.progress.maximum()
    assert page.pending() == 0 and page.pending_label.text() == "0"
    assert not page.export_button.isEnabled()
    assert page.result_label.isVisible() and page.result_label.property("state") == "ok"
    assert str(written) in page.result_label.text()
    assert "Lần xuất gần nhất: 09:21 24/11/2025" in page.last_export_label.text()
    assert shown == []

    # An earlier range again, on request: the file is written, nothing becomes pending.
    assert page.re_export_button.isEnabled() and page.to_spin.maximum() == pending
    page.from_spin.setValue(2)
    page.to_spin.setValue(pending)
    again = tmp_path / "usb" / "goi-lai.zip"
    asked.clear()
    save_to(monkeypatch, again, asked)
    page.re_export_button.click()
    assert asked[0][1] == f"goi-H21.17-quay1-so2-{pending}-20251124-0921.zip"
    with zipfile.ZipFile(again) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["re_export"] is True and (manifest["from_seq"], manifest["to_seq"]) == (2, pending)
    assert page.pending() == 0 and "Đã xuất lại" in page.result_label.text()


def test_progress_reaches_the_bar_on_the_gui_thread_with_the_threaded_worker(ctx, dossiers, qtbot, tmp_path,
                                                                              shown):
    from desk_app.gui.worker import DbWorker

    worker = DbWorker()  # a real background thread, as in the app
    page = SyncPage(ctx, worker)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    threads = []
    page._progress.changed.connect(lambda done, total: threads.append(QThread.currentThread()))
    target = tmp_path / "goi.zip"
    page.export_to(target)
    assert not page.export_button.isEnabled()  # busy while it runs
    qtbot.waitUntil(lambda: page.last_result is not None and page.pending() == 0, timeout=10_000)
    assert target.is_file()
    assert threads and all(t is QCoreApplication.instance().thread() for t in threads)
    assert worker.wait(5000)


def test_cancelled_save_dialog_exports_nothing(ctx, dossiers, page, monkeypatch, tmp_path):
    save_to(monkeypatch, None)
    before = export.status(ctx)
    page.export_button.click()
    assert export.status(ctx) == before and not page.progress.isVisible()


def test_garbage_reference_file_is_refused_and_changes_nothing(ctx, dossiers, page, tmp_path, monkeypatch, shown):
    from desk_app.services.context import Actor

    ctx.actor = Actor("lanhdao", "Lê Văn Chính", "head")  # a clerk may not import reference packages at all
    garbage = tmp_path / "danh-muc.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not a package at all" * 10)
    monkeypatch.setattr(messages, "open_file", lambda parent, title, file_filter="": garbage, raising=False)
    before = (export.status(ctx), reference.reference_status(ctx), ctx.office())
    page.import_button.click()
    assert len(shown) == 1
    kind, title, text = shown[0]
    assert (kind, title) == ("error", "Gói danh mục bị từ chối") and "danh-muc.zip" in text
    assert page.reference_result.isVisible() and page.reference_result.text() == text
    assert page.reference_result.property("state") == "error"
    assert (export.status(ctx), reference.reference_status(ctx), ctx.office()) == before
    assert page.reference_label.text() == "Chưa nhập gói danh mục nào của trung tâm."
    assert page.import_button.isEnabled()


def test_reference_from_the_central_office_is_applied(ctx, page, tmp_path, monkeypatch, shown):
    from desk_app.services.context import Actor
    from desk_app.sync.central import CentralStore

    ctx.actor = Actor("lanhdao", "Lê Văn Chính", "head")

    store = CentralStore.init(str(tmp_path / "central.sqlite3"), tmp_path / "central-keys", scope=["H21"])
    try:
        reference.set_calendar_day(store, date(2025, 12, 26), "off", "Nghỉ bù theo thông báo của tỉnh")
        package = tmp_path / "reference.zip"
        version = reference.export_reference(store, package)
    finally:
        store.close()
    monkeypatch.setattr(messages, "open_file", lambda parent, title, file_filter="": package, raising=False)
    applied = []
    page.reference_applied.connect(applied.append)
    page.import_button.click()
    assert applied == [version]
    assert shown[-1][:2] == ("info", "Đã nhập gói danh mục") and f"phiên bản {version}" in shown[-1][2]
    assert page.reference_label.text().startswith(f"Đang dùng gói danh mục phiên bản {version}, nhập lúc ")
    assert "được mã hóa, chỉ cơ quan trung tâm" in page.seal_label.text()
    assert ctx.calendar().is_working_day(date(2025, 12, 26)) is False


def test_national_layout_export_of_a_period(ctx, dossiers, page, tmp_path, monkeypatch, shown):
    page.national_from.setDate(QDate(2025, 11, 1))
    page.national_to.setDate(QDate(2025, 11, 30))
    asked = []
    save_to(monkeypatch, tmp_path / "quoc-gia.json", asked)
    page.national_button.click()
    assert asked[0][1] == "dong-bo-quoc-gia-H21.17-20251101-20251130.json"
    items = json.loads((tmp_path / "quoc-gia.json").read_text(encoding="utf-8"))
    assert [i["MaHoSo"] for i in items] == [d.code for d in dossiers]
    assert items[0]["NgayTiepNhan"] == "20251124090000" and items[0]["ChuHoSo"] == "Nguyễn Văn An"
    assert shown[-1][:2] == ("info", "Đã xuất") and "Đã ghi 3 hồ sơ" in shown[-1][2]

    page.format_combo.setCurrentIndex(page.format_combo.findData("csv"))
    save_to(monkeypatch, tmp_path / "quoc-gia", asked)
    page.national_button.click()
    assert asked[-1][1].endswith(".csv") and asked[-1][2] == "Tệp CSV (*.csv)"
    with (tmp_path / "quoc-gia.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["MaHoSo"] for r in rows] == [d.code for d in dossiers]


def test_nothing_new_to_send(ctx, dossiers, worker, qtbot, tmp_path, shown):
    export.export_package(ctx, tmp_path / "first.zip")
    page = SyncPage(ctx, worker)
    qtbot.addWidget(page)
    assert page.pending() == 0 and not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "Không có thay đổi mới kể từ lần xuất trước."
    page.export_to(tmp_path / "second.zip")  # reached anyway: the service's refusal, shown
    assert shown[-1][0] == "error" and "Không có thay đổi mới" in shown[-1][2]
    assert not (tmp_path / "second.zip").exists()
