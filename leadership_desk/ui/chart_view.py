"""Shows one matplotlib Figure with a Save button; the only module that imports the Qt canvas.

The canvas (and with it matplotlib) is imported the first time a chart is shown, so
opening the app does not pay for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.errors import LeadershipDeskError
from leadership_desk.ui.last_folder import last_folder, remember_folder


def chart_colors(palette: QPalette):
    """Chart colours for a window with this palette: its background and text, and data
    colours that read on it."""
    from leadership_desk.reports.charts import colors_for

    return colors_for(palette.color(QPalette.ColorRole.Window).name(),
                      palette.color(QPalette.ColorRole.WindowText).name())


def _canvas_class():
    """The Qt canvas, made (with matplotlib) the first time a chart is shown."""
    global _Canvas
    if _Canvas is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class ChartCanvas(FigureCanvasQTAgg):
            """A chart that lets the mouse wheel scroll the page it sits in, and that Tab
            reaches (a screen reader then reads its description), with a visible frame."""

            def __init__(self, figure) -> None:
                super().__init__(figure)
                self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

            def paintEvent(self, event) -> None:  # Qt's name
                super().paintEvent(event)
                if self.hasFocus():
                    painter = QPainter(self)
                    pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
                    pen.setWidth(3)
                    painter.setPen(pen)
                    painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
                    painter.end()

            def focusInEvent(self, event) -> None:  # Qt's name
                super().focusInEvent(event)
                self.update()

            def focusOutEvent(self, event) -> None:  # Qt's name
                super().focusOutEvent(event)
                self.update()

            def wheelEvent(self, event) -> None:  # Qt's name
                # matplotlib would keep the wheel; the page around the charts scrolls instead
                area = self.parentWidget()
                while area is not None and not isinstance(area, QAbstractScrollArea):
                    area = area.parentWidget()
                if area is None:
                    event.ignore()
                else:
                    QApplication.sendEvent(area.viewport(), event)

        _Canvas = ChartCanvas
    return _Canvas


_Canvas = None


def load_chart_libraries() -> None:
    """Imports matplotlib, the chart builders and the Qt canvas: about half a second the
    first time. The Dashboard's worker thread calls it, so the GUI thread does not wait."""
    import leadership_desk.reports.charts  # noqa: F401  (the import is the point)

    _canvas_class()


def settle_layout(figure, width: int) -> None:
    """Lays `figure` out now for a canvas `width` pixels wide (a worker thread may do it)
    and keeps that layout for its first drawing, which is then about 40% quicker; after
    that drawing it follows resizes again (ChartView.show_figure)."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    engine = figure.get_layout_engine()
    if not isinstance(engine, ConstrainedLayoutEngine) or width < MIN_SETTLE_WIDTH:
        return
    natural = figure.get_size_inches()
    figure.set_size_inches(width / figure.dpi, natural[1], forward=False)
    engine.execute(figure)
    figure.set_layout_engine("none")
    figure.set_size_inches(natural, forward=False)
    figure.settled_layout = width


MIN_SETTLE_WIDTH = 400  # narrower than any chart area: the width was not known yet


class ChartView(QWidget):
    """A titled chart area; `show_figure` puts a Figure in it, Save writes PNG or SVG."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = None
        self.canvas = None
        self.description = ""
        self.placeholder = QLabel("Loading…")
        self.placeholder.setObjectName("muted")
        self.save_button = QPushButton("Save chart…")
        self.save_button.setAccessibleName(f"Save the {name} chart")
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

    def colors(self):
        """The chart colours that match this widget's palette (light or dark)."""
        return chart_colors(self.palette())

    def show_figure(self, figure, description: str = "") -> None:
        """Shows `figure` on a new canvas sized to the figure's height and the view's width,
        so nothing of the previous chart stays behind; `description` is what a screen reader
        says about it."""
        width, height = figure.get_size_inches()
        dpi = figure.dpi  # before a canvas scales it for the screen
        canvas = _canvas_class()(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        canvas.setFixedHeight(int(height * dpi))
        canvas.setMinimumWidth(int(width * dpi * 0.75))
        canvas.setAccessibleName(f"{self.name.capitalize()} chart")
        canvas.setAccessibleDescription(description)
        canvas.setToolTip(description)
        old = self.canvas if self.canvas is not None else self.placeholder
        self._layout.replaceWidget(old, canvas)
        old.hide()
        if self.canvas is not None:
            self.canvas.deleteLater()
        canvas.show()
        QWidget.setTabOrder(self.save_button, canvas)  # Tab goes from Save to its chart
        self.canvas = canvas
        self.figure = figure
        self.description = description
        settled = getattr(figure, "settled_layout", 0)
        if settled:
            def thaw(_event=None) -> None:  # laid out ahead for the first drawing only
                for handle in handles:
                    canvas.mpl_disconnect(handle)
                figure.settled_layout = 0
                figure.set_layout_engine("constrained")

            def check_width(_event) -> None:  # laid out for another width: lay out again
                if abs(canvas.width() - settled) > settled * 0.03:
                    thaw()

            handles = [canvas.mpl_connect("draw_event", thaw),
                       canvas.mpl_connect("resize_event", check_width)]
        canvas.draw_idle()
        self.save_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)

    def _on_save_button_clicked(self) -> None:
        if self.figure is None:
            return
        suggested = str(last_folder("chart") / f"Leadership Desk {self.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, "Save chart", suggested, "PNG picture (*.png);;SVG drawing (*.svg)")
        if path:
            remember_folder("chart", path)
            self.save(Path(path))

    def save(self, path: Path) -> None:
        from leadership_desk.reports.charts import save_figure

        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        try:
            save_figure(self.figure, path)
        except (OSError, LeadershipDeskError) as error:
            self.show_message(f"The chart could not be saved: {error}")
