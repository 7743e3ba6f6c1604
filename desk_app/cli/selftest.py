"""``desk-app --self-test``: open a fresh database, log a dossier, render its receipt. Also in the bundle."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path


def self_test() -> int:
    from desk_app.domain.dossier import Person
    from desk_app.services import intake, office, printing
    from desk_app.services.context import Actor, DeskContext

    with tempfile.TemporaryDirectory(prefix="desk-selftest-") as folder:
        ctx = DeskContext.open(Path(folder), actor=Actor("self-test", "Tự kiểm tra"),
                               clock=lambda: datetime(2025, 11, 24, 9, 30))
        try:
            office.setup_office(ctx, "SELFTEST", "Bộ phận Một cửa tự kiểm tra")
            dossier = intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
            pdf = printing.print_form(ctx, "receipt", dossier.code)
        finally:
            ctx.close()
    if not pdf.startswith(b"%PDF"):
        print("desk-app: tự kiểm tra thất bại: giấy tiếp nhận không phải PDF", file=sys.stderr)
        return 1
    print(f"Tự kiểm tra đạt: CSDL, tiếp nhận {dossier.code}, giấy tiếp nhận {len(pdf)} byte.")
    return 0
