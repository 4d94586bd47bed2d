"""Reads and writes categories."""

from __future__ import annotations

from dataclasses import replace

from leadership_desk.domain.categories import Category
from leadership_desk.store.rows import category_from_row, category_to_row
from leadership_desk.store.sqlite import Database


class CategoryRepository:
    """The categories table, in the principal's order."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Category]:
        return self._select("ORDER BY position, id")

    def get(self, category_id: int) -> Category | None:
        rows = self._select("WHERE id = ?", [category_id])
        return rows[0] if rows else None

    def by_slug(self, slug: str) -> Category | None:
        rows = self._select("WHERE slug = ?", [slug])
        return rows[0] if rows else None

    def _select(self, rest: str, params: list | None = None) -> list[Category]:
        # plain SQL, not the table API: reads must not load sqlite-utils (see store/sqlite.py)
        cursor = self._db.execute(f"SELECT * FROM categories {rest}", params or [])
        names = [column[0] for column in cursor.description]
        return [category_from_row(dict(zip(names, row, strict=True))) for row in cursor]

    def insert(self, category: Category) -> Category:
        row = category_to_row(category)
        row.pop("id", None)
        table = self._db["categories"]
        table.insert(row)
        return replace(category, id=table.last_pk)

    def update(self, category: Category) -> None:
        row = category_to_row(category)
        category_id = row.pop("id")
        self._db["categories"].update(category_id, row)

    def delete(self, category_id: int) -> None:
        self._db["categories"].delete(category_id)

    def next_position(self) -> int:
        row = self._db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM categories").fetchone()
        return row[0]

