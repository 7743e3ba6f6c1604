"""Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (the receipt), one page per liên."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desk_app.documents.layout import (
    Page,
    QrFlowable,
    Signature,
    Styles,
    build_pdf,
    documents_table,
    esc,
    field,
    header_block,
    make_styles,
    nfc,
    normalize_paper,
    or_dots,
    page_setup,
    pair_row,
    para,
    signature_table,
    story_height,
    title_block,
    vn_datetime,
)
from desk_app.domain.dossier import Dossier
from desk_app.domain.office import OfficeSettings
from desk_app.domain.units import describe_duration

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPY_LINES = {1: "Liên 1: Lưu tại Bộ phận Một cửa", 2: "Liên 2: Giao người nộp hồ sơ"}
# Tried in turn until each liên fits on one page; past the last, a liên continues on a second page.
FIT_SCALES = (1.0, 0.95, 0.9, 0.86, 0.82)


def delivery_place(text: str) -> str:
    """"Tại Bộ phận Một cửa" → "Bộ phận Một cửa" (the form already says "… nhận kết quả tại:")."""
    text = nfc(text).strip()
    if text[:4].lower() == "tại ":
        text = text[4:].lstrip()
        text = text[:1].upper() + text[1:]
    return text


def copy_line(number: int) -> str:
    return f"({COPY_LINES.get(number, f'Liên {number}')})"


def _code_and_qr(dossier: Dossier, st: Styles, page: Page, copy: int) -> Table:
    """Code, liên, channel and the submitter beside the QR (the QR's height holds five lines)."""
    qr_size = (23 if page.paper == "A5" else 25) * mm
    applicant = dossier.applicant
    left: list[Flowable] = [
        para(f"Mã hồ sơ: {esc(dossier.code)}", st.code),
        para(esc(copy_line(copy)), st.italic),
        field("Hình thức nộp", dossier.channel.label, st.body),
        para(f"Tiếp nhận hồ sơ của: <b>{esc(or_dots(applicant.name))}</b>", st.body),
        field("Số CCCD/định danh", applicant.id_number, st.body),
    ]
    right: list[Flowable] = [
        QrFlowable(dossier.code, qr_size),
        para("<i>Quét mã tra cứu</i>", st.small_center),
    ]
    right_w = qr_size + 6 * mm
    table = Table([[left, right]], colWidths=[page.width - right_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _one_copy(office: OfficeSettings, dossier: Dossier, st: Styles, page: Page, copy: int) -> list[Any]:
    width = page.width
    story: list[Any] = [header_block(office, st, page, on=dossier.received_at.date())]
    story += title_block(TITLE, st, space=st.size * 0.5, width=page.width)
    story.append(_code_and_qr(dossier, st, page, copy))
    applicant = dossier.applicant
    story.append(pair_row([("Số điện thoại", applicant.phone), ("Email", applicant.email)], st, width, 0.45))
    story.append(field("Địa chỉ", applicant.address, st.body))
    owner = dossier.owner
    if owner is not None and nfc(owner.name).strip() and nfc(owner.name) != nfc(applicant.name):
        owner_line = f"Chủ hồ sơ: <b>{esc(owner.name)}</b>"
        if nfc(owner.id_number).strip():
            owner_line += f"; Số CCCD/định danh: {esc(owner.id_number)}"
        story.append(para(owner_line, st.body))
        if nfc(owner.address).strip() and nfc(owner.address) != nfc(applicant.address):
            story.append(field("Địa chỉ của chủ hồ sơ", owner.address, st.body))
    procedure = f"<b>{esc(dossier.procedure_name)}</b>"
    if nfc(dossier.procedure_code).strip():
        procedure += f" (Mã TTHC: {esc(dossier.procedure_code)})"
    story.append(para(f"Nội dung yêu cầu giải quyết: {procedure}", st.body))
    story.append(para("1. Thành phần hồ sơ nộp gồm:", st.body))
    story.append(documents_table(dossier.documents, st, width))
    story.append(Spacer(1, st.size * 0.3))
    story.append(para(f"2. Số lượng hồ sơ: {max(dossier.sets, 1):02d} (bộ)", st.body))
    story.append(
        para(
            "3. Thời gian giải quyết hồ sơ theo quy định: "
            f"{esc(describe_duration(dossier.duration, dossier.unit))}",
            st.body,
        )
    )
    story.append(para(f"4. Thời gian nhận hồ sơ: {esc(vn_datetime(dossier.received_at))}", st.body))
    story.append(
        para(f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{esc(vn_datetime(dossier.due_at))}</b>", st.body)
    )
    story.append(field("6. Đăng ký nhận kết quả tại", delivery_place(dossier.result_delivery), st.body))
    story.append(para(f"Phí, lệ phí: {esc(or_dots(dossier.fee, 'Không'))}", st.body))
    volume = or_dots(dossier.book_volume or office.book_volume, "……")
    line = f"{dossier.book_line:02d}" if dossier.book_line else "……"
    story.append(
        para(f"Vào Sổ theo dõi hồ sơ, Quyển số: {esc(volume)}, Số thứ tự: {esc(line)}", st.body)
    )
    if nfc(dossier.notes).strip():
        story.append(field("Ghi chú", dossier.notes, st.body))
    story.append(Spacer(1, st.size * 0.5))
    story.append(
        signature_table(
            [Signature("NGƯỜI NỘP HỒ SƠ"), Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", name=dossier.clerk)],
            st,
            width,
            space=st.size * 3.6,
        )
    )
    return story


def _story(office: OfficeSettings, dossier: Dossier, st: Styles, page: Page, copies: int) -> list[Any]:
    story: list[Any] = []
    for copy in range(1, copies + 1):
        if copy > 1:
            story.append(PageBreak())
        story += _one_copy(office, dossier, st, page, copy)
    return story


def render_receipt(
    office: OfficeSettings, dossier: Dossier, paper: str | None = None, copies: int = 2
) -> bytes:
    """Mẫu 01 as PDF bytes: ``copies`` liên, each on one page (identical but for the liên line).

    Spacing and sizes shrink a little for a long dossier so each liên keeps to one page; one that
    still does not fit continues on a second page, nothing is cut.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    page = page_setup(normalize_paper(paper or office.paper))
    # Pick the largest scale at which one liên fits on a page, measured without drawing; the
    # build that follows checks it, and falls back to the next scale if it still spills over.
    start = len(FIT_SCALES) - 1
    for index, scale in enumerate(FIT_SCALES):
        st = make_styles(page.paper, scale)
        if story_height(_one_copy(office, dossier, st, page, 1), page.width, page.height) <= page.height - 2:
            start = index
            break
    built = None
    for scale in FIT_SCALES[start:]:
        st = make_styles(page.paper, scale)
        built = build_pdf(
            _story(office, dossier, st, page, copies),
            page,
            title=f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả – {dossier.code}",
            author=office.office_name,
            subject=f"Mẫu 01 – {dossier.procedure_name}",
        )
        if built.pages <= copies:
            break
    assert built is not None
    return built.pdf
