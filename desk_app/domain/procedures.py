"""The procedure catalogue (danh mục thủ tục hành chính): entries, validation, JSON/CSV, search.

A procedure carries what intake needs: its legal duration and how it is counted (DESIGN.md §3),
the cut-off hour of same-day procedures, the fee printed on the receipt and the documents table
(name × originals, certified copies, photocopies). The seed catalogue shipped with the app lives in
``resources/catalogue/procedures.json`` (sources in ``SOURCES.md`` beside it).

Import and export refuse bad input as a whole, with a Vietnamese message naming the entry (its
number and code, or its CSV line) and what is wrong.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from desk_app.domain.errors import NotFoundError, ValidationError
from desk_app.domain.text import clean, fold
from desk_app.domain.units import DurationUnit

__all__ = [
    "DEFAULT_CUTOFF",
    "MAX_DURATION",
    "Procedure",
    "ProcedureDocument",
    "load_seed_catalogue",
    "procedures_from_csv",
    "procedures_from_json",
    "procedures_to_csv",
    "procedures_to_json",
    "search_procedures",
    "validate_procedure",
]

DEFAULT_CUTOFF = "15:00"  # QĐ 1872/QĐ-BTP, NĐ 23/2015: received after 15:00 → next working day
MAX_DURATION = 3650

# Column sizes of the store (desk_app/store/models.py) bound the text lengths.
_MAX_CODE = 40
_MAX_NAME = 300
_MAX_FIELD = 100
_MAX_FEE = 300
_MAX_AGENCY = 200
_MAX_LONG = 2000
_MAX_DOC_NAME = 300
_MAX_DOC_NOTE = 300
_MAX_COUNT = 99
_MAX_FEE_AMOUNT = 1_000_000_000
_MAX_REPORTED = 20  # errors shown at most for one import

_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._\-]*$")
_CUTOFF = re.compile(r"^(\d{1,2})\s*[:hHgG]\s*(\d{2})$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ProcedureDocument:
    name: str
    originals: int = 0  # bản chính
    certified: int = 0  # bản sao chứng thực
    copies: int = 0  # bản photo
    required: bool = True
    note: str = ""


@dataclass(frozen=True)
class Procedure:
    code: str  # Mã TTHC on the national database, e.g. "1.001193"; local code when unknown
    name: str
    field: str  # lĩnh vực: Hộ tịch, Chứng thực, Cư trú, Đất đai, ...
    duration: float
    unit: DurationUnit
    cutoff: str | None = None  # "15:00" for same-day procedures
    fee: str = ""  # text printed on the receipt, e.g. "Miễn lệ phí" or "10.000 đồng/bản"
    fee_amount: int = 0  # VND, the main fee; 0 when free or varies
    documents: tuple[ProcedureDocument, ...] = ()
    legal_basis: str = ""
    agency: str = ""  # who decides (UBND xã, Công an xã, ...)
    code_verified: bool = True  # False where the source marks the code (?) or there is none
    active: bool = True
    source: str = ""  # reference URL(s)


# ---- validation ------------------------------------------------------------------------------

_COUNT_LABELS = {"originals": "bản chính", "certified": "bản sao chứng thực", "copies": "bản photo"}

_UNIT_ALIASES = {
    "ngay lam viec": DurationUnit.WORKING_DAYS,
    "gio lam viec": DurationUnit.WORKING_HOURS,
    "gio": DurationUnit.WORKING_HOURS,
    "ngay": DurationUnit.CALENDAR_DAYS,
    "trong ngay": DurationUnit.SAME_DAY,
}


def _parse_unit(value: object) -> DurationUnit | None:
    """A DurationUnit from itself, its value ("working_days") or its Vietnamese label."""
    if isinstance(value, DurationUnit):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return DurationUnit(text.lower())
    except ValueError:
        return _UNIT_ALIASES.get(fold(text))


def _parse_cutoff(value: str) -> str | None:
    """ "15:00", "7:30", "15h00" → "HH:MM"; None when not a time of day."""
    match = _CUTOFF.match(value.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _units_list() -> str:
    return ", ".join(f"{unit.value} ({unit.label})" for unit in DurationUnit)


def _validate_document(index: int, doc: object, errors: dict[str, str]) -> ProcedureDocument | None:
    key = f"documents[{index}]"
    if not isinstance(doc, ProcedureDocument):
        errors[key] = f"Giấy tờ thứ {index + 1} không hợp lệ."
        return None
    name = clean(doc.name, _MAX_DOC_NAME)
    label = f"Giấy tờ “{name}”" if name else f"Giấy tờ thứ {index + 1}"
    if not name:
        errors[f"{key}.name"] = f"Giấy tờ thứ {index + 1}: tên giấy tờ không được để trống."
    counts: dict[str, int] = {}
    for attr, what in _COUNT_LABELS.items():
        value = getattr(doc, attr)
        if not _is_int(value):
            errors[f"{key}.{attr}"] = f"{label}: số {what} phải là số nguyên."
        elif value < 0:
            errors[f"{key}.{attr}"] = f"{label}: số {what} không được âm."
        elif value > _MAX_COUNT:
            errors[f"{key}.{attr}"] = f"{label}: số {what} quá lớn (tối đa {_MAX_COUNT})."
        else:
            counts[attr] = value
    if not isinstance(doc.required, bool):
        errors[f"{key}.required"] = f"{label}: “bắt buộc” phải là đúng/sai."
    if len(counts) < len(_COUNT_LABELS) or not name or not isinstance(doc.required, bool):
        return None
    return ProcedureDocument(name=name, required=doc.required, note=clean(doc.note, _MAX_DOC_NOTE), **counts)


def validate_procedure(p: Procedure) -> Procedure:
    """The procedure with its text cleaned (NFC, spaces); ValidationError when something is wrong.

    A same-day procedure without a cut-off gets the 15:00 rule; its duration is kept at 0.
    """
    errors: dict[str, str] = {}

    code = clean(p.code, _MAX_CODE + 1)
    if not code:
        errors["code"] = "Mã thủ tục không được để trống."
    elif len(code) > _MAX_CODE:
        errors["code"] = f"Mã thủ tục quá dài (tối đa {_MAX_CODE} ký tự)."
    elif not _CODE.match(code):
        errors["code"] = (
            f"Mã thủ tục “{code}” không hợp lệ: chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch "
            "(ví dụ 1.001193 hoặc XA.01)."
        )

    name = clean(p.name, _MAX_NAME + 1)
    if not name:
        errors["name"] = "Tên thủ tục không được để trống."
    elif len(name) > _MAX_NAME:
        errors["name"] = f"Tên thủ tục quá dài (tối đa {_MAX_NAME} ký tự)."

    unit = _parse_unit(p.unit)
    if unit is None:
        errors["unit"] = f"Đơn vị thời hạn “{p.unit}” không hợp lệ; dùng một trong: {_units_list()}."

    duration = 0.0
    if not _is_number(p.duration) or not math.isfinite(p.duration):
        errors["duration"] = "Thời hạn giải quyết phải là một số."
    elif p.duration < 0:
        errors["duration"] = "Thời hạn giải quyết không được âm."
    elif p.duration > MAX_DURATION:
        errors["duration"] = f"Thời hạn giải quyết không được quá {MAX_DURATION}."
    elif p.duration == 0 and unit is not None and unit is not DurationUnit.SAME_DAY:
        errors["duration"] = "Thời hạn giải quyết phải lớn hơn 0 (trừ thủ tục trả kết quả trong ngày)."
    else:
        duration = float(p.duration)

    cutoff: str | None = None
    if p.cutoff is not None and not isinstance(p.cutoff, str):
        errors["cutoff"] = "Giờ cắt phải có dạng GG:PP, ví dụ 15:00."
    elif p.cutoff and p.cutoff.strip():
        cutoff = _parse_cutoff(p.cutoff)
        if cutoff is None:
            errors["cutoff"] = f"Giờ cắt “{clean(p.cutoff, 20)}” không hợp lệ: nhập dạng GG:PP, ví dụ 15:00."
    if unit is DurationUnit.SAME_DAY:
        duration = 0.0
        if cutoff is None:
            cutoff = DEFAULT_CUTOFF

    fee_amount = 0
    if not _is_int(p.fee_amount):
        errors["fee_amount"] = "Mức phí, lệ phí (số tiền) phải là số nguyên, tính bằng đồng."
    elif p.fee_amount < 0:
        errors["fee_amount"] = "Mức phí, lệ phí không được âm."
    elif p.fee_amount > _MAX_FEE_AMOUNT:
        errors["fee_amount"] = "Mức phí, lệ phí quá lớn."
    else:
        fee_amount = p.fee_amount

    for attr, label in (("code_verified", "“Mã đã kiểm tra”"), ("active", "“Đang áp dụng”")):
        if not isinstance(getattr(p, attr), bool):
            errors[attr] = f"{label} phải là đúng/sai."

    documents: list[ProcedureDocument] = []
    if isinstance(p.documents, tuple | list):
        for index, doc in enumerate(p.documents):
            checked = _validate_document(index, doc, errors)
            if checked is not None:
                documents.append(checked)
    else:
        errors["documents"] = "Danh sách giấy tờ không hợp lệ."

    if errors:
        raise ValidationError(errors)
    assert unit is not None
    return replace(
        p,
        code=code,
        name=name,
        field=clean(p.field, _MAX_FIELD),
        duration=duration,
        unit=unit,
        cutoff=cutoff,
        fee=clean(p.fee, _MAX_FEE),
        fee_amount=fee_amount,
        documents=tuple(documents),
        legal_basis=clean(p.legal_basis, _MAX_LONG),
        agency=clean(p.agency, _MAX_AGENCY),
        source=clean(p.source, _MAX_LONG),
    )


# ---- import: shared --------------------------------------------------------------------------

_FIELDS = (
    "code", "name", "field", "duration", "unit", "cutoff", "fee", "fee_amount", "documents",
    "legal_basis", "agency", "code_verified", "active", "source",
)  # fmt: skip
_REQUIRED = ("code", "name", "field", "duration", "unit")
_DOC_FIELDS = ("name", "originals", "certified", "copies", "required", "note")

_TYPE_NAMES = {
    str: "chuỗi", int: "số nguyên", float: "số", bool: "true/false", list: "danh sách",
    dict: "đối tượng", type(None): "null",
}  # fmt: skip


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Report:
    """Errors of one import, keyed ``procedures[i].field``; raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.dropped = 0

    def add(self, key: str, message: str) -> None:
        if len(self.errors) < _MAX_REPORTED:
            self.errors[key] = message
        else:
            self.dropped += 1

    def raise_if_any(self) -> None:
        if not self.errors:
            return
        errors = dict(self.errors)
        if self.dropped:
            errors["more"] = f"… và {self.dropped} lỗi khác."
        raise ValidationError(errors)


