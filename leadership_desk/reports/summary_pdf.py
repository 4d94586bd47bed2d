"""The PDF report of a summary, for reading and for the coaching meeting.

Built from the summary document itself, so the PDF shows exactly what the JSON carries.
Text is embedded as TrueType (not drawn as shapes), so it can be searched and copied.
"""

from __future__ import annotations

import io
import textwrap
from datetime import date
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from leadership_desk.domain.balance import format_duration, format_share
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import WeekPoint, breakdown, rolling_shares
from leadership_desk.reports.charts import breakdown_figure, trend_figure

LETTER = (8.5, 11)


def _categories(doc: dict[str, Any]) -> dict[int, Category]:
    return {
        index: Category(slug=c["slug"], name=c["name"], kind=Kind(c["kind"]),
                        high_leverage=c["high_leverage"], id=index, position=index)
        for index, c in enumerate(doc["definitions"]["categories"])
    }


def _weeks(doc: dict[str, Any]) -> list[WeekPoint]:
    targets = {t["month"]: t["target"] for t in doc["definitions"]["monthly_targets"]}
    goal = doc["definitions"]["goal_share"]
    return [
        WeekPoint(date.fromisoformat(w["week_start"]),
                  {Kind(k): round(v * 60) for k, v in w["minutes"].items()},
                  targets.get(w["week_start"][:7], goal))
        for w in doc["weeks"]
    ]


def _cover(doc: dict[str, Any]) -> Figure:
    figure = Figure(figsize=LETTER)
    totals = doc["totals"]
    minutes = totals["minutes"]
    goal = doc["definitions"]["goal_share"]
    share = totals["instruction_share"]
    lines = [
        ("Leadership Desk summary", 20, "bold"),
        (f"{doc['school']['name']}  ·  {doc['school']['principal']}", 13, "normal"),
        (f"School id {doc['school']['id']}  ·  {doc['period']['from']} to "
         f"{doc['period']['to']}", 10, "normal"),
        ("", 8, "normal"),
        (f"Instruction share: {format_share(share)}   (goal {goal * 100:.0f}%)", 16, "bold"),
        (f"Instruction {format_duration(minutes['instruction'] * 60)}  ·  Management "
         f"{format_duration(minutes['management'] * 60)}  ·  Other "
         f"{format_duration(minutes['other'] * 60)}", 11, "normal"),
        (f"Days logged: {totals['days_logged']} of {totals['school_days']} school days",
         11, "normal"),
        ("", 8, "normal"),
        (doc["definitions"]["instruction_share"].capitalize() + ".", 8, "normal"),
        ("", 8, "normal"),
        ("Reflection for the IAS", 13, "bold"),
    ]
    reflection = doc["reflection"] or "(no reflection written)"
    for paragraph in reflection.splitlines() or [""]:
        for line in textwrap.wrap(paragraph, 90) or [""]:
            lines.append((line, 10, "normal"))
    y = 0.94
    for text, size, weight in lines:
        figure.text(0.08, y, text, fontsize=size, fontweight=weight, va="top", wrap=True)
        y -= size / 72 / LETTER[1] * 1.6
    return figure


def _weekly_table(doc: dict[str, Any]) -> Figure:
    figure = Figure(figsize=LETTER)
    ax = figure.add_axes((0.06, 0.05, 0.88, 0.85))
    ax.set_axis_off()
    figure.text(0.06, 0.95, "Weekly totals", fontsize=14, fontweight="bold")
    rows = [[w["week_start"], format_duration(w["minutes"]["instruction"] * 60),
             format_duration(w["minutes"]["management"] * 60),
             format_duration(w["minutes"]["other"] * 60),
             format_share(w["instruction_share"]), str(w["days_logged"])]
            for w in doc["weeks"]][-45:]
    if rows:
        table = ax.table(cellText=rows, colLabels=["Week of", "Instruction", "Management",
                                                   "Other", "Share", "Days logged"],
                         loc="upper center", cellLoc="center")
        table.auto_set_font_size(False)
        table.set_fontsize(8)
        table.scale(1, 1.15)
    else:
        ax.text(0.5, 0.9, "No time logged in this period", ha="center")
    return figure


def summary_pdf(doc: dict[str, Any]) -> bytes:
    """The PDF bytes: cover with the headline and reflection, trend, breakdown, weekly table."""
    categories = _categories(doc)
    slug_ids = {c.slug: cid for cid, c in categories.items()}
    by_category = {slug_ids[slug]: round(m * 60) for slug, m in doc["by_category"].items()}
    weeks = _weeks(doc)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as pdf:
        pdf.savefig(_cover(doc))
        stepped = bool(doc["definitions"]["monthly_targets"])
        pdf.savefig(trend_figure(weeks, rolling_shares(weeks), doc["definitions"]["goal_share"],
                                 stepped))
        pdf.savefig(breakdown_figure(breakdown(by_category, categories)))
        pdf.savefig(_weekly_table(doc))
        info = pdf.infodict()
        info["Title"] = f"Leadership Desk summary: {doc['school']['name']}"
        info["Subject"] = f"{doc['period']['from']} to {doc['period']['to']}"
    return buffer.getvalue()
