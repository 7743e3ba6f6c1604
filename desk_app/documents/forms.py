"""Mẫu 02–06: supplement request, refusal, apology, stop notice, control sheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk_app.documents.layout import (
    Page,
    QrFlowable,
    Signature,
    Styles,
    build_pdf,
    documents_table,
    esc,
    field,
    grid_style,
    header_block,
    make_styles,
    nfc,
    normalize_paper,
    or_dots,
    page_number_footer,
    page_setup,
    pair_row,
    para,
    recipients_and_signature,
    signature_table,
    title_block,
    upper,
    vn_datetime,
)
from desk_app.domain.dossier import Apology, DocumentLine, Dossier, DossierEvent, EventKind
from desk_app.domain.office import OfficeSettings
from desk_app.domain.units import describe_duration

SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
APOLOGY_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"
APOLOGY_TITLE_OLD = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"  # TT 01/2018, before 01/7/2025
STOP_TITLE = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"
CONTROL_TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"

EARLY, ON_TIME, LATE = "Trước hạn", "Đúng hạn", "Quá hạn"
HANDOFF_KINDS = (
    EventKind.TRANSFER,
    EventKind.REQUEST_SUPPLEMENT,
    EventKind.SUPPLEMENT_RECEIVED,
    EventKind.FINISH,
    EventKind.RETURN,
)


# ---------------------------------------------------------------------------------------------
# Shared pieces


def _page(office: OfficeSettings, paper: str | None) -> tuple[Page, Styles]:
    page = page_setup(normalize_paper(paper or office.paper))
    return page, make_styles(page.paper)


def _office_name(office: OfficeSettings) -> str:
    return nfc(office.office_name).strip() or "Bộ phận Một cửa"


def _issuer_name(office: OfficeSettings) -> str:
    """The agency that signs letters: the one above the desk when set ("Ủy ban nhân dân xã …")."""
    return nfc(office.parent_name).strip() or _office_name(office)


def _procedure(dossier: Dossier) -> str:
    text = f"<b>{esc(dossier.procedure_name)}</b>"
    if nfc(dossier.procedure_code).strip():
        text += f" (Mã TTHC: {esc(dossier.procedure_code)})"
    return text


def _applicant(dossier: Dossier, st: Styles, width: float, lead: str) -> list[Flowable]:
    """"<lead>: <b>name</b>", ID and phone, address, e-mail; the owner when someone else filed."""
    person = dossier.applicant
    out: list[Flowable] = [
        para(f"{lead}: <b>{esc(or_dots(person.name))}</b>", st.body),
        pair_row([("Số CCCD/định danh", person.id_number), ("Số điện thoại", person.phone)], st, width, 0.55),
        field("Địa chỉ", person.address, st.body),
        field("Email", person.email, st.body),
    ]
    owner = dossier.owner
    if owner is not None and nfc(owner.name).strip() and nfc(owner.name) != nfc(person.name):
        line = f"Chủ hồ sơ: <b>{esc(owner.name)}</b>"
        if nfc(owner.id_number).strip():
            line += f"; Số CCCD/định danh: {esc(owner.id_number)}"
        out.append(para(line, st.body))
    return out


def _addressee(dossier: Dossier, st: Styles, width: float) -> list[Flowable]:
    """"Kính gửi: Ông/Bà …" (the person who filed) with address, phone and e-mail, for letters."""
    person = dossier.applicant
    out: list[Flowable] = [
        para(f"Kính gửi: Ông/Bà <b>{esc(or_dots(person.name))}</b>", st.center),
        Spacer(1, st.size * 0.3),
        field("Địa chỉ", person.address, st.body),
        pair_row([("Số điện thoại", person.phone), ("Email", person.email)], st, width, 0.5),
    ]
    owner = dossier.owner
    if owner is not None and nfc(owner.name).strip() and nfc(owner.name) != nfc(person.name):
        out.append(para(f"Chủ hồ sơ: {esc(owner.name)}", st.body))
    return out


def _indented(text: str, st: Styles) -> Flowable:
    """A justified paragraph with the first line indented, as in administrative letters."""
    style = ParagraphStyle(f"{st.justify.name}-indent", parent=st.justify, firstLineIndent=st.size * 2)
    return para(text, style)


def _contact(office: OfficeSettings, person_name: str = "") -> str:
    who = esc(nfc(person_name).strip()) if nfc(person_name).strip() else esc(_office_name(office))
    phone = nfc(office.phone).strip()
    return f"{who}, số điện thoại: {esc(phone)}" if phone else who


def _build(story: list[Any], page: Page, title: str, office: OfficeSettings, subject: str) -> bytes:
    return build_pdf(story, page, title=title, author=_office_name(office), subject=subject).pdf


# ---------------------------------------------------------------------------------------------
# Mẫu 02


def render_supplement_request(
    office: OfficeSettings,
    dossier: Dossier,
    missing: Sequence[DocumentLine],
    reason: str,
    guide_name: str,
    requested_at: datetime,
    paper: str | None = None,
) -> bytes:
    """Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: guidance given once, in writing."""
    page, st = _page(office, paper)
    width = page.width
    story: list[Any] = [header_block(office, st, page, on=requested_at.date(), number="Số: ……/HDHS")]
    story += title_block(SUPPLEMENT_TITLE, st, width=page.width)
    story.append(para(f"Mã hồ sơ: <b>{esc(dossier.code)}</b>", st.body))
    story += _applicant(dossier, st, width, f"{esc(_office_name(office))} tiếp nhận hồ sơ của Ông/Bà")
    story.append(para(f"Nội dung yêu cầu giải quyết: {_procedure(dossier)}", st.body))
    story.append(field("Thời gian nhận hồ sơ", vn_datetime(dossier.received_at), st.body))
    story.append(Spacer(1, st.size * 0.3))
    story.append(para("Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:", st.body))
    story.append(documents_table(list(missing), st, width))
    story.append(Spacer(1, st.size * 0.3))
    story.append(para(f"Lý do: {esc(or_dots(reason))}", st.justify))
    story.append(
        para(
            "Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
            f"{_contact(office, guide_name)} để được hướng dẫn.",
            st.justify,
        )
    )
    story.append(
        para(
            "<i>Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời gian giải quyết hồ sơ.</i>",
            st.small,
        )
    )
    story.append(field("Thời gian yêu cầu bổ sung", vn_datetime(requested_at), st.body))
    story.append(Spacer(1, st.size * 0.6))
    story.append(
        signature_table(
            [Signature("NGƯỜI NỘP HỒ SƠ"), Signature("NGƯỜI HƯỚNG DẪN", name=guide_name)], st, width
        )
    )
    return _build(
        story, page, f"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ – {dossier.code}", office, "Mẫu 02"
    )


# ---------------------------------------------------------------------------------------------
# Mẫu 03


def render_refusal(
    office: OfficeSettings,
    dossier: Dossier,
    reason: str,
    clerk_name: str,
    refused_at: datetime,
    paper: str | None = None,
) -> bytes:
    """Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the reason."""
    page, st = _page(office, paper)
    width = page.width
    story: list[Any] = [header_block(office, st, page, on=refused_at.date())]
    story += title_block(REFUSAL_TITLE, st, width=page.width)
    if nfc(dossier.code).strip():
        story.append(para(f"Mã hồ sơ: <b>{esc(dossier.code)}</b>", st.body))
    story += _applicant(dossier, st, width, f"{esc(_office_name(office))} tiếp nhận hồ sơ của")
    story.append(para(f"Nội dung yêu cầu giải quyết: {_procedure(dossier)}", st.body))
    story.append(Spacer(1, st.size * 0.3))
    story.append(
        _indented(
            "Sau khi xem xét, đối chiếu với các quy định hiện hành, "
            f"{esc(_office_name(office))} thông báo không tiếp nhận, giải quyết hồ sơ này "
            "với lý do cụ thể như sau:",
            st,
        )
    )
    story.append(_indented(f"<b>{esc(or_dots(reason))}</b>", st))
    story.append(field("Thời gian từ chối", vn_datetime(refused_at), st.body))
    story.append(_indented(f"Mọi thắc mắc xin liên hệ {_contact(office, clerk_name)}.", st))
    story.append(_indented("Xin thông báo để Ông/Bà được biết và thực hiện./.", st))
    story.append(Spacer(1, st.size * 0.6))
    story.append(
        signature_table(
            [Signature("NGƯỜI NỘP HỒ SƠ"), Signature("NGƯỜI TỪ CHỐI", name=clerk_name)], st, width
        )
    )
    return _build(
        story, page, f"Phiếu từ chối tiếp nhận giải quyết hồ sơ – {dossier.code}", office, "Mẫu 03"
    )


# ---------------------------------------------------------------------------------------------
# Mẫu 04


def apology_signature(office: OfficeSettings, apology: Apology) -> Signature:
    """The head signs; a deputy signs "KT. <HEAD TITLE>" over the deputy's own title."""
    head_title = nfc(office.head_title).strip() or "THỦ TRƯỞNG CƠ QUAN"
    if apology.deputy:
        own = nfc(apology.signatory_title).strip() or f"PHÓ {head_title}"
        return Signature(own, name=apology.signatory, note="", above=f"KT. {upper(head_title)}")
    title = nfc(apology.signatory_title).strip() or head_title
    return Signature(title, name=nfc(apology.signatory).strip() or office.head_name, note="")


