"""The roll-up of all schools as a PDF table, for the assistant superintendents' meeting."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

ROWS_PER_PAGE = 28
COLUMNS = ("School", "Principal", "Period", "Last summary", "Share", "Goal", "Change",
           "Hours", "Days", "Flags")


def _cells(row: dict[str, Any]) -> list[str]:
    share = "no data" if row["instruction_share"] is None else \
        f"{row['instruction_share'] * 100:.0f}%"
    change = "" if row["change"] is None else f"{row['change'] * 100:+.0f} pts"
    period = f"{row['from']} – {row['to']}" if row["from"] else ""
    return [row["school"], row["principal"], period, row["exported_at"][:10], share,
            f"{row['goal_share'] * 100:.0f}%", change, f"{row['hours_logged']:g}",
            str(row["days_logged"]), ", ".join(row["flags"])]


def rollup_pdf(rows: list[dict[str, Any]], title: str, generated: datetime) -> bytes:
    """Landscape pages of the roll-up table, schools flagged first."""
    buffer = io.BytesIO()
    pages = [rows[i:i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)] or [[]]
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as pdf:
        for number, chunk in enumerate(pages, start=1):
            figure = Figure(figsize=(11, 8.5))
            figure.text(0.04, 0.95, title, fontsize=15, fontweight="bold")
            figure.text(0.04, 0.92, f"{len(rows)} schools · made {generated:%Y-%m-%d %H:%M} · "
                        f"page {number} of {len(pages)} · instruction share = instruction ÷ "
                        "(instruction + management)", fontsize=8)
            ax = figure.add_axes((0.03, 0.04, 0.94, 0.86))
            ax.set_axis_off()
            if chunk:
                table = ax.table(cellText=[_cells(r) for r in chunk], colLabels=COLUMNS,
                                 loc="upper center", cellLoc="left")
                table.auto_set_font_size(False)
                table.set_fontsize(7)
                table.scale(1, 1.3)
                table.auto_set_column_width(list(range(len(COLUMNS))))
            else:
                ax.text(0.5, 0.9, "No summaries imported yet", ha="center")
            pdf.savefig(figure)
    return buffer.getvalue()
