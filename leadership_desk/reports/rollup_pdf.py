"""The roll-up of all schools as a PDF table, for the assistant superintendents' meeting."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from leadership_desk.domain.balance import count_of, format_duration, format_points
from leadership_desk.domain.blocks import KEPT_SHARE
from leadership_desk.domain.periods import format_date, format_moment, format_period
from leadership_desk.reports.pages import LETTER_LANDSCAPE, MARGIN, Column, PageWriter

# widths in inches; they add up to the landscape page between its margins (9.8). The
# hyphenated headings are broken by hand: a word too long for its column would be cut anywhere
COLUMNS = (Column("School", 1.2), Column("Principal", 0.9), Column("Period", 1.0),
           Column("Last summary", 0.7), Column("Share (goal)", 0.7, right=True),
           Column("Change", 0.7, right=True), Column("Time logged", 0.55, right=True),
           Column("Days", 0.4, right=True),
           # from version 2 summaries; a school that sent only version 1 shows "no data"
           Column("High- leverage share", 0.65, right=True),
           Column("Feedback follow- through", 0.8, right=True),
           Column("Protected blocks kept", 0.8, right=True), Column("Flags", 1.4))


def _percent(value: float | None) -> str:
    return "no data" if value is None else f"{value * 100:.0f}%"


def _planning(row: dict[str, Any]) -> list[str]:
    """High-leverage share, follow-through and blocks kept, each "no data" when unknown."""
    follow = row.get("follow_through") or {}
    follow_text = _percent(follow.get("share"))
    if follow.get("observations"):
        follow_text += f"\n({follow['followed']} of {follow['observations']})"
    planned = row.get("planned") or {}
    kept = "no data"
    if planned.get("blocks"):
        kept = (f"{_percent(planned['blocks_kept'] / planned['blocks'])}\n"
                f"({planned['blocks_kept']} of {planned['blocks']})")
    return [_percent(row.get("high_leverage_share")), follow_text, kept]


def _cells(row: dict[str, Any]) -> list[str]:
    share = f"{_percent(row['instruction_share'])} ({row['goal_share'] * 100:.0f}%)"
    period = format_period(date.fromisoformat(row["from"]), date.fromisoformat(row["to"])) \
        if row["from"] else ""
    return [row["school"], row["principal"], period,
            format_date(datetime.fromisoformat(row["exported_at"]).date()), share,
            format_points(row["change"]), format_duration(sum(row["minutes"].values()) * 60),
            str(row["days_logged"]), *_planning(row), ", ".join(row["flags"])]


def rollup_pages(rows: list[dict[str, Any]], title: str, generated: datetime) -> list[Figure]:
    """Landscape Letter pages of the roll-up table, numbered."""
    pages = PageWriter(LETTER_LANDSCAPE, footer=0.3)
    pages.line(title, 15, bold=True)
    pages.line(f"{count_of(len(rows), 'school')} · made {format_moment(generated)}", 9)
    pages.line("Share = instruction ÷ (instruction + management), with the goal in brackets.", 9)
    pages.line(f"A protected block is kept when {KEPT_SHARE * 100:.0f}% of it was logged as "
               "instruction. No data: the school's summaries do not include it.", 9)
    pages.space(0.1)
    if rows:
        pages.table(COLUMNS, [_cells(r) for r in rows], size=8)
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
