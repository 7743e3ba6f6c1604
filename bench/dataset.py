"""A desk database with N generated dossiers, made once and reused (kept under the system temp folder)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from desk_app.services import generator, office
from desk_app.services.context import Actor, DeskContext

NOW = datetime(2026, 11, 20, 10, 0)
# Bumped when the generator changes what it makes: a cached dataset of an older version is made again.
# 2: nothing recorded after NOW (older data held withdrawals in the future, which the clock check flags).
VERSION = 2


def dataset_dir(count: int) -> Path:
    base = Path(os.environ.get("DESK_BENCH_DIR", Path(tempfile.gettempdir()) / "desk-bench"))
    return base / f"dossiers-{count}"


def ensure_dataset(count: int, quiet: bool = False) -> Path:
    folder = dataset_dir(count)
    ready = folder / "ready"
    if ready.exists() and ready.read_text().split() == [str(count), f"v{VERSION}"]:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    ctx = DeskContext.open(folder, actor=Actor("bench", "Cán bộ đo hiệu năng"), clock=lambda: NOW)
    office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", parent_name="UBND XÃ TÂN LẬP",
                        place_name="Tân Lập")
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not quiet:
            print(f"\r  generating {done:,}/{total:,}", end="", flush=True)

    generator.generate(ctx, count, seed=7, progress=progress)
    if not quiet:
        print(f"\r  generated {count:,} dossiers in {time.perf_counter() - started:.0f} s")
    with ctx.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    ready.write_text(f"{count} v{VERSION}")
    return folder


def open_dataset(count: int) -> DeskContext:
    return DeskContext.open(ensure_dataset(count), actor=Actor("bench", "Cán bộ đo hiệu năng"), clock=lambda: NOW)
