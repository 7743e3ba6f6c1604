"""The printed forms: text that matters is in the PDF, in NFC, on the page, and the QR decodes."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desk_app.documents import (
    register_fonts,
    render_apology,
    render_control_sheet,
    render_receipt,
    render_refusal,
    render_stop_notice,
    render_supplement_request,
    render_tracking_book,
)
from desk_app.documents.forms import handoff_result
from desk_app.domain.dossier import (
    Apology,
    Channel,
    DocumentLine,
    Dossier,
    DossierEvent,
    EventKind,
    Person,
    Status,
)
from desk_app.domain.office import OfficeSettings
from desk_app.domain.units import DurationUnit


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


NAME = "Nguyễn Thị Ánh Đặng"
CODE = "H21.17-251122-1007"
RECEIVED = datetime(2025, 11, 22, 9, 5)
DUE = datetime(2025, 11, 26, 9, 5)


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def office() -> OfficeSettings:
    return OfficeSettings(
        office_id="H21.17",
        office_name="Bộ phận Một cửa xã Tân Lập",
        parent_name="Ủy ban nhân dân xã Tân Lập",
        place_name="Tân Lập",
        paper="A5",
        book_volume="03",
        head_name="Trần Văn Bình",
        head_title="Chủ tịch",
        phone="0209 3812 345",
    )


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    applicant = Person(
        name=nfd(NAME),  # typed decomposed, as some keyboard tools do
        id_number="001190012345",
        phone="0912 345 678",
        email="anh.dang@example.vn",
        address=nfd("Thôn Đồng Tâm, xã Tân Lập, tỉnh Thái Nguyên"),
    )
    documents = (
        DocumentLine(nfd("Tờ khai đăng ký khai sinh theo mẫu"), originals=1),
        DocumentLine(
            "Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp (trường hợp không có giấy chứng sinh "
            "thì nộp văn bản của người làm chứng xác nhận về việc sinh)",
            originals=1,
        ),
        DocumentLine("Giấy chứng nhận kết hôn của cha, mẹ", certified=1, copies=1),
        DocumentLine("Văn bản ủy quyền (nếu người đi đăng ký không phải là cha, mẹ)", originals=1),
    )
    events = (
        DossierEvent(
            EventKind.TRANSFER, datetime(2025, 11, 22, 10, 0), "Lê Thị Hoa", Status.RECEIVED,
            Status.IN_PROGRESS, receiver="Phạm Minh Tuấn",
        ),
        DossierEvent(
            EventKind.REQUEST_SUPPLEMENT, datetime(2025, 11, 24, 14, 30), "Phạm Minh Tuấn",
            Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED, reason="Thiếu bản sao giấy chứng nhận kết hôn",
        ),
        DossierEvent(
            EventKind.SUPPLEMENT_RECEIVED, datetime(2025, 11, 25, 8, 15), "Lê Thị Hoa",
            Status.SUPPLEMENT_REQUESTED, Status.IN_PROGRESS,
        ),
        DossierEvent(
            EventKind.FINISH, datetime(2025, 11, 26, 9, 0), "Phạm Minh Tuấn", Status.IN_PROGRESS,
            Status.FINISHED, receiver="Lê Thị Hoa",
        ),
        DossierEvent(
            EventKind.RETURN, datetime(2025, 11, 27, 15, 0), "Lê Thị Hoa", Status.FINISHED,
            Status.RETURNED, receiver=nfd(NAME),
        ),
    )
    return Dossier(
        id="d-1",
        code=CODE,
        procedure_code="1.001193",
        procedure_name=nfd("Đăng ký khai sinh"),
        applicant=applicant,
        status=Status.RETURNED,
        channel=Channel.COUNTER,
        received_at=RECEIVED,
        due_at=DUE,
        original_due_at=DUE,
        duration=3,
        unit=DurationUnit.WORKING_DAYS,
        rule_set="TT03-2025",
        clerk="Lê Thị Hoa",
        documents=documents,
        fee="Miễn lệ phí",
        book_volume="03",
        book_line=128,
        finished_at=datetime(2025, 11, 26, 9, 0),
        returned_at=datetime(2025, 11, 27, 15, 0),
        supplement_count=1,
        office_id="H21.17",
        events=events,
    )


@pytest.fixture(scope="module")
def apology() -> Apology:
    return Apology(
        at=datetime(2025, 11, 25, 16, 0),
        reason=nfd("Cần xác minh thông tin nơi sinh của trẻ tại xã khác"),
        old_due_at=DUE,
        new_due_at=datetime(2025, 11, 28, 14, 30),
        signatory="Hoàng Văn Cường",
        signatory_title="Phó Chủ tịch",
        deputy=True,
    )


@pytest.fixture(scope="module")
def receipt_pdf(office, dossier) -> bytes:
    return render_receipt(office, dossier)


# ---------------------------------------------------------------------------------------------
# Helpers


def flat(text: str) -> str:
    """NFC with white space folded: a value may wrap over two lines in the PDF."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def page_size(pdf: bytes, index: int = 0) -> tuple[float, float]:
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[index].mediabox
    return float(box.width), float(box.height)


