import unicodedata

import pytest

from desk_app.domain.text import clean, fold, validate_email, validate_id_number, validate_phone


def test_fold_removes_diacritics_and_folds_d():
    assert fold("Đặng Thị Ánh") == "dang thi anh"
    assert fold("NGUYỄN   Văn  Ân") == "nguyen van an"


def test_fold_handles_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hằng")
    assert fold(decomposed) == "nguyen thi hang"


def test_clean_makes_nfc_and_strips_control_characters():
    decomposed = unicodedata.normalize("NFD", "Trần Đức")
    cleaned = clean(decomposed + "\x00\x07  ")
    assert cleaned == "Trần Đức"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(clean("a" * 10_000, 50)) == 50


@pytest.mark.parametrize("value", ["001203004567", "079099001234", "B1234567", ""])
def test_valid_id_numbers(value):
    assert validate_id_number(value) is None


@pytest.mark.parametrize(
    "value, fragment", [("12345", "12 chữ số"), ("000123456789", "mã tỉnh"), ("abc!", "không hợp lệ")]
)
def test_invalid_id_numbers_say_why(value, fragment):
    assert fragment in validate_id_number(value)


@pytest.mark.parametrize("value", ["0912345678", "+84912345678", "091 234 5678", "02283812345", ""])
def test_valid_phones(value):
    assert validate_phone(value) is None


@pytest.mark.parametrize("value", ["091234567", "0112345678", "phone", "09123456789"])
def test_invalid_phones(value):
    message = validate_phone(value)
    assert message and "điện thoại" in message


def test_email():
    assert validate_email("an@gmail.com") is None
    assert "email" in validate_email("an@@gmail")
