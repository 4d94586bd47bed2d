"""The PDF report of a summary, for reading and for the coaching meeting.

Built from the summary document itself, so the PDF shows exactly what the JSON carries.
Text is embedded as TrueType (not drawn as shapes), so it can be searched and copied; user
text (names, titles, the reflection) is printed as typed, never read as mathtext.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from leadership_desk.domain.balance import format_duration, format_share
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import WeekPoint, breakdown, rolling_shares
from leadership_desk.domain.periods import format_date, format_period
from leadership_desk.reports.charts import breakdown_figure, breakdown_height, trend_figure
from leadership_desk.reports.pages import LETTER, Column, PageWriter


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


def _period(doc: dict[str, Any]) -> str:
    return format_period(date.fromisoformat(doc["period"]["from"]),
                         date.fromisoformat(doc["period"]["to"]))


def share_definition(doc: dict[str, Any]) -> str:
    """The file's definition of the share, in the words the rest of the report uses."""
    text = doc["definitions"]["instruction_share"].replace("(null)", '("no data")')
    return text[:1].upper() + text[1:] + "."


def _cover(pages: PageWriter, doc: dict[str, Any]) -> None:
    totals = doc["totals"]
    minutes = totals["minutes"]
    goal = doc["definitions"]["goal_share"]
    school = doc["school"]
    pages.line("Leadership Desk summary", 20, bold=True)
    pages.line(f"{school['name'] or '(school not set)'}  ·  "
               f"{school['principal'] or '(principal not set)'}", 13)
    pages.line(f"School id {school['id']}  ·  {_period(doc)}", 10)
    pages.space(0.15)
    pages.line(f"Instruction share: {format_share(totals['instruction_share'])}   "
               f"(goal {goal * 100:.0f}%)", 16, bold=True)
    pages.line(f"Instruction {format_duration(minutes['instruction'] * 60)}  ·  Management "
               f"{format_duration(minutes['management'] * 60)}  ·  Other "
               f"{format_duration(minutes['other'] * 60)}", 11)
    pages.line(f"Days logged: {totals['days_logged']} of {totals['school_days']} school days",
               11)
    follow = totals.get("follow_through")
    if "high_leverage_share" in totals:  # version 2
        share = format_share(totals["high_leverage_share"])
        pages.line(f"High-leverage share of instruction: {share}", 11)
    if follow is not None:
        pages.line(f"Observations followed by feedback within 2 school days: "
                   f"{follow['followed']} of {follow['observations']}", 11)
    pages.space(0.1)
    pages.paragraph(share_definition(doc), 9)
    pages.space(0.2)
    pages.line("Reflection for the IAS", 13, bold=True)
    pages.paragraph(doc["reflection"] or "(no reflection written)", 10)
    pages.space(0.2)
    titles = doc.get("titles")
    if titles is None:
        pages.line("Activity titles: not included in this summary", 10, bold=True)
        return
    pages.line(f"Activity titles ({len(titles)})", 13, bold=True)
    names = {c["slug"]: c["name"] for c in doc["definitions"]["categories"]}
    third = pages.width / 3
    pages.table([Column("Title", third * 1.55), Column("Category", third * 1.05),
                 Column("Time", third * 0.4, right=True)],
                [(t["title"], names.get(t["category"], t["category"]),
                  format_duration(t["minutes"] * 60)) for t in titles], size=9)


def _weekly_table(pages: PageWriter, doc: dict[str, Any]) -> None:
    pages.new_page()
    pages.line("Weekly totals", 14, bold=True)
    if not doc["weeks"]:
        pages.line("No time logged in this period")
        return
    width = pages.width / 6
    pages.table([Column("Week of", width), Column("Instruction", width, right=True),
                 Column("Management", width, right=True), Column("Other", width, right=True),
                 Column("Share", width, right=True), Column("Days logged", width, right=True)],
                [(format_date(date.fromisoformat(w["week_start"])),
                  format_duration(w["minutes"]["instruction"] * 60),
                  format_duration(w["minutes"]["management"] * 60),
                  format_duration(w["minutes"]["other"] * 60),
                  format_share(w["instruction_share"]), str(w["days_logged"]))
                 for w in doc["weeks"]], size=9)


def summary_pages(doc: dict[str, Any]) -> list[Figure]:
    """Letter pages: the headline, the reflection and the titles (when the summary has them),
    the trend and breakdown charts, then every week's totals."""
    categories = _categories(doc)
    slug_ids = {c.slug: cid for cid, c in categories.items()}
    by_category = {slug_ids[slug]: round(m * 60) for slug, m in doc["by_category"].items()}
    weeks = _weeks(doc)
    rows = breakdown(by_category, categories)
    pages = PageWriter(LETTER)
    _cover(pages, doc)
    shown = sum(len(r) for r in rows.values())
    trend_area, breakdown_area = pages.chart_page([3.4, max(breakdown_height(shown), 3.4)])
    trend_figure(weeks, rolling_shares(weeks), doc["definitions"]["goal_share"],
                 bool(doc["definitions"]["monthly_targets"]), figure=trend_area)
    breakdown_figure(rows, figure=breakdown_area)
    _weekly_table(pages, doc)
    return pages.pages


def summary_pdf(doc: dict[str, Any]) -> bytes:
    """The PDF bytes of `summary_pages`."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as pdf:
        for page in summary_pages(doc):
            pdf.savefig(page)
        info = pdf.infodict()
        info["Title"] = f"Leadership Desk summary: {doc['school']['name']}"
        info["Subject"] = _period(doc)
    return buffer.getvalue()
