"""One function per command: arguments in, ``(json_payload, readable_text)`` out."""

from __future__ import annotations

import argparse
from datetime import time
from typing import Any

from desk_app.cli.format import dossier_json, dossier_text, iso, vn_time
from desk_app.cli.main import UsageError, parse_date, parse_time
from desk_app.domain.dossier import Channel, Person, Status
from desk_app.domain.errors import DeskError
from desk_app.domain.office import parse_sessions
from desk_app.services import (
    apology,
    calendar,
    catalogue,
    feedback,
    intake,
    lifecycle,
    maintenance,
    office,
    printing,
)
from desk_app.services import queries as q
from desk_app.services.context import DeskContext

Result = tuple[Any, str]


def _ctx(args: argparse.Namespace) -> DeskContext:
    return DeskContext.open(args.data_dir)


def _configured(args: argparse.Namespace) -> DeskContext:
    ctx = _ctx(args)
    if not ctx.office().configured:
        raise DeskError("Máy chưa được thiết lập đơn vị: chạy «desk-app setup --office-id … --office-name …» trước.")
    return ctx


def _rows(rows: list[q.DossierRow]) -> Result:
    payload = [{"code": r.code, "name": r.name, "status": r.status.key, "due_at": iso(r.due_at)} for r in rows]
    text = "\n".join(f"{r.code}  {r.name:<28.28}  {r.status.label:<16.16}  hẹn {vn_time(r.due_at)}" for r in rows)
    return payload, text or "Không có hồ sơ nào."


def cmd_setup(args: argparse.Namespace) -> Result:
    ctx = _ctx(args)
    extra = {"head_name": args.head_name, "head_title": args.head_title, "paper": args.paper}
    settings = office.setup_office(
        ctx, args.office_id, args.office_name, desk=args.desk, level=args.level,
        province_code=args.province_code, ward_code=args.ward_code,
        sessions=parse_sessions(args.sessions) if args.sessions else None, parent_name=args.parent_name, **extra,
    )
    from desk_app.sync.keys import desk_signing_key

    desk_signing_key(ctx.data_dir)  # the desk's own key for signing its packages, made once
    return ({"office_id": settings.office_id, "desk": settings.desk},
            f"Đã thiết lập {settings.office_name} ({settings.office_id}), máy số {settings.desk}.")


def cmd_procedures(args: argparse.Namespace) -> Result:
    ctx = _ctx(args)
    if args.import_file:
        changed = catalogue.import_file(ctx, args.import_file)
        return {"changed": changed}, f"Đã nhập danh mục: {changed} thủ tục thay đổi."
    if args.export_file:
        count = catalogue.export_file(ctx, args.export_file)
        return {"file": str(args.export_file), "count": count}, f"Đã xuất {count} thủ tục ra {args.export_file}."
    items = catalogue.find(ctx, args.search) if args.search else catalogue.list_procedures(ctx)
    payload = [{"code": p.code, "name": p.name, "duration": p.duration, "unit": p.unit.value, "cutoff": p.cutoff,
                "field": p.field, "fee": p.fee} for p in items]
    text = "\n".join(f"{p.code:<14} {p.name}  [{p.duration:g} {p.unit.label}]" for p in items)
    return payload, text or "Danh mục thủ tục trống."


def cmd_due(args: argparse.Namespace) -> Result:
    ctx = _ctx(args)
    cutoff = None
    if args.cutoff:
        try:
            cutoff = time.fromisoformat(args.cutoff)
        except ValueError as exc:
            raise UsageError(f"giờ chốt «{args.cutoff}» không đúng dạng HH:MM") from exc
    due_at = calendar.due(ctx, parse_time(args.received), args.duration, args.unit, cutoff)
    return {"due_at": iso(due_at)}, f"Hẹn trả: {vn_time(due_at)}"


def cmd_calendar(args: argparse.Namespace) -> Result:
    ctx = _ctx(args)
    day = parse_date(args.date)
    calendar.add_override(ctx, day, args.kind, args.reason)
    label = "ngày nghỉ" if args.kind == "off" else "ngày làm việc"
    return {"date": day.isoformat(), "kind": args.kind}, f"Đã ghi {day:%d/%m/%Y} là {label} của đơn vị."


def cmd_intake(args: argparse.Namespace) -> Result:
    ctx = _configured(args)
    request = intake.IntakeRequest(
        procedure_code=args.procedure,
        applicant=Person(name=args.name, id_number=args.id_number, phone=args.phone, email=args.email,
                         address=args.address),
        owner=Person(name=args.owner_name) if args.owner_name else None,
        channel=Channel(args.channel),
        received_at=parse_time(args.received_at) if args.received_at else None,
        notes=args.notes,
    )
    dossier = intake.intake(ctx, request)
    text = f"Đã tiếp nhận hồ sơ {dossier.code}, hẹn trả {vn_time(dossier.due_at)}."
    if args.receipt:
        printing.print_form(ctx, "receipt", dossier.code, args.receipt)
        text += f"\nGiấy tiếp nhận: {args.receipt}"
    return {"code": dossier.code, "received_at": iso(dossier.received_at), "due_at": iso(dossier.due_at)}, text


