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
