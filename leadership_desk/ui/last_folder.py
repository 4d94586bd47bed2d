"""The folder each kind of file dialog opened last, remembered between runs (QSettings).

Purposes: 'export' (summaries), 'backup', 'calendar', 'summaries' (an IAS's imports),
'rollup', 'chart'. A folder that no longer exists falls back to the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from leadership_desk import APP_NAME


def last_folder(purpose: str) -> Path:
    """Where the dialog for `purpose` should open."""
    value = QSettings(APP_NAME, APP_NAME).value(f"folders/{purpose}")
    if value:
        folder = Path(str(value))
        if folder.is_dir():
            return folder
    return Path.home()


def remember_folder(purpose: str, chosen: str | Path) -> None:
    """Keeps the folder of what was chosen (a folder, or a file's folder) for next time."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    QSettings(APP_NAME, APP_NAME).setValue(f"folders/{purpose}", str(folder))
