"""Shows one matplotlib Figure with a Save button; the only module that imports the Qt canvas.

The canvas (and with it matplotlib) is imported the first time a chart is shown, so
opening the app does not pay for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.errors import LeadershipDeskError


class ChartView(QWidget):
    """A titled chart area; `show_figure` puts a Figure in it, Save writes PNG or SVG."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = None
        self.canvas = None
        self.placeholder = QLabel("Loading…")
        self.placeholder.setObjectName("muted")
        self.save_button = QPushButton("Save chart…")
        self.save_button.setToolTip(f"Save the {name} chart as a PNG or SVG picture")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.save_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(top)
        self._layout.addWidget(self.placeholder)

    def show_figure(self, figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        width, height = figure.get_size_inches()
        if self.canvas is None:
            self.canvas = FigureCanvasQTAgg(figure)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.hide()
        else:
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
        self.figure = figure
        self.canvas.setFixedHeight(int(height * figure.dpi))
        self.canvas.setMinimumWidth(int(width * figure.dpi * 0.75))
        self.canvas.draw_idle()
        self.save_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)

    def _on_save_button_clicked(self) -> None:
        if self.figure is None:
            return
        suggested = str(Path.home() / f"Leadership Desk {self.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, "Save chart", suggested, "PNG picture (*.png);;SVG drawing (*.svg)")
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        from leadership_desk.reports.charts import save_figure

        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        try:
            save_figure(self.figure, path)
        except (OSError, LeadershipDeskError) as error:
            self.show_message(f"The chart could not be saved: {error}")
