"""Every printed form with reportlab: domain data in, PDF bytes out.

Mẫu 01 :func:`render_receipt`, 02 :func:`render_supplement_request`, 03 :func:`render_refusal`,
04 :func:`render_apology`, 05 :func:`render_stop_notice`, 06 :func:`render_control_sheet`,
07 :func:`render_tracking_book` (TT 03/2025/TT-VPCP numbering).
"""

from desk_app.documents.book import render_tracking_book
from desk_app.documents.fonts import register_fonts
from desk_app.documents.forms import (
    render_apology,
    render_control_sheet,
    render_refusal,
    render_stop_notice,
    render_supplement_request,
)
from desk_app.documents.receipt import render_receipt

__all__ = [
    "register_fonts",
    "render_apology",
    "render_control_sheet",
    "render_receipt",
    "render_refusal",
    "render_stop_notice",
    "render_supplement_request",
    "render_tracking_book",
]
