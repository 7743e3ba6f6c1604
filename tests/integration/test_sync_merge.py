"""Desk → central on SQLite and on a real PostgreSQL server: round trip, idempotence, updates,
conflicts, gaps held then applied, key trust, reference data back to the desk."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import DeskError
from desk_app.store import central_models as cm
from desk_app.store import models as m
from desk_app.sync import reference
from desk_app.sync.package import PackageRefused, decode_rows
from tests.integration.conftest import Desk, store_content

SYNCED = ("dossiers", "dossier_events", "apologies", "feedback")


def desk_rows(desk: Desk, table: str) -> list[tuple]:
    source = m.Base.metadata.tables[table]
    with desk.ctx.reading() as session:
        return [tuple(r) for r in session.execute(select(source).order_by(source.c.id))]


def central_rows(store, table: str, office_id: str | None = None, desk: int | None = None) -> list[tuple]:
    target = cm.SYNCED_TABLES[table]
    query = select(target).order_by(target.c.id)
    if office_id is not None:
        query = query.where(target.c.office_id == office_id, target.c.desk == desk)
    with store.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(query)]


def count(store, table) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def test_round_trip_is_exact_and_idempotent(central, make_desk):
    desk = make_desk("H21.17", 1)
    desk.generate(150, seed=11)
    first = desk.export()
    result = central.import_files([first])
    assert result.to_json() == {"applied": [str(first)], "skipped": [], "held": [], "conflicts": 0}
    for table in SYNCED:
        assert central_rows(central, table) == desk_rows(desk, table), table
    before = store_content(central)
    again = central.import_files([first, first])
    assert again.applied == [] and again.skipped == [str(first), str(first)] and again.conflicts == 0
    assert store_content(central) == before
    # Rows changed after the first package come as updates (higher change_seq), never as conflicts.
    desk.now = desk.now.replace(hour=10)
    assert desk.finish_some(5) == 5
    desk.generate(20, seed=12)
    second = desk.export()
    result = central.import_files([second])
    assert result.applied == [str(second)] and result.conflicts == 0
    for table in SYNCED:
        assert central_rows(central, table) == desk_rows(desk, table), table
    [registered] = central.desks()
    assert registered["last_applied_seq"] == desk.ctx.engine.connect().execute(
        select(func.max(m.Change.seq))).scalar()


def test_personal_data_sealed_once_the_desk_has_the_reference(central, make_desk, tmp_path):
    desk = make_desk("H21.17", 2)
    desk.generate(30, seed=3)
    plain_package = desk.export()
    with zipfile.ZipFile(plain_package) as archive:
        assert "personal.jsonl" in archive.namelist()
    reference.set_calendar_day(central, date(2025, 12, 26), "off", "Nghỉ bù theo thông báo của tỉnh")
    ref = tmp_path / "reference.zip"
    version = reference.export_reference(central, ref)
    assert reference.apply_reference(desk.ctx, ref) == version
    assert desk.ctx.calendar().is_working_day(date(2025, 12, 26)) is False
    desk.generate(30, seed=4)
    sealed_package = desk.export()
    with zipfile.ZipFile(sealed_package) as archive:
        names = archive.namelist()
        assert "personal.bin" in names and "personal.jsonl" not in names
        _, rows = decode_rows(archive.read("dossiers.jsonl"), "t", "dossiers")
        blob = archive.read("personal.bin")
    phone = desk_rows(desk, "dossiers")[0][[c.name for c in m.Dossier.__table__.columns].index("phone")]
    assert phone and phone.encode() not in blob
    assert central.import_files([plain_package, sealed_package]).conflicts == 0
    assert central_rows(central, "dossiers") == desk_rows(desk, "dossiers")
    # The same version again changes nothing; an older one is refused.
    assert reference.apply_reference(desk.ctx, ref) == version
    reference.set_calendar_day(central, date(2025, 12, 29), "work", "Làm bù")
    newer = tmp_path / "reference-2.zip"
    assert reference.export_reference(central, newer) == version + 1
    assert reference.apply_reference(desk.ctx, newer) == version + 1
    with pytest.raises(PackageRefused, match="cũ hơn"):
        reference.apply_reference(desk.ctx, ref)


def test_reference_signed_by_another_key_is_refused(centrals, make_desk, tmp_path):
    desk = make_desk("H21.17", 3)
    ours = centrals.new()
    ref = tmp_path / "ours.zip"
    reference.export_reference(ours, ref)
    reference.apply_reference(desk.ctx, ref)
    from desk_app.sync.central import CentralStore

    foreign = CentralStore.init(str(tmp_path / "foreign.sqlite3"), tmp_path / "foreign-keys")
    for _ in range(3):
        reference.set_calendar_day(foreign, date(2025, 12, 31), "off")
    forged = tmp_path / "foreign.zip"
    reference.export_reference(foreign, forged)
    reference.export_reference(foreign, forged)
    with pytest.raises(PackageRefused, match="khóa khác"):
        reference.apply_reference(desk.ctx, forged)
    other_office = make_desk("H22.01", 1)
    scoped = tmp_path / "scoped.zip"
    reference.export_reference(ours, scoped)  # ours is scoped to H21
    with pytest.raises(PackageRefused, match="dành cho đơn vị"):
        reference.apply_reference(other_office.ctx, scoped)
    ours.close()
    foreign.close()


def test_conflict_is_recorded_not_overwritten(central, make_desk, tmp_path):
    desk = make_desk("H21.17", 4)
    desk.generate(40, seed=5)
    central.import_files([desk.export()])
    # A copy of the desk (a restored backup) goes on with other work under the same change numbers.
    desk.ctx.engine.dispose()
    twin_folder = tmp_path / "twin"
    shutil.copytree(desk.ctx.data_dir, twin_folder)
    twin = Desk.__new__(Desk)
    from desk_app.services.context import Actor, DeskContext

    twin.now = desk.now
    twin.ctx = DeskContext.open(twin_folder, actor=Actor("canbo4b", role="admin"), clock=lambda: twin.now)
    twin.out = twin_folder / "packages"
    twin.count = 10
    try:
        assert desk.finish_some(3) == 3
        twin.now = twin.now.replace(hour=15)
        assert twin.finish_some(3) == 3
        ours, theirs = desk.export(), twin.export()
        kept = central_rows(central, "dossiers")
        result = central.import_files([ours])
        assert result.conflicts == 0
        kept = central_rows(central, "dossiers")
        result = central.import_files([theirs])
        assert result.applied == [str(theirs)] and result.conflicts == 3
        assert central_rows(central, "dossiers") == kept
        conflicts = central.conflicts()
        assert len(conflicts) == 3 and {c["table"] for c in conflicts} == {"dossiers"}
        assert all("khác nội dung" in c["reason"] for c in conflicts)
        # The events of the conflicting twin still have their dossier, so they are kept (new keys).
        assert count(central, cm.Conflict.__table__) == 3
    finally:
        twin.ctx.close()


def test_gap_is_held_then_applied(central, make_desk):
    desk = make_desk("H21.17", 5)
    packages = []
    for seed in range(3):
        desk.generate(25, seed=20 + seed)
        packages.append(desk.export())
    first, second, third = packages
    assert central.import_files([first]).applied == [str(first)]
    held = central.import_files([third])
    assert held.held == [str(third)] and held.applied == []
    before = store_content(central)
    assert central.import_files([third]).held == [str(third)]  # still waiting, nothing changes
    assert store_content(central) == before
    [registered] = central.desks()
    assert registered["held"] == 1
    closed = central.import_files([second])
    assert closed.applied == [str(second), str(third)] and closed.held == []
    for table in SYNCED:
        assert central_rows(central, table) == desk_rows(desk, table), table
    assert central.desks()[0]["held"] == 0


def test_re_export_of_an_earlier_range_fills_a_lost_package(central, make_desk):
    desk = make_desk("H21.17", 6)
    desk.generate(25, seed=31)
    lost = desk.export()
    desk.now = desk.now.replace(hour=11)
    desk.finish_some(4)  # rows of the lost range change again later
    desk.generate(10, seed=32)
    later = desk.export()
    assert central.import_files([later]).held == [str(later)]
    with zipfile.ZipFile(lost) as archive:
        import json

        manifest = json.loads(archive.read("manifest.json"))
    lost.unlink()
    again = desk.export(from_seq=manifest["from_seq"], to_seq=manifest["to_seq"])
    result = central.import_files([again])
    assert result.applied == [str(again), str(later)] and result.conflicts == 0
    for table in SYNCED:
        assert central_rows(central, table) == desk_rows(desk, table), table


def test_a_different_key_is_refused_until_the_desk_is_reset(central, make_desk):
    desk = make_desk("H21.17", 7)
    desk.generate(10, seed=41)
    central.import_files([desk.export()])
    (desk.ctx.data_dir / "keys" / "desk_ed25519.pem").unlink()  # reinstalled keys
    desk.generate(10, seed=42)
    package = desk.export()
    before = store_content(central)
    with pytest.raises(PackageRefused, match="khác khóa đã tin cậy"):
        central.import_files([package])
    assert store_content(central) == before
    reset = central.reset_desk("H21.17", 7)
    assert reset["old_key"] and reset["next_seq"] > 1
    assert central.import_files([package]).applied == [str(package)]
    with pytest.raises(DeskError):
        central.reset_desk("H21.99", 1)


def test_desks_of_several_offices_and_users(central, make_desk):
    desks = [make_desk("H21.17", 1), make_desk("H21.17", 2), make_desk("H21.18", 1)]
    files = []
    for number, desk in enumerate(desks):
        desk.generate(20, seed=50 + number)
        files.append(desk.export())
    result = central.import_files(list(reversed(files)))
    assert sorted(result.applied) == sorted(map(str, files))
    assert [(d["office_id"], d["desk"]) for d in central.desks()] == [("H21.17", 1), ("H21.17", 2), ("H21.18", 1)]
    for desk in desks:
        office = desk.ctx.office()
        assert central_rows(central, "dossiers", office.office_id, office.desk) == desk_rows(desk, "dossiers")


def test_package_of_an_office_outside_the_store_scope_is_refused(central, make_desk):
    desk = make_desk("H22.05", 1)
    desk.generate(5, seed=61)
    before = store_content(central)
    with pytest.raises(PackageRefused, match="không thuộc phạm vi"):
        central.import_files([desk.export()])
    assert store_content(central) == before


def test_big_batches_decode_ahead_in_a_helper_process(central, make_desk, monkeypatch):
    """A province's batch: packages decoded ahead (helper process), merged in order, each one whole."""
    from desk_app.sync import central as central_module

    monkeypatch.setattr(central_module, "_VERIFY_CACHE_ROWS", 0)
    monkeypatch.setattr(central_module, "_PROCESS_ROWS", 1)
    desks = [make_desk("H21.17", 1), make_desk("H21.18", 2)]
    files = []
    for number, desk in enumerate(desks):
        for round_number in range(2):
            desk.generate(15, seed=200 + 10 * number + round_number)
            files.append(desk.export())
    result = central.import_files(list(reversed(files)))
    assert sorted(result.applied) == sorted(map(str, files)) and result.conflicts == 0
    for desk in desks:
        office = desk.ctx.office()
        # Every table, times included: the helper sends them as checked text, parsed here before the merge.
        for table in ("dossiers", "dossier_events", "apologies", "feedback"):
            assert central_rows(central, table, office.office_id, office.desk) == desk_rows(desk, table), table
