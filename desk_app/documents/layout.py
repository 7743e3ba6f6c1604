"""What every form shares: paper, styles, the two-column header, dates in words, signatures, QR.

Every string that reaches the PDF goes through :func:`nfc` (or :func:`esc` for paragraph markup):
text typed decomposed (NFD) would otherwise print its tone marks on the wrong letters.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.documents.fonts import FontSet, register_fonts
from desk_app.domain.dossier import DocumentLine
from desk_app.domain.office import OfficeSettings

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_NOTE = "(Ký và ghi rõ họ tên)"
CREATOR = "Ứng dụng Bộ phận Một cửa (desk-app)"

# ---------------------------------------------------------------------------------------------
# Text


def nfc(value: object) -> str:
    """Any value as composed (NFC) text; None prints as nothing."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value))


def esc(value: object) -> str:
    """NFC text escaped for reportlab paragraph markup; line breaks kept."""
    return escape(nfc(value)).replace("\n", "<br/>")


def upper(value: object) -> str:
    return nfc(value).upper()


def or_dots(value: object, dots: str = "……………") -> str:
    """The value, or dots to fill in by hand when it is blank."""
    text = nfc(value).strip()
    return text if text else dots


# ---------------------------------------------------------------------------------------------
# Dates in words ("HH giờ mm phút, ngày dd tháng MM năm yyyy")


def vn_date(day: date) -> str:
    """"ngày 22 tháng 11 năm 2025"."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year:04d}"


def vn_datetime(moment: datetime) -> str:
    """"09 giờ 05 phút, ngày 22 tháng 11 năm 2025"."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {vn_date(moment)}"


def place_date(place: str, day: date) -> str:
    """"Tân Lập, ngày 22 tháng 11 năm 2025" (dots where the place is not set)."""
    return f"{or_dots(place, '………')}, {vn_date(day)}"


