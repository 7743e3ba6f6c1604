"""``report``: the indicators of DESIGN.md §6 on the command line, and as Excel / PDF files.

Wired into :mod:`desk_app.cli.main` by ``report_commands.add_parsers(sub, common)``; the parser
carries its handler (``args.handler``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.cli.main import parse_date, parse_time

if TYPE_CHECKING:  # the services load when the command runs, not when the parser is built
    from desk_app.services.indicators import Indicators

Result = tuple[Any, str]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="chỉ số: tỷ lệ đúng hạn, xin lỗi, hài lòng (QĐ 766/QĐ-TTg)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="từ ngày (tính cả ngày này)")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="đến ngày (tính cả ngày này)")
    p.add_argument("--desk", type=int, help="chỉ một máy (quầy)")
    p.add_argument("--clerk", help="chỉ một công chức (họ tên như trên hồ sơ)")
    p.add_argument("--procedure", help="chỉ một thủ tục (mã thủ tục)")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="ghi báo cáo ra tệp Excel")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="ghi báo cáo ra tệp PDF (A4, có chỗ ký)")
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM",
                   help="tính tại thời điểm này (mặc định: bây giờ), để lập lại đúng báo cáo đã gửi")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> Result:
    from desk_app.services import indicators, report_files
    from desk_app.services.context import DeskContext

    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    at = parse_time(args.at) if args.at else None
    indicators.check_period(date_from, date_to)  # reversed dates: exit 1 before opening anything
    ctx = DeskContext.open(args.data_dir, clock=(lambda: at) if at else None)
    filters = {"desk": args.desk, "clerk": args.clerk, "procedure_code": args.procedure}
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    ind = indicators.report_for_desk(ctx, date_from, date_to, **filters)
    text = report_text(ind)
    written = report_files.export_for_desk(ctx, ind, xlsx=args.xlsx, pdf=args.pdf)
    payload = indicators.to_json(ind)
    if written:
        payload["files"] = [str(path) for path in written]
        text += "\n" + "\n".join(f"Đã ghi {path}" for path in written)
    ctx.close()
    return payload, text


def report_text(ind: Indicators, by_office: dict[str, Indicators] | None = None) -> str:
    """The indicators as readable Vietnamese lines (the command without --json)."""
    from desk_app.services import indicators
    from desk_app.services.indicators import format_count, format_days, format_rate

    s = ind.satisfaction
    lines = [f"BÁO CÁO CHỈ SỐ GIẢI QUYẾT HỒ SƠ — {ind.period.label}"]
    if ind.filters:
        lines.append("Phạm vi: " + ", ".join(f"{k}={v}" for k, v in ind.filters.items()))
    if ind.handled == 0:
        lines.append(f"Không có hồ sơ nào trong kỳ: {indicators.NO_DATA}.")
    rows = [
        ("Tiếp nhận trong kỳ", format_count(ind.received)),
        ("Giải quyết trong kỳ (tính tỷ lệ)", format_count(ind.handled)),
        ("Đã có kết quả", format_count(ind.finished)),
        ("Từ chối / rút / dừng", f"{ind.refused} / {ind.withdrawn} / {ind.stopped}"),
        ("Đúng hạn (QĐ 766, chỉ số 2.1)", f"{format_count(ind.on_time)} — {format_rate(ind.on_time_rate)}"),
        ("Trễ hạn", f"{format_count(ind.late)} — {format_rate(ind.late_rate)}"),
        ("  trong đó có văn bản xin lỗi",
         f"{format_count(ind.late_with_apology)} — {format_rate(ind.apology_rate)}"),
        ("  bổ sung hơn 01 lần (tính trễ hạn)", format_count(ind.supplement_more_than_once)),
        ("Đang giải quyết / còn trong hạn", f"{format_count(ind.open)} / {format_count(ind.open_in_time)}"),
        ("Đang quá hẹn trả (hiện tại)", format_count(ind.overdue_now)),
        (f"Đến hẹn trong {indicators.DUE_SOON_HOURS} giờ tới", format_count(ind.due_soon)),
        ("Thời gian giải quyết trung bình", format_days(ind.average_days)),
        ("Đánh giá của người dân",
         f"{format_count(s.total)} lượt; hài lòng {format_rate(s.satisfied_rate)}; "
         f"chưa hài lòng {format_count(s.dissatisfied)} ({format_rate(s.dissatisfied_rate)})"),
        ("Chỉ số 5.4 (100% − trễ − chưa hài lòng)", format_rate(ind.indicator_5_4)),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines += [f"{label + ':':<{width}}{value}" for label, value in rows]
    lines.append("Kênh tiếp nhận: " + "; ".join(f"{c.label} {format_count(c.received)} ({format_rate(c.share)})"
                                               for c in ind.by_channel))
    if ind.by_procedure:
        lines.append("Theo thủ tục (giải quyết / đúng hạn / trễ / trung bình):")
        for g in ind.by_procedure[:15]:
            lines.append(f"  {g.label[:60]:<60} {g.handled:>7} {format_rate(g.on_time_rate):>8} {g.late:>6} "
                         f"{format_days(g.average_days)}")
        if len(ind.by_procedure) > 15:
            lines.append(f"  … và {len(ind.by_procedure) - 15} thủ tục khác (xem tệp Excel)")
    if by_office:
        lines.append("Theo đơn vị (giải quyết / đúng hạn / trễ / xin lỗi / quá hẹn / 5.4):")
        for office, figures in by_office.items():
            lines.append(f"  {office:<16} {figures.handled:>8} {format_rate(figures.on_time_rate):>8} "
                         f"{figures.late:>6} {format_rate(figures.apology_rate):>8} {figures.overdue_now:>6} "
                         f"{format_rate(figures.indicator_5_4):>8}")
    return "\n".join(lines)
