"""Printed forms for a dossier: fetch it, render with documents/, log the print in the audit trail."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.dossier import DocumentLine, Dossier, EventKind
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.rules import rule_set_by_id
from desk_app.services.context import DeskContext
from desk_app.services.queries import show
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit

FORMS = ("receipt", "supplement", "refusal", "apology", "stop", "control")
FORM_TITLES = {
    "receipt": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
    "supplement": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
    "refusal": "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)",
    "apology": "Văn bản xin lỗi (Mẫu 04)",
    "stop": "Thông báo dừng giải quyết hồ sơ (Mẫu 05)",
    "control": "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)",
    "book": "Sổ theo dõi hồ sơ (Mẫu 07)",
}


def _last_event(dossier: Dossier, kind: EventKind) -> tuple[datetime, str, str] | None:
    for event in reversed(dossier.events):
        if event.kind is kind:
            return event.at, event.reason, event.actor
    return None


def render_form(ctx: DeskContext, form: str, dossier: Dossier) -> bytes:
    from desk_app import documents as docs  # reportlab loads on the first print, not at start-up

    office = ctx.office()
    if form == "receipt":
        return docs.render_receipt(office, dossier)
    if form == "control":
        return docs.render_control_sheet(office, dossier)
    if form == "apology":
        if not dossier.apologies:
            raise DeskError(f"Hồ sơ {dossier.code} chưa có văn bản xin lỗi nào.")
        return docs.render_apology(office, dossier, dossier.apologies[-1],
                                   old_rules=rule_set_by_id(dossier.rule_set).old_forms)
    kind = {"supplement": EventKind.REQUEST_SUPPLEMENT, "refusal": EventKind.REFUSE, "stop": EventKind.STOP}[form]
    event = _last_event(dossier, kind)
    if event is None:
        raise DeskError(f"Hồ sơ {dossier.code} chưa có sự kiện «{kind.label.lower()}» để in {FORM_TITLES[form]}.")
    at, reason, actor = event
    if form == "supplement":
        missing = _missing_documents(ctx, dossier, at)
        return docs.render_supplement_request(office, dossier, missing, reason, actor, at)
    if form == "refusal":
        return docs.render_refusal(office, dossier, reason, actor, at)
    return docs.render_stop_notice(office, dossier, reason, at)


def _missing_documents(ctx: DeskContext, dossier: Dossier, at: datetime) -> list[DocumentLine]:
    import json

    with ctx.reading() as session:
        details = session.execute(
            select(m.DossierEventRow.details).where(
                m.DossierEventRow.dossier_id == dossier.id,
                m.DossierEventRow.kind == EventKind.REQUEST_SUPPLEMENT.value,
                m.DossierEventRow.at == at,
            )
        ).scalar()
    missing = json.loads(details or "{}").get("missing", [])
    return [DocumentLine(**item) if isinstance(item, dict) else DocumentLine(str(item), 1) for item in missing]


def print_form(ctx: DeskContext, form: str, code: str, output: Path | None = None) -> bytes:
    if form not in FORMS:
        raise ValidationError({"form": f"Mẫu in phải là một trong: {', '.join(FORMS)}."})
    dossier = show(ctx, code)
    pdf = render_form(ctx, form, dossier)
    if output is not None:
        write_pdf(output, pdf)
    _log_print(ctx, form, dossier.code, pdf)
    return pdf


def book_dossiers(ctx: DeskContext, date_from: date, date_to: date) -> list[Dossier]:
    """The dossiers of the tracking book (Mẫu 07): received in the period, in receipt order."""
    if date_to < date_from:
        raise ValidationError({"to": "Ngày kết thúc phải sau ngày bắt đầu."})
    with ctx.reading() as session:
        rows = session.execute(
            select(m.Dossier).where(m.Dossier.received_at >= datetime.combine(date_from, time.min),
                                    m.Dossier.received_at <= datetime.combine(date_to, time.max))
            .order_by(m.Dossier.received_at)
        ).scalars()
        return [repo.dossier_to_domain(row, with_history=False) for row in rows]


def book_xlsx(ctx: DeskContext, date_from: date, date_to: date, output: Path) -> Path:
    """The tracking book as an Excel workbook: the same columns as the printed Mẫu 07."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from desk_app.documents.book import COLUMNS, book_note

    dossiers = book_dossiers(ctx, date_from, date_to)
    office = ctx.office()
    book = Workbook()
    sheet = book.active
    sheet.title = "So theo doi"
    sheet.append([f"SỔ THEO DÕI HỒ SƠ — {office.office_name} ({office.office_id})"])
    sheet.append([f"Từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"])
    sheet.append([label for label, _ in COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    sheet["A1"].font = Font(bold=True, size=13)
    now = ctx.now()
    for number, dossier in enumerate(dossiers, start=1):
        person = dossier.owner if dossier.owner is not None and dossier.owner.name.strip() else dossier.applicant
        sheet.append([dossier.book_line or number, dossier.code, dossier.procedure_name, max(dossier.sets, 1),
                      person.name, person.address or dossier.applicant.address,
                      person.phone or dossier.applicant.phone, dossier.received_at, dossier.due_at,
                      dossier.finished_at, dossier.returned_at, book_note(dossier, now)])
    for column, width in zip("ABCDEFGHIJKL", (6, 22, 40, 8, 24, 30, 13, 17, 17, 17, 17, 40), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=4, min_col=8, max_col=11):
        for cell in row:
            cell.number_format = "dd/mm/yyyy hh:mm"
    sheet.freeze_panes = "A4"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        book.save(output)
    except OSError as exc:
        raise DeskError(f"Không ghi được tệp {output}: {exc.strerror or exc}.") from exc
    with ctx.transaction() as session:
        audit(session, ctx.now(), ctx.actor.username, "print.book.xlsx", f"{date_from}..{date_to}",
              {"rows": len(dossiers)})
    return output


def print_book(ctx: DeskContext, date_from: date, date_to: date, output: Path | None = None) -> bytes:
    from desk_app import documents as docs

    dossiers = book_dossiers(ctx, date_from, date_to)
    pdf = docs.render_tracking_book(ctx.office(), dossiers, date_from, date_to)
    if output is not None:
        write_pdf(output, pdf)
    _log_print(ctx, "book", f"{date_from}..{date_to}", pdf)
    return pdf


def write_pdf(path: Path, pdf: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(pdf)
        temporary.replace(path)
    except OSError as exc:
        raise DeskError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc


def _log_print(ctx: DeskContext, form: str, target: str, pdf: bytes) -> None:
    with ctx.transaction() as session:
        audit(session, ctx.now(), ctx.actor.username, f"print.{form}", target,
              {"sha256": hashlib.sha256(pdf).hexdigest(), "bytes": len(pdf)})
