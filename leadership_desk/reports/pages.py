"""Printed pages for the PDF reports: one paper size, half-inch margins, text measured to fit.

Everything is placed in inches from the top-left corner of the page. Text is measured with
the font it will be drawn in, so lines are wrapped or shortened (with an ellipsis) before they
could cross a margin, and no text is drawn smaller than MIN_POINTS.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from matplotlib.figure import Figure, SubFigure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.textpath import TextToPath

LETTER = (8.5, 11.0)
LETTER_LANDSCAPE = (11.0, 8.5)
MARGIN = 0.6  # inches, on every side; printers need at least half an inch
MIN_POINTS = 8.0
LINE_SPACING = 1.45


def plain(text: str) -> str:
    """User text as matplotlib must receive it to print it as typed: a `$` pair would
    otherwise start mathtext ('from $5 to $3' printed as 'from 5to3', or a parse error)."""
    return text.replace("$", r"\$")


@cache
def _measurer() -> TextToPath:
    return TextToPath()


@cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The drawn width of `text` in inches, in the report's font."""
    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    width, _height, _descent = _measurer().get_text_width_height_descent(text, prop,
                                                                         ismath=False)
    return width / 72


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` as it is if it fits `width` inches, else shortened with an ellipsis."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """`text` broken into lines no wider than `width` inches; paragraphs kept, long words cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width:  # a word longer than the line
                cut = len(fit(word, width, size, bold)) - 1
                lines.append(word[:max(cut, 1)])
                word = word[max(cut, 1):]
            line = word
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Column:
    """A table column: its heading, its width in inches, and whether numbers align right."""

    heading: str
    width: float
    right: bool = False


class PageWriter:
    """Fills pages of one size from the top down, starting a new page when one is full."""

    def __init__(self, size: tuple[float, float] = LETTER, footer: float = 0.0) -> None:
        self.size = size
        self.footer = footer  # inches kept free above the bottom margin, for page numbers
        self.pages: list[Figure] = []
        self.y = 0.0
        self.new_page()

    @property
    def width(self) -> float:
        """The width between the margins, in inches."""
        return self.size[0] - 2 * MARGIN

    @property
    def room(self) -> float:
        """Inches left above the bottom margin."""
        return self.size[1] - MARGIN - self.footer - self.y

    def new_page(self) -> Figure:
        self.pages.append(Figure(figsize=self.size))
        self.y = MARGIN
        return self.pages[-1]

    @property
    def page(self) -> Figure:
        return self.pages[-1]

    def _text(self, x: float, text: str, size: float, bold: bool = False,
              right: bool = False) -> None:
        self.page.text(x, self.size[1] - self.y, plain(text), fontsize=max(size, MIN_POINTS),
                       fontweight="bold" if bold else "normal", va="top",
                       ha="right" if right else "left", transform=self.page.dpi_scale_trans)

    def line(self, text: str, size: float = 10, bold: bool = False, indent: float = 0) -> None:
        """One line, shortened with an ellipsis if it would not fit."""
        height = size / 72 * LINE_SPACING
        if self.room < height:
            self.new_page()
        self._text(MARGIN + indent, fit(text, self.width - indent, size, bold), size, bold)
        self.y += height

    def paragraph(self, text: str, size: float = 10, bold: bool = False,
                  indent: float = 0) -> None:
        """Text wrapped to the width between the margins, over pages if need be."""
        for line in wrap(text, self.width - indent, size, bold):
            self.line(line, size, bold, indent)

    def space(self, inches: float) -> None:
        self.y = min(self.y + inches, self.size[1] - MARGIN)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
              size: float = 8.5) -> None:
        """Rows under a bold heading row, repeated on each new page; cells shortened to fit."""
        height = size / 72 * LINE_SPACING
        if self.room < 2 * height:
            self.new_page()
        self._row(columns, [c.heading for c in columns], size, bold=True)
        for row in rows:
            if self.room < height:
                self.new_page()
                self._row(columns, [c.heading for c in columns], size, bold=True)
            self._row(columns, row, size)

    def _row(self, columns: Sequence[Column], cells: Sequence[str], size: float,
             bold: bool = False) -> None:
        """One table row; a long cell wraps onto up to four lines (then an ellipsis)."""
        gap = 0.08
        height = size / 72 * LINE_SPACING
        wrapped = []
        for column, cell in zip(columns, cells, strict=True):
            lines = wrap(str(cell), column.width - gap, size, bold)
            if len(lines) > 4:
                lines = [*lines[:3], fit(" ".join(lines[3:]) + "  …", column.width - gap,
                                         size, bold)]
            wrapped.append(lines)
        if self.room < height * max(len(lines) for lines in wrapped):
            self.new_page()
        top = self.y
        x = MARGIN
        for column, lines in zip(columns, wrapped, strict=True):
            self.y = top
            for line in lines:
                self._text(x + column.width - gap if column.right else x, line, size, bold,
                           right=column.right)
                self.y += height
            x += column.width
        self.y = top + height * max(len(lines) for lines in wrapped)
        rule = self.size[1] - self.y + height * 0.15
        self.page.add_artist(Line2D([MARGIN, MARGIN + sum(c.width for c in columns)],
                                    [rule, rule], linewidth=0.8 if bold else 0.3,
                                    color="#555555" if bold else "#BBBBBB",
                                    transform=self.page.dpi_scale_trans))

    def chart_page(self, height_ratios: Sequence[float]) -> list[SubFigure]:
        """A new page of charts stacked top to bottom, for chart builders to fill; the
        layout keeps every label inside the margins."""
        page = Figure(figsize=self.size, layout=ConstrainedLayoutEngine(
            w_pad=MARGIN, h_pad=MARGIN, wspace=0, hspace=0))
        self.pages.append(page)
        self.y = self.size[1] - MARGIN
        areas = page.subfigures(len(height_ratios), 1, height_ratios=list(height_ratios))
        return list(areas) if len(height_ratios) > 1 else [areas]