def assert_size(pdf: bytes, expected: tuple[float, float]) -> None:
    width, height = page_size(pdf)
    assert abs(width - expected[0]) < 1 and abs(height - expected[1]) < 1


def assert_text_on_page(pdf: bytes, edge: float = 4 * mm) -> None:
    """Every piece of text starts and ends inside the paper, at least ``edge`` from its borders."""
    fonts = register_fonts()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        problems = []

        def visit(text, cm, tm, font, size, problems=problems, width=width, height=height):
            if not text.strip() or font is None:
                return
            base = str(font.get("/BaseFont", ""))
            name = fonts.regular
            if "Bold" in base and "Italic" in base:
                name = fonts.bold_italic
            elif "Bold" in base:
                name = fonts.bold
            elif "Italic" in base:
                name = fonts.italic
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5 * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 or 1
            longest = max(stringWidth(line, name, size) for line in text.split("\n")) * scale
            if x < edge or x + longest > width - edge or y < edge or y > height - edge:
                problems.append((text.strip(), round(x), round(x + longest), round(y)))

        page.extract_text(visitor_text=visit)
        assert not problems, f"page {number}: text outside the page: {problems[:5]}"


# ---------------------------------------------------------------------------------------------
# Mẫu 01 – receipt


def test_receipt_has_two_liên_one_a5_page_each(receipt_pdf):
    pages = page_texts(receipt_pdf)
    assert len(pages) == 2
    assert_size(receipt_pdf, A5)
    assert "(Liên 1: Lưu tại Bộ phận Một cửa)" in pages[0]
    assert "(Liên 2: Giao người nộp hồ sơ)" in pages[1]
    assert "Liên 2" not in pages[0] and "Liên 1" not in pages[1]
    # identical but for the liên line
    assert pages[0].replace("Liên 1: Lưu tại Bộ phận Một cửa", "X") == pages[1].replace(
        "Liên 2: Giao người nộp hồ sơ", "X"
    )


def test_receipt_fields(receipt_pdf):
    text = page_texts(receipt_pdf)[0]
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        "BỘ PHẬN MỘT CỬA XÃ TÂN LẬP",
        "Tân Lập, ngày 22 tháng 11 năm 2025",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        f"Mã hồ sơ: {CODE}",
        f"Tiếp nhận hồ sơ của: {NAME}",
        "Địa chỉ: Thôn Đồng Tâm, xã Tân Lập, tỉnh Thái Nguyên",
        "Số điện thoại: 0912 345 678",
        "Email: anh.dang@example.vn",
        "Số CCCD/định danh: 001190012345",
        "Nội dung yêu cầu giải quyết: Đăng ký khai sinh (Mã TTHC: 1.001193)",
        "1. Thành phần hồ sơ nộp gồm:",
        "Tờ khai đăng ký khai sinh theo mẫu",
        "xác nhận về việc sinh)",  # the end of a long name that wraps: nothing is cut
        "2. Số lượng hồ sơ: 01 (bộ)",
        "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc",
        "4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 22 tháng 11 năm 2025",
        "5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 05 phút, ngày 26 tháng 11 năm 2025",
        "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa",
        "Phí, lệ phí: Miễn lệ phí",
        "Vào Sổ theo dõi hồ sơ, Quyển số: 03, Số thứ tự: 128",
        "Hình thức nộp: Trực tiếp",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "(Ký và ghi rõ họ tên)",
        "Lê Thị Hoa",
    ):
        assert expected in text, expected
    for header in ("TT", "Tên giấy tờ", "Bản chính", "Bản chứng thực", "Bản photo"):
        assert header in text