def short_date(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def short_datetime(moment: datetime | None) -> str:
    return f"{moment:%H:%M %d/%m/%Y}" if moment else ""


# ---------------------------------------------------------------------------------------------
# Paper


@dataclass(frozen=True)
class Page:
    paper: str
    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        """Width of the text area."""
        return self.size[0] - self.left - self.right

    @property
    def height(self) -> float:
        return self.size[1] - self.top - self.bottom


def normalize_paper(paper: str | None, default: str = "A5") -> str:
    text = (paper or default).strip().upper().replace(" ", "")
    if text not in ("A4", "A5"):
        raise ValueError(f"Khổ giấy không hỗ trợ: {paper!r} (chỉ A4 hoặc A5).")
    return text


def page_setup(paper: str, turned: bool = False) -> Page:
    """A5 / A4 portrait, or A4 landscape (``turned``) for the tracking book."""
    paper = normalize_paper(paper)
    if paper == "A5":
        return Page("A5", A5, 12 * mm, 10 * mm, 9 * mm, 9 * mm)
    if turned:
        return Page("A4L", landscape(A4), 15 * mm, 12 * mm, 12 * mm, 12 * mm)
    return Page("A4", A4, 25 * mm, 15 * mm, 15 * mm, 15 * mm)


# ---------------------------------------------------------------------------------------------
# Styles


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    size: float  # body size in points
    body: ParagraphStyle
    justify: ParagraphStyle
    center: ParagraphStyle
    italic: ParagraphStyle
    italic_center: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    code: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    head_left: ParagraphStyle
    head_left_bold: ParagraphStyle
    head_right: ParagraphStyle
    sign_title: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle

    @property
    def leading(self) -> float:
        return self.body.leading


BODY_SIZE = {"A5": 10.5, "A4": 12.5, "A4L": 10.5}


@functools.cache
def make_styles(paper: str, scale: float = 1.0) -> Styles:
    """The styles of one paper size; ``scale`` < 1 shrinks everything to fit a page."""
    fonts = register_fonts()
    size = round(BODY_SIZE[paper] * fonts.scale * scale, 2)
    lead = round(size * 1.24, 2)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": fonts.regular,
            "fontSize": size,
            "leading": lead,
            "spaceBefore": 0,
            "spaceAfter": 0,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(f"{paper}-{scale}-{name}", **base)

    small = round(size * 0.88, 2)
    cell = round(size * 0.92, 2)
    head = round(size * 0.9, 2)
    return Styles(
        fonts=fonts,
        size=size,
        body=style("body", spaceAfter=size * 0.15),
        justify=style("justify", alignment=TA_JUSTIFY, spaceAfter=size * 0.15),
        center=style("center", alignment=TA_CENTER),
        italic=style("italic", fontName=fonts.italic),
        italic_center=style("italic_center", fontName=fonts.italic, alignment=TA_CENTER),
        small=style("small", fontSize=small, leading=small * 1.22),
        small_center=style("small_center", fontSize=small, leading=small * 1.22, alignment=TA_CENTER),
        title=style(
            "title",
            fontName=fonts.bold,
            fontSize=size * 1.22,
            leading=size * 1.5,
            alignment=TA_CENTER,
        ),
        subtitle=style("subtitle", fontName=fonts.italic, alignment=TA_CENTER),
        code=style("code", fontName=fonts.bold, fontSize=size * 1.45, leading=size * 1.75),
        cell=style("cell", fontSize=cell, leading=cell * 1.2),
        cell_center=style("cell_center", fontSize=cell, leading=cell * 1.2, alignment=TA_CENTER),
        cell_head=style(
            "cell_head", fontName=fonts.bold, fontSize=cell, leading=cell * 1.2, alignment=TA_CENTER
        ),
        head_left=style("head_left", fontSize=head, leading=head * 1.22, alignment=TA_CENTER),
        head_left_bold=style(
            "head_left_bold", fontName=fonts.bold, fontSize=head, leading=head * 1.22, alignment=TA_CENTER
        ),
        head_right=style(
            "head_right", fontName=fonts.bold, fontSize=head, leading=head * 1.22, alignment=TA_CENTER
        ),
        sign_title=style("sign_title", fontName=fonts.bold, alignment=TA_CENTER),
        sign_note=style("sign_note", fontName=fonts.italic, fontSize=small, leading=small * 1.2,
                        alignment=TA_CENTER),
        sign_name=style("sign_name", fontName=fonts.bold, alignment=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup whose values were already passed through :func:`esc`."""
    return Paragraph(text, style)


def field(label: str, value: object, style: ParagraphStyle, dots: str = "……………………") -> Paragraph:
    """"Label: value" with the value escaped (dots when blank)."""
    return Paragraph(f"{esc(label)}: {esc(or_dots(value, dots))}", style)


def fitted_size(text: str, font: str, size: float, width: float, minimum: float = 6.5) -> float:
    """The largest size ≤ ``size`` at which ``text`` stays on one line of ``width``."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(minimum, round(size * width / natural - 0.05, 2))


# ---------------------------------------------------------------------------------------------
# Header: "UBND … / BỘ PHẬN MỘT CỬA" left, the national motto right, then the place and date


def _underline(width: float) -> HRFlowable:
    return HRFlowable(
        width=width, thickness=0.6, color="black", spaceBefore=2.5, spaceAfter=0, hAlign="CENTER"
    )


def header_block(
    office: OfficeSettings,
    st: Styles,
    page: Page,
    on: date | None = None,
    number: str | None = None,
    issuer_only_parent: bool = False,
) -> Table:
    """The two-column head of an administrative form.

    Left: the agency above (regular) and the office (bold), underlined with a short rule; below it
    ``number`` ("Số: …") if given. Right: the nation and the motto (bold, underlined), below it
    "place, ngày … tháng … năm …" in italics when ``on`` is given. ``issuer_only_parent`` prints
    only the agency (in bold) on the left: letters issued by the head of that agency.
    """
    left_w = page.width * 0.44
    right_w = page.width - left_w
    fonts = st.fonts
    gutter = 4.0
    right_size = fitted_size(NATION, fonts.bold, st.head_right.fontSize, right_w - gutter - 2)
    right_style = ParagraphStyle(
        "nation", parent=st.head_right, fontSize=right_size, leading=right_size * 1.25
    )
    motto_style = ParagraphStyle(
        "motto", parent=right_style, fontSize=min(right_size + 0.5, st.size), leading=right_size * 1.3
    )
    motto_w = stringWidth(MOTTO, fonts.bold, motto_style.fontSize)

    parent = upper(office.parent_name).strip()
    name = upper(office.office_name).strip() or "BỘ PHẬN MỘT CỬA"
    def left_line(text: str, style: ParagraphStyle) -> Paragraph:
        # Shrink a little (to 85%) to keep a name on one line; longer names wrap.
        size = fitted_size(text, style.fontName, style.fontSize, left_w - gutter - 1, 0)
        if size < style.fontSize * 0.85:
            return para(esc(text), style)
        return para(esc(text), ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size))

    left: list[Flowable] = []
    if issuer_only_parent and parent:
        left.append(left_line(parent, st.head_left_bold))
    else:
        if parent:
            left.append(left_line(parent, st.head_left))
        left.append(left_line(name, st.head_left_bold))
    left.append(_underline(left_w * 0.38))
    right: list[Flowable] = [
        para(esc(NATION), right_style),
        para(esc(MOTTO), motto_style),
        _underline(motto_w),
    ]
    rows: list[list[Any]] = [[left, right]]
    if on is not None or number:
        below_left = para(esc(number), st.head_left) if number else ""
        below_right = para(esc(place_date(office.place_name, on)), st.italic_center) if on else ""
        rows.append([below_left, below_right])
    table = Table(rows, colWidths=[left_w, right_w], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gutter),
                ("LEFTPADDING", (1, 0), (1, -1), gutter),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 1), (-1, 1), st.size * 0.35),
            ]
        )
    )
    return table


