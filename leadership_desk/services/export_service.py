"""Exporting a summary for the IAS: build it, preview it, write it, record it."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from leadership_desk import __version__
from leadership_desk.domain.balance import count_of, format_duration, format_share
from leadership_desk.domain.goals import GoalPlan
from leadership_desk.domain.periods import (
    Period,
    clip_seconds,
    format_period,
    local_date,
    school_year_of,
)
from leadership_desk.errors import DamagedDatabaseError, LeadershipDeskError, ValidationError
from leadership_desk.exchange.csv_format import summary_csv
from leadership_desk.exchange.summary import CategoryDefinition, SummaryInput, build_summary, dumps
from leadership_desk.services.plan_service import PlanService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.aggregates import seconds_by_day
from leadership_desk.store.backup import integrity_problems, write_file
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.planning_repository import PlanningRepository
from leadership_desk.store.settings_repository import SettingsRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

FORMATS = ("json", "csv", "pdf")
REFLECTION_MAX = 4000


@dataclass(frozen=True)
class ExportRecord:
    """One summary written: when, for which period, in which format, where."""

    export_id: str
    created: datetime
    first: date
    last: date
    format: str
    file: str
    included_titles: bool
    included_reflection: bool


class ExportService:
    """Builds summaries from the principal's log; only totals, the reflection and, when asked,
    activity titles ever go into one. Private notes never do."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 profiles: ProfileService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._settings = SettingsRepository(db)
        self._categories = CategoryRepository(db)
        self._activities = ActivityRepository(db)

    def default_period(self) -> Period:
        """The school year to date, from the first day logged when that came later: a
        principal who started in November sends no empty weeks for the IAS to flag."""
        profile = self._profiles.profile()
        today = local_date(self._clock(), profile.zone)
        year = school_year_of(today, profile.year_start)
        last = min(today, year.last)
        span = self._activities.span()
        first = local_date(span[0], profile.zone) if span else year.first
        return Period(max(year.first, min(first, last)), last)

    def school_id(self) -> str:
        """The configured school id, else one generated once and kept in the database."""
        configured = self._profiles.profile().school_id
        if configured:
            return configured
        generated = self._settings.get("generated_school_id")
        if not generated:
            generated = f"LD-{uuid.uuid4().hex[:12].upper()}"
            with transaction(self._db):
                self._settings.set("generated_school_id", generated)
        return generated

    def build(self, period: Period, *, include_titles: bool = False,
              reflection: str = "") -> dict[str, Any]:
        if len(reflection) > REFLECTION_MAX:
            raise ValidationError(f"The reflection can be at most {REFLECTION_MAX} characters.")
        profile = self._profiles.profile()
        zone = profile.zone
        now = self._clock()
        categories = self._categories.all()
        slug_of = {c.id: c.slug for c in categories}
        sums = seconds_by_day(self._db, period, zone, int(now.timestamp()))
        days = {day: {slug_of[cid]: s for cid, s in cats.items()} for day, cats in sums.items()}
        used = {slug for cats in days.values() for slug in cats}
        today = local_date(now, zone)
        plan = GoalPlan(profile.goal_share, profile.year_start, profile.stepped_goal_start,
                        profile.stepped_goal_months)
        targets = ([(f"{first:%Y-%m}", round(t, 4)) for first, t in
                    plan.monthly_targets(period.first)] if plan.stepped else [])
        school = PlanningRepository(self._db).calendar()
        plans = PlanService(self._db, self._clock, self._profiles)
        follow = plans.follow_through(period)
        roles = PlanningRepository(self._db).roles()
        return build_summary(SummaryInput(
            export_id=str(uuid.uuid4()),
            generated_at=now.replace(microsecond=0),
            app_version=__version__,
            school_id=self.school_id(),
            school=profile.school,
            principal=profile.name,
            first=period.first,
            last=period.last,
            time_zone=profile.timezone,
            goal_share=profile.goal_share,
            monthly_targets=targets,
            categories=[CategoryDefinition(c.slug, c.name, c.kind.value, c.high_leverage,
                                           roles.get(c.id))
                        for c in categories if not c.archived or c.slug in used],
            days=days,
            school_days=school.count(period, today),
            reflection=reflection,
            titles=self._titles(period, slug_of) if include_titles else None,
            follow_through=(follow.observations, follow.followed),
            planned={w.week_start: w.to_json() for w in plans.planned_weeks(period)},
            non_school_days=school.closed_weekdays(period),
        ))

    def _titles(self, period: Period, slug_of: dict[int, str]) -> list[tuple[str, str, int]]:
        zone = self._profiles.profile().zone
        lo, hi = period.utc_bounds(zone)
        now = self._clock()
        totals: dict[tuple[str, str], int] = {}
        for activity in self._activities.between(lo, hi):
            if not activity.title or activity.start >= now:
                continue
            key = (activity.title, slug_of[activity.category_id])
            # only time that has happened, as in the totals
            seconds = clip_seconds(activity.start, activity.end_or(now), lo, min(hi, now))
            totals[key] = totals.get(key, 0) + seconds
        return [(title, slug, seconds) for (title, slug), seconds in sorted(totals.items())]

    def write(self, doc: dict[str, Any], fmt: str, out: Path) -> ExportRecord:
        """Checks the log fully, writes the file (never half-written), and records the export."""
        if fmt not in FORMATS:
            raise ValidationError(f"'{fmt}' is not an export format; use json, csv or pdf.")
        problems = integrity_problems(self._db.conn, full=True)
        if problems:
            raise DamagedDatabaseError("Your log did not pass its check, so nothing was "
                                       "exported: " + "; ".join(problems[:2]), out)
        if fmt == "json":
            content = dumps(doc)
        elif fmt == "csv":
            content = summary_csv(doc)
        else:
            from leadership_desk.reports.summary_pdf import summary_pdf

            content = summary_pdf(doc)
        record = ExportRecord(
            export_id=doc["export_id"], created=self._clock(),
            first=date.fromisoformat(doc["period"]["from"]),
            last=date.fromisoformat(doc["period"]["to"]), format=fmt, file=str(out),
            included_titles=carries_titles(doc, fmt),
            included_reflection=carries_reflection(doc, fmt))
        # recorded and written as one: a log that cannot record the export (read-only, disk
        # full) refuses before the file is written, so "What I have shared" misses nothing
        written = False
        try:
            with transaction(self._db):
                self._db.execute(
                    "INSERT INTO exports (export_id, created_utc, period_from, period_to, "
                    "format, file, included_titles, included_reflection) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [record.export_id, int(time.time()), record.first.isoformat(),
                     record.last.isoformat(), fmt, record.file, int(record.included_titles),
                     int(record.included_reflection)])
                write_file(out, content)
                written = True
        except LeadershipDeskError:
            if written:  # the record could not be committed after all
                out.unlink(missing_ok=True)
            raise
        return record

    def history(self) -> list[ExportRecord]:
        cursor = self._db.execute(
            "SELECT export_id, created_utc, period_from, period_to, format, file, "
            "included_titles, included_reflection FROM exports ORDER BY id DESC")
        return [ExportRecord(row[0], datetime.fromtimestamp(row[1], UTC),
                             date.fromisoformat(row[2]), date.fromisoformat(row[3]), row[4],
                             row[5], bool(row[6]), bool(row[7])) for row in cursor]


