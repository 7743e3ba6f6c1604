"""The serif font every form prints in, with full Vietnamese coverage.

Times New Roman from the system where it is installed (Windows, or msttcorefonts on Linux) and
really carries the Vietnamese letters; otherwise DejaVu Serif, which the app brings in
``resources/fonts/`` (Bitstream Vera licence, ``resources/fonts/LICENSE-DejaVu.txt``).

Fonts are registered with reportlab once per process. Set ``DESK_APP_FONT=bundled`` to always use
the bundled font (identical PDFs on every machine, e.g. for golden tests).
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desk_app.paths import resources_dir

# Every precomposed letter of Vietnamese, both cases, plus đ/Đ: a font lacking one of them prints
# an empty box in somebody's name.
VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
)
REQUIRED_CHARS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "–…"


@dataclass(frozen=True)
class FontSet:
    """Names registered with reportlab, ready for ParagraphStyle.fontName."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "system" or "bundled"
    label: str  # human-readable: "Times New Roman", "DejaVu Serif"
    scale: float  # size factor: DejaVu is wider than Times, so it prints a little smaller


@dataclass(frozen=True)
class _Candidate:
    label: str
    family: str
    regular: Path
    bold: Path
    italic: Path | None
    bold_italic: Path | None
    source: str
    scale: float


def _system_font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/msttcore"),
            Path("/usr/share/fonts/TTF"),
            Path("/usr/share/fonts/truetype"),
            Path.home() / ".fonts",
            Path.home() / ".local/share/fonts",
        ]
    return dirs


_TIMES_NAMES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    (
        "Times_New_Roman.ttf",
        "Times_New_Roman_Bold.ttf",
        "Times_New_Roman_Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ),
)


def _find(directory: Path, name: str) -> Path | None:
    path = directory / name
    if path.is_file():
        return path
    lower = directory / name.lower()  # case-sensitive file systems: Times.ttf vs times.ttf
    return lower if lower.is_file() else None


def _system_candidates() -> list[_Candidate]:
    found = []
    for directory in _system_font_dirs():
        if not directory.is_dir():
            continue
        for regular, bold, italic, bold_italic in _TIMES_NAMES:
            r, b = _find(directory, regular), _find(directory, bold)
            if r and b:
                found.append(
                    _Candidate(
                        "Times New Roman",
                        "TimesNewRomanVN",
                        r,
                        b,
                        _find(directory, italic),
                        _find(directory, bold_italic),
                        "system",
                        1.0,
                    )
                )
    return found


def bundled_dir() -> Path:
    return resources_dir() / "fonts"


def _bundled_candidate() -> _Candidate:
    folder = bundled_dir()

    def first(*names: str) -> Path | None:
        for name in names:
            if (folder / name).is_file():
                return folder / name
        return None

    return _Candidate(
        "DejaVu Serif",
        "DejaVuSerifVN",
        folder / "DejaVuSerif.ttf",
        folder / "DejaVuSerif-Bold.ttf",
        first("DejaVuSerif-Italic.ttf", "DejaVuSerifCondensed-Italic.ttf"),
        first("DejaVuSerif-BoldItalic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
        "bundled",
        0.93,
    )


def covers_vietnamese(font: TTFont) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in REQUIRED_CHARS)


def _load(name: str, path: Path) -> TTFont:
    return TTFont(name, str(path))


def _register(candidate: _Candidate) -> FontSet:
    family = candidate.family
    names = {
        "regular": family,
        "bold": f"{family}-Bold",
        "italic": f"{family}-Italic",
        "bold_italic": f"{family}-BoldItalic",
    }
    regular = _load(names["regular"], candidate.regular)
    bold = _load(names["bold"], candidate.bold)
    if not (covers_vietnamese(regular) and covers_vietnamese(bold)):
        raise TTFError(f"{candidate.regular} lacks Vietnamese letters")
    italic = _load(names["italic"], candidate.italic) if candidate.italic else None
    if italic is not None and not covers_vietnamese(italic):
        italic = None
    bold_italic = _load(names["bold_italic"], candidate.bold_italic) if candidate.bold_italic else None
    if bold_italic is not None and not covers_vietnamese(bold_italic):
        bold_italic = None
    # Without an italic face, italics print upright rather than with missing glyphs.
    italic_name = names["italic"] if italic else names["regular"]
    bold_italic_name = names["bold_italic"] if bold_italic else names["bold"]
    for font in (regular, bold, italic, bold_italic):
        if font is not None:
            pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family, normal=names["regular"], bold=names["bold"], italic=italic_name, boldItalic=bold_italic_name
    )
    # <b>/<i> inside a paragraph whose font is the bold or italic face must still resolve.
    for font_name in {names["regular"], names["bold"], italic_name, bold_italic_name}:
        addMapping(font_name, 0, 0, names["regular"])
        addMapping(font_name, 1, 0, names["bold"])
        addMapping(font_name, 0, 1, italic_name)
        addMapping(font_name, 1, 1, bold_italic_name)
    return FontSet(
        family=family,
        regular=names["regular"],
        bold=names["bold"],
        italic=italic_name,
        bold_italic=bold_italic_name,
        source=candidate.source,
        label=candidate.label,
        scale=candidate.scale,
    )


@functools.cache
def register_fonts(prefer_system: bool | None = None) -> FontSet:
    """Register the serif font (once per process) and say which one it is.

    ``prefer_system=None`` reads ``DESK_APP_FONT``: ``bundled`` skips Times New Roman.
    """
    if prefer_system is None:
        prefer_system = os.environ.get("DESK_APP_FONT", "").strip().lower() != "bundled"
    candidates = (_system_candidates() if prefer_system else []) + [_bundled_candidate()]
    errors = []
    for candidate in candidates:
        try:
            return _register(candidate)
        except (OSError, TTFError) as exc:
            errors.append(f"{candidate.regular}: {exc}")
    raise RuntimeError(
        "Không tìm thấy phông chữ có đủ dấu tiếng Việt để in biểu mẫu: " + "; ".join(errors)
    )