def test_receipt_prints_composed_text_from_decomposed_input(receipt_pdf):
    raw = pypdf.PdfReader(io.BytesIO(receipt_pdf)).pages[0].extract_text()
    assert NAME in raw
    assert unicodedata.is_normalized("NFC", raw)
    assert nfd(NAME) not in raw


def test_receipt_metadata_and_determinism(office, dossier, receipt_pdf):
    meta = pypdf.PdfReader(io.BytesIO(receipt_pdf)).metadata
    assert CODE in meta.title and "Giấy tiếp nhận" in meta.title
    assert meta.author == "Bộ phận Một cửa xã Tân Lập"
    assert render_receipt(office, dossier) == receipt_pdf


def test_receipt_owner_differs_from_submitter(office, dossier):
    owner = Person(name=nfd("Lê Văn Phúc"), id_number="001225003344")
    text = page_texts(render_receipt(office, dataclasses.replace(dossier, owner=owner), copies=1))[0]
    assert "Chủ hồ sơ: Lê Văn Phúc" in text
    assert "001225003344" in text
    assert f"Tiếp nhận hồ sơ của: {NAME}" in text


def test_receipt_text_stays_on_the_page(receipt_pdf):
    assert_text_on_page(receipt_pdf)


def test_receipt_a4_and_copies(office, dossier):
    pdf = render_receipt(office, dossier, paper="A4", copies=1)
    assert_size(pdf, A4)
    pages = page_texts(pdf)
    assert len(pages) == 1 and "(Liên 1: Lưu tại Bộ phận Một cửa)" in pages[0]
    assert_text_on_page(pdf)
    with pytest.raises(ValueError):
        render_receipt(office, dossier, copies=0)
    with pytest.raises(ValueError):
        render_receipt(office, dossier, paper="Letter")


def test_receipt_eight_long_lines_fit_one_a5_page_per_liên(office, dossier):
    lines = tuple(
        DocumentLine(f"{i}. {line.name}", line.originals, line.certified, line.copies)
        for i, line in enumerate(dossier.documents * 2, start=1)
    )
    owner = Person(name="Lê Văn Phúc", id_number="001225003344", address="Xóm Chùa, xã Tân Lập")
    pdf = render_receipt(office, dataclasses.replace(dossier, documents=lines, owner=owner))
    pages = page_texts(pdf)
    assert len(pages) == 2
    for line in lines:
        assert flat(line.name)[-12:] in pages[0]
    assert "Lê Thị Hoa" in pages[0] and "Lê Thị Hoa" in pages[1]
    assert_text_on_page(pdf)


def test_receipt_too_long_continues_on_next_page_instead_of_cutting(office, dossier):
    lines = tuple(DocumentLine(f"Giấy tờ số {i:02d} kèm theo hồ sơ", copies=1) for i in range(1, 41))
    pdf = render_receipt(office, dataclasses.replace(dossier, documents=lines), copies=2)
    pages = page_texts(pdf)
    assert len(pages) > 2
    text = " ".join(pages)
    for i in range(1, 41):
        assert text.count(f"Giấy tờ số {i:02d} kèm theo hồ sơ") == 2  # once per liên
    assert text.count("NGƯỜI TIẾP NHẬN HỒ SƠ") == 2
    assert_text_on_page(pdf)