def balanced_lines(text: str, style: ParagraphStyle, width: float | None) -> str:
    """Escaped ``text``; when it needs two lines, broken where both halves are about as long
    (no single orphan word under a long line)."""
    words = nfc(text).split()
    font, size = style.fontName, style.fontSize
    if width is None or len(words) < 2 or stringWidth(" ".join(words), font, size) <= width:
        return esc(" ".join(words))
    best = None
    for cut in range(1, len(words)):
        widths = (
            stringWidth(" ".join(words[:cut]), font, size),
            stringWidth(" ".join(words[cut:]), font, size),
        )
        if max(widths) <= width and (best is None or max(widths) < best[0]):
            best = (max(widths), cut)
    if best is None:  # more than two lines: let the paragraph wrap
        return esc(" ".join(words))
    cut = best[1]
    return f"{esc(' '.join(words[:cut]))}<br/>{esc(' '.join(words[cut:]))}"


def title_block(
    title: str,
    st: Styles,
    subtitle: str | None = None,
    space: float | None = None,
    width: float | None = None,
) -> list[Flowable]:
    """The centred bold upper-case title (and an italic line under it); ``width`` (the text
    width) lets a two-line title break evenly."""
    gap = st.size * 0.7 if space is None else space
    out: list[Flowable] = [Spacer(1, gap), para(balanced_lines(upper(title), st.title, width), st.title)]
    if subtitle:
        out.append(para(esc(subtitle), st.subtitle))
    out.append(Spacer(1, st.size * 0.4))
    return out


# ---------------------------------------------------------------------------------------------
# Signatures


@dataclass(frozen=True)
class Signature:
    """One signature column: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(Ký …)" / space / name."""

    title: str
    name: str = ""
    note: str = SIGN_NOTE
    above: str = ""  # "KT. CHỦ TỊCH" over a deputy's own title


