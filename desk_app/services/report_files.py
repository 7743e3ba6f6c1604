"""The indicators report as files a head of office signs and sends: Excel (openpyxl) and PDF (A4).

Both carry the same figures as the screen and the ``report`` command (they are made from one
:class:`~desk_app.services.indicators.Indicators`). The Excel workbook has a sheet of figures, one
per procedure, one per clerk, one of satisfaction and the list of late dossiers; every key figure
is also a named cell (``on_time_rate``, ``late``, …) so other workbooks and tests can find it.
The PDF has the office header, the figures, the tables, the late dossiers still without an
apology letter, and the signature block of the head.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError
from desk_app.domain.office import OfficeSettings
from desk_app.services import indicators
from desk_app.services.context import DeskContext
from desk_app.services.feedback import SCALE_LABELS
from desk_app.services.indicators import (
    NO_DATA,
    DossierLine,
    Indicators,
    format_count,
    format_days,
    format_rate,
)
from desk_app.store.journal import audit

TITLE = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
LATE_LIST_LIMIT = 5000  # rows of the late list in the Excel file
PDF_LATE_LIMIT = 40  # rows of the "late, no apology yet" list in the PDF
PDF_PROCEDURE_LIMIT = 25

# (key, label, note): the figures sheet, in reading order; a rate is a percentage or None.
FIGURE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("received", "Số hồ sơ tiếp nhận trong kỳ", ""),
    ("handled", "Số hồ sơ giải quyết trong kỳ (tiếp nhận hoặc xử lý)", "Mẫu số của tỷ lệ đúng hạn"),
    ("finished", "Đã có kết quả", ""),
    ("refused", "Từ chối", ""),
    ("withdrawn", "Công dân rút hồ sơ", ""),
    ("stopped", "Dừng xử lý", ""),
    ("open", "Đang giải quyết", ""),
    ("on_time", "Đúng hạn hoặc còn trong hạn", "QĐ 766/QĐ-TTg, chỉ số 2.1"),
    ("on_time_rate", "Tỷ lệ đúng hạn", "Đúng hạn ÷ giải quyết trong kỳ"),
    ("late", "Trễ hạn", "So với ngày hẹn ban đầu; bổ sung hơn 01 lần tính trễ hạn"),
    ("late_rate", "Tỷ lệ trễ hạn", ""),
    ("late_with_apology", "Trễ hạn có văn bản xin lỗi", ""),
    ("late_without_apology", "Trễ hạn chưa có văn bản xin lỗi", ""),
    ("apology_rate", "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi", "Yêu cầu 100% (PAR INDEX)"),
    ("supplement_more_than_once", "Yêu cầu bổ sung hơn 01 lần", "Tính trễ hạn"),
    ("overdue_now", "Đang quá hẹn trả (tại thời điểm lập báo cáo)", "So với ngày hẹn hiện tại"),
    ("open_in_time", "Đang giải quyết, còn trong hạn", ""),
    ("due_soon", f"Đến hẹn trong {indicators.DUE_SOON_HOURS} giờ tới", ""),
    ("average_days", "Thời gian giải quyết trung bình (ngày theo lịch)", "Từ tiếp nhận đến có kết quả"),
    ("ratings", "Số lượt đánh giá của người dân", ""),
    ("satisfied_rate", "Tỷ lệ hài lòng (Rất hài lòng, Hài lòng)", ""),
    ("dissatisfied", "Số lượt chưa hài lòng", ""),
    ("dissatisfied_rate", "Tỷ lệ chưa hài lòng", ""),
    ("indicator_5_4", "Chỉ số 5.4: 100% − (tỷ lệ trễ hạn + tỷ lệ chưa hài lòng)", "QĐ 766/QĐ-TTg"),
)
RATE_KEYS = frozenset({"on_time_rate", "late_rate", "apology_rate", "satisfied_rate", "dissatisfied_rate",
                       "indicator_5_4"})


def figure_value(ind: Indicators, key: str) -> Any:
    s = ind.satisfaction
    special = {"ratings": s.total, "satisfied_rate": s.satisfied_rate, "dissatisfied": s.dissatisfied,
               "dissatisfied_rate": s.dissatisfied_rate}
    return special[key] if key in special else getattr(ind, key)


def figure_text(ind: Indicators, key: str) -> str:
    value = figure_value(ind, key)
    if key in RATE_KEYS:
        return format_rate(value)
    if key == "average_days":
        return format_days(value)
    return format_count(value)


def _office_line(office: OfficeSettings) -> str:
    return " – ".join(part for part in (office.parent_name.strip(), office.office_name.strip()) if part)


# ---------------------------------------------------------------------------------------------
# Excel


def build_xlsx(ind: Indicators, office: OfficeSettings, late: Sequence[DossierLine],
               by_office: dict[str, Indicators] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title_rows(ws: Any, title: str, columns: int) -> int:
        last = get_column_letter(max(columns, 2))
        lines = [(_office_line(office), Font(bold=True)), (title, Font(bold=True, size=13)),
                 (ind.period.label + f" (lập lúc {ind.generated_at:%H:%M %d/%m/%Y})", Font(italic=True))]
        for row, (text, font) in enumerate(lines, start=1):
            ws.cell(row=row, column=1, value=text).font = font
            ws.merge_cells(f"A{row}:{last}{row}")
            ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        return len(lines) + 2

    def table(ws: Any, first_row: int, headers: Sequence[str], rows: Sequence[Sequence[Any]],
              widths: Sequence[float], formats: dict[int, str] | None = None) -> int:
        for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
            cell = ws.cell(row=first_row, column=col, value=header)
            cell.font, cell.fill, cell.border, cell.alignment = bold, head_fill, border, center
            ws.column_dimensions[get_column_letter(col)].width = width
        for r, values in enumerate(rows, start=first_row + 1):
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=col, value=value)
                cell.border = border
                cell.alignment = wrap
                if formats and col in formats and not isinstance(value, str):
                    cell.number_format = formats[col]
        ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
        return first_row + len(rows) + 1

    def pct(value: float | None) -> float | str:
        return NO_DATA if value is None else round(value / 100, 6)

    def days(value: float | None) -> float | str:
        return NO_DATA if value is None else round(value, 2)

    # Sheet 1: the figures, each a named cell.
    ws = wb.active
    ws.title = "Chỉ số"
    start = title_rows(ws, TITLE, 3)
    rows = []
    for key, label, note in FIGURE_ROWS:
        value = figure_value(ind, key)
        rows.append([label, pct(value) if key in RATE_KEYS else days(value) if key == "average_days" else value,
                     note])
    end = table(ws, start, ("Chỉ tiêu", "Số liệu", "Ghi chú"), rows, (58, 18, 52))
    for offset, (key, _label, _note) in enumerate(FIGURE_ROWS, start=start + 1):
        cell = ws.cell(row=offset, column=2)
        cell.number_format = "0.0%" if key in RATE_KEYS else "0.0" if key == "average_days" else "#,##0"
        cell.alignment = Alignment(horizontal="right", vertical="top")
        wb.defined_names[key] = DefinedName(key, attr_text=f"'Chỉ số'!$B${offset}")
    row = end + 1
    ws.cell(row=row, column=1, value="Tiếp nhận theo kênh (chỉ số 3.3)").font = bold
    table(ws, row + 1, ("Kênh", "Số hồ sơ", "Tỷ lệ"),
          [[c.label, c.received, pct(c.share)] for c in ind.by_channel], (58, 18, 52), {3: "0.0%"})
    ws.freeze_panes = None
    if ind.handled == 0:
        ws.cell(row=row + 6, column=1, value=f"Không có hồ sơ trong kỳ: {NO_DATA}.").font = Font(italic=True)

    # Sheet 2: per procedure.
    ws = wb.create_sheet("Theo thủ tục")
    headers = ("STT", "Mã thủ tục", "Tên thủ tục", "Thời hạn giải quyết", "Tiếp nhận", "Giải quyết",
               "Đã có kết quả", "Đúng hạn", "Trễ hạn", "Trễ có xin lỗi", "Tỷ lệ đúng hạn",
               "Thời gian TB (ngày)", "Lượt đánh giá", "Chưa hài lòng")
    start = title_rows(ws, "KẾT QUẢ GIẢI QUYẾT THEO THỦ TỤC", len(headers))
    table(ws, start, headers,
          [[i, g.key, g.label, g.duration, g.received, g.handled, g.finished, g.on_time, g.late,
            g.late_with_apology, pct(g.on_time_rate), days(g.average_days), g.ratings, g.dissatisfied]
           for i, g in enumerate(ind.by_procedure, start=1)],
          (5, 14, 48, 18, 10, 10, 10, 10, 9, 10, 11, 11, 10, 10), {11: "0.0%", 12: "0.0"})

    # Sheet 3: per clerk.
    ws = wb.create_sheet("Theo công chức")
    headers = ("STT", "Công chức", "Tiếp nhận", "Giải quyết", "Đúng hạn", "Trễ hạn", "Trễ có xin lỗi",
               "Đang quá hẹn", "Tỷ lệ đúng hạn", "Lượt đánh giá", "Chưa hài lòng", "Tỷ lệ chưa hài lòng")
    start = title_rows(ws, "KẾT QUẢ GIẢI QUYẾT THEO CÔNG CHỨC", len(headers))
    table(ws, start, headers,
          [[i, g.label, g.received, g.handled, g.on_time, g.late, g.late_with_apology, g.overdue_now,
            pct(g.on_time_rate), g.ratings, g.dissatisfied, pct(g.dissatisfied_rate)]
           for i, g in enumerate(ind.by_clerk, start=1)],
          (5, 30, 10, 10, 10, 9, 10, 10, 11, 10, 10, 12), {9: "0.0%", 12: "0.0%"})

    # Sheet 4: satisfaction.
    ws = wb.create_sheet("Hài lòng")
    start = title_rows(ws, "MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN", 5)
    s = ind.satisfaction
    row = start
    if not s.total:
        ws.cell(row=row, column=1, value=f"Chưa có lượt đánh giá nào trong kỳ: {NO_DATA}.").font = Font(italic=True)
        row += 2
    for scale, counts in s.distribution.items():
        total = sum(counts)
        ws.cell(row=row, column=1, value=f"Thang {scale} mức").font = bold
        row = table(ws, row + 1, ("Mức", "Đánh giá", "Số lượt", "Tỷ lệ", ""),
                    [[level, SCALE_LABELS[scale][level - 1], n, pct(indicators.rate(n, total)), ""]
                     for level, n in enumerate(counts, start=1)],
                    (8, 34, 12, 12, 40), {4: "0.0%"}) + 1
    ws.cell(row=row, column=1, value="Theo yếu tố SIPAS (số lượt được nêu)").font = bold
    row = table(ws, row + 1, ("", "Yếu tố", "Được nêu", "Trong đó chưa hài lòng", ""),
                [[i, e.label, e.mentioned, e.dissatisfied, ""] for i, e in enumerate(s.by_element, start=1)],
                (8, 34, 12, 12, 40)) + 1
    ws.cell(row=row, column=1, value="Ý kiến của người dân chưa hài lòng (mới nhất trước)").font = bold
    table(ws, row + 1, ("Thời điểm", "Mã hồ sơ", "Đánh giá", "Công chức", "Ý kiến"),
          [[c.at, c.code or "(không gắn hồ sơ)", c.label, c.clerk, c.comment] for c in s.comments],
          (17, 34, 16, 22, 60), {1: "dd/mm/yyyy hh:mm"})
    ws.freeze_panes = None

    # Sheet 5: the late dossiers.
    ws = wb.create_sheet("Hồ sơ trễ hạn")
    headers = ("STT", "Mã hồ sơ", "Người nộp", "Thủ tục", "Tiếp nhận", "Hẹn trả ban đầu", "Hẹn trả hiện tại",
               "Kết thúc", "Trạng thái", "Số lần bổ sung", "Văn bản xin lỗi", "Công chức")
    start = title_rows(ws, "DANH SÁCH HỒ SƠ TRỄ HẠN", len(headers))
    shown = list(late)[:LATE_LIST_LIMIT]
    end = table(ws, start, headers,
                [[i, d.code, d.name, d.procedure_name, d.received_at, d.original_due_at,
                  d.due_at if d.due_at != d.original_due_at else None, d.finished_at, d.status.label,
                  d.supplement_count, "Có" if d.apology_count else "Chưa", d.clerk]
                 for i, d in enumerate(shown, start=1)],
                (5, 20, 24, 40, 16, 16, 16, 16, 18, 9, 10, 20),
                {5: "dd/mm/yyyy hh:mm", 6: "dd/mm/yyyy hh:mm", 7: "dd/mm/yyyy hh:mm", 8: "dd/mm/yyyy hh:mm"})
    if not shown:
        ws.cell(row=end, column=2, value="Không có hồ sơ trễ hạn trong kỳ.").font = Font(italic=True)
    elif ind.late > len(shown):
        ws.cell(row=end + 1, column=2,
                value=f"Danh sách ghi {len(shown)} trên tổng số {ind.late} hồ sơ trễ hạn.").font = Font(italic=True)

    if by_office:
        ws = wb.create_sheet("Theo đơn vị")
        headers = ("Đơn vị", "Tiếp nhận", "Giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn", "Trễ hạn",
                   "Trễ có xin lỗi", "Tỷ lệ xin lỗi", "Đang quá hẹn", "Tỷ lệ chưa hài lòng", "Chỉ số 5.4")
        start = title_rows(ws, "KẾT QUẢ THEO ĐƠN VỊ", len(headers))
        table(ws, start, headers,
              [[office_id, f.received, f.handled, f.on_time, pct(f.on_time_rate), f.late, f.late_with_apology,
                pct(f.apology_rate), f.overdue_now, pct(f.satisfaction.dissatisfied_rate), pct(f.indicator_5_4)]
               for office_id, f in by_office.items()],
              (18, 10, 10, 10, 11, 9, 10, 10, 10, 12, 10), {5: "0.0%", 8: "0.0%", 10: "0.0%", 11: "0.0%"})

    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape" if sheet.max_column > 5 else "portrait"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# PDF


def build_pdf(ind: Indicators, office: OfficeSettings, late: Sequence[DossierLine], prepared_by: str = "",
              on: date | None = None, by_office: dict[str, Indicators] | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

    from desk_app.documents import layout
    from desk_app.documents.layout import (
        Signature,
        esc,
        fitted_size,
        grid_style,
        header_block,
        make_styles,
        page_number_footer,
        page_setup,
        para,
        signature_table,
        title_block,
    )

    page = page_setup("A4")
    st = make_styles("A4", 0.84)
    width = page.width
    day = on or ind.generated_at.date()
    story: list[Any] = [header_block(office, st, page, on=day, number="Số: ……/BC")]
    story += title_block(TITLE, st, subtitle=ind.period.label, width=width)
    if ind.filters:
        story.append(para(esc("Phạm vi: " + ", ".join(f"{_filter_label(k)} {v}" for k, v in ind.filters.items())),
                          st.italic_center))
    shade = colors.HexColor("#E8EEF5")

    def section(text: str) -> Any:
        return para(f"<b>{esc(text)}</b>", st.body)

    def grid(rows: list[list[Any]], widths: Sequence[float], numeric_from: int = 1,
             header: bool = True) -> Table:
        table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
        style = [*grid_style(padding=st.size * 0.25)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), shade))
        table.setStyle(TableStyle(style))
        return table

    right = _right(st)

    def cell(text: object, align: str = "left", bold: bool = False) -> Any:
        style = {"left": st.cell, "center": st.cell_center, "right": right}[align]
        value = esc(text)
        return para(f"<b>{value}</b>" if bold else value, style)

    def head(text: str) -> Any:
        return para(esc(text), st.cell_head)

    # I. Figures
    story.append(Spacer(1, st.size * 0.4))
    story.append(section("I. TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ"))
    if ind.handled == 0:
        story.append(para(f"<i>Không có hồ sơ nào trong kỳ báo cáo: {esc(NO_DATA)}.</i>", st.body))
    keys = ("received", "handled", "finished", "refused", "withdrawn", "stopped", "open", "on_time",
            "on_time_rate", "late", "late_rate", "late_with_apology", "late_without_apology", "apology_rate",
            "supplement_more_than_once", "overdue_now", "due_soon", "average_days")
    labels = {key: (label, note) for key, label, note in FIGURE_ROWS}
    strong = {"on_time_rate", "apology_rate", "overdue_now", "late"}
    rows = [[head("TT"), head("Chỉ tiêu"), head("Số liệu"), head("Ghi chú")]]
    for number, key in enumerate(keys, start=1):
        label, note = labels[key]
        rows.append([cell(number, "center"), cell(label, bold=key in strong),
                     cell(figure_text(ind, key), "right", bold=key in strong), cell(note)])
    story.append(grid(rows, (width * 0.07, width * 0.5, width * 0.16, width * 0.27)))
    channels = "; ".join(f"{c.label.lower()} {format_count(c.received)} ({format_rate(c.share)})"
                         for c in ind.by_channel)
    story.append(Spacer(1, st.size * 0.3))
    story.append(para(f"Tiếp nhận theo kênh: {esc(channels)}.", st.body))

    # II. Per procedure
    story.append(CondPageBreak(st.size * 8))
    story.append(Spacer(1, st.size * 0.4))
    story.append(section("II. KẾT QUẢ THEO THỦ TỤC"))
    if ind.by_procedure:
        rows = [[head("Thủ tục"), head("Giải quyết"), head("Đúng hạn"), head("Trễ hạn"), head("Tỷ lệ đúng hạn"),
                 head("TB (ngày)")]]
        for g in ind.by_procedure[:PDF_PROCEDURE_LIMIT]:
            rows.append([cell(g.label), cell(format_count(g.handled), "right"), cell(format_count(g.on_time), "right"),
                         cell(format_count(g.late), "right"), cell(format_rate(g.on_time_rate), "right"),
                         cell("" if g.average_days is None else f"{g.average_days:.1f}".replace(".", ","),
                              "right")])
        story.append(grid(rows, (width * 0.46, width * 0.105, width * 0.105, width * 0.095, width * 0.13,
                                 width * 0.105)))
        if len(ind.by_procedure) > PDF_PROCEDURE_LIMIT:
            story.append(para(f"<i>… và {len(ind.by_procedure) - PDF_PROCEDURE_LIMIT} thủ tục khác "
                              "(xem tệp Excel).</i>", st.small))
    else:
        story.append(para(f"<i>{esc(NO_DATA)}.</i>", st.body))

    # III. Satisfaction
    s = ind.satisfaction
    story.append(CondPageBreak(st.size * 12))
    story.append(Spacer(1, st.size * 0.4))
    story.append(section("III. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN"))
    if s.total:
        for scale, counts in s.distribution.items():
            total = sum(counts)
            rows = [[head(f"Thang {scale} mức"), *(head(label) for label in SCALE_LABELS[scale]), head("Tổng")],
                    [cell("Số lượt (tỷ lệ)"),
                     *(cell(f"{format_count(n)} ({format_rate(indicators.rate(n, total))})", "center")
                       for n in counts),
                     cell(format_count(total), "center")]]
            first = width * 0.2
            story.append(grid(rows, [first] + [(width - first) / (len(counts) + 1)] * (len(counts) + 1)))
            story.append(Spacer(1, st.size * 0.3))
        story.append(para(esc(f"Tỷ lệ hài lòng (rất hài lòng và hài lòng): {format_rate(s.satisfied_rate)}; "
                              f"chưa hài lòng: {format_count(s.dissatisfied)} lượt "
                              f"({format_rate(s.dissatisfied_rate)})."), st.body))
        story.append(Spacer(1, st.size * 0.2))
        rows = [[head("Yếu tố (SIPAS)"), head("Số lượt được nêu"), head("Trong đó chưa hài lòng")]]
        rows += [[cell(e.label), cell(format_count(e.mentioned), "right"), cell(format_count(e.dissatisfied), "right")]
                 for e in s.by_element]
        story.append(grid(rows, (width * 0.6, width * 0.2, width * 0.2)))
        story.append(Spacer(1, st.size * 0.3))
    else:
        story.append(para(f"<i>Chưa có lượt đánh giá nào trong kỳ: {esc(NO_DATA)}.</i>", st.body))
    story.append(para(esc(f"Chỉ số 5.4 (QĐ 766/QĐ-TTg) = 100% − (tỷ lệ trễ hạn {format_rate(ind.late_rate)} + "
                          f"tỷ lệ chưa hài lòng {format_rate(s.dissatisfied_rate)}) = "
                          f"{format_rate(ind.indicator_5_4)}."), st.body))

    # IV. Late dossiers still without an apology: what the head has to act on.
    missing = [d for d in late if not d.apology_count]
    story.append(CondPageBreak(st.size * 8))
    story.append(Spacer(1, st.size * 0.4))
    story.append(section(f"IV. HỒ SƠ TRỄ HẠN CHƯA CÓ VĂN BẢN XIN LỖI ({format_count(ind.late_without_apology)})"))
    if missing:
        shown = missing[:PDF_LATE_LIMIT]
        widths = [width * w for w in (0.055, 0.215, 0.17, 0.29, 0.12, 0.15)]
        longest = max((d.code for d in shown), key=len)
        code_size = fitted_size(longest, st.fonts.regular, st.cell.fontSize, widths[1] - st.size * 0.6, 6)
        code_style = ParagraphStyle("report-code", parent=st.cell, fontSize=code_size, leading=code_size * 1.2)
        rows = [[head("TT"), head("Mã hồ sơ"), head("Người nộp"), head("Thủ tục"), head("Hẹn trả"),
                 head("Trạng thái")]]
        for number, d in enumerate(shown, start=1):
            rows.append([cell(number, "center"), para(esc(d.code), code_style), cell(d.name),
                         cell(d.procedure_name), cell(f"{d.original_due_at:%d/%m/%Y %H:%M}", "center"),
                         cell(d.status.label)])
        story.append(grid(rows, widths))
        if ind.late_without_apology > len(missing[:PDF_LATE_LIMIT]):
            story.append(para("<i>Danh sách đầy đủ trong tệp Excel (trang «Hồ sơ trễ hạn»).</i>", st.small))
    else:
        story.append(para("<i>Không có.</i>", st.body))

    if by_office:
        story.append(CondPageBreak(st.size * 8))
        story.append(Spacer(1, st.size * 0.4))
        story.append(section("V. KẾT QUẢ THEO ĐƠN VỊ"))
        rows = [[head("Đơn vị"), head("Giải quyết"), head("Tỷ lệ đúng hạn"), head("Trễ hạn"),
                 head("Tỷ lệ xin lỗi"), head("Quá hẹn"), head("Chỉ số 5.4")]]
        for office_id, f in by_office.items():
            rows.append([cell(office_id), cell(format_count(f.handled), "right"),
                         cell(format_rate(f.on_time_rate), "right"), cell(format_count(f.late), "right"),
                         cell(format_rate(f.apology_rate), "right"), cell(format_count(f.overdue_now), "right"),
                         cell(format_rate(f.indicator_5_4), "right")])
        story.append(grid(rows, [width * w for w in (0.22, 0.12, 0.14, 0.1, 0.14, 0.12, 0.16)]))

    story.append(Spacer(1, st.size * 1.2))
    signatures = signature_table(
        [Signature("NGƯỜI LẬP BIỂU", name=prepared_by),
         Signature(office.head_title or "THỦ TRƯỞNG ĐƠN VỊ", name=office.head_name, note="(Ký, ghi rõ họ tên, "
                   "đóng dấu)")],
        st, width)
    story.append(KeepTogether([signatures]))
    built = layout.build_pdf(story, page, title=f"Báo cáo chỉ số — {ind.period.label}", author=office.office_name,
                  subject="Chỉ số giải quyết hồ sơ (QĐ 766/QĐ-TTg)", on_page=page_number_footer(page, st))
    return built.pdf


def _right(st: Any) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{st.cell.name}-right", parent=st.cell, alignment=TA_RIGHT)


def _filter_label(key: str) -> str:
    return {"office_id": "đơn vị", "desk": "máy số", "clerk": "công chức", "procedure_code": "thủ tục"}.get(key, key)


# ---------------------------------------------------------------------------------------------
# Writing the files for a desk


def late_lines(ctx: DeskContext, ind: Indicators, limit: int = LATE_LIST_LIMIT) -> list[DossierLine]:
    return indicators.lines_for_desk(ctx, "late", ind.period.date_from, ind.period.date_to, limit, **ind.filters)


def export_for_desk(ctx: DeskContext, ind: Indicators, xlsx: Path | None = None,
                    pdf: Path | None = None) -> list[Path]:
    """Write the Excel and/or PDF of ``ind`` (the late list read from this desk) and log each file
    in the audit trail. Returns the files written."""
    if xlsx is None and pdf is None:
        return []
    late = late_lines(ctx, ind)
    office = ctx.office()
    written = []
    for path, make in ((xlsx, lambda: build_xlsx(ind, office, late)),
                       (pdf, lambda: build_pdf(ind, office, late, prepared_by=ctx.actor.display_name,
                                               on=ctx.now().date()))):
        if path is None:
            continue
        data = make()
        write_file(path, data)
        with ctx.transaction() as session:
            audit(session, ctx.now(), ctx.actor.username, f"report.{path.suffix.lstrip('.').lower() or 'file'}",
                  ind.period.label, {"file": str(path), "sha256": hashlib.sha256(data).hexdigest()})
        written.append(path)
    return written


def write_file(path: Path, data: bytes) -> None:
    """Write whole or not at all (a half-written report never replaces a good one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        raise DeskError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc
