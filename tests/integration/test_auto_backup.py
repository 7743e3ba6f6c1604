"""Automatic daily copies with rotation; a vanished backup folder is a clear message, not a loss."""

from datetime import timedelta

import pytest

from desk_app.domain.dossier import Person
from desk_app.domain.errors import DeskError
from desk_app.services import intake, maintenance


def test_one_copy_a_day_and_rotation(ctx, clock, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    first = maintenance.auto_backup(ctx, folder=folder)
    assert first is not None and first.exists()
    assert maintenance.auto_backup(ctx, folder=folder) is None  # already one today
    assert maintenance.auto_backup(ctx, reason="close", folder=folder) is not None  # closing always copies
    start = clock.now
    for day in range(1, 60):
        clock.set(start + timedelta(days=day))
        maintenance.auto_backup(ctx, folder=folder)
    names = sorted(p.name for p in folder.glob("desk-auto-*.sqlite3"))
    days = {n[len("desk-auto-"):len("desk-auto-") + 8] for n in names}
    assert len(names) == len(days) <= maintenance.KEEP_DAILY + maintenance.KEEP_WEEKLY
    newest = (start + timedelta(days=59)).strftime("%Y%m%d")
    assert newest in days
    assert (start + timedelta(days=53)).strftime("%Y%m%d") in days  # the 7 newest days are all kept


def test_vanished_folder_is_a_clear_message(ctx, tmp_path):
    with pytest.raises(DeskError, match="USB"):
        maintenance.auto_backup(ctx, folder=tmp_path / "rut-ra")


def test_latest_backup_is_offered(ctx):
    assert maintenance.latest_backup(ctx) is None
    made = maintenance.auto_backup(ctx)
    assert maintenance.latest_backup(ctx) == made


def test_damaged_database_is_replaced_by_the_newest_copy_and_kept_aside(ctx, data_dir):
    from desk_app.services.context import DeskContext
    from desk_app.store.files import DB_FILE

    kept = intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    maintenance.auto_backup(ctx)
    ctx.close()
    database = data_dir / DB_FILE
    with database.open("r+b") as handle:  # a power cut in the middle of a page write
        handle.seek(4096)
        handle.write(b"\x00" * 8192)
    for suffix in ("-wal", "-shm"):
        (data_dir / (DB_FILE + suffix)).unlink(missing_ok=True)
    import sqlite3

    probe = sqlite3.connect(database)
    try:
        damaged = probe.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        damaged = True
    finally:
        probe.close()
    assert damaged
    copy = maintenance.newest_local_backup(data_dir)
    assert copy is not None
    aside = maintenance.recover_from_backup(data_dir, copy)
    assert aside.exists()
    reopened = DeskContext.open(data_dir)
    assert maintenance.check(reopened).ok
    from desk_app.services import queries

    assert queries.show(reopened, kept.code).applicant.name == "Nguyễn Văn An"
    reopened.close()


def test_the_chosen_folder_is_kept_in_the_settings(ctx, tmp_path):
    from desk_app.domain.errors import PermissionDenied
    from desk_app.services import office
    from desk_app.services.context import Actor

    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(PermissionDenied):
        office.update_settings(ctx, backup_folder=str(usb))  # the fixture's actor is a clerk
    ctx.actor = Actor("quantri", "Quản trị viên", "admin")
    office.update_settings(ctx, backup_folder=str(usb))
    ctx.settings_changed()
    assert maintenance.backup_folder(ctx) == usb
    made = maintenance.auto_backup(ctx)
    assert made is not None and made.parent == usb