def render_apology(
    office: OfficeSettings,
    dossier: Dossier,
    apology: Apology,
    old_rules: bool = False,
    paper: str | None = None,
) -> bytes:
    """Mẫu 04: apology with the new appointment, signed by the head (or a deputy, "KT.").

    ``old_rules``: the dossier was received under TT 01/2018 (before 01/7/2025), whose form is
    "Phiếu xin lỗi và hẹn lại ngày trả kết quả".
    """
    page, st = _page(office, paper)
    width = page.width
    issuer = _issuer_name(office)
    title = APOLOGY_TITLE_OLD if old_rules else APOLOGY_TITLE
    story: list[Any] = [
        header_block(office, st, page, on=apology.at.date(), number="Số: ……", issuer_only_parent=True)
    ]
    story += title_block(title, st, width=page.width)
    story += _addressee(dossier, st, width)
    story.append(Spacer(1, st.size * 0.4))
    story.append(
        _indented(
            f"Vào lúc {esc(vn_datetime(dossier.received_at))}, {esc(_office_name(office))} đã tiếp nhận "
            f"hồ sơ {_procedure(dossier)} của Ông/Bà, mã hồ sơ <b>{esc(dossier.code)}</b>"
            + (f", vào sổ theo dõi số {dossier.book_line:02d}" if dossier.book_line else "")
            + f"; thời gian hẹn trả kết quả: {esc(vn_datetime(apology.old_due_at))}.",
            st,
        )
    )
    story.append(
        _indented(
            "Tuy nhiên, đến nay hồ sơ của Ông/Bà chưa được giải quyết xong đúng thời hạn đã hẹn. "
            f"Lý do: {esc(or_dots(nfc(apology.reason).rstrip('.')))}.",
            st,
        )
    )
    if old_rules:
        ask = "thành thật xin lỗi Ông/Bà và xin hẹn lại thời gian trả kết quả"
    else:
        ask = "thành thật xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ"
    story.append(
        _indented(
            f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {esc(issuer)} {ask}. "
            "Rất mong Ông/Bà thông cảm.",
            st,
        )
    )
    story.append(Spacer(1, st.size * 0.2))
    story.append(
        para(f"Thời gian hẹn trả kết quả lại: <b>{esc(vn_datetime(apology.new_due_at))}</b>", st.body)
    )
    story.append(field("Địa điểm trả kết quả", dossier.result_delivery, st.body))
    story.append(Spacer(1, st.size * 0.2))
    story.append(_indented(f"{esc(issuer)} trân trọng cảm ơn Ông/Bà./.", st))
    story.append(Spacer(1, st.size * 0.6))
    recipients = ["Như trên;", f"{_office_name(office)} (để theo dõi);", "Lưu: VT."]
    story.append(recipients_and_signature(recipients, apology_signature(office, apology), st, width))
    return _build(story, page, f"{title.capitalize()} – {dossier.code}", office, "Mẫu 04")