def _rasterise(pdf: bytes, folder, dpi: int = 200):
    """The first page as a PIL image: poppler's pdftoppm, else Qt's PDF module; else skip."""
    from PIL import Image

    if shutil.which("pdftoppm"):
        source = folder / "page.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(source),
             str(folder / "page")],
            check=True, timeout=60,
        )
        return Image.open(folder / "page.png").convert("L")
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtGui import QGuiApplication, QImage
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        pytest.skip("neither pdftoppm (poppler-utils) nor PySide6.QtPdf is available to rasterise the PDF")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - must live while rendering
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    image = document.render(0, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rgba = Image.frombuffer(
        "RGBA", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine(), 1
    )
    white = Image.new("RGBA", rgba.size, "white")
    white.alpha_composite(rgba)
    return white.convert("L")


def test_receipt_qr_decodes_to_the_dossier_code(receipt_pdf, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    image = _rasterise(receipt_pdf, tmp_path)
    found = [barcode for barcode in zxingcpp.read_barcodes(image) if barcode.format == zxingcpp.BarcodeFormat.QRCode]
    assert [barcode.text for barcode in found] == [CODE]
    # about 22–25 mm wide on the page (position in pixels at 200 dpi)
    position = found[0].position
    side_mm = abs(position.top_right.x - position.top_left.x) / 200 * 25.4
    assert 17 <= side_mm <= 25  # finder-pattern corners sit inside the quiet zone of a 23 mm code


# ---------------------------------------------------------------------------------------------
# Mẫu 02–05


def test_supplement_request(office, dossier):
    pdf = render_supplement_request(
        office,
        dossier,
        dossier.documents[2:3],
        nfd("Bản sao giấy chứng nhận kết hôn chưa được chứng thực"),
        nfd("Lê Thị Hoa"),
        datetime(2025, 11, 24, 14, 30),
    )
    assert_size(pdf, A5)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        f"Mã hồ sơ: {CODE}",
        NAME,
        "Đăng ký khai sinh",
        "Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:",
        "Giấy chứng nhận kết hôn của cha, mẹ",
        "Lý do: Bản sao giấy chứng nhận kết hôn chưa được chứng thực",
        "Lê Thị Hoa, số điện thoại: 0209 3812 345",
        "14 giờ 30 phút, ngày 24 tháng 11 năm 2025",
        "Tân Lập, ngày 24 tháng 11 năm 2025",
        "NGƯỜI HƯỚNG DẪN",
    ):
        assert expected in text, expected
    assert "Tờ khai đăng ký khai sinh" not in text  # only the missing documents
    assert_text_on_page(pdf)


def test_refusal(office, dossier):
    pdf = render_refusal(
        office, dossier, nfd("Hồ sơ không thuộc thẩm quyền giải quyết của xã"), "Lê Thị Hoa",
        datetime(2025, 11, 22, 9, 20), paper="A4",
    )
    assert_size(pdf, A4)
    pages = page_texts(pdf)
    assert len(pages) == 1
    for expected in (
        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        NAME,
        "Đăng ký khai sinh",
        "thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
        "Hồ sơ không thuộc thẩm quyền giải quyết của xã",
        "09 giờ 20 phút, ngày 22 tháng 11 năm 2025",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TỪ CHỐI",
        "Lê Thị Hoa",
    ):
        assert expected in pages[0], expected
    assert_text_on_page(pdf)


def test_apology_new_rules_signed_by_a_deputy(office, dossier, apology):
    pdf = render_apology(office, dossier, apology)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        f"Kính gửi: Ông/Bà {NAME}",
        CODE,
        "Đăng ký khai sinh",
        "Cần xác minh thông tin nơi sinh của trẻ tại xã khác",
        "09 giờ 05 phút, ngày 26 tháng 11 năm 2025",  # the original appointment
        "Thời gian hẹn trả kết quả lại: 14 giờ 30 phút, ngày 28 tháng 11 năm 2025",
        "xin lỗi",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "Hoàng Văn Cường",
        "Tân Lập, ngày 25 tháng 11 năm 2025",
    ):
        assert expected in text, expected
    assert "PHIẾU XIN LỖI" not in text
    assert_text_on_page(pdf)


