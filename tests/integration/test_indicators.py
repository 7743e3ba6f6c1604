"""The indicators (DESIGN.md §6, QĐ 766/QĐ-TTg 2.1, 5.4) on a small hand-made desk.

Every dossier is driven through the real services with the settable clock; the expected figures are
counted by hand below (each dossier says why it is on time or late), then checked against the
service, the ``report`` command, the Excel file read back, and a central store holding two offices.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import Session

from desk_app.domain.dossier import Channel, Person, Status
from desk_app.domain.errors import ValidationError
from desk_app.services import apology, feedback, indicators, intake, lifecycle, report_files
from desk_app.services.context import Actor
from desk_app.store import models as m

MARRIAGE = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days
RESIDENCE = "1.004194"  # Đăng ký tạm trú: 3 working days
BINH = "Trần Thị Bình"
CUONG = "Phạm Văn Cường"
NOW = datetime(2025, 12, 1, 12, 0)  # Monday: when the report is made
NOVEMBER = (date(2025, 11, 1), date(2025, 11, 30))


@pytest.fixture(autouse=True)
def _report_command(monkeypatch):
    """``report`` as cli/main.py wires it (report_commands.add_parsers); wired here the same way
    while main.py does not have it yet, so these tests do not depend on the order of merges."""
    from desk_app.cli import commands, main, report_commands

    parser = main.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" in sub.choices:
        return
    original = main.build_parser

    def build():
        built = original()
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
        report_commands.add_parsers(
            next(a for a in built._actions if isinstance(a, argparse._SubParsersAction)), common)
        return built

    monkeypatch.setattr(main, "build_parser", build)
    monkeypatch.setattr(commands, "cmd_report", report_commands.cmd_report, raising=False)


def _take(ctx, clock, when, name, procedure=MARRIAGE, channel=Channel.COUNTER):
    clock.set(when)
    return intake.intake(ctx, intake.IntakeRequest(procedure, Person(name), channel=channel))


def _event(ctx, clock, when, code, kind, reason=""):
    clock.set(when)
    return lifecycle.apply_event(ctx, code, kind, reason=reason)


@pytest.fixture
def desk(ctx, clock):
    """The scenario. No holiday falls between 30/10 and 3/12/2025; 3 working days from Mon 24/11
    09:0x is Thu 27/11 09:0x."""
    d = {}
    # October: L received and finished in October (outside November); K received in October,
    # finished on 3/11 (counted in November as "processed in the period", not as received).
    d["L"] = _take(ctx, clock, datetime(2025, 10, 30, 9, 0), "Lê Thị Lan", RESIDENCE)
    d["K"] = _take(ctx, clock, datetime(2025, 10, 30, 9, 5), "Võ Văn Khang", RESIDENCE)
    _event(ctx, clock, datetime(2025, 10, 30, 15, 0), d["L"].code, "finish")
    d["K"] = _event(ctx, clock, datetime(2025, 11, 3, 10, 0), d["K"].code, "finish")  # due Tue 4/11: on time
    # Monday 24/11: nine dossiers of one procedure, a minute apart.
    for minute, (key, name, channel) in enumerate([
        ("A", "Nguyễn Văn An", Channel.ONLINE), ("B", "Trần Thị Bích", Channel.POST),
        ("C", "Lê Văn Cường", Channel.COUNTER), ("D", "Phạm Thị Dung", Channel.COUNTER),
        ("E", "Hoàng Văn Em", Channel.COUNTER), ("F", "Đỗ Thị Phương", Channel.COUNTER),
        ("G", "Bùi Văn Giang", Channel.COUNTER), ("J", "Đặng Thị Giao", Channel.COUNTER),
    ]):
        d[key] = _take(ctx, clock, datetime(2025, 11, 24, 9, minute), name, channel=channel)
    ctx.actor = Actor("canbo2", CUONG)
    d["I"] = _take(ctx, clock, datetime(2025, 11, 24, 9, 30), "Ngô Văn Ích")
    ctx.actor = Actor("canbo1", BINH)
    assert d["A"].due_at == datetime(2025, 11, 27, 9, 0)

    d["G"] = _event(ctx, clock, datetime(2025, 11, 24, 10, 0), d["G"].code, "refuse", "Không thuộc thẩm quyền")
    _event(ctx, clock, datetime(2025, 11, 25, 9, 0), d["D"].code, "request-supplement", "Thiếu bản sao CCCD")
    _event(ctx, clock, datetime(2025, 11, 25, 9, 0), d["E"].code, "request-supplement", "Thiếu tờ khai")
    d["A"] = _event(ctx, clock, datetime(2025, 11, 25, 10, 0), d["A"].code, "finish")
    d["F"] = _event(ctx, clock, datetime(2025, 11, 25, 10, 0), d["F"].code, "withdraw", "Công dân xin rút")
    _event(ctx, clock, datetime(2025, 11, 25, 14, 0), d["E"].code, "supplement-received")
    _event(ctx, clock, datetime(2025, 11, 26, 9, 0), d["E"].code, "request-supplement", "Thiếu ảnh")
    _event(ctx, clock, datetime(2025, 11, 26, 10, 0), d["E"].code, "supplement-received")
    d["E"] = _event(ctx, clock, datetime(2025, 11, 26, 11, 0), d["E"].code, "finish")
    clock.set(datetime(2025, 11, 27, 8, 0))
    d["C"] = apology.apologize(ctx, d["C"].code, "Cần xác minh tại nơi cư trú cũ", datetime(2025, 12, 2, 9, 0))
    d["D"] = _event(ctx, clock, datetime(2025, 11, 27, 9, 0), d["D"].code, "supplement-received")
    assert d["D"].original_due_at == datetime(2025, 12, 1, 9, 3)  # moved by two working days of waiting
    ctx.actor = Actor("canbo2", CUONG)
    d["H"] = _take(ctx, clock, datetime(2025, 11, 28, 9, 0), "Mai Thị Hạnh", RESIDENCE)
    ctx.actor = Actor("canbo1", BINH)
    assert d["H"].due_at == datetime(2025, 12, 3, 9, 0)
    d["B"] = _event(ctx, clock, datetime(2025, 11, 28, 9, 30), d["B"].code, "finish")
    d["J"] = _event(ctx, clock, datetime(2025, 11, 28, 10, 0), d["J"].code, "stop", "Không đủ điều kiện")
    d["D"] = _event(ctx, clock, datetime(2025, 11, 28, 15, 0), d["D"].code, "finish")
    # Ratings in November (the Excel and the screen read the same), one on 1/12 (outside).
    for minute, (key, rating, scale, elements, comment) in enumerate([
        ("A", 1, 3, (), ""),
        ("B", 3, 3, ("result",), "Trả kết quả chậm so với giấy hẹn"),
        ("D", 2, 5, (), ""),
        ("E", 4, 5, ("officer", "procedure"), "Phải đi lại nhiều lần"),
        (None, 2, 3, (), ""),  # anonymous, at the counter's screen
    ]):
        clock.set(datetime(2025, 11, 28, 16, minute))
        feedback.record_feedback(ctx, d[key].code if key else None, rating, scale, elements, comment)
    d["C"] = _event(ctx, clock, datetime(2025, 12, 1, 10, 0), d["C"].code, "finish")
    clock.set(datetime(2025, 12, 1, 11, 0))
    feedback.record_feedback(ctx, d["C"].code, 3, 3, (), "Chậm")
    clock.set(NOW)
    return d


# Worked out by hand for November 2025, "now" = Mon 1/12 12:00:
#   received in November: A B C D E F G H I J                                  = 10
#   handled (received or processed in November): those 10 + K (L ended 30/10)  = 11
#   on time: A (25/11 ≤ 27/11), D (28/11 ≤ 1/12, its due moved by the supplement wait),
#            F (withdrawn 25/11), G (refused 24/11), H (open, due 3/12), K (3/11 ≤ 4/11)   = 6
#   late:    B (28/11 > 27/11), C (1/12 > 27/11: the apology's new date does not count),
#            E (two supplement requests, although finished 26/11), I (open, due 27/11 passed),
#            J (stopped 28/11 > 27/11)                                          = 5
#   late with an apology: C = 1 → 1/5 = 20%; overdue now (current due passed): I = 1
#   finished (result) in November: A B D E K = 5; refused G, withdrawn F, stopped J; open H, I
#   ratings in November: 5 — dissatisfied: B (3/3), E (4/5) = 2 → 40%; satisfied 3 → 60%
#   5.4 = 100 − (5/11 × 100 + 40)
EXPECTED = {
    "received": 10, "handled": 11, "finished": 5, "refused": 1, "withdrawn": 1, "stopped": 1, "open": 2,
    "on_time": 6, "late": 5, "late_with_apology": 1, "late_without_apology": 4, "overdue_now": 1,
    "open_in_time": 1, "due_soon": 0, "supplement_more_than_once": 1,
}
ON_TIME_RATE = 100 * 6 / 11
APOLOGY_RATE = 100 * 1 / 5
INDICATOR_5_4 = 100 - (100 * 5 / 11 + 100 * 2 / 5)


def _average_days(desk):
    finished = [desk[k] for k in "ABDEK"]
    return sum((d.finished_at - d.received_at).total_seconds() for d in finished) / 86400 / len(finished)


def test_each_indicator_on_the_scenario(ctx, desk):
    ind = indicators.report_for_desk(ctx, *NOVEMBER)
    for key, value in EXPECTED.items():
        assert getattr(ind, key) == value, key
    assert ind.on_time_rate == pytest.approx(ON_TIME_RATE)
    assert ind.late_rate == pytest.approx(100 * 5 / 11)
    assert ind.apology_rate == pytest.approx(APOLOGY_RATE)
    assert ind.average_days == pytest.approx(_average_days(desk))
    assert {c.channel: c.received for c in ind.by_channel} == {1: 8, 2: 1, 3: 1}
    assert ind.by_channel[1].share == pytest.approx(10.0)

    s = ind.satisfaction
    assert (s.total, s.satisfied, s.dissatisfied) == (5, 3, 2)
    assert s.dissatisfied_rate == pytest.approx(40.0) and s.satisfied_rate == pytest.approx(60.0)
    assert s.distribution == {3: (1, 1, 1), 5: (0, 1, 0, 1, 0)}
    elements = {e.key: (e.mentioned, e.dissatisfied) for e in s.by_element}
    assert elements == {"access": (0, 0), "procedure": (1, 1), "officer": (1, 1), "result": (1, 1),
                        "feedback": (0, 0)}
    # The dissatisfied ratings' comments, newest first.
    assert [(c.code, c.comment) for c in s.comments] == [(desk["E"].code, "Phải đi lại nhiều lần"),
                                                         (desk["B"].code, "Trả kết quả chậm so với giấy hẹn")]
    assert ind.indicator_5_4 == pytest.approx(INDICATOR_5_4)

    procedures = {g.key: g for g in ind.by_procedure}
    assert (procedures[MARRIAGE].handled, procedures[MARRIAGE].on_time, procedures[MARRIAGE].late) == (9, 4, 5)
    assert (procedures[RESIDENCE].handled, procedures[RESIDENCE].on_time, procedures[RESIDENCE].received) == (2, 2, 1)
    assert procedures[MARRIAGE].label == "Cấp Giấy xác nhận tình trạng hôn nhân"
    assert procedures[MARRIAGE].duration == "03 ngày làm việc"
    clerks = {g.key: g for g in ind.by_clerk}
    assert (clerks[BINH].handled, clerks[BINH].late, clerks[BINH].ratings, clerks[BINH].dissatisfied) == (9, 4, 5, 2)
    assert (clerks[CUONG].handled, clerks[CUONG].late, clerks[CUONG].overdue_now) == (2, 1, 1)


def test_filters_narrow_every_figure(ctx, desk):
    one = indicators.report_for_desk(ctx, *NOVEMBER, clerk=CUONG)
    assert (one.handled, one.on_time, one.late, one.overdue_now, one.satisfaction.total) == (2, 1, 1, 1, 0)
    proc = indicators.report_for_desk(ctx, *NOVEMBER, procedure_code=RESIDENCE)
    assert (proc.received, proc.handled, proc.on_time_rate) == (1, 2, 100.0)
    desk2 = indicators.report_for_desk(ctx, *NOVEMBER, desk=2)
    assert desk2.handled == 0 and desk2.on_time_rate is None


def test_drill_down_lists_the_dossiers_behind_each_figure(ctx, desk):
    with ctx.reading() as session:
        def codes(figure):
            return set(indicators.dossier_codes(session, figure, *NOVEMBER, NOW))

        assert codes("late") == {desk[k].code for k in "BCEIJ"}
        assert codes("late_without_apology") == {desk[k].code for k in "BEIJ"}
        assert codes("late_with_apology") == {desk["C"].code}
        assert codes("overdue_now") == {desk["I"].code}
        assert codes("on_time") == {desk[k].code for k in "ADFGHK"}
        assert codes("received") == {desk[k].code for k in "ABCDEFGHIJ"}
        assert codes("supplement_more_than_once") == {desk["E"].code}
        assert codes("dissatisfied") == {desk["B"].code, desk["E"].code}
        for key, value in EXPECTED.items():
            assert len(codes(key)) == value, key
        with pytest.raises(ValidationError, match="Không có chỉ tiêu"):
            indicators.dossier_codes(session, "nonsense", *NOVEMBER, NOW)


def test_empty_period_and_period_without_finished_dossiers(ctx, desk):
    empty = indicators.report_for_desk(ctx, date(2025, 6, 1), date(2025, 6, 30))
    assert (empty.received, empty.handled, empty.late) == (0, 0, 0)
    assert empty.on_time_rate is None and empty.apology_rate is None and empty.indicator_5_4 is None
    assert empty.average_days is None and empty.satisfaction.dissatisfied_rate is None
    assert indicators.format_rate(empty.on_time_rate) == "chưa có số liệu"
    data = indicators.to_json(empty)
    assert data["on_time_rate"] is None and data["on_time_rate_text"] == "chưa có số liệu"
    # The weekend 29–30/11: nothing received or finished, but C (finished 1/12), H and I were being
    # processed: rates over 3 dossiers, an average time of nothing is "chưa có số liệu".
    weekend = indicators.report_for_desk(ctx, date(2025, 11, 29), date(2025, 11, 30))
    assert (weekend.received, weekend.handled, weekend.finished, weekend.on_time) == (0, 3, 0, 1)
    assert weekend.average_days is None and weekend.on_time_rate == pytest.approx(100 / 3)
    assert (weekend.late, weekend.late_with_apology, weekend.apology_rate) == (2, 1, 50.0)
    # No late dossier at all: no apology share to give.
    assert indicators.report_for_desk(ctx, *NOVEMBER, procedure_code=RESIDENCE).apology_rate is None
    # A period that has not begun: nothing processed in it yet (open dossiers are not counted ahead).
    future = indicators.report_for_desk(ctx, date(2025, 12, 2), date(2025, 12, 31))
    assert future.handled == 0 and future.on_time_rate is None and future.overdue_now == 0


def test_reversed_dates_are_refused(ctx, desk):
    with pytest.raises(ValidationError, match="trước ngày bắt đầu"):
        indicators.report_for_desk(ctx, date(2025, 11, 30), date(2025, 11, 1))


def test_the_command_and_the_excel_file_say_the_same(ctx, desk, data_dir, tmp_path, capsys):
    from desk_app.cli import run

    xlsx, pdf = tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.pdf"
    code = run(["--data-dir", str(data_dir), "report", "--from", "2025-11-01", "--to", "2025-11-30",
                "--at", "2025-12-01T12:00", "--xlsx", str(xlsx), "--pdf", str(pdf), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    for key in ("received", "finished", "on_time_rate", "late", "late_with_apology", "overdue_now", "satisfaction"):
        assert key in data
    for key, value in EXPECTED.items():
        assert data[key] == value, key
    assert data["on_time_rate"] == round(ON_TIME_RATE, 2)
    assert data["apology_rate"] == round(APOLOGY_RATE, 2)
    assert data["indicator_5_4"] == round(INDICATOR_5_4, 2)
    assert data["satisfaction"]["distribution"] == {"3": [1, 1, 1], "5": [0, 1, 0, 1, 0]}
    assert data["satisfaction"]["dissatisfied"] == 2

    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Chỉ số", "Theo thủ tục", "Theo công chức", "Hài lòng", "Hồ sơ trễ hạn"]

    def named(key):
        sheet, cell = next(iter(book.defined_names[key].destinations))
        return book[sheet][cell.replace("$", "")].value

    for key, value in EXPECTED.items():
        if key not in ("refused", "withdrawn", "stopped"):
            assert named(key) == value, key
    assert named("on_time_rate") == pytest.approx(ON_TIME_RATE / 100, abs=1e-6)
    assert named("apology_rate") == pytest.approx(APOLOGY_RATE / 100, abs=1e-6)
    assert named("indicator_5_4") == pytest.approx(INDICATOR_5_4 / 100, abs=1e-6)
    late_sheet = book["Hồ sơ trễ hạn"]
    late_codes = {row[1] for row in late_sheet.iter_rows(values_only=True) if isinstance(row[0], int)}
    assert late_codes == {desk[k].code for k in "BCEIJ"}
    procedures = {row[1]: row for row in book["Theo thủ tục"].iter_rows(values_only=True) if isinstance(row[0], int)}
    assert procedures[MARRIAGE][5:9] == (9, 4, 4, 5)  # handled, finished (A B D E), on time, late
    assert pdf.read_bytes().startswith(b"%PDF")

    code = run(["--data-dir", str(data_dir), "report", "--from", "2025-06-01", "--to", "2025-06-30"])
    out, _ = capsys.readouterr()
    assert code == 0 and "chưa có số liệu" in out


def test_the_command_refuses_reversed_dates(data_dir, ctx, capsys):
    from desk_app.cli import run

    code = run(["--data-dir", str(data_dir), "report", "--from", "2025-11-30", "--to", "2025-11-01"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "trước ngày bắt đầu" in err and len(err.strip().splitlines()) == 1


def test_pdf_report_has_the_header_figures_and_signature(ctx, desk):
    import io

    import pypdf

    ind = indicators.report_for_desk(ctx, *NOVEMBER)
    with ctx.reading() as session:
        late = indicators.dossier_lines(session, "late", *NOVEMBER, NOW)
    pdf = report_files.build_pdf(ind, ctx.office(), late, prepared_by=BINH, on=NOW.date())
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    for expected in ("UBND XÃ TÂN LẬP", "BÁO CÁO KẾT QUẢ GIẢI QUYẾT", "Từ ngày 01/11/2025 đến ngày 30/11/2025",
                     "54,5%", "20,0%", "Lê Văn Chính", "NGƯỜI LẬP BIỂU", desk["I"].code):
        assert expected in flat, expected
    assert desk["C"].code not in flat  # late but apologised: not in the "no apology yet" list


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_central_store_per_office_gives_the_desk_figures(ctx, desk, tmp_path, backend, request):
    """A central store (the central schema's tables, on SQLite or a real PostgreSQL) holding this
    desk twice, under two office ids: each office reports the desk's figures, the whole store the sum."""
    try:
        from desk_app.store.central_models import central_metadata as metadata
    except ImportError:  # the central schema not merged yet: the desk's tables, same names and columns
        metadata = m.Base.metadata
    if backend == "postgres":  # the server of tests/integration/conftest.py; skipped where it is missing
        central = create_engine(request.getfixturevalue("pg_server").create_database())
    else:
        central = create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    metadata.create_all(central)
    with ctx.reading() as desk_session, Session(central) as session:
        for table in (m.Procedure.__table__, m.Dossier.__table__, m.FeedbackRow.__table__):
            rows = [dict(r._mapping) for r in desk_session.execute(select(table))]
            session.execute(insert(table), rows)
            if table is not m.Procedure.__table__:
                copies = []
                for row in rows:
                    copy = dict(row, id="X" + row["id"][1:], office_id="H21.18")
                    if "code" in copy:
                        copy["code"] = copy["code"].replace("H21.17", "H21.18")
                    if copy.get("dossier_id"):
                        copy["dossier_id"] = "X" + copy["dossier_id"][1:]
                    copies.append(copy)
                session.execute(insert(table), copies)
        session.commit()
        per_office = indicators.compute_by_office(session, *NOVEMBER, NOW)
        everything = indicators.compute(session, *NOVEMBER, NOW)
        one = indicators.compute(session, *NOVEMBER, NOW, office_id="H21.18")
        late_there = set(indicators.dossier_codes(session, "late", *NOVEMBER, NOW, office_id="H21.18"))
    assert list(per_office) == ["H21.17", "H21.18"]
    for figures in (*per_office.values(), one):
        for key, value in EXPECTED.items():
            assert getattr(figures, key) == value, key
        assert figures.on_time_rate == pytest.approx(ON_TIME_RATE)
        assert figures.indicator_5_4 == pytest.approx(INDICATOR_5_4)
        assert figures.satisfaction.total == 5
    assert late_there == {desk[k].code.replace("H21.17", "H21.18") for k in "BCEIJ"}
    assert everything.handled == 22 and everything.late_with_apology == 2
    assert everything.on_time_rate == pytest.approx(ON_TIME_RATE)
    data = indicators.to_json(everything, per_office)
    assert set(data["by_office"]) == {"H21.17", "H21.18"}
    assert data["by_office"]["H21.18"]["late"] == 5
    central.dispose()


def test_status_labels_of_the_late_list(ctx, desk):
    lines = indicators.lines_for_desk(ctx, "late", *NOVEMBER)
    statuses = {line.code: line.status for line in lines}
    assert statuses[desk["I"].code] is Status.RECEIVED and statuses[desk["J"].code] is Status.STOPPED