def signature_table(
    blocks: Sequence[Signature | None], st: Styles, width: float, space: float | None = None
) -> Table:
    """Signature columns side by side, each centred, with room to sign above the printed name.

    ``None`` leaves a column empty (a single signature on the right half).
    """
    gap = st.size * 4.2 if space is None else space
    cells: list[Any] = []
    for block in blocks:
        if block is None:
            cells.append("")
            continue
        cell: list[Flowable] = []
        if block.above:
            cell.append(para(esc(upper(block.above)), st.sign_title))
        cell.append(para(esc(upper(block.title)), st.sign_title))
        if block.note:
            cell.append(para(esc(block.note), st.sign_note))
        cell.append(Spacer(1, gap))
        if nfc(block.name).strip():
            cell.append(para(esc(block.name), st.sign_name))
        cells.append(cell)
    col = width / max(1, len(blocks))
    table = Table([cells], colWidths=[col] * len(blocks), hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def recipients_and_signature(
    recipients: Sequence[str], signature: Signature, st: Styles, width: float
) -> Table:
    """"Nơi nhận:" list at the bottom left of a letter, the signature at the right."""
    left: list[Flowable] = [para("<b><i>Nơi nhận:</i></b>", st.small)]
    for line in recipients:
        left.append(para(f"- {esc(line)}", st.small))
    sign = signature_table([signature], st, width * 0.55, space=st.size * 5.5)
    table = Table([[left, sign]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# ---------------------------------------------------------------------------------------------
# Tables


def grid_style(header_rows: int = 1, padding: float = 2.5) -> list[tuple[Any, ...]]:
    """Thin full grid, vertically centred cells, bold header rows repeated on each page."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.8),
    ]


# ---------------------------------------------------------------------------------------------
# QR code (vector, reportlab's own encoder)


@functools.lru_cache(maxsize=256)
def qr_modules(value: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The dark/light matrix of ``value``, encoded by reportlab's QrCodeWidget (cached: encoding
    tries all eight masks in pure Python, the slowest part of a receipt)."""
    widget = QrCodeWidget(value, barLevel=level)
    widget.qr.make()
    return tuple(tuple(bool(cell) for cell in row) for row in widget.qr.modules)


class QrFlowable(Flowable):
    """The QR of ``value`` as vector squares, ``size`` points wide including a quiet zone of
    ``border`` modules (the page around it is white too)."""

    def __init__(self, value: str, size: float = 23 * mm, level: str = "M", border: int = 2) -> None:
        super().__init__()
        self.value = nfc(value)
        self.size = size
        self.level = level
        self.border = border
        self.width = self.height = size
        self.hAlign = "CENTER"

    def drawing(self) -> Drawing:
        """The same code as a reportlab Drawing (for renderPM or embedding elsewhere)."""
        widget = QrCodeWidget(
            self.value, barLevel=self.level, barWidth=self.size, barHeight=self.size, barBorder=self.border
        )
        drawing = Drawing(self.size, self.size)
        drawing.add(widget)
        return drawing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.value, self.level)
        count = len(modules)
        box = self.size / (count + 2 * self.border)
        canvas = self.canv
        path = canvas.beginPath()
        for r, row in enumerate(modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.border) * box, y, (c - start) * box, box)
                else:
                    c += 1
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


# ---------------------------------------------------------------------------------------------
# Building the PDF


@dataclass
class Built:
    pdf: bytes
    pages: int


PageHook = Callable[[Any, Any], None]


def build_pdf(
    story: list[Flowable],
    page: Page,
    title: str,
    author: str,
    subject: str = "",
    on_page: PageHook | None = None,
) -> Built:
    """Lay ``story`` out on ``page`` and return the PDF (deterministic: invariant mode)."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=nfc(title),
        author=nfc(author),
        subject=nfc(subject),
        creator=CREATOR,
        producer=CREATOR,
        invariant=1,
        lang="vi-VN",
    )
    frame = Frame(
        page.left, page.bottom, page.width, page.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    pages = [0]

    def count(canvas: Any, document: Any) -> None:
        pages[0] += 1
        if on_page is not None:
            on_page(canvas, document)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=count)])
    doc.build(story)
    return Built(buffer.getvalue(), pages[0])


def story_height(story: Sequence[Flowable], width: float, height: float) -> float:
    """Height the flowables take laid out one after another in a frame ``width`` wide (an
    estimate without drawing: used to pick a scale that keeps a form on one page)."""
    total = 0.0
    previous_after = 0.0
    for index, flowable in enumerate(story):
        _, h = flowable.wrap(width, height)
        before = flowable.getSpaceBefore() if index else 0.0
        total += h + max(before, previous_after)
        previous_after = flowable.getSpaceAfter()
    return total


def page_number_footer(page: Page, st: Styles, text: str = "Trang {n}") -> PageHook:
    """A small centred page number under the text area."""

    def draw(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(st.fonts.italic, st.size * 0.8)
        canvas.drawCentredString(
            page.left + page.width / 2, page.bottom / 2, nfc(text.format(n=document.page))
        )
        canvas.restoreState()

    return draw


# ---------------------------------------------------------------------------------------------
# Blocks the dossier forms share


def pair_row(
    items: Sequence[tuple[str, object]],
    st: Styles,
    width: float,
    split: float = 0.5,
    markup: bool = False,
) -> Table:
    """Two "Label: value" fields side by side on one line (each wraps within its part).

    With ``markup`` the values are paragraph markup already escaped with :func:`esc`.
    """
    first = width * split
    if markup:
        cells = [para(f"{esc(label)}: {value}", st.body) for label, value in items]
    else:
        cells = [field(label, value, st.body) for label, value in items]
    table = Table([cells], colWidths=[first, width - first])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), st.body.spaceAfter),
            ]
        )
    )
    return table


def count_text(value: int) -> str:
    return f"{value:02d}" if value > 0 else "–"


def documents_table(lines: Sequence[DocumentLine], st: Styles, width: float) -> Table:
    """TT | Tên giấy tờ | Bản chính | Bản chứng thực | Bản photo; names wrap, never cut."""
    number_w = max(width * 0.07, 16)
    count_w = width * 0.135
    name_w = width - number_w - 3 * count_w
    rows: list[list[Any]] = [
        [
            para("TT", st.cell_head),
            para("Tên giấy tờ", st.cell_head),
            para("Bản chính", st.cell_head),
            para("Bản chứng thực", st.cell_head),
            para("Bản photo", st.cell_head),
        ]
    ]
    for index, line in enumerate(lines, start=1):
        rows.append(
            [
                para(str(index), st.cell_center),
                para(esc(line.name), st.cell),
                para(count_text(line.originals), st.cell_center),
                para(count_text(line.certified), st.cell_center),
                para(count_text(line.copies), st.cell_center),
            ]
        )
    if not lines:
        rows.append([para("", st.cell), para("(Không có giấy tờ kèm theo)", st.cell), "", "", ""])
    table = Table(rows, colWidths=[number_w, name_w, count_w, count_w, count_w], repeatRows=1)
    table.setStyle(TableStyle(grid_style(padding=st.size * 0.22)))
    return table