def _entry_label(where: str, code: object) -> str:
    if isinstance(code, str) and code.strip():
        return f"{where} (mã {clean(code, _MAX_CODE)})"
    return where


def _check_entry(
    index: int, where: str, entry: dict[str, Any], procedure: Procedure, report: _Report
) -> Procedure | None:
    """Validates one parsed entry, reporting under ``procedures[index]`` with ``where`` named."""
    try:
        return validate_procedure(procedure)
    except ValidationError as exc:
        label = _entry_label(where, entry.get("code"))
        for field, message in exc.errors.items():
            report.add(f"procedures[{index}].{field}", f"{label}: {message}")
        return None


def _refuse_duplicates(items: list[tuple[int, str, Procedure]], report: _Report) -> None:
    seen: dict[str, str] = {}
    for index, where, procedure in items:
        key = procedure.code.casefold()
        if key in seen:
            report.add(
                f"procedures[{index}].code",
                f"{where} (mã {procedure.code}): mã thủ tục bị trùng với {seen[key]}.",
            )
        else:
            seen[key] = where[:1].lower() + where[1:]


# ---- JSON ------------------------------------------------------------------------------------


def _json_document(
    doc: object, index: int, label: str, key: str, report: _Report
) -> ProcedureDocument | None:
    where = f"{label}: giấy tờ thứ {index + 1}"
    if not isinstance(doc, dict):
        report.add(key, f'{where} phải là một đối tượng {{"name": …}}, không phải {_type_name(doc)}.')
        return None
    unknown = sorted(k for k in doc if isinstance(k, str) and k not in _DOC_FIELDS and not k.startswith("_"))
    if unknown:
        report.add(f"{key}.unknown", f"{where}: trường không xác định {', '.join(unknown)}.")
        return None
    if "name" not in doc:
        report.add(f"{key}.name", f"{where}: thiếu trường “name” (tên giấy tờ).")
        return None
    ok = True
    expected = {"name": str, "originals": int, "certified": int, "copies": int, "required": bool, "note": str}
    for field, kind in expected.items():
        if field not in doc:
            continue
        value = doc[field]
        good = _is_int(value) if kind is int else isinstance(value, kind)
        if not good:
            report.add(
                f"{key}.{field}",
                f"{where}: trường “{field}” phải là {_TYPE_NAMES[kind]}, không phải {_type_name(value)}.",
            )
            ok = False
    if not ok:
        return None
    return ProcedureDocument(**{k: v for k, v in doc.items() if k in _DOC_FIELDS})


