"""Sync commands: ``export``, ``import-reference``, ``national-export`` and ``central …``.

Each handler returns ``(json_payload, readable_text)`` like the other commands; ``add_parsers``
adds their parsers to the main parser and sets each one's ``handler``. Heavy modules
(cryptography, the merge) load only when a sync command runs, so the other commands start as fast
as before.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_app.cli.main import UsageError, parse_date
from desk_app.domain.errors import DeskError

Result = tuple[Any, str]
COMMANDS = ("export", "import-reference", "national-export", "central")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="xuất gói thay đổi của máy (đã ký) để gửi cơ quan trung tâm")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--from-seq", type=int, help="xuất lại từ số thay đổi này (kèm --to-seq)")
    p.add_argument("--to-seq", type=int, help="xuất lại đến số thay đổi này")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import-reference", parents=[common], help="nhận gói dữ liệu tham chiếu của cơ quan trung tâm")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import_reference)

    p = sub.add_parser("national-export", parents=[common],
                       help="xuất hồ sơ trong kỳ theo cấu trúc đồng bộ quốc gia (JSON hoặc CSV)")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--csv", action="store_true", help="CSV thay cho JSON")
    p.set_defaults(handler=cmd_national_export)

    p = sub.add_parser("central", parents=[common], help="kho dữ liệu của cơ quan trung tâm")
    p.add_argument("--db", required=True, help="đường dẫn tệp SQLite hoặc địa chỉ SQLAlchemy (postgresql://…)")
    p.add_argument("--keys", type=Path, help="thư mục khóa của cơ quan trung tâm (mặc định: <data-dir>/central-keys)")
    p.set_defaults(handler=cmd_central)
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = actions.add_parser("init", parents=[common], help="tạo hoặc nâng cấp kho trung tâm")
    a.add_argument("--office-prefix", action="append", default=[],
                   help="chỉ nhận gói của các đơn vị có mã bắt đầu bằng tiền tố này (lặp lại được), ví dụ H21")
    a = actions.add_parser("import", parents=[common], help="kiểm tra và hợp nhất các gói của máy")
    a.add_argument("files", nargs="+", type=Path)
    a = actions.add_parser("report", parents=[common], help="chỉ số trên toàn bộ các đơn vị")
    a.add_argument("--from", dest="date_from")
    a.add_argument("--to", dest="date_to")
    a = actions.add_parser("export-reference", parents=[common], help="xuất gói dữ liệu tham chiếu cho các máy")
    a.add_argument("-o", "--output", type=Path, required=True)
    a = actions.add_parser("desks", parents=[common], help="các máy đã biết; --reset để đăng ký lại một máy")
    a.add_argument("--reset", nargs=2, metavar=("OFFICE", "DESK"), help="bỏ khóa đã tin cậy của máy (máy cài lại)")
    a.add_argument("--next-seq", type=int, help="cùng --reset: số thay đổi tiếp theo chờ nhận (máy có CSDL mới: 1)")
    a = actions.add_parser("conflicts", parents=[common], help="các xung đột đã ghi nhận")
    a = actions.add_parser("calendar", parents=[common], help="ngày nghỉ / làm việc bù gửi cho các máy")
    a.add_argument("kind", choices=["off", "work", "remove"])
    a.add_argument("date")
    a.add_argument("--reason", default="")
    a = actions.add_parser("procedures", parents=[common], help="danh mục thủ tục gửi cho các máy")
    a.add_argument("--import", dest="import_file", type=Path, required=True)
    a = actions.add_parser("national-export", parents=[common], help="xuất theo cấu trúc đồng bộ quốc gia")
    a.add_argument("--from", dest="date_from", required=True)
    a.add_argument("--to", dest="date_to", required=True)
    a.add_argument("-o", "--output", type=Path, required=True)
    a.add_argument("--csv", action="store_true")
    a.add_argument("--office", help="chỉ một đơn vị")


def _progress(verb: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        print(f"\r{verb} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} dòng", end="", file=sys.stderr,
              flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def _desk(args: argparse.Namespace) -> Any:
    from desk_app.services.context import DeskContext

    return DeskContext.open(args.data_dir)


def cmd_export(args: argparse.Namespace) -> Result:
    from desk_app.sync import export

    if (args.from_seq is None) != (args.to_seq is None):
        raise UsageError("xuất lại cần cả --from-seq và --to-seq")
    ctx = _desk(args)
    try:
        result = export.export_package(ctx, args.output, args.from_seq, args.to_seq, progress=_progress("Xuất gói"))
    finally:
        ctx.close()
    payload = {"file": str(result.file), "desk": result.desk, "from_seq": result.from_seq, "to_seq": result.to_seq,
               "rows": result.rows}
    return payload, export.describe(result)


def cmd_import_reference(args: argparse.Namespace) -> Result:
    from desk_app.sync import reference

    ctx = _desk(args)
    try:
        version = reference.apply_reference(ctx, args.file)
    finally:
        ctx.close()
    return {"version": version}, f"Đã nhận dữ liệu tham chiếu phiên bản {version} của cơ quan trung tâm."


def _period(args: argparse.Namespace) -> tuple[Any, Any]:
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    if date_from and date_to and date_to < date_from:
        raise UsageError("--to phải sau hoặc bằng --from")
    return date_from, date_to


def cmd_national_export(args: argparse.Namespace) -> Result:
    from desk_app.sync import national

    date_from, date_to = _period(args)
    ctx = _desk(args)
    try:
        count = national.export_desk(ctx, date_from, date_to, args.output, as_csv=args.csv)
    finally:
        ctx.close()
    return ({"file": str(args.output), "count": count},
            f"Đã xuất {count:,} hồ sơ theo cấu trúc đồng bộ quốc gia vào {args.output}.")


# ---- central ---------------------------------------------------------------------------------------


def _keys_dir(args: argparse.Namespace) -> Path:
    if args.keys:
        return args.keys
    from desk_app.services.context import default_data_dir

    return (args.data_dir or default_data_dir()) / "central-keys"


def cmd_central(args: argparse.Namespace) -> Result:
    from desk_app.sync.central import CentralStore, display_url

    handler = _CENTRAL[args.action]
    if args.action == "init":
        store = CentralStore.init(args.db, _keys_dir(args), scope=args.office_prefix)
    else:
        store = CentralStore.open(args.db, _keys_dir(args))
    try:
        return handler(store, args, display_url(args.db))
    finally:
        store.close()


def _init(store: Any, args: argparse.Namespace, db: str) -> Result:
    keys = store.keys
    return ({"db": db, "signing_key": keys.signing.fingerprint, "sealing_key": keys.sealing_fingerprint},
            f"Kho trung tâm sẵn sàng: {db}\nKhóa ký: {keys.signing.fingerprint}; khóa mã hóa: "
            f"{keys.sealing_fingerprint} (thư mục khóa {store.keys_dir})")


def _import(store: Any, args: argparse.Namespace, db: str) -> Result:
    result = store.import_files(args.files, progress=_progress("Hợp nhất"))
    lines = [f"Đã hợp nhất {len(result.applied)} gói ({result.rows:,} dòng)"]
    if result.skipped:
        lines.append(f"Bỏ qua {len(result.skipped)} gói đã nhận trước đó")
    if result.held:
        lines.append(f"Giữ lại {len(result.held)} gói chờ gói còn thiếu của máy: " + ", ".join(result.held))
    if result.conflicts:
        lines.append(f"Ghi nhận {result.conflicts} xung đột (xem «central … conflicts»)")
    return result.to_json(), ".\n".join(lines) + "."


def _report(store: Any, args: argparse.Namespace, db: str) -> Result:
    try:
        from desk_app.services import indicators
    except ImportError as exc:  # pragma: no cover - the indicators service ships with the app
        raise DeskError("Phần mềm thiếu mô-đun chỉ số (services/indicators).") from exc
    date_from, date_to = _period(args)
    now = datetime.now().replace(microsecond=0)
    with store.session(lock=False) as session:
        overall = indicators.compute(session, date_from, date_to, now)
        by_office = indicators.compute_by_office(session, date_from, date_to, now)
        payload = indicators.to_json(overall, by_office=by_office)
    lines = [f"Toàn bộ: tiếp nhận {payload['received']:,}, đã giải quyết {payload['finished']:,}, "
             f"đúng hạn {payload.get('on_time_rate_text', payload['on_time_rate'])}, trễ hạn {payload['late']:,} "
             f"(có xin lỗi {payload['late_with_apology']:,}), quá hạn hiện tại {payload['overdue_now']:,}."]
    for office, figures in payload.get("by_office", {}).items():
        lines.append(f"  {office}: tiếp nhận {figures['received']:,}, đúng hạn "
                     f"{figures.get('on_time_rate_text', figures['on_time_rate'])}, trễ {figures['late']:,}")
    return payload, "\n".join(lines)


def _export_reference(store: Any, args: argparse.Namespace, db: str) -> Result:
    from desk_app.sync import reference

    version = reference.export_reference(store, args.output)
    return ({"file": str(args.output), "version": version},
            f"Đã xuất gói dữ liệu tham chiếu phiên bản {version} vào {args.output}.")


def _desks(store: Any, args: argparse.Namespace, db: str) -> Result:
    if args.reset:
        office, desk_text = args.reset
        try:
            desk = int(desk_text)
        except ValueError as exc:
            raise UsageError(f"số máy «{desk_text}» không phải số") from exc
        done = store.reset_desk(office, desk, args.next_seq)
        return done, (f"Đã bỏ khóa {done['old_key']} của máy {done['office_id']}/{done['desk']}: gói tiếp theo "
                      f"(từ số {done['next_seq']}) sẽ được tin cậy với khóa của nó.")
    if args.next_seq is not None:
        raise UsageError("--next-seq chỉ dùng cùng --reset")
    desks = store.desks()
    text = "\n".join(f"{d['office_id']}/{d['desk']}  khóa {d['key_fingerprint'] or '(chưa có)'}  "
                     f"đã nhận đến số {d['last_applied_seq']:,}  {d['packages']} gói  chờ {d['held']}" for d in desks)
    return desks, text or "Chưa có máy nào gửi gói."


def _conflicts(store: Any, args: argparse.Namespace, db: str) -> Result:
    items = store.conflicts()
    text = "\n".join(f"#{c['id']} {c['table']} {c['row_id']} từ {c['office_id']}/{c['desk']} "
                     f"(số {c['change_seq']}): {c['reason']}" for c in items)
    return items, text or "Không có xung đột."


def _calendar(store: Any, args: argparse.Namespace, db: str) -> Result:
    from desk_app.sync import reference

    day = parse_date(args.date)
    reference.set_calendar_day(store, day, args.kind, args.reason)
    label = {"off": "ngày nghỉ", "work": "ngày làm việc bù", "remove": "bỏ khỏi lịch"}[args.kind]
    return {"date": day.isoformat(), "kind": args.kind}, f"Lịch trung tâm: {day:%d/%m/%Y} — {label}."


def _procedures(store: Any, args: argparse.Namespace, db: str) -> Result:
    from desk_app.sync import reference

    changed = reference.import_catalogue(store, args.import_file)
    return {"changed": changed}, f"Danh mục trung tâm: {changed} thủ tục thay đổi."


def _national(store: Any, args: argparse.Namespace, db: str) -> Result:
    from desk_app.sync import national

    date_from, date_to = _period(args)
    count = national.export_central(store, date_from, date_to, args.output, as_csv=args.csv,
                                    office_id=args.office.strip().upper() if args.office else None)
    return ({"file": str(args.output), "count": count},
            f"Đã xuất {count:,} hồ sơ theo cấu trúc đồng bộ quốc gia vào {args.output}.")


_CENTRAL: dict[str, Callable[[Any, argparse.Namespace, str], Result]] = {
    "init": _init, "import": _import, "report": _report, "export-reference": _export_reference, "desks": _desks,
    "conflicts": _conflicts, "calendar": _calendar, "procedures": _procedures, "national-export": _national,
}
