"""Entry point of the PyInstaller bundle (build_installer.spec): the same as ``python -m desk_app``."""

import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
