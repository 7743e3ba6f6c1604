"""Citizen ratings: what the service refuses or trims, what the office sees, and the CLI per CONTRACT.md."""

from __future__ import annotations

import json
import unicodedata
from contextlib import nullcontext
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk_app.cli import run
from desk_app.domain.dossier import EventKind, Person
from desk_app.domain.errors import NotFoundError, ValidationError
from desk_app.services import feedback, lifecycle, maintenance, queries
from desk_app.services.intake import IntakeRequest, intake
from desk_app.store import models as m

BIRTH = "1.001193"  # Đăng ký khai sinh
MARITAL = "1.004873"  # Xác nhận tình trạng hôn nhân


def returned(ctx, clock, procedure: str = BIRTH, name: str = "Nguyễn Văn An"):
    dossier = intake(ctx, IntakeRequest(procedure, Person(name=name)))
    clock.advance(hours=2)
    lifecycle.apply_event(ctx, dossier.code, EventKind.FINISH)
    clock.advance(minutes=30)
    lifecycle.apply_event(ctx, dossier.code, EventKind.RETURN)
    clock.advance(minutes=1)
    return dossier


def feedback_rows(ctx):
    with ctx.reading() as session:
        return list(session.execute(select(m.FeedbackRow)).scalars())


def changes(ctx, table: str = "feedback"):
    with ctx.reading() as session:
        return list(session.execute(select(m.Change).where(m.Change.table_name == table)).scalars())


# --- recording ---------------------------------------------------------------------------------------


def test_rating_is_stored_with_dossier_clerk_and_change_sequence(ctx, clock):
    dossier = returned(ctx, clock)
    feedback.record_feedback(ctx, dossier.code.lower(), 3, 3, ("officer", "result", "officer"),
                             "Chờ hơi lâu", clerk="Lê Văn Chính")
    [stored] = queries.show(ctx, dossier.code).feedback
    assert (stored.rating, stored.scale, stored.elements) == (3, 3, ("officer", "result"))
    assert (stored.comment, stored.clerk, stored.source) == ("Chờ hơi lâu", "Lê Văn Chính", "screen")
    [row] = feedback_rows(ctx)
    assert row.procedure_code == BIRTH and row.office_id == "H21.17" and row.desk == 1
    [change] = changes(ctx)
    assert (change.row_id, change.seq) == (row.id, row.change_seq)
    assert maintenance.check(ctx).ok


def test_default_clerk_is_the_dossiers_then_the_desk_user(ctx, clock):
    dossier = returned(ctx, clock)
    feedback.record_feedback(ctx, dossier.code, 1)
    feedback.record_feedback(ctx, None, 2, source="command")
    rows = sorted(feedback_rows(ctx), key=lambda r: r.rating)
    assert [(r.rating, r.clerk, r.dossier_id is None, r.source) for r in rows] == [
        (1, "Trần Thị Bình", False, "screen"), (2, "Trần Thị Bình", True, "command")]


def test_unknown_dossier_is_refused_and_nothing_stored(ctx):
    with pytest.raises(NotFoundError) as refused:
        feedback.record_feedback(ctx, "H21.17-251124-9999", 1)
    assert "Không tìm thấy hồ sơ" in refused.value.message
    assert feedback_rows(ctx) == [] and changes(ctx) == []


@pytest.mark.parametrize(("rating", "scale", "field"), [
    (0, 3, "rating"), (4, 3, "rating"), (-1, 3, "rating"), (6, 5, "rating"), (True, 3, "rating"),
    ("2", 3, "rating"), (2.0, 3, "rating"), (1, 4, "scale"), (1, 10, "scale"),
])
def test_out_of_scale_is_refused(ctx, rating, scale, field):
    with pytest.raises(ValidationError) as refused:
        feedback.record_feedback(ctx, None, rating, scale)
    assert field in refused.value.errors
    assert "Mức đánh giá" in refused.value.message or "Thang đánh giá" in refused.value.message
    assert feedback_rows(ctx) == []


def test_unknown_element_and_source_are_refused(ctx):
    with pytest.raises(ValidationError, match="Yếu tố không hợp lệ: speed"):
        feedback.record_feedback(ctx, None, 3, 3, ("speed",))
    with pytest.raises(ValidationError, match="Nguồn đánh giá"):
        feedback.record_feedback(ctx, None, 1, source="clerk")
    assert feedback_rows(ctx) == []


