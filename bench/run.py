"""Benchmarks against DESIGN.md §7. One command: ``python bench/run.py [--count N] [--json] [--only NAME]``.

Each benchmark prints a figure and its budget. Figures are medians of repeated runs. The dataset
(N generated dossiers, default 1,000,000) is made once by the ``generate`` service and reused.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Figure


def machine() -> str:
    import os

    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            memory = f", {int(handle.readline().split()[1]) / 1048576:.0f} GiB"
    except OSError:
        pass
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores{memory}, {platform.system()}, " \
           f"Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", action="append", help="run only these benchmarks (repeatable)")
    args = parser.parse_args()
    import bench_desk

    benchmarks: dict[str, Callable[[int], list[Figure]]] = {
        "startup": bench_desk.startup,
        "intake": bench_desk.intake_and_receipt,
        "search": bench_desk.search,
        "overdue": bench_desk.overdue_list,
        "memory": bench_desk.memory,
        "report": bench_desk.report,
        "export": bench_desk.export,
        "merge": bench_desk.merge,
    }
    # "merge" starts a PostgreSQL server and merges count/10,000 desks × 10,000 dossiers (bench_sync.py).
    figures: list[Figure] = []
    for name, fn in benchmarks.items():
        if args.only and name not in args.only:
            continue
        if not args.json:
            print(f"[{name}]", flush=True)
        for figure in fn(args.count):
            figures.append(figure if isinstance(figure, Figure) else Figure(**figure))  # dicts from other modules
    if args.json:
        print(json.dumps({"machine": machine(), "count": args.count,
                          "benchmarks": [asdict(f) for f in figures]}, ensure_ascii=False))
    else:
        print(f"\nMachine: {machine()}; dataset: {args.count:,} dossiers")
        width = max([len("benchmark"), *(len(f.name) for f in figures)])
        print(f"{'benchmark':<{width}} {'value':>16} {'budget':>16}  ok")
        for f in figures:
            print(f"{f.name:<{width}} {f.value:>10.1f} {f.unit:<6}{f.budget:>10.1f} {f.unit:<6} "
                  f"{'yes' if f.ok else 'NO'}" + (f"  ({f.note})" if f.note else ""))
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
