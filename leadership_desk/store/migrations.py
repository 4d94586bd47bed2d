"""Numbered schema migrations; the schema changes only here, never in place.

They are sqlite-utils migrations, registered through `LazyMigrations` so that opening an
up-to-date log (every start, every read command) checks what is pending with one query
and never imports sqlite-utils; it is imported only when a migration is to run.
"""

from __future__ import annotations

from leadership_desk.domain.categories import parse_default_categories
from leadership_desk.resources import read_text
from leadership_desk.store.migration_set import LazyMigrations
from leadership_desk.store.sqlite import Database

MIGRATIONS = LazyMigrations("leadership_desk")


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('instruction', 'management', 'other')),
            color TEXT NOT NULL DEFAULT '#888888',
            high_leverage INTEGER NOT NULL DEFAULT 0,
            favourite INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # Instants are whole seconds since 1970-01-01 UTC; end_utc is NULL while the
    # activity runs on the timer, and at most one activity may be running.
    db.execute(
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL REFERENCES categories(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER CHECK (end_utc IS NULL OR end_utc > start_utc),
            zone TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            updated_utc INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX activities_start ON activities(start_utc)")
    db.execute("CREATE INDEX activities_category ON activities(category_id)")
    db.execute(
        "CREATE UNIQUE INDEX activities_one_running ON activities((end_utc IS NULL)) "
        "WHERE end_utc IS NULL"
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # The edit journal: every user change to activities, for undo and redo across restarts.
    db.execute(
        """
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            created_utc INTEGER NOT NULL,
            label TEXT NOT NULL,
            changes TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    for category in parse_default_categories(read_text("categories.json")):
        db["categories"].insert(
            {
                "slug": category.slug,
                "name": category.name,
                "kind": category.kind.value,
                "color": category.color,
                "high_leverage": int(category.high_leverage),
                "favourite": int(category.favourite),
                "archived": 0,
                "position": category.position,
            }
        )


@MIGRATIONS(name="0002_summaries")
def m0002_summaries(db: Database) -> None:
    # The principal's side: every summary written, so they can see what was shared.
    db.execute(
        """
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            export_id TEXT NOT NULL,
            created_utc INTEGER NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            format TEXT NOT NULL,
            file TEXT NOT NULL,
            included_titles INTEGER NOT NULL DEFAULT 0,
            included_reflection INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # The IAS's side: the schools whose summaries were imported, their days, and the files.
    db.execute(
        """
        CREATE TABLE schools (
            school_id TEXT PRIMARY KEY,
            school TEXT NOT NULL,
            principal TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            goal_share REAL NOT NULL,
            categories TEXT NOT NULL,
            reflection TEXT NOT NULL DEFAULT '',
            last_export_id TEXT NOT NULL,
            last_generated_at TEXT NOT NULL,
            last_imported_utc INTEGER NOT NULL
        )
        """
    )
    # One row per school and local day an export covered (zero where nothing was logged);
    # a newer export replaces the days it covers, an older one never overwrites them.
    db.execute(
        """
        CREATE TABLE school_days (
            school_id TEXT NOT NULL REFERENCES schools(school_id),
            day TEXT NOT NULL,
            instruction REAL NOT NULL,
            management REAL NOT NULL,
            other REAL NOT NULL,
            by_category TEXT NOT NULL,
            export_id TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            PRIMARY KEY (school_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE imports (
            export_id TEXT PRIMARY KEY,
            school_id TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            imported_utc INTEGER NOT NULL,
            file TEXT NOT NULL,
            days_replaced INTEGER NOT NULL,
            days_kept INTEGER NOT NULL
        )
        """
    )


@MIGRATIONS(name="0003_calendar_drafts")
def m0003_calendar_drafts(db: Database) -> None:
    # Calendar events waiting for the principal: never counted until accepted. A key of
    # UID and occurrence lets a re-import update or remove the same draft.
    db.execute(
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            occurrence TEXT NOT NULL,
            title TEXT NOT NULL,
            start_utc INTEGER,
            end_utc INTEGER,
            all_day TEXT,
            free INTEGER NOT NULL DEFAULT 0,
            suggested_category_id INTEGER REFERENCES categories(id),
            reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'rejected')),
            activity_id INTEGER,
            source TEXT NOT NULL DEFAULT '',
            UNIQUE (uid, occurrence)
        )
        """
    )
    db.execute("CREATE INDEX drafts_start ON drafts(start_utc)")


@MIGRATIONS(name="0004_import_checksums")
def m0004_import_checksums(db: Database) -> None:
    # The checksum of each imported file, so the same export id arriving with other content
    # (an edited, re-sealed copy) is told apart from a true duplicate. Older rows have none.
    db.execute("ALTER TABLE imports ADD COLUMN checksum TEXT")


@MIGRATIONS(name="0005_ias_role_school")
def m0005_ias_role_school(db: Database) -> None:
    # An IAS's activity may name the school it served (an id). The name of a school typed
    # by its id for the first time is kept here; imported schools carry their own name.
    db.execute("ALTER TABLE activities ADD COLUMN school_id TEXT")
    db.execute("CREATE INDEX activities_school ON activities(school_id)")
    db.execute(
        """
        CREATE TABLE served_schools (
            school_id TEXT PRIMARY KEY,
            name TEXT NOT NULL
        )
        """
    )
    # The assistant superintendent's side: network summaries imported from IASs, each kept
    # whole (the sealed JSON) with what identifies it.
    db.execute(
        """
        CREATE TABLE networks (
            export_id TEXT PRIMARY KEY,
            ias TEXT NOT NULL,
            network TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            imported_utc INTEGER NOT NULL,
            file TEXT NOT NULL,
            checksum TEXT NOT NULL,
            doc TEXT NOT NULL
        )
        """
    )


@MIGRATIONS(name="0006_summary_folders")
def m0006_summary_folders(db: Database) -> None:
    # The period of each imported file, so the IAS can see which summary is in force for a
    # school (older rows have none).
    db.execute("ALTER TABLE imports ADD COLUMN period_from TEXT")
    db.execute("ALTER TABLE imports ADD COLUMN period_to TEXT")
    # The files seen in the IAS's watched folder, by size and modification time: a file is
    # read again only when it is new or has changed.
    db.execute(
        """
        CREATE TABLE folder_files (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            modified_ns INTEGER NOT NULL,
            status TEXT NOT NULL,
            seen_utc INTEGER NOT NULL
        )
        """
    )


@MIGRATIONS(name="0007_planning")
def m0007_planning(db: Database) -> None:
    # The school calendar: weekdays without school (holidays, breaks, teacher work days).
    db.execute("CREATE TABLE non_school_days (day TEXT PRIMARY KEY, label TEXT NOT NULL "
               "DEFAULT '')")
    # Protected blocks: recurring weekly instructional time, local wall-clock minutes.
    db.execute(
        """
        CREATE TABLE protected_blocks (
            id INTEGER PRIMARY KEY,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 4),
            start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
            end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1439),
            category_id INTEGER NOT NULL REFERENCES categories(id),
            title TEXT NOT NULL DEFAULT '',
            first_day TEXT NOT NULL,
            last_day TEXT,
            CHECK (end_minute > start_minute)
        )
        """
    )
    # Which categories are observation and which are feedback, for follow-through; part of
    # the category definitions so a district can re-map them.
    db.execute("ALTER TABLE categories ADD COLUMN follow_up TEXT "
               "CHECK (follow_up IS NULL OR follow_up IN ('observation', 'feedback'))")
    db.execute("UPDATE categories SET follow_up = 'observation' "
               "WHERE slug = 'observation-walkthrough'")
    db.execute("UPDATE categories SET follow_up = 'feedback' "
               "WHERE slug IN ('feedback-coaching', 'teacher-evaluation')")
    # The IAS's side: what version 2 summaries add, per school.
    # the newest summary's high-leverage share and follow-through, with its period (JSON)
    db.execute("ALTER TABLE schools ADD COLUMN planning TEXT")
    db.execute(
        """
        CREATE TABLE school_closed_days (
            school_id TEXT NOT NULL REFERENCES schools(school_id),
            day TEXT NOT NULL,
            PRIMARY KEY (school_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE school_weeks_planned (
            school_id TEXT NOT NULL REFERENCES schools(school_id),
            week_start TEXT NOT NULL,
            instruction_minutes REAL NOT NULL,
            blocks INTEGER NOT NULL,
            blocks_kept INTEGER NOT NULL,
            generated_at TEXT NOT NULL,
            PRIMARY KEY (school_id, week_start)
        )
        """
    )
