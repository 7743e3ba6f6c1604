"""Desk benchmarks: start-up, intake + receipt, search, overdue list, memory (DESIGN.md §7)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from common import Figure, median_ms
from dataset import NOW, ensure_dataset, open_dataset

from desk_app.domain.dossier import Person
from desk_app.services import intake, printing, queries

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
# An installed app runs from compiled bytecode (the bundle ships .pyc only): a shell that forbids
# writing it would have the app's own modules compiled at every start, the bare window's not.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
# Both are timed to the same moment: the window shown and painted once.
BARE_WINDOW = (
    "import os, sys, time\n"
    "from PySide6.QtCore import QCoreApplication, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); window = QMainWindow(); window.resize(1366, 768); window.show()\n"
    "QCoreApplication.processEvents()\n"
    "print(f'window shown after {(time.time() - float(os.environ[\"DESK_APP_STARTED_AT\"])) * 1000:.1f} ms',"
    " file=sys.stderr)\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _shown_once(command: list[str]) -> tuple[float, float]:
    """Time from process start to the window on screen, and to the process's end (ms)."""
    started = time.time()
    result = subprocess.run(command, env=dict(ENV, DESK_APP_STARTED_AT=repr(started)), check=True,
                            capture_output=True, text=True, timeout=120)
    total = (time.time() - started) * 1000
    line = next(x for x in result.stderr.splitlines() if x.startswith("window shown after"))
    return float(line.split()[3]), total


BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "desk-app" / (
    "desk-app.exe" if os.name == "nt" else "desk-app")


def startup(count: int, repeat: int = 21) -> list[Figure]:
    folder = ensure_dataset(count)
    commands = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "app": [sys.executable, "-m", "desk_app", "--data-dir", str(folder), "gui", "--smoke"],
    }
    if BUNDLE.exists():  # what a clerk runs: the PyInstaller bundle (python scripts/dev.py bundle)
        commands["bundle"] = [str(BUNDLE), "--data-dir", str(folder), "gui", "--smoke"]
    for command in commands.values():
        _shown_once(command)  # bytecode written, files in the disk cache
    runs: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
    for _ in range(repeat):  # alternated, so a busy moment of the machine weighs on all alike
        for key, command in commands.items():
            runs[key].append(_shown_once(command))
    shown = {key: statistics.median(x[0] for x in values) for key, values in runs.items()}
    fastest = {key: min(x[0] for x in values) for key, values in runs.items()}
    # Each run against the bare window started just before it: the machine's slow moments weigh on
    # the pair, not on one side only.
    paired = {key: statistics.median(x[0] / b[0] for x, b in zip(values, runs["bare"], strict=True))
              for key, values in runs.items()}
    bare = shown["bare"]
    figures = [
        Figure("start-up: bare PySide6 window shown", bare, "ms", bare, True,
               f"reference; median of {repeat}, fastest {fastest['bare']:.0f} ms"),
    ]
    labels = {"app": f"start-up: desk app main window shown ({count:,} dossiers)",
              "bundle": "start-up: the same from the installed bundle"}
    for key in ("app", "bundle"):
        if key in shown:
            figures.append(Figure(labels[key], shown[key], "ms", 2 * bare, shown[key] <= 2 * bare,
                                  f"{shown[key] / bare:.2f}× bare; run by run {paired[key]:.2f}×; "
                                  f"fastest {fastest[key]:.0f} ms"))
    total = statistics.median(x[1] for x in runs["app"])
    bare_total = statistics.median(x[1] for x in runs["bare"])
    # No budget in DESIGN.md §7 for this one: it shows what the window leaves to the worker.
    figures.append(Figure("start-up: desk app until the database is open and the process ended", total, "ms",
                          total, True, f"bare window process: {bare_total:.0f} ms"))
    return figures


def intake_and_receipt(count: int) -> list[Figure]:
    ctx = open_dataset(count)
    moments = iter(NOW + timedelta(minutes=i) for i in range(10_000))
    ctx.clock = lambda: next(moments)
    printing.print_form(ctx, "receipt", queries.list_dossiers(ctx, limit=1)[0].code)  # fonts registered once

    def one() -> None:
        dossier = intake.intake(ctx, intake.IntakeRequest(
            "1.001193", Person("Nguyễn Văn Đo Hiệu Năng", "001203004567", "0912345678", address="Thôn Đông")))
        printing.render_form(ctx, "receipt", dossier)

    value = median_ms(one, 40)
    ctx.close()
    return [Figure(f"intake saved + receipt PDF ({count:,} stored)", value, "ms", 100, value < 100)]