def cmd_show(args: argparse.Namespace) -> Result:
    dossier = q.show(_ctx(args), args.code)
    return dossier_json(dossier), dossier_text(dossier)


def cmd_list(args: argparse.Namespace) -> Result:
    status = None
    if args.status:
        try:
            status = Status.parse(args.status)
        except ValueError as exc:
            names = ", ".join(s.key for s in Status)
            raise UsageError(f"trạng thái «{args.status}» không có; dùng một trong: {names}") from exc
    return _rows(q.list_dossiers(_ctx(args), status=status, overdue=args.overdue,
                                 due_within_hours=args.due_within, limit=args.limit))


def cmd_search(args: argparse.Namespace) -> Result:
    return _rows(q.search(_ctx(args), args.text))


def cmd_event(args: argparse.Namespace) -> Result:
    ctx = _configured(args)
    details = {"missing": [{"name": m, "originals": 1} for m in args.missing]} if args.missing else None
    dossier = lifecycle.apply_event(ctx, args.code, args.event, at=parse_time(args.at) if args.at else None,
                                    reason=args.reason, receiver=args.receiver, details=details)
    return ({"code": dossier.code, "status": dossier.status.key, "due_at": iso(dossier.due_at)},
            f"Hồ sơ {dossier.code}: {dossier.status.label}, hẹn trả {vn_time(dossier.due_at)}.")


def cmd_apologize(args: argparse.Namespace) -> Result:
    ctx = _configured(args)
    dossier = apology.apologize(ctx, args.code, args.reason, parse_time(args.new_due),
                                at=parse_time(args.at) if args.at else None, signatory=args.signatory,
                                signatory_title=args.signatory_title, deputy=args.deputy)
    text = f"Đã ghi văn bản xin lỗi hồ sơ {dossier.code}; hẹn trả mới {vn_time(dossier.due_at)}."
    if args.pdf:
        printing.print_form(ctx, "apology", dossier.code, args.pdf)
        text += f"\nVăn bản: {args.pdf}"
    return ({"code": dossier.code, "due_at": iso(dossier.due_at), "original_due_at": iso(dossier.original_due_at)},
            text)


def cmd_print(args: argparse.Namespace) -> Result:
    ctx = _configured(args)
    if args.form == "book":
        if not args.date_from or not args.date_to:
            raise UsageError("in sổ theo dõi cần --from và --to")
        if args.output.suffix.lower() == ".xlsx":
            printing.book_xlsx(ctx, parse_date(args.date_from), parse_date(args.date_to), args.output)
        else:
            printing.print_book(ctx, parse_date(args.date_from), parse_date(args.date_to), args.output)
    else:
        if not args.code:
            raise UsageError(f"in {args.form} cần mã hồ sơ")
        printing.print_form(ctx, args.form, args.code, args.output)
    return {"file": str(args.output)}, f"Đã ghi {args.output}"


def cmd_feedback(args: argparse.Namespace) -> Result:
    ctx = _configured(args)
    scale = args.scale or ctx.office().rating_scale
    _, note = feedback.clean_comment(args.comment)
    rating = feedback.record_feedback(ctx, args.code, args.rating, scale, tuple(args.elements), args.comment,
                                      source="command")
    return ({"code": args.code.strip().upper(), "rating": rating},
            f"Đã ghi đánh giá {rating}/{scale}." + (f" {note}" if note else ""))


def cmd_generate(args: argparse.Namespace) -> Result:
    import sys

    from desk_app.services import generator

    ctx = _configured(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rĐã tạo {done:,}/{total:,} hồ sơ", end="", file=sys.stderr, flush=True)

    result = generator.generate(ctx, args.count, seed=args.seed,
                                date_from=parse_date(args.date_from) if args.date_from else None,
                                date_to=parse_date(args.date_to) if args.date_to else None, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return {"count": result.count}, f"Đã tạo {result.count:,} hồ sơ mẫu."


def cmd_check(args: argparse.Namespace) -> Result:
    report = maintenance.check(_ctx(args))
    payload = {"integrity": report.integrity, "audit": report.audit}
    text = f"Toàn vẹn CSDL: {report.integrity}\nChuỗi nhật ký: {report.audit}"
    if not report.ok:
        raise DeskError(text.replace("\n", "; "))
    return payload, text


def cmd_backup(args: argparse.Namespace) -> Result:
    path = maintenance.backup(_ctx(args), args.output)
    return {"file": str(path)}, f"Đã sao lưu vào {path}"


def cmd_restore(args: argparse.Namespace) -> Result:
    path = maintenance.restore(_ctx(args), args.file)
    return {"file": str(path)}, f"Đã khôi phục từ {args.file}"


