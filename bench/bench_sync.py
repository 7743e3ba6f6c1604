"""Sync benchmark against DESIGN.md §7: central merge ≥ 50,000 rows/s into PostgreSQL, re-merging the
same packages < 10% of the first merge, export of 100,000 changes < 5 s.

    .venv/bin/python bench/bench_sync.py                       # 100 desks × 10,000 dossiers
    .venv/bin/python bench/bench_sync.py --desks 20 --dossiers 5000

One desk is generated with the app's generator and exported; its package is then re-keyed into
``--desks`` desks (new office/desk, new row ids and dossier codes, each desk its own Ed25519 key,
personal data sealed to the central key) so the merge sees as many distinct desks. A throwaway
PostgreSQL server (tests/integration/pg.py; durable settings: fsync and synchronous commit on;
shared_buffers 1GB by default) holds the central store. Figures print as they come and as one JSON line at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from desk_app.services import generator, office  # noqa: E402
from desk_app.services.context import Actor, DeskContext  # noqa: E402
from desk_app.store import central_models as cm  # noqa: E402
from desk_app.sync import keys as k  # noqa: E402
from desk_app.sync.central import CentralStore  # noqa: E402
from desk_app.sync.export import export_package, personal_aad  # noqa: E402
from desk_app.sync.package import decode_rows, encode_rows, open_package, write_package  # noqa: E402
from desk_app.sync.tables import PACKAGE_KIND, TABLE_ORDER, columns, part_name  # noqa: E402
from tests.integration.pg import PgServer, find_binaries  # noqa: E402

NOW = datetime(2025, 11, 24, 17, 0)


def log(message: str) -> None:
    print(message, flush=True)


def make_desk(folder: Path, count: int, seed: int) -> DeskContext:
    ctx = DeskContext.open(folder, actor=Actor("bench", "Cán bộ đo"), clock=lambda: NOW)
    office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", desk=1)
    generator.generate(ctx, count, seed=seed, date_from=date(2024, 11, 25), date_to=date(2025, 11, 24))
    return ctx


def bench_export(folder: Path, changes: int) -> dict[str, float]:
    """Export of ``changes`` changes (a re-export of the range 1…changes of a big enough desk)."""
    dossiers = int(changes / 5.2) + 500
    t = time.perf_counter()
    ctx = make_desk(folder / "export-desk", dossiers, seed=7)
    log(f"  generated {dossiers:,} dossiers for the export figure in {time.perf_counter() - t:.1f} s")
    with ctx.reading() as session:
        from sqlalchemy import func, select

        from desk_app.store import models as m

        latest = session.execute(select(func.max(m.Change.seq))).scalar_one()
    upto = min(changes, latest)
    t = time.perf_counter()
    result = export_package(ctx, folder / "export.zip", from_seq=1, to_seq=upto)
    seconds = time.perf_counter() - t
    ctx.close()
    log(f"export of {upto:,} changes ({result.rows:,} rows, {(folder / 'export.zip').stat().st_size / 1e6:.1f} MB): "
        f"{seconds:.2f} s (budget 5 s)")
    return {"export_changes": upto, "export_seconds": round(seconds, 2)}


def rekey(parts: dict[str, bytes], manifest: dict, index: int, office_id: str, desk: int,
          central_keys: k.CentralKeys, folder: Path) -> Path:
    """The base desk's package as desk ``index`` of office ``office_id``: new ids, codes, key."""
    prefix = f"{index:08x}"

    def new_id(old: str | None) -> str | None:
        return None if old is None else prefix + old[8:]

    tables: dict[str, tuple[list[str], list[list]]] = {}
    for name in TABLE_ORDER:
        header, rows = decode_rows(parts[part_name(name)], "base", name)
        id_i, office_i, desk_i = header.index("id"), header.index("office_id"), header.index("desk")
        parent_i = header.index("dossier_id") if "dossier_id" in header else None
        code_i = header.index("code") if "code" in header else None
        for row in rows:
            row[id_i] = new_id(row[id_i])
            row[office_i] = office_id
            row[desk_i] = desk
            if parent_i is not None:
                row[parent_i] = new_id(row[parent_i])
            if code_i is not None:
                _, day, number = row[code_i].rsplit("-", 2)
                row[code_i] = f"{office_id}-{day}-{desk}{number[1:]}"
        tables[name] = (header, rows)
    header, personal = decode_rows(parts["personal.jsonl"], "base", "personal")
    for row in personal:
        row[0] = new_id(row[0])
    key = k.SigningKey(Ed25519PrivateKey.generate())
    out = {part_name(n): encode_rows(h, r) for n, (h, r) in tables.items()}
    out["users.jsonl"] = parts["users.jsonl"]
    sealed = k.seal(central_keys.sealing_public_raw, encode_rows(header, personal),
                    personal_aad(office_id, desk, manifest["from_seq"], manifest["to_seq"]))
    out["personal.bin"] = sealed.ciphertext
    new_manifest = {key_: value for key_, value in manifest.items() if key_ not in ("parts", "signer", "format")}
    new_manifest.update(office_id=office_id, desk=desk, office={**manifest["office"], "id": office_id},
                        personal={"mode": "sealed", "scheme": k.SEAL_MODE,
                                  "recipient": central_keys.sealing_fingerprint,
                                  "ephemeral": sealed.ephemeral_b64, "nonce": sealed.nonce_b64})
    path = folder / f"{office_id}-{desk}.zip"
    write_package(path, new_manifest, out, key)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=100)
    parser.add_argument("--dossiers", type=int, default=10_000, help="dossiers per desk")
    parser.add_argument("--export-changes", type=int, default=100_000)
    parser.add_argument("--fast-pg", action="store_true", help="fsync off (not durable): the ceiling of the merge")
    parser.add_argument("--shared-buffers", default="1GB",
                        help="PostgreSQL shared_buffers (a province server's setting; the tests use 256MB)")
    parser.add_argument("--keep", type=Path, help="keep the packages in this folder")
    args = parser.parse_args()
    binaries = find_binaries()
    if binaries is None:
        print("PostgreSQL binaries not found: cannot run the merge benchmark.", file=sys.stderr)
        return 1
    log(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}")
    figures: dict[str, object] = {"desks": args.desks, "dossiers_per_desk": args.dossiers, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.export_changes:
            figures.update(bench_export(folder, args.export_changes))

        t = time.perf_counter()
        base = make_desk(folder / "base-desk", args.dossiers, seed=1)
        base_package = folder / "base.zip"
        result = export_package(base, base_package)
        base.close()
        log(f"base desk: {args.dossiers:,} dossiers, {result.rows:,} rows in its package "
            f"({time.perf_counter() - t:.1f} s to generate and export)")
        opened = open_package(base_package.read_bytes(), PACKAGE_KIND)
        assert opened.manifest["personal"]["mode"] == "plain"

        with PgServer(binaries, durable=not args.fast_pg, extra={"shared_buffers": f"'{args.shared_buffers}'"}) as pg:
            url = pg.create_database("central_bench")
            store = CentralStore.init(url, folder / "central-keys")
            t = time.perf_counter()
            packages = []
            for index in range(args.desks):
                office_id = f"H21.{10 + index // 9}"
                packages.append(rekey(opened.parts, opened.manifest, index + 1, office_id, index % 9 + 1,
                                      store.keys, folder / "packages"))
            size = sum(p.stat().st_size for p in packages)
            log(f"{len(packages)} desk packages re-keyed and signed in {time.perf_counter() - t:.1f} s "
                f"({size / 1e6:.0f} MB)")

            t = time.perf_counter()
            merged = store.import_files(packages)
            first = time.perf_counter() - t
            assert len(merged.applied) == args.desks and not merged.conflicts and not merged.held
            rate = merged.rows / first
            log(f"first merge: {merged.rows:,} rows from {args.desks} desks in {first:.1f} s = {rate:,.0f} rows/s "
                f"(budget ≥ 50,000 rows/s)")
            t = time.perf_counter()
            again = store.import_files(packages)
            second = time.perf_counter() - t
            assert len(again.skipped) == args.desks and not again.applied
            log(f"re-merge of the same packages: {second:.2f} s = {100 * second / first:.1f}% of the first "
                f"(budget < 10%)")
            # The same content in new files (re-exports): every row compared, nothing changes.
            sample = packages[: max(1, args.desks // 10)]
            reexported = []
            for path in sample:
                item = open_package(path.read_bytes(), PACKAGE_KIND)
                manifest = {key_: v for key_, v in item.manifest.items() if key_ not in ("parts", "signer", "format")}
                manifest["created_at"] = datetime.now().isoformat()
                target = path.with_name(path.stem + "-again.zip")
                # Signed by the same desk key would be needed to be trusted; re-sign with a key reset instead.
                reexported.append((target, manifest, item))
            with store.session() as session:
                session.execute(cm.Desk.__table__.update().values(public_key=None, key_fingerprint=None))
            paths = []
            for target, manifest, item in reexported:
                write_package(target, manifest, item.parts, k.SigningKey(Ed25519PrivateKey.generate()))
                paths.append(target)
            t = time.perf_counter()
            compared = store.import_files(paths)
            third = time.perf_counter() - t
            assert len(compared.applied) == len(paths) and not compared.conflicts
            log(f"re-merge of re-exported content ({len(paths)} desks, {compared.rows:,} rows compared, nothing "
                f"changed): {third:.1f} s = {compared.rows / third:,.0f} rows/s")
            with store.engine.connect() as connection:
                from sqlalchemy import func, select

                stored = {name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                          for name, table in cm.SYNCED_TABLES.items()}
            store.close()
        log(f"central rows: {stored}")
        figures.update({
            "rows": merged.rows, "first_merge_seconds": round(first, 1), "rows_per_second": round(rate),
            "remerge_seconds": round(second, 2), "remerge_share": round(second / first, 4),
            "compare_rows_per_second": round(compared.rows / third), "durable_pg": not args.fast_pg,
            "shared_buffers": args.shared_buffers,
            "columns": {name: len(columns(name)) for name in TABLE_ORDER},
        })
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
