"""The sync commands per CONTRACT.md (``export``, ``import-reference``, ``national-export``,
``central …``), the central schema's migrations on both backends, and the national layout."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk_app.cli import main as cli_main
from desk_app.store import central_models as cm
from desk_app.sync.central import CentralStore


@pytest.fixture
def cli(tmp_path, capsys):
    """Runs ``desk-app`` in-process, as the console script does."""
    folder = tmp_path / "desk-data"

    def call(*args: str, data_dir: Path = folder) -> tuple[int, str, str]:
        code = cli_main.run(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def ok(result):
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def refused(result) -> str:
    code, out, err = result
    assert code == 1, out
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_desk_to_central_and_back_by_commands(cli, tmp_path):
    ok(cli("setup", "--office-id", "H21.17", "--office-name", "Bộ phận Một cửa xã Tân Lập", "--desk", "2", "--json"))
    ok(cli("generate", "--count", "40", "--seed", "3", "--json"))
    package = tmp_path / "out" / "p1.zip"
    made = ok(cli("export", "-o", str(package), "--json"))
    assert set(made) == {"file", "desk", "from_seq", "to_seq", "rows"}
    assert made["file"] == str(package) and made["desk"] == 2 and made["from_seq"] == 1 and made["rows"] > 40
    assert "Không có thay đổi mới" in refused(cli("export", "-o", str(tmp_path / "p2.zip"), "--json"))
    again = ok(cli("export", "-o", str(tmp_path / "again.zip"), "--from-seq", "1", "--to-seq", "5", "--json"))
    assert (again["from_seq"], again["to_seq"]) == (1, 5)
    assert cli("export", "-o", str(tmp_path / "x.zip"), "--from-seq", "1")[0] == 2

    db = str(tmp_path / "central" / "central.sqlite3")
    keys = str(tmp_path / "central-keys")
    central = ["central", "--db", db, "--keys", keys]
    assert ok(cli(*central, "init", "--office-prefix", "H21", "--json"))["db"] == db
    imported = ok(cli(*central, "import", str(package), "--json"))
    assert imported == {"applied": [str(package)], "skipped": [], "held": [], "conflicts": 0}
    assert ok(cli(*central, "import", str(package), "--json"))["skipped"] == [str(package)]
    report = ok(cli(*central, "report", "--json"))
    assert report["received"] == 40 and set(report["by_office"]) == {"H21.17"}
    assert report["by_office"]["H21.17"]["received"] == 40
    desks = ok(cli(*central, "desks", "--json"))
    assert [(d["office_id"], d["desk"], d["last_applied_seq"]) for d in desks] == [("H21.17", 2, made["to_seq"])]

    bad = tmp_path / "bad.zip"
    bad.write_bytes(package.read_bytes()[:-100])
    assert "cắt cụt" in refused(cli(*central, "import", str(bad), "--json"))
    assert ok(cli(*central, "calendar", "off", "2025-12-26", "--reason", "Nghỉ bù", "--json"))["kind"] == "off"
    reference = tmp_path / "reference.zip"
    exported = ok(cli(*central, "export-reference", "-o", str(reference), "--json"))
    assert exported == {"file": str(reference), "version": 1}
    assert ok(cli("import-reference", str(reference), "--json")) == {"version": 1}
    ok(cli("calendar", "off", "2025-11-28", "--json"))
    sealed = ok(cli("export", "-o", str(tmp_path / "p3.zip"), "--json"))
    assert sealed["from_seq"] == made["to_seq"] + 1
    assert ok(cli(*central, "import", sealed["file"], "--json"))["applied"] == [sealed["file"]]
    reset = ok(cli(*central, "desks", "--reset", "H21.17", "2", "--json"))
    assert reset["next_seq"] == sealed["to_seq"] + 1
    assert "chưa được khởi tạo" in refused(cli("central", "--db", str(tmp_path / "none.sqlite3"), "report"))

    national = tmp_path / "national.json"
    exported = ok(cli("national-export", "--from", "2024-01-01", "--to", "2026-12-31", "-o", str(national), "--json"))
    assert exported["count"] == 40
    rows = json.loads(national.read_text(encoding="utf-8"))
    assert list(rows[0]) == ["MaHoSo", "MaTTHC", "KenhThucHien", "ChuHoSo", "NgayTiepNhan", "NgayHenTra",
                             "TrangThaiHoSo", "NgayKetThucXuLy", "NgayTra"]
    assert all(re.fullmatch(r"\d{14}", r["NgayTiepNhan"]) and 1 <= r["TrangThaiHoSo"] <= 10 for r in rows)
    assert all(r["NgayTra"] == "" or re.fullmatch(r"\d{14}", r["NgayTra"]) for r in rows)
    as_csv = tmp_path / "national.csv"
    ok(cli("national-export", "--from", "2024-01-01", "--to", "2026-12-31", "-o", str(as_csv), "--csv", "--json"))
    table = list(csv.DictReader(io.StringIO(as_csv.read_text(encoding="utf-8-sig"))))
    assert len(table) == 40 and table[0]["MaHoSo"] == rows[0]["MaHoSo"]
    central_national = tmp_path / "central-national.json"
    assert ok(cli(*central, "national-export", "--from", "2024-01-01", "--to", "2026-12-31", "-o",
                  str(central_national), "--json"))["count"] == 40
    assert json.loads(central_national.read_text(encoding="utf-8")) == rows


def test_import_reference_refuses_a_bad_file(cli, tmp_path):
    ok(cli("setup", "--office-id", "H21.17", "--office-name", "Bộ phận Một cửa", "--json"))
    bogus = tmp_path / "ref.zip"
    bogus.write_bytes(b"PK\x03\x04 not really")
    assert "bị cắt cụt" in refused(cli("import-reference", str(bogus), "--json"))
    assert "Không có tệp" in refused(cli("import-reference", str(tmp_path / "missing.zip")))


def test_central_on_postgresql_by_commands(cli, tmp_path, pg_server):
    url = pg_server.create_database("cli_central")
    ok(cli("setup", "--office-id", "H21.17", "--office-name", "Bộ phận Một cửa", "--json"))
    ok(cli("generate", "--count", "15", "--json"))
    package = ok(cli("export", "-o", str(tmp_path / "p.zip"), "--json"))["file"]
    central = ["central", "--db", url.replace("+psycopg", ""), "--keys", str(tmp_path / "keys")]
    assert ok(cli(*central, "init", "--json"))["db"].startswith("postgresql://postgres@127.0.0.1")
    assert ok(cli(*central, "import", package, "--json"))["applied"] == [package]
    assert ok(cli(*central, "report", "--json"))["received"] == 15
    assert ok(cli(*central, "export-reference", "-o", str(tmp_path / "r.zip"), "--json"))["version"] == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_central_migrations_match_the_models(backend, tmp_path, request):
    config = Config()
    config.set_main_option("script_location", str(Path(cm.__file__).with_name("central_migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == cm.CENTRAL_SCHEMA_HEAD
    if backend == "sqlite":
        url = str(tmp_path / "c.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database("migration_check")
    store = CentralStore.init(url, tmp_path / "keys")
    try:
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                    cm.central_metadata)
        assert diff == []
        again = CentralStore.init(url, tmp_path / "keys")  # idempotent
        again.close()
    finally:
        store.close()
