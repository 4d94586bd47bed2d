"""sqlite-utils' migration set, read without importing sqlite-utils until one must run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from leadership_desk.store.sqlite import Database, load_sqlite_utils

TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations


@dataclass(frozen=True)
class Migration:
    """One registered migration."""

    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


@dataclass(frozen=True)
class AppliedMigration:
    """One row of the record: a migration of this set already applied."""

    name: str
    applied_at: str


class LazyMigrations:
    """The registry and the read side of `sqlite_utils.migrations.Migrations` (same table,
    same rows); `apply` hands the migrations to sqlite-utils itself."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True):
        def inner(fn):
            migration_name = name or fn.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"Migration '{migration_name}' is already registered")
            self._migrations.append(Migration(migration_name, fn, transactional))
            return fn

        return inner

    def applied(self, db: Database) -> list[AppliedMigration]:
        """The migrations of this set already applied, in order; reads only."""
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [TABLE]).fetchone() is None:
            return []
        rows = db.execute(
            f"SELECT name, applied_at FROM {TABLE} WHERE migration_set = ? ORDER BY rowid",
            [self.name])
        return [AppliedMigration(name, applied_at) for name, applied_at in rows]

    def pending(self, db: Database) -> list[Migration]:
        """The registered migrations not yet applied, in order; reads only."""
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database) -> None:
        """Applies the pending migrations with sqlite-utils, each in its own transaction
        with its record; imports sqlite-utils."""
        load_sqlite_utils()  # first, so that it comes without numpy
        from sqlite_utils.migrations import Migrations

        real = Migrations(self.name)
        for m in self._migrations:
            real(name=m.name, transactional=m.transactional)(m.fn)
        real.apply(db)
