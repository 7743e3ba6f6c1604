"""Turning results into JSON documents and readable Vietnamese lines for the command line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desk_app.domain.dossier import Dossier


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def vn_time(moment: datetime | None) -> str:
    return f"{moment:%H:%M %d/%m/%Y}" if moment else "—"


def dossier_json(dossier: Dossier) -> dict[str, Any]:
    return {
        "code": dossier.code,
        "status": dossier.status.key,
        "status_code": int(dossier.status),
        "status_label": dossier.status.label,
        "name": dossier.applicant.name,
        "procedure": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "channel": int(dossier.channel),
        "received_at": iso(dossier.received_at),
        "due_at": iso(dossier.due_at),
        "original_due_at": iso(dossier.original_due_at),
        "finished_at": iso(dossier.finished_at),
        "returned_at": iso(dossier.returned_at),
        "supplement_count": dossier.supplement_count,
        "rule_set": dossier.rule_set,
        "events": [
            {"kind": e.kind.value, "at": iso(e.at), "actor": e.actor,
             "from": int(e.from_status) if e.from_status else None, "to": int(e.to_status), "reason": e.reason,
             "receiver": e.receiver}
            for e in dossier.events
        ],
        "apologies": [{"at": iso(a.at), "reason": a.reason, "old_due_at": iso(a.old_due_at),
                       "new_due_at": iso(a.new_due_at), "signatory": a.signatory} for a in dossier.apologies],
        "feedback": [{"at": iso(f.at), "rating": f.rating, "scale": f.scale, "elements": list(f.elements),
                      "comment": f.comment, "clerk": f.clerk, "source": f.source} for f in dossier.feedback],
    }


def dossier_text(dossier: Dossier) -> str:
    lines = [
        f"Mã hồ sơ:        {dossier.code}",
        f"Người nộp:       {dossier.applicant.name}",
        f"Thủ tục:         {dossier.procedure_name} ({dossier.procedure_code})",
        f"Trạng thái:      {dossier.status.label}",
        f"Tiếp nhận:       {vn_time(dossier.received_at)}",
        f"Hẹn trả:         {vn_time(dossier.due_at)}",
    ]
    if dossier.original_due_at != dossier.due_at:
        lines.append(f"Hẹn trả ban đầu: {vn_time(dossier.original_due_at)}")
    if dossier.finished_at:
        lines.append(f"Kết thúc xử lý:  {vn_time(dossier.finished_at)}")
    if dossier.returned_at:
        lines.append(f"Đã trả kết quả:  {vn_time(dossier.returned_at)}")
    for event in dossier.events:
        suffix = f" — {event.reason}" if event.reason else ""
        lines.append(f"  {vn_time(event.at)}  {event.kind.label}  ({event.actor}){suffix}")
    for apology in dossier.apologies:
        lines.append(f"  Xin lỗi {vn_time(apology.at)}: hẹn lại {vn_time(apology.new_due_at)} — {apology.reason}")
    return "\n".join(lines)
