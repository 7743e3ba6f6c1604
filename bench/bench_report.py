"""The indicators report over N generated dossiers (default 1,000,000) against its 2 s budget.

    .venv/bin/python bench/bench_report.py [--count N] [--seed S] [--runs 5] [--fresh]

The desk database is generated once and cached under /tmp (``desk-bench-report-<N>-<seed>``), so
later runs only time the report. Printed: generation rate (first run), the median of ``--runs``
reports for the whole year and for one month, the drill-down list, and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desk_app.services import generator, indicators, office  # noqa: E402
from desk_app.services.context import Actor, DeskContext  # noqa: E402
from desk_app.store import models as m  # noqa: E402

BUDGET_S = 2.0
NOW = datetime(2025, 11, 24, 16, 0)  # a fixed "now": the cached database and the figures stay comparable
CACHE = Path(os.environ.get("DESK_BENCH_CACHE", "/tmp"))


def open_desk(folder: Path) -> DeskContext:
    return DeskContext.open(folder, actor=Actor("canbo1", "Trần Thị Bình"), clock=lambda: NOW)


def ensure_database(count: int, seed: int, fresh: bool = False) -> tuple[Path, float | None]:
    """The cached desk folder with ``count`` generated dossiers; the generation time when made now."""
    folder = CACHE / f"desk-bench-report-{count}-{seed}"
    done = folder / "generated.ok"
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if done.exists():
        return folder, None
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted generation: start again
    ctx = open_desk(folder)
    office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", desk=1, parent_name="UBND XÃ TÂN LẬP",
                        place_name="Tân Lập", head_name="Lê Văn Chính")
    started = time.perf_counter()

    def progress(made: int, total: int) -> None:
        rate = made / max(time.perf_counter() - started, 1e-9)
        print(f"\r  generated {made:,}/{total:,} ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)

    # One desk numbers at most 999 dossiers a day (codes.daily_number): spread N over enough years.
    years = max(1, -(-count // 200_000))
    generator.generate(ctx, count, seed=seed, date_from=NOW.date().replace(year=NOW.year - years),
                       date_to=NOW.date(), progress=progress)
    elapsed = time.perf_counter() - started
    print(file=sys.stderr)
    ctx.close()  # no ANALYZE: a desk never runs it, so the plans measured are the ones a desk gets
    done.write_text(f"{count} {seed} {elapsed:.1f}\n")
    return folder, elapsed


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def machine() -> str:
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            kib = int(handle.readline().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores{memory}, " \
           f"{platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="generate again even when cached")
    args = parser.parse_args()

    folder, generated_in = ensure_database(args.count, args.seed, args.fresh)
    size = (folder / "desk.sqlite3").stat().st_size
    ctx = open_desk(folder)
    with ctx.reading() as session:
        stored = session.execute(select(func.count()).select_from(m.Dossier)).scalar_one()
    print(f"database: {folder} ({size / 1e9:.2f} GB), {stored:,} dossiers stored")
    if generated_in is not None:
        print(f"generated in {generated_in:.0f} s ({args.count / generated_in:,.0f} dossiers/s)")
    year = (date(2024, 11, 25), date(2025, 11, 24))
    month = (date(2025, 10, 1), date(2025, 10, 31))

    def report(period: tuple[date, date] | tuple[None, None]) -> indicators.Indicators:
        return indicators.report_for_desk(ctx, *period)

    report((None, None))  # warm the page cache once, as a desk that has been running would be
    lines = []
    for label, period in (("all data", (None, None)), ("one year", year), ("one month", month)):
        median, result = timed(lambda period=period: report(period), args.runs)
        assert isinstance(result, indicators.Indicators)
        verdict = "OK" if median < BUDGET_S else "OVER BUDGET"
        lines.append(f"report {label:<10} median of {args.runs}: {median * 1000:7.0f} ms  "
                     f"(budget {BUDGET_S * 1000:.0f} ms: {verdict}); handled {result.handled:,}, "
                     f"on time {indicators.format_rate(result.on_time_rate)}")
    with ctx.reading() as session:
        median, codes = timed(lambda: indicators.dossier_codes(session, "late", *month, NOW), args.runs)
    lines.append(f"drill-down 'late' one month (≤500 codes) median: {median * 1000:7.0f} ms ({len(codes)} codes)")
    ctx.close()
    print("\n".join(lines))
    print(f"machine: {machine()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
