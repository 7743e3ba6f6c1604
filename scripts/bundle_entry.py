"""Entry point of the PyInstaller bundle (build_installer.spec): the same as ``python -m desk_app``.

``desk-app-window.exe`` runs this without a console: Python then has no stdout/stderr, so they go to
the null device (the window logs to <data>/logs/errors.log) instead of failing on the first print.
"""

import os
import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the whole run
    sys.exit(main())
