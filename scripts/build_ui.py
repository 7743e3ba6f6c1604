"""Compile the Qt Designer forms in ui/ into desk_app/gui/generated/ui_<name>.py.

    python scripts/build_ui.py           # regenerate every form
    python scripts/build_ui.py --check   # exit 1 when a generated file is missing or out of date

Uses ``pyside6-uic`` from the same environment as the Python running this script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "desk_app" / "gui" / "generated"
INIT_TEXT = '"""Python code generated from the Designer forms in ui/ by scripts/build_ui.py — do not edit."""\n'


def uic_command() -> list[str]:
    folder = Path(sys.executable).parent
    name = "pyside6-uic.exe" if os.name == "nt" else "pyside6-uic"
    candidate = folder / name
    if candidate.exists():
        return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    sys.exit("Không tìm thấy pyside6-uic: hãy cài PySide6 vào môi trường đang chạy.")


def header(ui_file: Path) -> str:
    return f"# Generated from ui/{ui_file.name} by scripts/build_ui.py — do not edit.\n"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "--generator", "python", str(ui_file)],
                            capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"pyside6-uic thất bại với {ui_file.name}:\n{result.stderr.decode('utf-8', 'replace')}")
    body = result.stdout.decode("utf-8").replace("\r\n", "\n")
    # uic stamps its own version in the header: keep the file stable across PySide6 patch releases.
    lines = [line for line in body.splitlines() if "Created by: Qt User Interface Compiler" not in line]
    return header(ui_file) + "\n".join(lines).rstrip() + "\n"


def outputs() -> dict[Path, str]:
    files = {OUT_DIR / "__init__.py": INIT_TEXT}
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        files[OUT_DIR / f"ui_{ui_file.stem}.py"] = compile_form(ui_file)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the generated files are current")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
