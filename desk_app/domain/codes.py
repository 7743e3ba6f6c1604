"""Dossier code (mã hồ sơ): ``<office id>-<yyMMdd>-<NNNN>``.

NNNN is a daily sequence per office. Desks of one office number offline without talking to each
other, so each desk owns a block: desk d issues d001…d999 (desk 1: 1001, 1002, …).
"""

from __future__ import annotations

import re
from datetime import date

from desk_app.domain.errors import DeskError

BLOCK = 1000
CODE_PATTERN = re.compile(r"^(?P<office>[A-Z0-9][A-Z0-9.]{1,29})-(?P<day>\d{6})-(?P<number>\d{4})$")


def daily_number(desk: int, counter: int) -> int:
    """The NNNN of the ``counter``-th dossier (1-based) of ``desk`` on one day."""
    if not 1 <= counter < BLOCK:
        raise DeskError(
            f"Quầy {desk} đã dùng hết {BLOCK - 1} số hồ sơ của ngày hôm nay; hãy tiếp nhận ở quầy khác."
        )
    return desk * BLOCK + counter


def format_code(office_id: str, day: date, number: int) -> str:
    return f"{office_id}-{day:%y%m%d}-{number:04d}"


def looks_like_code(text: str) -> bool:
    return CODE_PATTERN.match(text.strip().upper()) is not None
