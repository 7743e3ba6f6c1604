"""Provinces and communes (2025 two-tier structure) from vietnam-provinces."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold


@dataclass(frozen=True)
class Place:
    code: int
    name: str
    folded: str


@cache
def provinces() -> tuple[Place, ...]:
    from vietnam_provinces import Province

    items = [Place(int(p.code), p.name, fold(p.name)) for p in Province.iter_all()]
    return tuple(sorted(items, key=lambda p: p.folded))


@cache
def wards(province_code: int) -> tuple[Place, ...]:
    from vietnam_provinces import Ward

    items = [Place(int(w.code), w.name, fold(w.name)) for w in Ward.iter_by_province(province_code)]
    return tuple(sorted(items, key=lambda p: p.folded))


def province_name(code: int | None) -> str:
    return next((p.name for p in provinces() if p.code == code), "")


def ward_name(province_code: int | None, ward_code: int | None) -> str:
    if province_code is None or ward_code is None:
        return ""
    return next((w.name for w in wards(province_code) if w.code == ward_code), "")


def describe(province_code: int | None, ward_code: int | None) -> dict[str, str]:
    """Names for the form header: the parent agency ("UBND xã ...") and the place before the date."""
    province = province_name(province_code)
    if province_code is not None and not province:
        raise ValidationError({"province_code": f"Không có tỉnh/thành phố mã {province_code}."})
    ward = ward_name(province_code, ward_code)
    if ward_code is not None and not ward:
        raise ValidationError({"ward_code": f"Không có xã/phường mã {ward_code} thuộc {province or 'tỉnh đã chọn'}."})
    if ward:
        short = ward.split(" ", 1)[1] if " " in ward else ward
        return {"parent": f"UBND {ward.upper()}", "place": short, "province": province, "ward": ward}
    if province:
        short = province.replace("Thành phố ", "").replace("Tỉnh ", "")
        return {"parent": f"UBND {province.upper()}", "place": short, "province": province, "ward": ""}
    return {}


def full_address(street: str, province_code: int | None, ward_code: int | None) -> str:
    parts = [street.strip(), ward_name(province_code, ward_code), province_name(province_code)]
    return ", ".join(p for p in parts if p)
