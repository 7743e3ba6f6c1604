"""Kill a process that is logging dossiers, many times: nothing acknowledged is lost, no code repeats."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desk_app.store.engine import DB_FILE

CHILD = Path(__file__).with_name("crash_child.py")


def run_and_kill(folder: Path, rng: random.Random) -> list[str]:
    process = subprocess.Popen([sys.executable, str(CHILD), str(folder)], stdout=subprocess.PIPE, text=True,
                               env=dict(os.environ, PYTHONUNBUFFERED="1"))
    acknowledged: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            acknowledged.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while "ready" not in acknowledged and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0.05, 0.6))
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join(timeout=10)
    return [code for code in acknowledged if code != "ready"]


@pytest.mark.slow
def test_sigkill_during_intake_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(766)
    folder = tmp_path / "crash"
    acknowledged: list[str] = []
    for _ in range(12):
        acknowledged += run_and_kill(folder, rng)
    assert len(acknowledged) > 12, "the child should have saved dossiers between kills"
    with sqlite3.connect(folder / DB_FILE) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = [row[0] for row in connection.execute("SELECT code FROM dossiers")]
        changes = connection.execute("SELECT count(*) FROM changes WHERE table_name='dossiers'").fetchone()[0]
    connection.close()
    assert len(codes) == len(set(codes))
    assert set(acknowledged) <= set(codes)
    assert changes == len(codes)