def search(count: int) -> list[Figure]:
    ctx = open_dataset(count)
    sample = queries.list_dossiers(ctx, limit=1, offset=count // 2)[0]
    dossier = queries.show(ctx, sample.code)
    cases = {
        "code": sample.code,
        "name without diacritics": "nguyen thi h",
        "rare name": "luong xuan vinh",
        "phone": dossier.applicant.phone,
        "ID number": dossier.applicant.id_number,
    }
    figures = []
    for label, text in cases.items():
        value = median_ms(lambda text=text: queries.search(ctx, text), 30)
        figures.append(Figure(f"search by {label}", value, "ms", 50, value < 50))
    ctx.close()
    return figures


def overdue_list(count: int) -> list[Figure]:
    ctx = open_dataset(count)
    overdue = median_ms(lambda: queries.list_dossiers(ctx, overdue=True, limit=100), 20)
    soon = median_ms(lambda: queries.list_dossiers(ctx, due_within_hours=24, limit=100), 20)
    counts = median_ms(lambda: queries.today_counts(ctx), 10)
    ctx.close()
    return [
        Figure("overdue list, first screenful", overdue, "ms", 200, overdue < 200),
        Figure("due in 24 h list, first screenful", soon, "ms", 200, soon < 200),
        Figure("today's counts (navigation badges)", counts, "ms", 200, counts < 200),
    ]


MEMORY_SCRIPT = """
import os, resource, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from desk_app.gui.main_window import MainWindow
from desk_app.gui.worker import DbWorker
from desk_app.services.context import DeskContext

app = QApplication([])
now = datetime.fromisoformat(sys.argv[2])  # the dataset's "now": no clock warning box to wait on
ctx = DeskContext.open(Path(sys.argv[1]), clock=lambda: now)
worker = DbWorker()
window = MainWindow(ctx, worker)
window.resize(1366, 768)
window.show()
for key in ("today", "dossiers", "reports", "intake"):  # every page built and its first data loaded
    window.show_page(key)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        worker.wait(50)
        QCoreApplication.processEvents()
        if not worker._pending:
            break
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory(count: int) -> list[Figure]:
    folder = ensure_dataset(count)
    # The next morning at the desk: after every earlier benchmark's work (the intake figure adds dossiers
    # a few minutes after NOW), so the window's clock check has nothing to ask about.
    morning = (NOW + timedelta(days=1)).replace(hour=7, minute=30)
    result = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(folder), morning.isoformat()], env=ENV,
                            capture_output=True, text=True, timeout=600, check=True)
    peak_mb = int(result.stdout.strip().splitlines()[-1]) / 1024
    return [Figure(f"memory of the running app ({count:,} dossiers)", peak_mb, "MB", 300, peak_mb < 300,
                   "peak RSS after opening today's lists, the dossier list, the reports and the intake form")]


def report(count: int) -> list[Figure]:
    from desk_app.services import indicators

    ctx = open_dataset(count)
    whole = median_ms(lambda: indicators.report_for_desk(ctx, None, None), 5)
    year = median_ms(lambda: indicators.report_for_desk(ctx, NOW.date() - timedelta(days=365), NOW.date()), 5)
    ctx.close()
    return [
        Figure(f"indicators report, all {count:,} dossiers", whole, "ms", 2000, whole < 2000),
        Figure("indicators report, the last year", year, "ms", 2000, year < 2000),
    ]


def export(count: int) -> list[Figure]:
    import tempfile
    from pathlib import Path

    from desk_app.sync.export import export_package

    ctx = open_dataset(count)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = export_package(ctx, Path(folder) / "export.zip", from_seq=1, to_seq=100_000)
        seconds = time.perf_counter() - started
    ctx.close()
    return [Figure(f"export of 100,000 changes ({result.rows:,} rows)", seconds, "s", 5, seconds < 5)]


def merge(count: int) -> list[Figure]:
    """Central merge into PostgreSQL: count/10,000 desks × 10,000 dossiers (bench_sync.py does the work)."""
    import json
    from pathlib import Path

    desks = max(1, min(100, count // 10_000))
    script = Path(__file__).with_name("bench_sync.py")
    result = subprocess.run([sys.executable, str(script), "--desks", str(desks), "--dossiers", "10000"],
                            capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        return [Figure("central merge into PostgreSQL", 0, "rows/s", 50_000, False,
                       (result.stderr.strip().splitlines() or ["failed"])[-1])]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    rate, share = figures["rows_per_second"], figures["remerge_share"] * 100
    return [
        Figure(f"central merge, {desks} desks × 10,000 dossiers ({figures['rows']:,} rows)", rate, "rows/s",
               50_000, rate >= 50_000, "higher is better"),
        Figure("re-merge of the same packages, share of the first merge", share, "%", 10, share < 10),
        Figure("export of 100,000 changes (bench_sync)", figures.get("export_seconds", 0), "s", 5,
               figures.get("export_seconds", 0) < 5),
    ]