def _json_entry(index: int, entry: object, report: _Report) -> Procedure | None:
    where = f"Thủ tục thứ {index + 1}"
    key = f"procedures[{index}]"
    if not isinstance(entry, dict):
        report.add(
            key, f'{where} phải là một đối tượng {{"code": …, "name": …}}, không phải {_type_name(entry)}.'
        )
        return None
    label = _entry_label(where, entry.get("code"))
    before = len(report.errors) + report.dropped

    unknown = sorted(
        str(k) for k in entry if not (isinstance(k, str) and (k in _FIELDS or k.startswith("_")))
    )
    if unknown:
        report.add(f"{key}.unknown", f"{label}: trường không xác định {', '.join(unknown)}.")
    for field in _REQUIRED:
        if field not in entry:
            report.add(f"{key}.{field}", f"{label}: thiếu trường “{field}”.")

    def expect(field: str, ok: bool, kind: str) -> None:
        if field in entry and not ok:
            report.add(
                f"{key}.{field}",
                f"{label}: trường “{field}” phải là {kind}, không phải {_type_name(entry[field])}.",
            )

    for field in ("code", "name", "field", "fee", "legal_basis", "agency", "source"):
        expect(field, isinstance(entry.get(field), str), "chuỗi")
    expect("duration", _is_number(entry.get("duration")), "số")
    expect("unit", isinstance(entry.get("unit"), str), "chuỗi")
    if isinstance(entry.get("unit"), str) and _parse_unit(entry["unit"]) is None:
        report.add(
            f"{key}.unit",
            f"{label}: đơn vị thời hạn “{entry['unit']}” không hợp lệ; dùng một trong: {_units_list()}.",
        )
    expect(
        "cutoff",
        entry.get("cutoff") is None or isinstance(entry.get("cutoff"), str),
        "chuỗi “GG:PP” hoặc null",
    )
    expect("fee_amount", _is_int(entry.get("fee_amount")), "số nguyên (đồng)")
    expect("code_verified", isinstance(entry.get("code_verified"), bool), "true/false")
    expect("active", isinstance(entry.get("active"), bool), "true/false")
    expect("documents", isinstance(entry.get("documents"), list), "danh sách")

    documents: list[ProcedureDocument] = []
    if isinstance(entry.get("documents"), list):
        for doc_index, doc in enumerate(entry["documents"]):
            parsed = _json_document(doc, doc_index, label, f"{key}.documents[{doc_index}]", report)
            if parsed is not None:
                documents.append(parsed)
    if len(report.errors) + report.dropped > before:
        return None

    unit = _parse_unit(entry["unit"])
    fields = {k: v for k, v in entry.items() if k in _FIELDS}
    fields["documents"] = tuple(documents)
    fields["unit"] = unit if unit is not None else entry["unit"]
    return _check_entry(index, where, entry, Procedure(**fields), report)