FORMAT_NAMES = {"json": "Summary file for the IAS (.json)", "pdf": "PDF report (.pdf)",
                "csv": "Spreadsheet (.csv)"}


def carries_titles(doc: dict[str, Any], fmt: str) -> bool:
    """Whether a file of this format written from `doc` holds the activity titles: the JSON
    and the PDF do when the principal asked for them; the CSV (daily totals) never does."""
    return fmt != "csv" and "titles" in doc


def carries_reflection(doc: dict[str, Any], fmt: str) -> bool:
    """Whether a file of this format written from `doc` holds the reflection (as for titles)."""
    return fmt != "csv" and bool(doc["reflection"])


def file_contents(doc: dict[str, Any], fmt: str) -> str:
    """What one file holds, in a line: 'totals …; 12 activity titles; the reflection'."""
    if fmt == "csv":
        return "minutes by day and category only; no activity titles, no reflection"
    parts = ["totals by kind, category, week and day" if fmt == "json"
             else "totals by kind, category and week (not by day)"]
    parts.append(f"{count_of(len(doc['titles']), 'activity title')}" if carries_titles(doc, fmt)
                 else "no activity titles")
    parts.append("with the reflection" if carries_reflection(doc, fmt) else "no reflection")
    return "; ".join(parts)  # "no titles and the reflection" read as "no reflection" too