def test_apology_old_rules_signed_by_the_head(office, dossier, apology):
    head = dataclasses.replace(apology, deputy=False, signatory="", signatory_title="")
    text = page_texts(render_apology(office, dossier, head, old_rules=True, paper="A4"))[0]
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in text
    assert "VĂN BẢN XIN LỖI" not in text
    assert "KT." not in text
    assert "CHỦ TỊCH" in text and "Trần Văn Bình" in text
    assert "14 giờ 30 phút, ngày 28 tháng 11 năm 2025" in text


def test_stop_notice(office, dossier):
    pdf = render_stop_notice(
        office, dossier, nfd("Người yêu cầu đề nghị dừng giải quyết"), datetime(2025, 11, 24, 10, 0)
    )
    pages = page_texts(pdf)
    assert len(pages) == 1
    for expected in (
        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        NAME,
        CODE,
        "Người yêu cầu đề nghị dừng giải quyết",
        "10 giờ 00 phút, ngày 24 tháng 11 năm 2025",
        "CHỦ TỊCH",
        "Trần Văn Bình",
    ):
        assert expected in pages[0], expected
    assert_text_on_page(pdf)


# ---------------------------------------------------------------------------------------------
# Mẫu 06 – control sheet


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2025, 11, 25, 16, 59), "Trước hạn"),  # the day before the due day
        (datetime(2025, 11, 26, 0, 1), "Đúng hạn"),  # same day, before the due time
        (DUE, "Đúng hạn"),  # exactly at the due time
        (datetime(2025, 11, 26, 9, 6), "Quá hạn"),  # same day, after it
        (datetime(2025, 11, 27, 8, 0), "Quá hạn"),
    ],
)
def test_handoff_result(at, expected):
    assert handoff_result(at, DUE) == expected


def test_control_sheet(office, dossier):
    pdf = render_control_sheet(office, dossier)
    assert_size(pdf, A4)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        f"Mã hồ sơ: {CODE}",
        f"(Kèm theo hồ sơ của: {NAME})",
        "Thời gian hẹn trả kết quả: 09 giờ 05 phút, ngày 26 tháng 11 năm 2025",
        "TÊN CƠ QUAN/NGƯỜI",
        "THỜI GIAN GIAO, NHẬN HỒ SƠ",
        "KẾT QUẢ XỬ LÝ HỒ SƠ",
        "GHI CHÚ",
        "Giao: Lê Thị Hoa Nhận: Phạm Minh Tuấn",
        "10 giờ 00 phút, ngày 22 tháng 11 năm 2025",
        "Người giao",
        "Người nhận",
        "Thiếu bản sao giấy chứng nhận kết hôn",
        f"Nhận: {NAME}",
    ):
        assert expected in text, expected
    # five hand-offs: transfer, supplement request and receipt early; finish on the due day; return late
    results = re.findall(r"(Trước hạn|Đúng hạn|Quá hạn)", text.split("GHI CHÚ", 1)[1])
    assert results == ["Trước hạn", "Trước hạn", "Trước hạn", "Đúng hạn", "Quá hạn"]
    assert_text_on_page(pdf)


def test_control_sheet_of_an_open_dossier_leaves_rows_to_fill(office, dossier):
    open_dossier = dataclasses.replace(
        dossier, status=Status.IN_PROGRESS, events=dossier.events[:1], finished_at=None, returned_at=None
    )
    text = page_texts(render_control_sheet(office, open_dossier))[0]
    assert text.count("…… giờ …… phút") == 2
    assert "Trả kết quả" not in text


# ---------------------------------------------------------------------------------------------
# Mẫu 07 – tracking book


