"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did, then aborted)."""

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range(20000):
    widget.setMinimumHeight(10)
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_none_alive():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100

