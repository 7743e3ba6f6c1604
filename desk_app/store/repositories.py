"""Rows in, plain domain objects out. Services never hand ORM objects to the window."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import dossier as d
from desk_app.domain.calendar import CalendarOverride as DomainOverride
from desk_app.domain.office import Level, OfficeSettings, format_sessions, parse_sessions
from desk_app.domain.procedures import Procedure as DomainProcedure
from desk_app.domain.procedures import ProcedureDocument
from desk_app.domain.text import fold
from desk_app.domain.units import DurationUnit
from desk_app.store import models as m

# ---- settings -------------------------------------------------------------------------------


def read_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.execute(select(m.Setting)).scalars()}


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(m.Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(m.Setting(key=key, value=encoded))
    else:
        row.value = encoded


_SIMPLE_OFFICE_FIELDS = {f.name for f in fields(OfficeSettings)} - {"level", "sessions", "extra"}


def office_from_settings(values: dict[str, Any]) -> OfficeSettings:
    kwargs: dict[str, Any] = {k: values[f"office.{k}"] for k in _SIMPLE_OFFICE_FIELDS if f"office.{k}" in values}
    if "office.level" in values:
        kwargs["level"] = Level(values["office.level"])
    if "office.sessions" in values:
        kwargs["sessions"] = parse_sessions(values["office.sessions"])
    return OfficeSettings(**kwargs)


def office_to_settings(office: OfficeSettings) -> dict[str, Any]:
    values = {f"office.{k}": getattr(office, k) for k in _SIMPLE_OFFICE_FIELDS}
    values["office.level"] = office.level.value
    values["office.sessions"] = format_sessions(office.sessions)
    return values


# ---- procedures -----------------------------------------------------------------------------


def procedure_to_domain(row: m.Procedure) -> DomainProcedure:
    return DomainProcedure(
        code=row.code, name=row.name, field=row.field, duration=row.duration, unit=DurationUnit(row.unit),
        cutoff=row.cutoff, fee=row.fee, fee_amount=row.fee_amount,
        documents=tuple(ProcedureDocument(**doc) for doc in json.loads(row.documents)),
        legal_basis=row.legal_basis, agency=row.agency, code_verified=row.code_verified, active=row.active,
        source=row.source,
    )


def procedure_fill_row(row: m.Procedure, procedure: DomainProcedure) -> None:
    row.code = procedure.code
    row.name = procedure.name
    row.name_folded = fold(procedure.name)
    row.field = procedure.field
    row.duration = procedure.duration
    row.unit = procedure.unit.value
    row.cutoff = procedure.cutoff
    row.fee = procedure.fee
    row.fee_amount = procedure.fee_amount
    row.documents = json.dumps([asdict(doc) for doc in procedure.documents], ensure_ascii=False)
    row.legal_basis = procedure.legal_basis
    row.agency = procedure.agency
    row.code_verified = procedure.code_verified
    row.active = procedure.active
    row.source = procedure.source


# ---- calendar -------------------------------------------------------------------------------


def overrides_to_domain(rows: list[m.CalendarOverride]) -> list[DomainOverride]:
    return [DomainOverride(day=row.day, kind=row.kind, reason=row.reason) for row in rows]


# ---- dossiers -------------------------------------------------------------------------------


def person_to_json(person: d.Person | None) -> str:
    return json.dumps(asdict(person), ensure_ascii=False) if person else ""


def person_from_json(text: str) -> d.Person | None:
    return d.Person(**json.loads(text)) if text else None


def documents_to_json(documents: tuple[d.DocumentLine, ...] | list[d.DocumentLine]) -> str:
    return json.dumps([asdict(doc) for doc in documents], ensure_ascii=False)


def documents_from_json(text: str) -> tuple[d.DocumentLine, ...]:
    return tuple(d.DocumentLine(**doc) for doc in json.loads(text or "[]"))


def event_to_domain(row: m.DossierEventRow) -> d.DossierEvent:
    return d.DossierEvent(
        kind=d.EventKind(row.kind), at=row.at, actor=row.actor,
        from_status=d.Status(row.from_status) if row.from_status is not None else None,
        to_status=d.Status(row.to_status), reason=row.reason, receiver=row.receiver,
    )


def apology_to_domain(row: m.ApologyRow) -> d.Apology:
    return d.Apology(at=row.at, reason=row.reason, old_due_at=row.old_due_at, new_due_at=row.new_due_at,
                     signatory=row.signatory, signatory_title=row.signatory_title, deputy=row.deputy)


def feedback_to_domain(row: m.FeedbackRow) -> d.Feedback:
    return d.Feedback(at=row.at, rating=row.rating, scale=row.scale,
                      elements=tuple(e for e in row.elements.split(",") if e), comment=row.comment,
                      clerk=row.clerk, source=row.source)


def dossier_to_domain(row: m.Dossier, with_history: bool = True, session: Session | None = None) -> d.Dossier:
    events: tuple[d.DossierEvent, ...] = ()
    apologies: tuple[d.Apology, ...] = ()
    feedback: tuple[d.Feedback, ...] = ()
    if with_history and session is not None:
        events = tuple(event_to_domain(r) for r in session.execute(
            select(m.DossierEventRow).where(m.DossierEventRow.dossier_id == row.id)
            .order_by(m.DossierEventRow.at, m.DossierEventRow.change_seq)).scalars())
        apologies = tuple(apology_to_domain(r) for r in session.execute(
            select(m.ApologyRow).where(m.ApologyRow.dossier_id == row.id).order_by(m.ApologyRow.at)).scalars())
        feedback = tuple(feedback_to_domain(r) for r in session.execute(
            select(m.FeedbackRow).where(m.FeedbackRow.dossier_id == row.id).order_by(m.FeedbackRow.at)).scalars())
    return d.Dossier(
        id=row.id, code=row.code, procedure_code=row.procedure_code, procedure_name=row.procedure_name,
        applicant=d.Person(name=row.applicant_name, id_number=row.id_number, phone=row.phone, email=row.email,
                           address=row.address, province_code=row.province_code, ward_code=row.ward_code),
        status=d.Status(row.status), channel=d.Channel(row.channel), received_at=row.received_at,
        due_at=row.due_at, original_due_at=row.original_due_at, duration=row.duration,
        unit=DurationUnit(row.unit), rule_set=row.rule_set, clerk=row.clerk, owner=person_from_json(row.owner),
        documents=documents_from_json(row.documents), sets=row.sets, fee=row.fee,
        result_delivery=row.result_delivery, notes=row.notes, book_volume=row.book_volume,
        book_line=row.book_line, finished_at=row.finished_at, returned_at=row.returned_at,
        supplement_count=row.supplement_count, office_id=row.office_id, desk=row.desk,
        events=events, apologies=apologies, feedback=feedback,
    )


def dossier_by_code(session: Session, code: str) -> m.Dossier | None:
    return session.execute(select(m.Dossier).where(m.Dossier.code == code.strip().upper())).scalar_one_or_none()