def preview_text(doc: dict[str, Any], formats: tuple[str, ...] = FORMATS) -> str:
    """Exactly what the files will carry, in words a principal can check before they leave."""
    totals = doc["totals"]
    minutes = totals["minutes"]
    first, last = (date.fromisoformat(doc["period"][end]) for end in ("from", "to"))
    lines = [
        f"School: {doc['school']['name'] or '(not set)'}  (id {doc['school']['id']})",
        f"Principal: {doc['school']['principal'] or '(not set)'}",
        f"Period: {format_period(first, last)}",
        f"Instruction share: {format_share(totals['instruction_share'])} "
        f"(goal {doc['definitions']['goal_share'] * 100:.0f}%)",
        f"Instruction {format_duration(minutes['instruction'] * 60)}, management "
        f"{format_duration(minutes['management'] * 60)}, other "
        f"{format_duration(minutes['other'] * 60)}",
        f"Days logged: {totals['days_logged']} of {count_of(totals['school_days'], 'school day')}",
        f"Totals for {count_of(len(doc['by_category']), 'category', 'categories')}, "
        f"{count_of(len(doc['weeks']), 'week')} and {count_of(len(doc['days']), 'day')}",
        *_planning_lines(doc),
        "Private notes: never included",
        "",
        "Each file holds:",
    ]
    lines.extend(f"  • {FORMAT_NAMES[fmt]}: {file_contents(doc, fmt)}" for fmt in formats)
    lines.append("")
    if "titles" in doc:
        names = {c["slug"]: c["name"] for c in doc["definitions"]["categories"]}
        lines.append(f"Activity titles ({len(doc['titles'])}):")
        lines.extend(f"  • {t['title']} ({names.get(t['category'], t['category'])}, "
                     f"{format_duration(t['minutes'] * 60)})" for t in doc["titles"])
    else:
        lines.append("Activity titles: not included")
    reflection = doc["reflection"]
    lines.append("Reflection for your IAS: " + (reflection if reflection else "(none)"))
    return "\n".join(lines)


def _planning_lines(doc: dict[str, Any]) -> list[str]:
    """The version 2 figures in words: counts and shares only, no names and no dates' reasons."""
    totals = doc["totals"]
    if "high_leverage_share" not in totals and "follow_through" not in totals:
        return []
    follow = totals.get("follow_through") or {"observations": 0, "followed": 0}
    planned = [w["planned"] for w in doc["weeks"] if "planned" in w]
    blocks = sum(p["blocks"] for p in planned)
    closed = len(doc["period"].get("non_school_days", []))
    return [f"High-leverage share of instruction: "
            f"{format_share(totals.get('high_leverage_share'))}; observations followed by "
            f"feedback within 2 school days: {follow['followed']} of {follow['observations']}",
            f"Protected blocks kept: {sum(p['blocks_kept'] for p in planned)} of {blocks}; "
            f"{count_of(closed, 'weekday')} without school (dates only, not their names)"]


def summary_file_name(doc: dict[str, Any], fmt: str) -> str:
    """'Leadership Desk summary, Lincoln Elementary, 2026-07-01 to 2026-11-20.json'."""
    school = "".join(ch for ch in doc["school"]["name"] if ch.isalnum() or ch in " -_").strip()
    period = f"{doc['period']['from']} to {doc['period']['to']}"
    return f"Leadership Desk summary, {school or doc['school']['id']}, {period}.{fmt}"