def test_megabyte_comment_is_trimmed_with_a_message(ctx):
    huge = "Rất chậm. " * 500_000  # about 5 MB
    stored, note = feedback.clean_comment(huge)
    assert len(stored) <= feedback.COMMENT_LIMIT and stored.startswith("Rất chậm.")
    assert "1000 ký tự" in note
    feedback.record_feedback(ctx, None, 3, comment=huge)
    [row] = feedback_rows(ctx)
    assert row.comment == stored


def test_control_characters_are_removed_with_a_message(ctx):
    raw = "Tốt\x00\x07 lắm\u200b\x1b[31m\r\nCảm ơn"
    stored, note = feedback.clean_comment(raw)
    assert stored == "Tốt lắm[31m\nCảm ơn"
    assert "ký tự điều khiển" in note
    assert feedback.clean_comment("Dòng 1\r\nDòng 2\tthêm") == ("Dòng 1\nDòng 2 thêm", "")
    feedback.record_feedback(ctx, None, 3, comment=raw)
    assert feedback_rows(ctx)[0].comment == stored


def test_decomposed_vietnamese_is_stored_composed(ctx):
    typed = unicodedata.normalize("NFD", "Cán bộ nhiệt tình")
    feedback.record_feedback(ctx, None, 1, comment=typed)
    assert feedback_rows(ctx)[0].comment == "Cán bộ nhiệt tình"


# --- what the office sees ----------------------------------------------------------------------------


@pytest.fixture
def month(ctx, clock):
    """November and December 2025: ratings from two clerks, two procedures, anonymous, both scales."""
    birth = returned(ctx, clock)
    marital = returned(ctx, clock, MARITAL, "Trần Văn Bảo")
    clock.set(datetime(2025, 11, 25, 10, 0))
    feedback.record_feedback(ctx, birth.code, 1, clerk="Trần Thị Bình")
    feedback.record_feedback(ctx, birth.code, 3, 3, ("officer",), "Thái độ chưa tốt", clerk="Trần Thị Bình")
    feedback.record_feedback(ctx, marital.code, 2, clerk="Lê Văn Chính")
    feedback.record_feedback(ctx, marital.code, 3, 3, ("access", "result"), "", clerk="Lê Văn Chính")
    clock.set(datetime(2025, 11, 26, 15, 0))
    feedback.record_feedback(ctx, None, 1)
    feedback.record_feedback(ctx, None, 3)  # low, nothing said: counted, not listed
    feedback.record_feedback(ctx, None, 4, 5, ("procedure",), "Biểu mẫu khó hiểu")
    clock.set(datetime(2025, 12, 2, 9, 0))
    feedback.record_feedback(ctx, None, 1)
    return birth, marital


def test_summary_distribution_elements_and_low_comments(ctx, month):
    summary = feedback.summary(ctx, date(2025, 11, 1), date(2025, 11, 30))
    assert (summary.total, summary.low, summary.linked) == (7, 4, 4)
    assert summary.low_share == pytest.approx(4 / 7)
    assert summary.distribution == {3: (2, 1, 3), 5: (0, 0, 0, 1, 0)}
    assert summary.by_element == {"access": 1, "procedure": 1, "officer": 1, "result": 1, "feedback": 0}
    assert [t.key for t in summary.by_period] == ["2025-11-25", "2025-11-26"]  # daily within two months
    assert [(t.total, t.best, t.low) for t in summary.by_period] == [(4, 1, 2), (3, 1, 2)]
    clerks = {t.label: (t.total, t.low) for t in summary.by_clerk}
    assert clerks == {"Trần Thị Bình": (5, 3), "Lê Văn Chính": (2, 1)}
    procedures = {t.label: (t.total, t.low) for t in summary.by_procedure}
    assert procedures["Đăng ký khai sinh"] == (2, 1)
    assert procedures[feedback.ANONYMOUS] == (3, 2)
    birth, marital = month
    newest, *same_moment = summary.low_ratings  # newest first; the silent anonymous low is not listed
    assert (newest.code, newest.label, newest.elements, newest.comment) == (
        "", "Không hài lòng", ("procedure",), "Biểu mẫu khó hiểu")
    assert {(r.code, r.procedure_name, r.clerk, r.label, r.elements, r.comment) for r in same_moment} == {
        (birth.code, "Đăng ký khai sinh", "Trần Thị Bình", "Chưa hài lòng", ("officer",), "Thái độ chưa tốt"),
        (marital.code, marital.procedure_name, "Lê Văn Chính", "Chưa hài lòng", ("access", "result"), ""),
    }