def procedures_from_json(text: str) -> list[Procedure]:
    """A list of procedures from a JSON array of objects; ValidationError naming each bad entry.

    Keys starting with ``_`` (notes such as ``_note``, ``_reliability``) are ignored.
    """
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8-sig")
    text = text.lstrip("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            {"json": f"Tệp danh mục không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}): {exc.msg}."}
        ) from None
    if not isinstance(data, list):
        raise ValidationError(
            {"json": f"Danh mục thủ tục phải là danh sách [ … ] các thủ tục, không phải {_type_name(data)}."}
        )
    report = _Report()
    parsed: list[tuple[int, str, Procedure]] = []
    for index, entry in enumerate(data):
        procedure = _json_entry(index, entry, report)
        if procedure is not None:
            parsed.append((index, f"Thủ tục thứ {index + 1}", procedure))
    _refuse_duplicates(parsed, report)
    report.raise_if_any()
    return [procedure for _, _, procedure in parsed]


def _duration_out(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def _procedure_to_dict(p: Procedure) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "field": p.field,
        "duration": _duration_out(p.duration),
        "unit": DurationUnit(p.unit).value,
        "cutoff": p.cutoff,
        "fee": p.fee,
        "fee_amount": p.fee_amount,
        "documents": [
            {
                "name": d.name,
                "originals": d.originals,
                "certified": d.certified,
                "copies": d.copies,
                "required": d.required,
                "note": d.note,
            }
            for d in p.documents
        ],
        "legal_basis": p.legal_basis,
        "agency": p.agency,
        "code_verified": p.code_verified,
        "active": p.active,
        "source": p.source,
    }