# ---------------------------------------------------------------------------------------------
# Mẫu 05


def render_stop_notice(
    office: OfficeSettings,
    dossier: Dossier,
    reason: str,
    stopped_at: datetime,
    paper: str | None = None,
) -> bytes:
    """Mẫu 05 Thông báo dừng giải quyết hồ sơ (TT 03/2025), signed by the head of the agency."""
    page, st = _page(office, paper)
    width = page.width
    issuer = _issuer_name(office)
    story: list[Any] = [
        header_block(office, st, page, on=stopped_at.date(), number="Số: ……", issuer_only_parent=True)
    ]
    story += title_block(STOP_TITLE, st, width=page.width)
    story += _addressee(dossier, st, width)
    story.append(Spacer(1, st.size * 0.4))
    story.append(
        _indented(
            f"Vào lúc {esc(vn_datetime(dossier.received_at))}, {esc(_office_name(office))} đã tiếp nhận "
            f"hồ sơ {_procedure(dossier)} của Ông/Bà, mã hồ sơ <b>{esc(dossier.code)}</b>; "
            f"thời gian hẹn trả kết quả: {esc(vn_datetime(dossier.due_at))}.",
            st,
        )
    )
    story.append(
        _indented(
            f"{esc(issuer)} thông báo dừng giải quyết hồ sơ nêu trên kể từ "
            f"<b>{esc(vn_datetime(stopped_at))}</b>.",
            st,
        )
    )
    story.append(_indented(f"Lý do: <b>{esc(or_dots(reason))}</b>", st))
    story.append(
        _indented(
            f"Đề nghị Ông/Bà liên hệ {_contact(office)} để nhận lại hồ sơ và được hướng dẫn.",
            st,
        )
    )
    story.append(_indented(f"{esc(issuer)} trân trọng thông báo./.", st))
    story.append(Spacer(1, st.size * 0.6))
    signature = Signature(office.head_title or "THỦ TRƯỞNG CƠ QUAN", name=office.head_name, note="")
    recipients = ["Như trên;", f"{_office_name(office)};", "Lưu: VT."]
    story.append(recipients_and_signature(recipients, signature, st, width))
    return _build(story, page, f"Thông báo dừng giải quyết hồ sơ – {dossier.code}", office, "Mẫu 05")


