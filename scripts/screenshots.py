"""Screenshots of every main screen on a demo database, at 1366×768, for the README and for review.

    python scripts/screenshots.py [OUTPUT_FOLDER]     (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from desk_app.gui.app import application
from desk_app.gui.main_window import MainWindow
from desk_app.gui.worker import DbWorker
from desk_app.services import generator, office
from desk_app.services.context import Actor, DeskContext


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = application()  # the window's own style and font, as the clerk sees it
    now = datetime(2026, 11, 20, 9, 30)
    with tempfile.TemporaryDirectory() as folder:
        ctx = DeskContext.open(Path(folder), actor=Actor("canbo1", "Trần Thị Bình", "admin"), clock=lambda: now)
        office.setup_office(ctx, "H21.17", "Bộ phận Một cửa xã Tân Lập", province_code=1, ward_code=4,
                            head_name="Lê Văn Chính")
        generator.generate(ctx, 400, seed=3)
        worker = DbWorker()
        window = MainWindow(ctx, worker)
        window.resize(1366, 768)
        window.show()
        for key in ("today", "intake", "dossiers", "feedback", "reports"):
            if key not in window._page_keys:
                continue
            window.show_page(key)
            settle(900)
            window.grab().save(str(target / f"{key}.png"))
        worker.wait()
        window.close()
        ctx.close()
    app.quit()
    print(f"screenshots in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