def procedures_to_json(items: Iterable[Procedure]) -> str:
    """UTF-8 JSON (not ASCII-escaped), indented by 2; ``procedures_from_json`` gives the items back."""
    return json.dumps([_procedure_to_dict(p) for p in items], ensure_ascii=False, indent=2) + "\n"


# ---- CSV -------------------------------------------------------------------------------------
# One row per procedure; documents in one cell: "name|originals|certified|copies[|required|note];…"
# with "\" escaping "\", "|" and ";" inside names and notes. Cells that a spreadsheet would take
# for a formula (=, +, -, @) or that start with "'" are written with a leading "'", dropped on read.

_FORMULA_START = ("=", "+", "-", "@", "'", "\t", "\r")
_TRUE = {"true", "1", "co", "x", "yes", "y", "dung"}
_FALSE = {"false", "0", "khong", "no", "n", "sai"}


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;")


def _split_escaped(text: str, separator: str) -> list[str]:
    """Splits at unescaped ``separator``, keeping escapes for the next level."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch)
            current.append(next(chars, ""))
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _documents_to_cell(documents: Sequence[ProcedureDocument]) -> str:
    cells = []
    for d in documents:
        parts = [_escape(d.name), str(d.originals), str(d.certified), str(d.copies)]
        if not d.required or d.note:
            parts += ["1" if d.required else "0", _escape(d.note)]
        cells.append("|".join(parts))
    return ";".join(cells)


def _parse_bool(value: str) -> bool | None:
    folded = fold(value)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


def _parse_int(value: str) -> int | None:
    text = value.strip().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}([., ]\d{3})+", text):
        text = re.sub(r"[., ]", "", text)
    return int(text) if re.fullmatch(r"\d+", text) else None


def _parse_float(value: str) -> float | None:
    text = value.strip().replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return None
    return float(text)


def _documents_from_cell(cell: str, label: str, key: str, report: _Report) -> list[ProcedureDocument] | None:
    documents: list[ProcedureDocument] = []
    ok = True
    for number, chunk in enumerate((c for c in _split_escaped(cell, ";") if c.strip()), start=1):
        where = f"{label}: giấy tờ thứ {number}"
        parts = _split_escaped(chunk, "|")
        if len(parts) > 6:
            report.add(
                f"{key}.documents[{number - 1}]",
                f"{where} có quá nhiều phần; dạng đúng: tên|bản chính|bản sao chứng thực|bản photo.",
            )
            ok = False
            continue
        parts += [""] * (6 - len(parts))
        counts: list[int] = []
        for raw, what in zip(parts[1:4], _COUNT_LABELS.values(), strict=True):
            number_value = _parse_int(raw) if raw.strip() else 0
            if number_value is None:
                report.add(
                    f"{key}.documents[{number - 1}]",
                    f"{where}: số {what} “{raw.strip()}” phải là số nguyên không âm.",
                )
                ok = False
                break
            counts.append(number_value)
        required = _parse_bool(parts[4]) if parts[4].strip() else True
        if required is None:
            report.add(
                f"{key}.documents[{number - 1}].required",
                f"{where}: “bắt buộc” phải là 1 hoặc 0, không phải “{parts[4].strip()}”.",
            )
            ok = False
        if len(counts) < 3 or required is None:
            continue
        documents.append(
            ProcedureDocument(
                name=_unescape(parts[0]),
                originals=counts[0],
                certified=counts[1],
                copies=counts[2],
                required=required,
                note=_unescape(parts[5]),
            )
        )
    return documents if ok else None


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_entry(index: int, line: int, row: dict[str, str], report: _Report) -> Procedure | None:
    where = f"Dòng {line}"
    label = _entry_label(where, row.get("code"))
    key = f"procedures[{index}]"
    before = len(report.errors) + report.dropped

    for field in _REQUIRED:
        if not row.get(field, "").strip():
            report.add(f"{key}.{field}", f"{label}: cột “{field}” không được để trống.")

    fields: dict[str, Any] = {
        k: row.get(k, "") for k in ("code", "name", "field", "fee", "legal_basis", "agency", "source")
    }
    raw_duration = row.get("duration", "").strip()
    duration = _parse_float(raw_duration) if raw_duration else None
    if raw_duration and duration is None:
        report.add(f"{key}.duration", f"{label}: thời hạn “{raw_duration}” phải là một số.")
    fields["duration"] = duration if duration is not None else 0.0

    raw_unit = row.get("unit", "").strip()
    unit = _parse_unit(raw_unit) if raw_unit else None
    if raw_unit and unit is None:
        report.add(
            f"{key}.unit",
            f"{label}: đơn vị thời hạn “{raw_unit}” không hợp lệ; dùng một trong: {_units_list()}.",
        )
    fields["unit"] = unit

    fields["cutoff"] = row.get("cutoff", "").strip() or None

    raw_fee = row.get("fee_amount", "").strip()
    fee_amount = _parse_int(raw_fee) if raw_fee else 0
    if fee_amount is None:
        report.add(
            f"{key}.fee_amount", f"{label}: số tiền phí “{raw_fee}” phải là số nguyên không âm (đồng)."
        )
    fields["fee_amount"] = fee_amount or 0

    for field, what in (("code_verified", "mã đã kiểm tra"), ("active", "đang áp dụng")):
        raw = row.get(field, "").strip()
        value = _parse_bool(raw) if raw else True
        if value is None:
            report.add(
                f"{key}.{field}",
                f"{label}: cột “{field}” ({what}) phải là true hoặc false, không phải “{raw}”.",
            )
        fields[field] = bool(value) if value is not None else True

    documents = _documents_from_cell(row.get("documents", ""), label, key, report)
    fields["documents"] = tuple(documents or ())

    if len(report.errors) + report.dropped > before:
        return None
    return _check_entry(index, where, row, Procedure(**fields), report)


def procedures_from_csv(text: str) -> list[Procedure]:
    """A list of procedures from CSV with an English header (``code,name,field,duration,unit,…``).

    Accepts a UTF-8 BOM and a ``;`` or tab delimiter (as Excel may save); empty lines are skipped.
    """
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8-sig")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ValidationError({"csv": "Tệp CSV trống: cần một dòng tiêu đề và các dòng thủ tục."})
    delimiter = _sniff_delimiter(text.splitlines()[0])
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ValidationError({"csv": f"Tệp CSV không đọc được: {exc}."}) from None

    header = [fold(cell).replace(" ", "_") for cell in rows[0]]
    problems: dict[str, str] = {}
    unknown = [rows[0][i].strip() for i, name in enumerate(header) if name not in _FIELDS]
    if unknown:
        problems["csv.header"] = (
            f"Dòng tiêu đề có cột không xác định: {', '.join(unknown)}. "
            f"Các cột dùng được: {', '.join(_FIELDS)}."
        )
    missing = [field for field in _REQUIRED if field not in header]
    if missing:
        problems["csv.missing"] = f"Dòng tiêu đề thiếu cột: {', '.join(missing)}."
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems["csv.repeated"] = f"Dòng tiêu đề có cột lặp lại: {', '.join(repeated)}."
    if problems:
        raise ValidationError(problems)

    report = _Report()
    parsed: list[tuple[int, str, Procedure]] = []
    index = 0
    for line_number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        cells = [cell[1:] if cell.startswith("'") else cell for cell in cells]
        if len(cells) != len(header):
            code = dict(zip(header, cells, strict=False)).get("code")
            report.add(
                f"procedures[{index}]",
                f"{_entry_label(f'Dòng {line_number}', code)}: có {len(cells)} cột, "
                f"dòng tiêu đề có {len(header)} cột.",
            )
        else:
            procedure = _csv_entry(index, line_number, dict(zip(header, cells, strict=True)), report)
            if procedure is not None:
                parsed.append((index, f"Dòng {line_number}", procedure))
        index += 1
    _refuse_duplicates(parsed, report)
    report.raise_if_any()
    return [procedure for _, _, procedure in parsed]


def _csv_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def procedures_to_csv(items: Iterable[Procedure]) -> str:
    """CSV with the English header; write it with ``encoding="utf-8-sig"`` so Excel reads the accents."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_FIELDS)
    for p in items:
        duration = _duration_out(p.duration)
        row = [
            p.code, p.name, p.field, str(duration), DurationUnit(p.unit).value, p.cutoff or "", p.fee,
            str(p.fee_amount), _documents_to_cell(p.documents), p.legal_basis, p.agency,
            "true" if p.code_verified else "false", "true" if p.active else "false", p.source,
        ]  # fmt: skip
        writer.writerow([_csv_cell(cell) for cell in row])
    return out.getvalue()


