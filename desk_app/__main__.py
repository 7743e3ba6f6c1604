"""``python -m desk_app`` and the ``desk-app`` console script."""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def window_arguments(argv: list[str]) -> tuple[Path | None, bool, bool] | None:
    """``(data_dir, demo, smoke)`` when ``argv`` only opens the window, else None.

    Opening the window is what a clerk does every morning; building the whole command-line parser
    (argparse, every sub-command's module) would add a fifth to the start-up. Anything this does not
    recognise — help, another command, a typo — goes to the full parser, which explains it.
    """
    data_dir: Path | None = None
    demo = smoke = False
    words = list(argv)
    while words and words[0].startswith("--data-dir"):
        word = words.pop(0)
        if word == "--data-dir" and words and not words[0].startswith("-"):
            data_dir = Path(words.pop(0))
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            data_dir = Path(word.split("=", 1)[1])
        else:
            return None
    if words and words[0] == "gui":
        words.pop(0)
        flags = set(words)
        if len(flags) != len(words) or not flags <= {"--demo", "--smoke"}:
            return None
        demo, smoke = "--demo" in flags, "--smoke" in flags
    elif words:
        return None
    return data_dir, demo, smoke


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    window = window_arguments(arguments)
    if window is not None:
        # Start-up allocates many long-lived objects (classes, enums, widgets) and no garbage worth
        # collecting: the cyclic collector would run some sixty times for nothing before the window
        # shows. The window turns it back on once it is painted.
        gc.disable()
        import logging

        from desk_app.gui.app import run_gui

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        data_dir, demo, smoke = window
        return run_gui(data_dir=data_dir, demo=demo, smoke=smoke)

    from desk_app.cli import run

    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
