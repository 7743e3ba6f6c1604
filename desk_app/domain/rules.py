"""Legal rule sets as dated data: each dossier is stamped with the set in force at its receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RuleSet:
    id: str
    effective_from: date
    decree: str
    circular: str
    apology_title: str
    form_note: str  # "Mẫu số 01 ban hành kèm theo Thông tư ..."
    same_day_cutoff: str = "15:00"
    apology_limit: int = 1

    @property
    def old_forms(self) -> bool:
        return self.id == "TT01-2018"


RULE_SETS: tuple[RuleSet, ...] = (
    RuleSet(
        id="TT01-2018",
        effective_from=date(2018, 6, 21),
        decree="Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)",
        circular="Thông tư 01/2018/TT-VPCP",
        apology_title="PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
        form_note="ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018",
    ),
    RuleSet(
        id="TT03-2025",
        effective_from=date(2025, 7, 1),
        decree="Nghị định 118/2025/NĐ-CP (sửa đổi bởi Nghị định 367/2025/NĐ-CP, 309/2026/NĐ-CP)",
        circular="Thông tư 03/2025/TT-VPCP",
        apology_title="VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        form_note="ban hành kèm theo Thông tư số 03/2025/TT-VPCP ngày 15/9/2025",
    ),
)


def rule_set_for(moment: datetime | date) -> RuleSet:
    day = moment.date() if isinstance(moment, datetime) else moment
    current = RULE_SETS[0]
    for rule_set in RULE_SETS:
        if rule_set.effective_from <= day:
            current = rule_set
    return current


def rule_set_by_id(rule_set_id: str) -> RuleSet:
    for rule_set in RULE_SETS:
        if rule_set.id == rule_set_id:
            return rule_set
    return RULE_SETS[-1]