def _many(dossier: Dossier, count: int) -> list[Dossier]:
    out = []
    for i in range(count):
        status = [Status.RETURNED, Status.IN_PROGRESS, Status.FINISHED][i % 3]
        out.append(
            dataclasses.replace(
                dossier,
                code=f"H21.17-2511{22 + i // 10:02d}-{1001 + i}",
                book_line=100 + i,
                received_at=datetime(2025, 11, 22 + i // 10, 8 + i % 9, 5),
                status=status,
                finished_at=None if status is Status.IN_PROGRESS else datetime(2025, 11, 25, 10, 0),
                returned_at=datetime(2025, 11, 27, 15, 0) if status is Status.RETURNED else None,
                due_at=datetime(2099, 1, 1, 9, 0) if status is Status.IN_PROGRESS else DUE,
            )
        )
    return out


def test_tracking_book(office, dossier):
    late = dataclasses.replace(
        dossier, code="H21.17-251123-1002", book_line=129, received_at=datetime(2025, 11, 23, 8, 0),
        finished_at=datetime(2025, 11, 28, 10, 0), status=Status.FINISHED, returned_at=None,
    )
    pdf = render_tracking_book(office, [late, dossier], date(2025, 11, 22), date(2025, 11, 30))
    assert_size(pdf, landscape(A4))
    text = all_text(pdf)
    for expected in (
        "SỔ THEO DÕI HỒ SƠ",
        "Từ ngày 22/11/2025 đến ngày 30/11/2025",
        "Quyển số: 03",
        "STT",
        "Mã hồ sơ",
        "Nội dung",
        "Số lượng (bộ)",
        "Họ tên chủ hồ sơ",
        "Số điện thoại",
        "Hẹn trả kết quả",
        "Ghi chú",
        CODE,
        "H21.17-251123-1002",
        NAME,
        "Đăng ký khai sinh",
        "22/11/2025 09:05",
        "26/11/2025 09:05",
        "27/11/2025 15:00",
        "Đã trả kết quả",
        "Đã có kết quả; Trễ hạn",
        "Tổng số: 2 hồ sơ; trễ hạn: 1 hồ sơ.",
    ):
        assert expected in text, expected
    assert text.index(CODE) < text.index("H21.17-251123-1002")  # in receipt order
    assert_text_on_page(pdf)


def test_tracking_book_repeats_its_header_row_on_every_page(office, dossier):
    pdf = render_tracking_book(office, _many(dossier, 40), date(2025, 11, 22), date(2025, 11, 30))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "Mã hồ sơ" in page and "Họ tên chủ hồ sơ" in page and "Hẹn trả kết quả" in page
    text = " ".join(pages)
    for i in range(40):
        assert f"H21.17-2511{22 + i // 10:02d}-{1001 + i}" in text
    assert "Tổng số: 40 hồ sơ" in text
    assert_text_on_page(pdf)


def test_tracking_book_empty_period(office):
    text = all_text(render_tracking_book(office, [], date(2025, 12, 1), date(2025, 12, 31)))
    assert "Không có hồ sơ trong kỳ." in text and "Tổng số: 0 hồ sơ" in text


# ---------------------------------------------------------------------------------------------
# Every form, both papers


@pytest.mark.parametrize("paper", ["A5", "A4"])
def test_every_form_prints_on_its_paper(office, dossier, apology, paper):
    at = datetime(2025, 11, 24, 10, 0)
    sizes = {"A5": A5, "A4": A4}
    for pdf in (
        render_receipt(office, dossier, paper=paper),
        render_supplement_request(office, dossier, dossier.documents[:1], "Thiếu", "Lê Thị Hoa", at, paper),
        render_refusal(office, dossier, "Không đúng thẩm quyền", "Lê Thị Hoa", at, paper),
        render_apology(office, dossier, apology, paper=paper),
        render_stop_notice(office, dossier, "Theo đề nghị của người nộp", at, paper),
    ):
        assert_size(pdf, sizes[paper])
        assert pdf.startswith(b"%PDF-")
    # paper=None means the office's paper
    assert_size(render_refusal(dataclasses.replace(office, paper="A4"), dossier, "x", "y", at), A4)
