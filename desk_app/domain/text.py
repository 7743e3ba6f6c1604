"""Vietnamese text: NFC normalisation, diacritic folding for search, input validation."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Composed form: Telex/VNI tools may type decomposed text that prints tone marks wrongly."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None, max_length: int = 500, multiline: bool = False) -> str:
    """NFC, control characters removed, white space folded, trimmed to ``max_length``."""
    if not text:
        return ""
    text = nfc(str(text))
    if multiline:
        lines = [_SPACES.sub(" ", _CONTROL.sub("", line)).strip() for line in text.splitlines()]
        text = "\n".join(line for line in lines if line)
    else:
        text = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    return text[:max_length]


def fold(text: str) -> str:
    """Lower case without diacritics, đ folded to d: "Đặng Thị Ánh" → "dang thi anh"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", text.lower()).strip()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


_ID_12 = re.compile(r"^\d{12}$")
_ID_9 = re.compile(r"^\d{9}$")
_PASSPORT = re.compile(r"^[A-Z]\d{7,8}$")


def validate_id_number(value: str) -> str | None:
    """Căn cước / CCCD: 12 digits (old CMND 9 digits, passports a letter and 7–8 digits)."""
    value = value.strip().upper().replace(" ", "")
    if not value:
        return None
    if _ID_12.match(value):
        province = int(value[:3])
        if province == 0:
            return "Số định danh cá nhân không hợp lệ: 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh."
        return None
    if _ID_9.match(value) or _PASSPORT.match(value):
        return None
    if value.isdigit():
        return f"Số định danh cá nhân phải có 12 chữ số (đã nhập {len(value)} chữ số)."
    return "Số giấy tờ tùy thân không hợp lệ: nhập 12 chữ số của căn cước, hoặc số hộ chiếu."


_MOBILE = re.compile(r"^0(3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}$")
_LANDLINE = re.compile(r"^02\d{9}$")


def normalise_phone(value: str) -> str:
    value = re.sub(r"[\s.\-()]", "", value.strip())
    if value.startswith("+84"):
        value = "0" + value[3:]
    elif value.startswith("84") and len(value) == 11:
        value = "0" + value[2:]
    return value


def validate_phone(value: str) -> str | None:
    """Vietnamese mobile (10 digits, 03x/05x/07x/08x/09x) or landline (02x, 11 digits)."""
    phone = normalise_phone(value)
    if not phone:
        return None
    if not phone.isdigit():
        return "Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84)."
    if _MOBILE.match(phone) or _LANDLINE.match(phone):
        return None
    if len(phone) != 10 and phone.startswith("0") and not phone.startswith("02"):
        return f"Số điện thoại di động phải có 10 chữ số (đã nhập {len(phone)})."
    return "Số điện thoại không đúng định dạng Việt Nam (ví dụ 0912345678 hoặc 02283812345)."


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def validate_email(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value):
        return "Địa chỉ email không hợp lệ (ví dụ: ten@gmail.com)."
    return None


def validate_person_name(value: str, label: str = "Họ tên") -> str | None:
    value = clean(value, 200)
    if not value:
        return f"{label} không được để trống."
    if any(ch.isdigit() for ch in value):
        return f"{label} không được chứa chữ số."
    if len(value) < 2:
        return f"{label} quá ngắn."
    return None
