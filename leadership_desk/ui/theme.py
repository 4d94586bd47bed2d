"""The app's stylesheet for the palette in use: the same sizes and emphasis in a light or a
dark theme, with the one colour it sets (error text) readable on either."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from leadership_desk.resources import read_text

ERROR_ON_LIGHT = "#B00020"  # about 7:1 on white
ERROR_ON_DARK = "#FF8A80"  # about 6:1 on a dark grey (#2B2B2B)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def stylesheet(palette: QPalette) -> str:
    """style.qss with the error colour that reads on this palette's background."""
    text = read_text("style.qss")
    return text.replace(ERROR_ON_LIGHT, ERROR_ON_DARK) if is_dark(palette) else text
