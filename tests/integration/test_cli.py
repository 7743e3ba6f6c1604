"""The command line per CONTRACT.md: JSON keys, exit codes, one clear line on stderr when refused."""

import json
import subprocess
import sys

import pypdf
import pytest

from desk_app.cli import run


@pytest.fixture
def cli(tmp_path, capsys):
    folder = tmp_path / "cli-data"

    def call(*args):
        code = run(["--data-dir", str(folder), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def json_of(result):
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def test_new_folder_setup_intake_show(cli, tmp_path):
    assert json_of(cli("setup", "--office-id", "H21.17", "--office-name", "Bộ phận Một cửa xã Tân Lập",
                       "--desk", "2", "--json")) == {"office_id": "H21.17", "desk": 2}
    procedures = json_of(cli("procedures", "--json"))
    assert len(procedures) >= 40 and set(procedures[0]) >= {"code", "name", "duration", "unit"}
    receipt = tmp_path / "receipt.pdf"
    made = json_of(cli("intake", "--procedure", "1.001193", "--name", "Nguyễn Văn An", "--phone", "0912345678",
                       "--received-at", "2025-11-24T09:00", "--receipt", str(receipt), "--json"))
    assert made["code"] == "H21.17-251124-2001"
    assert made["received_at"] == "2025-11-24T09:00:00" and made["due_at"] == "2025-11-24T17:00:00"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(receipt).pages)
    assert "Nguyễn Văn An" in text and made["code"] in text
    shown = json_of(cli("show", made["code"], "--json"))
    for key in ("code", "status", "status_code", "received_at", "due_at", "original_due_at", "finished_at",
                "returned_at", "apologies", "feedback"):
        assert key in shown
    assert shown["status_code"] == 2 and shown["finished_at"] is None


def test_due_command(cli):
    assert json_of(cli("due", "--received", "2025-04-25T10:00", "--duration", "10", "--unit", "working_days",
                       "--json")) == {"due_at": "2025-05-13T10:00:00"}
    assert json_of(cli("due", "--received", "2025-11-24T15:30", "--duration", "0", "--unit", "same_day",
                       "--cutoff", "15:00", "--json")) == {"due_at": "2025-11-25T17:00:00"}


def test_calendar_override_moves_dues(cli):
    args = ("due", "--received", "2025-11-25T09:00", "--duration", "1", "--unit", "working_days", "--json")
    before = json_of(cli(*args))
    assert json_of(cli("calendar", "off", "2025-11-26", "--reason", "Bão số 15", "--json")) == {
        "date": "2025-11-26", "kind": "off"}
    after = json_of(cli(*args))
    assert before["due_at"] == "2025-11-26T09:00:00" and after["due_at"] == "2025-11-27T09:00:00"


def test_refusals_exit_1_with_one_line(cli):
    cli("setup", "--office-id", "H21.17", "--office-name", "Một cửa")
    code, out, err = cli("intake", "--procedure", "9.999", "--name", "An")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "thủ tục" in err
    code, _, err = cli("event", "H21.17-251124-1001", "finish")
    assert code == 1 and "Không tìm thấy" in err
    code, _, err = cli("due", "--received", "hôm qua", "--duration", "1", "--unit", "working_days")
    assert code == 2 and "YYYY-MM-DD" in err


def test_usage_errors_exit_2(cli):
    with pytest.raises(SystemExit) as info:
        cli("intake")
    assert info.value.code == 2


def test_lifecycle_commands(cli, tmp_path):
    cli("setup", "--office-id", "H21.17", "--office-name", "Một cửa")
    code = json_of(cli("intake", "--procedure", "1.004873", "--name", "Trần Văn Nam",
                       "--received-at", "2025-11-24T09:00", "--json"))["code"]
    assert json_of(cli("event", code, "transfer", "--at", "2025-11-24T10:00", "--json"))["status"] == "in_progress"
    refused = cli("event", code, "return", "--at", "2025-11-24T11:00")
    assert refused[0] == 1
    json_of(cli("event", code, "request-supplement", "--at", "2025-11-25T09:00", "--reason", "Thiếu giấy",
                "--missing", "Bản sao CCCD", "--json"))
    moved = json_of(cli("event", code, "supplement-received", "--at", "2025-11-27T09:00", "--json"))
    assert moved["due_at"] == "2025-12-01T09:00:00"
    pdf = tmp_path / "apology.pdf"
    answer = json_of(cli("apologize", code, "--reason", "Cần xác minh", "--new-due", "2025-12-03T09:00",
                         "--at", "2025-12-01T10:00", "--pdf", str(pdf), "--json"))
    assert answer == {"code": code, "due_at": "2025-12-03T09:00:00", "original_due_at": "2025-12-01T09:00:00"}
    assert "Cần xác minh" in "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    for form in ("receipt", "supplement", "control"):
        out = tmp_path / f"{form}.pdf"
        assert cli("print", form, code, "-o", str(out))[0] == 0 and out.read_bytes().startswith(b"%PDF")
    assert cli("print", "refusal", code, "-o", str(tmp_path / "x.pdf"))[0] == 1
    book = tmp_path / "book.pdf"
    assert cli("print", "book", "--from", "2025-11-01", "--to", "2025-11-30", "-o", str(book))[0] == 0
    assert code in "".join(p.extract_text() for p in pypdf.PdfReader(book).pages)
    workbook = tmp_path / "so-theo-doi.xlsx"
    assert cli("print", "book", "--from", "2025-11-01", "--to", "2025-11-30", "-o", str(workbook))[0] == 0
    from openpyxl import load_workbook

    sheet = load_workbook(workbook).active
    assert sheet["B3"].value == "Mã hồ sơ" and sheet["B4"].value == code and sheet["E4"].value == "Trần Văn Nam"
    assert sheet["L4"].value.startswith("Đang xử lý") and sheet["H4"].is_date
    assert [r["code"] for r in json_of(cli("search", "tran van", "--json"))] == [code]
    listed = json_of(cli("list", "--status", "in_progress", "--json"))
    assert listed and set(listed[0]) == {"code", "name", "status", "due_at"}
    assert json_of(cli("check", "--json")) == {"integrity": "ok", "audit": "ok"}


def test_module_and_version_entry_points():
    result = subprocess.run([sys.executable, "-m", "desk_app", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("desk-app ")


def test_self_test():
    result = subprocess.run([sys.executable, "-m", "desk_app", "--self-test"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Tự kiểm tra đạt" in result.stdout
