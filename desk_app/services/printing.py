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


def print_book(ctx: DeskContext, date_from: date, date_to: date, output: Path | None = None) -> bytes:
    from desk_app import documents as docs

    if date_to < date_from:
        raise ValidationError({"to": "Ngày kết thúc phải sau ngày bắt đầu."})
    with ctx.reading() as session:
        rows = session.execute(
            select(m.Dossier).where(m.Dossier.received_at >= datetime.combine(date_from, time.min),
                                    m.Dossier.received_at <= datetime.combine(date_to, time.max))
            .order_by(m.Dossier.received_at)
        ).scalars()
        dossiers = [repo.dossier_to_domain(row, with_history=False) for row in rows]
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
