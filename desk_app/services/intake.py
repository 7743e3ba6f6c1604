"""Intake at the counter: validate, number, compute the appointment, save in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from desk_app.domain import codes
from desk_app.domain.dossier import Channel, DocumentLine, Dossier, EventKind, Person, Status
from desk_app.domain.errors import DeskError, NotFoundError, ValidationError
from desk_app.domain.procedures import Procedure
from desk_app.domain.rules import rule_set_for
from desk_app.domain.text import (
    clean,
    fold,
    normalise_phone,
    validate_email,
    validate_id_number,
    validate_person_name,
    validate_phone,
)
from desk_app.services import catalogue
from desk_app.services.context import DeskContext
from desk_app.store import models as m
from desk_app.store import repositories as repo
from desk_app.store.journal import audit, record_change

FUTURE_TOLERANCE = timedelta(minutes=5)
OLDEST_BACK_ENTRY = timedelta(days=5 * 366)


@dataclass
class IntakeRequest:
    procedure_code: str
    applicant: Person
    owner: Person | None = None
    channel: Channel = Channel.COUNTER
    received_at: datetime | None = None
    documents: list[DocumentLine] | None = None  # None: the procedure's checklist
    sets: int = 1
    fee: str | None = None  # None: the procedure's fee
    result_delivery: str = ""
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _clean_person(person: Person) -> Person:
    return Person(
        name=clean(person.name, 200),
        id_number=clean(person.id_number, 20).replace(" ", "").upper(),
        phone=normalise_phone(clean(person.phone, 20)),
        email=clean(person.email, 254),
        address=clean(person.address, 500),
        province_code=person.province_code,
        ward_code=person.ward_code,
    )


def _person_errors(person: Person, prefix: str, label: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key, message in (
        ("name", validate_person_name(person.name, label)),
        ("id_number", validate_id_number(person.id_number)),
        ("phone", validate_phone(person.phone)),
        ("email", validate_email(person.email)),
    ):
        if message:
            errors[prefix + key] = message
    return errors


def validate(ctx: DeskContext, request: IntakeRequest) -> tuple[IntakeRequest, Procedure]:
    """The cleaned request and its procedure, or ValidationError naming each wrong field."""
    errors: dict[str, str] = {}
    applicant = _clean_person(request.applicant)
    errors.update(_person_errors(applicant, "", "Họ tên người nộp"))
    owner = _clean_person(request.owner) if request.owner and request.owner.name.strip() else None
    if owner:
        errors.update(_person_errors(owner, "owner_", "Họ tên chủ hồ sơ"))
    procedure: Procedure | None = None
    if not request.procedure_code.strip():
        errors["procedure"] = "Chưa chọn thủ tục hành chính."
    else:
        try:
            procedure = catalogue.get(ctx, request.procedure_code)
            if not procedure.active:
                errors["procedure"] = f"Thủ tục «{procedure.name}» đã ngừng áp dụng."
        except NotFoundError as exc:
            errors["procedure"] = exc.message
    now = ctx.now()
    received = request.received_at or now
    if received > now + FUTURE_TOLERANCE:
        errors["received_at"] = "Thời điểm tiếp nhận không được ở tương lai (kiểm tra đồng hồ máy tính)."
    elif received < now - OLDEST_BACK_ENTRY:
        errors["received_at"] = "Thời điểm tiếp nhận quá xa trong quá khứ (hơn 5 năm)."
    if not 1 <= request.sets <= 99:
        errors["sets"] = "Số lượng hồ sơ phải từ 1 đến 99 bộ."
    try:
        channel = Channel(int(request.channel))
    except ValueError:
        errors["channel"] = "Kênh tiếp nhận phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)."
        channel = Channel.COUNTER
    documents = request.documents
    if documents is None and procedure is not None:
        documents = [DocumentLine(doc.name, doc.originals, doc.certified, doc.copies) for doc in procedure.documents]
    cleaned_docs = []
    for index, doc in enumerate(documents or [], start=1):
        name = clean(doc.name, 300)
        if not name:
            continue
        if min(doc.originals, doc.certified, doc.copies) < 0 or max(doc.originals, doc.certified, doc.copies) > 99:
            errors[f"documents.{index}"] = f"Giấy tờ «{name}»: số bản phải từ 0 đến 99."
        cleaned_docs.append(DocumentLine(name, doc.originals, doc.certified, doc.copies))
    if errors:
        raise ValidationError(errors)
    assert procedure is not None
    cleaned = replace(
        request,
        procedure_code=procedure.code,
        applicant=applicant,
        owner=owner,
        channel=channel,
        received_at=received.replace(microsecond=0),
        documents=cleaned_docs,
        fee=clean(request.fee if request.fee is not None else procedure.fee, 300),
        result_delivery=clean(request.result_delivery, 500) or "Bộ phận Một cửa (trả trực tiếp)",
        notes=clean(request.notes, 2000, multiline=True),
    )
    return cleaned, procedure


def appointment(ctx: DeskContext, procedure: Procedure, received_at: datetime) -> datetime:
    cutoff = time.fromisoformat(procedure.cutoff) if procedure.cutoff else None
    return ctx.calendar().due(received_at, procedure.duration, procedure.unit, cutoff)


def preview_due(ctx: DeskContext, procedure_code: str, received_at: datetime | None = None) -> datetime:
    return appointment(ctx, catalogue.get(ctx, procedure_code), received_at or ctx.now())


def _next_number(session: Session, ctx: DeskContext, day: datetime) -> int:
    counter = session.get(m.DailyCounter, day.date())
    if counter is None:
        counter = m.DailyCounter(day=day.date(), last=0)
        session.add(counter)
    counter.last += 1
    return codes.daily_number(ctx.office().desk, counter.last)


def _next_book_line(session: Session, year: int) -> int:
    key = f"book.{year}.last"
    row = session.get(m.Setting, key)
    value = int(row.value) + 1 if row else 1
    repo.write_setting(session, key, value)
    return value


def intake(ctx: DeskContext, request: IntakeRequest) -> Dossier:
    """Log a dossier. Dossier, code, change sequence and audit entry are one transaction."""
    office = ctx.office()
    if not office.configured:
        raise DeskError("Máy chưa được thiết lập đơn vị (lệnh setup hoặc màn hình Thiết lập).")
    cleaned, procedure = validate(ctx, request)
    received = cleaned.received_at
    assert received is not None
    due_at = appointment(ctx, procedure, received)
    now = ctx.now()
    with ctx.transaction() as session:
        number = _next_number(session, ctx, received)
        code = codes.format_code(office.office_id, received.date(), number)
        row = m.Dossier(
            office_id=office.office_id, desk=office.desk, code=code,
            procedure_code=procedure.code, procedure_name=procedure.name,
            applicant_name=cleaned.applicant.name, name_folded=fold(cleaned.applicant.name),
            id_number=cleaned.applicant.id_number, phone=cleaned.applicant.phone,
            email=cleaned.applicant.email, address=cleaned.applicant.address,
            province_code=cleaned.applicant.province_code, ward_code=cleaned.applicant.ward_code,
            owner=repo.person_to_json(cleaned.owner), channel=int(cleaned.channel),
            status=int(Status.RECEIVED), received_at=received, due_at=due_at, original_due_at=due_at,
            duration=procedure.duration, unit=procedure.unit.value, cutoff=procedure.cutoff,
            rule_set=rule_set_for(received).id, documents=repo.documents_to_json(cleaned.documents or []),
            sets=cleaned.sets, fee=cleaned.fee or "", result_delivery=cleaned.result_delivery,
            notes=cleaned.notes, book_volume=office.book_volume, book_line=_next_book_line(session, received.year),
            clerk=ctx.actor.display_name, created_at=now, updated_at=now,
        )
        session.add(row)
        session.flush()
        record_change(session, row, now)
        event = m.DossierEventRow(
            office_id=office.office_id, desk=office.desk, dossier_id=row.id, kind=EventKind.INTAKE.value,
            at=received, actor=ctx.actor.display_name, from_status=None, to_status=int(Status.RECEIVED),
        )
        session.add(event)
        session.flush()
        record_change(session, event, now)
        audit(session, now, ctx.actor.username, "intake", code,
              {"procedure": procedure.code, "received_at": received.isoformat(), "due_at": due_at.isoformat()})
        return repo.dossier_to_domain(row, session=session)

