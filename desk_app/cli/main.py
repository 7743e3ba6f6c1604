"""Argument parsing and dispatch. Exit 0 success, 1 refused or failed (one line on stderr), 2 usage."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_app import __version__
from desk_app.domain.errors import DeskError, ValidationError

log = logging.getLogger("desk_app")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"desk-app: lỗi cú pháp: {message}", file=sys.stderr)
        raise SystemExit(2)


def parse_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError as exc:
        raise UsageError(f"thời điểm «{text}» không đúng dạng YYYY-MM-DDTHH:MM") from exc


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"ngày «{text}» không đúng dạng YYYY-MM-DD") from exc


def build_parser() -> Parser:
    parser = Parser(prog="desk-app", description="Ứng dụng Bộ phận Một cửa — giao diện dòng lệnh.")
    parser.add_argument("--data-dir", type=Path, help="thư mục dữ liệu của máy (mặc định: DESK_APP_DATA_DIR "
                        "hoặc thư mục dữ liệu người dùng)")
    parser.add_argument("--json", action="store_true", help="in đúng một tài liệu JSON")
    parser.add_argument("--version", action="store_true", help="phiên bản")
    parser.add_argument("--self-test", action="store_true", help="tự kiểm tra: mở CSDL, in thử giấy tiếp nhận")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    p = sub.add_parser("gui", parents=[common], help="mở cửa sổ làm việc")
    p.add_argument("--demo", action="store_true", help="CSDL tạm, có sẵn hồ sơ mẫu")
    p.add_argument("--smoke", action="store_true", help="thoát ngay khi cửa sổ chính hiện ra")

    p = sub.add_parser("setup", parents=[common], help="thiết lập đơn vị và máy")
    p.add_argument("--office-id", required=True)
    p.add_argument("--office-name", required=True)
    p.add_argument("--desk", type=int, default=1)
    p.add_argument("--level", choices=["commune", "province", "district"], default="commune")
    p.add_argument("--province-code", type=int)
    p.add_argument("--ward-code", type=int)
    p.add_argument("--sessions", help="buổi làm việc, ví dụ 07:00-11:30,13:30-17:00")
    p.add_argument("--parent-name", default="")
    p.add_argument("--head-name")
    p.add_argument("--head-title")
    p.add_argument("--paper", choices=["A5", "A4"])

    p = sub.add_parser("procedures", parents=[common], help="danh mục thủ tục")
    p.add_argument("--import", dest="import_file", type=Path, help="nhập danh mục từ tệp JSON hoặc CSV")
    p.add_argument("--export", dest="export_file", type=Path, help="xuất danh mục ra tệp JSON hoặc CSV")
    p.add_argument("--search", help="tìm theo tên (không cần dấu) hoặc mã")

    p = sub.add_parser("due", parents=[common], help="tính ngày hẹn trả")
    p.add_argument("--received", required=True)
    p.add_argument("--duration", required=True, type=float)
    p.add_argument("--unit", required=True, choices=["working_days", "working_hours", "calendar_days", "same_day"])
    p.add_argument("--cutoff")

    p = sub.add_parser("calendar", parents=[common], help="ngày nghỉ / ngày làm việc bù của đơn vị")
    p.add_argument("kind", choices=["off", "work"])
    p.add_argument("date")
    p.add_argument("--reason", default="")

    p = sub.add_parser("intake", parents=[common], help="tiếp nhận hồ sơ")
    p.add_argument("--procedure", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--id-number", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--address", default="")
    p.add_argument("--email", default="")
    p.add_argument("--owner-name", default="")
    p.add_argument("--channel", type=int, choices=[1, 2, 3], default=1)
    p.add_argument("--received-at")
    p.add_argument("--notes", default="")
    p.add_argument("--receipt", type=Path, help="ghi giấy tiếp nhận (Mẫu 01) ra tệp PDF")

    p = sub.add_parser("show", parents=[common], help="xem một hồ sơ")
    p.add_argument("code")

    p = sub.add_parser("list", parents=[common], help="danh sách hồ sơ")
    p.add_argument("--status")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-within", type=float, metavar="HOURS")
    p.add_argument("--limit", type=int, default=500)

    p = sub.add_parser("search", parents=[common], help="tìm hồ sơ theo mã, tên, điện thoại, số định danh")
    p.add_argument("text")

    p = sub.add_parser("event", parents=[common], help="ghi một bước xử lý hồ sơ")
    p.add_argument("code")
    p.add_argument("event", choices=["transfer", "request-supplement", "supplement-received", "finish", "return",
                                     "refuse", "withdraw", "stop"])
    p.add_argument("--at")
    p.add_argument("--reason", default="")
    p.add_argument("--receiver", default="", help="người nhận hồ sơ (chuyển) hoặc người nhận kết quả (trả)")
    p.add_argument("--missing", action="append", default=[], help="giấy tờ cần bổ sung (lặp lại được)")

    p = sub.add_parser("apologize", parents=[common], help="văn bản xin lỗi và hẹn lại (Mẫu 04)")
    p.add_argument("code")
    p.add_argument("--reason", required=True)
    p.add_argument("--new-due", required=True)
    p.add_argument("--at")
    p.add_argument("--signatory", default="")
    p.add_argument("--signatory-title", default="")
    p.add_argument("--deputy", action="store_true", help="cấp phó ký thay (KT.)")
    p.add_argument("--pdf", type=Path)

    p = sub.add_parser("print", parents=[common], help="in biểu mẫu ra PDF")
    p.add_argument("form", choices=["receipt", "supplement", "refusal", "apology", "stop", "control", "book"])
    p.add_argument("code", nargs="?")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("feedback", parents=[common], help="ghi đánh giá của người dân")
    p.add_argument("code")
    p.add_argument("--rating", type=int, required=True)
    p.add_argument("--scale", type=int, choices=[3, 5], help="thang đánh giá (mặc định: thang của đơn vị)")
    p.add_argument("--comment", default="")
    p.add_argument("--element", action="append", default=[], dest="elements")

    p = sub.add_parser("generate", parents=[common], help="tạo hồ sơ mẫu (trình diễn, đo hiệu năng)")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")

    p = sub.add_parser("check", parents=[common], help="kiểm tra CSDL và chuỗi nhật ký")
    p = sub.add_parser("backup", parents=[common], help="sao lưu CSDL")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("restore", parents=[common], help="khôi phục CSDL từ bản sao lưu")
    p.add_argument("file", type=Path)

    # Commands of their own modules register themselves and set ``handler``.
    from desk_app.cli import report_commands, sync_commands

    report_commands.add_parsers(sub, common)
    sync_commands.add_parsers(sub, common)
    return parser


def run(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"desk-app {__version__}")
        return 0
    if args.self_test:
        from desk_app.cli.selftest import self_test

        try:
            return self_test()
        except Exception as exc:  # the bundle's own check: say what broke in one line
            print(f"desk-app: tự kiểm tra thất bại: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    if args.command is None or args.command == "gui":
        from desk_app.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, demo=getattr(args, "demo", False), smoke=getattr(args, "smoke", False))
    from desk_app.cli import commands

    handler: Callable[[Any], Any] = getattr(args, "handler", None) or getattr(
        commands, "cmd_" + args.command.replace("-", "_"))
    try:
        result = handler(args)
    except UsageError as exc:
        print(f"desk-app: lỗi cú pháp: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"desk-app: {exc.message}", file=sys.stderr)
        return 1
    except DeskError as exc:
        print(f"desk-app: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk-app: đã dừng theo yêu cầu; thao tác dở dang không được lưu.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one clear line for the user, the traceback in the log
        log.debug("unexpected", exc_info=True)
        _write_crash_log(args, traceback.format_exc())
        print(f"desk-app: lỗi không mong đợi ({type(exc).__name__}: {exc}). Chưa có gì được thay đổi thêm.",
              file=sys.stderr)
        return 1
    if result is None:
        return 0
    payload, text = result
    try:
        if args.json:
            print(json.dumps(payload, ensure_ascii=False, default=str))
        elif text:
            print(text)
    except BrokenPipeError:  # `desk-app list | head`: the reader left; the work itself is done
        sys.stderr.close()
    return 0


def _write_crash_log(args: argparse.Namespace, trace: str) -> None:
    try:
        from desk_app.services.context import default_data_dir

        folder = (args.data_dir or default_data_dir()) / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "errors.log").open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()} {sys.argv}\n{trace}\n")
    except OSError:
        pass
