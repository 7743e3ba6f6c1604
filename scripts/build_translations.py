"""Qt Linguist: refresh the .ts files from the sources, and compile them to .qm.

    python scripts/build_translations.py          # lupdate (keeps existing translations) + lrelease
    python scripts/build_translations.py --check  # exit 1 if a source string lacks a finished translation

Vietnamese is the source language of the UI; English (desk_app_en.ts) is the second language.
The .qm files are generated: do not edit them.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "desk_app" / "gui").rglob("*.py") if "generated" not in p.parts)
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def translations(message: ET.Element) -> list[str]:
    """The translated texts of one message: one, or one per plural form (``numerus="yes"``)."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    """Translated in every plural form, and not marked unfinished (vanished and obsolete ones count as done)."""
    translation = message.find("translation")
    if translation is None:
        return False
    if translation.get("type") in ("vanished", "obsolete"):
        return True
    texts = translations(message)
    return translation.get("type") != "unfinished" and bool(texts) and all(text.strip() for text in texts)


def unfinished(ts_file: Path) -> list[str]:
    """Sources whose translation is missing, empty (in any plural form) or still marked unfinished."""
    return [message.findtext("source") or "" for message in ET.parse(ts_file).getroot().iter("message")
            if not is_finished(message)]


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if "--check" in sys.argv:
        problems = {lang: unfinished(TRANSLATIONS / f"desk_app_{lang}.ts") for lang in LANGUAGES}
        for lang, missing in problems.items():
            for source in missing:
                print(f"{lang}: chưa dịch: {source!r}")
        return 1 if any(problems.values()) else 0
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"desk_app_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-source-language", "vi_VN", "-target-language",
                        lang, "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
