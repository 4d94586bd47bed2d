"""The roll-up of all schools as a PDF table, for the assistant superintendents' meeting."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from leadership_desk.domain.balance import count_of, format_duration, format_points
from leadership_desk.domain.periods import format_date, format_moment, format_period
from leadership_desk.reports.pages import LETTER_LANDSCAPE, MARGIN, Column, PageWriter

# widths in inches; they add up to the landscape page between its margins
COLUMNS = (Column("School", 1.6), Column("Principal", 1.2), Column("Period", 1.7),
           Column("Last summary", 1.0), Column("Share", 0.5, right=True),
           Column("Goal", 0.45, right=True), Column("Change", 0.8, right=True),
           Column("Time logged", 0.9, right=True), Column("Days", 0.45, right=True),
           Column("Flags", 1.2))


def _cells(row: dict[str, Any]) -> list[str]:
    share = "no data" if row["instruction_share"] is None else \
        f"{row['instruction_share'] * 100:.0f}%"
    period = format_period(date.fromisoformat(row["from"]), date.fromisoformat(row["to"])) \
        if row["from"] else ""
    return [row["school"], row["principal"], period,
            format_date(datetime.fromisoformat(row["exported_at"]).date()), share,
            f"{row['goal_share'] * 100:.0f}%", format_points(row["change"]),
            format_duration(sum(row["minutes"].values()) * 60), str(row["days_logged"]),
            ", ".join(row["flags"])]


def rollup_pages(rows: list[dict[str, Any]], title: str, generated: datetime) -> list[Figure]:
    """Landscape Letter pages of the roll-up table, numbered."""
    pages = PageWriter(LETTER_LANDSCAPE, footer=0.3)
    pages.line(title, 15, bold=True)
    pages.line(f"{count_of(len(rows), 'school')} · made {format_moment(generated)} · "
               "instruction share = instruction ÷ (instruction + management)", 9)
    pages.space(0.1)
    if rows:
        pages.table(COLUMNS, [_cells(r) for r in rows], size=8.5)
    else:
        pages.line("No summaries imported yet")
    for number, page in enumerate(pages.pages, start=1):
        page.text(pages.size[0] - MARGIN, MARGIN, f"page {number} of {len(pages.pages)}",
                  fontsize=8, ha="right", va="bottom", transform=page.dpi_scale_trans)
    return pages.pages


def rollup_pdf(rows: list[dict[str, Any]], title: str, generated: datetime) -> bytes:
    """The PDF bytes of `rollup_pages`."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as pdf:
        for page in rollup_pages(rows, title, generated):
            pdf.savefig(page)
    return buffer.getvalue()
