"""The procedure catalogue: the seed's real facts, validation, JSON/CSV import and export, search."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from desk_app.domain.errors import NotFoundError, ValidationError
from desk_app.domain.procedures import (
    Procedure,
    ProcedureDocument,
    load_seed_catalogue,
    procedures_from_csv,
    procedures_from_json,
    procedures_to_csv,
    procedures_to_json,
    search_procedures,
    validate_procedure,
)
from desk_app.domain.units import DurationUnit

SEED_PATH = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.json"


@pytest.fixture(scope="module")
def seed() -> list[Procedure]:
    return load_seed_catalogue()


@pytest.fixture(scope="module")
def by_code(seed) -> dict[str, Procedure]:
    return {p.code: p for p in seed}


def _proc(**changes) -> Procedure:
    base = Procedure(
        code="1.004873",
        name="Cấp Giấy xác nhận tình trạng hôn nhân",
        field="Hộ tịch",
        duration=3,
        unit=DurationUnit.WORKING_DAYS,
        documents=(ProcedureDocument("Tờ khai", originals=1),),
    )
    return replace(base, **changes)


def _entry(**changes) -> dict:
    entry = {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": "Hộ tịch",
        "duration": 0,
        "unit": "same_day",
    }
    entry.update(changes)
    return entry


def _refused_json(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        procedures_from_json(json.dumps(data, ensure_ascii=False))
    return info.value


# ---- the seed ------------------------------------------------------------------------------------


def test_seed_loads_from_the_default_path_with_at_least_45_entries(seed):
    assert len(seed) >= 45
    assert load_seed_catalogue(SEED_PATH) == seed


def test_seed_codes_are_unique(seed):
    codes = [p.code.casefold() for p in seed]
    assert len(codes) == len(set(codes))


def test_every_seed_entry_validates_unchanged(seed):
    for p in seed:
        assert validate_procedure(p) == p, p.code
        assert p.name and p.field and p.agency and p.source and p.legal_basis, p.code
        assert unicodedata.is_normalized("NFC", p.name)


def test_seed_same_day_entries_have_the_15_00_cutoff(seed):
    same_day = [p for p in seed if p.unit is DurationUnit.SAME_DAY]
    assert len(same_day) >= 6
    assert all(p.cutoff == "15:00" and p.duration == 0 for p in same_day)
    assert all(p.cutoff is None for p in seed if p.unit is not DurationUnit.SAME_DAY)


def test_seed_local_codes_are_marked_unverified(seed):
    local = [p for p in seed if p.code.startswith("XA.")]
    assert local
    assert not any(p.code_verified for p in local)


def test_seed_file_notes_are_ignored_on_load():
    raw = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    assert all(entry["_reliability"] in {"A", "B"} for entry in raw)
    assert len(raw) == len(load_seed_catalogue(SEED_PATH))


def test_birth_registration_same_day_with_15_00_cutoff(by_code):
    ks = by_code["1.001193"]
    assert ks.name == "Đăng ký khai sinh"
    assert ks.unit is DurationUnit.SAME_DAY and ks.cutoff == "15:00"
    assert ks.code_verified
    assert ks.fee_amount == 0 and "Miễn lệ phí" in ks.fee
    first = ks.documents[0]
    assert first.name.startswith("Tờ khai") and first.originals == 1
    identity = next(d for d in ks.documents if d.name.startswith("Giấy tờ tùy thân"))
    assert identity.originals == 1 and identity.note == "Xuất trình"


def test_certified_copy_same_day_with_fee(by_code):
    copy = by_code["2.000815"]
    assert copy.name.startswith("Chứng thực bản sao từ bản chính")
    assert copy.unit is DurationUnit.SAME_DAY and copy.cutoff == "15:00"
    assert copy.fee_amount == 2000 and "200.000 đồng" in copy.fee
    assert any(d.copies == 1 for d in copy.documents)


def test_signature_certification_same_day_10_000(seed):
    signature = next(p for p in seed if p.name.startswith("Chứng thực chữ ký trong giấy tờ"))
    assert signature.unit is DurationUnit.SAME_DAY and signature.cutoff == "15:00"
    assert signature.fee_amount == 10000


def test_marriage_and_death_registration_are_same_day(seed):
    names = {p.name: p for p in seed}
    for name in ("Đăng ký kết hôn", "Đăng ký khai tử"):
        assert names[name].unit is DurationUnit.SAME_DAY and names[name].cutoff == "15:00"
    assert names["Đăng ký kết hôn"].fee.startswith("Miễn lệ phí")


@pytest.mark.parametrize(
    ("code", "duration", "unit"),
    [
        ("1.004873", 3, DurationUnit.WORKING_DAYS),  # Xác nhận tình trạng hôn nhân
        ("1.004222", 7, DurationUnit.WORKING_DAYS),  # Đăng ký thường trú
        ("1.004194", 3, DurationUnit.WORKING_DAYS),  # Đăng ký tạm trú
        ("1.010038", 5, DurationUnit.WORKING_DAYS),  # Tách hộ
        ("1.001022", 3, DurationUnit.WORKING_DAYS),  # Nhận cha, mẹ, con
        ("1.001699", 25, DurationUnit.WORKING_DAYS),  # Xác định mức độ khuyết tật
        ("1.014027", 10, DurationUnit.WORKING_DAYS),  # Trợ cấp hưu trí xã hội
        ("1.012784", 12, DurationUnit.WORKING_DAYS),  # Tách thửa, hợp thửa
        ("1.000748", 12, DurationUnit.WORKING_DAYS),  # Giấy khen cho gia đình
        ("2.001263", 30, DurationUnit.CALENDAR_DAYS),  # Nuôi con nuôi: "ngày", not working days
        ("2.000509", 15, DurationUnit.CALENDAR_DAYS),  # Đăng ký hoạt động tín ngưỡng
        ("1.012812", 30, DurationUnit.CALENDAR_DAYS),  # Hòa giải tranh chấp đất đai
    ],
)
def test_seed_durations_follow_the_reference_table(by_code, code, duration, unit):
    p = by_code[code]
    assert (p.duration, p.unit) == (duration, unit)


def test_permanent_residence_is_decided_by_commune_police_with_the_national_fee(by_code):
    p = by_code["1.004222"]
    assert p.name == "Đăng ký thường trú"
    assert p.agency == "Công an cấp xã"
    assert p.fee_amount == 20000
    assert not p.code_verified  # the table marks the code (?)


def test_seed_document_counts_are_sensible(seed):
    for p in seed:
        for d in p.documents:
            assert 0 <= d.originals + d.certified + d.copies <= 3, (p.code, d.name)
            if d.note.startswith("Xuất trình"):
                assert d.originals >= 1, (p.code, d.name)


def test_missing_seed_file_is_reported_in_vietnamese(tmp_path):
    with pytest.raises(NotFoundError, match="Không tìm thấy danh mục"):
        load_seed_catalogue(tmp_path / "none.json")


# ---- validate_procedure --------------------------------------------------------------------------


def test_validate_cleans_text_to_nfc():
    decomposed = unicodedata.normalize("NFD", "  Đăng   ký khai sinh ")
    p = validate_procedure(_proc(name=decomposed, code=" 1.001193 ", unit="working_days", duration=5))
    assert p.name == "Đăng ký khai sinh"
    assert unicodedata.is_normalized("NFC", p.name)
    assert p.code == "1.001193"
    assert p.unit is DurationUnit.WORKING_DAYS and p.duration == 5.0


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"code": "  "}, "code", "Mã thủ tục không được để trống"),
        ({"code": "1 001 193"}, "code", "không hợp lệ"),
        ({"name": ""}, "name", "Tên thủ tục không được để trống"),
        ({"duration": -1}, "duration", "không được âm"),
        ({"duration": 3651}, "duration", "không được quá 3650"),
        ({"duration": float("nan")}, "duration", "phải là một số"),
        ({"duration": 0}, "duration", "phải lớn hơn 0"),
        ({"unit": "weeks"}, "unit", "Đơn vị thời hạn"),
        ({"cutoff": "25:00"}, "cutoff", "Giờ cắt"),
        ({"cutoff": "3pm"}, "cutoff", "GG:PP"),
        ({"fee_amount": -5}, "fee_amount", "không được âm"),
        ({"documents": (ProcedureDocument("Tờ khai", originals=-1),)}, "documents[0].originals", "bản chính"),
        (
            {"documents": (ProcedureDocument("Tờ khai", certified=-2),)},
            "documents[0].certified",
            "không được âm",
        ),
        ({"documents": (ProcedureDocument("Tờ khai", copies=-1),)}, "documents[0].copies", "bản photo"),
        ({"documents": (ProcedureDocument(" "),)}, "documents[0].name", "tên giấy tờ"),
    ],
)
def test_validate_refuses_bad_values_in_vietnamese(changes, field, words):
    with pytest.raises(ValidationError) as info:
        validate_procedure(_proc(**changes))
    assert field in info.value.errors
    assert words in info.value.errors[field]


def test_same_day_without_cutoff_gets_15_00():
    p = validate_procedure(_proc(unit=DurationUnit.SAME_DAY, duration=0, cutoff=None))
    assert p.cutoff == "15:00"
    assert validate_procedure(_proc(unit=DurationUnit.SAME_DAY, cutoff="  ")).cutoff == "15:00"
    assert validate_procedure(_proc(unit=DurationUnit.SAME_DAY, cutoff="16h30")).cutoff == "16:30"
    assert validate_procedure(_proc(unit=DurationUnit.SAME_DAY, cutoff="9:05")).cutoff == "09:05"


def test_same_day_with_bad_cutoff_is_refused_not_defaulted():
    with pytest.raises(ValidationError) as info:
        validate_procedure(_proc(unit=DurationUnit.SAME_DAY, cutoff="15:75"))
    assert "cutoff" in info.value.errors


def test_limits_are_inclusive():
    assert validate_procedure(_proc(duration=3650)).duration == 3650
    assert validate_procedure(_proc(duration=0.5, unit=DurationUnit.WORKING_HOURS)).duration == 0.5


# ---- JSON ----------------------------------------------------------------------------------------


def test_json_round_trip_is_exact(seed):
    text = procedures_to_json(seed)
    again = procedures_from_json(text)
    assert again == seed
    assert procedures_to_json(again) == text


def test_json_is_readable_utf8_indented():
    text = procedures_to_json([validate_procedure(_proc())])
    assert "Cấp Giấy xác nhận" in text  # not \u-escaped
    assert '\n  {\n    "code": "1.004873"' in text


def test_json_round_trip_keeps_fractions_flags_and_notes():
    p = validate_procedure(
        _proc(
            duration=1.5,
            unit=DurationUnit.WORKING_HOURS,
            code_verified=False,
            active=False,
            documents=(ProcedureDocument("Bản sao; có | ký tự", copies=2, required=False, note="Nếu có"),),
        )
    )
    assert procedures_from_json(procedures_to_json([p])) == [p]


def test_json_accepts_a_bom_and_an_empty_list():
    assert procedures_from_json("\ufeff[]") == []


@pytest.mark.parametrize("data", [{"code": "1.001193"}, "text", 3, None])
def test_json_not_a_list_is_refused(data):
    error = _refused_json(data)
    assert "danh sách" in error.message


def test_json_syntax_error_is_refused():
    with pytest.raises(ValidationError) as info:
        procedures_from_json('[{"code": "1.001193",')
    assert "không phải JSON hợp lệ" in info.value.message
    assert "dòng 1" in info.value.message


def test_json_entry_not_an_object_is_named():
    error = _refused_json([_entry(), "Đăng ký kết hôn"])
    assert "procedures[1]" in error.errors
    assert "Thủ tục thứ 2" in error.errors["procedures[1]"]


def test_json_missing_field_names_the_entry_and_field():
    entry = _entry(code="1.004873")
    del entry["name"]
    error = _refused_json([_entry(code="1.001022", name="Đăng ký nhận cha, mẹ, con"), entry])
    message = error.errors["procedures[1].name"]
    assert "Thủ tục thứ 2 (mã 1.004873)" in message and "thiếu trường “name”" in message


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"duration": "3"}, "duration", "phải là số, không phải chuỗi"),
        ({"duration": True}, "duration", "phải là số"),
        ({"name": 12}, "name", "phải là chuỗi"),
        ({"unit": 1}, "unit", "phải là chuỗi"),
        ({"fee_amount": 1.5}, "fee_amount", "số nguyên"),
        ({"active": "yes"}, "active", "true/false"),
        ({"documents": "Tờ khai"}, "documents", "danh sách"),
        ({"cutoff": 15}, "cutoff", "GG:PP"),
    ],
)
def test_json_wrong_types_are_refused_with_the_entry_named(changes, field, words):
    error = _refused_json([_entry(**changes)])
    message = error.errors[f"procedures[0].{field}"]
    assert message.startswith("Thủ tục thứ 1 (mã 1.001193)")
    assert words in message


def test_json_bad_document_is_named():
    error = _refused_json([_entry(documents=[{"name": "Tờ khai", "originals": "một"}])])
    message = error.errors["procedures[0].documents[0].originals"]
    assert "giấy tờ thứ 1" in message and "số nguyên" in message
    error = _refused_json([_entry(documents=["Tờ khai"])])
    assert "đối tượng" in error.errors["procedures[0].documents[0]"]
    error = _refused_json([_entry(documents=[{"originals": 1}])])
    assert "thiếu trường “name”" in error.errors["procedures[0].documents[0].name"]


def test_json_values_out_of_range_are_refused_with_the_entry_named():
    error = _refused_json([_entry(), _entry(code="1.000656", name="Đăng ký khai tử", duration=-2)])
    message = error.errors["procedures[1].duration"]
    assert message.startswith("Thủ tục thứ 2 (mã 1.000656)") and "không được âm" in message


def test_json_unknown_unit_and_field_are_refused():
    error = _refused_json([_entry(unit="tuần")])
    assert "đơn vị thời hạn “tuần” không hợp lệ" in error.errors["procedures[0].unit"]
    error = _refused_json([_entry(durations=3)])
    assert "không xác định durations" in error.errors["procedures[0].unknown"]


def test_json_duplicate_codes_are_refused():
    error = _refused_json([_entry(), _entry(name="Khai sinh (bản trùng)")])
    message = error.errors["procedures[1].code"]
    assert "Thủ tục thứ 2 (mã 1.001193)" in message and "trùng với thủ tục thứ 1" in message


def test_json_many_errors_are_capped():
    error = _refused_json([{"code": f"X.{i}"} for i in range(50)])
    assert "more" in error.errors and "lỗi khác" in error.errors["more"]


def test_json_unit_accepts_the_vietnamese_label():
    [p] = procedures_from_json(json.dumps([_entry(unit="ngày làm việc", duration=3)], ensure_ascii=False))
    assert p.unit is DurationUnit.WORKING_DAYS


# ---- CSV -----------------------------------------------------------------------------------------


def test_csv_round_trip_is_exact(seed):
    text = procedures_to_csv(seed)
    again = procedures_from_csv(text)
    assert again == seed
    assert procedures_to_csv(again) == text


def test_csv_accepts_the_excel_bom_and_semicolons(seed):
    text = procedures_to_csv(seed)
    assert procedures_from_csv("\ufeff" + text) == seed
    assert procedures_from_csv(("\ufeff" + text).encode("utf-8")) == seed


def test_csv_documents_are_one_cell(by_code):
    text = procedures_to_csv([by_code["1.001193"]])
    assert "Tờ khai đăng ký khai sinh (theo mẫu)|1|0|0;" in text


def test_csv_round_trip_escapes_separators_and_formula_starts():
    p = validate_procedure(
        _proc(
            name="=Đăng ký; thử | nghiệm",
            fee="-",
            duration=2.5,
            documents=(
                ProcedureDocument("Giấy tờ a|b;c\\d", originals=1, certified=2, copies=3),
                ProcedureDocument("Văn bản ủy quyền", originals=1, required=False, note="Nếu ủy quyền; có"),
            ),
        )
    )
    text = procedures_to_csv([p])
    assert "'=Đăng ký" in text  # a spreadsheet does not run it as a formula
    assert procedures_from_csv(text) == [p]


def test_csv_handwritten_semicolon_file_with_vietnamese_unit():
    text = (
        "code;name;field;duration;unit;cutoff;fee;fee_amount;documents\n"
        '1.001193;Đăng ký khai sinh;Hộ tịch;0;trong ngày;;Miễn lệ phí;0;"Tờ khai|1|0|0;Giấy chứng sinh|1"\n'
        "XA.01;Đăng ký khai sinh lưu động;Hộ tịch;5;ngày làm việc;;;5.000;\n"
    )
    first, second = procedures_from_csv(text)
    assert first.unit is DurationUnit.SAME_DAY and first.cutoff == "15:00"
    assert first.documents == (ProcedureDocument("Tờ khai", 1), ProcedureDocument("Giấy chứng sinh", 1))
    assert second.fee_amount == 5000 and second.documents == () and second.code_verified


def test_csv_missing_and_unknown_columns_are_refused():
    with pytest.raises(ValidationError) as info:
        procedures_from_csv("code,name,field,unit\n1.001193,Đăng ký khai sinh,Hộ tịch,same_day\n")
    assert "thiếu cột: duration" in info.value.errors["csv.missing"]
    with pytest.raises(ValidationError) as info:
        procedures_from_csv("code,name,field,duration,unit,ten\n")
    assert "không xác định: ten" in info.value.errors["csv.header"]
    with pytest.raises(ValidationError):
        procedures_from_csv("")


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("1.004873,Xác nhận,Hộ tịch,ba,working_days", "duration", "“ba” phải là một số"),
        ("1.004873,Xác nhận,Hộ tịch,3,tuần", "unit", "không hợp lệ"),
        ("1.004873,,Hộ tịch,3,working_days", "name", "không được để trống"),
        ("1.004873,Xác nhận,Hộ tịch,-3,working_days", "duration", "không được âm"),
    ],
)
def test_csv_bad_rows_name_the_line_and_code(row, field, words):
    text = "code,name,field,duration,unit\n1.001193,Đăng ký khai sinh,Hộ tịch,0,same_day\n" + row + "\n"
    with pytest.raises(ValidationError) as info:
        procedures_from_csv(text)
    message = info.value.errors[f"procedures[1].{field}"]
    assert message.startswith("Dòng 3 (mã 1.004873)")
    assert words in message


def test_csv_bad_document_cell_and_flags_are_refused():
    header = "code,name,field,duration,unit,documents,active\n"
    with pytest.raises(ValidationError) as info:
        procedures_from_csv(header + "1.004873,Xác nhận,Hộ tịch,3,working_days,Tờ khai|-1,true\n")
    assert "giấy tờ thứ 1" in info.value.message and "bản chính" in info.value.message
    with pytest.raises(ValidationError) as info:
        procedures_from_csv(header + "1.004873,Xác nhận,Hộ tịch,3,working_days,,có lẽ\n")
    assert "true hoặc false" in info.value.errors["procedures[0].active"]


def test_csv_wrong_column_count_is_refused():
    text = "code,name,field,duration,unit\n1.004873,Xác nhận,Hộ tịch,3\n"
    with pytest.raises(ValidationError) as info:
        procedures_from_csv(text)
    assert "Dòng 2 (mã 1.004873): có 4 cột" in info.value.message


def test_csv_duplicate_codes_are_refused():
    text = (
        "code,name,field,duration,unit\n"
        "1.001193,Đăng ký khai sinh,Hộ tịch,0,same_day\n"
        "1.001193,Khai sinh,Hộ tịch,0,same_day\n"
    )
    with pytest.raises(ValidationError) as info:
        procedures_from_csv(text)
    assert "trùng với dòng 2" in info.value.errors["procedures[1].code"]


# ---- search --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["dang ky khai sinh", "Đăng ký khai sinh", "DANG KY KHAI SINH", "khai sinh"]
)
def test_search_without_diacritics_finds_birth_registration_first(seed, query):
    found = search_procedures(seed, query)
    assert found[0].name == "Đăng ký khai sinh"
    assert all("khai sinh" in p.name.lower() for p in found)


def test_search_by_code_and_by_provincial_code(seed):
    assert [p.name for p in search_procedures(seed, "1.001193")] == ["Đăng ký khai sinh"]
    assert search_procedures(seed, "1.001193.000.00.00.H01")[0].code == "1.001193"
    assert search_procedures(seed, "xa.05")[0].code == "XA.05"


def test_search_marriage_and_certification(seed):
    assert search_procedures(seed, "ket hon")[0].name == "Đăng ký kết hôn"
    assert search_procedures(seed, "chung thuc ban sao")[0].code == "2.000815"
    assert search_procedures(seed, "chung thuc chu ky")[0].name.startswith("Chứng thực chữ ký")
    assert search_procedures(seed, "thuong tru")[0].name == "Đăng ký thường trú"


def test_search_ranks_name_prefix_and_whole_words_before_fragments():
    items = [
        validate_procedure(_proc(code="A.1", name="Đăng ký lại khai sinh")),
        validate_procedure(_proc(code="A.2", name="Xác nhận khai sinhx")),
        validate_procedure(_proc(code="A.3", name="Khai sinh lưu động")),
        validate_procedure(_proc(code="A.4", name="Khai sinh")),
    ]
    assert [p.code for p in search_procedures(items, "khai sinh")] == ["A.4", "A.3", "A.1", "A.2"]


def test_search_words_in_any_order_and_prefixes(seed):
    assert search_procedures(seed, "sinh khai")[0].name == "Đăng ký khai sinh"
    assert "Đăng ký kết hôn" in [p.name for p in search_procedures(seed, "dang ky ket ho")]


def test_search_empty_query_returns_everything_and_nonsense_nothing(seed):
    assert search_procedures(seed, "  ") == seed
    assert search_procedures(seed, "zzqx") == []