# ---- the seed catalogue ----------------------------------------------------------------------


def load_seed_catalogue(path: Path | None = None) -> list[Procedure]:
    """The catalogue shipped with the app (``resources/catalogue/procedures.json``)."""
    if path is None:
        from desk_app.paths import resources_dir

        path = resources_dir() / "catalogue" / "procedures.json"
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy danh mục thủ tục: {path}") from None
    return procedures_from_json(text)


# ---- search ----------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _rank(p: Procedure, query: str, words: tuple[str, ...], phrase: str) -> int | None:
    code = p.code.casefold()
    compact = query.replace(" ", "")
    if compact == code or compact.startswith(code + "."):  # "1.001193.000.00.00.H01"
        return 0
    if any(ch.isdigit() for ch in compact) and code.startswith(compact):
        return 1
    if not words:
        return None
    name_words = _folded_words(p.name)
    name = " ".join(name_words)
    if name == phrase:
        return 2
    if name.startswith(phrase + " "):
        return 3
    if f" {phrase} " in f" {name} ":
        return 4
    if name.startswith(phrase):
        return 5
    if all(w in name_words for w in words):
        return 6
    if all(any(nw.startswith(w) for nw in name_words) for w in words):
        return 7
    if all(w in name for w in words):
        return 8
    others = name_words + _folded_words(p.field) + (code,)
    if all(any(o.startswith(w) for o in others) for w in words):
        return 9
    return None


def search_procedures(items: Sequence[Procedure], text: str) -> list[Procedure]:
    """Procedures matching ``text`` typed with or without diacritics, or by code.

    Order: code, whole name, name prefix, whole-word phrase in the name, then looser matches
    (words in any order, word prefixes, fragments, the field); shorter names first within a rank.
    An empty query gives every item in its order.
    """
    query = fold(clean(text or "", 300))
    if not query:
        return list(items)
    words = tuple(_WORD.findall(query))
    phrase = " ".join(words)
    ranked: list[tuple[int, int, int, Procedure]] = []
    for position, p in enumerate(items):
        rank = _rank(p, query, words, phrase)
        if rank is not None:
            ranked.append((rank, len(p.name), position, p))
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked]