# ---------------------------------------------------------------------------------------------
# Mẫu 06


def handoff_result(at: datetime, due_at: datetime) -> str:
    """Trước hạn before the due day; đúng hạn on the due day, not after the due time; else quá hạn."""
    if at.date() < due_at.date():
        return EARLY
    if at <= due_at:
        return ON_TIME
    return LATE


def handoff_parties(dossier: Dossier, event: DossierEvent) -> tuple[str, str]:
    """(Người giao, người nhận) of one hand-off."""
    applicant = nfc(dossier.applicant.name)
    actor = nfc(event.actor)
    receiver = nfc(event.receiver).strip()
    if event.kind is EventKind.SUPPLEMENT_RECEIVED:
        return applicant, receiver or actor  # the citizen hands the supplement to the desk
    if event.kind in (EventKind.REQUEST_SUPPLEMENT, EventKind.RETURN):
        return actor, receiver or applicant
    if event.kind is EventKind.FINISH:
        return actor, receiver or "Bộ phận Một cửa"
    return actor, receiver


def _sign_cell(st: Styles, width: float) -> Table:
    """Two small signature spaces: Người giao / Người nhận."""
    half = width / 2
    table = Table(
        [[para("<i>Người giao</i>", st.small_center), para("<i>Người nhận</i>", st.small_center)], ["", ""]],
        colWidths=[half, half],
        rowHeights=[None, st.size * 2.2],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _handoff_rows(dossier: Dossier, st: Styles, widths: list[float]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    events = sorted((e for e in dossier.events if e.kind in HANDOFF_KINDS), key=lambda e: e.at)
    for number, event in enumerate(events, start=1):
        giver, receiver = handoff_parties(dossier, event)
        who = [
            para(f"<b>{number}. {esc(event.kind.label)}</b>", st.cell),
            para(f"Giao: {esc(or_dots(giver))}", st.cell),
            para(f"Nhận: {esc(or_dots(receiver))}", st.cell),
        ]
        when = [para(esc(vn_datetime(event.at)), st.cell_center), _sign_cell(st, widths[1] - 6)]
        note = esc(event.reason) if nfc(event.reason).strip() else ""
        result = para(handoff_result(event.at, dossier.due_at), st.cell_center)
        rows.append([who, when, result, para(note, st.cell)])
    blanks = 2 if dossier.status.is_open else 0
    for number in range(len(events) + 1, len(events) + 1 + blanks):
        who = [para(f"<b>{number}.</b>", st.cell), para("Giao: ……………", st.cell), para("Nhận: ……………", st.cell)]
        when = [
            para("…… giờ …… phút, ngày …… tháng …… năm ……", st.cell_center),
            _sign_cell(st, widths[1] - 6),
        ]
        rows.append([who, when, para("", st.cell_center), para("", st.cell)])
    return rows


def render_control_sheet(office: OfficeSettings, dossier: Dossier) -> bytes:
    """Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ (A4): one row per hand-off."""
    page = page_setup("A4")
    st = make_styles("A4")
    width = page.width
    story: list[Any] = [header_block(office, st, page)]
    story += title_block(CONTROL_TITLE, st, width=page.width)
    qr = 20 * mm
    left: list[Flowable] = [
        para(f"Mã hồ sơ: <b>{esc(dossier.code)}</b>", st.body),
        para(f"(Kèm theo hồ sơ của: <b>{esc(or_dots(dossier.applicant.name))}</b>)", st.body),
        para(f"Nội dung yêu cầu giải quyết: {_procedure(dossier)}", st.body),
    ]
    top = Table([[left, QrFlowable(dossier.code, qr)]], colWidths=[width - qr - 6, qr + 6])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(top)
    person = dossier.applicant
    story.append(field("Địa chỉ", person.address, st.body))
    story.append(pair_row([("Số điện thoại", person.phone), ("Email", person.email)], st, width, 0.5))
    if dossier.owner is not None and nfc(dossier.owner.name).strip():
        story.append(para(f"Chủ hồ sơ: <b>{esc(dossier.owner.name)}</b>", st.body))
    story.append(field("Ngày nhận hồ sơ", vn_datetime(dossier.received_at), st.body))
    legal = describe_duration(dossier.duration, dossier.unit)
    story.append(field("Thời gian giải quyết theo quy định", legal, st.body))
    due = f"<b>{esc(vn_datetime(dossier.due_at))}</b>"
    if dossier.original_due_at and dossier.original_due_at != dossier.due_at:
        due += f" (hẹn ban đầu: {esc(vn_datetime(dossier.original_due_at))})"
    story.append(para(f"Thời gian hẹn trả kết quả: {due}", st.body))
    if dossier.documents:
        names = "; ".join(nfc(line.name) for line in dossier.documents)
        story.append(field("Thành phần hồ sơ", names, st.body))
    story.append(Spacer(1, st.size * 0.5))

    widths = [width * 0.25, width * 0.35, width * 0.19, width * 0.21]
    head = [
        para("TÊN CƠ QUAN/NGƯỜI", st.cell_head),
        para("THỜI GIAN GIAO, NHẬN HỒ SƠ", st.cell_head),
        para(
            "KẾT QUẢ XỬ LÝ HỒ SƠ<br/>"
            f'<font size="{st.cell.fontSize * 0.9:.1f}"><i>(Trước hạn/Đúng hạn/Quá hạn)</i></font>',
            st.cell_head,
        ),
        para("GHI CHÚ", st.cell_head),
    ]
    rows = [head, *_handoff_rows(dossier, st, widths)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid_style(padding=3), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    story.append(table)
    built = build_pdf(
        story,
        page,
        title=f"Phiếu kiểm soát quá trình giải quyết hồ sơ – {dossier.code}",
        author=_office_name(office),
        subject="Mẫu 06",
        on_page=page_number_footer(page, st),
    )
    return built.pdf
