"""The names of the domain's and the services' values, as the window shows them: translatable.

The domain and the services stay free of Qt (import-linter), so their labels (``Status.label``,
``EventKind.label``, ``feedback.SCALE_LABELS``, ``printing.FORM_TITLES``…) are plain Vietnamese.
The window never shows those directly: it asks this module, where the same Vietnamese texts appear
as literals that ``pyside6-lupdate`` extracts (context "Labels") and that are translated when
shown, so the English build shows English and the Vietnamese one exactly what the domain says
(``tests/gui/test_translations.py`` keeps the two in step).

Place names (provinces, wards) are proper nouns and stay as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desk_app.domain.states import Channel, EventKind, Status
from desk_app.domain.units import DurationUnit

if TYPE_CHECKING:
    from desk_app.services.indicators import Period

CONTEXT = "Labels"


class Labels(QObject):
    """The translation context of these texts: ``Labels.tr("…")`` is extracted by lupdate, with plurals."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which looks for this name); it is translated when shown."""
    return text


def _tr(text: str) -> str:
    """A text of the tables below, translated now."""
    return QCoreApplication.translate(CONTEXT, text)


# ---- the dossier -----------------------------------------------------------------------------------

STATUS_TEXT: dict[Status, str] = {
    Status.REGISTERED_ONLINE: QT_TRANSLATE_NOOP("Labels", "Mới đăng ký"),
    Status.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Đã tiếp nhận"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Labels", "Không được tiếp nhận"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Đang xử lý"),
    Status.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Chờ bổ sung"),
    Status.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("Labels", "Chờ thực hiện nghĩa vụ tài chính"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Công dân rút hồ sơ"),
    Status.STOPPED: QT_TRANSLATE_NOOP("Labels", "Dừng xử lý"),
    Status.FINISHED: QT_TRANSLATE_NOOP("Labels", "Đã có kết quả"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Labels", "Đã trả kết quả"),
}

CHANNEL_TEXT: dict[Channel, str] = {
    Channel.COUNTER: QT_TRANSLATE_NOOP("Labels", "Trực tiếp"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Labels", "Trực tuyến"),
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "Bưu chính công ích"),
}


def status_label(status: Status) -> str:
    """"Đã tiếp nhận" / "Received"."""
    return _tr(STATUS_TEXT[status])


def event_label(kind: EventKind) -> str:
    """"Yêu cầu bổ sung" / "Supplement request".

    Events carry the disambiguation "event": "Dừng xử lý" is both a status (processing stopped) and
    the action that leads to it (stop processing), and English says the two differently. lupdate
    reads no disambiguation from QT_TRANSLATE_NOOP3 in Python, hence the explicit calls.
    """
    translate = QCoreApplication.translate
    return {
        EventKind.INTAKE: lambda: translate("Labels", "Tiếp nhận", "event"),
        EventKind.TRANSFER: lambda: translate("Labels", "Chuyển xử lý", "event"),
        EventKind.REQUEST_SUPPLEMENT: lambda: translate("Labels", "Yêu cầu bổ sung", "event"),
        EventKind.SUPPLEMENT_RECEIVED: lambda: translate("Labels", "Nhận hồ sơ bổ sung", "event"),
        EventKind.FINISH: lambda: translate("Labels", "Có kết quả", "event"),
        EventKind.RETURN: lambda: translate("Labels", "Trả kết quả", "event"),
        EventKind.REFUSE: lambda: translate("Labels", "Từ chối", "event"),
        EventKind.WITHDRAW: lambda: translate("Labels", "Rút hồ sơ", "event"),
        EventKind.STOP: lambda: translate("Labels", "Dừng xử lý", "event"),
    }[kind]()


def channel_label(channel: Channel) -> str:
    """"Trực tiếp" / "In person"."""
    return _tr(CHANNEL_TEXT[channel])


# ---- durations -------------------------------------------------------------------------------------

UNIT_TEXT: dict[DurationUnit, str] = {
    DurationUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("Labels", "ngày làm việc"),
    DurationUnit.WORKING_HOURS: QT_TRANSLATE_NOOP("Labels", "giờ làm việc"),
    DurationUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("Labels", "ngày"),
    DurationUnit.SAME_DAY: QT_TRANSLATE_NOOP("Labels", "trong ngày"),
}


def unit_label(unit: DurationUnit) -> str:
    """The unit alone, as in the apology dialog's "extend by 3 [working days]"."""
    return _tr(UNIT_TEXT[unit])


def _amount(duration: float) -> str:
    if float(duration).is_integer():
        # Vietnamese writes a legal time limit with two digits: "05 ngày làm việc".
        return Labels.tr("{number:02d}", "a whole number of days or hours in a time limit").format(number=int(duration))
    return f"{duration:g}".replace(".", _decimal_separator())


def duration_text(duration: float, unit: DurationUnit, cutoff: str | None = None) -> str:
    """:func:`desk_app.domain.units.describe_duration`, translated: "05 ngày làm việc" / "5 working days"."""
    if unit is DurationUnit.SAME_DAY:
        if cutoff:
            return Labels.tr("Trong ngày (nhận sau {cutoff} trả trong ngày làm việc tiếp theo)").format(cutoff=cutoff)
        return Labels.tr("Trong ngày")
    count = int(duration) if float(duration).is_integer() else 2  # the plural form of "0,5" and "1,5"
    amount = _amount(duration)
    if unit is DurationUnit.WORKING_DAYS:
        text = Labels.tr("{amount} ngày làm việc", "", count)
    elif unit is DurationUnit.WORKING_HOURS:
        text = Labels.tr("{amount} giờ làm việc", "", count)
    else:
        text = Labels.tr("{amount} ngày", "", count)
    return text.format(amount=amount)


_VIETNAMESE_DURATION = re.compile(r"(?P<amount>\d+(?:,\d+)?) (?P<unit>ngày làm việc|giờ làm việc|ngày)")
_VIETNAMESE_SAME_DAY = re.compile(r"Trong ngày \(nhận sau (?P<cutoff>.+) trả trong ngày làm việc tiếp theo\)")
_UNIT_OF = {text: unit for unit, text in UNIT_TEXT.items()}


def duration_from_text(text: str) -> str:
    """A duration the services already wrote in Vietnamese (``describe_duration``), translated.

    The reports carry the legal time of each procedure as text; anything not written by
    ``describe_duration`` comes back as it is.
    """
    if text == "Trong ngày":
        return duration_text(0, DurationUnit.SAME_DAY)
    if match := _VIETNAMESE_SAME_DAY.fullmatch(text):
        return duration_text(0, DurationUnit.SAME_DAY, match["cutoff"])
    if match := _VIETNAMESE_DURATION.fullmatch(text):
        return duration_text(float(match["amount"].replace(",", ".")), _UNIT_OF[match["unit"]])
    return text


# ---- numbers ---------------------------------------------------------------------------------------


def _decimal_separator() -> str:
    return Labels.tr(",", "the decimal separator")


def decimal_text(value: float, digits: int = 1) -> str:
    """"12,5" in Vietnamese, "12.5" in English."""
    return f"{value:.{digits}f}".replace(".", _decimal_separator())


def rate_text(value: float, digits: int = 1) -> str:
    """A percentage: :func:`desk_app.services.indicators.format_rate` ("83,3%"), in the language shown."""
    return decimal_text(value, digits) + "%"


def count_text(value: int) -> str:
    """:func:`desk_app.services.indicators.format_count` ("1.234.567"), in the language shown ("1,234,567")."""
    return f"{value:,}".replace(",", Labels.tr(".", "the thousands separator"))


# ---- the citizens' ratings (SIPAS) -------------------------------------------------------------------

SCALE_TEXT: dict[int, tuple[str, ...]] = {
    3: (QT_TRANSLATE_NOOP("Labels", "Rất hài lòng"), QT_TRANSLATE_NOOP("Labels", "Hài lòng"),
        QT_TRANSLATE_NOOP("Labels", "Chưa hài lòng")),
    5: (QT_TRANSLATE_NOOP("Labels", "Rất hài lòng"), QT_TRANSLATE_NOOP("Labels", "Hài lòng"),
        QT_TRANSLATE_NOOP("Labels", "Bình thường"), QT_TRANSLATE_NOOP("Labels", "Không hài lòng"),
        QT_TRANSLATE_NOOP("Labels", "Rất không hài lòng")),
}

SIPAS_TEXT: dict[str, str] = {
    "access": QT_TRANSLATE_NOOP("Labels", "Tiếp cận dịch vụ"),
    "procedure": QT_TRANSLATE_NOOP("Labels", "Thủ tục hành chính"),
    "officer": QT_TRANSLATE_NOOP("Labels", "Công chức giải quyết công việc"),
    "result": QT_TRANSLATE_NOOP("Labels", "Kết quả giải quyết"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"),
}


def scale_labels(scale: int) -> tuple[str, ...]:
    """The levels of a rating scale, best first (empty for an unknown scale)."""
    return tuple(_tr(text) for text in SCALE_TEXT.get(scale, ()))


def scale_label(rating: int, scale: int) -> str:
    """One level ("Hài lòng" / "Satisfied"); the number itself when the scale does not know it."""
    levels = SCALE_TEXT.get(scale, ())
    return _tr(levels[rating - 1]) if 1 <= rating <= len(levels) else str(rating)


def sipas_label(key: str) -> str:
    """A SIPAS element ("Tiếp cận dịch vụ" / "Access to the service"); an unknown key as it is."""
    return _tr(SIPAS_TEXT[key]) if key in SIPAS_TEXT else key


# ---- forms, periods, groups ---------------------------------------------------------------------------

FORM_TEXT: dict[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("Labels", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"),
    "supplement": QT_TRANSLATE_NOOP("Labels", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"),
    "refusal": QT_TRANSLATE_NOOP("Labels", "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)"),
    "apology": QT_TRANSLATE_NOOP("Labels", "Văn bản xin lỗi (Mẫu 04)"),
    "stop": QT_TRANSLATE_NOOP("Labels", "Thông báo dừng giải quyết hồ sơ (Mẫu 05)"),
    "control": QT_TRANSLATE_NOOP("Labels", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)"),
    "book": QT_TRANSLATE_NOOP("Labels", "Sổ theo dõi hồ sơ (Mẫu 07)"),
}

# What the services put where a group has no name.
GROUP_TEXT: dict[str, str] = {
    "Không gắn hồ sơ": QT_TRANSLATE_NOOP("Labels", "Không gắn hồ sơ"),  # feedback.ANONYMOUS
    "(không rõ)": QT_TRANSLATE_NOOP("Labels", "(không rõ)"),  # a clerk nobody recorded
}


def form_title(form: str) -> str:
    """The title of a printed form, with its number ("Văn bản xin lỗi (Mẫu 04)" / "Apology letter (Form 04)")."""
    return _tr(FORM_TEXT[form]) if form in FORM_TEXT else form


def group_label(label: str) -> str:
    """A group's label from a report or a feedback summary: the services' placeholders translated."""
    return _tr(GROUP_TEXT[label]) if label in GROUP_TEXT else label


def period_label(period: Period) -> str:
    """:attr:`desk_app.services.indicators.Period.label`, translated."""
    start, end = period.date_from, period.date_to
    if start and end:
        if start == end:
            return Labels.tr("Ngày {date}").format(date=f"{start:%d/%m/%Y}")
        return Labels.tr("Từ ngày {start} đến ngày {end}").format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
    if start:
        return Labels.tr("Từ ngày {start}").format(start=f"{start:%d/%m/%Y}")
    if end:
        return Labels.tr("Đến ngày {end}").format(end=f"{end:%d/%m/%Y}")
    return Labels.tr("Toàn bộ dữ liệu")
