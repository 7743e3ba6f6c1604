"""The shared pieces of the printed forms: fonts, Vietnamese dates, NFC, QR, text balancing."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.documents import fonts as fonts_module
from desk_app.documents import register_fonts, render_receipt
from desk_app.documents.fonts import REQUIRED_CHARS, bundled_dir, covers_vietnamese
from desk_app.documents.layout import (
    QrFlowable,
    balanced_lines,
    esc,
    make_styles,
    nfc,
    or_dots,
    place_date,
    qr_modules,
    vn_date,
    vn_datetime,
)
from desk_app.domain.dossier import Channel, Dossier, Person, Status
from desk_app.domain.office import OfficeSettings
from desk_app.domain.units import DurationUnit

# ---------------------------------------------------------------------------------------------
# Fonts


def test_bundled_fonts_and_licence_are_there():
    folder = bundled_dir()
    for name in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"):
        assert (folder / name).is_file(), name
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_registered_font_covers_vietnamese_and_is_cached():
    first = register_fonts()
    assert register_fonts() is first
    from reportlab.pdfbase import pdfmetrics

    for name in (first.regular, first.bold, first.italic, first.bold_italic):
        font = pdfmetrics.getFont(name)
        assert covers_vietnamese(font), name
    assert "ế" in REQUIRED_CHARS and "Ỵ" in REQUIRED_CHARS and "đ" in REQUIRED_CHARS


def test_falls_back_to_the_bundled_font_when_the_system_font_is_unusable(monkeypatch, tmp_path):
    broken = tmp_path / "times.ttf"
    broken.write_bytes(b"not a font")
    candidate = fonts_module._Candidate(
        "Times New Roman", "BrokenTimesVN", broken, broken, None, None, "system", 1.0
    )
    monkeypatch.setattr(fonts_module, "_system_candidates", lambda: [candidate])
    chosen = fonts_module.register_fonts.__wrapped__(True)
    assert chosen.source == "bundled" and chosen.label == "DejaVu Serif"


def test_system_times_new_roman_is_looked_for(monkeypatch, tmp_path):
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(fonts_module, "_system_font_dirs", lambda: [tmp_path])
    [candidate] = fonts_module._system_candidates()
    assert candidate.regular == tmp_path / "times.ttf"
    assert candidate.bold == tmp_path / "timesbd.ttf"
    assert candidate.italic == tmp_path / "timesi.ttf"
    assert candidate.bold_italic is None


# ---------------------------------------------------------------------------------------------
# Text and dates


def test_vietnamese_dates():
    assert vn_date(date(2025, 7, 1)) == "ngày 01 tháng 07 năm 2025"
    assert vn_datetime(datetime(2025, 11, 22, 9, 5)) == "09 giờ 05 phút, ngày 22 tháng 11 năm 2025"
    assert vn_datetime(datetime(2026, 1, 2, 17, 0)) == "17 giờ 00 phút, ngày 02 tháng 01 năm 2026"
    assert place_date("Tân Lập", date(2025, 11, 22)) == "Tân Lập, ngày 22 tháng 11 năm 2025"
    assert place_date("", date(2025, 11, 22)).startswith("………, ngày 22")


def test_nfc_and_escaping():
    decomposed = unicodedata.normalize("NFD", "Đặng & <Ánh>")
    assert nfc(decomposed) == "Đặng & <Ánh>"
    assert esc(decomposed) == "Đặng &amp; &lt;Ánh&gt;"
    assert esc("a\nb") == "a<br/>b"
    assert nfc(None) == ""
    assert or_dots("  ") == "……………" and or_dots("x") == "x"


@given(st.text())
def test_esc_is_always_composed(text):
    out = esc(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "<" not in out.replace("<br/>", "")


def test_two_line_titles_break_evenly():
    styles = make_styles("A5")
    title = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"
    first, second = balanced_lines(title, styles.title, 340).split("<br/>")
    assert abs(len(first) - len(second)) < 12
    assert balanced_lines("NGẮN", styles.title, 340) == "NGẮN"


# ---------------------------------------------------------------------------------------------
# QR


def test_qr_matrix_comes_from_reportlab_and_matches_the_widget_drawing():
    code = "H21.17-251122-1007"
    modules = qr_modules(code)
    assert len(modules) == 21  # version 1 (alphanumeric, level M)
    assert all(len(row) == 21 for row in modules)
    assert modules[0][:7] == (True,) * 7  # finder pattern
    flowable = QrFlowable(code)
    drawing = flowable.drawing()
    assert drawing.width == pytest.approx(flowable.size)
    assert 22 <= flowable.size / 72 * 25.4 <= 25


# ---------------------------------------------------------------------------------------------
# Any name prints, composed


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=8).map(str.capitalize)
_name = st.lists(_word, min_size=2, max_size=5).map(" ".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_name, decompose=st.booleans())
def test_any_vietnamese_name_prints_composed_on_the_receipt(name, decompose):
    typed = unicodedata.normalize("NFD", name) if decompose else name
    dossier = Dossier(
        id="x",
        code="G12.34.5-260102-2001",
        procedure_code="2.000001",
        procedure_name="Chứng thực chữ ký",
        applicant=Person(name=typed),
        status=Status.RECEIVED,
        channel=Channel.ONLINE,
        received_at=datetime(2026, 1, 2, 14, 59),
        due_at=datetime(2026, 1, 2, 17, 0),
        original_due_at=datetime(2026, 1, 2, 17, 0),
        duration=0,
        unit=DurationUnit.SAME_DAY,
        rule_set="TT03-2025",
        clerk="",
    )
    pdf = render_receipt(OfficeSettings(office_id="G12.34.5", office_name="Trung tâm PVHCC"), dossier, copies=1)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    flat = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    assert f"Tiếp nhận hồ sơ của: {unicodedata.normalize('NFC', name)}" in flat
    assert "Trong ngày" in flat and "Trực tuyến" in flat


def test_blank_office_and_person_still_print(tmp_path: Path):
    dossier = Dossier(
        id="x", code="H21.17-251122-1001", procedure_code="", procedure_name="Thủ tục",
        applicant=Person(name=""), status=Status.RECEIVED, channel=Channel.POST,
        received_at=datetime(2025, 11, 22, 9, 5), due_at=datetime(2025, 11, 26, 9, 5),
        original_due_at=datetime(2025, 11, 26, 9, 5), duration=2.5, unit=DurationUnit.CALENDAR_DAYS,
        rule_set="", clerk="",
    )
    pdf = render_receipt(OfficeSettings(), dataclasses.replace(dossier), copies=1)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "BỘ PHẬN MỘT CỬA" in text and "2,5 ngày" in text and "Bưu chính công ích" in text