def test_summary_filters_and_periods(ctx, month):
    birth, _marital = month
    by_clerk = feedback.summary(ctx, date(2025, 11, 1), date(2025, 11, 30), clerk="Lê Văn Chính")
    assert (by_clerk.total, by_clerk.low) == (2, 1)
    by_procedure = feedback.summary(ctx, None, None, procedure_code=BIRTH)
    assert (by_procedure.total, by_procedure.linked) == (2, 2)
    anonymous = feedback.summary(ctx, None, None, procedure_code="")
    assert (anonymous.total, anonymous.linked) == (4, 0)
    whole = feedback.summary(ctx)
    assert whole.total == 8
    assert [t.key for t in whole.by_period] == ["2025-11", "2025-12"]  # open range: by month
    december = feedback.summary(ctx, date(2025, 12, 1), date(2025, 12, 31))
    assert (december.total, december.low, december.low_ratings) == (1, 0, ())
    empty = feedback.summary(ctx, date(2026, 1, 1), date(2026, 1, 31))
    assert (empty.total, empty.low_share, empty.distribution) == (0, 0.0, {})
    with pytest.raises(ValidationError, match="Ngày bắt đầu"):
        feedback.summary(ctx, date(2025, 12, 31), date(2025, 12, 1))


# --- the headless commands (CONTRACT.md) --------------------------------------------------------------


def cli(capsys, data_dir, *argv):
    code = run(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_feedback_command_and_show_json(ctx, clock, data_dir, capsys):
    dossier = returned(ctx, clock)
    code, out, err = cli(capsys, data_dir, "show", dossier.code, "--json")
    assert code == 0 and json.loads(out)["feedback"] == []

    code, out, err = cli(capsys, data_dir, "feedback", dossier.code.lower(), "--rating", "2", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"code": dossier.code, "rating": 2}

    code, out, _ = cli(capsys, data_dir, "feedback", dossier.code, "--rating", "5", "--scale", "5",
                       "--comment", "Hồ sơ\x07 trả chậm", "--element", "result", "--json")
    assert code == 0 and json.loads(out) == {"code": dossier.code, "rating": 5}

    code, out, _ = cli(capsys, data_dir, "show", dossier.code, "--json")
    shown = json.loads(out)["feedback"]
    assert [(f["rating"], f["scale"], f["elements"], f["comment"], f["source"]) for f in shown] == [
        (2, 3, [], "", "command"), (5, 5, ["result"], "Hồ sơ trả chậm", "command")]
    assert all(f["at"] for f in shown)

    code, out, _ = cli(capsys, data_dir, "feedback", dossier.code, "--rating", "1")
    assert code == 0 and "1/3" in out  # readable Vietnamese without --json


@pytest.mark.parametrize(("argv", "status", "message"), [
    (["feedback", "H21.17-251124-9999", "--rating", "1"], 1, "Không tìm thấy hồ sơ"),
    (["feedback", "{code}", "--rating", "4"], 1, "Mức đánh giá phải từ 1 đến 3"),
    (["feedback", "{code}", "--rating", "0", "--scale", "5"], 1, "Mức đánh giá phải từ 1 đến 5"),
    (["feedback", "{code}", "--rating", "1", "--element", "speed"], 1, "Yếu tố không hợp lệ"),
    (["feedback", "{code}", "--rating", "1", "--scale", "4"], 2, "lỗi cú pháp"),
    (["feedback", "{code}", "--rating", "tốt"], 2, "lỗi cú pháp"),
])
def test_feedback_command_refuses_bad_input(ctx, clock, data_dir, capsys, argv, status, message):
    dossier = returned(ctx, clock)
    with pytest.raises(SystemExit) if status == 2 else nullcontext() as exited:
        code, _out, err = cli(capsys, data_dir, *[a.replace("{code}", dossier.code) for a in argv], "--json")
    if status == 2:
        assert exited.value.code == 2
        err = capsys.readouterr().err
    else:
        assert code == 1
        assert len(err.strip().splitlines()) == 1  # one clear line
    assert message in err
    assert feedback_rows(ctx) == []


def test_feedback_command_trims_a_huge_comment(ctx, clock, data_dir, capsys):
    dossier = returned(ctx, clock)
    code, out, err = cli(capsys, data_dir, "feedback", dossier.code, "--rating", "3", "--comment",
                         "Chậm " * 400_000, "--json")
    assert code == 0
    [stored] = queries.show(ctx, dossier.code).feedback
    assert len(stored.comment) <= feedback.COMMENT_LIMIT and stored.comment.startswith("Chậm Chậm")
