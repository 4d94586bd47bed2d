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
        return [
            category_from_row(row)
            for row in self._db["categories"].rows_where(order_by="position, id")
        ]

    def get(self, category_id: int) -> Category | None:
        rows = list(self._db["categories"].rows_where("id = ?", [category_id]))
        return category_from_row(rows[0]) if rows else None

    def by_slug(self, slug: str) -> Category | None:
        rows = list(self._db["categories"].rows_where("slug = ?", [slug]))
        return category_from_row(rows[0]) if rows else None

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

