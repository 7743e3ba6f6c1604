"""Bootstrap for Windows and Linux: creates .venv, installs the app, then runs it or its tests.

    python scripts/dev.py run [desk-app arguments]   # the window (``run --demo`` for a demo database)
    python scripts/dev.py test [pytest arguments]    # ruff, import-linter contracts, the whole test suite
    python scripts/dev.py bundle                     # PyInstaller one-folder bundle in dist/, then its --self-test

Needs only Python 3.11+. Dependencies are reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_tool(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def ensure_environment(extras: str = "dev") -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".installed-{extras.replace(',', '-')}"
    if venv_python().exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return
    if not venv_python().exists():
        print("Tạo môi trường .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    print("Cài đặt các thư viện (lần đầu mất vài phút) ...", flush=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[{extras}]"], check=True)
    stamp.write_text(wanted)


def run_app(arguments: list[str]) -> int:
    ensure_environment()
    if not arguments or arguments[0] in ("--demo", "--smoke"):
        arguments = ["gui", *arguments]  # `run --demo` opens the window on a demo database
    return subprocess.call([str(venv_python()), "-m", "desk_app", *arguments])  # the user's folder: relative paths work


def run_tests(arguments: list[str]) -> int:
    ensure_environment()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        [str(venv_tool("ruff")), "check", "."],
        [str(venv_tool("lint-imports"))],
        [str(venv_python()), "-m", "pytest", *(arguments or ["-q"])],
    ]
    for step in steps:
        print("$", " ".join(Path(step[0]).name if i == 0 else part for i, part in enumerate(step)), flush=True)
        code = subprocess.call(step, cwd=ROOT, env=env)
        if code != 0:
            return code
    return 0


def build_bundle() -> int:
    ensure_environment("dev,build")
    code = subprocess.call([str(venv_tool("pyinstaller")), "--noconfirm", "--log-level", "ERROR",
                            "build_installer.spec"], cwd=ROOT)
    if code != 0:
        return code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("desk-app", "desk-app-window"):  # the command line, and the window's program
        program = ROOT / "dist" / "desk-app" / (name + (".exe" if os.name == "nt" else ""))
        print(f"$ dist/desk-app/{program.name} --self-test", flush=True)
        code = subprocess.call([str(program), "--self-test"], cwd=ROOT, env=env)
        if code != 0:
            return code
    return 0


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - the bootstrap may be started by an older Python
        print(f"Cần Python 3.11 trở lên (đang chạy {sys.version.split()[0]}).")
        return 1
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "bundle"):
        print(__doc__)
        return 2
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "bundle":
        return build_bundle()
    return run_app(arguments) if command == "run" else run_tests(arguments)


if __name__ == "__main__":
    sys.exit(main())
