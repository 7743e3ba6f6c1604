"""Message boxes and file dialogs, owned by the app so tests can patch them.

Every screen calls these wrappers instead of ``QMessageBox``/``QFileDialog`` directly; a test
replaces ``messages.confirm`` (say) with a lambda and never blocks on a modal box. Buttons carry
Vietnamese text of their own: Qt ships no Vietnamese translation of its standard buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("messages", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _box(parent, QMessageBox.Icon.Critical, title, text, details)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """True when the clerk chooses ``yes``; the safe answer (``no``) is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("messages", "Đồng ý"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or QCoreApplication.translate("messages", "Không"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def save_file(parent: QWidget | None, title: str, file_name: str, file_filter: str = "") -> Path | None:
    """A path chosen by the clerk to save to, or None when cancelled. Remembers the last folder."""
    settings = QSettings()
    folder = str(settings.value("dialogs/last_save_dir", "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name),
                                            file_filter or QCoreApplication.translate("messages", "Tệp PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue("dialogs/last_save_dir", str(path.parent))
    return path


def open_file(parent: QWidget | None, title: str, file_filter: str = "") -> Path | None:
    """A file chosen by the clerk to open, or None when cancelled. Remembers the last folder."""
    settings = QSettings()
    folder = str(settings.value("dialogs/last_open_dir", "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue("dialogs/last_open_dir", str(path.parent))
    return path


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """A folder chosen by the clerk (a USB stick for backups), or None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start) if start and start.is_dir() else "")
    return Path(chosen) if chosen else None
