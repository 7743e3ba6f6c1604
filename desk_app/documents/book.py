"""Mẫu 07: Sổ theo dõi hồ sơ (tracking book), A4 landscape, one row per dossier."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.documents.layout import (
    Styles,
    build_pdf,
    esc,
    fitted_size,
    grid_style,
    header_block,
    make_styles,
    nfc,
    page_number_footer,
    page_setup,
    para,
    short_date,
    title_block,
)
from desk_app.domain.dossier import Dossier, EventKind
from desk_app.domain.office import OfficeSettings

TITLE = "SỔ THEO DÕI HỒ SƠ"
COLUMNS = (
    ("STT", 3.5),
    ("Mã hồ sơ", 11.5),
    ("Nội dung", 11.0),
    ("Số lượng (bộ)", 4.5),
    ("Họ tên chủ hồ sơ", 10.0),
    ("Địa chỉ", 10.5),
    ("Số điện thoại", 7.5),
    ("Ngày nhận hồ sơ", 8.0),
    ("Hẹn trả kết quả", 8.0),
    ("Ngày có kết quả", 8.0),
    ("Ngày trả / ký nhận", 8.5),
    ("Ghi chú (trạng thái, trễ hạn)", 9.0),
)


def _moment(value: datetime | None) -> str:
    """"22/11/2025<br/>09:05" (blank when not yet)."""
    if value is None:
        return ""
    return f"{value:%d/%m/%Y}<br/>{value:%H:%M}"


def _now_like(value: datetime) -> datetime:
    return datetime.now(value.tzinfo) if value.tzinfo else datetime.now()


def book_note(dossier: Dossier, now: datetime | None = None) -> str:
    """Status, and "trễ hạn" against the current appointment; apologies and supplement requests."""
    now = now or _now_like(dossier.due_at)
    parts = [dossier.status.label]
    if dossier.is_late(now):
        parts.append("Trễ hạn")
    if dossier.supplement_count:
        parts.append(f"Bổ sung {dossier.supplement_count} lần")
    if dossier.apologies:
        parts.append(f"Đã xin lỗi, hẹn lại {short_date(dossier.apologies[-1].new_due_at)}")
    if nfc(dossier.notes).strip():
        parts.append(nfc(dossier.notes).strip())
    return "; ".join(parts)


def _returned(dossier: Dossier) -> str:
    if dossier.returned_at is None:
        return ""
    text = _moment(dossier.returned_at)
    receivers = [e.receiver for e in dossier.events if e.kind is EventKind.RETURN and nfc(e.receiver).strip()]
    if receivers:
        text += f"<br/>{esc(receivers[-1])}"
    return text


def _row(
    number: int, dossier: Dossier, st: Styles, code_style: ParagraphStyle, now: datetime | None
) -> list[Any]:
    owner = dossier.owner if dossier.owner is not None and nfc(dossier.owner.name).strip() else None
    person = owner or dossier.applicant
    name = esc(person.name)
    if owner is not None and nfc(owner.name) != nfc(dossier.applicant.name):
        name += f"<br/><i>(Người nộp: {esc(dossier.applicant.name)})</i>"
    due = _moment(dossier.due_at)
    if dossier.original_due_at and dossier.original_due_at != dossier.due_at:
        due = f"{_moment(dossier.original_due_at)}<br/><i>hẹn lại:</i><br/>{due}"
    cells = [
        para(str(dossier.book_line or number), st.cell_center),
        Paragraph(esc(dossier.code), code_style),
        para(esc(dossier.procedure_name), st.cell),
        para(f"{max(dossier.sets, 1):02d}", st.cell_center),
        para(name, st.cell),
        para(esc(person.address or dossier.applicant.address), st.cell),
        para(esc(person.phone or dossier.applicant.phone), st.cell),
        para(_moment(dossier.received_at), st.cell_center),
        para(due, st.cell_center),
        para(_moment(dossier.finished_at), st.cell_center),
        para(_returned(dossier), st.cell_center),
        para(esc(book_note(dossier, now)), st.cell),
    ]
    return cells


def render_tracking_book(
    office: OfficeSettings, dossiers: Sequence[Dossier], date_from: date, date_to: date
) -> bytes:
    """Mẫu 07 as PDF bytes: the dossiers given (in receipt order), header row on every page.

    The caller chooses the dossiers (received between ``date_from`` and ``date_to``); the dates
    print in the title.
    """
    page = page_setup("A4", turned=True)
    st = make_styles("A4L")
    width = page.width
    total = sum(share for _, share in COLUMNS)
    widths = [width * share / total for _, share in COLUMNS]
    longest = max((nfc(d.code) for d in dossiers), key=len, default="H21.17-251122-1007")
    code_size = fitted_size(longest, st.fonts.regular, st.cell.fontSize, widths[1] - 5, 6.5)
    code_style = ParagraphStyle("book-code", parent=st.cell, fontSize=code_size, leading=code_size * 1.2)

    story: list[Any] = [header_block(office, st, page)]
    volume = nfc(office.book_volume).strip()
    subtitle = f"Từ ngày {short_date(date_from)} đến ngày {short_date(date_to)}"
    if volume:
        subtitle += f" – Quyển số: {volume}"
    story += title_block(TITLE, st, subtitle=subtitle, width=page.width)

    rows: list[list[Any]] = [[para(esc(label), st.cell_head) for label, _ in COLUMNS]]
    ordered = sorted(dossiers, key=lambda d: (d.received_at, d.book_line, d.code))
    late = 0
    for number, dossier in enumerate(ordered, start=1):
        now = _now_like(dossier.due_at)
        late += dossier.is_late(now)
        rows.append(_row(number, dossier, st, code_style, now))
    if not ordered:
        rows.append([para("", st.cell), para("<i>Không có hồ sơ trong kỳ.</i>", st.cell)] + [""] * 10)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid_style(padding=2.2), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    story.append(table)
    story.append(Spacer(1, st.size * 0.6))
    story.append(para(f"Tổng số: <b>{len(ordered)}</b> hồ sơ; trễ hạn: <b>{late}</b> hồ sơ.", st.body))
    built = build_pdf(
        story,
        page,
        title=f"Sổ theo dõi hồ sơ {short_date(date_from)} – {short_date(date_to)}",
        author=office.office_name,
        subject="Mẫu 07",
        on_page=page_number_footer(page, st),
    )
    return built.pdf
