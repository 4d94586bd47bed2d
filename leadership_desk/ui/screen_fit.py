"""Window sizes that fit the screen they open on (a school laptop may have 1024x600)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Sizes `window` to width x height, or to the room the screen has if that is less."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        # keep the title bar and the frame on the screen too
        width = min(width, room.width() - 16)
        height = min(height, room.height() - 40)
    window.resize(max(width, window.minimumSizeHint().width()),
                  max(height, window.minimumSizeHint().height()))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down when the screen is short."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
